"""Text tagged with its language, in as many languages as an edition reads.

Every run of words in a PDF carries its own `lang`, so hyphenation, text extraction and screen readers
treat Vietnamese as Vietnamese and English as English, even inside one bilingual heading.
"""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.labels import choice, label
from statement_core.model import Localized
from statement_core.pdf.editions import Edition

# How the languages of one bilingual phrase are joined where markup cannot carry `lang` (bookmarks,
# running heads, PDF metadata).
PLAIN_SEPARATOR = " / "


@dataclass(frozen=True)
class Text:
    language: str
    text: str


Texts = tuple[Text, ...]


@dataclass(frozen=True)
class Words:
    """Builds Texts for one edition: one Text per reading language, in column order."""

    edition: Edition

    def label(self, key: str, **values: object) -> Texts:
        return tuple(Text(language, label(language, key, **values)) for language in self.edition.languages)

    def choice(self, group: str, value: str) -> Texts:
        return tuple(Text(language, choice(language, group, value)) for language in self.edition.languages)

    def localized(self, value: Localized) -> Texts:
        return tuple(Text(language, value.get(language)) for language in self.edition.languages)

    def each(self, make: dict[str, str]) -> Texts:
        """Texts from a per-language mapping; identical neighbours (e.g. "1992") are shown once."""
        texts: list[Text] = []
        for language in self.edition.languages:
            if not texts or texts[-1].text != make[language]:
                texts.append(Text(language, make[language]))
        return tuple(texts)


def plain(texts: Texts) -> str:
    """One string for places that cannot hold markup."""
    return PLAIN_SEPARATOR.join(text.text for text in texts)
