"""The keyboard shortcuts of the reading pages: one list for the help dialog and for the script.

overrides/reader/keyboard-shortcuts.mjs reads which key runs which action from the dialog this list renders
(`data-shortcut-action`), so a key is named in one place only. Keys without an action are listed for the
reader but handled by others: `/` by the site search, `p`/`n` by the theme (previous/next page).

`s` swaps the columns: Material binds it (with `f` and `/`) to its search, but `/` is enough for search and
swapping is what a bilingual reader does most; the script claims `s` before the theme sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.labels import label


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]
    action: str | None  # what keyboard-shortcuts.mjs does; None when the key belongs to the search or theme
    description: str


# (keys, action, label key), in the order of the help dialog.
_SHORTCUTS: tuple[tuple[tuple[str, ...], str | None, str], ...] = (
    (("j",), "next-clause", "shortcut_next_clause"),
    (("k",), "previous-clause", "shortcut_previous_clause"),
    (("]",), "next-chapter", "shortcut_next_chapter"),
    (("[",), "previous-chapter", "shortcut_previous_chapter"),
    (("s",), "swap-columns", "shortcut_swap_columns"),
    (("m",), "next-mode", "shortcut_next_mode"),
    (("c",), "copy-citation", "shortcut_copy_citation"),
    # Listening (issue 32): `,` and `.` are the theme's (previous/next page, like p/n), so the shifted keys.
    (("l",), "listen", "shortcut_listen"),
    (("<",), "listen-previous-segment", "shortcut_listen_previous_segment"),
    ((">",), "listen-next-segment", "shortcut_listen_next_segment"),
    (("{",), "listen-previous-clause", "shortcut_listen_previous_clause"),
    (("}",), "listen-next-clause", "shortcut_listen_next_clause"),
    (("?",), "show-shortcuts", "shortcut_show_shortcuts"),
    (("/",), None, "shortcut_search"),
    (("p", "n"), None, "shortcut_theme_pages"),
)


def shortcuts(language: str, with_chapters: bool) -> tuple[Shortcut, ...]:
    """The shortcuts of a page; `[`/`]` only where there are chapters to go to."""
    return tuple(Shortcut(keys, action, label(language, description)) for keys, action, description in _SHORTCUTS
                 if with_chapters or action not in ("next-chapter", "previous-chapter"))


def shortcut_keys() -> tuple[str, ...]:
    """Every key listed, for the checks that the about pages document them all."""
    return tuple(key for keys, _, _ in _SHORTCUTS for key in keys)
