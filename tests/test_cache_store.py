"""The store builds keep between them (statement_core/cache): its key recipe and its proof, in milliseconds."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from statement_core.cache import code as code_module
from statement_core.cache import CodeDigest, StaleEntry, Store
from statement_core.publish.inputs import CACHE_DIR, PREVIEW_CACHE_DIR, BuildInputs


def project(tmp_path: Path) -> Path:
    """A stand-in for the files a build reads afresh each time: a template and a Node script."""
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "clause.html").write_text("<p>{{ text }}</p>")
    (tmp_path / "compact.mjs").write_text("export const gap = 36;")
    return tmp_path


def code_of(folder: Path) -> CodeDigest:
    return CodeDigest(read_each_build=[folder / "overrides", folder / "compact.mjs"])


def test_the_key_changes_with_every_kind_of_input(tmp_path, monkeypatch):
    folder = project(tmp_path)
    store = Store(tmp_path / "store", code_of(folder))
    keys = {"as made": store.key("page", ["data v1"])}
    keys["data"] = store.key("page", ["data v2"])
    keys["kind"] = store.key("card", ["data v1"])
    (folder / "overrides" / "clause.html").write_text("<p class=x>{{ text }}</p>")  # a template
    keys["template"] = Store(tmp_path / "store", code_of(folder)).key("page", ["data v1"])
    (folder / "compact.mjs").write_text("export const gap = 32;")  # a Node script
    keys["script"] = Store(tmp_path / "store", code_of(folder)).key("page", ["data v1"])
    monkeypatch.setattr(code_module, "LOADED_PYTHON", "another version of statement_core")  # our Python
    keys["python"] = Store(tmp_path / "store", code_of(folder)).key("page", ["data v1"])
    code_module.installed_versions.cache_clear()
    real = list(code_module.distributions())
    bumped = [type("Bumped", (), {"metadata": {"Name": d.metadata["Name"]},
                                  "version": d.version + ".1" if d.metadata["Name"].lower() == "jinja2" else d.version})()
              for d in real]
    monkeypatch.setattr(code_module, "distributions", lambda: bumped)  # a package version
    keys["package"] = Store(tmp_path / "store", code_of(folder)).key("page", ["data v1"])
    code_module.installed_versions.cache_clear()
    assert len(set(keys.values())) == len(keys), keys


def test_every_file_a_build_reads_afresh_is_in_the_code_digest():
    """The serialised search index's writer and the Node scripts among them (issue 29 found compact.mjs
    left out of a key)."""
    root = code_module.ROOT
    for path in (root / "overrides/search/compact.mjs", root / "scripts/search-index.mjs",
                 root / "overrides/fragments/clause.html", root / "package-lock.json", root / "hooks/citations.py",
                 root / "statement_core/labels.py"):
        assert any(path.is_relative_to(place) for place in (*code_module.READ_EACH_BUILD, *code_module.PYTHON)), path


def test_the_python_a_process_runs_is_read_when_it_loads_it(tmp_path, monkeypatch):
    """An edit on disk after the code was loaded is not the code this process runs: builds refuse to start."""
    assert CodeDigest.unchanged_on_disk()
    monkeypatch.setattr(code_module, "LOADED_PYTHON", "what an earlier version said")
    assert not CodeDigest.unchanged_on_disk()


def test_an_entry_is_kept_and_found_by_its_inputs(tmp_path):
    store = Store(tmp_path / "store", code_of(project(tmp_path)))
    made: list[str] = []

    def make(text: str):
        made.append(text)
        return {"page.html": text.encode()}

    first = store.files("page", ["one"], lambda: make("one"))
    again = store.files("page", ["one"], lambda: make("one, again"))
    other = store.files("page", ["two"], lambda: make("two"))
    assert made == ["one", "two"]
    assert first == again and first["page.html"].read_text() == "one" and other["page.html"].read_text() == "two"
    assert store.value("parsed", [b"bytes"], lambda: {"parsed": 1}) == {"parsed": 1}
    assert store.value("parsed", [b"bytes"], lambda: {"parsed": 2}) == {"parsed": 1}


def test_verifying_makes_everything_and_names_a_kept_output_that_differs(tmp_path):
    code = code_of(project(tmp_path))
    Store(tmp_path / "store", code).files("page", ["one"], lambda: {"page.html": b"one"})
    checking = Store(tmp_path / "store", code, verify=True)
    made = []
    checking.files("page", ["one"], lambda: made.append(1) or {"page.html": b"one"})
    assert made == [1], "verifying makes every output, kept or not"
    blob = checking.files("page", ["one"], lambda: {"page.html": b"one"})["page.html"]
    blob.write_bytes(b"corrupted")  # what a key that leaves out an input would give
    with pytest.raises(StaleEntry, match=r"page/page.html"):
        checking.files("page", ["one"], lambda: {"page.html": b"one"})
    assert checking.value("value", ["x"], lambda: {1, 2, 3}) == {1, 2, 3}
    assert checking.value("value", ["x"], lambda: {3, 2, 1}) == {1, 2, 3}, "equal values pickled apart are equal"


def test_pruning_keeps_what_the_last_builds_used(tmp_path, monkeypatch):
    import statement_core.cache.store as store_module

    monkeypatch.setattr(store_module, "RUNS_KEPT", 2)
    code = code_of(project(tmp_path))
    old = Store(tmp_path / "store", code).files("page", ["old"], lambda: {"page.html": b"old"})["page.html"]
    for run in range(3):
        store = Store(tmp_path / "store", code)
        kept = store.files("page", ["used"], lambda: {"page.html": b"used"})["page.html"]
        store.prune()
    assert kept.exists() and not old.exists()
    assert pickle.loads(pickle.dumps(kept)) == kept


def test_the_preview_and_test_builds_keep_their_own_stores(tmp_path):
    from statement_core.build_info import build_info

    inputs = BuildInputs(data_dir=tmp_path, site_url="/", stamp=build_info())
    assert inputs.store_folder == CACHE_DIR
    assert BuildInputs(data_dir=tmp_path, site_url="/", stamp=build_info(), previewing=True).store_folder == \
        PREVIEW_CACHE_DIR
    assert BuildInputs(data_dir=tmp_path, site_url="/", stamp=build_info(), cache_dir=tmp_path).store_folder == tmp_path
