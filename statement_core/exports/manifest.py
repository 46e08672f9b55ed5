"""The downloads manifest: one entry per file in the output folder, for the site's download page.

Files are described by what their names end with, so PDFs or a zip the build adds later get a proper
entry without this module knowing their exact names.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path

from statement_core.exports.checksums import listed_files, sha256_of
from statement_core.exports.names import CHECKSUMS
from statement_core.model import Language, Localized

LANGUAGE_TOKEN = re.compile(r"(?<![a-z])(vi|en|ru)(?![a-z])")


@dataclass(frozen=True)
class Download:
    name: str  # path relative to the output folder, as the page links it
    size_bytes: int
    sha256: str
    media_type: str
    languages: tuple[Language, ...]  # languages of the text inside; empty for checksums
    description: Localized

    @property
    def hreflang(self) -> str | None:
        """The link's hreflang: only meaningful when the file holds exactly one language."""
        return self.languages[0] if len(self.languages) == 1 else None


@dataclass(frozen=True)
class _Kind:
    suffix: str
    media_type: str
    description: Localized
    languages: tuple[Language, ...] | None = None  # None: read them from the file name


# Reading order for the page: documents people read first, then data, checksums last.
KINDS: tuple[_Kind, ...] = (
    _Kind(".pdf", "application/pdf", Localized(vi="Bản PDF để đọc và in", en="PDF for reading and print")),
    _Kind(".vi.txt", "text/plain; charset=utf-8", Localized(
        vi="Văn bản tiếng Việt (văn bản xác thực), dạng văn bản thuần",
        en="Vietnamese text (authentic), as plain text"), ("vi",)),
    _Kind(".en.txt", "text/plain; charset=utf-8", Localized(
        vi="Bản dịch tiếng Anh không chính thức, dạng văn bản thuần",
        en="Unofficial English translation, as plain text"), ("en",)),
    _Kind(".schema.json", "application/schema+json", Localized(
        vi="Lược đồ JSON Schema (2020-12) mô tả tệp statement.json",
        en="JSON Schema (2020-12) describing statement.json"), ()),
    _Kind(".csl.json", "application/vnd.citationstyles.csl+json", Localized(
        vi="Trích dẫn văn kiện và từng khoản, dạng CSL-JSON (Zotero, Pandoc, citeproc)",
        en="Citations of the statement and of every clause, as CSL-JSON (Zotero, Pandoc, citeproc)")),
    _Kind(".json", "application/json", Localized(
        vi="Toàn bộ dữ liệu dạng JSON: văn bản, chương, khoản, nguồn gốc, văn kiện, thuật ngữ, báo chí",
        en="The whole dataset as JSON: text, chapters, clauses, provenance, agreements, glossary, press"),
        ("vi", "en")),
    _Kind(".akn.xml", "application/akn+xml", Localized(
        vi="Akoma Ntoso 3.0 (XML văn bản pháp lý): tiếng Việt xác thực, kèm bản dịch tiếng Anh",
        en="Akoma Ntoso 3.0 legal XML: the authentic Vietnamese, with the English translation"), ("vi", "en")),
    _Kind(".xlf", "application/xliff+xml", Localized(
        vi="Tệp song ngữ XLIFF 1.2 cho phần mềm hỗ trợ dịch (OmegaT, Trados, memoQ): mỗi phân đoạn một đơn vị, "
           "nguồn tiếng Việt, đích tiếng Anh",
        en="Bilingual XLIFF 1.2 file for CAT tools (OmegaT, Trados, memoQ): one unit per segment, Vietnamese "
           "source, English target"), ("vi", "en")),
    _Kind(".segments.tmx", "application/x-tmx+xml", Localized(
        vi="Bộ nhớ dịch Việt – Anh (TMX 1.4b) theo từng phân đoạn (câu hoặc mục liệt kê) đã căn chỉnh, "
           "để dùng trong phần mềm hỗ trợ dịch",
        en="Vietnamese–English translation memory (TMX 1.4b), one unit per aligned segment (a sentence or list "
           "item), for CAT tools"), ("vi", "en")),
    _Kind(".clauses.tmx", "application/x-tmx+xml", Localized(
        vi="Bộ nhớ dịch Việt – Anh (TMX 1.4b), mỗi khoản một đơn vị",
        en="Vietnamese–English translation memory (TMX 1.4b), one unit per clause"), ("vi", "en")),
    _Kind(".csv", "text/csv; charset=utf-8; header=present", Localized(
        vi="Danh mục văn kiện và sự kiện được dẫn, dạng bảng (CSV)",
        en="The agreements and events cited, as a table (CSV)"), ("vi", "en")),
    _Kind(".ics", "text/calendar; charset=utf-8", Localized(
        vi="Các văn kiện có ngày, dạng lịch (iCalendar)",
        en="The dated agreements and events, as a calendar (iCalendar)"), ("vi", "en")),
    _Kind(".ris", "application/x-research-info-systems", Localized(
        vi="Trích dẫn văn kiện và từng khoản, dạng RIS (EndNote, Zotero, Mendeley)",
        en="Citations of the statement and of every clause, as RIS (EndNote, Zotero, Mendeley)")),
    _Kind(".bib", "application/x-bibtex; charset=utf-8", Localized(
        vi="Trích dẫn văn kiện và từng khoản, dạng BibTeX (LaTeX, JabRef; mã UTF-8)",
        en="Citations of the statement and of every clause, as BibTeX (LaTeX, JabRef; UTF-8)")),
    _Kind(".zip", "application/zip", Localized(vi="Tất cả các tệp trong một gói nén", en="Every file in one archive")),
)
CHECKSUMS_KIND = _Kind(CHECKSUMS, "text/plain; charset=utf-8", Localized(
    vi="Mã băm SHA-256 của mọi tệp, để kiểm tra tệp tải về (sha256sum -c SHA256SUMS)",
    en="SHA-256 checksums of every file, to verify downloads (sha256sum -c SHA256SUMS)"), ())


def _kind(name: str) -> tuple[int, _Kind]:
    """The file's kind and its rank in reading order: known kinds, then anything else, checksums last."""
    if name == CHECKSUMS:
        return len(KINDS) + 1, CHECKSUMS_KIND
    for rank, kind in enumerate(KINDS):
        if name.endswith(kind.suffix):
            return rank, kind
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return len(KINDS), _Kind("", media_type, Localized(vi=name, en=name))


def _languages(name: str, kind: _Kind) -> tuple[Language, ...]:
    if kind.languages is not None:
        return kind.languages
    found = LANGUAGE_TOKEN.findall(Path(name).name)
    return tuple(dict.fromkeys(found))  # type: ignore[arg-type]


def describe(name: str, path: Path, sha256: str | None = None) -> Download:
    """The download `name`, whose content is the file at `path` (its SHA-256 when known already)."""
    _, kind = _kind(name)
    return Download(name=name, size_bytes=path.stat().st_size, sha256=sha256 or sha256_of(path),
                    media_type=kind.media_type, languages=_languages(name, kind), description=kind.description)


def manifest(out_dir: Path) -> list[Download]:
    """Every file in `out_dir` (SHA256SUMS last if written), in reading order, then by name."""
    paths = listed_files(out_dir) + ([out_dir / CHECKSUMS] if (out_dir / CHECKSUMS).is_file() else [])
    return in_reading_order([describe(path.relative_to(out_dir).as_posix(), path) for path in paths])


def in_reading_order(entries: list[Download]) -> list[Download]:
    """Known kinds in their order, then anything else, SHA256SUMS last; by name within a kind."""
    return sorted(entries, key=lambda entry: (_kind(entry.name)[0], entry.name))
