"""A corpus of several documents builds a site a reader can find their way in, whose pages do not grow
with the number of documents (hooks/document_navigation.py)."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urljoin

import pytest

from conftest import COLLECTION_COPIES, DOCUMENT_ID
from html_pages import page, text_of

COPIES = COLLECTION_COPIES
SECOND = f"{DOCUMENT_ID}-copy-002"
THIRD = f"{DOCUMENT_ID}-copy-003"


@pytest.fixture(scope="module")
def collection(collection_site):
    return collection_site  # the collection of tests/conftest.py, built once for the run


def primary_nav_links(tree, url: str | None = None) -> list[str]:
    """The primary navigation's links, as site paths when the page's own `url` is given."""
    links = tree.xpath("//nav[contains(@class,'md-nav--primary')]//a/@href")
    return links if url is None else [urljoin(f"/{url}", link) for link in links]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_document_page_lists_its_own_chapters_and_a_way_to_the_others(collection, prefix):
    url = f"{prefix}{SECOND}/economy/"
    tree = page(collection, url)
    links = primary_nav_links(tree, url)

    assert f"/{prefix}{SECOND}/preamble/" in links and f"/{prefix}{SECOND}/full-text/" in links
    assert not any(f"/{DOCUMENT_ID}/" in link or THIRD in link for link in links)
    assert f"/{prefix}#documents" in links  # the list of all documents on this language's home page
    active = tree.xpath("//nav[contains(@class,'md-nav--primary')]//a[contains(@class,'md-nav__link--active')]")
    assert [text_of(a) for a in active] == [text_of(tree.xpath("//h1")[0])]
    logo = tree.xpath("//a[contains(@class,'md-header__button') and contains(@class,'md-logo')]/@href")
    assert [urljoin(f"/{url}", link) for link in logo] == [f"/{prefix}"]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_home_page_lists_every_document(collection, prefix):
    tree = page(collection, prefix)
    catalogue = tree.xpath("//*[@id='documents']")
    assert len(catalogue) == 1
    titles = [text_of(h) for h in catalogue[0].xpath(".//h2[contains(@class,'document-card__title')]")]
    assert len(titles) == COPIES and all(titles)
    links = primary_nav_links(tree, prefix)
    assert f"/{prefix}{SECOND}/preamble/" in links and f"/{prefix}{THIRD}/preamble/" in links
    duplicated = [name for name, count in Counter(tree.xpath("//@id")).items() if count > 1]
    assert duplicated == []


def test_pages_do_not_grow_with_the_number_of_documents(collection, built_site):
    """The same chapter has as many navigation links in a collection of ten documents as in the real one."""
    chapter = "vn-by-2025-strategic-partnership/economy/"
    alone = len(primary_nav_links(page(built_site, chapter)))
    among_many = len(primary_nav_links(page(collection, chapter)))
    assert among_many == alone + 1  # the link to the list of documents


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_each_document_has_its_own_page_in_each_edition(collection, prefix):
    """editions/<N>/ is the first document; each other one has its page below it, so none grows with the corpus."""
    clauses = "//article[contains(@class, 'edition-clause')]"
    first, second = page(collection, f"{prefix}editions/1/"), page(collection, f"{prefix}editions/1/{SECOND}/")
    assert len(first.xpath(clauses)) == len(second.xpath(clauses)) == 38
    assert len(second.xpath("//ul[@class='edition-list']/li")) == COPIES
    url = f"{prefix}{SECOND}/defence/"
    (link,) = page(collection, url).xpath("//details[@id='clause-25-history']//p[@class='history__links']/a/@href")
    assert urljoin(f"/{url}", link) == f"/{prefix}editions/1/{SECOND}/#clause-25"
