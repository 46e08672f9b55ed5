"""`make serve`: MkDocs' live preview, started again whenever code it does not reload changes.

MkDocs rebuilds on its own when data/, overrides/ or docs/ change (mkdocs.yml `watch`), and each build
digests the code afresh. Our Python is loaded once per process and never reloaded, and MkDocs watches no
other code (a CSL locale under statement_core/, a Node script, the installed npm packages): a server that
kept running would go on building with, or never notice, what changed. This starts the server in a child
process and, when any code file outside the watched folders changes (statement_core.cache.code's rule),
stops it and starts a new one (the open page reconnects and reloads). The preview keeps its own store
(build/preview-cache/), which no other build reads (statement_core/publish/inputs.py), and is dated by the
commit like every build (statement_tools/build_site.py), so its store is found again after a restart.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from statement_tools.build_site import build_environment
from statement_core.cache.code import code_files

ROOT = Path(__file__).resolve().parent.parent
WATCHED_BY_MKDOCS = (ROOT / "overrides",)  # rebuilt by MkDocs itself (mkdocs.yml `watch`)
ADDRESS = "127.0.0.1:8000"


def code_on_disk() -> dict[Path, int]:
    """Each code file MkDocs does not watch, by modification time (only to notice an edit: the store's keys
    are digests of the files' bytes)."""
    return {path: path.stat().st_mtime_ns for path in code_files()
            if not any(path.is_relative_to(folder) for folder in WATCHED_BY_MKDOCS)}


def start() -> subprocess.Popen[bytes]:
    environment = build_environment({**os.environ, "SITE_URL": f"http://{ADDRESS}/", "STATEMENT_PDF": "0"})
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", ADDRESS], cwd=ROOT,
                            env=environment)


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def main() -> int:
    seen, server = code_on_disk(), start()
    try:
        while True:
            time.sleep(1)
            if server.poll() is not None:
                return server.returncode
            now = code_on_disk()
            if now != seen:
                changed = sorted(path.relative_to(ROOT).as_posix() for path in set(now) ^ set(seen) | {
                    path for path in now if seen.get(path) != now[path]})
                print(f"serve: {', '.join(changed)} changed: starting the server again", file=sys.stderr)
                seen = now
                stop(server)
                server = start()
    except KeyboardInterrupt:
        stop(server)
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
