"""SHA256SUMS over everything in the output folder, in the format `sha256sum --check` reads."""

from __future__ import annotations

import hashlib
from pathlib import Path

from statement_core.exports.names import CHECKSUMS


def sha256_of(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def listed_files(out_dir: Path) -> list[Path]:
    """Every file under `out_dir` except SHA256SUMS, sorted by relative name: whatever else the build
    put there (PDFs, a zip) is covered too, without this module knowing about it."""
    named = {path.relative_to(out_dir).as_posix(): path for path in out_dir.rglob("*") if path.is_file()}
    return [named[name] for name in sorted(named) if name != CHECKSUMS]


def write_checksums(out_dir: Path, header: str = "") -> Path:
    """Write `<hex>  <name>` lines (two spaces: binary-safe text mode of sha256sum) after `header` (comment
    lines naming the edition, build date and commit; sha256sum skips them) and return the path."""
    lines = [f"{sha256_of(path)}  {path.relative_to(out_dir).as_posix()}\n" for path in listed_files(out_dir)]
    target = out_dir / CHECKSUMS
    target.write_text(header + "".join(lines), encoding="utf-8", newline="\n")
    return target


def read_checksums(path: Path) -> dict[str, str]:
    """Name -> hex digest, for verifying a downloaded set (and for the tests)."""
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue  # the header: edition, build date and commit
        digest, name = line.split("  ", 1)
        entries[name] = digest
    return entries
