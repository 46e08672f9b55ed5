"""What the hooks ask static-i18n about the build under way (not a hook itself: mkdocs.yml does not list it).

static-i18n builds the site once per language, the later languages nested inside the default language's
on_post_build; its plugin object says which language is being built and whether this is a nested build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from statement_core.site_plan import DEFAULT_LANGUAGE


def building_language(config: MkDocsConfig) -> str:
    """The language being built (not `page.file.locale`: a fallback page keeps its source's locale)."""
    return getattr(config.plugins.get("i18n"), "current_language", None) or DEFAULT_LANGUAGE


def nested_language_build(config: MkDocsConfig) -> bool:
    """A later language's build, inside the default one's: the site is complete only when the outer one ends."""
    return bool(getattr(config.plugins.get("i18n"), "building", False))
