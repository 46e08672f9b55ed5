"""What builds keep for the next is never stale when the code changes (statement_core/cache/code.py).

In a copy of the project, built once with a store of its own: each kind of code edit a maintainer makes (a
file a module reads beside itself, a stylesheet, a Node script, the installed Node modules, our Python) is
made, and the next build from the kept store verifies it (STATEMENT_VERIFY_CACHE=1: the flag is in no key, so
it looks up the very entries a normal build would take; it makes every output afresh, as a build from an
empty store does, and fails naming any kept output that differs from the one it made): it must pass and
show the edit. For the first edit, the issue's own example, a build from an empty store is made beside it
and the two must be the same bytes. A process that loaded the code before an edit refuses to build. (Apart
from tests/test_build_cache.py so that the two run side by side.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, ROOT
from project_builds import files_of, finished, start_build


@dataclass(frozen=True)
class CodeEdit:
    path: str  # in the project
    old: str
    new: str
    shows_in: str  # a file of the site the edit changes
    pdf: bool = False  # the edit shapes the PDFs: built with them


EDITS = {
    # The dates the Cite dialog writes in Vietnamese (citeproc-py's CSL locale): not Python, under the package.
    "a CSL locale": CodeEdit("statement_core/citations/locales/vi.xml", 'prefix="ngày "', 'prefix="hôm "',
                             f"assets/citations/{DOCUMENT_ID}.js"),
    # The print editions' stylesheet (WeasyPrint).
    "a stylesheet": CodeEdit("overrides/pdf/edition.css", "margin: 22mm 20mm 20mm 20mm;", "margin: 24mm 20mm 20mm 20mm;",
                             "downloads/SHA256SUMS", pdf=True),
    # The script that renders the link-preview cards (sharp, in Node).
    "a Node script": CodeEdit("statement_core/site/make_cards.mjs", "compressionLevel: 9", "compressionLevel: 8",
                              f"en/cards/{DOCUMENT_ID}/sea.png"),
    # sharp as a newer version would behave (and npm's record of it), as after `git switch` before `npm ci`.
    "the installed Node modules": CodeEdit("node_modules/sharp/dist/output.mjs", "function png (options) {\n",
                                           "function png (options) {\n  options = { ...options, compressionLevel: 1 };\n",
                                           f"en/cards/{DOCUMENT_ID}/sea.png"),
    # Our Python: the English short form of a citation (issue 29).
    "our Python": CodeEdit("statement_core/labels.py", '"{title}, cl. {locator}"', '"{title}, para. {locator}"',
                           f"en/assets/citations/{DOCUMENT_ID}.js"),
}
FIRST_EDIT = "a CSL locale"  # also built from an empty store, and compared byte for byte


@pytest.fixture(scope="module")
def first_build(project_build, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The copy built once, PDFs included (tests/conftest.py's `project_build`), and a copy of its store that
    every edit's next build keeps using."""
    store = tmp_path_factory.mktemp("kept") / "store"
    shutil.copytree(project_build.store, store)
    return store, files_of(project_build.site)


@pytest.mark.parametrize("what", list(EDITS))
def test_after_a_code_edit_the_kept_store_holds_nothing_a_build_would_take_stale(what, project_build, first_build,
                                                                                 tmp_path):
    project_copy = project_build.project
    store, first = first_build
    edit = EDITS[what]
    path = project_copy / edit.path
    original = path.read_text(encoding="utf-8")
    assert original.count(edit.old) == 1, edit.path
    path.write_text(original.replace(edit.old, edit.new), encoding="utf-8")
    if what == "the installed Node modules":
        record = project_copy / "node_modules" / ".package-lock.json"
        installed = json.loads(record.read_text(encoding="utf-8"))
        installed["packages"]["node_modules/sharp"]["version"] += "-next"
        record.write_text(json.dumps(installed, indent=2), encoding="utf-8")
    afresh_too = what == FIRST_EDIT
    try:
        # Side by side (neither writes into the other's store).
        verifying = start_build(project_copy, tmp_path / "kept", store, pdf=edit.pdf, verify=True)
        afresh = start_build(project_copy, tmp_path / "afresh", tmp_path / "empty-store", pdf=edit.pdf) if afresh_too else None
        kept = finished(verifying, tmp_path / "kept")
        made_afresh = finished(afresh, tmp_path / "afresh") if afresh else None
    finally:
        path.write_text(original, encoding="utf-8")
        if what == "the installed Node modules":
            shutil.copyfile(ROOT / "node_modules" / ".package-lock.json",
                            project_copy / "node_modules" / ".package-lock.json")
    assert kept[edit.shows_in] != first[edit.shows_in], "the edit shows in what the site publishes"
    if made_afresh is not None:
        assert [name for name in kept if kept[name] != made_afresh.get(name)] == []
        assert kept == made_afresh
        assert "hôm 12 tháng 5 năm 2025" in (tmp_path / "kept" / edit.shows_in).read_text(encoding="utf-8")


STALE_PROCESS = """
import sys
from pathlib import Path
from statement_core.runtime.build_info import build_info
from statement_core.publish import BuildInputs, PublishError, SiteBuild

labels = Path("statement_core/labels.py")  # edited after this process loaded the code, as under `make serve`
labels.write_text(labels.read_text(encoding="utf-8") + "\\n# edited\\n", encoding="utf-8")
try:
    SiteBuild(BuildInputs(data_dir=Path("data"), site_url="/", stamp=build_info(), with_pdfs=False))
except PublishError as error:
    print(error)
    sys.exit(0)
sys.exit("built with code that is not the code on disk")
"""


def test_a_process_whose_code_was_edited_since_it_loaded_it_does_not_build(tmp_path):
    from statement_tools.bench.workspace import copy_project

    project = copy_project(tmp_path / "project")
    result = subprocess.run([sys.executable, "-c", STALE_PROCESS], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(project)})
    assert result.returncode == 0, result.stderr
    assert "statement_core/labels.py changed since this process loaded it" in result.stdout
