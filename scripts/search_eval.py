"""`make search-eval`: the search relevance set (tests/search_relevance.yaml) typed into the built site's
search dialog in Chromium, over HTTP and from the offline bundle's file:// pages; P@1, P@3 and MRR per
category.

    .venv/bin/python scripts/search_eval.py [--site DIR] [--no-bundle] [--show-failures] [--split SPLIT]
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml


from scripts.browser import CHROMIUM_ARGS, chromium_path, serve
from scripts.build_site import ROOT, build_site

RELEVANCE_SET = ROOT / "tests" / "search_relevance.yaml"
SITE_PATH = "/joint-statement/"  # where GitHub Pages serves the site (tests/conftest.py)
TREE_HOMES = {"directory": {"vi": "", "en": "en/"}, "file": {"vi": "index.html", "en": "en/index.html"}}
Key = int | str


@dataclass(frozen=True)
class Query:
    query: str
    tree: str
    category: str
    accept: tuple[Key, ...]
    split: str = "tuning"  # or "held-out": never used to tune the search (tests/search_relevance.yaml)


def load_queries(path: Path = RELEVANCE_SET) -> list[Query]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]
    return [Query(str(e["query"]), e["tree"], e["category"], tuple(e["accept"]), e.get("split", "tuning"))
            for e in entries]


def result_key(href: str) -> Key:
    """A clause number for a link to #clause-N (or a segment of it), else "page:<last path segment>"."""
    found = re.search(r"#clause-(\d+)(?:\.\d+)?$", href)
    if found:
        return int(found.group(1))
    path = href.split("#", 1)[0].split("?", 1)[0]
    path = re.sub(r"(?:/index)?\.html$", "", path).rstrip("/")
    return "page:" + path.rsplit("/", 1)[-1]


def search_results(page, query: str) -> list[str]:
    """Type `query` into the open search dialog, as a reader would; the result links in order."""
    page.fill("[data-search-input]", query)
    return page.eval_on_selector_all("[data-search-results] a", "links => links.map(a => a.getAttribute('href'))")


def open_search(page) -> None:
    page.keyboard.press("/")
    page.wait_for_selector("[data-search-dialog][data-search-complete]", state="attached", timeout=10_000)


def rank_all(page, base_url: str, queries: list[Query], url_style: str = "directory") -> list[list[Key]]:
    """Each query's results as keys, in the query order; one page load per tree."""
    rankings: dict[int, list[Key]] = {}
    for tree in ("vi", "en"):
        mine = [(i, q) for i, q in enumerate(queries) if q.tree == tree]
        if not mine:
            continue
        page.goto(base_url + TREE_HOMES[url_style][tree])
        open_search(page)
        for i, query in mine:
            rankings[i] = [result_key(href) for href in search_results(page, query.query)]
    return [rankings[i] for i in range(len(queries))]


@dataclass(frozen=True)
class Scores:
    count: int
    p_at_1: float
    p_at_3: float
    mrr: float


def _score(query: Query, ranking: list[Key]) -> tuple[float, float, float]:
    accepted = set(query.accept)
    first = next((rank for rank, key in enumerate(ranking, 1) if key in accepted), None)
    top3 = sum(1 for key in ranking[:3] if key in accepted) / min(3, len(accepted))
    return float(bool(ranking) and ranking[0] in accepted), top3, (1 / first if first else 0.0)


def scores(queries: Iterable[Query], rankings: Iterable[list[Key]]) -> dict[str, Scores]:
    """Scores per category, and "all"."""
    by_category: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for query, ranking in zip(queries, rankings):
        values = _score(query, ranking)
        by_category[query.category].append(values)
        by_category["all"].append(values)
    return {category: Scores(len(values), *(sum(v[i] for v in values) / len(values) for i in range(3)))
            for category, values in by_category.items()}


def failures(queries: list[Query], rankings: list[list[Key]]) -> list[str]:
    return [f"  [{q.category}] {q.tree}: {q.query!r} wanted {list(q.accept)}, got {ranking[:5]}"
            for q, ranking in zip(queries, rankings) if not ranking or ranking[0] not in q.accept]


def report(title: str, table: dict[str, Scores]) -> str:
    lines = [title, f"{'category':<16} {'queries':>7} {'P@1':>6} {'P@3':>6} {'MRR':>6}"]
    for category in sorted(table, key=lambda c: (c == "all", c)):
        s = table[category]
        lines.append(f"{category:<16} {s.count:>7} {s.p_at_1:>6.2f} {s.p_at_3:>6.2f} {s.mrr:>6.2f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--no-bundle", action="store_true", help="skip the file:// run of the offline build")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--split", choices=("tuning", "held-out"), help="only the queries of one split (while "
                        "tuning, run only the tuning set: the held-out one is for judging)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    queries = [query for query in load_queries() if args.split in (None, query.split)]
    with tempfile.TemporaryDirectory(prefix="search-eval-") as temporary, sync_playwright() as playwright:
        site = args.site
        if site is None:
            site = Path(temporary) / "site"
            build_site(site, env={"STATEMENT_PDF": "0"})
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        runs = []
        with serve(site, prefix=SITE_PATH) as url:
            runs.append(("HTTP (built site)", rank_all(page, url, queries)))
        if not args.no_bundle:
            offline = Path(temporary) / "offline"
            build_site(offline, env={"STATEMENT_PDF": "0", "OFFLINE": "true"})
            runs.append(("file:// (offline bundle)", rank_all(page, offline.as_uri() + "/", queries, "file")))
        browser.close()
    print(f"{len(queries)} queries from {RELEVANCE_SET.relative_to(ROOT)}\n")
    for title, rankings in runs:
        print(report(title, scores(queries, rankings)) + "\n")
        held_out = [(query, ranking) for query, ranking in zip(queries, rankings) if query.split == "held-out"]
        if held_out and len(held_out) < len(queries):
            print(report(f"{title}, held-out queries only", scores(*zip(*held_out))) + "\n")
        if args.show_failures:
            print("\n".join(failures(queries, rankings)) + "\n")
    if len(runs) == 2 and runs[0][1] != runs[1][1]:
        print("The offline bundle ranks differently from the site.")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
