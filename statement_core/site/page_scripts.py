"""The scripts the pages load, bundled at build time by esbuild from their ES-module sources in overrides/:
the search (overrides/search/, with MiniSearch and stemmer from npm), the reading pages' behaviour and the
offline status (overrides/reader/, with workbox-window from npm).

Bundled rather than committed, so the sources are the only copy; esbuild is pinned in package-lock.json and
its output is the same bytes for the same sources. Classic scripts (IIFE), not `type=module`: Chromium runs
no module script from file://, where the offline bundle is read. Each script is one request whatever the
number of modules; only the data registries that file:// needs are globals (search indexes, citations).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
PROJECT = "Viet Nam – Belarus Joint Statement reader"


@dataclass(frozen=True)
class PageScript:
    entry: Path  # the entry module
    path: str  # where the pages load it, from the site root
    credits: str  # what the banner names besides our sources (bundled libraries and their licences)
    web_site_only: bool = False  # not in the offline bundle

    @property
    def banner(self) -> str:
        sources = self.entry.parent.relative_to(ROOT).as_posix()
        return f"/* {PROJECT}, bundled from {sources}/{' with ' + self.credits if self.credits else ''}. */"


SEARCH = PageScript(ROOT / "overrides" / "search" / "main.mjs", "assets/javascripts/statement-search.js",
                    "MiniSearch (MIT, Luca Ongaro) and stemmer (MIT, Titus Wormer)")
READER = PageScript(ROOT / "overrides" / "reader" / "main.mjs", "assets/javascripts/statement-reader.js", "")
OFFLINE = PageScript(ROOT / "overrides" / "reader" / "offline-main.mjs", "assets/javascripts/statement-offline.js",
                     "workbox-window (MIT, Google LLC)", web_site_only=True)
# The read-aloud player (issue 32): loaded by the reader's script (overrides/reader/listen.mjs) on the first press
# of Listen, from beside statement-reader.js; the service worker keeps it like every script of the site.
LISTEN = PageScript(ROOT / "overrides" / "reader" / "listen" / "main.mjs", "assets/javascripts/statement-listen.js", "")
# mkdocs.yml extra_javascript loads the first two; the theme the third; the reader's script the fourth, on demand
PAGE_SCRIPTS = (SEARCH, READER, OFFLINE, LISTEN)


class BundleError(RuntimeError):
    pass


class PageScriptBundles:
    """esbuild started now for each script (the site folder is emptied when the build starts, so into a
    temporary folder), copied into the site at the build's end: the bundling overlaps the rest of the build."""

    def __init__(self, web_site: bool) -> None:
        if not ESBUILD.exists():
            raise BundleError(f"{ESBUILD} is missing: run `make setup` (npm ci) before building the site")
        self.folder = Path(tempfile.mkdtemp(prefix="statement-scripts-"))
        self.scripts = [script for script in PAGE_SCRIPTS if web_site or not script.web_site_only]
        self.processes = [self._start(script) for script in self.scripts]

    def _output(self, script: PageScript) -> Path:
        return self.folder / Path(script.path).name

    def _start(self, script: PageScript) -> subprocess.Popen[str]:
        command = [str(ESBUILD), str(script.entry), "--bundle", "--format=iife", "--minify", "--target=es2018",
                   "--charset=utf8", "--legal-comments=none", f"--banner:js={script.banner}",
                   f"--outfile={self._output(script)}", "--log-level=warning"]
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def write_into(self, site_dir: Path) -> list[Path]:
        """Wait for esbuild; put each script where the pages load it; return their paths."""
        try:
            written = []
            for script, process in zip(self.scripts, self.processes):
                _, errors = process.communicate()
                if process.returncode != 0:
                    raise BundleError(f"esbuild could not bundle {script.entry.relative_to(ROOT)}:\n{errors}")
                target = site_dir / script.path
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self._output(script), target)
                written.append(target)
            return written
        finally:
            self.cancel()

    def cancel(self) -> None:
        """End what still runs (the build failed) and remove the temporary folder."""
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.communicate()
        shutil.rmtree(self.folder, ignore_errors=True)
