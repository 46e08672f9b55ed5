"""The one build context the hooks share (not a hook itself: mkdocs.yml does not list it).

The build's inputs are read once, typed, from mkdocs.yml's `extra.statement` (where the environment variables
that `make` and the tests set arrive through `!ENV`, as `site_url` and the offline switch do), the way
Material's plugins read theirs through config classes. From them the publishing step (statement_core.publish)
makes one SiteBuild per MkDocs build: static-i18n builds every language with the same config object, so the
data is loaded and the downloads made once, whichever hook asks first. Hooks read no environment variables.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Navigation

from hooks.i18n_build import building_language
from statement_core.data.errors import DataError
from statement_core.runtime.build_info import build_info
from statement_core.cache import StaleEntry
from statement_core.corrections import CorrectionChannels
from statement_core.publish import BuildInputs, PublishError, SiteBuild
from statement_core.site.page_render import RenderedPage


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
    cache_dir = c.Optional(c.Type(str))  # the store builds keep between them (empty: build/cache; a test's own)
    verify_cache = _Switch(default=False)  # make every output anyway and fail where a kept copy differs
    # Where readers send corrections (issue 31). Not MkDocs' own `repo_url`: with it the theme asks GitHub's
    # API for the repository's stars on every page, a request to another host.
    repository = c.Type(str, default="https://github.com/vn-by-statement/joint-statement")
    corrections_email = c.Type(str, default="corrections@vn-by-statement.org")


@dataclass
class BuildContext:
    """What the hooks keep during one MkDocs build, every language included: nothing else is kept between events."""

    config: MkDocsConfig
    build: SiteBuild
    rendered: dict[str, RenderedPage] = field(default_factory=dict)  # on_page_markdown to on_page_content
    navigation_of_page: dict[str, Navigation] = field(default_factory=dict)  # this language's, by source file
    not_found_page: str | None = None  # the default language's 404.html, kept for the later languages' builds


class _Current:
    command = "build"  # or "serve", "gh-deploy" (on_startup, which comes before any config)
    context: BuildContext | None = None


def _site_names(config: MkDocsConfig) -> dict[str, tuple[str, str]]:
    """Each language's site name and description: static-i18n's per-language settings over the site's own
    (read on the default language's on_config, before the later languages' builds set them)."""
    names = {}
    for language in getattr(config.plugins.get("i18n"), "config", {}).get("languages", []):
        names[language.locale] = (language.site_name or config.site_name,
                                  language.site_description or config.site_description or "")
    return names or {building_language(config): (config.site_name, config.site_description or "")}


def build_inputs(config: MkDocsConfig) -> BuildInputs:
    settings = StatementConfig(config_file_path=config.config_file_path)
    settings.load_dict(dict(config.extra.get("statement") or {}))
    errors, _ = settings.validate()
    if errors:
        raise PluginError("mkdocs.yml extra.statement: " + "; ".join(f"{name}: {error}" for name, error in errors))
    try:
        corrections = CorrectionChannels(settings.repository.rstrip("/"), settings.corrections_email)
    except ValueError as error:
        raise PluginError(f"mkdocs.yml extra.statement: {error}") from None
    return BuildInputs(data_dir=Path(settings.data_dir), site_url=config.site_url or "/", stamp=build_info(),
                       with_pdfs=settings.pdf, web_site=bool(config.use_directory_urls),
                       allow_markup=settings.allow_markup, previewing=_Current.command == "serve",
                       cache_dir=Path(settings.cache_dir) if settings.cache_dir else None,
                       verify_cache=settings.verify_cache, site_names=_site_names(config), corrections=corrections,
                       config_file=Path(config.config_file_path) if config.config_file_path else None)


def starting(command: str) -> None:
    """on_startup: `mkdocs build` or `mkdocs serve` (whose rebuilds each load a new config)."""
    _Current.command = command


def context(config: MkDocsConfig) -> BuildContext:
    """This build's context, made on the first call of the build: the data loaded and checked, the
    downloads ready, the slow outputs started."""
    if _Current.context is not None and _Current.context.config is config:
        return _Current.context
    end()
    try:
        build = SiteBuild(build_inputs(config))
    except DataError as error:
        raise PluginError("Invalid data:\n" + error.report()) from None
    except (PublishError, StaleEntry) as error:
        raise PluginError(str(error)) from None
    problems = build.stale_markers(Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(problems) + "\nMarker pages are out of sync with data/; run `make markers`.")
    try:
        build.start(building_language(config))
    except PublishError as error:
        raise PluginError(str(error)) from None
    _Current.context = BuildContext(config, build)
    return _Current.context


def finish(config: MkDocsConfig) -> None:
    """Write the build's outputs once every language's pages are written; the context ends with the build."""
    build = context(config).build
    try:
        build.finish(Path(config.site_dir))
        print(build.store.summary(), file=sys.stderr)  # shown by `make site`, read by the tests
    except (PublishError, StaleEntry) as error:
        raise PluginError(str(error)) from None
    finally:
        _Current.context = None


def end() -> None:
    """Stop whatever the current build still runs (a failed build, the preview server stopping)."""
    if _Current.context is not None:
        _Current.context.build.cancel()
    _Current.context = None
