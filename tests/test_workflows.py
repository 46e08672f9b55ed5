"""The GitHub workflows are valid (schema of GitHub's workflow syntax) and pass zizmor's audits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_is_a_test_and_a_deploy_workflow():
    names = {path.stem for path in WORKFLOWS}
    assert {"test", "deploy"} <= names
    deploy = (ROOT / ".github" / "workflows" / "deploy.yml").read_text()
    assert "actions/upload-pages-artifact" in deploy and "actions/deploy-pages" in deploy
    assert "make test" in (ROOT / ".github" / "workflows" / "test.yml").read_text()


def test_workflows_match_github_workflow_schema():
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                             *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_pass_zizmor_offline_audits():
    result = subprocess.run([str(BIN / "zizmor"), "--offline", "--no-progress", "--min-severity", "low",
                             *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    stepz: []\n")
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                             str(broken)], capture_output=True, text=True)
    assert result.returncode != 0
