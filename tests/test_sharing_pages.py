"""Link previews (issue 23) on the real build, read as a crawler reads them (lxml, no script): every page's
og:* tags, the per-clause share pages, and the image cards they name (size, dimensions, text)."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest

from conftest import DOCUMENT_ID

PUBLIC = "https://vn-by-statement.github.io/joint-statement/"  # site_url in mkdocs.yml
ROOTS = {"vi": "", "en": "en/"}
LOCALES = {"vi": ("vi_VN", "en_GB"), "en": ("en_GB", "vi_VN")}
CLAUSE = {"vi": "Khoản", "en": "Clause"}
MAX_CARD_BYTES = 150_000


def meta(tree: lxml.html.HtmlElement, key: str) -> str | None:
    found = tree.xpath(f"//meta[@property='{key}' or @name='{key}']/@content")
    return found[0] if found else None


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG signature and IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    return struct.unpack(">II", head[16:24])


def assert_card(site: Path, url: str) -> Path:
    """`url` is an absolute og:image on the public site whose file is in the build, 1200×630, ≤ 150 KB."""
    assert url.startswith(PUBLIC), url
    path = site / url.removeprefix(PUBLIC)
    assert path.is_file(), url
    assert png_size(path) == (1200, 630), url
    assert path.stat().st_size <= MAX_CARD_BYTES, (url, path.stat().st_size)
    return path


def share_page(site: Path, language: str, number: int) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / f"{ROOTS[language]}s/{DOCUMENT_ID}/{number}.html")).getroot()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_clause_share_page_previews_the_clause(built_site, document, language):
    clause = document.clause(14)
    topic = clause.topic.get(language)
    tree = share_page(built_site, language, 14)
    first_words = " ".join(clause.segments(language)[0].split()[:8])
    assert meta(tree, "og:title") == f"{CLAUSE[language]} 14 – {topic}"
    chapter_page = lxml.html.parse(str(built_site / f"{ROOTS[language]}{DOCUMENT_ID}/economy/index.html"))
    assert meta(tree, "og:site_name") == meta(chapter_page, "og:site_name")  # the site's name in that language
    assert meta(tree, "og:description").startswith(first_words)
    assert meta(tree, "og:url") == f"{PUBLIC}{ROOTS[language]}s/{DOCUMENT_ID}/14.html"
    assert (meta(tree, "og:locale"), meta(tree, "og:locale:alternate")) == LOCALES[language]
    assert meta(tree, "twitter:card") == "summary_large_image"
    assert meta(tree, "twitter:image") == meta(tree, "og:image")
    assert (meta(tree, "og:image:width"), meta(tree, "og:image:height")) == ("1200", "630")
    assert_card(built_site, meta(tree, "og:image"))
    assert meta(tree, "robots") == "noindex"
    chapter = f"{PUBLIC}{ROOTS[language]}{DOCUMENT_ID}/economy/"
    assert tree.xpath("//link[@rel='canonical']/@href") == [chapter]
    # On to the clause without script: the refresh and the link lead to the chapter page's #clause-14.
    (refresh,) = tree.xpath("//noscript/meta[@http-equiv='refresh']/@content")
    assert refresh.startswith("0; url=")
    target = urljoin(meta(tree, "og:url"), refresh.removeprefix("0; url="))
    assert target == f"{chapter}#clause-14"
    assert tree.xpath("//main//a/@href") == [refresh.removeprefix("0; url=")]
    assert chapter_page.xpath("//*[@id='clause-14']")
    assert tree.xpath("string(/html/@lang)") == language


def test_every_clause_has_a_share_page_and_card_in_each_language(built_site, document):
    for language in ROOTS:
        for clause in document.clauses:
            tree = share_page(built_site, language, clause.number)
            assert meta(tree, "og:title") == f"{CLAUSE[language]} {clause.number} – {clause.topic.get(language)}"
            assert_card(built_site, meta(tree, "og:image"))


def reader_pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html")
                  if not path.relative_to(site).as_posix().startswith(("s/", "en/s/", "downloads/")))


def test_every_page_has_link_preview_tags(built_site, document):
    pages = reader_pages(built_site)
    assert len(pages) > 30
    for path in pages:
        tree = lxml.html.parse(str(path)).getroot()
        language = tree.get("lang")
        name = path.relative_to(built_site).as_posix()
        for key in ("og:title", "og:description", "og:image", "og:locale", "og:locale:alternate", "twitter:card"):
            assert meta(tree, key), (name, key)
        assert (meta(tree, "og:locale"), meta(tree, "og:locale:alternate")) == LOCALES[language], name
        card = assert_card(built_site, meta(tree, "og:image"))
        if "/economy/" in name:  # a chapter page shows its chapter's card
            assert card.name == "economy.png" and card.parent.name == DOCUMENT_ID, name


def test_cards_and_share_pages_are_not_precached(built_site):
    from statement_core.site.offline import precache_entries

    link_previews = ("cards/", "en/cards/", "s/", "en/s/")
    for folder in link_previews:
        assert any((built_site / folder).rglob("*.*")), folder
    urls = [entry["url"] for entry in precache_entries(built_site)]
    assert urls and not [url for url in urls if url.startswith(link_previews)]
