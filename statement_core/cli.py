"""Command line: `python -m statement_core check` (used by `make check-data`) and friends."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from statement_core.data.errors import DataError
from statement_core.exports.names import DEFAULT_SITE_URL  # mkdocs.yml's site_url
from statement_core.data.loader import load_corpus
from statement_core.model import Corpus
from statement_core.data.schemas import input_schemas

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"


def _load_or_report(args: argparse.Namespace) -> Corpus | None:
    """The corpus, or None after printing every data error (the caller exits 1)."""
    try:
        return load_corpus(args.data)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return None


def _check(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    corpus = _load_or_report(args)
    if corpus is None:
        return 1
    elapsed = (time.perf_counter() - started) * 1000
    for document in corpus.documents:
        print(f"{document.id}: {len(document.clauses)} clauses in {len(document.chapters)} chapters, "
              f"{len(document.press.paragraphs) if document.press else 0} press paragraphs")
    print(f"{len(corpus.agreements)} agreements, {len(corpus.glossary)} glossary terms; "
          f"data is valid ({elapsed:.0f} ms)")
    return 0


def _edition(args: argparse.Namespace) -> int:
    """Lock what the newest edition says (make edition), or with --check fail when the lock is behind data/."""
    from statement_core.data.published_lock import LOCK_FILE, lock_of, read_lock, render_lock

    corpus = _load_or_report(args)
    if corpus is None:
        return 1
    path = args.data / LOCK_FILE
    previous = read_lock(path)
    rendered = render_lock(lock_of(corpus, previous))
    newest = corpus.editions[-1]
    if path.exists() and path.read_text(encoding="utf-8") == rendered:
        print(f"Edition {newest.number} ({newest.date.iso()}) is published and locked; nothing to publish. For "
              f"edition {newest.number + 1}: add it to data/editions.yaml, record its revisions, run `make edition`.")
        return 0
    if args.check:
        print(f"data/{LOCK_FILE} does not hold what data/ publishes as edition {newest.number}; run `make edition` "
              "and commit it", file=sys.stderr)
        return 1
    path.write_text(rendered, encoding="utf-8")
    revised = sum(len(document.revisions_in(newest.number)) for document in corpus.documents)
    print(f"Published edition {newest.number} ({newest.date.iso()}, {revised} revised segment"
          f"{'s' if revised != 1 else ''}): wrote {path}; commit it with the data.")
    return 0


def _schema(args: argparse.Namespace) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    for name, schema in input_schemas().items():
        (args.out / name).write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(args.out / name)
    return 0


def _markers(args: argparse.Namespace) -> int:
    from statement_core.site.markers import stale_markers, write_markers
    from statement_core.site_plan import plan_site

    corpus = _load_or_report(args)
    if corpus is None:
        return 1
    plan = plan_site(corpus)
    if args.check:
        problems = stale_markers(plan, args.docs)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("Marker pages are out of sync with data/; run `make markers`.", file=sys.stderr)
        return 1 if problems else 0
    for path in write_markers(plan, args.docs):
        print(f"wrote {path}")
    return 0


def _exports(args: argparse.Namespace) -> int:
    from statement_core.runtime.build_info import build_info
    from statement_core.exports import write_checksums, write_exports

    corpus = _load_or_report(args)
    if corpus is None:
        return 1
    from statement_core.exports.names import checksums_header

    info = build_info()
    written = write_exports(corpus, args.out, info, args.site_url)
    for path in [*written, write_checksums(args.out, checksums_header(corpus, info))]:
        print(path)
    print(f"exports for commit {info.short_commit}, dated {info.date_iso}")
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from statement_core.runtime.build_info import build_info
    from statement_core.pdf import PdfBuildError, write_pdfs

    corpus = _load_or_report(args)
    if corpus is None:
        return 1
    info = build_info()
    started = time.perf_counter()
    try:
        paths = write_pdfs(corpus, args.out, info, args.site_url)
    except PdfBuildError as error:
        print(f"PDF build failed: {error}", file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    print(f"{len(paths)} PDFs for commit {info.short_commit} in {time.perf_counter() - started:.1f} s")
    return 0


def _icons(args: argparse.Namespace) -> int:
    import tempfile

    from statement_core.runtime.node_scripts import NodeScriptError
    from statement_core.site.web_app import generate_icons, stale_icons

    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="icons-") as scratch:
                stale = stale_icons(args.docs, Path(scratch))
            for path in stale:
                print(f"docs/{path} is not what the source image gives", file=sys.stderr)
            if stale:
                print("Icons are out of date; run `make icons`.", file=sys.stderr)
            return 1 if stale else 0
        for path in generate_icons(args.docs, args.docs):
            print(f"wrote {path}")
    except NodeScriptError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m statement_core", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data folder (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data/ and report every error as file:line").set_defaults(run=_check)
    edition = commands.add_parser("edition", help="publish the newest edition of the translation: lock what every "
                                                  "edition says (data/published.lock.yaml)")
    edition.add_argument("--check", action="store_true", help="exit 1 if the lock does not hold the newest edition")
    edition.set_defaults(run=_edition)
    schema = commands.add_parser("schema", help="write the JSON Schemas of the data files")
    schema.add_argument("out", type=Path)
    schema.set_defaults(run=_schema)
    markers = commands.add_parser("markers", help="write (or --check) the marker pages under docs/")
    markers.add_argument("docs", type=Path, nargs="?", default=DEFAULT_DATA.parent / "docs")
    markers.add_argument("--check", action="store_true", help="exit 1 if any marker is missing or stale")
    markers.set_defaults(run=_markers)
    icons = commands.add_parser("icons", help="render (or --check) the site's icons from docs/assets/icons/icon.svg")
    icons.add_argument("docs", type=Path, nargs="?", default=DEFAULT_DATA.parent / "docs")
    icons.add_argument("--check", action="store_true", help="exit 1 if a committed icon differs from a fresh rendering")
    icons.set_defaults(run=_icons)
    exports = commands.add_parser("exports", help="write the open-data exports and SHA256SUMS into OUT_DIR")
    exports.add_argument("out", type=Path, metavar="OUT_DIR")
    exports.add_argument("--site-url", default=os.environ.get("SITE_URL") or DEFAULT_SITE_URL,
                         help="where the citation files point (default: $SITE_URL or %(default)s)")
    exports.set_defaults(run=_exports)
    pdf = commands.add_parser("pdf", help="write the bilingual and per-language PDF editions into OUT_DIR")
    pdf.add_argument("out", type=Path, metavar="OUT_DIR")
    # Same default as mkdocs.yml's site_url, which reads the same SITE_URL variable.
    pdf.add_argument("--site-url", default=os.environ.get("SITE_URL") or DEFAULT_SITE_URL,
                     help="where clause numbers link to (default: $SITE_URL or %(default)s)")
    pdf.set_defaults(run=_pdf)
    args = parser.parse_args(argv)
    return args.run(args)
