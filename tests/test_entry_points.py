"""Every entry point builds dated by the commit (issue 36): `make site` and `make bundle` through
statement_tools/build_site.py, `make serve` through statement_tools/serve.py, the deploy workflow through `make`. MkDocs
puts the build's date in every page's template context; a build dated "now" would never find a kept theme
page (tests/test_build_cache.py builds twice as `make site` does and counts them)."""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import yaml

from conftest import ROOT


def commit_date() -> str:
    return subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_a_build_is_dated_by_the_commit_unless_told_otherwise():
    from statement_tools.build_site import dated

    assert dated({})["SOURCE_DATE_EPOCH"] == commit_date()
    assert dated({"SOURCE_DATE_EPOCH": "1747008000"})["SOURCE_DATE_EPOCH"] == "1747008000"


def test_the_preview_server_is_dated_by_the_commit(monkeypatch):
    import statement_tools.serve

    started = {}
    fake = SimpleNamespace(Popen=lambda command, **options: started.update(options))  # starts nothing
    monkeypatch.setattr(statement_tools.serve, "subprocess", fake)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    statement_tools.serve.start()
    assert started["env"]["SOURCE_DATE_EPOCH"] == commit_date()


def test_make_and_the_deploy_workflow_build_through_the_dated_scripts():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes = {target: makefile.split(f"\n{target}:", 1)[1].split("\n\n", 1)[0] for target in ("site", "bundle", "serve")}
    assert "statement_tools/build_site.py" in recipes["site"]
    assert "statement_tools/make_bundle.py" in recipes["bundle"]
    assert "statement_tools/serve.py" in recipes["serve"]
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    commands = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert any(command.startswith("make ") and "site" in command.split() for command in commands)
    assert not any("mkdocs build" in command for command in commands)


def test_the_serve_script_restarts_on_code_mkdocs_does_not_watch():
    """A CSL locale, a Node script, npm's record of what it installed: code a running server would not see."""
    from statement_tools.serve import code_on_disk

    watched = code_on_disk()
    for name in ("statement_core/citations/locales/vi.xml", "statement_core/site/make_cards.mjs", "node_modules/.package-lock.json",
                 "hooks/citation_metadata.py"):
        assert ROOT / name in watched, name
    assert not [path for path in watched if path.is_relative_to(ROOT / "overrides")]  # MkDocs rebuilds on these
