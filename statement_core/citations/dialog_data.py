"""What the "Cite" dialog shows, for every citable thing of every document in one language.

Written as one script per document (`assets/citations/<document id>.js` under each language's root) that the
dialog loads on first use for the document it cites: from file:// (the offline bundle) a page cannot fetch()
a JSON file, but it can load a script; and a page loads only its own document's references, not every
document's (issue 30: 17 MB per language at a hundred documents). Each registers
window.statementCitations["<language>/<document id>"]: "statement" | clause number | segment ("13.2") ->
subject, short form and the references in each style. A translation's subject names the edition cited, and
its references point at that edition's permanent address.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from statement_core.citations.items import cited_clause_url, cited_statement_url, edition_statement, statement_item
from statement_core.citations.references import PartReferences, References
from statement_core.formatting import clause_label, clause_locator, segment_locator, short_citation
from statement_core.labels import label
from statement_core.model import Corpus, Document, Language
from statement_core.runtime.parallel import map_jobs
from statement_core.site_plan import SitePlan

SCRIPT_FOLDER = "assets/citations/"  # below each language's root: "", "en/"; one <document id>.js each
GLOBAL_NAME = "statementCitations"  # window.statementCitations["<language>/<document id>"]: read by cite.mjs


@dataclass(frozen=True)
class CitablePart:
    key: str  # what data-cite names: "13", or "13.2" for a segment
    locator: str  # what the references print: "13", or "13(2)"
    url: str  # its public address
    subject: str  # what the dialog says is being cited


def entry(document: Document, language: str, subject: str, references: References,
          locator: str | None = None) -> dict[str, Any]:
    edition = edition_statement(document, language)
    shown = {"subject": f"{subject} ({edition})" if edition else subject,
             "short": short_citation(document, language, locator), "references": references}
    return {**shown, "locator": locator} if locator is not None else shown  # the dialog's part buttons say it


def clause_parts(plan: SitePlan, document: Document, language: str, site_url: str) -> list[CitablePart]:
    """Every clause, and every segment of a clause of several: "13" cites clause 13, "13.2" its segment 2
    (locator "13(2)", address #clause-13.2)."""
    parts = []
    for clause in document.clauses:
        url = cited_clause_url(plan, document, clause, language, site_url)
        topic = clause.topic.get(language)
        parts.append(CitablePart(str(clause.number), clause_locator(clause), url,
                                 f"{clause_label(language, clause.number)}: {topic}"))
        if clause.segment_count > 1:
            parts += [CitablePart(clause.segment_id(m), segment_locator(clause, m),
                                  url.split("#")[0] + "#" + clause.segment_anchor(m),
                                  label(language, "segment_subject", clause=clause.number, position=m, topic=topic))
                      for m in range(1, clause.segment_count + 1)]
    return parts


def document_entries(document: Document, language: Language, whole_url: str,
                     parts: list[CitablePart]) -> dict[str, Any]:
    references = PartReferences.of(statement_item(document, language, whole_url), language)
    entries = {"statement": entry(document, language, document.short_title.get(language), references.of_whole)}
    for part in parts:
        entries[part.key] = entry(document, language, part.subject, references.part(part.locator, part.url),
                                  part.locator)
    return entries


def _render_one(shared: tuple, position: int) -> dict[str, Any]:
    corpus, plan, language, site_url = shared
    document = corpus.documents[position]
    return document_entries(document, language, cited_statement_url(plan, document, language, site_url),
                            clause_parts(plan, document, language, site_url))


def citation_data(corpus: Corpus, plan: SitePlan, language: Language, site_url: str,
                  document_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The entries of every document (or of `document_ids`) in one language, by document id (rendering takes
    ~50 ms per document and language: shared between the cores for a large collection)."""
    positions = [position for position, document in enumerate(corpus.documents)
                 if document_ids is None or document.id in document_ids]
    shared = (corpus, plan, language, site_url)
    return dict(zip((corpus.documents[position].id for position in positions),
                    map_jobs(_render_one, shared, positions)))


def document_script_path(document_id: str) -> str:
    """Where a document's script is, below its language's root."""
    return f"{SCRIPT_FOLDER}{document_id}.js"


def document_script(language: str, document_id: str, entries: dict[str, Any]) -> str:
    """The script registering one document's entries in one language."""
    payload = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    key = json.dumps(f"{language}/{document_id}")
    return f"(window.{GLOBAL_NAME} = window.{GLOBAL_NAME} || {{}})[{key}] = {payload};\n"


def citation_scripts(corpus: Corpus, plan: SitePlan, language: Language, site_url: str) -> dict[str, str]:
    """Each document's data script for one language, by its path below the language's root."""
    return {document_script_path(document_id): document_script(language, document_id, entries)
            for document_id, entries in citation_data(corpus, plan, language, site_url).items()}
