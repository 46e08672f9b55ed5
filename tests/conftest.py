"""Shared fixtures: the real data, editable copies of it for bad-input tests, and one real site build."""

from __future__ import annotations

import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from statement_core import load_corpus  # noqa: E402
from statement_core.model import Corpus  # noqa: E402

DATA = ROOT / "data"
SOURCES = ROOT / "sources"
DOCUMENT_ID = "vn-by-2025-strategic-partnership"
SITE_PATH = "/joint-statement/"  # the path of site_url in mkdocs.yml, where GitHub Pages serves it


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(DATA)


@pytest.fixture(scope="session")
def document(corpus):
    return corpus.document(DOCUMENT_ID)


def build_copies_site(work: Path, copies: int) -> Path:
    """The site of the real data repeated as `copies` documents (bench/corpus.py), built strictly in a
    private copy of the project under `work`, without PDFs; returns the site folder."""
    from bench.scaling import make_scale_site, write_scale_docs
    from bench.workspace import copy_project
    from build_site import build_site

    project = copy_project(work / "project")
    site_files = make_scale_site(project, work, copies)
    write_scale_docs(site_files, project, load_corpus(site_files.data_dir))
    site = work / "site"
    build_site(site, config_file=site_files.config_file,
               env={"STATEMENT_DATA_DIR": str(site_files.data_dir), "STATEMENT_PDF": "0"})
    return site


def copy_data(folder: Path) -> Path:
    """Copy data/ into `folder` with the sources/ it is checked against (document.yaml names them relative to
    the project folder, the data folder's parent); return the copy of data/."""
    shutil.copytree(SOURCES, folder / SOURCES.name)
    return Path(shutil.copytree(DATA, folder / DATA.name))


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ named `data`, so messages read data/<file>:<line>."""
    return copy_data(tmp_path)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """One strict build of the real site per test run."""
    from build_site import build_site

    site = tmp_path_factory.mktemp("build") / "site"
    build_site(site, env={"SOURCE_DATE_EPOCH": "1747008000"})
    return site


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The offline bundle as a reader has it: `make bundle`'s zip, unzipped."""
    import zipfile

    from make_bundle import make_bundle

    archive = make_bundle(tmp_path_factory.mktemp("dist"))
    unzipped = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(unzipped)
    (top,) = list(unzipped.iterdir())
    return top


@pytest.fixture(scope="session")
def site_url(built_site):
    from browser import serve

    with serve(built_site, prefix=SITE_PATH) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def recording_page(chromium, **context_options):
    """A page in a fresh browser context (clean localStorage) that records every request it makes."""
    from browser import RequestLog

    context = chromium.new_context(viewport={"width": 1300, "height": 900}, **context_options)
    context.set_default_timeout(5000)
    try:
        page = context.new_page()
        page.requests = RequestLog()
        page.on("request", page.requests.record)
        yield page
    finally:
        context.close()


@pytest.fixture
def browser_page(chromium):
    """A fresh context per test (clean localStorage), recording every request."""
    with recording_page(chromium, permissions=["clipboard-read", "clipboard-write"]) as page:
        yield page


def poll(page, condition, seconds: float = 3.0, what: str = ""):
    """Wait until `condition` holds and return its value: a JavaScript expression evaluated in the page, or a
    Python callable. (Playwright's wait_for_function needs eval, which the pages' CSP forbids.)"""
    check = condition if callable(condition) else (lambda: page.evaluate(condition))
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"{what or condition}: not within {seconds} s")
        page.wait_for_timeout(50)
