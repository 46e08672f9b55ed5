"""The hooks' one build context reads the build's inputs once, typed, from mkdocs.yml's `extra.statement`, where
the environment variables arrive through `!ENV` (hooks/build_context.py); no hook reads the environment."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from conftest import DATA, ROOT


def inputs_with(monkeypatch, **environment: str):
    from hooks.build_context import build_inputs

    for name in ("STATEMENT_DATA_DIR", "STATEMENT_PDF", "STATEMENT_ALLOW_MARKUP", "SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return build_inputs(load_config(str(ROOT / "mkdocs.yml")))


def test_the_defaults_build_the_real_site(monkeypatch):
    inputs = inputs_with(monkeypatch)
    assert (inputs.data_dir, inputs.with_pdfs, inputs.allow_markup, inputs.web_site) == (DATA, True, False, True)
    assert inputs.site_url == "https://vn-by-statement.github.io/joint-statement/"


def test_the_environment_arrives_typed(monkeypatch, tmp_path):
    inputs = inputs_with(monkeypatch, STATEMENT_DATA_DIR=str(tmp_path), STATEMENT_PDF="0", STATEMENT_ALLOW_MARKUP="1",
                         SITE_URL="https://example.org/js/")
    assert (inputs.data_dir, inputs.with_pdfs, inputs.allow_markup) == (tmp_path, False, True)
    assert inputs.site_url == "https://example.org/js/"


@pytest.mark.parametrize("environment, message", [
    ({"STATEMENT_PDF": "2"}, "pdf: expected true or false (or 1 or 0), not 2"),
    ({"STATEMENT_DATA_DIR": "/no/such/folder"}, "data_dir: The path '/no/such/folder' isn't an existing directory"),
])
def test_a_wrong_input_fails_the_build_saying_which(monkeypatch, environment, message):
    with pytest.raises(PluginError, match="extra.statement: .*" + message.replace("(", r"\(").replace(")", r"\)")):
        inputs_with(monkeypatch, **environment)
