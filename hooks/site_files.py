"""MkDocs glue: which files of docs/ and overrides/ are the site's assets. overrides/ also holds the core's
fragment and PDF templates and the sources of the pages' scripts, which are not; nor is Material's lunr
search, replaced by ours.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

NOT_SITE_ASSETS = ("fragments/", "pdf/", "search/", "reader/", "assets/javascripts/lunr/", "assets/javascripts/workers/")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """overrides/ also holds the core's fragment and PDF templates and the scripts' sources (search/, reader/:
    bundled by statement_core/site/page_scripts.py): they are not site assets; nor is Material's lunr search, replaced by ours."""
    for file in list(files):
        if file.src_uri.startswith(NOT_SITE_ASSETS) and not file.is_documentation_page():
            files.remove(file)
    return files
