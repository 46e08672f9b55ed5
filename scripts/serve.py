"""`make serve`: MkDocs' live preview, started again whenever our Python changes.

MkDocs rebuilds on its own when data/, overrides/ or docs/ change: those are read afresh by every build. Our
Python (statement_core/, hooks/) is loaded once per process and never reloaded, so a server that kept running
would go on building with the code it started with. This starts the server in a child process and, when a
Python file changes, stops it and starts a new one (the open page reconnects and reloads). The preview keeps
its own store (build/preview-cache/), which no other build reads (statement_core/publish/inputs.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = (ROOT / "statement_core", ROOT / "hooks")
ADDRESS = "127.0.0.1:8000"


def python_files() -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for folder in PYTHON for path in folder.rglob("*.py")}


def start() -> subprocess.Popen[bytes]:
    environment = {**os.environ, "SITE_URL": f"http://{ADDRESS}/", "STATEMENT_PDF": "0"}
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
    seen, server = python_files(), start()
    try:
        while True:
            time.sleep(1)
            if server.poll() is not None:
                return server.returncode
            now = python_files()
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
