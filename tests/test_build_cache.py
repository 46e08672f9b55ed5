"""What builds keep for the next one (issue 24) is never stale: a data edit reaches every output it feeds,
through every cache on the way (the downloads folder, the citation data, the outputs kept by the publishing
step), and a build of unchanged inputs gives the same files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, ROOT, copy_data
from data_edits import edit

OLD_TOPIC, NEW_TOPIC = "Maritime security, DOC and COC", "Maritime security, the DOC and the COC"
# Each is fed by clause 35's English topic, and each comes through a cache when its inputs are unchanged.
FED_BY_THE_TOPIC = [
    "downloads/statement.json",  # the exports (build/downloads/…)
    "downloads/statement.en.csl.json",
    "downloads/SHA256SUMS",
    "en/assets/citations.js",  # the Cite dialog's data (build/citations/)
    "search/en.js",
    f"en/{DOCUMENT_ID}/sea/index.html",
    "sw.js",  # the worker's precache list (build/outputs/service-worker/)
]
# build/outputs/page-scripts/
NOT_FED_BY_DATA = ["assets/javascripts/statement-search.js", "assets/javascripts/statement-reader.js"]


def build(site: Path, data: Path) -> dict[str, str]:
    from build_site import build_site

    build_site(site, env={"STATEMENT_DATA_DIR": str(data), "STATEMENT_PDF": "0", "SOURCE_DATE_EPOCH": "1747008000"})
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[dict[str, str], dict[str, str], dict[str, str], Path]:
    root = tmp_path_factory.mktemp("cached")
    data = copy_data(root)
    first = build(root / "first", data)
    again = build(root / "again", data)  # every cache warm
    edit(data, f"{DOCUMENT_ID}/chapters/sea.yaml", f'en: "{OLD_TOPIC}"', f'en: "{NEW_TOPIC}"')
    edited = build(root / "edited", data)
    return first, again, edited, root / "edited"


def test_a_build_of_the_same_inputs_gives_the_same_files(builds):
    first, again, _, _ = builds
    assert first == again


def test_a_data_edit_changes_every_output_it_feeds(builds):
    first, _, edited, site = builds
    assert [path for path in FED_BY_THE_TOPIC if first[path] == edited[path]] == []
    assert NEW_TOPIC in (site / "en" / "assets" / "citations.js").read_text(encoding="utf-8")
    assert [path for path in NOT_FED_BY_DATA if first[path] != edited[path]] == []


def test_the_kept_worker_is_the_one_built_for_those_files(builds):
    """Both versions of the worker are kept, each under its own key, so going back to the first data would be
    copied, never the edited one in its place."""
    first, _, edited, _ = builds
    kept = {hashlib.sha256(path.read_bytes()).hexdigest()
            for path in (ROOT / "build" / "outputs" / "service-worker").glob("*/sw.js")}
    assert {first["sw.js"], edited["sw.js"]} <= kept
