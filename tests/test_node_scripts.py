"""A Node script that waits for its input must get the end of it even when the build forks meanwhile (the
background pages, the citation data): a forked process holding the script's input pipe made a 100× build
wait for ever (statement_core/runtime/node_scripts.py). And a build that fails while a forked process still
works ends (statement_core/runtime/parallel.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from statement_core.runtime.parallel import Forked
from statement_core.runtime.node_scripts import NodeScript

READ_ALL_INPUT = """
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => { process.stdout.write(JSON.stringify({ lines: input.trim().split("\\n").length })); });
"""


def test_a_script_sees_the_end_of_its_input_while_a_forked_process_lives(tmp_path: Path):
    script = tmp_path / "read-all.mjs"
    script.write_text(READ_ALL_INPUT, encoding="utf-8")
    node = NodeScript(script, "esbuild")
    node.send({"part": 1})
    forked = Forked(time.sleep, 60)  # forks now, inheriting the script's input pipe, and outlives the test
    outcome: dict = {}
    reader = threading.Thread(target=lambda: outcome.update(node.run({"part": 2})), daemon=True)
    reader.start()
    reader.join(timeout=20)
    finished = not reader.is_alive()
    forked.cancel()  # end the sleeping child without waiting for it
    node.cancel()
    assert finished, "the script never saw the end of its input: a forked process still held the pipe"
    assert outcome == {"lines": 2}


FAILS_WHILE_A_FORKED_PROCESS_WORKS = """
from statement_core.runtime.parallel import Forked

def a_large_result():
    return "x" * 1_000_000  # more than a pipe holds: the child waits for its reader

pages = Forked(a_large_result)
raise SystemExit("the build failed before it asked for the pages")
"""


def test_a_build_that_fails_while_a_forked_process_works_ends(tmp_path: Path):
    """A verifying build that found a stale kept output stopped, and never ended: at exit multiprocessing
    joined the forked pages, which waited for their result to be read."""
    script = tmp_path / "failing_build.py"
    script.write_text(FAILS_WHILE_A_FORKED_PROCESS_WORKS, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=30,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert result.returncode == 1 and "the build failed" in result.stderr
