"""Per-clause share pages (issue 23): a small page for each clause in each language, whose Open Graph and
Twitter-card metadata name it, and which sends the reader on to it on its chapter page.

Link-preview crawlers run no script and drop a URL's fragment, so `chapter/#clause-14` would preview as the
chapter; `s/<document>/14.html` previews as clause 14 with its own card. A segment is shared as its clause's
page with the segment's address as fragment (`14.html#clause-14.2`): the preview is the clause's, and the
page forwards to the segment. Forwarding: without script a 0-second meta refresh (in <noscript>) to the
clause, and a link; with script the same at once, to the segment when the fragment names one (a refresh
cannot carry a fragment). Kept out of search engines (noindex; not in the sitemap), with the chapter page as
canonical. Written outside MkDocs' page pipeline, as one file each (no folder): they need no nav and no
theme, and a 100-document corpus has thousands of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from statement_core.labels import label
from statement_core.model import Clause, Document
from statement_core.site.cards import clause_card
from statement_core.site.card_svg import HEIGHT, WIDTH
from statement_core.site.csp import with_policy
from statement_core.site_plan import SitePlan, language_root, relative_url

SHARE_FOLDER = "s"
OG_LOCALES = {"vi": "vi_VN", "en": "en_GB"}  # every page's og:locale (site/open_graph.py) and the share pages'
DESCRIPTION_CHARACTERS = 200  # og:description: what previews show before cutting it themselves
SHARE_TEXT_CHARACTERS = 120  # the share sheet's text: a chat message's first line or two


def absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path


def share_path(language: str, document_id: str, number: int) -> str:
    """"en/s/<document>/14.html" for clause 14."""
    return f"{language_root(language)}{SHARE_FOLDER}/{document_id}/{number}.html"


def is_share_page(relative_path: str) -> bool:
    """Whether a site-root-relative file path is a share page (the checks that every reader's page must pass,
    such as the manifest link or the sitemap, do not apply to them)."""
    return any(relative_path.startswith(f"{language_root(language)}{SHARE_FOLDER}/") for language in OG_LOCALES)


def opening_words(text: str, limit: int) -> str:
    """`text` up to `limit` characters, cut after a whole word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip(" ,;:–-") + "…"


@dataclass(frozen=True)
class ClauseShare:
    """What the Share action hands the share sheet, for a clause (its segments derive theirs from it)."""

    url: str  # the clause's share page on the public site
    title_template: str  # "{statement} – khoản {locator}: {topic}" with all but {locator} filled in
    copied_template: str  # what the live region says after copying, with {locator}
    text: str  # the clause's first words


def clause_share(document: Document, clause: Clause, language: str, site_url: str) -> ClauseShare:
    title = label(language, "share_title", statement=document.short_title.get(language), locator="{locator}",
                  topic=clause.topic.get(language))
    return ClauseShare(url=absolute(site_url, share_path(language, document.id, clause.number)),
                       title_template=title, copied_template=label(language, "share_copied", locator="{locator}"),
                       text=opening_words(" ".join(clause.segments(language)), SHARE_TEXT_CHARACTERS))


def _page(document: Document, clause: Clause, language: str, site_url: str, site_name: str, plan: SitePlan,
          template: jinja2.Template) -> str:
    path = share_path(language, document.id, clause.number)
    chapter_url = plan.find("chapter", document.id, clause.chapter_id).url(language)
    card = clause_card(document, clause, language)
    other = next(code for code in OG_LOCALES if code != language)
    number = str(clause.number)
    return with_policy(template.render(
        language=language,
        title=label(language, "share_page_title", locator=number, topic=clause.topic.get(language)),
        description=opening_words(" ".join(clause.segments(language)), DESCRIPTION_CHARACTERS)
        or clause.topic.get(language),
        site_name=site_name,
        url=absolute(site_url, path),
        canonical=absolute(site_url, chapter_url),
        chapter=relative_url(path, chapter_url), anchor=clause.anchor,
        link_text=label(language, "share_page_link", locator=number,
                        chapter=document.chapter(clause.chapter_id).title.get(language)),
        image=absolute(site_url, card.path), image_alt=card.alt, image_width=WIDTH, image_height=HEIGHT,
        locale=OG_LOCALES[language], locale_alternate=OG_LOCALES[other],
    ))


def document_share_pages(document: Document, plan: SitePlan, language: str, site_url: str, site_name: str,
                         environment: jinja2.Environment) -> dict[str, str]:
    """Every clause's share page of one document in `language` by its path in the site (`site_name`: the
    language's, as og:site_name)."""
    template = environment.get_template("share_page.html")
    return {share_path(language, document.id, clause.number): _page(document, clause, language, site_url, site_name,
                                                                     plan, template)
            for clause in document.clauses}

