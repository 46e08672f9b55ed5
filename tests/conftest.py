"""Shared fixtures: the real data, editable copies of it for bad-input tests, and one real site build.

Tiers (README, handbook/tests.md): a test is marked `build` when it uses a fixture that builds the site
(BUILD_FIXTURES) and `browser` when it uses Chromium (BROWSER_FIXTURES), here, from the fixtures it asks
for, so nobody has to remember a marker; `make test-fast` runs the rest. A test that is not marked `build`
cannot build: `statement_tools.build_site.build_site` refuses. Every build a test makes has a store of its own in a
temporary folder (`site_builder`), never the developer's build/. The real site is built once per test run,
shared by the pytest-xdist workers (the first to ask builds it under a file lock, the others wait and read
it by path), under the read audit (statement_core/cache/audit.py).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from statement_core.data.loader import load_corpus
from statement_core.cache.code import ROOT
from statement_core.model import Corpus
from project_builds import TEST_DATE, build_in, install_node_modules

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


COLLECTION_COPIES = 10  # past the search's threshold for a serialised index (SERIALISED_FROM records)


@pytest.fixture(scope="session")
def collection_site(tmp_path_factory, site_builder) -> Path:
    """The real document repeated as COLLECTION_COPIES documents, built once per test run (shared by the
    workers, like the real site): a collection a reader finds their way in, with the large search."""
    return shared_once(tmp_path_factory, "collection", lambda folder: build_copies_site(folder, COLLECTION_COPIES)) / "site"


def build_copies_site(work: Path, copies: int) -> Path:
    """The site of the real data repeated as `copies` documents (statement_tools/bench/corpus.py), built strictly in a
    private copy of the project under `work`, without PDFs, with a store of its own (`work`/store); returns the
    site folder."""
    from statement_tools.bench.scaling import make_scale_site, write_scale_docs
    from statement_tools.bench.workspace import copy_project
    from statement_tools.build_site import build_site

    project = copy_project(work / "project")
    site_files = make_scale_site(project, work, copies)
    write_scale_docs(site_files, project, load_corpus(site_files.data_dir))
    site = work / "site"
    build_site(site, config_file=site_files.config_file,
               env={"STATEMENT_DATA_DIR": str(site_files.data_dir), "STATEMENT_PDF": "0",
                    "STATEMENT_CACHE_DIR": str(work / "store")})
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


# Tiers -----------------------------------------------------------------------------------------------------

# What builds the site or one of its outputs that takes seconds (`pdfs`: the print editions, tests/test_pdf.py).
BUILD_FIXTURES = frozenset({"built_site", "site_build", "site_url", "bundle", "site_builder", "pdfs"})
BROWSER_FIXTURES = frozenset({"chromium", "browser_page"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "build: builds the site (derived from its fixtures: BUILD_FIXTURES)")
    config.addinivalue_line("markers", "browser: drives Chromium (derived from its fixtures: BROWSER_FIXTURES)")
    # Whatever builds without saying where its store is builds into a temporary one, never build/.
    os.environ["STATEMENT_CACHE_DIR"] = tempfile.mkdtemp(prefix="statement-test-store-")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)
        if used & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
    # The longest files first, the quick ones last: pytest-xdist hands out whole files in this order (make
    # test: --dist loadfile --no-loadscope-reorder), so the two workers end together instead of one waiting
    # out the other's last long file. Longest: those that build on their own (`site_builder`), then those
    # that drive Chromium, then those that read the shared build; the order is otherwise as collected.
    weight: dict[Path, int] = {}
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        cost = 3 if "site_builder" in used else 2 if used & BROWSER_FIXTURES else 1 if used & BUILD_FIXTURES else 0
        weight[item.path] = max(weight.get(item.path, 0), cost)
    items.sort(key=lambda item: -weight[item.path])


@pytest.fixture(autouse=True)
def _builds_only_when_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test not marked `build` (by its fixtures) that tries to build fails at once, saying why."""
    if request.node.get_closest_marker("build") is None:
        import statement_tools.build_site

        def refuse(*_: object, **__: object) -> None:
            raise AssertionError("this test builds the site without a build fixture: ask for `site_builder` "
                                 "(tests/conftest.py), so that it is marked `build` and left out of make test-fast")

        monkeypatch.setattr(statement_tools.build_site, "build_site", refuse)


# Builds --------------------------------------------------------------------------------------------------

def build_hermetically(site: Path, *, env: dict[str, str] | None = None, config_file: Path = ROOT / "mkdocs.yml",
                       store: Path | None = None, wrapper: list[str] | None = None) -> str:
    """A strict build into `site`, dated TEST_DATE, with a store of its own (`store`, else a new temporary
    folder beside the site); returns what the build printed."""
    from statement_tools.build_site import build_site

    store = store or Path(tempfile.mkdtemp(prefix="store-", dir=site.parent if site.parent.exists() else None))
    return build_site(site, config_file=config_file, wrapper=wrapper,
                      env={"SOURCE_DATE_EPOCH": TEST_DATE, "STATEMENT_CACHE_DIR": str(store), **(env or {})})


@pytest.fixture(scope="session")
def site_builder() -> Callable[..., str]:
    """`build_hermetically`, for tests and fixtures that build: asking for it marks them `build`."""
    return build_hermetically


def shared_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder made once per test run by `make(folder)`, whichever pytest-xdist worker asks first (the
    others wait on a file lock and use it by path)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of this run
    folder, done = base / name, base / f"{name}.done"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                make(folder)
                done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return folder


@dataclass(frozen=True)
class SiteBuildRun:
    site: Path
    store: Path
    reads: Path  # the read audit's log (statement_core/cache/audit.py)
    staging: Path  # where the site was written before it was moved into place


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> SiteBuildRun:
    """The one strict build of the real site (PDFs included) per test run, from an empty store of its own,
    every file it reads recorded."""
    def make(folder: Path) -> None:
        build_hermetically(folder / "site", store=folder / "store",
                           wrapper=["-m", "statement_core.cache.audit", str(folder / "reads.log")])

    folder = shared_once(tmp_path_factory, "site-build", make)
    return SiteBuildRun(folder / "site", folder / "store", folder / "reads.log", folder)


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    return site_build.site


@dataclass(frozen=True)
class ProjectBuild:
    project: Path  # a copy of the project, with node_modules of its own
    site: Path
    store: Path


@pytest.fixture(scope="session")
def project_build(tmp_path_factory, site_builder) -> ProjectBuild:
    """A copy of the project built by its own code from an empty store, PDFs included, dated and stamped as
    the shared build, once per test run: the second build of this commit, in another folder, that
    tests/test_hardening.py compares with the shared one byte for byte, and the first build whose store
    tests/test_build_cache_code.py keeps while it edits the copy's code (only that file edits the copy)."""
    from statement_tools.bench.workspace import copy_project

    def make(folder: Path) -> None:
        project = copy_project(folder / "project")
        install_node_modules(project)
        build_in(project, folder / "site", folder / "store", pdf=True)

    folder = shared_once(tmp_path_factory, "project-build", make)
    return ProjectBuild(folder / "project", folder / "site", folder / "store")


def seeded_store(site_build: SiteBuildRun, folder: Path) -> Path:
    """A store of its own for a build that proves nothing about an empty store (a site with edited data, the
    offline build): a copy of what the shared build kept, so that it makes only what its own inputs change.
    The proofs that need an empty store (tests/test_build_cache*.py, the audit) do not use it."""
    store = folder / "seeded-store"
    shutil.copytree(site_build.store, store)
    return store


@pytest.fixture(scope="session")
def bundle(tmp_path_factory, site_build) -> Path:
    """The offline bundle as a reader has it: `make bundle`'s zip, unzipped."""
    import zipfile

    from statement_tools.make_bundle import make_bundle

    def make(folder: Path) -> None:
        archive = make_bundle(folder / "dist", env={"SOURCE_DATE_EPOCH": TEST_DATE,
                                                    "STATEMENT_CACHE_DIR": str(seeded_store(site_build, folder))})
        with zipfile.ZipFile(archive) as opened:
            opened.extractall(folder / "unzipped")

    (top,) = list((shared_once(tmp_path_factory, "bundle", make) / "unzipped").iterdir())
    return top


@pytest.fixture(scope="session")
def site_url(built_site):
    from statement_tools.browser import serve

    with serve(built_site, prefix=SITE_PATH) as url:
        yield url


class WorkerlessChromium:
    """Chromium whose contexts and pages run no service worker unless a test asks for one
    (`service_workers="allow"`: the offline tests). A context's worker saves the whole site for reading
    offline, some eighty files and 5 MB, in the background of every test that opens a page: twice the work
    Chromium otherwise did per test, for nothing the test looked at."""

    def __init__(self, browser) -> None:
        self._browser = browser

    def new_context(self, **options):
        return self._browser.new_context(**{"service_workers": "block", **options})

    def new_page(self, **options):
        return self._browser.new_page(**{"service_workers": "block", **options})

    def __getattr__(self, name: str):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    from statement_tools.browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield WorkerlessChromium(browser)
        browser.close()


@contextmanager
def recording_page(chromium, **context_options):
    """A page in a fresh browser context (clean localStorage) that records every request it makes."""
    from statement_tools.browser import RequestLog

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
