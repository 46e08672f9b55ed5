"""The search engine's pure functions (folding, words, pairs, ranking, snippets), tested in Node exactly as
the browser runs them: tests/search_engine/*.test.mjs import overrides/search/ directly."""

from __future__ import annotations

import shutil
import subprocess

from conftest import ROOT


def test_search_engine_unit_tests_pass_in_node():
    node = shutil.which("node")
    assert node, "Node.js is needed: run `make setup`"
    result = subprocess.run([node, "--test", "--test-reporter=dot", "tests/search_engine/"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
