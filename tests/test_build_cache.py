"""What builds keep for the next (statement_core/cache) is never stale, proved on the real build:
- a data edit reaches every output it feeds, and the build after it equals, file for file, a build from an
  empty store (its own STATEMENT_CACHE_DIR: it shares nothing);
- a build that verifies the store (STATEMENT_VERIFY_CACHE=1) looks up the very entries a normal build keeps,
  compares every one of them (each theme page among them) and passes, and fails naming the output when a
  kept copy is corrupted;
- two builds in a row as `make site` makes them (dated by the commit) take at least 95% of the theme pages
  from the store;
- with three documents, an edit to one gives what an empty store gives.
(Edits to the code: tests/test_build_cache_code.py; every file a build reads is in a key:
tests/test_build_audit.py.)"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, copy_data, seeded_store
from statement_tools.build_site import BuildFailed
from data_edits import edit
from project_builds import files_of

OLD_TOPIC, NEW_TOPIC = "Maritime security, DOC and COC", "Maritime security, the DOC and the COC"
# A translator's note: it is in the culture chapter's text only (not its headings, navigation or metadata),
# so that page's template is given the same context but for the page's HTML.
OLD_NOTE, NEW_NOTE = "without any change in meaning.", "without any change in meaning (edited)."
# Each is fed by clause 35's English topic, and each is kept in the store when its inputs are unchanged.
FED_BY_THE_TOPIC = [
    "downloads/statement.json",  # the corpus-wide exports
    "downloads/statement.en.csl.json",
    "downloads/SHA256SUMS",
    f"en/assets/citations/{DOCUMENT_ID}.js",  # the Cite dialog's data
    "search/en.js",
    f"en/{DOCUMENT_ID}/sea/index.html",  # a theme-rendered page
    f"en/s/{DOCUMENT_ID}/35.html",  # clause 35's share page
    "downloads/statement.en.ris",  # a document's own export
    "sw.js",  # the worker's precache list
]
NOT_FED_BY_DATA = ["assets/javascripts/statement-search.js", "assets/javascripts/statement-reader.js"]


STORE_LINE = re.compile(r"^(Store|Verified the store) .*$", re.MULTILINE)


def store_counts(printed: str) -> dict[str, tuple[int, int]]:
    """The build's line about its store, read: kind -> (kept or compared, of how many made or used)."""
    line = STORE_LINE.search(printed)
    assert line, printed
    return {kind: (int(count), int(total))
            for count, total, kind in re.findall(r"(\d+) of (\d+) ([a-z-]+)", line.group(0))}


@pytest.fixture(scope="module")
def builds(tmp_path_factory, site_builder, site_build) -> dict[str, object]:
    root = tmp_path_factory.mktemp("cached")
    # The kept store starts as a copy of the shared build's (tests/conftest.py): this commit's outputs of the
    # same data, dated otherwise (theme pages, exports); what they share, the first build takes from it.
    data, store = copy_data(root), seeded_store(site_build, root)
    printed: dict[str, str] = {}

    def build(name: str, store: Path, **env: str) -> dict[str, str]:
        # Dated as `make site` dates a build (no SOURCE_DATE_EPOCH given: the commit's date, set by
        # statement_tools/build_site.py), so that "first" and "again" are two `make site` builds in a row.
        printed[name] = site_builder(root / name, store=store, env={
            "STATEMENT_DATA_DIR": str(data), "STATEMENT_PDF": "0", "SOURCE_DATE_EPOCH": "", **env})
        return files_of(root / name)

    first = build("first", store)
    again = build("again", store)  # everything kept
    edit(data, f"{DOCUMENT_ID}/chapters/sea.yaml", f'en: "{OLD_TOPIC}"', f'en: "{NEW_TOPIC}"')
    edit(data, f"{DOCUMENT_ID}/chapters/culture.yaml", OLD_NOTE, NEW_NOTE)
    edited = build("edited", store)
    afresh = build("afresh", root / "empty-store")
    verified = build("verified", store, STATEMENT_VERIFY_CACHE="1")
    return {"first": first, "again": again, "edited": edited, "afresh": afresh, "verified": verified,
            "root": root, "printed": printed}


def test_a_build_of_the_same_inputs_gives_the_same_files(builds):
    assert builds["first"] == builds["again"]


def test_a_data_edit_changes_every_output_it_feeds(builds):
    first, edited = builds["first"], builds["edited"]
    assert [path for path in FED_BY_THE_TOPIC if first[path] == edited[path]] == []
    assert NEW_TOPIC in (builds["root"] / "edited" / "en" / "assets" / "citations" / f"{DOCUMENT_ID}.js").read_text(
        encoding="utf-8")
    assert [path for path in NOT_FED_BY_DATA if first[path] != edited[path]] == []


def test_a_build_from_the_kept_store_equals_one_from_an_empty_store(builds):
    edited, afresh = builds["edited"], builds["afresh"]
    assert len([path for path in edited if path.endswith(".html")]) > 30
    assert [path for path in edited if edited[path] != afresh.get(path)] == []
    assert edited == afresh
    assert NEW_NOTE in (builds["root"] / "edited" / f"en/{DOCUMENT_ID}/culture/index.html").read_text(encoding="utf-8")


def test_verifying_the_store_makes_every_output_again_and_finds_them_equal(builds):
    assert builds["verified"] == builds["edited"]


def test_verifying_compares_every_kept_output_a_normal_build_uses(builds):
    """The verify flag is in no key: the verifying build finds the entries the normal build before it kept
    (the same data) and compares every theme page, and every other kept output, with the one it makes."""
    normal, verified = store_counts(builds["printed"]["edited"]), store_counts(builds["printed"]["verified"])
    assert normal["theme-page"][1] > 40  # both languages' pages, the 404 pages, the sitemaps
    for kind, (_, used) in normal.items():
        assert verified[kind] == (used, used), kind


def test_verifying_fails_naming_a_kept_output_that_was_corrupted(builds, site_builder, tmp_path):
    """A normal build's kept theme page gets a stray comment: what a key that left out an input would hand
    the next build. The verify build renders it again and must refuse the kept copy, naming it."""
    import json

    store = builds["root"] / "seeded-store"
    edited = (builds["root"] / "edited" / f"en/{DOCUMENT_ID}/sea/index.html").read_bytes()
    blobs = [store / "blobs" / digest[:2] / digest for digest in (
        json.loads(entry.read_text())["page.html"]
        for entry in (store / "entries" / "theme-page").rglob("*") if entry.is_file())]
    (blob,) = [blob for blob in blobs if blob.read_bytes() == edited]  # that page, as the last build kept it
    blob.write_bytes(blob.read_bytes().replace(b"</body>", b"<!-- stale --></body>"))
    with pytest.raises(BuildFailed, match=r"Verifying the store: the kept output theme-page/page.html"):
        site_builder(tmp_path / "site", store=store, env={"STATEMENT_DATA_DIR": str(builds["root"] / "data"),
                                                          "STATEMENT_PDF": "0", "STATEMENT_VERIFY_CACHE": "1",
                                                          "SOURCE_DATE_EPOCH": ""})  # as the builds above


def test_two_builds_in_a_row_as_make_site_makes_them_reuse_the_theme_pages(builds):
    """`make site` twice (statement_tools/build_site.py, no SOURCE_DATE_EPOCH given: the build dates itself by the
    commit; MkDocs puts that date in every page's context), sharing a store: the second takes at least 95%
    of its theme pages from the store."""
    kept, used = store_counts(builds["printed"]["again"])["theme-page"]
    assert used > 40 and kept >= 0.95 * used, builds["printed"]["again"]
    assert store_counts(builds["printed"]["first"])["theme-page"][0] == 0  # the first made them all


@pytest.fixture(scope="module")
def three_documents(tmp_path_factory, site_builder, collection_site) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """A collection of three documents built, then built again after an edit to the first one's note (its
    culture chapter) and to the second one's title (which the others' edition pages list), with the store
    kept and from an empty one. The kept store starts as a copy of the ten-document collection's
    (tests/conftest.py): what the two collections share (the first three documents' image cards), the first
    build takes from it."""
    from statement_tools.bench.corpus import copy_id, edit_note
    from statement_tools.bench.scaling import make_scale_site, write_scale_docs
    from statement_tools.bench.workspace import copy_project
    from statement_tools.build_site import build_site
    from statement_core.data.loader import load_corpus

    work = tmp_path_factory.mktemp("three")
    project = copy_project(work / "project")
    collection = make_scale_site(project, work, 3)
    write_scale_docs(collection, project, load_corpus(collection.data_dir))

    def build(name: str, store: str = "store") -> dict[str, str]:
        site_builder(work / name, config_file=collection.config_file, store=work / store,
                     env={"STATEMENT_DATA_DIR": str(collection.data_dir), "STATEMENT_PDF": "0"})
        return files_of(work / name)

    shutil.copytree(collection_site.parent / "store", work / "store")
    first = build("first")
    edit_note(collection.data_dir, 1)
    edit(collection.data_dir, f"{copy_id(DOCUMENT_ID, 2)}/document.yaml", "Republic of Belarus (copy 2)",
         "Republic of Belarus (copy 2, retitled)")
    return first, build("edited"), build("afresh", store="empty-store")


def test_with_several_documents_an_edit_to_one_gives_the_pages_an_empty_store_gives(three_documents):
    """Pages of documents the edit did not touch come from the store (keyed on their document); every file
    must still be what a build from an empty store makes."""
    from statement_tools.bench.corpus import copy_id

    first, edited, afresh = three_documents
    changed = [path for path in edited if path.endswith(".html") and first.get(path) != edited[path]]
    assert any(path.endswith("/culture/index.html") for path in changed)
    # The third document's edition page lists the second by its new title: rendered again, not kept.
    assert f"en/editions/1/{copy_id(DOCUMENT_ID, 3)}/index.html" in changed
    assert [path for path in edited if edited[path] != afresh.get(path)] == []
    assert edited == afresh
