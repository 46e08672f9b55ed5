"""The interface wording (statement_core/labels.py): one entry per key with both languages side by side, no
key typed twice (a later one silently wins), plain text, and every key used by its name somewhere: in the
core, the hooks, the templates or the scripts (a key put together at run time would not be found, and is
not allowed: wording by a value of the data is in CHOICES)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from statement_core.labels import CHOICES, LABELS

ROOT = Path(__file__).resolve().parent.parent
LABELS_FILE = ROOT / "statement_core" / "labels.py"
READING_LANGUAGES = {"vi", "en"}


def sources() -> str:
    """Everything that can name a label: Python outside labels.py, templates, scripts, mkdocs.yml."""
    files = [path for folder in ("statement_core", "hooks", "overrides") for path in (ROOT / folder).rglob("*")
             if path.is_file() and path.suffix in (".py", ".html", ".mjs", ".svg", ".js") and path != LABELS_FILE]
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def test_every_entry_has_both_languages():
    assert [key for key, texts in LABELS.items() if set(texts) != READING_LANGUAGES] == []
    assert [(group, value) for group, values in CHOICES.items() for value, texts in values.items()
            if set(texts) != READING_LANGUAGES] == []


def test_no_label_key_is_written_twice():
    tree = ast.parse(LABELS_FILE.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [key.value for key in node.keys if isinstance(key, ast.Constant)]
            duplicates = sorted({key for key in keys if keys.count(key) > 1})
            assert not duplicates, f"labels.py line {node.lineno}: {duplicates}"


def test_labels_are_plain_text():
    for key, texts in LABELS.items():
        for language, text in texts.items():
            assert "<" not in text and "&" not in text, (language, key)


def test_every_label_and_every_choice_group_is_used_by_its_name():
    """A key is named whole, as a string ("copy_citation") or an attribute (labels.copy_citation), or as the
    data-label-* attribute the scripts read (copy-citation); a choice group by its name in a choice() call
    or a template's `choices.<group>`."""
    text = sources()
    # Every quoted name and every `labels.<name>` in one pass each (a search per key cost seconds).
    named = set(re.findall(r"""(?=["']([\w-]+)["'])""", text)) | set(re.findall(r"labels\.(\w+)\b", text))
    unused = [key for key in LABELS if key not in named]
    assert unused == []
    unused_groups = [group for group in CHOICES
                     if not re.search(rf"""choice\([^)]*["']{group}["']|choices\.{group}\b""", text)]
    assert unused_groups == []


def test_no_key_is_put_together_at_run_time():
    text = sources()
    assembled = re.findall(r"""\b(?:label|text)\((?:[^()]*?,\s*)?f["'][^"']*\{|\blabels\[(?:f["']|[^\]]*~)""", text)
    assert assembled == []
