"""The search script readers load: overrides/search/*.mjs and its two libraries, bundled by esbuild.

Bundled at build time rather than committed, so the sources are the only copy; esbuild is pinned in
package-lock.json and its output is the same bytes for the same sources.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "overrides" / "search"
ENTRY = SOURCES / "main.mjs"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
SCRIPT_PATH = "assets/javascripts/statement-search.js"  # mkdocs.yml extra_javascript loads it
BANNER = ("/* Site search of the Viet Nam – Belarus Joint Statement reader, bundled from overrides/search/ "
          "with MiniSearch (MIT, Luca Ongaro) and stemmer (MIT, Titus Wormer). */")


class BundleError(RuntimeError):
    pass


def bundle_search_script(site_dir: Path) -> Path:
    """Write the bundled search script into the built site; return its path."""
    if not ESBUILD.exists():
        raise BundleError(f"{ESBUILD} is missing: run `make setup` (npm ci) before building the site")
    target = site_dir / SCRIPT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [str(ESBUILD), str(ENTRY), "--bundle", "--format=iife", "--minify", "--target=es2018",
               "--charset=utf8", "--legal-comments=none", f"--banner:js={BANNER}", f"--outfile={target}",
               "--log-level=warning"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise BundleError(f"esbuild could not bundle {ENTRY.relative_to(ROOT)}:\n{result.stderr}")
    return target
