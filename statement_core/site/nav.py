"""The site navigation for one language, derived from the corpus: chapters in document order."""

from __future__ import annotations

from statement_core.labels import label
from statement_core.model import Corpus
from statement_core.site.plan import SitePlan

HAND_WRITTEN_PAGES = ("about.md",)


def site_nav(corpus: Corpus, plan: SitePlan, language: str) -> list[dict[str, object]]:
    nav: list[dict[str, object]] = [{label(language, "home"): plan.find("home").src_path}]
    for document in corpus.documents:
        entries: list[dict[str, str]] = []
        for chapter in document.chapters:
            page = plan.find("chapter", document.id, chapter.id)
            entries.append({f"{chapter.order}. {chapter.title.get(language)}": page.src_path})
        entries.append({label(language, "full_text"): plan.find("full-text", document.id).src_path})
        if document.press:
            entries.append({label(language, "coverage"): plan.find("coverage", document.id).src_path})
        nav.append({document.short_title.get(language): entries})
    for kind in ("timeline", "glossary", "downloads"):
        page = next((p for p in plan.pages if p.kind == kind), None)
        if page:
            nav.append({label(language, kind): page.src_path})
    nav.append({label(language, "about"): "about.md"})
    return nav
