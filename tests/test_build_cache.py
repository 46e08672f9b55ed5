"""What builds keep for the next one (issue 24) is never stale: a data edit reaches every output it feeds,
through every cache on the way (the downloads folder and each document's exports, the citation data, the
outputs kept by the publishing step, the theme-rendered pages, the share pages), and a build of unchanged
inputs gives the same files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, copy_data
from data_edits import edit

OLD_TOPIC, NEW_TOPIC = "Maritime security, DOC and COC", "Maritime security, the DOC and the COC"
# A translator's note: it is in the culture chapter's text only (not its headings, navigation or metadata),
# so that page's template is given the same context but for the page's HTML.
OLD_NOTE, NEW_NOTE = "without any change in meaning.", "without any change in meaning (edited)."
# Each is fed by clause 35's English topic, and each comes through a cache when its inputs are unchanged.
FED_BY_THE_TOPIC = [
    "downloads/statement.json",  # the exports (build/downloads/…)
    "downloads/statement.en.csl.json",
    "downloads/SHA256SUMS",
    f"en/assets/citations/{DOCUMENT_ID}.js",  # the Cite dialog's data (build/citations/)
    "search/en.js",
    f"en/{DOCUMENT_ID}/sea/index.html",  # a theme-rendered page (build/pages/)
    f"en/s/{DOCUMENT_ID}/35.html",  # clause 35's share page, linked from build/share-pages/
    "downloads/statement.en.ris",  # a document's own export (build/document-exports/)
    "sw.js",  # the worker's precache list
]
# build/outputs/page-scripts/
NOT_FED_BY_DATA = ["assets/javascripts/statement-search.js", "assets/javascripts/statement-reader.js"]


def build(site: Path, data: Path, **env: str) -> dict[str, str]:
    from build_site import build_site

    build_site(site, env={"STATEMENT_DATA_DIR": str(data), "STATEMENT_PDF": "0", "SOURCE_DATE_EPOCH": "1747008000",
                          **env})
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[dict[str, str], dict[str, str], dict[str, str], Path]:
    root = tmp_path_factory.mktemp("cached")
    data = copy_data(root)
    first = build(root / "first", data)
    again = build(root / "again", data)  # every cache warm
    edit(data, f"{DOCUMENT_ID}/chapters/sea.yaml", f'en: "{OLD_TOPIC}"', f'en: "{NEW_TOPIC}"')
    edit(data, f"{DOCUMENT_ID}/chapters/culture.yaml", OLD_NOTE, NEW_NOTE)
    edited = build(root / "edited", data)
    return first, again, edited, root / "edited"


@pytest.fixture(scope="module")
def rendered_afresh(builds, tmp_path_factory) -> dict[str, str]:
    """The edited data built again with no theme-rendered page kept (every page through Material's templates)."""
    _, _, _, edited_site = builds
    data = edited_site.parent / "data"
    return build(tmp_path_factory.mktemp("afresh") / "site", data, STATEMENT_KEEP_PAGES="0")


def test_a_build_of_the_same_inputs_gives_the_same_files(builds):
    first, again, _, _ = builds
    assert first == again


def test_a_data_edit_changes_every_output_it_feeds(builds):
    first, _, edited, site = builds
    assert [path for path in FED_BY_THE_TOPIC if first[path] == edited[path]] == []
    assert NEW_TOPIC in (site / "en" / "assets" / "citations" / f"{DOCUMENT_ID}.js").read_text(encoding="utf-8")
    assert [path for path in NOT_FED_BY_DATA if first[path] != edited[path]] == []


def test_pages_kept_from_earlier_builds_are_the_pages_a_fresh_rendering_gives(builds, rendered_afresh):
    """After the edit, most pages come from the store of theme-rendered pages (the topic is in the navigation
    of the edited document's pages only, and in the English sea chapter's heading): each must be the page
    that Material's templates give for the edited data, byte for byte."""
    _, _, edited, _ = builds
    pages = [path for path in edited if path.endswith(".html")]
    assert len(pages) > 30
    assert [path for path in pages if edited[path] != rendered_afresh.get(path)] == []
    assert edited == rendered_afresh
    assert NEW_NOTE in (site_of(builds) / f"en/{DOCUMENT_ID}/culture/index.html").read_text(encoding="utf-8")


def site_of(builds) -> Path:
    return builds[3]


@pytest.fixture(scope="module")
def three_documents(tmp_path_factory) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """A collection of three documents built, then built again after an edit to the first one's note (its
    culture chapter) and to the second one's title (which the others' edition pages list), with the pages
    kept and with none kept."""
    from bench.corpus import copy_id, edit_note
    from bench.scaling import make_scale_site, write_scale_docs
    from bench.workspace import copy_project
    from build_site import build_site
    from statement_core import load_corpus

    work = tmp_path_factory.mktemp("three")
    project = copy_project(work / "project")
    collection = make_scale_site(project, work, 3)
    write_scale_docs(collection, project, load_corpus(collection.data_dir))

    def build(name: str, **env: str) -> dict[str, str]:
        site = work / name
        build_site(site, config_file=collection.config_file,
                   env={"STATEMENT_DATA_DIR": str(collection.data_dir), "STATEMENT_PDF": "0",
                        "SOURCE_DATE_EPOCH": "1747008000", **env})
        return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
                for path in sorted(site.rglob("*")) if path.is_file()}

    first = build("first")
    edit_note(collection.data_dir, 1)
    edit(collection.data_dir, f"{copy_id(DOCUMENT_ID, 2)}/document.yaml", "Republic of Belarus (copy 2)",
         "Republic of Belarus (copy 2, retitled)")
    return first, build("edited"), build("afresh", STATEMENT_KEEP_PAGES="0")


def test_with_several_documents_an_edit_to_one_gives_the_pages_a_fresh_build_gives(three_documents):
    from bench.corpus import copy_id

    """Pages of documents the edit did not touch come from the stores (the core's rendering, keyed on their
    document, and the theme's); every page must still be what a build with nothing kept makes."""
    first, edited, afresh = three_documents
    changed = [path for path in edited if path.endswith(".html") and first.get(path) != edited[path]]
    assert any(path.endswith("/culture/index.html") for path in changed)
    # The third document's edition page lists the second by its new title: rendered again, not kept.
    assert f"en/editions/1/{copy_id(DOCUMENT_ID, 3)}/index.html" in changed
    assert [path for path in edited if edited[path] != afresh.get(path)] == []
    assert edited == afresh
