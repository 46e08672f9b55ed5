"""`make bench`: build cost against plain MkDocs, scaling, data load time, page weight, bundle and PDF.

Every figure comes from this one run on this machine; compare ratios, not absolute times, across
machines. Builds run in a private copy of the project (see statement_tools/bench/workspace.py) as cold processes. The
Markdown report is printed and written to statement_tools/bench/results.md (with --quick, to build/bench/).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from statement_tools.bench import machine, report
from statement_tools.bench.artifacts import build_bundle, time_cards, time_pdfs
from statement_tools.bench.corpus import edit_note
from statement_tools.bench.plain import make_plain_site
from statement_tools.bench.report import Results, ScaleRow
from statement_tools.bench.scaling import make_scale_site, nav_links, write_scale_docs
from statement_tools.bench.search import measure_search
from statement_tools.bench.weights import chromium_path, page_weights, site_size
from statement_tools.bench.workspace import build_env, copy_project, timed_build
from statement_core.data.loader import load_corpus
from statement_core.cli import DEFAULT_SITE_URL
from statement_core.exports import manifest
from statement_core.model import Corpus
from statement_core.site.offline import precache_entries, precache_size
from statement_core.site_plan import plan_site

FULL = {"overhead_runs": 7, "scale_runs": {1: 3, 10: 3, 100: 5}, "load_runs": {1: 7, 10: 3, 100: 3}, "pdf_runs": 3}
SEARCH_SIZES = (1, 100)  # corpora whose search is measured (the quick run has no 100×)
QUICK = {"overhead_runs": 3, "scale_runs": {1: 1, 10: 1}, "load_runs": {1: 3, 10: 1}, "pdf_runs": 1}
# `--only large`: the 100× corpus alone, whose targets are the hardest (its builds after an edit, its search,
# the profile of one such build), in about ten minutes rather than the whole run's twenty.
LARGE = {"scale_runs": {100: 5}, "load_runs": {100: 1}}
# The report's sections that each --only part fills.
ONLY_SECTIONS = {"search": ("5.",), "large": ("Summary", "2.", "5.", "Profile")}


def step(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed_runs(function: Callable[[], object], runs: int) -> tuple[list[float], object]:
    seconds, value = [], None
    for _ in range(runs):
        started = time.perf_counter()
        value = function()
        seconds.append(time.perf_counter() - started)
    return seconds, value


def clause_count(corpus: Corpus) -> int:
    return sum(len(document.clauses) for document in corpus.documents)


def largest_chapter(corpus: Corpus):
    document = corpus.documents[0]
    chapter = max(document.chapters, key=lambda c: len(c.clause_numbers))
    return plan_site(corpus).find("chapter", document.id, chapter.id)


def measure_overhead(results: Results, project: Path, work: Path, corpus: Corpus, runs: int) -> None:
    env = build_env()
    step("overhead: warm-up build of ours (fills the store: exports, no PDFs)")
    timed_build(project / "mkdocs.yml", env, keep_site=work / "ours-warm-up")
    downloads = tuple(manifest(work / "ours-warm-up" / "downloads"))
    shutil.rmtree(work / "ours-warm-up")
    plain = make_plain_site(project, work / "plain", corpus, DEFAULT_SITE_URL, downloads)
    timed_build(plain, env)  # warm-up: same file-system cache state on both sides
    for run in range(runs):  # interleaved, so drift on the machine hits both sides alike
        results.cpu_reference.append(machine.cpu_reference())
        step(f"overhead: run {run + 1}/{runs}")
        results.overhead_ours.append(timed_build(project / "mkdocs.yml", env).seconds)
        # The same build from an empty store (every output made), for comparison.
        empty = work / f"empty-store-{run}"
        results.overhead_ours_afresh.append(timed_build(project / "mkdocs.yml",
                                                        build_env(STATEMENT_CACHE_DIR=str(empty))).seconds)
        shutil.rmtree(empty, ignore_errors=True)
        results.overhead_plain.append(timed_build(plain, env).seconds)


def inspect_site(row: ScaleRow, site: Path, corpus: Corpus) -> None:
    files = [path for path in site.rglob("*") if path.is_file()]
    row.pages = sum(1 for path in files if path.name == "index.html")
    row.site_bytes = sum(path.stat().st_size for path in files)
    chapter = site / largest_chapter(corpus).url("vi") / "index.html"
    html = chapter.read_text(encoding="utf-8")
    row.chapter_html, row.chapter_nav_links = len(html.encode()), nav_links(html)


def measure_scaling(results: Results, project: Path, work: Path, plan: dict) -> dict[int, Path]:
    data_dirs = {}
    for copies, runs in plan["scale_runs"].items():
        site = make_scale_site(project, work, copies)
        data_dirs[copies] = site.data_dir
        load_runs = plan["load_runs"].get(copies, 1)
        step(f"load: {copies}× corpus, {load_runs} runs")
        seconds, corpus = timed_runs(lambda: load_corpus(site.data_dir), load_runs)
        name = "real data (1×)" if copies == 1 else f"synthetic {copies}×"
        results.loads.append((name, clause_count(corpus), seconds))
        write_scale_docs(site, project, corpus)
        env = build_env(STATEMENT_DATA_DIR=str(site.data_dir))
        row = ScaleRow(copies, len(corpus.documents), clause_count(corpus), [])
        kept = work / f"site-x{copies}"
        step(f"scaling: {copies}× cold build (empty build/ caches)")
        shutil.rmtree(project / "build", ignore_errors=True)
        row.cold = timed_build(site.config_file, env)
        for run in range(runs):
            results.cpu_reference.append(machine.cpu_reference())
            step(f"scaling: {copies}× build {run + 1}/{runs}, after a data edit")
            edit_note(site.data_dir, run)  # every run: the first build after a data edit, caches kept
            row.runs.append(timed_build(site.config_file, env, keep_site=kept if run == runs - 1 else None))
        inspect_site(row, kept, corpus)
        downloads = tuple(manifest(kept / "downloads"))
        if copies in SEARCH_SIZES:
            step(f"search: index size, readiness and keystroke-to-results at {copies}×, in Chromium")
            results.search.append(measure_search(kept, f"{copies}× ({clause_count(corpus):,} clauses)"))
        shutil.rmtree(kept)
        step(f"scaling: {copies}× plain MkDocs twin (same pages pre-rendered, same nav), 1 build")
        twin = make_plain_site(project, work / f"plain-x{copies}", corpus, DEFAULT_SITE_URL, downloads)
        row.twin = timed_build(twin, env)
        shutil.rmtree(twin.parent)
        results.scaling.append(row)
    return data_dirs


def measure_search_only(results: Results, project: Path, work: Path) -> None:
    """`--only search`: one build of each size in SEARCH_SIZES, its search measured in Chromium."""
    for copies in SEARCH_SIZES:
        site = make_scale_site(project, work, copies)
        corpus = load_corpus(site.data_dir)
        write_scale_docs(site, project, corpus)
        kept = work / f"site-x{copies}"
        shutil.rmtree(project / "build", ignore_errors=True)
        results.cpu_reference.append(machine.cpu_reference())
        step(f"search: {copies}× build, then its search in Chromium")
        build = timed_build(site.config_file, build_env(STATEMENT_DATA_DIR=str(site.data_dir)), keep_site=kept)
        results.machine.append(f"- Search-only run: {copies}× build {build.seconds:.1f} s")
        results.search.append(measure_search(kept, f"{copies}× ({clause_count(corpus):,} clauses)"))
        shutil.rmtree(kept)


def profile_build(results: Results, project: Path, work: Path, data_dir: Path, copies: int) -> None:
    step(f"profile: in-process build of the {copies}× corpus under pyinstrument, after a data edit")
    edit_note(data_dir, -1)  # as the timed runs: the build/ caches of that corpus kept, one note changed
    result = subprocess.run([sys.executable, str(ROOT / "statement_tools" / "bench" / "profile_build.py"),
                             str(project / f"mkdocs-x{copies}.yml"), str(work / "site-profile")],
                            # PYTHONPATH: the copy's statement_core and hooks, not the editable install's.
                            cwd=project, env=build_env(STATEMENT_DATA_DIR=str(data_dir), PYTHONPATH=str(project)),
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"profiled build failed:\n{result.stderr}")
    results.profile = json.loads(result.stdout)
    results.profile_corpus = f"{copies}× corpus"
    shutil.rmtree(work / "site-profile", ignore_errors=True)


def measure_weight(results: Results, project: Path, work: Path, corpus: Corpus) -> None:
    step("page weight: full build with PDFs, then Chromium over http.server")
    site = work / "site-reference"
    shutil.rmtree(project / "build", ignore_errors=True)
    results.reference_build = timed_build(project / "mkdocs.yml", build_env(STATEMENT_PDF="1"), keep_site=site)
    plan = plan_site(corpus)
    pages = {"home": plan.find("home"), "chapter": largest_chapter(corpus), "timeline": plan.find("timeline")}
    labels, paths = [], []
    for language in ("vi", "en"):
        for name, page in pages.items():
            labels.append(f"{name} ({language}, /{page.url(language)})")
            paths.append(page.url(language))
    results.weights = list(zip(labels, page_weights(site, paths)))
    raw, compressed = precache_size(site)
    results.precache = (len(precache_entries(site)), raw, compressed)
    results.site_size = site_size(site)


def measure_artifacts(results: Results, project: Path, corpus: Corpus, runs: int) -> None:
    step("bundle: make_bundle (a build with PDFs, OFFLINE=true, then the zip)")
    env = build_env()
    env.pop("STATEMENT_PDF")  # as `make bundle`: with PDFs
    try:
        results.bundle = build_bundle(project, env)
    except RuntimeError as error:
        results.bundle = str(error).splitlines()[-1]
    step(f"pdf: write_pdfs, {runs} runs")
    results.pdfs = [time_pdfs(corpus, DEFAULT_SITE_URL) for _ in range(runs)]
    step("image cards: every card from an empty cache, then from the cache")
    results.cards = time_cards(corpus)


def render(results: Results) -> str:
    sections = [
        ("Summary", report.summary),
        ("1. Build overhead against plain MkDocs", report.overhead_section),
        ("2. Scaling", report.scaling_section),
        ("3. Data load and validation (`load_corpus`, in-process)", report.load_section),
        ("4. Page weight", report.weight_section),
        ("5. Search", report.search_section),
        ("6. Bundle and PDF", report.artifacts_section),
        ("Profile: hot spots in our code", report.profile_section),
    ]
    only = results.mode.removesuffix(" only")
    if only in ONLY_SECTIONS:  # --only: that part's sections, nothing about the parts not run
        sections = [(title, section) for title, section in sections if title.startswith(ONLY_SECTIONS[only])]
    lines = [f"# Benchmark results ({results.mode})", "", "Generated by `make bench` (statement_tools/bench/run.py); what each "
             "figure means and how it is measured: statement_tools/bench/README.md.", "", *results.machine]
    for title, section in sections:
        lines += ["", f"## {title}", "", *section(results)]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and no 100× corpus, to try it out")
    parser.add_argument("--only", choices=tuple(ONLY_SECTIONS),
                        help="only one part: search (section 5, at 1× and 100×), or large (the 100× corpus: "
                             "its builds after an edit, its search and the profile; sections 2 and 5)")
    parser.add_argument("--out", type=Path, help="report file (default: statement_tools/bench/results.md; "
                                                 "build/bench/results-quick.md with --quick, "
                                                 "build/bench/results-<part>.md with --only <part>)")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    out = args.out or (ROOT / "build" / "bench" / f"results-{args.only or 'quick'}.md" if args.quick or args.only
                       else ROOT / "statement_tools" / "bench" / "results.md")
    env = build_env()
    os.environ.update(SOURCE_COMMIT=env["SOURCE_COMMIT"], SOURCE_DATE_EPOCH=env["SOURCE_DATE_EPOCH"])
    results = Results(machine.describe(ROOT, chromium_path()), f"{args.only} only" if args.only
                      else "quick" if args.quick else "full")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-") as temporary:
        work = Path(temporary)
        project = copy_project(work / "project")
        corpus = load_corpus(project / "data")
        if args.only == "search":
            measure_search_only(results, project, work)
        elif args.only == "large":
            data_dirs = measure_scaling(results, project, work, LARGE)
            profile_build(results, project, work, data_dirs[100], 100)
        else:
            measure_overhead(results, project, work, corpus, plan["overhead_runs"])
            data_dirs = measure_scaling(results, project, work, plan)
            largest = max(data_dirs)  # the size whose target is hardest; its caches are the warm ones now
            profile_build(results, project, work, data_dirs[largest], largest)
            measure_weight(results, project, work, corpus)
            measure_artifacts(results, project, corpus, plan["pdf_runs"])
    results.machine.append(f"- Whole benchmark: {time.perf_counter() - started:.0f} s")
    results.machine.append(machine.cpu_reference_line(results.cpu_reference))
    text = render(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    step(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
