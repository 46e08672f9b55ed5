"""MkDocs glue for per-language search: split static-i18n's merged index after the last language is
built, and point each non-default language's pages at its own index (Material reads __config "base")."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from statement_core.site.plan import DEFAULT_LANGUAGE, READING_LANGUAGES  # noqa: E402
from statement_core.site.search_index import search_index_script, split_search_index  # noqa: E402

_CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{.*?"base": ")([^"]*)(")', re.DOTALL)


def _language(config: MkDocsConfig) -> str:
    return getattr(config.plugins.get("i18n"), "current_language", None) or DEFAULT_LANGUAGE


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    language = _language(config)
    if language == DEFAULT_LANGUAGE:
        return output
    # "../.." (the site root) becomes "../../en/": this language's root, where its own index lives.
    return _CONFIG_BASE.sub(lambda m: f"{m.group(1)}{m.group(2).rstrip('/')}/{language}/{m.group(3)}", output, count=1)


@event_priority(-200)  # after static-i18n has built every language and merged their indexes
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return  # a nested per-language build: the merged index is not complete yet
    site = Path(config.site_dir)
    merged_path = site / "search" / "search_index.json"
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    for language, index in split_search_index(merged, READING_LANGUAGES, DEFAULT_LANGUAGE).items():
        folder = site / ("" if language == DEFAULT_LANGUAGE else language) / "search"
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        (folder / "search_index.json").write_text(text, encoding="utf-8")
        if not config.use_directory_urls:  # the offline bundle: file:// cannot fetch() the JSON
            (folder / "search_index.js").write_text(search_index_script(text), encoding="utf-8")
