"""The image cards' PNGs: rendered by sharp in Node (statement_core/site/make_cards.mjs), kept in the build's store.

A card is kept by the texts it shows and the font files (the store adds the code: the SVG template, the
code that lays it out, the script and sharp's version), so an unchanged rebuild renders nothing and a data
edit renders only the cards whose text it changed (a 100-document collection has 7,600 cards: their SVG is
made only for those). Rendering starts when the build starts and runs beside it; `finish` links them in.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from statement_core.cache import Store
from statement_core.cache.code import files_digest
from statement_core.cache.links import link_all
from statement_core.site.card_svg import FONT_FILES, card_svg
from statement_core.site.cards import Card
from statement_core.runtime.node_scripts import ROOT, NodeScript, NodeScriptError
from statement_core.site.page_render import FRAGMENTS_DIR
from statement_core.runtime.templates import template_environment

SCRIPT = ROOT / "statement_core" / "site" / "make_cards.mjs"


@dataclass(frozen=True)
class CardSummary:
    cards: int
    rendered: int  # not found in the cache
    bytes: int


def _inputs(card: Card, fonts: str) -> list[str]:
    """What decides the card's pixels besides the code: the texts it shows (not its path or alt text), the font."""
    return [card.kicker, card.heading, card.footer, card.footnote, fonts]


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
    """The cards of one build: the kept ones known at once, the others rendering in the background."""

    def __init__(self, cards: list[Card], store: Store) -> None:
        for path in FONT_FILES.values():
            if not path.exists():
                raise NodeScriptError(f"{path} (the cards' font) is missing: run `make setup` (fonts-noto-core)")
        self.store = store
        fonts = files_digest(FONT_FILES.values())
        environment = template_environment(FRAGMENTS_DIR)
        self.files: dict[str, Path] = {}  # site path: kept PNG
        self.waiting: dict[str, str] = {}  # site path: key of a card being rendered
        self.missing: dict[str, str] = {}  # key: the card's SVG (cards showing the same texts share one)
        for card in cards:
            key, kept = store.find("card", _inputs(card, fonts))
            if kept is not None:
                self.files[card.path] = kept["card.png"]
                continue
            self.waiting[card.path] = key
            if key not in self.missing:
                self.missing[key] = card_svg(card, environment)
        self.work = Path(tempfile.mkdtemp(prefix="cards-"))
        self.script = NodeScript(SCRIPT, "sharp", env={"FONTCONFIG_FILE": str(_fontconfig(self.work))}, payload={
            "cards": [{"svg": svg, "target": str(self.work / f"{key}.png")} for key, svg in sorted(self.missing.items())]},
        ) if self.missing else None

    def finish(self, site: Path) -> CardSummary:
        """Wait for the rendering, keep the new cards, then put every card into `site`."""
        try:
            if self.script is not None:
                self.script.run()
            made = {key: self.store.put("card", key, {"card.png": (self.work / f"{key}.png").read_bytes()})["card.png"]
                    for key in self.missing}
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
        self.files.update({path: made[key] for path, key in self.waiting.items()})
        link_all((kept, site / path) for path, kept in sorted(self.files.items()))
        size = sum(kept.stat().st_size for kept in self.files.values())
        return CardSummary(cards=len(self.files), rendered=len(self.missing), bytes=size)

    def cancel(self) -> None:
        if self.script is not None:
            self.script.cancel()
        shutil.rmtree(self.work, ignore_errors=True)
