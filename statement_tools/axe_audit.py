"""axe-core (the pinned npm package) run inside real Chromium on built pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Every impact blocks: a "minor" or "moderate" finding (a duplicate landmark, content outside landmarks) is
# still something a screen reader user runs into.
BLOCKING_IMPACTS = ("minor", "moderate", "serious", "critical")
RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# The dark scheme (the theme's slate palette and statement.css's rules for it) changes colours only: in it,
# a page already audited light needs only the rules about colour.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def rules_for(scheme: str) -> list[str] | None:
    """The rules to run in a colour scheme: all of them in the light one, those about colour in the dark."""
    return COLOUR_RULES if scheme == "dark" else None


@dataclass(frozen=True)
class Violation:
    page: str
    rule: str
    impact: str
    targets: tuple[str, ...]
    help: str

    def __str__(self) -> str:
        return f"{self.page}: {self.impact} {self.rule} ({self.help}) at {', '.join(self.targets[:3])}"


def audit(page, label: str, rules: list[str] | None = None) -> list[Violation]:
    """Every axe violation on the page as loaded, whatever its impact (only `rules`, when given)."""
    if not AXE_SCRIPT.exists():
        raise RuntimeError(f"{AXE_SCRIPT} is missing: run `make setup` (npm ci)")
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
        # Audit the layout as it stands, not mid-animation: after a resize the theme's drawer and search box
        # are still sliding, and their colours are caught half-way.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": RULE_TAGS}
    # Only violations are read: axe skips writing up every pass, which roughly halves a run.
    result = page.evaluate("only => axe.run(document, {runOnly: only, resultTypes: ['violations']})", only)
    return [Violation(label, v["id"], v.get("impact") or "minor",
                      tuple(" ".join(node["target"]) for node in v["nodes"]), v["help"])
            for v in result["violations"]]


def hold_forwarding_pages(page, audited: Callable[[str], bool]) -> None:
    """Keep pages that forward at once (the share pages' 0-second refresh) on screen, to audit them: a
    navigation to any URL not `audited` is answered 204 No Content, on which a browser stays where it is."""
    def answer(route) -> None:
        if route.request.is_navigation_request() and not audited(route.request.url):
            route.fulfill(status=204)
        else:
            route.continue_()

    page.route("**/*", answer)


def open_held(page, url: str) -> None:
    """Open a forwarding page held by `hold_forwarding_pages`: its forward starts before the load event, which
    therefore never comes; wait for the parsed document instead."""
    page.goto(url, wait_until="commit")
    page.wait_for_function("document.readyState === 'complete'")


def blocking(violations: list[Violation]) -> list[Violation]:
    return [v for v in violations if v.impact in BLOCKING_IMPACTS]
