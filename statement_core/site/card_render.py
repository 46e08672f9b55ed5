"""The image cards' PNGs: rendered by sharp in Node (scripts/make_cards.mjs), cached by their source.

A card is rendered again only when its text, the SVG template and the code that lays it out, the font
files or the renderer change: the cache key is a hash of all of them, so an unchanged rebuild renders
nothing and a data edit renders only the cards whose text it changed (a 100-document collection has 7,600
cards: their SVG is made only for those). Rendering starts when the build starts and runs beside it;
`finish` links the cards in.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from statement_core.file_links import link_all
from statement_core.site import card_svg as card_svg_module
from statement_core.site.card_svg import CARD_TEMPLATE, FONT_FILES, card_svg
from statement_core.site.cards import Card
from statement_core.site.node_scripts import NODE_MODULES, ROOT, NodeScript, NodeScriptError
from statement_core.site.render import FRAGMENTS_DIR
from statement_core.templates import template_environment

SCRIPT = ROOT / "scripts" / "make_cards.mjs"
CACHE = ROOT / "build" / "cards"


@dataclass(frozen=True)
class CardSummary:
    cards: int
    rendered: int  # not found in the cache
    bytes: int


@lru_cache(maxsize=1)
def _renderer_fingerprint() -> str:
    """What else decides a card's pixels: the font files, the script and the installed sharp."""
    digest = hashlib.sha256()
    for path in (*FONT_FILES.values(), SCRIPT, NODE_MODULES / "sharp" / "package.json", Path(card_svg_module.__file__),
                 FRAGMENTS_DIR / CARD_TEMPLATE):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _key(card: Card, fingerprint: str) -> str:
    """What decides the card's pixels besides the renderer: the texts it shows (not its path or alt text)."""
    return hashlib.sha256("\0".join((fingerprint, card.kicker, card.heading, card.footer, card.footnote)).encode()
                          ).hexdigest()


def _fontconfig(cache: Path) -> Path:
    """A fontconfig file naming one folder with only the card font: librsvg can choose no other font, so the
    cards do not depend on what else the machine has installed."""
    fonts = cache / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for path in FONT_FILES.values():
        link = fonts / path.name
        if not link.exists():
            link.symlink_to(path)
    config = cache / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{fonts}</dir>'
                      f'<cachedir>{cache / "fontconfig"}</cachedir></fontconfig>\n', encoding="utf-8")
    return config


class CardRendering:
    """The cards of one build: the cached ones known at once, the others rendering in the background."""

    def __init__(self, cards: list[Card], cache: Path = CACHE) -> None:
        for path in FONT_FILES.values():
            if not path.exists():
                raise NodeScriptError(f"{path} (the cards' font) is missing: run `make setup` (fonts-noto-core)")
        environment = template_environment(FRAGMENTS_DIR)
        fingerprint = _renderer_fingerprint()
        self.cache = cache / "png"
        self.cache.mkdir(parents=True, exist_ok=True)
        self.files: dict[str, Path] = {}  # site path: cached PNG
        missing: dict[Path, str] = {}
        for card in cards:
            self.files[card.path] = self.cache / f"{_key(card, fingerprint)}.png"
            if self.files[card.path] not in missing and not self.files[card.path].exists():
                missing[self.files[card.path]] = card_svg(card, environment)
        # Written to a temporary name and renamed by `finish`: an interrupted build leaves no half card.
        self.pending = {target: target.with_suffix(f".{os.getpid()}.tmp") for target in missing}
        self.script = NodeScript(SCRIPT, "sharp", env={"FONTCONFIG_FILE": str(_fontconfig(cache))}, payload={
            "cards": [{"svg": svg, "target": str(self.pending[target])} for target, svg in sorted(missing.items())]},
        ) if missing else None

    def finish(self, site: Path) -> CardSummary:
        """Wait for the rendering, then put every card into `site`."""
        if self.script is not None:
            self.script.run()
            for target, partial in self.pending.items():
                partial.replace(target)
        link_all((cached, site / path) for path, cached in sorted(self.files.items()))
        size = sum(cached.stat().st_size for cached in self.files.values())
        return CardSummary(cards=len(self.files), rendered=len(self.pending), bytes=size)

    def cancel(self) -> None:
        if self.script is not None:
            self.script.cancel()
