"""The pages whose finished HTML came from the build's store (hooks/page_render_cache.py): the hooks that change
a page after its rendering (theme fixes, the CSP) ran on it when it was kept, and skip it now.

Not a hook but a module the hooks import: MkDocs loads each hook as a module of its own, apart from the one
`import hooks.…` gives, so what hooks share lives here. Pages by id: MkDocs' pages cannot be hashed.
"""

from __future__ import annotations

from mkdocs.structure.pages import Page

_finished: dict[int, Page] = {}  # the page itself too: an id can be another page's after a failed build


def mark_kept(page: Page) -> None:
    _finished[id(page)] = page


def kept(page: Page) -> bool:
    """Whether `page`'s HTML came from the store as it was written."""
    return _finished.get(id(page)) is page


def written(page: Page) -> None:
    """The page is written: forget it."""
    _finished.pop(id(page), None)
