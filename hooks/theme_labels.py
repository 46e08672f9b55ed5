"""The theme's own wording that mkdocs.yml or Material's templates would otherwise give in one language: the
colour scheme toggle's name (its title and label), and the footer's "Made with" (Material writes it in English
on every page; overrides/partials/copyright.html reads it from here), set for each language's build from
statement_core/labels.py."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from hooks.i18n_build import building_language
from statement_core.labels import label

# Material's palette entries, in mkdocs.yml's order: each toggle names the scheme it switches to.
TOGGLE_LABELS = {"slate": "switch_to_light", "default": "switch_to_dark"}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    language = building_language(config)
    for palette in config.theme.get("palette") or []:
        if "toggle" in palette:
            palette["toggle"]["name"] = label(language, TOGGLE_LABELS[palette["scheme"]])
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, not a page variable: the 404 page, rendered without a page, has the footer too."""
    env.globals["theme_generator"] = label(building_language(config), "theme_generator")
    return env
