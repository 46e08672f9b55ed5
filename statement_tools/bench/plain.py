"""The plain-MkDocs twin of our site: the very same pages pre-rendered as static Markdown, hooks off.

Every planned page is rendered once per language by the core's `render_page` (exactly what the hook hands
MkDocs) and written as a docs page: title/description front matter plus the HTML body; English pages as
`<name>.en.md` (static-i18n's suffix structure). The config INHERITs the real mkdocs.yml (same theme,
Markdown extensions and plugins, i18n included) and changes only: no hooks, docs_dir, Material's search
plugin added, and an explicit nav per language equal to the one the hook derives (`site_nav`).

What plain MkDocs cannot do, the twin does not do: it searches with Material's own search plugin, which
parses each page's whole HTML (ours writes its indexes from the model and bundles its script), and with
several documents every page shows the whole nav (ours shows a document's pages their own,
hooks/document_navigation.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from statement_tools.bench.workspace import copy_hand_written_docs
from statement_core.exports import Download
from statement_core.model import Corpus
from statement_core.site.nav import site_nav
from statement_core.site_plan import DEFAULT_LANGUAGE, READING_LANGUAGES, PlannedPage, plan_site
from statement_core.site.page_render import fragment_environment, render_page
from statement_core.site.page_context import PageContext

DOWNLOADS_URL = "downloads/"  # statement_core/site_plan.py DOWNLOADS_URL
# Core templates the hook's on_files drops from the site, and our search (sources, header, dialog): the twin
# is a plain Material site with Material's own search plugin. The other partials stay: main.html includes
# them, and without the hooks' context they write nothing.
NOT_SITE_ASSETS = ("fragments", "pdf", "search")
OUR_SEARCH_PARTIALS = ("header.html", "statement-search-button.html", "statement-search-dialog.html")


def page_path(page: PlannedPage, language: str) -> str:
    return page.src_path if language == DEFAULT_LANGUAGE else f"{page.src_path[:-len('.md')]}.{language}.md"


def write_pages(corpus: Corpus, docs: Path, site_url: str, downloads: tuple[Download, ...]) -> int:
    """Pre-render every planned page in every language into `docs`; return how many were written."""
    plan = plan_site(corpus)
    environment = fragment_environment()
    written = 0
    for language in READING_LANGUAGES:
        for page in plan.pages:
            context = PageContext(corpus=corpus, plan=plan, page=page, language=language, site_url=site_url,
                                  downloads=downloads, downloads_url=DOWNLOADS_URL)
            rendered = render_page(context, environment)
            meta: dict[str, object] = {"title": rendered.title, "description": rendered.description}
            target = docs / page_path(page, language)
            target.parent.mkdir(parents=True, exist_ok=True)
            front_matter = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
            target.write_text(f"---\n{front_matter}---\n\n{rendered.html}", encoding="utf-8")
            written += 1
    return written


def plain_config(project_config: Path, corpus: Corpus, custom_dir: Path) -> str:
    """mkdocs.yml of the twin: INHERIT the real one; no hooks; per-language nav as the hook derives it."""
    with project_config.open(encoding="utf-8") as file:
        parent = yaml_load(file)
    plan = plan_site(corpus)
    plugins = []
    for entry in parent["plugins"]:
        if isinstance(entry, dict) and "i18n" in entry:
            i18n = dict(entry["i18n"])
            i18n["languages"] = [{**language, "nav": site_nav(corpus, plan, language["locale"])}
                                 for language in i18n["languages"]]
            entry = {"i18n": i18n}
        plugins.append(entry)
    plugins.insert(0, {"search": {"lang": ["vi", "en"]}})  # what a plain Material site searches with
    overrides = {"INHERIT": str(project_config), "docs_dir": "docs", "hooks": [], "watch": [],
                 "theme": {"custom_dir": str(custom_dir)}, "plugins": plugins}
    return yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False)


def make_plain_site(project: Path, target: Path, corpus: Corpus, site_url: str,
                    downloads: tuple[Download, ...]) -> Path:
    """Write the twin under `target` (docs/, overrides/, mkdocs.yml); return its config file."""
    docs = target / "docs"
    copy_hand_written_docs(project / "docs", docs)
    write_pages(corpus, docs, site_url, downloads)
    custom_dir = target / "overrides"
    dropped = {project / "overrides": NOT_SITE_ASSETS, project / "overrides" / "partials": OUR_SEARCH_PARTIALS}
    shutil.copytree(project / "overrides", custom_dir,
                    ignore=lambda folder, names: [name for name in names if name in dropped.get(Path(folder), ())])
    config = target / "mkdocs.yml"
    config.write_text(plain_config(project / "mkdocs.yml", corpus, custom_dir), encoding="utf-8")
    return config
