"""The theme's own wording that mkdocs.yml or Material's templates would otherwise give in one language: the
colour scheme toggle's name (its title and label), the footer's "Made with" (Material writes it in English
on every page; overrides/partials/copyright.html reads it from here) and the few theme translations we word
ourselves (overrides/partials/language.html), set for each language's build from
statement_core/labels.py."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from hooks.i18n_build import building_language
from statement_core.labels import label

# Material's palette entries, in mkdocs.yml's order: each toggle names the scheme it switches to.
TOGGLE_LABELS = {"slate": "switch_to_light", "default": "switch_to_dark"}
# Material's translation keys (partials/languages/*.html) whose wording is ours: overrides/partials/language.html
# looks a key up here before the theme's own translation.
THEME_WORDING = {"action.skip": "theme_skip_to_content", "top": "theme_back_to_top"}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    language = building_language(config)
    for palette in config.theme.get("palette") or []:
        if "toggle" in palette:
            palette["toggle"]["name"] = label(language, TOGGLE_LABELS[palette["scheme"]])
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, not a page variable: the 404 page, rendered without a page, has the footer too."""
    language = building_language(config)
    env.globals["theme_generator"] = label(language, "theme_generator")
    env.globals["theme_wording"] = {key: label(language, name) for key, name in THEME_WORDING.items()}
    return env
