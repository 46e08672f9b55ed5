"""The real build: every clause where it belongs, in both languages, with working cross-links."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, copy_data
from html_pages import LANGUAGE_PREFIX, page, text_of
from search_support import registered_index
from source_text import normalise
from statement_core.labels import label

LANGUAGES = ("vi", "en")


def chapter_url(language: str, chapter_id: str) -> str:
    return f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/{chapter_id}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_chapter_page_holds_exactly_its_clauses_in_order(built_site, document, language):
    seen = []
    for chapter in document.chapters:
        tree = page(built_site, chapter_url(language, chapter.id))
        numbers = [int(n) for n in tree.xpath("//article[contains(@class,'clause')]/@data-clause")]
        assert numbers == list(chapter.clause_numbers), chapter.id
        seen += numbers
    assert sorted(seen) == list(range(1, 39))


@pytest.mark.parametrize("language", LANGUAGES)
def test_full_text_page_has_all_clauses_once_in_source_order(built_site, language):
    tree = page(built_site, f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/full-text/")
    numbers = [int(n) for n in tree.xpath("//article[contains(@class,'clause')]/@data-clause")]
    assert numbers == list(range(1, 39))


@pytest.mark.parametrize("language", LANGUAGES)
def test_clause_texts_are_verbatim_in_elements_of_their_language(built_site, document, language):
    for clause in document.clauses:
        tree = page(built_site, chapter_url(language, clause.chapter_id))
        article = tree.xpath(f"//article[@data-clause='{clause.number}']")[0]
        for text_language in ("vi", "en"):
            bodies = article.xpath(f".//*[@lang='{text_language}']//p[contains(@class,'clause__body')]")
            assert len(bodies) == 1, (clause.number, text_language)
            assert normalise(text_of(bodies[0])) == normalise(clause.text(text_language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_language_comes_first_and_columns_are_labelled(built_site, language):
    tree = page(built_site, chapter_url(language, "economy"))
    first = tree.xpath("//article[@data-clause='14']//div[@data-column]")
    assert [column.get("lang") for column in first] == [language, "en" if language == "vi" else "vi"]
    labels = [text_of(p) for p in tree.xpath("//article[@data-clause='14']//p[contains(@class,'clause__provenance')]")]
    expected = {"vi": ("văn bản xác thực", "bản dịch không chính thức"), "en": ("authentic text", "unofficial translation")}
    assert any(expected[language][0] in label for label in labels)
    assert any(expected[language][1] in label for label in labels)
    assert "Russian" in text_of(tree) or "tiếng Nga" in text_of(tree)


def test_html_lang_matches_page_language(built_site):
    assert page(built_site, chapter_url("vi", "sea")).get("lang") == "vi"
    assert page(built_site, chapter_url("en", "sea")).get("lang") == "en"


def test_clause_anchors_are_the_same_in_both_languages(built_site, document):
    for clause in document.clauses:
        for language in LANGUAGES:
            tree = page(built_site, chapter_url(language, clause.chapter_id))
            assert tree.xpath(f"//*[@id='clause-{clause.number}']"), (language, clause.number)


@pytest.mark.parametrize("url, other", [
    (f"{DOCUMENT_ID}/economy/", f"en/{DOCUMENT_ID}/economy/"),
    (f"en/{DOCUMENT_ID}/economy/", f"{DOCUMENT_ID}/economy/"),
    ("timeline/", "en/timeline/"),
    ("en/about/", "about/"),
    ("", "en/"),
])
def test_language_switcher_points_to_the_same_page(built_site, url, other):
    tree = page(built_site, url)
    this_language = tree.get("lang")
    other_language = "en" if this_language == "vi" else "vi"
    link = tree.xpath(f"//a[contains(@class,'md-select__link')][@hreflang='{other_language}']/@href")[0]
    target = (built_site / url / link).resolve()
    assert target == (built_site / other).resolve()
    assert not tree.xpath("//link[@rel='alternate'][starts-with(@href,'http')]"), "Material fetches beside these"


def test_sitemap_lists_both_languages_of_every_page_as_hreflang_alternates(built_site):
    import lxml.etree

    from statement_core.site.share_pages import is_share_page

    sitemap = lxml.etree.parse(str(built_site / "sitemap.xml"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = sitemap.xpath("//s:url", namespaces=ns)
    site_url = "https://vn-by-statement.github.io/joint-statement/"
    pages = {site_url + ("" if p.parent == built_site else p.parent.relative_to(built_site).as_posix() + "/")
             for p in built_site.rglob("index.html")
             if not is_share_page(p.relative_to(built_site).as_posix())}  # noindex: not in the sitemap
    assert set(sitemap.xpath("//s:loc/text()", namespaces=ns)) == pages
    for url in urls:
        links = {link.get("hreflang"): link.get("href") for link in url.xpath("x:link", namespaces=ns)}
        assert set(links) == {"vi", "en"}
        assert links["en"].replace("/en/", "/", 1) == links["vi"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_timeline_links_back_to_existing_clauses_and_lists_every_cited_agreement(built_site, corpus, document, language):
    timeline_url = f"{LANGUAGE_PREFIX[language]}timeline/"
    tree = page(built_site, timeline_url)
    entries = {entry.get("id"): entry for entry in tree.xpath("//li[contains(@class,'timeline__entry')]")}
    assert set(entries) == {f"agreement-{a.id}" for a in corpus.agreements}
    for entry_id, entry in entries.items():
        hrefs = entry.xpath(".//p[contains(@class,'timeline__refs')]/a/@href")
        assert hrefs, entry_id
        for href in hrefs:
            path, fragment = href.split("#")
            target = page(built_site, os.path.normpath(timeline_url + path) + "/")
            assert target.xpath(f"//*[@id='{fragment}']"), href
    for clause in document.clauses:
        for agreement_id in clause.agreement_ids:
            assert f"agreement-{agreement_id}" in entries


def test_timeline_is_in_date_order_with_precision_and_pending_last(built_site):
    tree = page(built_site, "en/timeline/")
    dates = [text_of(p) for p in tree.xpath("//p[contains(@class,'timeline__date')]")]
    assert dates[0] == "26 June 1945" and "March 2014" in dates and "1992" in dates
    assert dates[-2:] == ["Not yet dated", "Not yet dated"]
    vi_dates = [text_of(p) for p in page(built_site, "timeline/").xpath("//p[contains(@class,'timeline__date')]")]
    assert "3/2014" in vi_dates and "12/5/2025" in vi_dates and "11–12/5/2025" in vi_dates
    isos = [t for t in tree.xpath("//time/@datetime")]
    assert isos == sorted(isos, key=lambda d: (d + "-00-00")[:10])


def test_agreement_chips_link_to_timeline_entries(built_site):
    tree = page(built_site, chapter_url("vi", "economy"))
    hrefs = tree.xpath("//article[@data-clause='13']//a[contains(@class,'chip__link')]/@href")
    assert [h.split("#")[1] for h in hrefs] == ["agreement-economic-trade-1992", "agreement-investment-1992",
                                                 "agreement-double-taxation-1997"]


def test_home_page_lists_chapters_with_counts(built_site, document):
    for language in LANGUAGES:
        tree = page(built_site, LANGUAGE_PREFIX[language])
        items = tree.xpath("//li[contains(@class,'chapter-list__item')]")
        assert len(items) == len(document.chapters)
        assert "Minsk" in text_of(tree)
    assert "12/5/2025" in text_of(page(built_site, "")) and "12 May 2025" in text_of(page(built_site, "en/"))


def test_vietnamese_heading_slugs_keep_every_letter(built_site):
    ids = page(built_site, "about/").xpath("//h2/@id")
    assert "báo-chí-đưa-tin" in ids and "văn-bản-và-giá-trị-pháp-lý" in ids


def test_glossary_terms_are_marked_with_their_expansion(built_site):
    tree = page(built_site, chapter_url("en", "sea"))
    titles = {a.text: a.get("title") for a in tree.xpath("//div[@data-column='en']//abbr[contains(@class,'gloss')]")}
    vi_titles = {a.text: a.get("title") for a in tree.xpath("//div[@data-column='vi']//abbr[contains(@class,'gloss')]")}
    assert vi_titles["UNCLOS"] == "Công ước Liên hợp quốc về Luật Biển"
    assert titles["UNCLOS"] == "United Nations Convention on the Law of the Sea"
    assert titles["DOC"] == "Declaration on the Conduct of Parties in the East Sea"


def test_no_page_loads_a_resource_from_another_host(built_site):
    for path in built_site.rglob("*.html"):
        tree = page(built_site, str(path.relative_to(built_site)))
        for url in tree.xpath("//script/@src | //link[@rel='stylesheet']/@href | //img/@src | //iframe/@src"):
            assert not url.startswith(("http:", "https:", "//")), (path, url)


def test_broken_data_fails_the_build_with_the_core_message(tmp_path, site_builder):
    from statement_tools.build_site import BuildFailed

    data = copy_data(tmp_path)
    chapter = data / DOCUMENT_ID / "chapters" / "economy.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("investment-1992", "investmnt-1992", 1), "utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "previous.txt").write_text("previous build")
    with pytest.raises(BuildFailed) as failed:
        site_builder(site, env={"STATEMENT_DATA_DIR": str(data)})
    assert f"data/{DOCUMENT_ID}/chapters/economy.yaml:" in str(failed.value)
    assert "unknown agreement 'investmnt-1992'" in str(failed.value)
    assert (site / "previous.txt").read_text() == "previous build"
    assert not list(tmp_path.glob(".site-*"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_index_holds_each_clause_once_in_its_language(built_site, document, language):
    """search/<language>.js registers one record per clause, with the clause's own text in that language
    only (no other column, press quotes or buttons), linking its chapter page, never the whole-text page."""
    index = registered_index((built_site / "search" / f"{language}.js").read_text("utf-8"), language)
    clauses = [r for r in index["records"] if r["kind"] == "clause"]
    assert sorted(int(r["label"].split()[-1]) for r in clauses) == [c.number for c in document.clauses]
    for record in clauses:
        clause = document.clause(int(record["label"].split()[-1]))
        assert record["text"] == clause.text(language) and record["title"] == clause.topic.get(language)
        assert record["href"] == f"{DOCUMENT_ID}/{clause.chapter_id}/#{clause.anchor}"
    assert not any("full-text/#" in r["href"] for r in index["records"])
    assert any(r["href"] == "about/" for r in index["records"]), "hand-written pages are searchable too"
    assert not (built_site / "search" / "search_index.json").exists() and not (built_site / "en" / "search").exists()

@pytest.mark.parametrize("language", ["vi", "en"])
def test_copy_citation_is_the_cite_dialogs_short_form_and_the_permalink(built_site, document, language):
    """One short citation (issue 24): what a clause's "Copy citation" copies starts with the very text the Cite
    dialog gives as its short form for that clause, then the clause's address."""
    script = (built_site / LANGUAGE_PREFIX[language] / "assets" / "citations" / f"{document.id}.js").read_text(encoding="utf-8")
    entries = json.loads(script[script.index("] = ") + len("] = "):].rstrip().rstrip(";"))
    for clause in document.clauses:
        tree = page(built_site, chapter_url(language, clause.chapter_id))
        (button,) = tree.xpath(f"//article[@data-clause='{clause.number}']//*[@data-copy='citation']")
        short, address = button.get("data-citation").split(" — ")
        assert short == entries[str(clause.number)]["short"]
        assert address.endswith(f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/{clause.chapter_id}/#{clause.anchor}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_credit_is_in_the_pages_language(built_site, language):
    """Material writes "Made with" in English on every page; a Vietnamese page says it in Vietnamese (issue 37)."""
    for url in ("", "about/", f"{DOCUMENT_ID}/economy/"):
        footer = text_of(page(built_site, LANGUAGE_PREFIX[language] + url).xpath("//div[@class='md-copyright']")[0])
        assert footer.split("Material for MkDocs")[0].strip().endswith(label(language, "theme_generator")), footer
        assert language == "en" or "Made with" not in footer


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_themes_skip_link_and_back_to_top_button_say_what_they_do(built_site, language):
    """Material's Vietnamese calls its back-to-top button "Trở lại mục lục" (back to the contents) and its skip
    link "Bỏ qua" (ignore); ours are statement_core/labels.py's (issue 37)."""
    tree = page(built_site, f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/economy/")
    assert text_of(tree.xpath("//a[contains(@class,'md-skip')]")[0]) == label(language, "theme_skip_to_content")
    assert text_of(tree.xpath("//button[contains(@class,'md-top')]")[0]) == label(language, "theme_back_to_top")
