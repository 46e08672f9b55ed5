"""The search script readers load: overrides/search/*.mjs and its two libraries, bundled by esbuild.

Bundled at build time rather than committed, so the sources are the only copy; esbuild is pinned in
package-lock.json and its output is the same bytes for the same sources.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "overrides" / "search"
ENTRY = SOURCES / "main.mjs"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
SCRIPT_PATH = "assets/javascripts/statement-search.js"  # mkdocs.yml extra_javascript loads it
BANNER = ("/* Site search of the Viet Nam – Belarus Joint Statement reader, bundled from overrides/search/ "
          "with MiniSearch (MIT, Luca Ongaro) and stemmer (MIT, Titus Wormer). */")


def bundle_inputs() -> list[Path]:
    """Everything the bundle is made from: its sources, the installed npm packages (npm's own list), and this file (the command)."""
    return [SOURCES, ROOT / "node_modules" / ".package-lock.json", Path(__file__)]


class BundleError(RuntimeError):
    pass


class SearchBundle:
    """esbuild started now, into a temporary file (the site folder is emptied when the build starts), and
    copied into the site at its end: the bundling overlaps the rest of the build."""

    def __init__(self) -> None:
        if not ESBUILD.exists():
            raise BundleError(f"{ESBUILD} is missing: run `make setup` (npm ci) before building the site")
        self.folder = Path(tempfile.mkdtemp(prefix="statement-search-"))
        self.output = self.folder / "statement-search.js"
        command = [str(ESBUILD), str(ENTRY), "--bundle", "--format=iife", "--minify", "--target=es2018",
                   "--charset=utf8", "--legal-comments=none", f"--banner:js={BANNER}", f"--outfile={self.output}",
                   "--log-level=warning"]
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def write_into(self, site_dir: Path) -> Path:
        """Wait for esbuild; put the script where the pages load it; return its path."""
        try:
            _, errors = self.process.communicate()
            if self.process.returncode != 0:
                raise BundleError(f"esbuild could not bundle {ENTRY.relative_to(ROOT)}:\n{errors}")
            target = site_dir / SCRIPT_PATH
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.output, target)
            return target
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def cancel(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()
        shutil.rmtree(self.folder, ignore_errors=True)

