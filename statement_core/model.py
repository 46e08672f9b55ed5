"""The typed, validated model every output is rendered from. Frozen: build it once, share it freely.

The root is a Corpus of documents with shared registries (agreements, glossary): one document ships
today, and nothing here assumes it is the only one.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, model_validator
from pydantic_core import to_jsonable_python

from statement_core.text.partial_date import PartialDate

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


class Edition(_Frozen):
    """One published edition of the translation: 1 is the first publication, each later one a set of revisions."""

    number: int = Field(description="1, 2, 3, … in order of publication")
    date: PartialDate = Field(description="The day the edition was published")
    summary: Localized = Field(description="One line: what this edition changed")


class Erratum(_Frozen):
    """A dated correction of a revision's published reason; the published reason itself stays as it was."""

    date: PartialDate = Field(description="The day the erratum was published")
    reason: Localized = Field(description="The reason as it should have read")


class Revision(_Frozen):
    """An earlier wording of one translated segment, replaced in `edition`."""

    segment: int = Field(description="The segment's position in the clause, from 1 (segment_ids[segment-1])")
    edition: int = Field(description="The edition in which the wording after this one took effect")
    earlier: str = Field(description="The segment as every edition before `edition` published it")
    reason: Localized = Field(description="Why it changed, as the edition published it")
    errata: tuple[Erratum, ...] = Field(default=(), description="Dated corrections of that reason, oldest first")


class ClauseText(_WithDerived):
    language: Language
    segments: tuple[str, ...] = Field(description="The clause in this language, segment by segment (empty while "
                                                  "the text is unavailable). Segment M translates segment M of "
                                                  "every other language; the clause's segment_ids name them.")
    provenance: Provenance
    revisions: tuple[Revision, ...] = Field(default=(), description="Earlier wordings of the segments, by segment "
                                                                     "then edition (only a translation has any).")

    @computed_field(description="The whole clause: its segments joined with single spaces; null while unavailable.")
    @property
    def text(self) -> str | None:
        return " ".join(self.segments) if self.segments else None

    def segment_revisions(self, position: int) -> tuple[Revision, ...]:
        """The earlier wordings of segment `position` (from 1), oldest edition first."""
        return tuple(revision for revision in self.revisions if revision.segment == position)

    def segment_in_edition(self, position: int, edition: int) -> str:
        """Segment `position` as edition `edition` published it: the wording replaced by the first revision
        after that edition, or the current one when no later revision exists."""
        for revision in self.segment_revisions(position):  # oldest first: the first later one holds the wording
            if revision.edition > edition:
                return revision.earlier
        return self.segments[position - 1]

    def in_edition(self, edition: int) -> ClauseText:
        """This text as it stood in `edition`, keeping only the revisions made up to then."""
        segments = tuple(self.segment_in_edition(position, edition) for position in range(1, len(self.segments) + 1))
        kept = tuple(revision for revision in self.revisions if revision.edition <= edition)
        return self.model_copy(update={"segments": segments, "revisions": kept})


class Segment(_Frozen):
    """One segment of a clause in one language, with its earlier wordings: built on request, never stored."""

    id: str  # "18.3"
    language: Language
    text: str
    revisions: tuple[Revision, ...]

    def text_in_edition(self, edition: int) -> str:
        for revision in self.revisions:
            if revision.edition > edition:
                return revision.earlier
        return self.text

    @property
    def revised_in(self) -> tuple[int, ...]:
        """The editions that changed this segment, oldest first."""
        return tuple(revision.edition for revision in self.revisions)


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

    def segment(self, position: int, language: Language = "en") -> Segment:
        """Segment `position` (from 1) in `language` with its earlier wordings."""
        text = self.texts[language]
        return Segment(id=self.segment_id(position), language=language, text=text.segments[position - 1],
                       revisions=text.segment_revisions(position))

    @property
    def revisions(self) -> tuple[tuple[Language, Revision], ...]:
        """Every earlier wording of the clause's translations, by language, segment, then edition."""
        return tuple((language, revision) for language, text in self.texts.items() for revision in text.revisions)

    def text_in_edition(self, language: Language, edition: int) -> str | None:
        """The whole clause in `language` as edition `edition` published it."""
        return self.texts[language].in_edition(edition).text

    def in_edition(self, edition: int) -> Clause:
        """This clause as it stood in `edition`: every language's text with the revisions made up to then."""
        texts = {language: text.in_edition(edition) for language, text in self.texts.items()}
        return self.model_copy(update={"texts": texts})

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
    editions: tuple[Edition, ...] = Field(default=(), description="The translation's published editions, oldest "
                                                                   "first; the last is the current text.")

    def clause(self, number: int) -> Clause:
        return self.clauses[number - 1]

    @property
    def current_edition(self) -> Edition | None:
        return self.editions[-1] if self.editions else None

    def edition(self, number: int) -> Edition:
        """Edition `number`; KeyError names the editions there are."""
        for edition in self.editions:
            if edition.number == number:
                return edition
        raise KeyError(f"no edition {number}; the editions are {[e.number for e in self.editions]}")

    def in_edition(self, number: int) -> Document:
        """The whole document as edition `number` published it (its editions up to that one, the clauses' texts
        with only the revisions made by then). The authentic texts are the same in every edition."""
        edition = self.edition(number)
        return self.model_copy(update={
            "editions": tuple(e for e in self.editions if e.number <= edition.number),
            "clauses": tuple(clause.in_edition(number) for clause in self.clauses),
        })

    def revisions_in(self, number: int) -> tuple[tuple[Clause, Language, Revision], ...]:
        """What edition `number` changed: each revision that took effect in it, in clause and segment order."""
        return tuple((clause, language, revision) for clause in self.clauses
                     for language, revision in clause.revisions if revision.edition == number)

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


class SpokenForm(_Frozen):
    """A written form and what a read-aloud voice is given instead (data/pronunciation.yaml, issue 32)."""

    written: str
    spoken: str


class Corpus(_Frozen):
    documents: tuple[Document, ...]
    agreements: tuple[Agreement, ...]
    glossary: tuple[GlossaryTerm, ...]
    synonyms: tuple[SynonymGroup, ...] = ()
    # How readers ask the search a question (data/synonyms.yaml `questions`): language → kind of word
    # (asking, opening, closing, about_text, year) → its phrases.
    questions: dict[Language, dict[str, tuple[str, ...]]] = {}
    pronunciation: dict[Language, tuple[SpokenForm, ...]] = {}  # per language, for the read-aloud player
    _documents: dict[str, Document] = PrivateAttr(default_factory=dict)
    _agreements: dict[str, Agreement] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object) -> None:
        self._documents = {document.id: document for document in self.documents}
        self._agreements = {agreement.id: agreement for agreement in self.agreements}

    @property
    def editions(self) -> tuple[Edition, ...]:
        """The translation's editions (data/editions.yaml); every document carries the same ones."""
        return self.documents[0].editions if self.documents else ()

    def in_edition(self, number: int) -> Corpus:
        """Every document as edition `number` published it."""
        # A new Corpus rather than model_copy, so that the lookup tables are rebuilt for the new documents.
        fields = {name: getattr(self, name) for name in Corpus.model_fields}
        return Corpus(**{**fields, "documents": tuple(document.in_edition(number) for document in self.documents)})

    def document(self, document_id: str) -> Document:
        return self._documents[document_id]

    def agreement(self, agreement_id: str) -> Agreement:
        return self._agreements[agreement_id]

    def timeline(self) -> tuple[Agreement, ...]:
        """Dated entries in date order, then pending ones in registry order."""
        dated = sorted((a for a in self.agreements if a.date), key=lambda a: a.date.sort_key())  # type: ignore[union-attr]
        return tuple(dated) + tuple(a for a in self.agreements if a.date is None)
