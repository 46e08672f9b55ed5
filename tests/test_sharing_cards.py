"""The image cards (issue 23) from the core: their text read back from the SVG source, escaping, wrapping,
and the render cache (an unchanged card is never rendered twice; the same source gives the same bytes)."""

from __future__ import annotations

from dataclasses import replace

import lxml.etree
import pytest

from statement_core.site.card_png import CardRendering
from statement_core.site.card_svg import TEXT_WIDTH, _widths, card_svg, wrap
from statement_core.site.cards import clause_card, site_cards
from statement_core.site.page_render import FRAGMENTS_DIR
from statement_core.runtime.templates import template_environment

CLAUSE = {"vi": "Khoản", "en": "Clause"}


@pytest.fixture(scope="module")
def environment():
    return template_environment(FRAGMENTS_DIR)


def svg_lines(svg: str) -> list[str]:
    return [text.text for text in lxml.etree.fromstring(svg.encode()).iter("{http://www.w3.org/2000/svg}text")]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_clause_card_says_its_number_and_topic(corpus, document, environment, language):
    for clause in document.clauses:
        lines = svg_lines(card_svg(clause_card(document, clause, language), environment))
        assert lines[0] == f"{CLAUSE[language]} {clause.number}"
        assert " ".join(lines[1:-2]) == clause.topic.get(language)
        assert lines[-2] == document.short_title.get(language)


def test_every_line_fits_the_card(corpus, environment):
    bold, regular = _widths("bold"), _widths("regular")
    for card in site_cards(corpus):
        tree = lxml.etree.fromstring(card_svg(card, environment).encode())
        for text in tree.iter("{http://www.w3.org/2000/svg}text"):
            widths = bold if text.get("font-weight") == "700" else regular
            assert widths.em(text.text) * float(text.get("font-size")) <= TEXT_WIDTH, (card.path, text.text)


def test_card_text_is_escaped(document, environment):
    card = replace(clause_card(document, document.clause(1), "en"), heading='A <b>&</b> "quoted" topic')
    assert " ".join(svg_lines(card_svg(card, environment))[1:-2]) == 'A <b>&</b> "quoted" topic'


def test_an_overlong_heading_is_cut_with_an_ellipsis():
    assert wrap("word " * 200, 56, 4) is None


def test_cards_are_kept_by_source_and_reproducible(document, tmp_path):
    from statement_core.cache import CodeDigest, Store

    cards = [clause_card(document, document.clause(1), "vi"), clause_card(document, document.clause(2), "en")]
    one, two = Store(tmp_path / "one", CodeDigest()), Store(tmp_path / "two", CodeDigest())
    first = CardRendering(cards, one).finish(tmp_path / "site-one")
    again = CardRendering(cards, one).finish(tmp_path / "site-again")
    fresh = CardRendering(cards, two).finish(tmp_path / "site-two")
    assert (first.rendered, again.rendered, fresh.rendered) == (2, 0, 2)
    for card in cards:
        assert (tmp_path / "site-one" / card.path).read_bytes() == (tmp_path / "site-two" / card.path).read_bytes()
