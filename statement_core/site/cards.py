"""Link-preview image cards (issue 23): which cards the site has, where each lives and what it says.

One 1200×630 card per clause and language, one per chapter and language, and one home card per language.
Chat apps and social networks show a page's `og:image` beside its title; the card repeats, legibly on a
phone, what is being shared: the clause's number and topic in the card's language under the statement's
short title. The SVG source of each card is `card_svg.card_svg`, its PNG comes from `card_render`.
"""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.formatting import clause_label
from statement_core.labels import label
from statement_core.model import Chapter, Clause, Corpus, Document
from statement_core.site_plan import READING_LANGUAGES, language_root

CARDS_FOLDER = "cards"  # below each language's root: cards/… (vi), en/cards/…


@dataclass(frozen=True)
class Card:
    path: str  # site-root-relative, e.g. "en/cards/<document>/clause-14.png"
    language: str
    kicker: str  # the small line on top: "Khoản 14", "8 khoản"
    heading: str  # the large text: the clause's topic, the chapter's or the statement's title
    footer: str  # the statement's short title
    footnote: str  # where and when it was signed
    alt: str  # the image's text alternative (og:image:alt)


def home_card_path(language: str) -> str:
    return f"{language_root(language)}{CARDS_FOLDER}/home.png"


def chapter_card_path(language: str, document_id: str, chapter_id: str) -> str:
    return f"{language_root(language)}{CARDS_FOLDER}/{document_id}/{chapter_id}.png"


def clause_card_path(language: str, document_id: str, number: int) -> str:
    return f"{language_root(language)}{CARDS_FOLDER}/{document_id}/clause-{number}.png"


def _signed(document: Document, language: str) -> str:
    return f"{document.place.get(language)}, {document.date.format(language)}"


def home_card(corpus: Corpus, language: str) -> Card:
    """The site's card: the statement's full title (with several documents, the first one's)."""
    document = corpus.documents[0]
    kicker, heading = label(language, "card_home"), document.title.get(language)
    return Card(home_card_path(language), language, kicker=kicker, heading=heading,
                footer=document.short_title.get(language), footnote=_signed(document, language),
                alt=f"{kicker}: {heading}")


def chapter_card(document: Document, chapter: Chapter, language: str) -> Card:
    title = chapter.title.get(language)
    count = label(language, "chapter_count", count=len(chapter.clause_numbers))
    return Card(chapter_card_path(language, document.id, chapter.id), language, kicker=count, heading=title,
                footer=document.short_title.get(language), footnote=_signed(document, language),
                alt=f"{document.short_title.get(language)}: {title} ({count})")


def clause_card(document: Document, clause: Clause, language: str) -> Card:
    number = clause_label(language, clause.number)
    topic = clause.topic.get(language)
    return Card(clause_card_path(language, document.id, clause.number), language, kicker=number, heading=topic,
                footer=document.short_title.get(language), footnote=_signed(document, language),
                alt=f"{document.short_title.get(language)}: {number} – {topic}")


def site_cards(corpus: Corpus) -> list[Card]:
    """Every card of the site, in both reading languages."""
    cards = []
    for language in READING_LANGUAGES:
        cards.append(home_card(corpus, language))
        for document in corpus.documents:
            cards += [chapter_card(document, chapter, language) for chapter in document.chapters]
            cards += [clause_card(document, clause, language) for clause in document.clauses]
    return cards
