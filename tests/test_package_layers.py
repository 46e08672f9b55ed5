"""The core's layers, read from the source (every module's AST, imports inside functions included): every
module imports only from its own layer's package or from layers below (the order the README states), the
packages of one layer never import each other, the core imports no MkDocs, and the hooks read no environment
variables (hooks/build_context.py does, once, through mkdocs.yml)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "statement_core"
MODULE_NAME = re.compile(r"statement_core(\.\w+)+")


def _module_of(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module `path` imports, in any form: `import a.b`, `from a import b` (both a and a.b, since b may be
    a module), relative imports, and module names given as strings (import_module, lazy-import tables)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _module_of(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_NAME.fullmatch(node.value):
            found.add(node.value)
    return found


def imports_of_package(package: Path, root: Path = ROOT) -> dict[str, set[str]]:
    return {str(path.relative_to(root)): imported_modules(path, root) for path in sorted(package.rglob("*.py"))}


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def offending(package: Path, forbidden: str, root: Path = ROOT) -> list[str]:
    return [f"{source} imports {module}" for source, modules in imports_of_package(package, root).items()
            for module in sorted(modules) if _within(module, forbidden)]


# Bottom to top: the store (cache/), which knows nothing of the rest; "" is the foundation: the model, labels,
# formatting, the site plan, loading and checking the data, running Node. cli is the command line, on top.
LAYERS: tuple[tuple[str, ...], ...] = (("cache",), ("",), ("citations",), ("exports",), ("search", "site", "pdf"),
                                       ("publish",), ("cli",))


def layer_of(module: str) -> tuple[int, str] | None:
    """(layer, package) of a module of the core, None for any other module."""
    parts = module.split(".")
    if parts[0] != "statement_core":
        return None
    package = parts[1] if len(parts) > 1 and (CORE / parts[1]).is_dir() else ""
    if len(parts) > 1 and parts[1] in ("cli", "__main__"):
        package = "cli"
    return next((rank, package) for rank, names in enumerate(LAYERS) if package in names)


def test_every_module_imports_only_its_layer_and_below() -> None:
    every_package = {name for names in LAYERS for name in names} - {"", "cli"}
    assert every_package == {path.name for path in CORE.iterdir() if (path / "__init__.py").is_file()}
    wrong = []
    for source, modules in imports_of_package(CORE).items():
        importer = layer_of(_module_of(ROOT / source, ROOT))
        for module in sorted(modules):
            imported = layer_of(module)
            if importer is None or imported is None or imported[1] == importer[1]:
                continue
            if imported[0] >= importer[0]:
                wrong.append(f"{source} ({importer[1] or 'foundation'}) imports {module} "
                             f"({imported[1] or 'foundation'})")
    assert wrong == []


@pytest.mark.parametrize(("package", "forbidden"), [("site", "statement_core.pdf"), ("pdf", "statement_core.site"),
                                                    ("site", "statement_core.publish"),
                                                    ("pdf", "statement_core.publish")])
def test_site_and_pdf_do_not_import_each_other_nor_the_step_above(package: str, forbidden: str) -> None:
    assert offending(CORE / package, forbidden) == []


def test_only_the_command_line_uses_the_publishing_step() -> None:
    users = {source for source, modules in imports_of_package(CORE).items()
             if any(_within(module, "statement_core.publish") for module in modules)}
    assert {user for user in users if not user.startswith("statement_core/publish/")} <= {"statement_core/cli.py"}


def test_the_core_imports_no_mkdocs() -> None:
    assert offending(CORE, "mkdocs") == []


def test_hooks_read_no_environment_variables() -> None:
    readers = [str(path.relative_to(ROOT)) for path in sorted((ROOT / "hooks").glob("*.py"))
               if re.search(r"\bos\.(environ|getenv)\b|\bgetenv\(", path.read_text(encoding="utf-8"))]
    assert readers == []


def test_the_rule_sees_every_form_of_import(tmp_path: Path) -> None:
    """The checker itself: each way of importing the other package is caught, prose mentioning it is not."""
    package = tmp_path / "statement_core" / "pdf"
    package.mkdir(parents=True)
    forms = ["from statement_core.site.page_views import x", "import statement_core.site.plan",
             "from statement_core import site", "from ..site import views",
             "def later():\n    from statement_core.site import render",
             "LAZY = {'name': 'statement_core.site.page_views'}"]
    for position, form in enumerate(forms):
        (package / f"m{position}.py").write_text(form + "\n", encoding="utf-8")
    (package / "prose.py").write_text('"""Unlike statement_core.site, this module ..."""\n', encoding="utf-8")
    found = offending(package, "statement_core.site", root=tmp_path)
    assert sorted({line.split(" imports ")[0] for line in found}) == [
        f"statement_core/pdf/m{position}.py" for position in range(len(forms))]
