"""The Atom feed of changes to the translation, one per language (`changes.atom`, `en/changes.atom`), written
with feedgen: one entry per revision, newest edition first.

Every value comes from the data or the build stamp, never the clock, so the same commit writes the same
bytes: the feed is updated at the build's date, each entry at its edition's date. An entry's id is the
revised segment's address in the edition that made the change (`<site>/editions/2/#clause-25.3`): it never
changes once published, and names exactly what changed where.
"""

from __future__ import annotations

import datetime as dt

import jinja2
from feedgen.feed import FeedGenerator

from statement_core.runtime.build_info import BuildInfo
from statement_core.labels import labels_in
from statement_core.model import Corpus
from statement_core.text.partial_date import PartialDate
from statement_core.site.history import revision_view
from statement_core.site_plan import SitePlan, language_root, public_url
from statement_core.site.page_context import PageContext

FEED_NAME = "changes.atom"


def feed_path(language: str) -> str:
    """The feed's path below the site root: "changes.atom" (Vietnamese), "en/changes.atom"."""
    return language_root(language) + FEED_NAME


def _midnight(date: PartialDate) -> dt.datetime:
    return dt.datetime(date.year, date.month or 1, date.day or 1, tzinfo=dt.timezone.utc)


def changes_feed(corpus: Corpus, plan: SitePlan, language: str, site_url: str, info: BuildInfo,
                 environment: jinja2.Environment) -> bytes:
    """The Atom document; `environment` holds the fragment templates (the entry's content reuses the
    word-diff markup of the Changes page)."""
    root = site_url.rstrip("/") + "/"
    changes_page = plan.find("changes")
    context = PageContext(corpus=corpus, plan=plan, page=changes_page, language=language, site_url=site_url)
    feed = FeedGenerator()
    feed.id(root + feed_path(language))
    feed.title(context.text("changes"))
    feed.subtitle(context.text("changes_intro"))
    feed.language(language)
    feed.link(href=public_url(site_url, changes_page.url(language)), rel="alternate", type="text/html")
    feed.link(href=root + feed_path(language), rel="self", type="application/atom+xml")
    feed.updated(info.date)
    content = environment.get_template("feed_entry.html")
    for edition in reversed(corpus.editions):
        for document in corpus.documents:
            # Each document's own edition page (the first document's is editions/<N>/).
            address = plan.edition_url(site_url, document.id, language, edition.number)
            for clause, revised_language, revision in document.revisions_in(edition.number):
                view = revision_view(context, document, clause, revised_language, revision, against_current=False)
                entry = feed.add_entry(order="append")
                entry.id(f"{address}#{clause.segment_anchor(revision.segment)}")
                entry.title(context.text("changes_feed_entry", clause=view.locator, edition=edition.number,
                                         topic=clause.topic.get(language)))
                entry.link(href=plan.clause_url(site_url, document.id, clause, language), rel="alternate",
                           type="text/html")
                # An erratum to the reason changes the entry: it is updated on the erratum's day.
                entry.updated(_midnight(max((edition.date, *(erratum.date for erratum in revision.errata)),
                                            key=PartialDate.sort_key)))
                entry.published(_midnight(edition.date))
                entry.content(content.render(revision=view, language=language, labels=labels_in(language)),
                              type="html")
    return feed.atom_str(pretty=True)
