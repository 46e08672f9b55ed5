"""Make Material 9.8.1's own markup valid and accessible: every page passes the W3C Nu checker and axe.

Both come from template code outside any overridable block (base.html, partials/nav-item.html); copying
those templates to change one attribute would fork them. Remove a fix once Material no longer needs it:
the Nu test over the built site says so.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from hooks.i18n_build import building_language

# <input type="checkbox" … autocomplete="off">: autocomplete is not allowed on checkboxes.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
# Section labels get tabindex="" (Material's "no tab stop"); an empty tabindex is invalid, none is right.
_EMPTY_TABINDEX = re.compile(r'(<label class="md-nav__link[^"]*"[^>]*?) tabindex=""')


# The hidden toggles that drive the drawer and Material's search overlay have no label of their own (the
# overlay is gone, our header has its own search, but base.html still writes the search toggle).
_TOGGLE = re.compile(r'(<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__\2")')

TOGGLE_LABELS = {"vi": {"drawer": "Mở danh mục", "search": "Tìm kiếm"},
                 "en": {"drawer": "Open navigation", "search": "Search"}}


def fix_theme_html(html: str, language: str) -> str:
    labels = TOGGLE_LABELS.get(language, TOGGLE_LABELS["en"])
    html = _EMPTY_TABINDEX.sub(r"\1", _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html))
    return _TOGGLE.sub(lambda m: f'{m.group(1)} aria-label="{labels[m.group(2)]}"', html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return fix_theme_html(output, building_language(config))


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return fix_theme_html(output, building_language(config)) if template_name.endswith(".html") else output
