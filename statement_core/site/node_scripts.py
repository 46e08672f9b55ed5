"""Run the project's small Node scripts (Workbox's build tools, sharp): JSON in on stdin, JSON out on stdout.

These libraries are the maintained tools for their jobs and exist only for Node; the scripts stay small
and the core decides what they are given.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"


class NodeScriptError(RuntimeError):
    pass


def run_node_script(script: Path, payload: dict[str, Any], package: str) -> dict[str, Any]:
    """Run `script` with `payload`; `package` is the npm package it needs (checked first, to say how to fix)."""
    node = shutil.which("node")
    if node is None:
        raise NodeScriptError("Node.js is missing: run `make setup` (Debian package nodejs)")
    if not (NODE_MODULES / package).is_dir():
        raise NodeScriptError(f"{NODE_MODULES / package} is missing: run `make setup` (npm ci)")
    result = subprocess.run([node, str(script)], input=json.dumps(payload), capture_output=True, text=True,
                            cwd=ROOT, check=False)
    if result.returncode != 0:
        raise NodeScriptError(f"{script.relative_to(ROOT)} failed:\n{result.stderr.strip()}")
    return json.loads(result.stdout)
