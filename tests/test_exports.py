"""The export set as a whole: what write_exports writes, byte-identical reruns, the CLI, checksums, manifest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from statement_core.runtime.build_info import BuildInfo, build_info
from statement_core.exports import Download, manifest, render_exports, write_checksums, write_exports
from statement_core.exports.checksums import read_checksums
from statement_core.exports.names import checksums_header
from statement_core.exports.tmx import tmx_date

EPOCH = 1893553445  # 2030-01-02T03:04:05Z: no date in the data looks like it, so replacing it is exact
FIXED_COMMIT = "0123456789abcdef0123456789abcdef01234567"
EXPECTED_FILES = {
    "statement.json", "statement.schema.json", "statement.vi-en.segments.tmx", "statement.vi-en.clauses.tmx",
    "statement.vi-en.xlf", "agreements.csv", "agreements.ics", "statement.akn.xml", "statement.vi.txt",
    "statement.en.txt",
    *(f"statement.{language}.{suffix}" for language in ("vi", "en") for suffix in ("ris", "bib", "csl.json")),
}
# Files that must carry the build date (the CSV is a bare RFC 4180 table with no room for a stamp; RIS and
# CSL-JSON records name the edition of the text they cite, which a rebuild does not change).
STAMPED = EXPECTED_FILES - {"agreements.csv", *(f"statement.{language}.{suffix}" for language in ("vi", "en")
                                                 for suffix in ("ris", "csl.json"))}


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _date_forms(info: BuildInfo) -> list[str]:
    """Every way an export spells the build date, longest first so replacements do not overlap."""
    forms = [info.date_iso, info.version, tmx_date(info), info.date.strftime("%Y%m%dT%H%M%SZ"), info.day_iso]
    return sorted(set(forms), key=len, reverse=True)


@pytest.fixture
def pinned_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fixed commit keeps the test independent of commits made in the tree while it runs.
    monkeypatch.setenv("SOURCE_COMMIT", FIXED_COMMIT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))


def _build(corpus, folder: Path) -> dict[str, bytes]:
    info = build_info()
    write_exports(corpus, folder, info)
    write_checksums(folder, checksums_header(corpus, info))  # as the command line writes it
    return _contents(folder)


def test_write_exports_writes_every_format_and_returns_the_paths(corpus, tmp_path):
    written = write_exports(corpus, tmp_path / "out", build_info())
    assert {path.name for path in written} == EXPECTED_FILES
    assert all(path.is_file() and path.stat().st_size > 0 for path in written)


def test_two_runs_with_source_date_epoch_are_byte_identical(corpus, tmp_path, pinned_env):
    first, second = _build(corpus, tmp_path / "a"), _build(corpus, tmp_path / "b")
    assert set(first) == EXPECTED_FILES | {"SHA256SUMS"}
    assert first == second


def test_two_runs_on_the_commit_date_are_byte_identical(corpus, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("SOURCE_COMMIT", raising=False)
    info, again = build_info(), build_info()  # the commit date of HEAD, not the clock
    if again.commit != info.commit:
        pytest.skip("HEAD moved while the test ran")
    assert again == info
    assert render_exports(corpus, info) == render_exports(corpus, again)


def test_source_date_epoch_changes_the_stamped_date_and_nothing_else(corpus, tmp_path, pinned_env, monkeypatch):
    before_info = build_info()
    before = _build(corpus, tmp_path / "a")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400 + 3600))
    after_info = build_info()
    after = _build(corpus, tmp_path / "b")
    assert after_info.date == before_info.date + dt.timedelta(days=1, hours=1)
    changed = {name for name in STAMPED if before[name] != after[name]}
    assert changed == STAMPED, f"these exports do not carry the build date: {STAMPED - changed}"
    for name in EXPECTED_FILES:
        text = before[name].decode("utf-8")
        for old, new in zip(_date_forms(before_info), _date_forms(after_info), strict=True):
            text = text.replace(old, new)
        assert text.encode("utf-8") == after[name], f"{name} changes with time beyond the build date"


def test_cli_in_a_fresh_process_writes_the_same_bytes(corpus, tmp_path, pinned_env):
    expected = _build(corpus, tmp_path / "in-process")
    # A different hash seed would expose any set or dict ordering that leaks into the output.
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run([sys.executable, "-m", "statement_core", "exports", str(tmp_path / "cli")], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert _contents(tmp_path / "cli") == expected


def test_checksums_cover_every_file_including_later_additions(corpus, tmp_path):
    out = tmp_path / "out"
    write_exports(corpus, out, build_info())
    (out / "statement.vi-en.pdf").write_bytes(b"%PDF-1.7 stand-in")
    (out / "extra").mkdir()
    (out / "extra" / "notes.txt").write_text("nested\n", encoding="utf-8")
    checksums = write_checksums(out)
    lines = checksums.read_text(encoding="utf-8").splitlines(keepends=True)
    assert all(line.endswith("\n") and line.count("  ") == 1 for line in lines)
    entries = read_checksums(checksums)
    names = [line.split("  ", 1)[1].rstrip("\n") for line in lines]
    assert names == sorted(names)
    assert set(entries) == EXPECTED_FILES | {"statement.vi-en.pdf", "extra/notes.txt"}
    for name, digest in entries.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name


def test_checksums_verify_with_sha256sum_when_installed(corpus, tmp_path):
    if shutil.which("sha256sum") is None:
        pytest.skip("coreutils sha256sum not installed")
    info = build_info()
    write_exports(corpus, tmp_path, info)
    write_checksums(tmp_path, checksums_header(corpus, info))
    result = subprocess.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr


def test_checksums_name_the_edition_build_date_and_commit(corpus, tmp_path):
    """The files are named by edition (issue 37): which build they are is said in SHA256SUMS."""
    info = build_info()
    write_exports(corpus, tmp_path, info)
    header = [line for line in write_checksums(tmp_path, checksums_header(corpus, info)).read_text().splitlines()
              if line.startswith("#")]
    assert f"edition {corpus.editions[-1].number} of the English translation" in header[0]
    assert header[1] == f"# built {info.date_iso} from commit {info.commit}"
    assert "#" not in "".join(read_checksums(tmp_path / "SHA256SUMS"))


def test_manifest_describes_every_file_with_its_size_hash_and_type(corpus, tmp_path):
    write_exports(corpus, tmp_path, build_info())
    (tmp_path / "statement.vi-en.pdf").write_bytes(b"%PDF-1.7 stand-in")
    write_checksums(tmp_path)
    entries = {entry.name: entry for entry in manifest(tmp_path)}
    assert set(entries) == EXPECTED_FILES | {"statement.vi-en.pdf", "SHA256SUMS"}
    for name, entry in entries.items():
        assert isinstance(entry, Download)
        data = (tmp_path / name).read_bytes()
        assert (entry.size_bytes, entry.sha256) == (len(data), hashlib.sha256(data).hexdigest()), name
        assert entry.description.vi and entry.description.en and entry.description.vi != entry.description.en, name
    assert read_checksums(tmp_path / "SHA256SUMS") == {n: e.sha256 for n, e in entries.items() if n != "SHA256SUMS"}
    assert entries["statement.json"].media_type == "application/json"
    assert entries["statement.schema.json"].media_type == "application/schema+json"
    assert entries["agreements.ics"].media_type.startswith("text/calendar")
    assert entries["agreements.csv"].media_type.startswith("text/csv")
    assert entries["statement.vi-en.pdf"].media_type == "application/pdf"
    assert entries["statement.vi-en.xlf"].media_type == "application/xliff+xml"
    segments, clauses = entries["statement.vi-en.segments.tmx"], entries["statement.vi-en.clauses.tmx"]
    assert segments.media_type == clauses.media_type == "application/x-tmx+xml"
    assert "one unit per aligned segment" in segments.description.en and "phân đoạn" in segments.description.vi
    assert "one unit per clause" in clauses.description.en and "mỗi khoản" in clauses.description.vi
    assert entries["statement.vi-en.pdf"].languages == ("vi", "en")
    assert (entries["statement.vi.txt"].hreflang, entries["statement.en.txt"].hreflang) == ("vi", "en")
    assert entries["statement.akn.xml"].hreflang is None
    order = [entry.name for entry in manifest(tmp_path)]
    assert order[0] == "statement.vi-en.pdf" and order[-1] == "SHA256SUMS"
    with pytest.raises(dataclasses.FrozenInstanceError):
        entries["statement.json"].size_bytes = 0  # type: ignore[misc]


def test_statement_json_build_block_is_the_build_info(corpus, tmp_path, pinned_env):
    write_exports(corpus, tmp_path, build_info())
    build = json.loads((tmp_path / "statement.json").read_text(encoding="utf-8"))["build"]
    assert build == {"date": "2030-01-02T03:04:05Z", "commit": FIXED_COMMIT}


def test_manifest_lists_unknown_files_by_name_before_the_checksums(tmp_path):
    (tmp_path / "notes.unknown-kind").write_text("notes\n", encoding="utf-8")
    (tmp_path / "statement.vi.txt").write_text("1. text\n", encoding="utf-8")
    write_checksums(tmp_path)
    entries = manifest(tmp_path)
    assert [entry.name for entry in entries] == ["statement.vi.txt", "notes.unknown-kind", "SHA256SUMS"]
    assert entries[1].media_type == "application/octet-stream" and entries[1].description.en == "notes.unknown-kind"
