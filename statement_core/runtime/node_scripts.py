"""Run the project's small Node scripts (Workbox's build tools, sharp): JSON in on stdin, JSON out on stdout.

These libraries are the maintained tools for their jobs and exist only for Node; the scripts stay small
and the core decides what they are given.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import weakref
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
READ_LOG = ROOT / "statement_core" / "runtime" / "read_log.mjs"


class NodeScriptError(RuntimeError):
    pass


# The open stdin pipes of scripts still waiting for input. A process forked meanwhile (the background pages,
# the citation data) inherits their write ends, and a script whose input pipe still has a writer never sees
# the end of its input: the build would wait for it for ever. A forked child points them at /dev/null.
_waiting_inputs: weakref.WeakSet[TextIO] = weakref.WeakSet()


def _release_inputs_in_child() -> None:
    for pipe in list(_waiting_inputs):
        if not pipe.closed:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, pipe.fileno())  # the number stays valid for the file object; the pipe is let go
            os.close(null)


os.register_at_fork(after_in_child=_release_inputs_in_child)


class NodeScript:
    """A Node script started now and given its input later: Node starts and loads its modules (most of its
    time) while the site is still being built, then does the work once `run` hands it the payload."""

    def __init__(self, script: Path, package: str, payload: dict[str, Any] | None = None,
                 env: dict[str, str] | None = None) -> None:
        """`package` is the npm package the script needs (checked first, to say how to fix its absence).
        With `payload`, the script gets its input at once (from a temporary file, so a large one never blocks
        the build on a full pipe) and works in the background until `run()`; `env` is added to the process's."""
        node = shutil.which("node")
        if node is None:
            raise NodeScriptError("Node.js is missing: run `make setup` (Debian package nodejs)")
        if not (NODE_MODULES / package).is_dir():
            raise NodeScriptError(f"{NODE_MODULES / package} is missing: run `make setup` (npm ci)")
        self.script = script
        self.given = payload is not None
        stdin = subprocess.PIPE
        if payload is not None:
            stdin = tempfile.TemporaryFile("w+", encoding="utf-8")
            json.dump(payload, stdin)
            stdin.seek(0)
        # The test audit's record of what the script reads (statement_core/cache/audit.py), when it is on.
        audit = ["--import", READ_LOG.as_uri()] if os.environ.get("STATEMENT_READ_LOG") else []
        self.process = subprocess.Popen([node, *audit, str(script)], stdin=stdin, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                        env={**os.environ, **env} if env else None)
        if payload is not None:
            stdin.close()  # the script holds its own descriptor of the file
        elif self.process.stdin is not None:
            _waiting_inputs.add(self.process.stdin)

    def send(self, payload: dict[str, Any]) -> None:
        """Give the script part of its input now, as one line of JSON, for it to work on while the build
        goes on; `run` gives the last part."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(payload, ensure_ascii=False) + "\n")
        self.process.stdin.flush()

    def run(self, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        """The script's output, once it ends; `payload` is its (last) input unless it was given one at the start."""
        output, errors = self.process.communicate(None if self.given else json.dumps(payload))
        if self.process.returncode != 0:
            raise NodeScriptError(f"{self.script.relative_to(ROOT)} failed:\n{errors.strip()}")
        return json.loads(output)

    def cancel(self) -> None:
        """The build failed before the script got its input: end it."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def run_node_script(script: Path, payload: dict[str, Any], package: str) -> dict[str, Any]:
    """Run `script` with `payload` at once."""
    return NodeScript(script, package).run(payload)
