"""The interface wording: complete in both languages, no key typed twice (a later one silently wins)."""

from __future__ import annotations

import ast
from pathlib import Path

from statement_core.labels import LABELS

LABELS_FILE = Path(__file__).resolve().parent.parent / "statement_core" / "labels.py"


def test_both_languages_have_the_same_keys():
    assert LABELS["vi"].keys() == LABELS["en"].keys()


def test_no_label_key_is_written_twice():
    tree = ast.parse(LABELS_FILE.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [key.value for key in node.keys if isinstance(key, ast.Constant)]
            duplicates = sorted({key for key in keys if keys.count(key) > 1})
            assert not duplicates, f"labels.py line {node.lineno}: {duplicates}"


def test_labels_are_plain_text():
    for language, labels in LABELS.items():
        for key, text in labels.items():
            assert "<" not in text and "&" not in text, (language, key)
