"""The search folding function (in overrides/…/lunr.vi.min.js), run in Node exactly as the worker loads it."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata

import pytest

from conftest import ROOT

LUNR_VI = ROOT / "overrides" / "assets" / "javascripts" / "lunr" / "min" / "lunr.vi.min.js"

# A stand-in for the parts of lunr the language support touches; folds every input with the real code.
HARNESS = """
const lunr = {
  trimmerSupport: { generateTrimmer: () => (t) => t },
  Pipeline: { registerFunction: () => {} },
  generateStopWordFilter: () => (t) => t,
  Query: function () { this.clauses = []; },
};
lunr.Query.prototype.clause = function (c) { this.clauses.push(c); return this; };
require(process.argv[1])(lunr);
const inputs = JSON.parse(process.argv[2]);
const query = new lunr.Query();
inputs.forEach((term) => query.clause({ term }));
console.log(JSON.stringify({ folded: inputs.map(lunr.vi.fold), clauses: query.clauses.map((c) => c.term) }));
"""


def fold_all(inputs: list[str]) -> dict[str, list[str]]:
    node = shutil.which("node")
    assert node, "Node.js is needed: run `make setup`"
    result = subprocess.run([node, "-e", HARNESS, str(LUNR_VI), json.dumps(inputs)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.parametrize("text, folded", [
    ("hợp tác", "hop tac"),
    ("HỢP TÁC", "hop tac"),
    ("Hợp Tác", "hop tac"),
    ("Biển Đông", "bien dong"),
    ("đường", "duong"),
    ("Đảng Cộng sản Việt Nam", "dang cong san viet nam"),
    ("ảả ãã ạạ ấầẩẫậ ắằẳẵặ", "aa aa aa aaaaa aaaaa"),
    ("ơ ư ô ê â ă", "o u o e a a"),
    ("UNCLOS 1982", "unclos 1982"),
    ("hop tac", "hop tac"),
])
def test_fold_drops_tone_and_vowel_marks_maps_d_and_lowercases(text, folded):
    assert fold_all([text])["folded"] == [folded]


def test_fold_is_the_same_for_nfc_and_nfd_input():
    words = ["Hợp tác", "Biển Đông", "Tuyên bố chung", "quốc phòng"]
    nfc = fold_all([unicodedata.normalize("NFC", w) for w in words])["folded"]
    nfd = fold_all([unicodedata.normalize("NFD", w) for w in words])["folded"]
    assert nfc == nfd == ["hop tac", "bien dong", "tuyen bo chung", "quoc phong"]


def test_query_terms_are_folded_where_lunr_builds_clauses():
    assert fold_all(["Hợp*", "ĐÔNG"])["clauses"] == ["hop*", "dong"]
