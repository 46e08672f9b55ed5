"""The one step that finishes every page the theme renders, kept or not: Material's markup made valid
(hooks/theme_html_fixes.py) and, on the web site, the Content-Security-Policy <meta> (statement_core.site.csp).

Not a hook but a module the theme's template class calls (hooks/page_render_cache.py) on every rendering,
before the store keeps it: a kept page was finished when it was made, a page rendered now is finished now,
and nothing after the rendering changes a page, so no hook has to remember which pages came from the store.

No policy in the offline bundle: under file:// every page is its own opaque origin, so 'self' would block the
bundle's own files; with no network there is nothing for the policy to keep out.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from hooks.i18n_build import building_language
from hooks.theme_html_fixes import fix_theme_html
from statement_core.site.csp import UnreviewedScript, with_policy


def finished(output: str, template_name: str, config: MkDocsConfig, where: str) -> str:
    """The page `where` (its address, for a failed build's message) as it is written."""
    if not template_name.endswith(".html"):
        return output  # sitemap.xml
    output = fix_theme_html(output, building_language(config))
    try:
        return with_policy(output) if config.use_directory_urls and "<html" in output else output
    except UnreviewedScript as error:
        raise PluginError(f"{where}: {error}") from None
