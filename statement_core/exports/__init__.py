"""Open-data exports: pure writers from the model to files, one module per format.

Every file carries the build date and source commit from BuildInfo and nothing else that changes with
time, so two runs on the same commit write byte-identical files. The site calls
write_exports + write_checksums, then renders manifest() on its downloads page.

The writers (lxml, icalendar) load on first use: a site build that only lists cached downloads needs the
manifest, not them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from statement_core.exports.checksums import write_checksums
from statement_core.exports.manifest import Download, manifest

__all__ = ["Download", "manifest", "render_exports", "write_checksums", "write_exports"]

_LAZY = {"render_exports": "statement_core.exports.writers", "write_exports": "statement_core.exports.writers"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
