"""load_corpus(): read every file under data/, report all problems at once, or return the model."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from statement_core.data import cross_checks, edition_checks, lock_checks, segment_checks
from statement_core.data.assemble import build_corpus, build_document, build_editions
from statement_core.cache import Store
from statement_core.data.file_models import (AgreementsFile, ChapterFile, DocumentFile, EditionsFile, GlossaryFile,
                                      PressFile, PronunciationFile, SynonymsFile)
from statement_core.data.errors import DataError, DataIssue
from statement_core.model import Corpus
from statement_core.data.pronunciation_checks import check_pronunciation
from statement_core.data.published_lock import LOCK_FILE, LockFile
from statement_core.data.text_checks import check_text
from statement_core.data.validation_messages import validate_file
from statement_core.data.vocabulary_checks import check_vocabulary
from statement_core.data.yaml_source import YamlSource, read_yaml

FileModel = TypeVar("FileModel", bound=BaseModel)

DOCUMENT_FILE = "document.yaml"
PRESS_FILE = "press.yaml"
CHAPTERS_FOLDER = "chapters"
AGREEMENTS_FILE = "agreements.yaml"
GLOSSARY_FILE = "glossary.yaml"
SYNONYMS_FILE = "synonyms.yaml"  # optional: search synonyms for everyday words
EDITIONS_FILE = "editions.yaml"  # the translation's published editions
PRONUNCIATION_FILE = "pronunciation.yaml"  # optional: what the read-aloud voices are given instead (issue 32)


class _Reader:
    """Reads files relative to the data folder and collects every issue on the way."""

    def __init__(self, data_dir: Path, allow_markup: bool, store: Store | None) -> None:
        self.data_dir = data_dir
        self.allow_markup = allow_markup
        self.store = store
        self.issues: list[DataIssue] = []
        self.raw: dict[Path, object] = {}

    def display(self, path: Path) -> str:
        return (Path(self.data_dir.name) / path.relative_to(self.data_dir)).as_posix()

    def read(self, path: Path, model: type[FileModel]) -> tuple[YamlSource, FileModel] | None:
        if not path.is_file():
            self.issues.append(DataIssue(self.display(path), 1, f"file is missing; create {self.display(path)}"))
            return None
        content = path.read_bytes()  # one read: the bytes keyed are the bytes parsed
        if self.store is None:
            source, parsed, issues = self._parse(path, content, model)
        else:  # a file's result depends only on its bytes, the name it is reported under, its model, markup
            inputs = [content, self.display(path), f"{model.__module__}.{model.__qualname__}", self.allow_markup]
            source, parsed, issues = self.store.value("data-file", inputs, lambda: self._parse(path, content, model))
        self.issues.extend(issues)
        if source is None:
            return None
        self.raw[path] = source.data
        return (source, parsed) if parsed is not None else None  # type: ignore[return-value]

    def _parse(self, path: Path, content: bytes,
               model: type[FileModel]) -> tuple[YamlSource | None, FileModel | None, list[DataIssue]]:
        source, issues = read_yaml(path, self.display(path), content)
        if source is None:
            return None, None, issues
        issues += check_text(source, self.allow_markup)
        parsed, more = validate_file(source, model)
        return source, parsed, issues + more


def _read_document(reader: _Reader, folder: Path) -> tuple[cross_checks.DocumentFiles | None, bool]:
    """The document's files that validated, and whether all of them did."""
    document = reader.read(folder / DOCUMENT_FILE, DocumentFile)
    chapter_paths = sorted((folder / CHAPTERS_FOLDER).glob("*.yaml"))
    chapters = {path.stem: reader.read(path, ChapterFile) for path in chapter_paths}
    press = reader.read(folder / PRESS_FILE, PressFile) if (folder / PRESS_FILE).exists() else None
    if document is None:
        return None, False
    complete = all(chapter is not None for chapter in chapters.values())
    files = cross_checks.DocumentFiles(folder=folder, document=document,
                                       chapters={k: v for k, v in chapters.items() if v}, press=press)
    listed = {cid: reader.display(folder / CHAPTERS_FOLDER / f"{cid}.yaml") for cid in document[1].chapters}
    if complete:
        reader.issues.extend(cross_checks.check_chapter_files(files, listed))
    reader.issues.extend(cross_checks.check_parties(files))
    reader.issues.extend(cross_checks.check_clause_numbers(files, complete))
    # document.yaml names the official texts relative to the project folder, which holds data/ and sources/.
    reader.issues.extend(segment_checks.check_segments(files, reader.data_dir.parent, complete))
    numbers = {clause.number for _, chapter in files.chapters.values() for clause in chapter.clauses}
    if complete:
        reader.issues.extend(cross_checks.check_press(files, numbers))
    return files, complete


def _raw_ids(data: object, key: str) -> list[str]:
    """Ids from a file that parsed but did not validate, so references to it can still be checked."""
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    return [entry["id"] for entry in entries if isinstance(entry, dict) and isinstance(entry.get("id"), str)]


def _check_published(reader: _Reader, data_dir: Path, editions: tuple[YamlSource, EditionsFile] | None,
                     documents: list[cross_checks.DocumentFiles], all_read: bool) -> None:
    """Compare data/ with what the published editions said (the lock), once the rest has been checked.

    No lock means nothing has been published yet (a new data folder); `make edition` writes the first.
    """
    if not (data_dir / LOCK_FILE).exists():
        return
    lock = reader.read(data_dir / LOCK_FILE, LockFile)
    if lock is None:
        return
    reported = {(issue.path, issue.line) for issue in reader.issues}
    if editions:
        reader.issues.extend(lock_checks.check_locked_editions(lock, editions, reported))
    if not all_read:
        return  # a chapter file that failed would look like removed segments
    for files in documents:
        reader.issues.extend(lock_checks.check_document_against_lock(files, lock, reported))
        reader.issues.extend(lock_checks.check_reasons_against_lock(files, lock, reported))
    reader.issues.extend(lock_checks.check_lock_documents(lock, {files.document[1].id for files in documents}))


def load_corpus(data_dir: Path, *, allow_markup: bool = False, store: Store | None = None) -> Corpus:
    """Load and validate everything under `data_dir`; raise DataError listing every issue found.

    `allow_markup` exists only for the hostile-input fixture that proves the renderers escape text even
    when validation is bypassed; real data never needs it. `store`: where files parsed and checked by earlier
    loads are kept (builds of a large collection after an edit parse one file again, not all of them).
    """
    data_dir = Path(data_dir)
    reader = _Reader(data_dir, allow_markup, store)
    folders = sorted(path.parent for path in data_dir.glob(f"*/{DOCUMENT_FILE}"))
    if not folders:
        raise DataError([DataIssue(data_dir.name, 1, f"no document found: expected */{DOCUMENT_FILE} under "
                                                     f"{data_dir}")])
    editions = reader.read(data_dir / EDITIONS_FILE, EditionsFile)
    if editions:
        reader.issues.extend(edition_checks.check_editions(editions))
    edition_numbers = [entry.number for entry in editions[1].editions] if editions else []
    read = [_read_document(reader, folder) for folder in folders]
    documents = [files for files, _ in read]
    all_read = all(complete for _, complete in read)
    agreements = reader.read(data_dir / AGREEMENTS_FILE, AgreementsFile)
    glossary = reader.read(data_dir / GLOSSARY_FILE, GlossaryFile)
    synonyms = reader.read(data_dir / SYNONYMS_FILE, SynonymsFile) if (data_dir / SYNONYMS_FILE).exists() else None
    reader.issues.extend(check_vocabulary(glossary, synonyms))
    pronunciation = reader.read(data_dir / PRONUNCIATION_FILE, PronunciationFile) \
        if (data_dir / PRONUNCIATION_FILE).exists() else None
    agreement_ids = [entry.id for entry in agreements[1].agreements] if agreements else \
        _raw_ids(reader.raw.get(data_dir / AGREEMENTS_FILE), "agreements")
    cited: set[str] = set()
    revised: set[int] = set()
    for files in documents:
        if files is None:
            continue
        if editions:
            reader.issues.extend(edition_checks.check_revisions(files, edition_numbers))
            reader.issues.extend(edition_checks.check_errata(files, editions))
        revised.update(revision.entry.edition for revision in edition_checks.recorded_revisions(files))
        if agreement_ids:
            reader.issues.extend(cross_checks.check_clause_agreements(files, agreement_ids))
        cited.update(a for _, chapter in files.chapters.values() for clause in chapter.clauses for a in clause.agreements)
    if editions and all_read:
        reader.issues.extend(edition_checks.check_editions_revised(editions, revised))
    reader.issues.extend(cross_checks.check_registries(agreements, glossary, cited if all_read else set(agreement_ids)))
    document_ids = [files.document[1].id for files in documents if files]
    for files in documents:
        if files and document_ids.count(files.document[1].id) > 1:
            reader.issues.append(files.document[0].issue(("id",), f"document id '{files.document[1].id}' is used "
                                                                  "by another document; ids must be unique"))
    _check_published(reader, data_dir, editions, [files for files in documents if files], all_read)
    if reader.issues or not all_read or agreements is None or glossary is None or editions is None:
        raise DataError(reader.issues)
    published = build_editions(editions[1])
    built = [build_document(files, published) for files in documents if files]
    if pronunciation:  # checked against the text as the pages show it, once the documents are built
        issues = check_pronunciation(*pronunciation, built)
        if issues:
            raise DataError(issues)
    return build_corpus(built, agreements[1], glossary[1], synonyms[1] if synonyms else None,
                        pronunciation[1] if pronunciation else None)
