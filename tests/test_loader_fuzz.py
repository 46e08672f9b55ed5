"""Random and mutated YAML never crashes the loader: it loads, or raises DataError with file:line issues."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, DOCUMENT_ID, copy_data
from statement_core.cache import CodeDigest, Store
from statement_core.data.errors import DataError
from statement_core.data.loader import load_corpus
from statement_core.model import Corpus

TARGETS = ("agreements.yaml", "glossary.yaml", f"{DOCUMENT_ID}/document.yaml", f"{DOCUMENT_ID}/press.yaml",
           f"{DOCUMENT_ID}/chapters/sea.yaml", f"{DOCUMENT_ID}/chapters/preamble.yaml")
ORIGINALS = {name: (DATA / name).read_text(encoding="utf-8") for name in TARGETS}
ORIGINAL_SEGMENTED = (DATA / DOCUMENT_ID / "chapters" / "economy.yaml").read_text(encoding="utf-8")
FUZZ_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzz_data(tmp_path_factory) -> Path:
    """One copy of data/ per test file: each example changes one file of it and puts it back (`replaced`)."""
    return copy_data(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    """The examples load as a build loads, through a store (statement_core/cache): the files an example did
    not change come from it by their bytes, the changed one is parsed and checked afresh, so that an example
    costs one file's parse rather than every file's."""
    return Store(tmp_path_factory.mktemp("store") / "store", CodeDigest())


@contextmanager
def replaced(data: Path, name: str, content: bytes) -> Iterator[Path]:
    path = data / name
    original = path.read_bytes()
    path.write_bytes(content)
    try:
        yield data
    finally:
        path.write_bytes(original)


def load_or_error(data: Path, store: Store) -> None:
    try:
        result = load_corpus(data, store=store)
    except DataError as error:
        assert error.issues, "a DataError always names at least one problem"
        for issue in error.issues:
            assert issue.path.startswith("data/") and issue.line >= 1 and issue.message, issue
        return
    assert isinstance(result, Corpus)


@st.composite
def mutated_file(draw) -> tuple[str, str]:
    name = draw(st.sampled_from(TARGETS))
    lines = ORIGINALS[name].splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "garble", "truncate", "insert"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "indent":
            lines[index] = "  " + lines[index]
        elif action == "dedent":
            lines[index] = lines[index].lstrip()
        elif action == "garble":
            text = draw(st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"%@`#,? \tđĐ\u0301\x00")), max_size=8))
            position = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:position] + text + lines[index][position:]
        elif action == "truncate":
            lines = lines[:index]
        else:
            lines.insert(index, draw(st.text(max_size=30)) + "\n")
        if not lines:
            break
    return name, "".join(lines)


@given(mutated_file())
@FUZZ_SETTINGS
def test_mutated_data_loads_or_reports_file_and_line(fuzz_data, store, case):
    name, text = case
    with replaced(fuzz_data, name, text.encode("utf-8", errors="surrogatepass")) as data:
        load_or_error(data, store)


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@given(st.sampled_from(TARGETS), yaml_values)
@FUZZ_SETTINGS
def test_random_yaml_documents_load_or_report_file_and_line(fuzz_data, store, name, value):
    with replaced(fuzz_data, name, yaml.safe_dump(value, allow_unicode=True).encode("utf-8")) as data:
        load_or_error(data, store)


@given(st.binary(max_size=200))
@FUZZ_SETTINGS
def test_arbitrary_bytes_load_or_report_file_and_line(fuzz_data, store, blob):
    with replaced(fuzz_data, "glossary.yaml", blob) as data:
        load_or_error(data, store)


SEGMENTED = f"{DOCUMENT_ID}/chapters/economy.yaml"
SEGMENT_EDITS = ("delete", "duplicate", "swap", "merge", "split", "drop word", "empty", "add number")


def _words(text: str | list[str]) -> list[str]:
    return " ".join([text] if isinstance(text, str) else text).split()


OFFICIAL_WORDS = {c["number"]: _words(c["text"]["vi"]) for c in yaml.safe_load(ORIGINAL_SEGMENTED)["clauses"]}


def _edit_segments(segments: list[str], action: str, index: int) -> list[str]:
    index %= len(segments)
    following = (index + 1) % len(segments)
    words = segments[index].split(" ")
    if action == "delete" and len(segments) > 1:
        del segments[index]
    elif action == "duplicate":
        segments.insert(index, segments[index])
    elif action == "swap":
        segments[index], segments[following] = segments[following], segments[index]
    elif action == "merge" and following > index:
        segments[index:following + 1] = [segments[index] + " " + segments[following]]
    elif action == "split" and len(words) > 1:
        segments[index:index + 1] = [" ".join(words[:1]), " ".join(words[1:])]
    elif action == "drop word" and len(words) > 1:
        segments[index] = " ".join(words[1:])
    elif action == "empty":
        segments[index] = ""
    elif action == "add number":
        segments[index] += " 1997"
    return segments


@given(st.lists(st.tuples(st.sampled_from(("vi", "en")), st.sampled_from(SEGMENT_EDITS), st.integers(0, 50),
                          st.integers(0, 10)), min_size=1, max_size=3))
@FUZZ_SETTINGS
def test_edited_segments_load_or_report_file_and_line(fuzz_data, store, edits):
    """Segments deleted, repeated, swapped, merged, split, emptied or changed: the loader never crashes, and a
    Vietnamese text that no longer reads as the official one is always reported."""
    chapter = yaml.load(ORIGINAL_SEGMENTED, Loader=yaml.CSafeLoader)  # libyaml: a fresh copy, quickly
    for language, action, clause_index, segment_index in edits:
        clause = chapter["clauses"][clause_index % len(chapter["clauses"])]
        text = clause["text"][language]
        clause["text"][language] = _edit_segments(text if isinstance(text, list) else [text], action, segment_index)
    edited = yaml.dump(chapter, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False).encode("utf-8")
    changed = any(_words(c["text"]["vi"]) != OFFICIAL_WORDS[c["number"]] for c in chapter["clauses"])
    with replaced(fuzz_data, SEGMENTED, edited) as data:
        if changed:
            with pytest.raises(DataError) as raised:
                load_corpus(data, store=store)
            assert any(issue.path == f"data/{SEGMENTED}" for issue in raised.value.issues), raised.value.issues
        load_or_error(data, store)
