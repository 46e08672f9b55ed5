"""MkDocs glue for citations (statement_core.citations): every page's JSON-LD and citation_* meta tags, the
"Cite" dialog on the pages that cite (overrides/fragments/cite_dialog.html), and each language's dialog
data script. static-i18n builds each language with its own events, so each language writes its own script.
"""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hooks.build_data import build_corpus  # noqa: E402
from hooks.i18n_build import building_language  # noqa: E402
from statement_core.build_info import BuildInfo, build_info  # noqa: E402
from statement_core.citations.dialog_data import SCRIPT_PATH, citation_script  # noqa: E402
from statement_core.citations.page_metadata import PageFacts, page_metadata  # noqa: E402
from statement_core.citations.references import STYLES  # noqa: E402
from statement_core.exports.citation_files import citation_file_names  # noqa: E402
from statement_core.labels import LABELS, label  # noqa: E402
from statement_core.model import Corpus  # noqa: E402
from statement_core.pdf.editions import Edition  # noqa: E402
from statement_core.site.plan import PlannedPage, SitePlan, language_root, plan_site  # noqa: E402

CACHE_DIR = ROOT / "build" / "citations"
DIALOG_PAGES = frozenset({"home", "chapter", "full-text"})  # pages with "Cite" buttons


class _Build:
    corpus: Corpus | None = None
    plan: SitePlan | None = None
    info: BuildInfo | None = None



@event_priority(-160)  # after hooks/statement_pages.py has validated data/ (and reported any error)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    corpus = build_corpus()
    if corpus is not _Build.corpus:
        _Build.corpus, _Build.plan, _Build.info = corpus, plan_site(corpus), build_info()
    return config


def _planned(page: Page) -> PlannedPage | None:
    if not page.meta.get("generated") or _Build.plan is None:
        return None
    return _Build.plan.by_src_path(re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri))


def _public_url(site_url: str, page_url: str) -> str:
    """The page's address on the public site, also when building the bundle's "x.html" pages."""
    if page_url.endswith("index.html"):
        page_url = page_url[: -len("index.html")]
    elif page_url.endswith(".html"):
        page_url = page_url[: -len(".html")] + "/"
    return site_url.rstrip("/") + "/" + page_url


def _facts(page: Page, planned: PlannedPage | None, config: MkDocsConfig, language: str) -> PageFacts:
    assert _Build.corpus is not None and _Build.info is not None
    site_url = config.site_url or "/"
    with_pdfs = os.environ.get("STATEMENT_PDF", "1") != "0"  # as hooks/statement_pages.py decides
    pdf_urls = {document.id: f"{site_url.rstrip('/')}/downloads/"
                             f"{Edition(language, (language,)).file_name(document.id, _Build.info.version)}"
                for document in _Build.corpus.documents} if with_pdfs else {}
    # Generated pages' titles arrive HTML-escaped from hooks/statement_pages.py.
    title = html.unescape(page.title or "") if planned else (page.title or "")
    return PageFacts(language=language, url=_public_url(site_url, page.url), title=title or config.site_name,  # type: ignore[arg-type]
                     site_name=config.site_name, site_url=site_url, page=planned, pdf_urls=pdf_urls)


def _dialog(planned: PlannedPage, language: str) -> dict:
    assert _Build.corpus is not None
    labels = LABELS[language]
    document = _Build.corpus.document(planned.document_id) if planned.document_id else _Build.corpus.documents[0]
    notes = sorted({label(language, "cite_fixed_locale", style=style.csl.title.split(" ")[0])
                    for style in STYLES if style.csl.fixed_locale and not style.csl.fixed_locale.startswith(language)})
    return {
        "labels": labels,
        "document_id": document.id,
        "script": language_root(language) + SCRIPT_PATH,
        "styles": [{"id": "short", "title": labels["cite_style_short"]},
                   *({"id": style.id, "title": labels[f"cite_style_{style.id}"]} for style in STYLES)],
        "notes": notes,
        "downloads": [{"href": f"downloads/{name}", "label": labels[f"cite_download_{kind}"]}
                      for kind, name in citation_file_names(_Build.corpus, document, language).items()],
    }


@event_priority(-60)  # after hooks/statement_pages.py has put the page's title and content in place
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    if _Build.corpus is None or _Build.plan is None or _Build.info is None:
        return context
    language = building_language(config)
    planned = _planned(page)
    context["citation_metadata"] = page_metadata(_Build.corpus, _Build.plan, _facts(page, planned, config, language),
                                                 _Build.info)
    context["cite_dialog"] = _dialog(planned, language) if planned and planned.kind in DIALOG_PAGES else None
    return context


def on_post_build(config: MkDocsConfig) -> None:
    if _Build.corpus is None or _Build.plan is None or _Build.info is None:
        return
    language = building_language(config)
    target = Path(config.site_dir) / language_root(language) / SCRIPT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(citation_script(_Build.corpus, _Build.plan, language, config.site_url or "/",  # type: ignore[arg-type]
                                      cache_dir=CACHE_DIR), encoding="utf-8")
