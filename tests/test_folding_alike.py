"""Accent folding exists twice, by necessity: in Python (the data checks compare synonyms folded) and in the
browser (overrides/search/text.mjs folds the index and the query). They must fold alike: every word of the
statement, in both languages, with its diacritics, folded by both."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

from conftest import ROOT
from statement_core.text.folding import fold

FOLD_IN_NODE = """
import { fold } from "./overrides/search/text.mjs";
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => process.stdout.write(JSON.stringify(JSON.parse(input).map(fold))));
"""


def test_python_and_the_browser_fold_every_word_of_the_statement_alike(document):
    words = sorted({word for clause in document.clauses for language in ("vi", "en")
                    for segment in clause.segments(language) for word in re.findall(r"\w+", segment)})
    assert len(words) > 1000 and "Đối" in words and "nước" in words
    node = shutil.which("node")
    assert node, "Node.js is needed: run `make setup`"
    result = subprocess.run([node, "--input-type=module", "-e", FOLD_IN_NODE], cwd=ROOT, input=json.dumps(words),
                            capture_output=True, text=True, check=True)
    folded_in_node = json.loads(result.stdout)
    assert [(word, fold(word), other) for word, other in zip(words, folded_in_node) if fold(word) != other] == []
