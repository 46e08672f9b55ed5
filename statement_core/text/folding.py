"""Vietnamese-aware folding of search phrases, used to compare aliases the way search will match them.

The browser folds queries and text the same way (overrides/search/text.mjs): NFD, combining marks
U+0300–U+036F dropped, đ/Đ to d (NFD does not decompose đ), lower case. Here it only decides when two
aliases would be the same search phrase.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return _MARKS.sub("", decomposed).replace("đ", "d").replace("Đ", "D").lower()


def phrase_key(text: str) -> str:
    """The words of `text`, folded and joined by single spaces: "Á - Âu" and "á–âu" are both "a au"."""
    return " ".join(_WORD.findall(fold(text)))
