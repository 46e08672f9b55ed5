"""What builds keep for the next is never stale when the code changes (statement_core/cache/code.py): an
edit to the code (a label in statement_core/labels.py) changes what the next build publishes, the Cite
dialog's data included, and a process that loaded the code before an edit refuses to build. (Apart from
tests/test_build_cache.py so that the two run side by side.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID

# The English short form of a citation, as a maintainer might change it (issue 29).
OLD_FORM, NEW_FORM = '"{title}, cl. {locator}"', '"{title}, para. {locator}"'


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory) -> Path:
    from bench.workspace import copy_project

    return copy_project(tmp_path_factory.mktemp("project") / "project")


def build_in(project: Path, site: Path, **env: str) -> None:
    """A strict build of a copy of the project by its own code (the copy's statement_core and hooks)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
               "-d", str(site)]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(project), "STATEMENT_PDF": "0",
                                 "SOURCE_DATE_EPOCH": "1747008000", "NO_MKDOCS_2_WARNING": "1", **env})
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_code_edit_changes_what_the_next_build_publishes(project_copy, tmp_path):
    build_in(project_copy, tmp_path / "before")
    labels = project_copy / "statement_core" / "labels.py"
    labels.write_text(labels.read_text(encoding="utf-8").replace(OLD_FORM, NEW_FORM), encoding="utf-8")
    build_in(project_copy, tmp_path / "after")  # the store of the first build kept
    citations = (tmp_path / "after" / "en" / "assets" / "citations" / f"{DOCUMENT_ID}.js").read_text(encoding="utf-8")
    assert ", para. 13(2)" in citations and ", cl. 13(2)" not in citations


STALE_PROCESS = """
import sys
from pathlib import Path
from statement_core.build_info import build_info
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


def test_a_process_whose_code_was_edited_since_it_loaded_it_does_not_build(project_copy):
    result = subprocess.run([sys.executable, "-c", STALE_PROCESS], cwd=project_copy, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(project_copy)})
    assert result.returncode == 0, result.stderr
    assert "changed since this process loaded them" in result.stdout
