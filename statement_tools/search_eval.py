"""`make search-eval`: the search relevance set (tests/search_relevance.yaml) typed into the built site's
search dialog in Chromium, over HTTP and from the offline bundle's file:// pages; P@1, MRR and nDCG@3,
computed by ir-measures (the TREC measures, pinned in requirements.txt), per language, per category and per
split, with the number of queries that found nothing.

    .venv/bin/python statement_tools/search_eval.py [--site DIR] [--no-bundle] [--show-failures] [--split SPLIT]
                                            [--engine node]

`--engine node` ranks with the dialog's own code in Node (statement_tools/search-rank.mjs) on the built site's
search files, without a browser: seconds rather than minutes, for working on the ranking; the browser runs
are the measure (and a test compares the two, tests/test_search_relevance.py).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml


from statement_tools.browser import CHROMIUM_ARGS, chromium_path, serve
from statement_tools.build_site import ROOT, build_site

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
    batch: str = ""  # a held-out batch with a floor of its own (its date)


def load_queries(path: Path = RELEVANCE_SET) -> list[Query]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]
    return [Query(str(e["query"]), e["tree"], e["category"], tuple(e["accept"]), e.get("split", "tuning"),
                  str(e.get("batch", ""))) for e in entries]


def result_key(href: str) -> Key:
    """A clause number for a link to #clause-N (or a segment of it), else "page:<last path segment>"."""
    found = re.search(r"#clause-(\d+)(?:\.\d+)?$", href)
    if found:
        return int(found.group(1))
    path = href.split("#", 1)[0].split("?", 1)[0]
    path = re.sub(r"(?:/index)?\.html$", "", path).rstrip("/")
    return "page:" + path.rsplit("/", 1)[-1]


# On the dialog while the word tables a query asked for are loading (search/<language>-words.js); the list is
# redone when they are in.
WORDS_IN = "[data-search-dialog]:not([data-search-words-loading])"


def search_results(page, query: str) -> list[str]:
    """Type `query` into the open search dialog, as a reader would; the result links in order, once the word
    tables it needs are in."""
    page.fill("[data-search-input]", query)
    page.wait_for_selector(WORDS_IN, state="attached", timeout=10_000)
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


def rank_in_node(site: Path, queries: list[Query]) -> list[list[Key]]:
    """Each query's results as keys, ranked by the dialog's code in Node (statement_tools/search-rank.mjs)."""
    node = shutil.which("node")
    if node is None:
        raise SystemExit("search_eval: Node.js is needed (make setup)")
    message = json.dumps({"site": str(site), "queries": [{"query": q.query, "tree": q.tree} for q in queries]})
    result = subprocess.run([node, str(ROOT / "statement_tools" / "search-rank.mjs")], input=message, cwd=ROOT,
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"search_eval: statement_tools/search-rank.mjs failed:\n{result.stderr}")
    return [[result_key(href) for href in hrefs] for hrefs in json.loads(result.stdout)]


@dataclass(frozen=True)
class Scores:
    count: int
    p_at_1: float
    mrr: float
    ndcg_at_3: float
    empty: int  # queries that found nothing at all


MEASURES = ("P@1", "RR", "nDCG@3")


def query_measures(queries: list[Query], rankings: list[list[Key]]) -> list[dict[str, float]]:
    """P@1, RR and nDCG@3 of each query, by ir-measures: every accepted result is relevant (grade 1), the
    ranking is the results in order (a result shown twice counts where it is first)."""
    import ir_measures

    qrels = [ir_measures.Qrel(str(i), str(key), 1) for i, query in enumerate(queries) for key in query.accept]
    run = []
    for i, ranking in enumerate(rankings):
        for rank, key in enumerate(dict.fromkeys(ranking)):
            run.append(ir_measures.ScoredDoc(str(i), str(key), float(len(ranking) - rank)))
    found: dict[int, dict[str, float]] = {i: dict.fromkeys(MEASURES, 0.0) for i in range(len(queries))}
    for metric in ir_measures.iter_calc([ir_measures.parse_measure(m) for m in MEASURES], qrels, run):
        found[int(metric.query_id)][str(metric.measure)] = metric.value
    return [found[i] for i in range(len(queries))]


def groups_of(query: Query) -> list[str]:
    """The rows a query counts in: all, its language, its category, its split (and held-out batch)."""
    return ["all", f"language {query.tree}", query.category, f"split {query.split}",
            *([f"batch {query.batch}"] if query.batch else [])]


def scores(queries: Iterable[Query], rankings: Iterable[list[Key]]) -> dict[str, Scores]:
    """Scores per language ("language vi"), per category, per split ("split held-out") and "all"."""
    queries, rankings = list(queries), list(rankings)
    grouped: dict[str, list[tuple[dict[str, float], bool]]] = defaultdict(list)
    for query, ranking, values in zip(queries, rankings, query_measures(queries, rankings)):
        for group in groups_of(query):
            grouped[group].append((values, not ranking))
    return {group: Scores(len(rows), *(sum(v[m] for v, _ in rows) / len(rows) for m in MEASURES),
                          sum(empty for _, empty in rows))
            for group, rows in grouped.items()}


def failures(queries: list[Query], rankings: list[list[Key]]) -> list[str]:
    return [f"  [{q.category}] {q.tree}: {q.query!r} wanted {list(q.accept)}, got {ranking[:5]}"
            for q, ranking in zip(queries, rankings) if not ranking or ranking[0] not in q.accept]


def report(title: str, table: dict[str, Scores]) -> str:
    lines = [title, f"{'group':<18} {'queries':>7} {'P@1':>6} {'MRR':>6} {'nDCG@3':>6} {'empty':>5}"]
    order = lambda g: (g == "all", g.startswith(("split ", "batch ")), g.startswith("language "), g)  # noqa: E731
    for group in sorted(table, key=order):
        s = table[group]
        lines.append(f"{group:<18} {s.count:>7} {s.p_at_1:>6.2f} {s.mrr:>6.2f} {s.ndcg_at_3:>6.2f} {s.empty:>5}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--no-bundle", action="store_true", help="skip the file:// run of the offline build")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--queries", type=Path, default=RELEVANCE_SET,
                        help="another file of queries in the same form (a new held-out batch, before it joins the set)")
    parser.add_argument("--engine", choices=("browser", "node"), default="browser",
                        help="node: rank with the dialog's code in Node, no browser (quick; implies --no-bundle)")
    parser.add_argument("--split", choices=("tuning", "held-out"), help="only the queries of one split (while "
                        "tuning, run only the tuning set: the held-out one is for judging)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    queries = [query for query in load_queries(args.queries) if args.split in (None, query.split)]
    if args.engine == "node":
        with tempfile.TemporaryDirectory(prefix="search-eval-") as temporary:
            site = args.site
            if site is None:
                site = Path(temporary) / "site"
                build_site(site, env={"STATEMENT_PDF": "0"})
            rankings = rank_in_node(site, queries)
        print(f"{len(queries)} queries from {args.queries}\n")
        print(report("Node (the dialog's code on the built site's search files)", scores(queries, rankings)))
        if args.show_failures:
            print("\n" + "\n".join(failures(queries, rankings)))
        return 0
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
    print(f"{len(queries)} queries from {args.queries}\n")
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
