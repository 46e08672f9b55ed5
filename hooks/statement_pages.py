"""MkDocs glue: load data/ once per build, derive the nav, and fill marker pages with rendered HTML.

All logic lives in statement_core; this file only translates between MkDocs events and the core.
static-i18n builds the site once per language, so every event here runs once per language.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hooks.build_data import data_dir, markup_allowed  # noqa: E402
from hooks.i18n_build import building_language, nested_language_build  # noqa: E402
from statement_core import DataError  # noqa: E402
from statement_core.corpus_cache import corpus_of  # noqa: E402
from statement_core.build_info import build_info  # noqa: E402
from statement_core.search.index_file import write_search_indexes  # noqa: E402
from statement_core.search.page_sections import page_section_records  # noqa: E402
from statement_core.site.background import BackgroundPages  # noqa: E402
from statement_core.site.downloads import prepare_downloads  # noqa: E402
from statement_core.site.markers import stale_markers  # noqa: E402
from statement_core.site.robots import robots_txt  # noqa: E402
from statement_core.site.nav import site_nav  # noqa: E402
from statement_core.site.plan import READING_LANGUAGES, SitePlan, language_root, language_versions, plan_site  # noqa: E402
from statement_core.site.render import RenderedPage, fragment_environment, render_page  # noqa: E402
from statement_core.site.views import PageContext, TocEntry  # noqa: E402


DOWNLOADS_URL = "downloads/"
NOT_SITE_ASSETS = ("fragments/", "pdf/", "search/", "assets/javascripts/lunr/", "assets/javascripts/workers/")
BUNDLE_NAME = "vn-by-joint-statement-offline-{version}.zip"  # written by `make bundle`


class _Build:
    corpus = None
    plan: SitePlan | None = None
    downloads: tuple = ()
    downloads_folder: Path | None = None
    loaded_from: tuple = ()  # what the corpus was loaded from: the data files' names, sizes and times
    environment = None  # the fragment templates, read afresh for each build (`mkdocs serve` sees edits)
    rendered: dict[str, RenderedPage] = {}
    command = "build"  # or "serve", "gh-deploy" (on_startup)
    background: BackgroundPages | None = None  # the languages static-i18n builds after the first one
    page_records: dict[tuple[str, str], list] = {}  # search records of hand-written pages, by (language, page)


def on_startup(command: str, dirty: bool) -> None:
    _Build.command = command


def on_shutdown() -> None:
    if _Build.background is not None:
        _Build.background.close()


@event_priority(-150)  # after static-i18n's on_config has chosen the language being built
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _load(config)
    _Build.environment = fragment_environment()
    config.nav = escaped_nav(site_nav(_Build.corpus, _Build.plan, building_language(config)))
    return config


def _load(config: MkDocsConfig) -> None:
    """Load, check markers and prepare downloads once per change of data, not once per language build
    (static-i18n runs on_config for each language; `mkdocs serve` runs it on every edit)."""
    allow_markup = markup_allowed()
    folder = data_dir()
    signature = (str(folder), allow_markup, config.use_directory_urls, config.docs_dir,
                 *((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.rglob("*.yaml"))))
    if signature == _Build.loaded_from:
        return
    try:
        _Build.corpus = corpus_of(folder, allow_markup=allow_markup)
    except DataError as error:
        raise PluginError("Invalid data:\n" + error.report()) from None
    _Build.plan = plan_site(_Build.corpus)
    problems = stale_markers(_Build.plan, Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(problems) + "\nMarker pages are out of sync with data/; run `make markers`.")
    _prepare_downloads(config)
    _Build.loaded_from = signature
    _render_later_languages(config)


def _render_later_languages(config: MkDocsConfig) -> None:
    """One build, two cores: the languages built after this one are rendered by a forked worker meanwhile.
    Not under `mkdocs serve`, whose server threads make forking unsafe and whose rebuilds are small."""
    if _Build.background is not None:
        _Build.background.close()
    _Build.background = None
    if _Build.command != "build":
        return
    assert _Build.plan is not None
    later = [language for language in READING_LANGUAGES if language != building_language(config)]
    _Build.background = BackgroundPages([_page_context(config, page, language)
                                         for language in later for page in _Build.plan.pages])


def _page_context(config: MkDocsConfig, page, language: str) -> PageContext:
    return PageContext(corpus=_Build.corpus, plan=_Build.plan, page=page, language=language,
                       site_url=config.site_url or "/", directory_urls=config.use_directory_urls,
                       downloads=_Build.downloads, downloads_url=DOWNLOADS_URL)


def _prepare_downloads(config: MkDocsConfig) -> None:
    """Exports and PDFs for the downloads page; the offline zip too when `make bundle` has made one."""
    offline = not config.use_directory_urls
    with_pdfs = os.environ.get("STATEMENT_PDF", "1") != "0"
    # One cache folder per kind of build, so test builds from other data never evict the real one.
    kind = hashlib.sha256(f"{data_dir().resolve()}|{offline}|{with_pdfs}".encode()).hexdigest()[:12]
    folder = ROOT / "build" / "downloads" / kind
    info = build_info()
    bundle = ROOT / "dist" / BUNDLE_NAME.format(version=info.version)
    bundles = [bundle] if bundle.exists() and not offline else []  # only this commit's, never a stale one
    _Build.downloads = prepare_downloads(_Build.corpus, data_dir(), folder, info, config.site_url or "/",
                                         with_pdfs=with_pdfs, extras=bundles)
    _Build.downloads_folder = folder


@event_priority(-200)  # after static-i18n has built the other languages: their pages' search records are in
def on_post_build(config: MkDocsConfig) -> None:
    if nested_language_build(config) or _Build.downloads_folder is None:
        return  # a nested per-language build: the shared downloads go once into the site root
    shutil.copytree(_Build.downloads_folder, Path(config.site_dir) / DOWNLOADS_URL, dirs_exist_ok=True)
    hand_written: dict[str, list] = {}
    for (language, _), records in sorted(_Build.page_records.items()):
        hand_written.setdefault(language, []).extend(records)
    write_search_indexes(Path(config.site_dir), _Build.corpus, _Build.plan, config.use_directory_urls, hand_written)
    if config.use_directory_urls:  # the public site (the offline bundle has no crawlers and no sitemap)
        (Path(config.site_dir) / "robots.txt").write_text(robots_txt(config.site_url or "/"), encoding="utf-8")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """overrides/ also holds the core's fragment and PDF templates and the search sources (bundled into one
    script by hooks/site_search.py): they are not site assets; nor is Material's lunr search, replaced by ours."""
    for file in list(files):
        if file.src_uri.startswith(NOT_SITE_ASSETS) and not file.is_documentation_page():
            files.remove(file)
    return files


def escaped_nav(nav: list) -> list:
    """Nav titles come from data and the theme prints them as HTML."""
    return [{str(escape(title)): escaped_nav(target) if isinstance(target, list) else target}
            for entry in nav for title, target in entry.items()]


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    kind = page.meta.get("generated")
    if not kind:
        return markdown
    assert _Build.plan is not None and _Build.corpus is not None
    # A language's own marker ("x.en.md") or the default one static-i18n falls back to ("x.md").
    planned = _Build.plan.by_src_path(re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri))
    if planned is None:
        raise PluginError(f"{page.file.src_uri}: marker names a page data/ does not have; run `make markers`")
    context = _page_context(config, planned, building_language(config))
    rendered = (_Build.background and _Build.background.take(context)) or render_page(context, _Build.environment)
    # MkDocs' theme environment does not autoescape: titles, descriptions and TOC names are output as
    # HTML, so data-derived text is escaped here, at the boundary.
    page.meta["title"] = str(escape(rendered.title))
    page.meta["description"] = str(escape(rendered.description))
    _Build.rendered[page.file.src_uri] = rendered
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    rendered = _Build.rendered.pop(page.file.src_uri, None)
    language = building_language(config)
    if rendered is None:  # a hand-written page (about): search finds its sections as the reader sees them
        href = page.url.removeprefix(language_root(language))
        _Build.page_records[(language, page.file.src_uri)] = page_section_records(html, page.title or "", href)
        return html
    page.toc = get_toc([_toc_token(entry) for entry in rendered.toc])
    return rendered.html


@event_priority(-50)  # after static-i18n's on_page_context has set this page's alternates
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
    name = str(escape(entry.title))
    return {"level": entry.level, "id": entry.anchor, "name": name, "html": name,
            "children": [_toc_token(child) for child in entry.children]}

