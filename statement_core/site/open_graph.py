"""Every page's link-preview image and language alternates (issue 23): a chapter page shows its chapter's
card, every other page the home card of its language. Absolute URLs from site_url: crawlers need them."""

from __future__ import annotations

from statement_core.model import Corpus
from statement_core.site.card_svg import HEIGHT, WIDTH
from statement_core.site.cards import chapter_card, home_card
from statement_core.site_plan import PlannedPage
from statement_core.site.share_pages import OG_LOCALES, absolute


def open_graph(corpus: Corpus, language: str, site_url: str, page: PlannedPage | None = None) -> dict[str, object]:
    if page is not None and page.kind == "chapter" and page.document_id and page.chapter_id:
        document = corpus.document(page.document_id)
        card = chapter_card(document, document.chapter(page.chapter_id), language)
    else:
        card = home_card(corpus, language)
    return {"image": absolute(site_url, card.path), "image_alt": card.alt, "image_width": WIDTH,
            "image_height": HEIGHT, "locale": OG_LOCALES[language],
            "locale_alternate": next(OG_LOCALES[code] for code in OG_LOCALES if code != language)}
