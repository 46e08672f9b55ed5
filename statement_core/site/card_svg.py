"""The SVG source of an image card: overrides/fragments/card.svg filled with a card's text, wrapped to width.

SVG has no line wrapping, so lines are broken here, at spaces, measured with the advance widths of the very
font file the renderer is given (fontTools reads them): a Vietnamese topic with stacked diacritics is as wide
as its glyphs, not as its number of characters. A heading too long for three lines at the large size is set
smaller in up to four, and cut with an ellipsis only beyond that.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
from fontTools.ttLib import TTFont

from statement_core.site.cards import Card

WIDTH, HEIGHT = 1200, 630
FONT_FAMILY = "Noto Sans"
# Debian's fonts-noto-core (installed by `make setup`): full Vietnamese coverage (Latin Extended Additional).
FONT_DIR = Path("/usr/share/fonts/truetype/noto")
CARD_TEMPLATE = "card.svg"  # in overrides/fragments/
FONT_FILES = {"regular": FONT_DIR / "NotoSans-Regular.ttf", "bold": FONT_DIR / "NotoSans-Bold.ttf"}
TEXT_WIDTH = WIDTH - 2 * 80  # the template's margins
KICKER_Y = 170
# (font size, line height, most lines) tried in turn for the heading
HEADING_SIZES = ((68, 84, 3), (56, 70, 4))


@dataclass(frozen=True)
class Line:
    text: str
    y: int


class _Widths:
    """Advance widths of one font file, in units of its em."""

    def __init__(self, path: Path) -> None:
        font = TTFont(path, lazy=True)
        self.units = font["head"].unitsPerEm
        self.cmap = font.getBestCmap()
        self.advances = {name: advance for name, (advance, _) in font["hmtx"].metrics.items()}
        self.fallback = self.advances.get(self.cmap.get(ord("M"), ""), self.units)

    def em(self, text: str) -> float:
        return sum(self.advances.get(self.cmap.get(ord(char), ""), self.fallback) for char in text) / self.units


@lru_cache(maxsize=2)
def _widths(weight: str) -> _Widths:
    path = FONT_FILES[weight]
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `make setup` (Debian package fonts-noto-core)")
    return _Widths(path)


def wrap(text: str, size: int, most_lines: int, weight: str = "bold") -> list[str] | None:
    """`text` in lines no wider than the card's text column at `size` px; None if it needs more lines."""
    widths = _widths(weight)
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and widths.em(candidate) * size <= TEXT_WIDTH:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines if len(lines) <= most_lines else None


def _heading(text: str) -> tuple[int, list[Line]]:
    for size, height, most in HEADING_SIZES:
        lines = wrap(text, size, most)
        if lines is not None:
            return size, [Line(line, KICKER_Y + 100 + index * height) for index, line in enumerate(lines)]
    size, height, most = HEADING_SIZES[-1]
    words = text.split()
    while words and wrap(" ".join(words) + "…", size, most) is None:
        words.pop()
    lines = wrap(" ".join(words) + "…", size, most) or ["…"]
    return size, [Line(line, KICKER_Y + 100 + index * height) for index, line in enumerate(lines)]


def card_svg(card: Card, environment: jinja2.Environment) -> str:
    """The card's SVG source (the environment autoescapes: every text is data)."""
    size, lines = _heading(card.heading)
    return environment.get_template(CARD_TEMPLATE).render(
        width=WIDTH, height=HEIGHT, font_family=FONT_FAMILY, kicker=card.kicker, kicker_y=KICKER_Y,
        heading_lines=lines, heading_size=size, footer=card.footer, footnote=card.footnote)
