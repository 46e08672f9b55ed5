"""MkDocs glue for citations (statement_core.citations): every page's JSON-LD and citation_* meta tags, and
the "Cite" dialog on the pages that cite (overrides/fragments/cite_dialog.html). Each language's dialog data
script is one of the build's outputs (statement_core/publish/outputs.py).
"""

from __future__ import annotations

import html

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from hooks import build_context
from hooks.i18n_build import building_language
from statement_core.citations.dialog_data import SCRIPT_FOLDER
from statement_core.citations.page_metadata import PageFacts, page_metadata
from statement_core.citations.references import STYLES
from statement_core.exports.citation_files import citation_file_names
from statement_core.labels import choice, label, labels_in
from statement_core.publish import SiteBuild
from statement_core.site_plan import DOWNLOADS_URL, PlannedPage, language_root, public_url

DIALOG_PAGES = frozenset({"home", "chapter", "full-text"})  # pages with "Cite" buttons


def _planned(build: SiteBuild, page: Page) -> PlannedPage | None:
    if not page.meta.get("generated"):
        return None
    return build.plan.by_src_path(page.file.src_uri)


def _public_url(site_url: str, page_url: str) -> str:
    """The page's address on the public site, also when building the bundle's "x.html" pages."""
    if page_url.endswith("index.html"):
        page_url = page_url[: -len("index.html")]
    elif page_url.endswith(".html"):
        page_url = page_url[: -len(".html")] + "/"
    return public_url(site_url, page_url)


def _facts(build: SiteBuild, page: Page, planned: PlannedPage | None, config: MkDocsConfig, language: str) -> PageFacts:
    site_url = build.inputs.site_url
    # Generated pages' titles arrive HTML-escaped from hooks/marker_pages.py.
    title = html.unescape(page.title or "") if planned else (page.title or "")
    return PageFacts(language=language, url=_public_url(site_url, page.url), title=title or config.site_name,  # type: ignore[arg-type]
                     site_name=config.site_name, site_url=site_url, page=planned, pdf_urls=build.pdf_urls(language))


def _dialog(build: SiteBuild, planned: PlannedPage, language: str) -> dict:
    labels = labels_in(language)
    corpus = build.corpus
    document = corpus.document(planned.document_id) if planned.document_id else corpus.documents[0]
    notes = sorted({label(language, "cite_fixed_locale", style=style.csl.title.split(" ")[0])
                    for style in STYLES if style.csl.fixed_locale and not style.csl.fixed_locale.startswith(language)})
    return {
        "labels": labels,
        "document_id": document.id,
        "scripts": language_root(language) + SCRIPT_FOLDER,
        "styles": [{"id": "short", "title": labels["cite_style_short"]},
                   *({"id": style.id, "title": choice(language, "cite_style", style.id)} for style in STYLES)],
        "notes": notes,
        "downloads": [{"href": DOWNLOADS_URL + name, "label": choice(language, "cite_download", kind)}
                      for kind, name in citation_file_names(corpus, document, language).items()],
    }


@event_priority(-60)  # after hooks/marker_pages.py has put the page's title and content in place
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    build = build_context.context(config).build
    language = building_language(config)
    planned = _planned(build, page)
    context["citation_metadata"] = page_metadata(build.corpus, build.plan,
                                                 _facts(build, page, planned, config, language), build.inputs.stamp)
    context["cite_dialog"] = _dialog(build, planned, language) if planned and planned.kind in DIALOG_PAGES else None
    return context
