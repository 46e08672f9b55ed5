"""Every built page describes itself as reference managers and search engines read it: schema.org JSON-LD
(read with extruct, as scrapers and Zotero's translators do), citation_* meta tags, and Open Graph."""

from __future__ import annotations

from pathlib import Path

import extruct
import lxml.html
import pytest

from conftest import DOCUMENT_ID

PAGES_WITH_TEXT = ("", f"{DOCUMENT_ID}/economy/", f"{DOCUMENT_ID}/full-text/")


def html_pages(site: Path) -> list[Path]:
    """The reader's pages; the share pages (which forward at once) carry Open Graph only (test_sharing_pages.py)."""
    from statement_core.site.share_pages import is_share_page

    return sorted(p for p in site.rglob("*.html") if ("downloads" not in p.relative_to(site).parts[:1]
                  or p.name == "index.html") and not is_share_page(p.relative_to(site).as_posix()))


def extract(path: Path) -> dict:
    return extruct.extract(path.read_text(encoding="utf-8"), base_url="https://example.org/",
                           syntaxes=["json-ld", "opengraph"], uniform=True)


def graph(data: dict) -> dict[str, dict]:
    (block,) = data["json-ld"]
    assert block["@context"] == "https://schema.org"
    return {node["@type"] if node["@type"] != "Legislation" or "isPartOf" not in node else "Chapter": node
            for node in block["@graph"]}


def citation_meta(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in lxml.html.fromstring(path.read_bytes()).xpath("//head/meta[starts-with(@name, 'citation_')]"):
        found.setdefault(meta.get("name"), []).append(meta.get("content"))
    return found


def test_every_page_has_one_json_ld_graph_a_webpage_and_open_graph(built_site, document):
    pages = [p for p in html_pages(built_site) if p.name != "404.html"]
    assert len(pages) > 30
    for path in pages:
        data = extract(path)
        nodes = graph(data)
        webpage = nodes["WebPage"]
        language = "en" if path.relative_to(built_site).parts[0] == "en" else "vi"
        assert webpage["inLanguage"] == language, path
        assert {"@id": f"https://vn-by-statement.github.io/joint-statement/#{document.id}"} in webpage["about"], path
        assert nodes["Legislation"]["legislationDate"] == "2025-05-12", path
        assert data["opengraph"] and data["opengraph"][0]["og:title"], path
        meta = citation_meta(path)
        assert meta["citation_title"] and meta["citation_language"] == [language], path
        assert meta["citation_public_url"] == [webpage["url"]], path


@pytest.mark.parametrize("prefix, language", [("", "vi"), ("en/", "en")])
def test_the_statement_is_legislation_with_an_authentic_text_and_our_translation(built_site, document, prefix,
                                                                                  language):
    nodes = graph(extract(built_site / prefix / "index.html"))
    work, objects = nodes["Legislation"], [n for n in graph_nodes(built_site / prefix / "index.html")
                                           if n["@type"] == "LegislationObject"]
    assert {"@value": document.title.vi, "@language": "vi"} in work["name"]
    assert work["inLanguage"] == ["vi", "ru"]
    assert [p["name"] for p in work["legislationPassedBy"]] == [p.name.get(language) for p in document.parties]
    authentic, translation = objects
    assert authentic["inLanguage"] == "vi" and authentic["legislationLegalValue"].endswith("/OfficialLegalValue")
    assert translation["inLanguage"] == "en" and translation["legislationLegalValue"].endswith("/UnofficialLegalValue")
    assert translation["translationOfWork"] == {"@id": work["@id"]} and translation["isBasedOn"] == {"@id": authentic["@id"]}
    assert translation["version"] == "4" and translation["dateModified"] == "2026-12-07"  # the current edition
    assert translation["url"].endswith("/en/editions/4/")
    assert nodes["WebPage"]["mainEntity"] == {"@id": work["@id"]}


def graph_nodes(path: Path) -> list[dict]:
    return extract(path)["json-ld"][0]["@graph"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_chapter_page_is_part_of_the_statement_and_lists_its_clauses(built_site, document, language):
    prefix = "" if language == "vi" else "en/"
    nodes = graph(extract(built_site / prefix / f"{DOCUMENT_ID}/economy/index.html"))
    chapter = nodes["Chapter"]
    assert chapter["isPartOf"] == {"@id": nodes["Legislation"]["@id"]}
    numbers = document.chapter("economy").clause_numbers
    assert [part["legislationIdentifier"] for part in chapter["hasPart"]] == [str(n) for n in numbers]
    assert all(part["@id"].endswith(f"#clause-{n}") for part, n in zip(chapter["hasPart"], numbers))
    assert nodes["WebPage"]["mainEntity"] == {"@id": chapter["@id"]}


@pytest.mark.parametrize("path", PAGES_WITH_TEXT)
def test_text_pages_carry_the_highwire_tags_zotero_reads(built_site, document, path):
    for prefix, language in (("", "vi"), ("en/", "en")):
        meta = citation_meta(built_site / prefix / path / "index.html")
        assert meta["citation_title"] == [document.title.get(language)]
        assert meta["citation_author"] == [party.name.get(language) for party in document.parties]
        assert meta["citation_publication_date"] == ["2025/05/12"]
        # The PDF of this language when the build made PDFs (STATEMENT_PDF=0 skips them): a file that exists.
        pdfs = sorted((built_site / "downloads").glob(f"{document.id}-{language}-*.pdf"))
        expected = [f"https://vn-by-statement.github.io/joint-statement/downloads/{pdfs[0].name}"] if pdfs else None
        assert meta.get("citation_pdf_url") == expected


def test_json_ld_cannot_close_its_script_element(built_site):
    for path in html_pages(built_site):
        text = path.read_text(encoding="utf-8")
        start = text.find('<script type="application/ld+json">')
        if start >= 0:
            body = text[start:text.index("</script>", start)]
            assert "<" not in body[len('<script type="application/ld+json">'):], path
