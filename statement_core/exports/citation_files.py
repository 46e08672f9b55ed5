"""Reference-manager files for each document and reading language: RIS (rispy), BibTeX (bibtexparser 2) and
CSL-JSON, each listing the statement and then every clause, from the same CSL items the "Cite" dialog renders.

One file per format and language (`statement.vi.ris`, `statement.en.bib`, …): a reader imports the text they
cite, the authentic Vietnamese or our English translation, not both. A translation's records name the edition
they cite (RIS ET, BibTeX edition, CSL edition, and the note) and point at its permanent address; the BibTeX
file has a comment with the build date and commit; nothing else varies, so the same commit writes the same bytes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import bibtexparser
import rispy
from bibtexparser.model import Entry, ExplicitComment, Field
from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

from statement_core.runtime.build_info import BuildInfo
from statement_core.citations.items import CslItem, cited_clause_url, cited_statement_url, clause_item, statement_item
from statement_core.exports.names import PROJECT_NAME, document_stem
from statement_core.labels import label
from statement_core.model import Corpus, Document, Language
from statement_core.site_plan import plan_site

FORMATS = {"ris": "ris", "bib": "bib", "csl": "csl.json"}  # kind -> file name suffix
# The characters LaTeX treats as commands; Vietnamese letters stay UTF-8 (biber, Zotero and JabRef read it).
_LATEX = UnicodeToLatexEncoder(
    conversion_rules=[UnicodeToLatexConversionRule(RULE_DICT, {ord(c): "\\" + c for c in "&%$#_{}"}
                                                   | {ord("~"): r"\textasciitilde{}", ord("^"): r"\textasciicircum{}",
                                                      ord("\\"): r"\textbackslash{}"})],
    unknown_char_policy="keep", unknown_char_warning=False, replacement_latex_protection="none")


def citation_file_names(corpus: Corpus, document: Document, language: str) -> dict[str, str]:
    stem = document_stem(corpus, document)
    return {kind: f"{stem}.{language}.{suffix}" for kind, suffix in FORMATS.items()}


def document_items(corpus: Corpus, document: Document, language: Language, site_url: str) -> list[CslItem]:
    plan = plan_site(corpus)
    items = [statement_item(document, language, cited_statement_url(plan, document, language, site_url))]
    items += [clause_item(document, clause, language, cited_clause_url(plan, document, clause, language, site_url))
              for clause in document.clauses]
    return items


def _date(item: CslItem) -> tuple[str, ...]:
    return tuple(f"{part:02d}" for part in item["issued"]["date-parts"][0])


def ris_record(item: CslItem) -> dict[str, Any]:
    """RIS has no treaty type; GOVDOC (government document) is the closest one reference managers import."""
    date = _date(item)
    record: dict[str, Any] = {
        "type_of_reference": "GOVDOC",
        "title": item["title"],
        "short_title": item["title-short"],
        "authors": [author["literal"] for author in item["author"]],
        "year": date[0],
        "date": "/".join(date) + "/",
        "place_published": item["event-place"],
        "publisher": item["publisher"],
        "language": item["language"],
        "urls": [item["URL"]],
    }
    if "edition" in item:
        record["edition"] = item["edition"]
    if "section" in item:
        record["section"] = item["section"]
    if "translator" in item:
        record["translated_author"] = item["translator"][0]["literal"]
        record["original_publication"] = item["original-title"]
    if "note" in item:
        record["notes"] = item["note"].split("\n")
    return record


class _RisWriter(rispy.RisWriter):
    def set_header(self, count: int) -> str:
        return ""  # rispy numbers records ("1."); plain RIS, as Zotero and EndNote write it, does not


def render_ris(items: list[CslItem]) -> bytes:
    return rispy.dumps([ris_record(item) for item in items], implementation=_RisWriter).encode("utf-8")


@lru_cache(maxsize=4096)  # every clause's entry repeats the statement's title, parties, publisher and note
def _latex(text: str) -> str:
    return _LATEX.unicode_to_latex(text)


def bibtex_entry(item: CslItem) -> Entry:
    """@misc: every BibTeX and biblatex style has it; the parties are corporate authors ({…} keeps them whole)."""
    date = _date(item)
    fields = [
        ("title", "{" + _latex(item["title"]) + "}"),  # inner braces: styles must not lowercase proper nouns
        ("shorttitle", _latex(item["title-short"])),
        ("author", " and ".join("{" + _latex(author["literal"]) + "}" for author in item["author"])),
        ("date", "-".join(date)),
        ("year", date[0]),
        ("type", _latex(label(item["language"], "citation_document_type"))),
        ("address", _latex(item["event-place"])),
        ("howpublished", _latex(item["publisher"])),
        ("language", item["language"]),
        ("url", item["URL"]),  # verbatim in BibTeX's url field: never escaped
    ]
    if "edition" in item:
        fields.append(("edition", item["edition"]))
    if "translator" in item:
        fields.append(("translator", "{" + _latex(item["translator"][0]["literal"]) + "}"))
    if "note" in item:
        fields.append(("note", _latex(item["note"].replace("\n", ". "))))
    return Entry("misc", item["id"], [Field(key, value) for key, value in fields])


def render_bibtex(items: list[CslItem], info: BuildInfo) -> bytes:
    library = bibtexparser.Library([ExplicitComment(f"{PROJECT_NAME}, version {info.version}: built {info.date_iso} "
                                                    f"from commit {info.commit}. UTF-8.")])
    library.add([bibtex_entry(item) for item in items])
    return bibtexparser.write_string(library).encode("utf-8")


def render_csl_json(items: list[CslItem]) -> bytes:
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_citation_files(corpus: Corpus, document: Document, language: Language, site_url: str,
                          info: BuildInfo) -> dict[str, bytes]:
    items = document_items(corpus, document, language, site_url)
    names = citation_file_names(corpus, document, language)
    return {names["ris"]: render_ris(items), names["bib"]: render_bibtex(items, info),
            names["csl"]: render_csl_json(items)}
