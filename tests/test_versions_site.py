"""The versions of the translation on the built site (issue 21): each revised clause's history, every edition
at its permanent address, the Changes page, the Atom feeds (read back with feedparser), and what search
and the offline precache hold. Parsed from the real build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import pytest

from conftest import DOCUMENT_ID, SITE_PATH
from html_pages import LANGUAGE_PREFIX, page, text_of
from statement_core.labels import label
from statement_core.site.changes_feed import feed_path
from statement_core.site.history import segment_locator
from statement_core.site.offline import precache_entries
from statement_core.site_plan import edition_path, plan_site
from statement_core.search.records import search_records

DEFENCE = f"{DOCUMENT_ID}/defence/"
FIRST_EDITION_25_3 = ("the Agreement on Mutual Judicial and Legal Assistance in Civil, Family and Criminal"
                      " Matters (2000);")
LANGUAGES = ("vi", "en")


def revisions_of(corpus) -> list[tuple[int, int, int]]:
    """(edition, clause, segment) of every revision in the data, newest edition first."""
    found = [(revision.edition, clause.number, revision.segment)
             for document in corpus.documents for clause in document.clauses for _, revision in clause.revisions]
    return sorted(found, key=lambda item: (-item[0], item[1], item[2]))


def resolves(site: Path, from_url: str, href: str) -> bool:
    """A relative link from the page at `from_url` leads to a built page holding its fragment."""
    path, _, fragment = href.partition("#")
    target = (site / from_url / path).resolve()
    html = page(site, str(target.relative_to(site.resolve())) + "/")
    return not fragment or bool(html.xpath(f"//*[@id='{fragment}']"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_revised_clause_shows_its_history_with_a_word_diff(built_site, corpus, language):
    url = LANGUAGE_PREFIX[language] + DEFENCE
    html = page(built_site, url)
    (history,) = html.xpath("//article[@data-clause='25']//details[@class='clause__history']")
    assert text_of(history.xpath("summary")[0]) == label(language, "history_mark", edition=2)
    assert history.xpath("ancestor::*[contains(@class, 'clause__actions')]") == []
    (entry,) = history.xpath(".//li[@data-locator='25(3)']")
    diff = entry.xpath(".//p[@class='history__diff']")[0]
    assert diff.get("lang") == "en"
    deleted = [text_of(d) for d in diff.xpath("del")]
    inserted = [text_of(i) for i in diff.xpath("ins")]
    assert deleted == [f"{label(language, 'diff_deleted')}: Mutual Judicial and Legal Assistance"]
    assert inserted == [f"{label(language, 'diff_inserted')}: Legal Assistance and Legal Relations"]
    assert all(run.xpath("span[@class='visually-hidden']") for run in diff.xpath("del | ins"))
    assert label(language, "history_reason") in text_of(entry) and "2026" in text_of(entry)
    (link,) = entry.xpath(".//a")
    assert link.get("href").endswith("editions/1/#clause-25") and resolves(built_site, url, link.get("href"))
    # Every history links the page on how we translate and correct (issue 31).
    (how,) = history.xpath(".//p[@class='history__how']/a")
    assert text_of(how) == label(language, "translation_page_link") and resolves(built_site, url, how.get("href"))
    # Only the revised clauses have a history: edition 2's four, edition 3's 1, 4 and 33 (issue 31), edition 4's
    # 10, 28 and 29 (issue 37).
    revised = {clause for _, clause, _ in revisions_of(corpus)}
    full_text = page(built_site, LANGUAGE_PREFIX[language] + f"{DOCUMENT_ID}/full-text/")
    assert {int(n) for n in full_text.xpath("//details[@class='clause__history']/ancestor::article/@data-clause")} \
        == revised == {1, 4, 10, 18, 25, 26, 28, 29, 33}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_edition_is_at_its_permanent_address_and_says_whether_it_is_current(built_site, corpus, language):
    current = corpus.editions[-1].number
    for edition in corpus.editions:
        url = edition_path(language, edition.number)
        assert plan_site(corpus).find("edition", DOCUMENT_ID, edition=edition.number).url(language) == url
        html = page(built_site, url)
        (banner,) = html.xpath("//*[@class='edition-banner']")
        (statement,) = html.xpath("//*[@data-statement-page='edition']")
        archived = edition.number != current
        assert (statement.get("data-archived-edition") is not None) == archived
        key = "edition_old_banner" if archived else "edition_current_banner"
        assert label(language, key, number=edition.number, date=edition.date.format(language)) in text_of(banner)
        current_link = banner.xpath(".//a")[0]
        assert resolves(built_site, url, current_link.get("href"))
        assert current_link.get("href").endswith(f"{DOCUMENT_ID}/full-text/")
        (segment,) = html.xpath("//article[.//h2[@id='clause-25']]//div[@lang='en']"
                                "//span[@data-edition-segment='25.3']")
        expected = FIRST_EDITION_25_3 if edition.number == 1 else corpus.documents[0].clause(25).segments("en")[2]
        assert " ".join(text_of(segment).split()) == expected
        assert html.xpath("//details[@class='clause__history']") == []  # a record, not the reading page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_changes_page_lists_editions_newest_first_with_each_change(built_site, corpus, language):
    url = LANGUAGE_PREFIX[language] + "changes/"
    html = page(built_site, url)
    sections = html.xpath("//section[@class='changes__edition']")
    assert [s.get("data-edition") for s in sections] == [f"edition-{e.number}" for e in reversed(corpus.editions)]
    changes = sections[0].xpath(".//div[@class='change']")
    document = corpus.documents[0]
    assert [c.get("data-locator") for c in changes] == \
        [segment_locator(document.clause(n), s) for e, n, s in revisions_of(corpus) if e == 4] == ["10(1)", "28(1)", "29(2)"]
    assert [c.get("data-locator") for c in sections[1].xpath(".//div[@class='change']")] == \
        [segment_locator(document.clause(n), s) for e, n, s in revisions_of(corpus) if e == 3] == ["1", "4(6)", "33"]
    assert [c.get("data-locator") for c in sections[2].xpath(".//div[@class='change']")] == \
        [segment_locator(document.clause(n), s) for e, n, s in revisions_of(corpus) if e == 2]
    # Edition 3's change of 33 shows its reason as published, then the dated erratum (issue 37).
    (withdrawal,) = [c for c in sections[1].xpath(".//div[@class='change']") if c.get("data-locator") == "33"]
    assert label(language, "history_reason_published") in text_of(withdrawal)
    assert withdrawal.xpath(".//p[@class='history__erratum']/strong/time/@datetime") == ["2026-12-07"]
    for change in changes:
        clause_link = change.xpath(".//a")[0]
        assert resolves(built_site, url, clause_link.get("href")) and "#clause-" in clause_link.get("href")
        assert change.xpath(".//del | .//ins") and label(language, "history_reason") in text_of(change)
    assert text_of(sections[-1]).endswith(label(language, "changes_first_edition"))
    how = [a for a in html.xpath("//div[@data-statement-page='changes']/p/a") if text_of(a) ==
           label(language, "translation_page_link")]
    assert len(how) == 1 and resolves(built_site, url, how[0].get("href"))  # issue 31
    (feed_link,) = html.xpath("//a[@type='application/atom+xml']")
    assert (built_site / LANGUAGE_PREFIX[language] / "changes" / feed_link.get("href")).resolve() == \
        (built_site / feed_path(language)).resolve()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_atom_feed_has_one_entry_per_revision(built_site, corpus, language):
    feed = feedparser.parse((built_site / feed_path(language)).read_bytes())
    assert feed.version == "atom10" and not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.language == language and feed.feed.title == label(language, "changes")
    assert feed.feed.updated_parsed[:3] == (2025, 5, 12)  # the build stamp (SOURCE_DATE_EPOCH), not the clock
    expected = revisions_of(corpus)
    assert len(feed.entries) == len(expected)
    site = "https://vn-by-statement.github.io/joint-statement/"
    for entry, (edition, clause, segment) in zip(feed.entries, expected):
        assert entry.id == f"{site}{edition_path(language, edition)}#clause-{clause}.{segment}"
        chapter = corpus.documents[0].clause(clause).chapter_id
        assert entry.link == f"{site}{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/{chapter}/#clause-{clause}"
        date = corpus.documents[0].edition(edition).date
        assert dt.date(*entry.published_parsed[:3]) == dt.date(date.year, date.month, date.day)
        # Updated on the edition's day, or on that of the last erratum to its reason (33.1: issue 37).
        (revision,) = [r for r in corpus.documents[0].clause(clause).segment(segment).revisions if r.edition == edition]
        latest = max([date, *(erratum.date for erratum in revision.errata)], key=lambda day: day.sort_key())
        assert dt.date(*entry.updated_parsed[:3]) == dt.date(latest.year, latest.month, latest.day)
        assert "<del>" in entry.content[0].value or "<ins>" in entry.content[0].value
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_every_page_links_its_language_feed_in_its_head(built_site):
    for path in ("", "en/", DEFENCE, "en/timeline/", "editions/1/", "en/changes/", "404.html"):
        html = page(built_site, path)
        # "alternate" among rel's keywords, as feed readers look for it ("feed" too: see overrides/main.html).
        (link,) = html.xpath("//head/link[contains(concat(' ', @rel, ' '), ' alternate ')][@type='application/atom+xml']")
        language = "en" if html.get("lang") == "en" else "vi"
        assert link.get("title") == label(language, "changes_feed")
        if path == "404.html":  # served at any missing address: its links are absolute on the site's path
            assert link.get("href") == SITE_PATH + feed_path(language)
            continue
        assert (built_site / path / link.get("href")).resolve() == (built_site / feed_path(language)).resolve(), path


def test_earlier_editions_are_neither_searched_nor_kept_offline(built_site, corpus):
    kept = {entry["url"] for entry in precache_entries(built_site)}
    for language in LANGUAGES:
        root = LANGUAGE_PREFIX[language]
        assert f"{root}editions/4/index.html" in kept and f"{root}changes/index.html" in kept
        assert not {f"{root}editions/{number}/index.html" for number in (1, 2, 3)} & kept
        hrefs = [record.href for record in search_records(corpus, plan_site(corpus), language)]
        assert "changes/" in hrefs and not [href for href in hrefs if "editions/" in href]
