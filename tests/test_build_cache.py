"""What builds keep for the next (statement_core/cache) is never stale, proved on the real build:
- a data edit reaches every output it feeds, and the build after it equals, file for file, a build from an
  empty store (its own STATEMENT_CACHE_DIR: it shares nothing);
- a build that verifies the store (STATEMENT_VERIFY_CACHE=1) makes every output again and passes, and fails
  naming the output when a kept copy is corrupted;
- with three documents, an edit to one gives what an empty store gives.
(Edits to the code: tests/test_build_cache_code.py.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from build_site import BuildFailed
from conftest import DOCUMENT_ID, copy_data
from data_edits import edit

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


def files_of(site: Path) -> dict[str, str]:
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


def build(site: Path, data: Path, store: Path, **env: str) -> dict[str, str]:
    from build_site import build_site

    build_site(site, env={"STATEMENT_DATA_DIR": str(data), "STATEMENT_PDF": "0", "SOURCE_DATE_EPOCH": "1747008000",
                          "STATEMENT_CACHE_DIR": str(store), **env})
    return files_of(site)


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, dict[str, str]]:
    root = tmp_path_factory.mktemp("cached")
    data, store = copy_data(root), root / "store"
    first = build(root / "first", data, store)
    again = build(root / "again", data, store)  # everything kept
    edit(data, f"{DOCUMENT_ID}/chapters/sea.yaml", f'en: "{OLD_TOPIC}"', f'en: "{NEW_TOPIC}"')
    edit(data, f"{DOCUMENT_ID}/chapters/culture.yaml", OLD_NOTE, NEW_NOTE)
    edited = build(root / "edited", data, store)
    afresh = build(root / "afresh", data, root / "empty-store")
    verified = build(root / "verified", data, store, STATEMENT_VERIFY_CACHE="1")
    return {"first": first, "again": again, "edited": edited, "afresh": afresh, "verified": verified,
            "root": root}  # type: ignore[dict-item]


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


def test_verifying_fails_naming_a_kept_output_that_was_corrupted(builds, tmp_path):
    """Every page Material rendered, as kept, gets a stray comment: what a key that left out an input would
    hand the next build. The verify build renders them again and must refuse the kept copies."""
    import json

    store = builds["root"] / "store"
    for entry in (path for path in (store / "entries" / "theme-page").rglob("*") if path.is_file()):
        digest = json.loads(entry.read_text())["page.html"]
        blob = store / "blobs" / digest[:2] / digest
        blob.write_bytes(blob.read_bytes().replace(b"</body>", b"<!-- stale --></body>"))
    with pytest.raises(BuildFailed, match=r"Verifying the store: the kept output theme-page/page.html"):
        build(tmp_path / "site", builds["root"] / "data", store, STATEMENT_VERIFY_CACHE="1")


@pytest.fixture(scope="module")
def three_documents(tmp_path_factory) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """A collection of three documents built, then built again after an edit to the first one's note (its
    culture chapter) and to the second one's title (which the others' edition pages list), with the store
    kept and from an empty one."""
    from bench.corpus import copy_id, edit_note
    from bench.scaling import make_scale_site, write_scale_docs
    from bench.workspace import copy_project
    from build_site import build_site
    from statement_core import load_corpus

    work = tmp_path_factory.mktemp("three")
    project = copy_project(work / "project")
    collection = make_scale_site(project, work, 3)
    write_scale_docs(collection, project, load_corpus(collection.data_dir))

    def build(name: str, store: str = "store") -> dict[str, str]:
        build_site(work / name, config_file=collection.config_file,
                   env={"STATEMENT_DATA_DIR": str(collection.data_dir), "STATEMENT_PDF": "0",
                        "SOURCE_DATE_EPOCH": "1747008000", "STATEMENT_CACHE_DIR": str(work / store)})
        return files_of(work / name)

    first = build("first")
    edit_note(collection.data_dir, 1)
    edit(collection.data_dir, f"{copy_id(DOCUMENT_ID, 2)}/document.yaml", "Republic of Belarus (copy 2)",
         "Republic of Belarus (copy 2, retitled)")
    return first, build("edited"), build("afresh", store="empty-store")


def test_with_several_documents_an_edit_to_one_gives_the_pages_an_empty_store_gives(three_documents):
    """Pages of documents the edit did not touch come from the store (keyed on their document); every file
    must still be what a build from an empty store makes."""
    from bench.corpus import copy_id

    first, edited, afresh = three_documents
    changed = [path for path in edited if path.endswith(".html") and first.get(path) != edited[path]]
    assert any(path.endswith("/culture/index.html") for path in changed)
    # The third document's edition page lists the second by its new title: rendered again, not kept.
    assert f"en/editions/1/{copy_id(DOCUMENT_ID, 3)}/index.html" in changed
    assert [path for path in edited if edited[path] != afresh.get(path)] == []
    assert edited == afresh
