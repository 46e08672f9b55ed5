"""The site navigation for one language, derived from the corpus: chapters in document order."""

from __future__ import annotations

from statement_core.labels import label
from statement_core.model import Corpus
from statement_core.site_plan import TRANSLATION_PAGE, SitePlan


def site_nav(corpus: Corpus, plan: SitePlan, language: str) -> list[dict[str, object]]:
    """Home, the document(s), the shared pages. Several documents go under one "Documents" section:
    with navigation.sections Material expands every top-level section on every page, while a nested
    section is pruned (navigation.prune) unless the reader is in it, so pages do not grow with the corpus."""
    nav: list[dict[str, object]] = [{label(language, "home"): plan.find("home").src_path}]
    documents: list[dict[str, object]] = []
    for document in corpus.documents:
        entries: list[dict[str, str]] = []
        for chapter in document.chapters:
            page = plan.find("chapter", document.id, chapter.id)
            entries.append({f"{chapter.order}. {chapter.title.get(language)}": page.src_path})
        entries.append({label(language, "full_text"): plan.find("full-text", document.id).src_path})
        if document.press:
            entries.append({label(language, "coverage"): plan.find("coverage", document.id).src_path})
        documents.append({document.short_title.get(language): entries})
    nav += documents if len(documents) == 1 else [{label(language, "documents"): documents}]
    for kind in ("timeline", "glossary", "changes", "downloads"):
        page = next((p for p in plan.pages if p.kind == kind), None)
        if page:
            nav.append({label(language, kind): page.src_path})
    nav.append({label(language, "translation_page"): TRANSLATION_PAGE})
    nav.append({label(language, "about"): "about.md"})
    return nav
