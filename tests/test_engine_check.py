"""`make engine-check`'s comparison (statement_tools/engine_check.py): a file only one engine wrote, or one whose
bytes differ, is reported; identical trees give nothing. The builds themselves run in CI (`make
engine-check`), not here: this needs no build."""

from __future__ import annotations

from pathlib import Path

from statement_tools.engine_check import differences


def _tree(folder: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return folder


def test_identical_trees_have_no_differences(tmp_path: Path) -> None:
    files = {"index.html": b"<p>x</p>", "en/index.html": b"<p>y</p>"}
    assert differences(_tree(tmp_path / "mkdocs", files), _tree(tmp_path / "properdocs", files)) == []


def test_a_missing_file_and_a_changed_byte_are_named(tmp_path: Path) -> None:
    first = _tree(tmp_path / "mkdocs", {"index.html": b"<p>x</p>", "sitemap.xml": b"<urlset/>"})
    second = _tree(tmp_path / "properdocs", {"index.html": b"<p>X</p>", "engine.txt": b"properdocs"})
    assert differences(first, second) == ["only in the mkdocs build: sitemap.xml",
                                          "only in the properdocs build: engine.txt",
                                          "different bytes: index.html"]
