"""Build the typed model from validated files, deriving every index (press per clause, cited-in)."""

from __future__ import annotations

from collections import defaultdict

from statement_core.data import file_models as files_
from statement_core import model
from statement_core.data.cross_checks import DocumentFiles
from statement_core.text.partial_date import PartialDate


def _localized(value: files_.Localized) -> model.Localized:
    return model.Localized(vi=value.vi, en=value.en)


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def segments_of(text: str | list[str] | None) -> tuple[str, ...]:
    """A clause text as the data holds it (one string, a list of segments, or nothing) as its segments."""
    if text is None:
        return ()
    return (text,) if isinstance(text, str) else tuple(text)


def _provenance(entry: files_.LanguageEntry | None) -> model.Provenance:
    if entry is None:
        return model.Provenance(status="authentic-unavailable")
    return model.Provenance(status=entry.status, source=entry.source, translator=entry.translator,
                            date=_date(entry.date))


def build_editions(editions: files_.EditionsFile) -> tuple[model.Edition, ...]:
    return tuple(model.Edition(number=entry.number, date=PartialDate.parse(entry.date),
                               summary=_localized(entry.summary)) for entry in editions.editions)


def _revisions(entry: files_.ClauseEntry, language: str) -> tuple[model.Revision, ...]:
    """The clause's earlier wordings in `language`, by segment then edition (the order the model relies on)."""
    entries = getattr(entry.revisions, language) if entry.revisions else []
    revisions = (model.Revision(segment=r.segment, edition=r.edition, earlier=r.earlier, reason=_localized(r.reason),
                                errata=tuple(model.Erratum(date=PartialDate.parse(e.date), reason=_localized(e.reason))
                                             for e in r.errata))
                 for r in entries)
    return tuple(sorted(revisions, key=lambda revision: (revision.segment, revision.edition)))


def build_document(files: DocumentFiles, editions: tuple[model.Edition, ...] = ()) -> model.Document:
    _, document = files.document
    languages = {code: _provenance(document.languages.get(code)) for code in ("vi", "en", "ru")}
    press_by_clause: dict[int, list[int]] = defaultdict(list)
    press = None
    if files.press:
        _, press_file = files.press
        for paragraph in press_file.paragraphs:
            for number in paragraph.clauses:
                press_by_clause[number].append(paragraph.number)
        press = model.PressCoverage(
            source=model.PressSource(title=press_file.source.title, publisher=press_file.source.publisher,
                                     date=PartialDate.parse(press_file.source.date),
                                     language=press_file.source.language, file=press_file.source.file),
            caption=press_file.caption,
            paragraphs=tuple(model.PressParagraph(number=p.number, text=p.text, clause_numbers=tuple(p.clauses))
                             for p in press_file.paragraphs),
        )
    chapters: list[model.Chapter] = []
    clauses: list[model.Clause] = []
    for order, chapter_id in enumerate(document.chapters, start=1):
        _, chapter = files.chapters[chapter_id]
        chapters.append(model.Chapter(id=chapter.id, order=order, title=_localized(chapter.title),
                                      summary=_localized(chapter.summary),
                                      clause_numbers=tuple(c.number for c in chapter.clauses)))
        for entry in chapter.clauses:
            texts = {
                code: model.ClauseText(language=code, segments=segments_of(getattr(entry.text, code)),
                                       provenance=languages[code], revisions=_revisions(entry, code))
                for code in ("vi", "en", "ru")
            }
            clauses.append(model.Clause(
                id=entry.id, number=entry.number, chapter_id=chapter.id, topic=_localized(entry.topic),
                texts=texts, agreement_ids=tuple(entry.agreements),
                press_paragraphs=tuple(press_by_clause.get(entry.number, ())),
                notes=tuple(model.Note(vi=note.vi, en=note.en) for note in entry.notes),
            ))
    clauses.sort(key=lambda clause: clause.number)
    return model.Document(
        id=document.id, short_title=_localized(document.short_title), title=_localized(document.title),
        citation_title=_localized(document.citation_title), place=_localized(document.place),
        date=PartialDate.parse(document.date), authentic_languages=tuple(document.authentic_languages),
        languages=languages,
        parties=tuple(model.Party(country=p.country, name=_localized(p.name), short_name=_localized(p.short_name))
                      for p in document.parties),
        signatories=tuple(model.Signatory(name=_localized(s.name), office=_localized(s.office), country=s.country)
                          for s in document.signatories),
        chapters=tuple(chapters), clauses=tuple(clauses), press=press, editions=editions,
    )


def _phrases(entry: files_.SearchAliases | files_.SynonymGroup | None) -> dict[model.Language, tuple[str, ...]]:
    return {"vi": tuple(entry.vi), "en": tuple(entry.en)} if entry else {"vi": (), "en": ()}


def build_corpus(documents: list[model.Document], agreements: files_.AgreementsFile,
                 glossary: files_.GlossaryFile, synonyms: files_.SynonymsFile | None = None,
                 pronunciation: files_.PronunciationFile | None = None) -> model.Corpus:
    cited: dict[str, list[model.ClauseRef]] = defaultdict(list)
    for document in documents:
        for clause in document.clauses:
            for agreement_id in clause.agreement_ids:
                cited[agreement_id].append(model.ClauseRef(document_id=document.id, number=clause.number))
    return model.Corpus(
        documents=tuple(documents),
        agreements=tuple(
            model.Agreement(id=a.id, title=_localized(a.title), date=_date(a.date), end_date=_date(a.end_date),
                            kind=a.kind, status=a.status, domain=a.domain,
                            note=_localized(a.note) if a.note else None, cited_in=tuple(cited[a.id]))
            for a in agreements.agreements
        ),
        glossary=tuple(
            model.GlossaryTerm(id=t.id, kind=t.kind, term=_localized(t.term), expansion=_localized(t.expansion),
                               definition=_localized(t.definition),
                               matches={"vi": tuple(t.match.vi), "en": tuple(t.match.en)},
                               agreement_id=t.agreement, aliases=_phrases(t.aliases))
            for t in glossary.terms
        ),
        synonyms=tuple(model.SynonymGroup(id=group.id, phrases=_phrases(group))
                       for group in (synonyms.groups if synonyms else ())),
        questions=_question_words(synonyms.questions if synonyms else None),
        pronunciation=_spoken_forms(pronunciation),
    )


def _question_words(questions: files_.QuestionWords | None) -> dict[model.Language, dict[str, tuple[str, ...]]]:
    if questions is None:
        return {}
    kinds = ("asking", "opening", "closing", "about_text", "year")
    return {language: {kind: tuple(getattr(getattr(questions, kind), language)) for kind in kinds}
            for language in ("vi", "en")}


def _spoken_forms(pronunciation: files_.PronunciationFile | None) -> dict[model.Language, tuple[model.SpokenForm, ...]]:
    if pronunciation is None:
        return {"vi": (), "en": ()}
    return {language: tuple(model.SpokenForm(written=entry.written, spoken=entry.spoken)
                            for entry in getattr(pronunciation, language)) for language in ("vi", "en")}
