"""The documentation names only what exists: every path and every `make` target that README.md,
CONTRIBUTING.md and the maintainers' handbook (handbook/) name, in code spans and links, is in the checkout
(a path with a placeholder, `data/<file>.yaml`, must match at least one file). A folder under build/ is made
by builds, so it must be one the code names. Moving or renaming a file therefore fails here until the
documentation follows. Needs no build."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`([^`\n]+)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")
MAKE_TARGET = re.compile(r"\bmake ([a-z][\w-]*)")
MAKEFILE_TARGET = re.compile(r"^([a-z][\w-]*):", re.MULTILINE)
PATH_LIKE = re.compile(r"[\w.<>*…-]+(/[\w.<>*…-]*)+|[\w-]+\.(md|yml|yaml|toml|txt|json|py|mjs|js|css|html|svg|png)")
PLACEHOLDER = re.compile(r"<[^>/]*>|…")
# Made by builds or tools, never committed: a path under them is checked against the code, or not at all.
BUILT = {"build", "site", "dist", "node_modules", ".venv"}
NOT_CODE = {".git", ".venv", "node_modules", "site", "build", "dist", "tests", "docs", "data", "sources"}


def documentation_files(root: Path = ROOT) -> list[Path]:
    files = [root / "README.md", root / "CONTRIBUTING.md", *sorted((root / "handbook").rglob("*.md"))]
    return [path for path in files if path.is_file()]


def _named_in_code(root: Path) -> str:
    """Every Python file of the project outside tests, and the Makefile, as one text."""
    texts = [(root / "Makefile").read_text(encoding="utf-8")] if (root / "Makefile").is_file() else []
    for top in sorted(root.iterdir()):
        if top.is_dir() and top.name not in NOT_CODE:
            texts.extend(path.read_text(encoding="utf-8") for path in sorted(top.rglob("*.py")))
    return "\n".join(texts)


def _exists(root: Path, relative: str) -> bool:
    relative = relative.rstrip("/")
    if PLACEHOLDER.search(relative) or "*" in relative:
        return any(root.glob(PLACEHOLDER.sub("*", relative)))
    return (root / relative).exists()


def _repository_path(token: str, root: Path) -> str | None:
    """The path a code span names, relative to the checkout, or None when it names no file of ours (a URL
    of the built site such as `en/editions/<N>/`, a command, a value)."""
    token = token.split("#")[0].split(":")[0].strip()
    if not token or " " in token or "=" in token or token.startswith(("http", "/", "~", "-")):
        return None
    if not PATH_LIKE.fullmatch(token):
        return None
    first = token.split("/")[0]
    if first in BUILT or (root / first).exists():
        return token
    return None


def missing_names(root: Path = ROOT) -> list[str]:
    """`file: what` for every path or make target the documentation names that does not exist."""
    targets = set(MAKEFILE_TARGET.findall((root / "Makefile").read_text(encoding="utf-8")))
    code = _named_in_code(root)
    missing: list[str] = []
    for document in documentation_files(root):
        name = document.relative_to(root).as_posix()
        text = document.read_text(encoding="utf-8")
        fenced = "\n".join(FENCE.findall(text))
        prose = FENCE.sub("", text)
        spans = CODE_SPAN.findall(prose)
        for span in spans + fenced.splitlines():
            for target in MAKE_TARGET.findall(span):
                if target not in targets:
                    missing.append(f"{name}: make {target} (no such target in the Makefile)")
        for span in spans:
            path = _repository_path(span, root)
            if path is None:
                continue
            first, _, rest = path.partition("/")
            if first == "build":
                folder = rest.split("/")[0]
                if not re.search(rf"""["']build["']\s*/\s*["']{re.escape(folder)}["']|build/{re.escape(folder)}\b""",
                                 code):
                    missing.append(f"{name}: {path} (no code makes build/{folder})")
            elif first not in BUILT and not _exists(root, path):
                missing.append(f"{name}: {path}")
        for link in LINK.findall(prose):
            if link.startswith(("http:", "https:", "mailto:", "#")):
                continue
            target = (document.parent / link.split("#")[0]).resolve()
            if not target.exists():
                missing.append(f"{name}: link {link}")
    return sorted(set(missing))


def test_every_path_and_make_target_the_documentation_names_exists() -> None:
    assert missing_names() == []


def test_the_readme_stays_short() -> None:
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) < 200


def test_the_check_finds_what_is_gone(tmp_path: Path) -> None:
    """The checker itself: a stale path, a stale placeholder path, a stale build folder, a stale link and
    a stale make target are each reported; what exists and the site's own URLs are not."""
    (tmp_path / "Makefile").write_text("site: ## build\n\ttrue\n", encoding="utf-8")
    (tmp_path / "tool").mkdir()
    (tmp_path / "tool" / "paths.py").write_text('CACHE = ROOT / "build" / "cache"\n', encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "one.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "handbook").mkdir()
    (tmp_path / "handbook" / "page.md").write_text(
        "Run `make site`, then `make gone`; read `tool/paths.py`, `data/<file>.yaml`, `build/cache/` and\n"
        "`en/editions/<N>/`; not `tool/moved.py`, `data/<file>.json`, `build/search-index/`.\n"
        "See [the tool](../tool/paths.py) and [nothing](../tool/nothing.py).\n"
        "```sh\nmake site\nmake vanished\n```\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("A [handbook](handbook/page.md).\n", encoding="utf-8")
    assert missing_names(tmp_path) == [
        "handbook/page.md: build/search-index/ (no code makes build/search-index)",
        "handbook/page.md: data/<file>.json",
        "handbook/page.md: link ../tool/nothing.py",
        "handbook/page.md: make gone (no such target in the Makefile)",
        "handbook/page.md: make vanished (no such target in the Makefile)",
        "handbook/page.md: tool/moved.py",
    ]
