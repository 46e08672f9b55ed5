"""statement.vi.txt and statement.en.txt: the text alone, for reading, quoting and diffing.

Title, place and date, provenance, then the clauses as "N. text" in source order with a blank line
between, then the build stamp. One clause per line, never hard-wrapped, so a quotation or a diff
matches the data exactly. UTF-8, NFC, LF.
"""

from __future__ import annotations

import unicodedata

from statement_core.runtime.build_info import BuildInfo
from statement_core.labels import choice, label
from statement_core.model import Document, Language, Provenance

# Wording only these files need; the rest comes from the shared labels.
WORDING: dict[str, dict[str, str]] = {
    "vi": {
        "this_text": "Văn bản này",
        "source": "nguồn",
        "translated_by": "người dịch",
        "unofficial_banner": "BẢN DỊCH KHÔNG CHÍNH THỨC",
        "stamp": "Bản xuất ngày {date} từ mã nguồn {commit}.",
    },
    "en": {
        "this_text": "This text",
        "source": "source",
        "translated_by": "translated by",
        "unofficial_banner": "UNOFFICIAL TRANSLATION",
        "stamp": "Exported on {date} from source commit {commit}.",
    },
}


def clause_line(number: int, text: str) -> str:
    return f"{number}. {text}"


def _provenance_lines(document: Document, language: Language) -> list[str]:
    words = WORDING[language]
    authentic = ", ".join(choice(language, "lang", code) for code in document.authentic_languages)
    provenance: Provenance = document.languages[language]
    details = [choice(language, "status", provenance.status)]
    if provenance.source:
        details.append(f"{words['source']}: {provenance.source}")
    if provenance.translator:
        details.append(f"{words['translated_by']}: {provenance.translator}")
    if provenance.date:
        details.append(provenance.date.format(language))
    return [f"{label(language, 'authentic_languages')}: {authentic}.",
            f"{words['this_text']}: {'; '.join(details)}."]


def render_plain_text(document: Document, language: Language, info: BuildInfo) -> bytes:
    words = WORDING[language]
    head = []
    if document.languages[language].status == "unofficial-translation":
        head.append(words["unofficial_banner"])
    head += [document.title.get(language),
             label(language, "place_date", place=document.place.get(language), date=document.date.format(language)),
             *_provenance_lines(document, language)]
    clauses = [clause_line(clause.number, clause.text(language) or "") for clause in document.clauses]
    stamp = words["stamp"].format(date=info.day_iso, commit=info.commit)
    text = "\n\n".join(["\n".join(head), *clauses, stamp]) + "\n"
    return unicodedata.normalize("NFC", text).encode("utf-8")
