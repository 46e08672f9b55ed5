"""MkDocs glue: load data/ once per build, derive the nav, and fill marker pages with rendered HTML.

All logic lives in statement_core; this file only translates between MkDocs events and the core.
static-i18n builds the site once per language, so every event here runs once per language.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from statement_core import DataError, load_corpus  # noqa: E402
from statement_core.build_info import build_info  # noqa: E402
from statement_core.site.downloads import prepare_downloads  # noqa: E402
from statement_core.site.markers import stale_markers  # noqa: E402
from statement_core.site.nav import site_nav  # noqa: E402
from statement_core.site.plan import SitePlan, language_versions, plan_site  # noqa: E402
from statement_core.site.render import RenderedPage, fragment_environment, render_page  # noqa: E402
from statement_core.site.views import PageContext, TocEntry  # noqa: E402


DOWNLOADS_URL = "downloads/"
BUNDLE_NAME = "vn-by-joint-statement-offline-{version}.zip"  # written by `make bundle`


class _Build:
    corpus = None
    plan: SitePlan | None = None
    downloads: tuple = ()
    downloads_folder: Path | None = None
    rendered: dict[str, RenderedPage] = {}


def data_dir() -> Path:
    """data/ of this project; tests point STATEMENT_DATA_DIR at an edited copy."""
    return Path(os.environ.get("STATEMENT_DATA_DIR", ROOT / "data"))


def current_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or "vi"


@event_priority(-150)  # after static-i18n's on_config has chosen the language being built
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        _Build.corpus = load_corpus(data_dir(), allow_markup=os.environ.get("STATEMENT_ALLOW_MARKUP") == "1")
    except DataError as error:
        raise PluginError("Invalid data:\n" + error.report()) from None
    _Build.plan = plan_site(_Build.corpus)
    problems = stale_markers(_Build.plan, Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(problems) + "\nMarker pages are out of sync with data/; run `make markers`.")
    config.nav = site_nav(_Build.corpus, _Build.plan, current_language(config))
    _prepare_downloads(config)
    return config


def _prepare_downloads(config: MkDocsConfig) -> None:
    """Exports and PDFs for the downloads page; the offline zip too when `make bundle` has made one."""
    offline = not config.use_directory_urls
    folder = ROOT / "build" / ("downloads-offline" if offline else "downloads")
    info = build_info()
    bundle = ROOT / "dist" / BUNDLE_NAME.format(version=info.version)
    bundles = [bundle] if bundle.exists() and not offline else []  # only this commit's, never a stale one
    _Build.downloads = prepare_downloads(_Build.corpus, data_dir(), folder, info, config.site_url or "/",
                                         with_pdfs=os.environ.get("STATEMENT_PDF", "1") != "0", extras=bundles)
    _Build.downloads_folder = folder


def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins.get("i18n"), "building", False) or _Build.downloads_folder is None:
        return  # a nested per-language build: the shared downloads go once into the site root
    shutil.copytree(_Build.downloads_folder, Path(config.site_dir) / DOWNLOADS_URL, dirs_exist_ok=True)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """overrides/ also holds the core's fragment and PDF templates: they are not site assets."""
    for file in list(files):
        if file.src_uri.startswith(("fragments/", "pdf/")) and not file.is_documentation_page():
            files.remove(file)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    kind = page.meta.get("generated")
    if not kind:
        return markdown
    assert _Build.plan is not None and _Build.corpus is not None
    planned = _Build.plan.by_src_path(page.file.src_uri)
    if planned is None:
        # static-i18n serves the default-language marker for other languages under its own path.
        planned = next((p for p in _Build.plan.pages if p.front_matter() == {k: str(v) for k, v in page.meta.items()
                                                                             if k in ("generated", "document", "chapter")}), None)
    if planned is None:
        raise PluginError(f"{page.file.src_uri}: marker names a page data/ does not have; run `make markers`")
    context = PageContext(corpus=_Build.corpus, plan=_Build.plan, page=planned, language=current_language(config),
                          site_url=config.site_url or "/", directory_urls=config.use_directory_urls,
                          downloads=_Build.downloads, downloads_url=DOWNLOADS_URL)
    rendered = render_page(context, _environment())
    page.meta["title"] = rendered.title
    page.meta["description"] = rendered.description
    if planned.kind == "full-text":
        page.meta["search"] = {"exclude": True}  # its clauses are found on their chapter pages
    _Build.rendered[page.file.src_uri] = rendered
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    rendered = _Build.rendered.pop(page.file.src_uri, None)
    if rendered is None:
        return html
    page.toc = get_toc([_toc_token(entry) for entry in rendered.toc])
    return rendered.html


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Language switcher links relative to the page.

    static-i18n leaves the home page's switcher on absolute "/<path>/en/" links, which break offline
    (file://) and under another host; site-relative paths go through Material's `url` filter instead.
    """
    paths = language_versions(page.url, "")
    alternates = [{**alternate, "link": paths[alternate["lang"]].lstrip("/") or "."}
                  for alternate in getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])]
    # static-i18n sets the attribute (which Jinja reads first) as well as the item: set both.
    config.extra.alternate = alternates
    config.extra["alternate"] = alternates
    return context


def _toc_token(entry: TocEntry) -> dict:
    return {"level": entry.level, "id": entry.anchor, "name": entry.title, "html": entry.title,
            "children": [_toc_token(child) for child in entry.children]}


_ENVIRONMENT = None


def _environment():
    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        _ENVIRONMENT = fragment_environment()
    return _ENVIRONMENT
