"""The store builds keep between them (statement_core/cache): its key recipe and its proof, in milliseconds."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from statement_core.cache import code as code_module
from statement_core.cache import CodeDigest, StaleEntry, Store
from statement_core.publish.inputs import CACHE_DIR, PREVIEW_CACHE_DIR, BuildInputs


def project(tmp_path: Path) -> Path:
    """A stand-in for a project's code: a template, a module and a file it reads beside itself (a CSL
    locale), a Node script, npm's record of what it installed, the MkDocs configuration."""
    for folder in ("overrides", "statement_core/citations/locales", "node_modules"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "overrides" / "clause.html").write_text("<p>{{ text }}</p>")
    (tmp_path / "statement_core" / "labels.py").write_text("FORM = 'cl.'\n")
    (tmp_path / "statement_core" / "citations" / "locales" / "vi.xml").write_text('<term prefix="ngày "/>')
    (tmp_path / "compact.mjs").write_text("export const gap = 36;")
    (tmp_path / "node_modules" / ".package-lock.json").write_text('{"minisearch": "7.1.2"}')
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    return tmp_path


def code_of(folder: Path) -> CodeDigest:
    return CodeDigest(folder / "mkdocs.yml", roots=[folder / "overrides", folder / "statement_core"],
                      single=[folder / "compact.mjs", folder / "node_modules" / ".package-lock.json"])


def key_of(folder: Path) -> str:
    return Store(folder / "store", code_of(folder)).key("page", ["data v1"])


# Each edit, to a copy of the project, of one kind of code.
EDITS = {
    "template": ("overrides/clause.html", "<p>{{ text }}</p>", "<p class=x>{{ text }}</p>"),
    "our Python": ("statement_core/labels.py", "'cl.'", "'para.'"),
    "a file a module reads (CSL locale)": ("statement_core/citations/locales/vi.xml", "ngày ", "hôm "),
    "a Node script": ("compact.mjs", "36", "32"),
    "the installed Node modules": ("node_modules/.package-lock.json", "7.1.2", "7.1.3"),
    "the MkDocs configuration": ("mkdocs.yml", "x", "y"),
}


def test_the_key_changes_with_every_kind_of_input(tmp_path, monkeypatch):
    folder = project(tmp_path)
    store = Store(tmp_path / "store", code_of(folder))
    keys = {"as made": store.key("page", ["data v1"])}
    keys["data"] = store.key("page", ["data v2"])
    keys["kind"] = store.key("card", ["data v1"])
    for what, (name, old, new) in EDITS.items():
        path = folder / name
        path.write_text(path.read_text().replace(old, new))
        keys[what] = key_of(folder)
    (folder / "statement_core" / "new_module.py").write_text("")  # a file added under a code folder
    keys["a new file"] = key_of(folder)
    code_module.installed_versions.cache_clear()
    real = list(code_module.distributions())
    bumped = [type("Bumped", (), {"metadata": {"Name": d.metadata["Name"]},
                                  "version": d.version + ".1" if d.metadata["Name"].lower() == "jinja2" else d.version})()
              for d in real]
    monkeypatch.setattr(code_module, "distributions", lambda: bumped)  # a Python package's version
    keys["a Python package"] = key_of(folder)
    code_module.installed_versions.cache_clear()
    system = code_module.system_packages()
    monkeypatch.setattr(code_module, "system_packages", lambda: [*system[:-1], system[-1] + "+1"])  # a Debian package
    keys["a system package"] = key_of(folder)
    code_module.installed_versions.cache_clear()
    assert len(set(keys.values())) == len(keys), keys


def test_every_code_file_is_in_the_code_digest_by_folder():
    """Not by name or kind: every file under the code's folders (issue 29 found compact.mjs left out of a key,
    issue 36 a CSL locale and the installed Node modules)."""
    root = code_module.ROOT
    files = set(code_module.code_files())
    for name in ("overrides/search/compact.mjs", "statement_core/search/index_build.mjs", "overrides/fragments/clause.html",
                 "statement_core/citations/locales/vi.xml", "package-lock.json", "node_modules/.package-lock.json",
                 "hooks/citation_metadata.py", "statement_core/labels.py", "mkdocs.yml", "statement_core/site/service-worker/service-worker.js"):
        assert root / name in files, name
    assert not [path for path in files if path.is_relative_to(root / "data") or path.is_relative_to(root / "docs")]
    assert not [path for path in files if "__pycache__" in path.parts]


def test_the_system_packages_are_named_by_version():
    listed = code_module.system_packages()
    if listed[0].startswith("system packages: no dpkg-query"):
        pytest.skip("not a Debian machine")
    assert [line.split()[0] for line in listed] == sorted(code_module.SYSTEM_PACKAGES)
    assert all(len(line.split()) >= 2 for line in listed), listed


def test_the_python_a_process_runs_is_read_when_it_loads_it(tmp_path, monkeypatch):
    """An edit on disk after the code was loaded is not the code this process runs: builds refuse to start."""
    assert CodeDigest().python_changed_since_loaded() == []
    loaded = dict(code_module.LOADED_PYTHON)
    loaded["statement_core/labels.py"] = "what an earlier version said"
    monkeypatch.setattr(code_module, "LOADED_PYTHON", loaded)
    assert CodeDigest().python_changed_since_loaded() == ["statement_core/labels.py"]


def test_a_code_edit_during_a_build_is_noticed_and_its_entries_discarded(tmp_path):
    folder = project(tmp_path)
    code = code_of(folder)
    store = Store(tmp_path / "store", code)
    store.files("page", ["one"], lambda: {"page.html": b"one"})
    assert code.changed() == []
    (folder / "statement_core" / "citations" / "locales" / "vi.xml").write_text('<term prefix="hôm "/>')
    assert [name.endswith("statement_core/citations/locales/vi.xml") for name in code.changed()] == [True]
    store.discard_written()
    assert Store(tmp_path / "store", code).find("page", ["one"])[1] is None


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
    assert checking.compared == {"page": 1}, "and compares it with the kept one, found by the same key"
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
    from statement_core.runtime.build_info import build_info

    inputs = BuildInputs(data_dir=tmp_path, site_url="/", stamp=build_info())
    assert inputs.store_folder == CACHE_DIR
    assert BuildInputs(data_dir=tmp_path, site_url="/", stamp=build_info(), previewing=True).store_folder == \
        PREVIEW_CACHE_DIR
    assert BuildInputs(data_dir=tmp_path, site_url="/", stamp=build_info(), cache_dir=tmp_path).store_folder == tmp_path
