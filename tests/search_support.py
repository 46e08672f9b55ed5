"""Typing a query into Material's search box and reading the results, as a reader would."""

from __future__ import annotations

PLACEHOLDERS = ("Nhập để bắt đầu tìm kiếm", "Type to start searching")


def search(page, query: str, attempts: int = 20) -> list[dict[str, object]]:
    """Results as [{href, title, text, marked}] once the worker has answered.

    Typed key by key, as Material reacts to keyboard events. A query typed before the worker has built
    its index is answered with the placeholder and not re-run, so retype until a real answer appears.
    """
    page.locator("label[for='__search']:visible, input.md-search__input:visible").first.click()
    for _ in range(attempts):
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.keyboard.type(query, delay=10)
        page.wait_for_timeout(300)
        meta = page.text_content(".md-search-result__meta") or ""
        if meta.strip() and not any(placeholder in meta for placeholder in PLACEHOLDERS):
            break
    else:
        raise AssertionError(f"search never answered {query!r}")
    return page.eval_on_selector_all(
        ".md-search-result__list a.md-search-result__link",
        """els => els.map(a => ({href: a.href, title: (a.querySelector('h1,h2') || a).textContent.trim(),
                                 text: a.textContent,
                                 marked: Array.from(a.querySelectorAll('mark')).map(m => m.textContent)}))""")
