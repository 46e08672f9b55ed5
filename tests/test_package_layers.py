"""The core's layers, read from the source (every module's AST, imports inside functions and type-only ones
included): every module imports only from its own package or from layers below (the order
handbook/architecture.md states, the foundation's rooms included), the packages of one layer never import
each other, nothing imports in a circle, no module name is used twice across packages, the core imports no
MkDocs, and the hooks read no environment variables (hooks/build_context.py does, once, through mkdocs.yml)."""

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


# Bottom to top. The foundation, in rooms: the store (cache/), text utilities (text/) and how the core runs
# things (runtime/), which know nothing of the statement or of each other; then "" (the modules at the root of
# the package): the model and the rules every output shares (labels, formatting, the site plan, reading order,
# where corrections go); then data/, from the YAML files to a checked model. Above it the outputs; cli is the
# command line, on top.
LAYERS: tuple[tuple[str, ...], ...] = (("cache", "text", "runtime"), ("",), ("data",), ("citations",), ("exports",),
                                       ("search", "site", "pdf"), ("publish",), ("cli",))
# Where modules of ours live, for the checks that span the project (circles, names).
PROJECT_PACKAGES = ("statement_core", "hooks", "statement_tools")


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


def import_graph(root: Path = ROOT, packages: tuple[str, ...] = PROJECT_PACKAGES) -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (a name imported from a module is not a module). A module's own
    packages are left out: Python runs a package's __init__ before any module in it, whatever the module
    imports (`from statement_core.exports import names` names the module names, not a circle)."""
    paths = {_module_of(path, root): path for package in packages for path in sorted((root / package).rglob("*.py"))}
    return {module: {name for name in imported_modules(path, root)
                     if name in paths and name != module and not module.startswith(name + ".")}
            for module, path in paths.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two modules or more (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.get(module, ())):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def test_nothing_imports_in_a_circle() -> None:
    """Type-only imports count: a circle they close is a sign that something lives in the wrong room."""
    assert circles(import_graph()) == []


def test_the_circle_check_sees_a_type_only_circle(tmp_path: Path) -> None:
    package = tmp_path / "statement_core" / "site"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "alpha.py").write_text("from statement_core.site.beta import clause_history\n", encoding="utf-8")
    (package / "beta.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                     "    from statement_core.site.alpha import PageContext\n", encoding="utf-8")
    (package / "gamma.py").write_text("from statement_core.site.alpha import x\n", encoding="utf-8")
    assert circles(import_graph(tmp_path, ("statement_core",))) == [
        ["statement_core.site.alpha", "statement_core.site.beta"]]


def repeated_names(root: Path = ROOT, packages: tuple[str, ...] = PROJECT_PACKAGES) -> list[str]:
    """Module names used in more than one package, unless each of them says in its docstring that it plays
    the same role by design, naming the others by path."""
    by_name: dict[str, list[Path]] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if path.name not in ("__init__.py", "__main__.py"):
                by_name.setdefault(path.name, []).append(path)
    repeated = []
    for name, paths in sorted(by_name.items()):
        if len(paths) < 2:
            continue
        stated = all("same role" in (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "")
                     and all(other.relative_to(root).as_posix() in path.read_text(encoding="utf-8")
                             for other in paths if other != path) for path in paths)
        if not stated:
            repeated.append(f"{name}: " + ", ".join(path.relative_to(root).as_posix() for path in paths))
    return repeated


def test_no_module_name_says_two_things() -> None:
    assert repeated_names() == []


def test_the_name_check_accepts_only_a_stated_reason(tmp_path: Path) -> None:
    for package in ("statement_core/site", "statement_core/pdf"):
        (tmp_path / package).mkdir(parents=True)
    (tmp_path / "statement_core/site/plain.py").write_text('"""Page data."""\n', encoding="utf-8")
    (tmp_path / "statement_core/pdf/plain.py").write_text('"""Book data."""\n', encoding="utf-8")
    assert repeated_names(tmp_path, ("statement_core",)) == [
        "plain.py: statement_core/pdf/plain.py, statement_core/site/plain.py"]
    (tmp_path / "statement_core/site/plain.py").write_text(
        '"""Page data: the same role as statement_core/pdf/plain.py, for the site."""\n', encoding="utf-8")
    (tmp_path / "statement_core/pdf/plain.py").write_text(
        '"""Book data: the same role as statement_core/site/plain.py, for the PDFs."""\n', encoding="utf-8")
    assert repeated_names(tmp_path, ("statement_core",)) == []
