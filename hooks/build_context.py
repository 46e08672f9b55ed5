"""The one build context the hooks share (not a hook itself: mkdocs.yml does not list it).

The build's inputs are read once, typed, from mkdocs.yml's `extra.statement` (where the environment variables
that `make` and the tests set arrive through `!ENV`, as `site_url` and the offline switch do), the way
Material's plugins read theirs through config classes. From them the publishing step (statement_core.publish)
makes one SiteBuild per MkDocs build: static-i18n builds every language with the same config object, so the
data is loaded and the downloads made once, whichever hook asks first. Hooks read no environment variables.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from hooks.i18n_build import building_language
from statement_core import DataError
from statement_core.build_info import build_info
from statement_core.publish import BuildInputs, PublishError, SiteBuild


class _Switch(c.BaseConfigOption[bool]):
    """true/false, or 1/0 as an environment variable gives it (`STATEMENT_PDF=0`)."""

    def __init__(self, default: bool) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> bool:
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise ValidationError(f"expected true or false (or 1 or 0), not {value!r}")


class StatementConfig(Config):
    """mkdocs.yml `extra.statement`: what the build is made from besides the code."""

    data_dir = c.Dir(exists=True)  # data/, or an edited copy (tests, the benchmark)
    pdf = _Switch(default=True)  # false: no PDFs (`make serve`, most test builds)
    allow_markup = _Switch(default=False)  # HTML in the data: only the hardening test's hostile fixture


class _Context:
    command = "build"  # or "serve", "gh-deploy" (on_startup)
    config: MkDocsConfig | None = None  # the MkDocs build that `build` belongs to
    build: SiteBuild | None = None


def build_inputs(config: MkDocsConfig) -> BuildInputs:
    settings = StatementConfig(config_file_path=config.config_file_path)
    settings.load_dict(dict(config.extra.get("statement") or {}))
    errors, _ = settings.validate()
    if errors:
        raise PluginError("mkdocs.yml extra.statement: " + "; ".join(f"{name}: {error}" for name, error in errors))
    return BuildInputs(data_dir=Path(settings.data_dir), site_url=config.site_url or "/", stamp=build_info(),
                       with_pdfs=settings.pdf, web_site=bool(config.use_directory_urls),
                       allow_markup=settings.allow_markup, previewing=_Context.command == "serve")


def starting(command: str) -> None:
    """on_startup: `mkdocs build` or `mkdocs serve` (whose rebuilds each load a new config)."""
    _Context.command = command


def site_build(config: MkDocsConfig) -> SiteBuild:
    """This build's SiteBuild, made (data loaded and checked, downloads ready, slow outputs started) on the
    first call of the build."""
    if _Context.build is not None and _Context.config is config:
        return _Context.build
    end()
    try:
        build = SiteBuild(build_inputs(config))
    except DataError as error:
        raise PluginError("Invalid data:\n" + error.report()) from None
    problems = build.stale_markers(Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(problems) + "\nMarker pages are out of sync with data/; run `make markers`.")
    try:
        build.start(building_language(config))
    except PublishError as error:
        raise PluginError(str(error)) from None
    _Context.config, _Context.build = config, build
    return build


def current_build() -> SiteBuild | None:
    """The build under way, for events that are given no config (on_build_error)."""
    return _Context.build


def finish(config: MkDocsConfig) -> None:
    """Write the build's outputs once every language's pages are written; the context ends with the build."""
    build = site_build(config)
    try:
        build.finish(Path(config.site_dir))
    except PublishError as error:
        raise PluginError(str(error)) from None
    finally:
        _Context.config, _Context.build = None, None


def end() -> None:
    """Stop whatever the current build still runs (a failed build, the preview server stopping)."""
    if _Context.build is not None:
        _Context.build.cancel()
    _Context.config, _Context.build = None, None
