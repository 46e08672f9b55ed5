"""The shape of each YAML file in data/, as pydantic models. These are the published input schemas."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag, field_validator

from statement_core.text.partial_date import PartialDate

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(min_length=1)]
LanguageCode = Literal["vi", "en", "ru"]
DateText = Annotated[str, Field(description='"YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the text')]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _checked_date(value: object) -> object:
    """Accept an unquoted year (YAML reads 1992 as a number) and reject impossible dates early."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        PartialDate.parse(value)
    return value


class Localized(_Strict):
    vi: Text
    en: Text


class Note(_Strict):
    vi: Text | None = None
    en: Text


# A clause's text in one language is either one string (a clause of one segment) or the list of its aligned
# segments. The tags name the two shapes in pydantic's error locations; validation_messages drops them, so an
# error points at the field or the segment itself.
ONE_SEGMENT = "one-segment"
SEGMENT_LIST = "segment-list"


def _text_shape(value: object) -> str:
    return SEGMENT_LIST if isinstance(value, list) else ONE_SEGMENT


ClauseText = Annotated[
    Union[Annotated[Text, Tag(ONE_SEGMENT)], Annotated[list[Text], Field(min_length=1), Tag(SEGMENT_LIST)]],
    Discriminator(_text_shape),
]


class ClauseTexts(_Strict):
    """Each language is one string or a list of segments; the clause is its segments joined with one space.

    Every language of a clause has the same number of segments: segment M of one language translates
    segment M of the other.
    """

    vi: ClauseText = Field(description="The authentic Vietnamese text, verbatim: one string, or the list of its "
                                       "segments, which joined with single spaces give the official paragraph.")
    en: ClauseText = Field(description="Unofficial English translation: one string, or as many segments as the "
                                       "Vietnamese, segment M translating Vietnamese segment M.")
    ru: ClauseText | None = Field(default=None, description="Authentic Russian text, segmented like the "
                                                            "Vietnamese; null while unavailable.")


FullDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"),
                     Field(description='"YYYY-MM-DD": the day the edition was published')]


class ErratumEntry(_Strict):
    """A dated correction of a published reason. The reason as its edition published it stays, word for word;
    the erratum gives the reason as it should have read, and is itself published (locked) once `make edition`
    has run. It corrects the explanation only: the segment's wording changes only through a new edition."""

    date: FullDate = Field(description='"YYYY-MM-DD": the day the erratum was published')
    reason: Localized = Field(description="The corrected reason, in full, in each language.")

    _date = field_validator("date", mode="before")(_checked_date)


class RevisionEntry(_Strict):
    """One earlier wording of a translated segment: what it read before the edition that changed it, and why."""

    segment: Annotated[int, Field(ge=1, description="The segment's position in the clause, from 1 (segment N.M "
                                                    "is position M of clause N; 1 for a clause of one segment).")]
    edition: Annotated[int, Field(ge=1, description="The edition in which the current (or next) wording took "
                                                    "effect; `earlier` is what every edition before it said.")]
    earlier: Text = Field(description="The segment exactly as the editions before `edition` published it.")
    reason: Localized = Field(description="Why it changed, one or two sentences in each language, as the edition "
                                          "published it (never rewritten once published: see errata).")
    errata: list[ErratumEntry] = Field(default_factory=list, description="Dated corrections of the published "
                                                                          "reason, oldest first.")


class ClauseRevisions(_Strict):
    """Earlier wordings per language. Only a translation can take a revision: the authentic texts never change
    (a revision under an authentic language fails the data check with that explanation)."""

    vi: list[RevisionEntry] = Field(default_factory=list)
    en: list[RevisionEntry] = Field(default_factory=list)
    ru: list[RevisionEntry] = Field(default_factory=list)


class ClauseEntry(_Strict):
    number: Annotated[int, Field(ge=1)]
    id: Slug
    topic: Localized
    agreements: list[Slug] = Field(default_factory=list)
    text: ClauseTexts
    notes: list[Note] = Field(default_factory=list)
    revisions: ClauseRevisions | None = Field(default=None, description="Earlier wordings of the translation's "
                                                                        "segments, oldest edition first.")


class ChapterFile(_Strict):
    """data/<document>/chapters/<id>.yaml: one chapter and its clauses in source order."""

    id: Slug
    title: Localized
    summary: Localized
    clauses: list[ClauseEntry] = Field(min_length=1)


class LanguageEntry(_Strict):
    status: Literal["authentic", "authentic-unavailable", "unofficial-translation"]
    source: Text | None = None
    translator: Text | None = None
    date: DateText | None = None

    _date = field_validator("date", mode="before")(_checked_date)


class Signatory(_Strict):
    name: Localized
    office: Localized
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Party(_Strict):
    """A state that concluded the document: its full official name and the short name citations use."""

    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] = Field(description="ISO 3166-1 alpha-2 code")
    name: Localized
    short_name: Localized


class DocumentFile(_Strict):
    """data/<document>/document.yaml: metadata and the chapter order."""

    id: Slug
    short_title: Localized
    title: Localized
    citation_title: Localized
    place: Localized
    date: DateText
    authentic_languages: list[LanguageCode] = Field(min_length=1)
    languages: dict[LanguageCode, LanguageEntry]
    parties: list[Party] = Field(min_length=1)
    signatories: list[Signatory] = Field(min_length=1)
    chapters: list[Slug] = Field(min_length=1)

    _date = field_validator("date", mode="before")(_checked_date)


class PressSource(_Strict):
    title: Text
    publisher: Text
    date: DateText
    language: LanguageCode
    file: Text

    _date = field_validator("date", mode="before")(_checked_date)


class PressParagraphEntry(_Strict):
    number: Annotated[int, Field(ge=1)]
    clauses: list[Annotated[int, Field(ge=1)]] = Field(min_length=1)
    text: Text


class PressFile(_Strict):
    """data/<document>/press.yaml: press paragraphs and the clauses each one reports."""

    source: PressSource
    caption: Text | None = None
    paragraphs: list[PressParagraphEntry] = Field(min_length=1)


class AgreementEntry(_Strict):
    id: Slug
    title: Localized
    date: DateText | None = None
    end_date: DateText | None = None
    kind: Literal["event", "bilateral-agreement", "multilateral-agreement", "declaration", "plan"]
    status: Literal["in-force", "signed", "adopted", "held", "pending"]
    domain: Literal[
        "diplomacy", "economy", "justice", "transport", "education", "labour", "people",
        "law-of-the-sea", "international-law",
    ]
    note: Localized | None = None

    _dates = field_validator("date", "end_date", mode="before")(_checked_date)


class AgreementsFile(_Strict):
    """data/agreements.yaml: every agreement, treaty, declaration and event the documents cite."""

    agreements: list[AgreementEntry] = Field(min_length=1)




class EditionEntry(_Strict):
    number: Annotated[int, Field(ge=1, description="1 for the first publication, then 2, 3, … in order")]
    date: FullDate
    summary: Localized = Field(description="One line: what this edition changed.")

    _date = field_validator("date", mode="before")(_checked_date)


class EditionsFile(_Strict):
    """data/editions.yaml: the published editions of the translation, oldest first. The authentic texts have
    no editions; each revision in a chapter file names the edition it took effect in."""

    editions: list[EditionEntry] = Field(min_length=1)


class GlossaryMatches(_Strict):
    vi: list[Text] = Field(min_length=1)
    en: list[Text] = Field(min_length=1)


class SearchAliases(_Strict):
    """Other words readers search with for what the text says one way; a query with any of them finds the
    text that uses another (search is language-blind here: an English alias finds Vietnamese text)."""

    vi: list[Text] = Field(default_factory=list)
    en: list[Text] = Field(default_factory=list)


class GlossaryEntry(_Strict):
    id: Slug
    kind: Literal["acronym", "term"]
    term: Localized
    expansion: Localized
    definition: Localized
    match: GlossaryMatches
    agreement: Slug | None = None
    aliases: SearchAliases | None = Field(default=None, description="Search aliases per language.")


class GlossaryFile(_Strict):
    """data/glossary.yaml: acronyms and defined terms, marked up in clause text at build time."""

    terms: list[GlossaryEntry] = Field(min_length=1)


class SynonymGroup(_Strict):
    """Words and phrases that mean the same to a reader searching the text, per language."""

    id: Slug
    vi: list[Text] = Field(default_factory=list)
    en: list[Text] = Field(default_factory=list)


class LanguagePhrases(_Strict):
    """Words and phrases per language."""

    vi: list[Text] = Field(default_factory=list)
    en: list[Text] = Field(default_factory=list)


class QuestionWords(_Strict):
    """How readers ask the search a question (issue 38): the words that make a query a question, and those
    that name the text or its saying, a question's frame."""

    asking: LanguagePhrases = Field(default_factory=LanguagePhrases,
                                    description="Words that ask wherever they stand: what, which, gì, nào.")
    opening: LanguagePhrases = Field(default_factory=LanguagePhrases,
                                     description="Words that ask when they open the query: does, is, ai.")
    closing: LanguagePhrases = Field(default_factory=LanguagePhrases,
                                     description="Words that ask when they end the query: không, chưa.")
    about_text: LanguagePhrases = Field(default_factory=LanguagePhrases,
                                        description="Words naming the text or its saying: statement, say, nói.")
    year: LanguagePhrases = Field(default_factory=LanguagePhrases,
                                  description="Words asking for a year or date, which a record holding a year "
                                              "answers: năm nào, since when.")


class SynonymsFile(_Strict):
    """data/synonyms.yaml: search synonyms for everyday words (terms with a glossary entry list theirs there)."""

    groups: list[SynonymGroup] = Field(min_length=1)
    questions: QuestionWords | None = Field(default=None, description="How readers ask the search a question.")


# issue 32: listening
class SpokenForm(_Strict):
    """One written form and what a read-aloud voice is given instead."""

    written: Text
    spoken: Text


class PronunciationFile(_Strict):
    """data/pronunciation.yaml: per language, written forms a read-aloud voice gets wrong and what it is given instead."""

    vi: list[SpokenForm] = Field(default_factory=list)
    en: list[SpokenForm] = Field(default_factory=list)
