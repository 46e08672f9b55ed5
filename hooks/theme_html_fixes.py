"""Make Material 9.8.1's own markup valid and accessible: every page passes the W3C Nu checker and axe; and
ship none of the theme's files that no reader loads.

Both come from template code outside any overridable block (base.html, partials/nav-item.html); copying
those templates to change one attribute would fork them. Remove a fix once Material no longer needs it:
the Nu test over the built site says so. `fix_theme_html` runs on every page in the one step that
finishes pages (hooks/finished_pages.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from statement_core.labels import label

# <input type="checkbox" … autocomplete="off">: autocomplete is not allowed on checkboxes.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
# Section labels get tabindex="" (Material's "no tab stop"); an empty tabindex is invalid, none is right.
_EMPTY_TABINDEX = re.compile(r'(<label class="md-nav__link[^"]*"[^>]*?) tabindex=""')


# The hidden toggles that drive the drawer and Material's search overlay have no label of their own (the
# overlay is gone, our header has its own search, but base.html still writes the search toggle). They sit
# outside every landmark: `hidden` keeps them out of the page when the stylesheet that hides them does not
# apply (axe's `region`); their labels still toggle them, and the theme's script reads their state.
_TOGGLE = re.compile(r'(<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__\2")')
# Material's source maps (for developers' tools, over 1 MB) and the comment that asks the tools for one.
_SOURCE_MAP_COMMENT = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")
THEME_SCRIPTS = "assets/javascripts/bundle.*.min.js"
DEFAULT_FAVICON = "assets/images/favicon.png"  # Material's; the pages name ours (mkdocs.yml theme.favicon)

TOGGLE_LABELS = {"drawer": "theme_drawer_toggle", "search": "theme_search_toggle"}  # statement_core/labels.py


def fix_theme_html(html: str, language: str) -> str:
    html = _EMPTY_TABINDEX.sub(r"\1", _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html))
    return _TOGGLE.sub(lambda m: f'{m.group(1)} aria-label="{label(language, TOGGLE_LABELS[m.group(2)])}" hidden', html)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for file in list(files):
        if file.is_documentation_page():
            continue
        if file.src_uri.endswith(".map") or (file.src_uri == DEFAULT_FAVICON and config.theme.get("favicon") != DEFAULT_FAVICON):
            files.remove(file)
    return files


def on_post_build(config: MkDocsConfig) -> None:
    for script in Path(config.site_dir).glob(THEME_SCRIPTS):
        text = script.read_text(encoding="utf-8")
        script.write_text(_SOURCE_MAP_COMMENT.sub("", text), encoding="utf-8")
