"""The PDF editions: A4, no blank page, every clause's text extractable, fonts embedded, outline, metadata,
links to the right permalinks, and the same bytes for the same commit.

The three PDFs are built once for the module (about 6 s); a second build checks reproducibility.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import DOCUMENT_ID
from statement_core.data.loader import load_corpus
from statement_core.runtime.build_info import BuildInfo
from statement_core.labels import label
from statement_core.pdf import EDITIONS, SITE_AUTHOR, PdfBuildError, write_pdfs
from statement_core.pdf.book import build_edition
from statement_core.pdf.typeset import render_html, write_pdf
from statement_core.site_plan import plan_site

INFO = BuildInfo(date=dt.datetime(2025, 5, 12, 8, 30, tzinfo=dt.timezone.utc),
                 commit="0123456789abcdef0123456789abcdef01234567", version="2025.05.12-0123456")
SITE_URL = "https://example.org/statement/"  # not the real one: proves the argument is what links use
A4 = (595.28, 841.89)
# The body area, from overrides/pdf/edition.css: margins 22 mm top, 20 mm bottom and sides. Cropping to
# it leaves out the running head and foot; the bilingual columns meet at the centre of the page.
BODY_TOP, BODY_BOTTOM = 63, 785
CENTRE = 297
HYPHENATION = "\u2010"  # what edition.css sets as hyphenate-character; the data never contains it

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                reason="poppler-utils is not installed (make setup installs it)")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, corpus) -> dict[str, Path]:
    paths = write_pdfs(corpus, tmp_path_factory.mktemp("pdf"), INFO, SITE_URL)
    return {edition.code: path for edition, path in zip(EDITIONS, paths)}


def _text(path: Path, *, x: int = 0, width: int = 596, raw: bool = True) -> list[str]:
    """Text of each page inside the body area (and the columns x…x+width), in drawing order."""
    command = ["pdftotext", "-enc", "UTF-8", "-x", str(x), "-y", str(BODY_TOP), "-W", str(width),
               "-H", str(BODY_BOTTOM - BODY_TOP), *(["-raw"] if raw else []), str(path), "-"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return output.split("\f")[:-1]  # pdftotext ends every page with a form feed


def _normalise(text: str) -> str:
    """Applied to the data and to the extracted text alike."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(HYPHENATION + r"\s+", "", text)  # undo hyphenation at line ends
    # A line may also break after a hyphen of the text itself ("people-to-/people", "Việt Nam -/Belarus");
    # extraction cannot tell that break from a space, so neither side keeps a space after a hyphen.
    text = re.sub(r"-\s+", "-", text)
    return " ".join(text.split())


def _column(path: Path, column: int, columns: int) -> str:
    x, width = (0, 596) if columns == 1 else ((0, CENTRE) if column == 0 else (CENTRE + 1, 596 - CENTRE - 1))
    return _normalise(" ".join(_text(path, x=x, width=width)))


def test_file_names_carry_document_and_edition_of_the_translation(pdfs, corpus):
    # One stable address per edition and file (issue 37): the build's date and commit are inside, not in the name.
    edition = corpus.editions[-1].number
    assert edition == 4
    assert sorted(path.name for path in pdfs.values()) == sorted(
        f"{DOCUMENT_ID}-{code}-edition-{edition}.pdf" for code in ("vi-en", "vi", "en"))


@pytest.mark.parametrize("code", ["vi-en", "vi", "en"])
def test_every_page_is_a4_and_has_body_text(pdfs, code):
    reader = PdfReader(pdfs[code])
    assert len(reader.pages) >= 12
    for number, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=1), (code, number, size)
    bodies = _text(pdfs[code], raw=False)
    assert len(bodies) == len(reader.pages)
    empty = [number for number, body in enumerate(bodies, start=1) if not body.strip()]
    assert not empty, f"{code}: pages with nothing but a running head or foot: {empty}"


@pytest.mark.parametrize("code", ["vi-en", "vi", "en"])
def test_every_clause_text_extracts_exactly(pdfs, document, code):
    edition = next(edition for edition in EDITIONS if edition.code == code)
    for index, language in enumerate(edition.languages):
        column = _column(pdfs[code], index, len(edition.languages))
        missing = [clause.number for clause in document.clauses
                   if _normalise(clause.text(language)) not in column]
        assert not missing, f"{code}: {language} text of clauses {missing} does not extract as in the data"


def test_vietnamese_extraction_keeps_diacritics(pdfs, document):
    """Guards the test above against passing on text that lost its marks (e.g. "Viet Nam" for "Việt Nam")."""
    column = _column(pdfs["vi"], 0, 1)
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in column
    assert _normalise(document.clause(38).text("vi")) in column
    assert any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", column))


@pytest.mark.parametrize("code", ["vi-en", "vi", "en"])
def test_every_font_is_embedded_noto_serif(pdfs, code):
    rows = subprocess.run(["pdffonts", str(pdfs[code])], capture_output=True, text=True, check=True)
    fonts = [line.split() for line in rows.stdout.splitlines()[2:] if line.strip()]
    assert len(fonts) >= 2
    for row in fonts:
        name, embedded = row[0], row[-5]  # name first; then type, encoding, emb, sub, uni, object, gen
        assert embedded == "yes", f"{code}: font {name} is not embedded"
        assert re.fullmatch(r"[A-Z]{6}\+Noto-?Serif(-\w+)?", name), f"{code}: fallback font {name}"


@pytest.mark.parametrize("code", ["vi-en", "vi", "en"])
def test_outline_has_each_chapter_then_the_appendices(pdfs, document, code):
    edition = next(edition for edition in EDITIONS if edition.code == code)
    reader = PdfReader(pdfs[code])
    outline = reader.outline
    assert all(not isinstance(entry, list) for entry in outline), "chapters carry no nested entries"
    titles = [entry.title for entry in outline]
    assert len(titles) == len(document.chapters) + 2
    for entry, chapter in zip(outline, document.chapters):
        expected = " / ".join(chapter.title.get(language) for language in edition.languages)
        assert entry.title == f"{chapter.order}. {expected}"
        page = reader.get_destination_page_number(entry)
        assert chapter.title.get(edition.language) in reader.pages[page].extract_text()
    assert titles[-2].startswith(label(edition.language, "pdf_appendix", letter="A"))
    assert titles[-1].startswith(label(edition.language, "pdf_appendix", letter="B"))
    assert label(edition.language, "glossary") in titles[-1]


def test_contents_page_numbers_are_where_chapters_start(pdfs, document):
    reader = PdfReader(pdfs["en"])
    starts = {entry.title.split(". ", 1)[1]: reader.get_destination_page_number(entry) + 1
              for entry in reader.outline[: len(document.chapters)]}
    contents = _text(pdfs["en"], raw=False)[1]
    for title, page in starts.items():
        found = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        assert found and int(found.group(1)) == page, (title, page)


@pytest.mark.parametrize("code", ["vi-en", "vi", "en"])
def test_metadata(pdfs, document, code):
    edition = next(edition for edition in EDITIONS if edition.code == code)
    reader = PdfReader(pdfs[code])
    metadata = reader.metadata
    assert document.short_title.get(edition.language) in metadata.title
    assert metadata.author == SITE_AUTHOR
    assert metadata.subject and metadata.keywords
    assert reader.trailer["/Root"]["/Lang"] == edition.language
    assert metadata["/CreationDate"] == metadata["/ModDate"] == "D:20250512083000Z"


def test_english_edition_says_unofficial_translation_on_every_page(pdfs):
    reader = PdfReader(pdfs["en"])
    unmarked = [number for number, page in enumerate(reader.pages, start=1)
                if "Unofficial translation" not in page.extract_text()]
    assert not unmarked, f"pages of the English edition not labelled unofficial: {unmarked}"


def _words(path: Path) -> dict[int, list[tuple[float, float, float, float, str]]]:
    """Every word on every page with its box (top-left origin), from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for number, page in enumerate(html.split("<page ")[1:]):
        pages[number] = [(float(a), float(b), float(c), float(d), word) for a, b, c, d, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)]
    return pages


@pytest.mark.parametrize("code", ["vi-en", "vi", "en"])
def test_clause_numbers_link_to_their_permalinks(pdfs, corpus, document, code):
    edition = next(edition for edition in EDITIONS if edition.code == code)
    plan = plan_site(corpus)
    expected = {}
    for clause in document.clauses:
        for language in edition.languages:
            page = plan.find("chapter", document.id, clause.chapter_id)
            expected[f"{SITE_URL}{page.url(language)}#clause-{clause.number}"] = \
                f"{label(language, 'clause')} {clause.number}"
    words = _words(pdfs[code])
    reader = PdfReader(pdfs[code])
    found: dict[str, str] = {}
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            uri = annotation.get("/A", {}).get("/URI")
            if not uri or "#clause-" not in uri:
                continue
            x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
            top, bottom = height - max(y0, y1), height - min(y0, y1)
            inside = [w for (a, b, c, d, w) in words[number]
                      if min(x0, x1) <= (a + c) / 2 <= max(x0, x1) and top <= (b + d) / 2 <= bottom]
            assert uri not in found, f"{uri} is linked twice"
            found[uri] = " ".join(inside)
    assert found == expected
    assert f"{SITE_URL}en/{DOCUMENT_ID}/politics/#clause-6" in expected or code == "vi"


@pytest.mark.parametrize("code", ["vi-en", "en"])
def test_links_inside_the_pdf_reach_named_destinations(pdfs, code):
    reader = PdfReader(pdfs[code])
    names = set(reader.named_destinations)
    targets = {str(annotation.get_object()["/Dest"]) for page in reader.pages for annotation in page.get("/Annots", [])
               if "/Dest" in annotation.get_object()}
    assert {"clause-13", "chapter-politics", "appendix-timeline", "colophon"} <= targets
    assert targets <= names


def test_two_builds_are_byte_identical(pdfs, corpus, tmp_path):
    again = write_pdfs(corpus, tmp_path, INFO, SITE_URL)
    for path in again:
        first = next(p for p in pdfs.values() if p.name == path.name)
        assert path.read_bytes() == first.read_bytes(), f"{path.name} differs between two builds"


def test_text_from_the_data_is_escaped(data_copy, corpus):
    chapter_file = data_copy / DOCUMENT_ID / "chapters" / "politics.yaml"
    source = chapter_file.read_text(encoding="utf-8")
    chapter_file.write_text(source.replace('"Tiếp xúc và trao đổi đoàn ở tất cả các cấp"',
                                           '"<script>alert(1)</script> & <b>bold</b>"'), encoding="utf-8")
    hostile = load_corpus(data_copy, allow_markup=True)
    document = hostile.document(DOCUMENT_ID)
    html = render_html(build_edition(hostile, document, EDITIONS[0], INFO, SITE_URL))
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html


def test_warnings_from_weasyprint_fail_the_build(tmp_path):
    (tmp_path / "edition.css").write_text("p { colour: red; }", encoding="utf-8")
    with pytest.raises(PdfBuildError, match="colour"):
        write_pdf('<html><head><link rel="stylesheet" href="edition.css"></head><body><p>x</p></body></html>',
                  tmp_path / "out.pdf", template_dir=tmp_path)
    assert not (tmp_path / "out.pdf").exists()


def test_a_missing_stylesheet_fails_the_build(tmp_path):
    with pytest.raises(PdfBuildError):
        write_pdf('<html><head><link rel="stylesheet" href="missing.css"></head><body><p>x</p></body></html>',
                  tmp_path / "out.pdf", template_dir=tmp_path)


def test_the_title_page_names_the_edition_of_the_translation(pdfs):
    """Read with pypdf: a PDF with the English names its edition on the title page; the Vietnamese alone has none."""
    def first_page(code: str) -> str:  # lower case: the facts' labels are set in capitals by the stylesheet
        return " ".join(PdfReader(pdfs[code]).pages[0].extract_text().split()).lower()

    assert "english translation edition 4, 7 december 2026" in first_page("en")
    assert "bản dịch tiếng anh / english translation ấn bản 4, 7/12/2026 edition 4, 7 december 2026" \
        in first_page("vi-en")
    assert "ấn bản 4" not in first_page("vi") and "edition 4" not in first_page("vi")
