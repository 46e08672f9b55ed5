"""The typed, validated model every output is rendered from. Frozen: build it once, share it freely.

The root is a Corpus of documents with shared registries (agreements, glossary): one document ships
today, and nothing here assumes it is the only one.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, model_validator
from pydantic_core import to_jsonable_python

from statement_core.partial_date import PartialDate

Language = Literal["vi", "en", "ru"]
ProvenanceStatus = Literal["authentic", "authentic-unavailable", "unofficial-translation"]
READING_LANGUAGES: tuple[Language, ...] = ("vi", "en")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _WithDerived(_Frozen):
    """A model whose computed fields (e.g. the joined text) are written out for readers of statement.json.

    Reading such a file back drops them and checks that each equals what the model derives, so a derived
    value in the data can never disagree with the values it is derived from.
    """

    @model_validator(mode="wrap")
    @classmethod
    def _check_derived_fields(cls, data: Any, handler: Any) -> Any:
        derived = cls.model_computed_fields
        if not isinstance(data, dict) or not derived.keys() & data.keys():
            return handler(data)
        given = {name: data[name] for name in derived if name in data}
        built = handler({key: value for key, value in data.items() if key not in derived})
        for name, value in given.items():
            if to_jsonable_python(getattr(built, name)) != to_jsonable_python(value):
                raise ValueError(f"{name} is derived and must equal {getattr(built, name)!r}, not {value!r}")
        return built


class Localized(_Frozen):
    vi: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.vi


class Provenance(_Frozen):
    status: ProvenanceStatus
    source: str | None = None
    translator: str | None = None
    date: PartialDate | None = None


class ClauseText(_WithDerived):
    language: Language
    segments: tuple[str, ...] = Field(description="The clause in this language, segment by segment (empty while "
                                                  "the text is unavailable). Segment M translates segment M of "
                                                  "every other language; the clause's segment_ids name them.")
    provenance: Provenance

    @computed_field(description="The whole clause: its segments joined with single spaces; null while unavailable.")
    @property
    def text(self) -> str | None:
        return " ".join(self.segments) if self.segments else None


class Note(_Frozen):
    vi: str | None = None
    en: str


class ClauseRef(_Frozen):
    document_id: str
    number: int


class Clause(_WithDerived):
    id: str
    number: int
    chapter_id: str
    topic: Localized
    texts: dict[Language, ClauseText]
    agreement_ids: tuple[str, ...]
    press_paragraphs: tuple[int, ...]
    notes: tuple[Note, ...] = ()

    def text(self, language: Language) -> str | None:
        return self.texts[language].text

    def segments(self, language: Language) -> tuple[str, ...]:
        """The clause in `language`, segment by segment; empty while that text is unavailable."""
        return self.texts[language].segments

    @property
    def segment_count(self) -> int:
        """Every language with a text has this many segments (validated when the data is loaded)."""
        return max(len(text.segments) for text in self.texts.values())

    def segment_id(self, position: int) -> str:
        """"13.2" for the second segment of clause 13 (`position` counts from 1)."""
        if not 1 <= position <= self.segment_count:
            raise IndexError(f"clause {self.number} has segments 1 to {self.segment_count}, not {position}")
        return f"{self.number}.{position}"

    def segment_anchor(self, position: int) -> str:
        """The HTML id of a segment, "clause-13.2": the clause's anchor with the segment's position."""
        return f"clause-{self.segment_id(position)}"

    @computed_field(description='Ids of the segments in order, "N.M" for segment M of clause N: texts.<language>'
                                '.segments[M-1] is segment N.M in that language.')
    @property
    def segment_ids(self) -> tuple[str, ...]:
        return tuple(self.segment_id(position) for position in range(1, self.segment_count + 1))

    @property
    def anchor(self) -> str:
        return f"clause-{self.number}"


class Chapter(_Frozen):
    id: str
    order: int
    title: Localized
    summary: Localized
    clause_numbers: tuple[int, ...]


class PressSource(_Frozen):
    title: str
    publisher: str
    date: PartialDate
    language: Language
    file: str


class PressParagraph(_Frozen):
    number: int
    text: str
    clause_numbers: tuple[int, ...]


class PressCoverage(_Frozen):
    source: PressSource
    caption: str | None
    paragraphs: tuple[PressParagraph, ...]


class Signatory(_Frozen):
    name: Localized
    office: Localized
    country: str


class Party(_Frozen):
    country: str  # ISO 3166-1 alpha-2
    name: Localized  # "Socialist Republic of Viet Nam"
    short_name: Localized  # "Viet Nam": what citations print


class Document(_Frozen):
    id: str
    short_title: Localized
    title: Localized
    citation_title: Localized
    place: Localized
    date: PartialDate
    authentic_languages: tuple[Language, ...]
    languages: dict[Language, Provenance]
    parties: tuple[Party, ...]
    signatories: tuple[Signatory, ...]
    chapters: tuple[Chapter, ...]
    clauses: tuple[Clause, ...]
    press: PressCoverage | None

    def clause(self, number: int) -> Clause:
        return self.clauses[number - 1]

    def chapter(self, chapter_id: str) -> Chapter:
        return next(chapter for chapter in self.chapters if chapter.id == chapter_id)

    def chapter_clauses(self, chapter: Chapter) -> tuple[Clause, ...]:
        return tuple(self.clause(number) for number in chapter.clause_numbers)

    def unreported_clauses(self) -> tuple[Clause, ...]:
        """Clauses no press paragraph reported; derived, never typed in the data."""
        return tuple(clause for clause in self.clauses if not clause.press_paragraphs)


class Agreement(_Frozen):
    id: str
    title: Localized
    date: PartialDate | None
    end_date: PartialDate | None
    kind: str
    status: str
    domain: str
    note: Localized | None
    cited_in: tuple[ClauseRef, ...]
    _clauses_by_document: dict[str, tuple[int, ...]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object) -> None:
        by_document: dict[str, list[int]] = {}
        for ref in self.cited_in:
            by_document.setdefault(ref.document_id, []).append(ref.number)
        self._clauses_by_document = {key: tuple(numbers) for key, numbers in by_document.items()}

    def clauses_cited_in(self, document_id: str) -> tuple[int, ...]:
        """Numbers of the clauses of one document that cite this agreement."""
        return self._clauses_by_document.get(document_id, ())

    @property
    def anchor(self) -> str:
        return f"agreement-{self.id}"

    @property
    def is_pending(self) -> bool:
        return self.date is None


class GlossaryTerm(_Frozen):
    id: str
    kind: Literal["acronym", "term"]
    term: Localized
    expansion: Localized
    definition: Localized
    matches: dict[Language, tuple[str, ...]]
    agreement_id: str | None
    aliases: dict[Language, tuple[str, ...]] = {}  # what else readers search for it with, per language

    @property
    def anchor(self) -> str:
        return f"term-{self.id}"


class SynonymGroup(_Frozen):
    """Phrases, per language, that mean the same to a reader searching (data/synonyms.yaml)."""

    id: str
    phrases: dict[Language, tuple[str, ...]]


class Corpus(_Frozen):
    documents: tuple[Document, ...]
    agreements: tuple[Agreement, ...]
    glossary: tuple[GlossaryTerm, ...]
    synonyms: tuple[SynonymGroup, ...] = ()
    _documents: dict[str, Document] = PrivateAttr(default_factory=dict)
    _agreements: dict[str, Agreement] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object) -> None:
        self._documents = {document.id: document for document in self.documents}
        self._agreements = {agreement.id: agreement for agreement in self.agreements}

    def document(self, document_id: str) -> Document:
        return self._documents[document_id]

    def agreement(self, agreement_id: str) -> Agreement:
        return self._agreements[agreement_id]

    def timeline(self) -> tuple[Agreement, ...]:
        """Dated entries in date order, then pending ones in registry order."""
        dated = sorted((a for a in self.agreements if a.date), key=lambda a: a.date.sort_key())  # type: ignore[union-attr]
        return tuple(dated) + tuple(a for a in self.agreements if a.date is None)
