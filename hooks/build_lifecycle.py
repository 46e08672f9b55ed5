"""MkDocs glue: the build's life. The build context (hooks/build_context.py) is begun by the first hook that
asks for it, on the first on_config; its outputs are written after the last language's pages, and whatever
still runs is ended when MkDocs stops, whether the build succeeded or not. static-i18n builds the site once per
language, nesting the later languages' builds inside the first's on_post_build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from hooks import build_context
from hooks.i18n_build import nested_language_build


def on_startup(command: str, dirty: bool) -> None:
    build_context.starting(command)


def on_shutdown() -> None:
    build_context.end()


def on_build_error(error: Exception) -> None:
    build_context.end()


@event_priority(-200)  # after static-i18n's on_post_build, which builds the other languages inside this one
def on_post_build(config: MkDocsConfig) -> None:
    if not nested_language_build(config):  # the site is complete only at the end of the outer build
        build_context.finish(config)
