"""Reading the source documents the way the data is checked against them."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path


def normalise(text: str) -> str:
    """NFC, with every run of whitespace as one space: the comparison the fidelity rule promises."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def paragraphs(path: Path) -> list[str]:
    return [normalise(block) for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8").strip()) if block.strip()]
