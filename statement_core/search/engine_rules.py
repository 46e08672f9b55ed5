"""Rules the build shares with the page's search engine (overrides/search/engine.mjs), read from the engine's
own source, so that each has one home: a number defined there as `const NAME = 5;`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "overrides" / "search" / "engine.mjs"


@cache
def engine_number(name: str) -> int:
    found = re.search(rf"^const {name} = (\d+);$", ENGINE.read_text(encoding="utf-8"), re.MULTILINE)
    if found is None:
        raise RuntimeError(f"{ENGINE}: no `const {name} = <number>;`, which statement_core/search/engine_rules.py "
                           "reads; define it there or change the reader")
    return int(found.group(1))
