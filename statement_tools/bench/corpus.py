"""Synthetic corpora for the scaling runs: the real data repeated as N documents.

Each copy is a complete document folder (document.yaml, chapters/, press.yaml) under a new id, so the
site gets N nav sections, N entries on the home page and N times the clauses, exactly as a real
multi-document corpus would. Clause ids repeat across copies, which is allowed: ids are unique per
document. The agreements and glossary registries are shared, as in real data. Generated into a temp
folder by the benchmark, never committed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

DOCUMENT_FILE = "document.yaml"
SOURCES_FOLDER = "sources"
# Shown in the copies' titles so the nav and home page of a 100-document site are readable.
COPY_LABELS = {"vi": "bản sao", "en": "copy"}
TITLE_FIELDS = ("short_title", "title", "citation_title")


def document_folders(data_dir: Path) -> list[Path]:
    return sorted(path.parent for path in data_dir.glob(f"*/{DOCUMENT_FILE}"))


def copy_id(document_id: str, number: int) -> str:
    """Id of the `number`-th copy (2, 3, …); copy 1 is the original under its own id."""
    return f"{document_id}-copy-{number:03d}"


def _retitle(document: dict, number: int) -> dict:
    for field in TITLE_FIELDS:
        titles = document.get(field)
        if isinstance(titles, dict):
            document[field] = {language: f"{text} ({COPY_LABELS.get(language, 'copy')} {number})"
                               for language, text in titles.items()}
    return document


def make_corpus(source: Path, target: Path, copies: int) -> Path:
    """Write into `target` a data folder holding every document of `source` `copies` times.

    `copies` = 1 reproduces `source`; the registries (every top-level file) are copied once. The documents
    name their official texts relative to the project folder (the data folder's parent), so the project's
    sources/ folder is copied beside `target` too, where the loader looks for it.
    """
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    target.mkdir(parents=True, exist_ok=False)
    shutil.copytree(source.parent / SOURCES_FOLDER, target.parent / SOURCES_FOLDER, dirs_exist_ok=True)
    for path in source.iterdir():
        if path.is_file():
            shutil.copyfile(path, target / path.name)
    for folder in document_folders(source):
        shutil.copytree(folder, target / folder.name)
        text = (folder / DOCUMENT_FILE).read_text(encoding="utf-8")
        document = yaml.safe_load(text)
        for number in range(2, copies + 1):
            new_id = copy_id(document["id"], number)
            copy = target / new_id
            shutil.copytree(folder, copy)
            renamed = _retitle({**yaml.safe_load(text), "id": new_id}, number)
            (copy / DOCUMENT_FILE).write_text(
                yaml.safe_dump(renamed, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    return target


# The data edit before every timed scaling run: a translator's note of the first document, a field that
# takes no revision record (only published English does). It changes that clause's pages, the exports,
# the search indexes and the citations' data, as any edit of the text would; the other documents' pages
# and the image cards stay as they were, which is what caching them is for.
EDITED_FILE = "chapters/culture.yaml"
EDITED_NOTE_END = "without any change in meaning."


def edit_note(data_dir: Path, run: int) -> None:
    """Change one note of the first document so that this build follows a data edit (`run` makes it new)."""
    path = document_folders(data_dir)[0] / EDITED_FILE
    text = path.read_text(encoding="utf-8")
    marker = f"{EDITED_NOTE_END} (bench edit"
    if marker in text:
        start = text.index(marker)
        text = text[:start] + EDITED_NOTE_END + text[text.index(")", start) + 1:]
    if EDITED_NOTE_END not in text:
        raise RuntimeError(f"{path}: the note ending {EDITED_NOTE_END!r} that the benchmark edits is gone")
    path.write_text(text.replace(EDITED_NOTE_END, f"{marker} {run})", 1), encoding="utf-8")
