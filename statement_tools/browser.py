"""Real Chromium (Debian package) for tests and quality gates: launch arguments and a request log."""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlparse

from statement_tools.local_server import serve  # noqa: F401  (one import for tests and gates)

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Chromium not found: run `make setup` (Debian package chromium) or set CHROMIUM=path")
    return path


class RequestLog:
    """Every request a page makes; hosts other than the local one are violations."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    def foreign(self) -> list[str]:
        local = {"127.0.0.1", "localhost", ""}
        return [url for url in self.urls
                if urlparse(url).scheme not in ("data", "blob", "about") and urlparse(url).hostname not in local]
