"""agreements.ics: each dated agreement as an all-day event spanning exactly the precision of its date.

A day is that day, a month the whole month, a year the whole year: a calendar cannot show "1992" as a
point in time without inventing a day, so the event covers the period the text actually names.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.names import PROJECT_ID, PROJECT_NAME
from statement_core.labels import label
from statement_core.model import Agreement, Corpus
from statement_core.text.partial_date import PartialDate

PRODID = f"-//{PROJECT_ID}//{PROJECT_NAME}//EN"
CALENDAR_NAME = "Viet Nam – Belarus Joint Statement: agreements and events"


def period(date: PartialDate) -> tuple[dt.date, dt.date]:
    """First day of the period a partial date names, and the day after its last (iCalendar's DTEND)."""
    start = date.first_day()
    if date.precision == "day":
        return start, start + dt.timedelta(days=1)
    if date.precision == "month":
        return start, dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, dt.date(start.year + 1, 1, 1)


def event_uid(agreement: Agreement) -> str:
    # Stable across builds, so calendar apps update an entry instead of duplicating it.
    return f"{agreement.id}@{PROJECT_ID}"


def _citations(corpus: Corpus, agreement: Agreement, language: str) -> str:
    """"Cited in: <document>, clauses 4, 34" per citing document, in the reader's wording."""
    parts = []
    for document in corpus.documents:
        numbers = [str(ref.number) for ref in agreement.cited_in if ref.document_id == document.id]
        if numbers:
            parts.append(f"{document.citation_title.get(language)}, {label(language, 'clauses')} {', '.join(numbers)}")
    return f"{label(language, 'cited_in')}: {'; '.join(parts)}"


def _description(corpus: Corpus, agreement: Agreement, date: PartialDate) -> str:
    """Vietnamese title, the date as precise as the text gives it, then notes and citations in both
    languages; plain text, no links."""
    lines = [agreement.title.vi, "", f"Date as the text gives it / Ngày theo văn bản: {date.format('en')}"]
    if agreement.note:
        lines += ["", agreement.note.en, agreement.note.vi]
    if agreement.cited_in:
        lines += ["", _citations(corpus, agreement, "en"), _citations(corpus, agreement, "vi")]
    return "\n".join(lines)


def _event(corpus: Corpus, agreement: Agreement, date: PartialDate, stamp: dt.datetime) -> Event:
    start, _ = period(date)
    _, end = period(agreement.end_date or date)
    return Event.new(
        uid=event_uid(agreement), stamp=stamp, start=start, end=end,
        summary=agreement.title.en, description=_description(corpus, agreement, date),
        categories=[agreement.kind, agreement.domain],
        transparency="TRANSPARENT",  # history, not appointments: never shown as busy time
    )


def render_agreements_ics(corpus: Corpus, info: BuildInfo) -> bytes:
    calendar = Calendar.new(prodid=PRODID, name=CALENDAR_NAME, uid=f"agreements@{PROJECT_ID}",
                            description=f"Built {info.date_iso} from commit {info.commit}.")
    for agreement in corpus.timeline():  # date order; undated (pending) entries have no place in a calendar
        if agreement.date is not None:
            calendar.add_component(_event(corpus, agreement, agreement.date, info.date))
    return calendar.to_ical()
