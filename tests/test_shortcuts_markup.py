"""The keyboard shortcuts as built: the help dialog, the chapter neighbours `[`/`]` go to, and the about pages
that document the keys, in both languages."""

from __future__ import annotations

import posixpath

import pytest

from conftest import DOCUMENT_ID
from html_pages import LANGUAGE_PREFIX, page, text_of
from statement_core.labels import labels_in
from statement_core.site.shortcuts import shortcut_keys

LANGUAGES = ("vi", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_bracket_keys_go_to_the_neighbouring_chapters_in_data_order(built_site, document, language):
    chapters = [chapter.id for chapter in document.chapters]
    for position, chapter in enumerate(chapters):
        url = f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/{chapter}/"
        statement = page(built_site, url).xpath("//div[@data-statement-page='chapter']")[0]
        for attribute, neighbour in (("data-previous-chapter", position - 1), ("data-next-chapter", position + 1)):
            href = statement.get(attribute)
            if 0 <= neighbour < len(chapters):
                target = posixpath.normpath(posixpath.join(url, href))
                assert target == f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/{chapters[neighbour]}".lstrip("/"), url
            else:
                assert href is None, (url, attribute)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_dialog_lists_the_keys_in_the_page_language(built_site, language):
    labels = labels_in(language)
    prefix = LANGUAGE_PREFIX[language]
    chapter = page(built_site, f"{prefix}{DOCUMENT_ID}/economy/").xpath("//dialog[@data-shortcuts]")[0]
    assert text_of(chapter.xpath(".//h2")[0]) == labels["shortcuts"]
    rows = {row.get("data-shortcut-action"): (text_of(row.xpath("dt")[0]), text_of(row.xpath("dd")[0]))
            for row in chapter.xpath(".//dl/div")}
    assert rows["swap-columns"] == ("s", labels["shortcut_swap_columns"])
    assert rows["next-chapter"] == ("]", labels["shortcut_next_chapter"])
    assert rows[None] == ("p / n", labels["shortcut_theme_pages"])  # listed, handled by the theme
    full_text = page(built_site, f"{prefix}{DOCUMENT_ID}/full-text/").xpath("//dialog[@data-shortcuts]")[0]
    actions = set(full_text.xpath(".//dl/div/@data-shortcut-action"))
    assert "next-clause" in actions and not {"next-chapter", "previous-chapter"} & actions


@pytest.mark.parametrize("url", ["about/", "en/about/"])
def test_about_pages_document_every_key(built_site, url):
    documented = {text_of(code) for code in page(built_site, url).xpath("//table//code")}
    assert set(shortcut_keys()) <= documented, set(shortcut_keys()) - documented
