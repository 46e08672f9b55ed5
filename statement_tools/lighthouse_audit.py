"""Lighthouse (the pinned npm package) against a locally served site, with Debian's Chromium, offline."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from statement_tools.browser import CHROMIUM_ARGS, chromium_path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_scores(url: str) -> dict[str, int]:
    """Scores 0–100 per category with Lighthouse's default (mobile, simulated throttling) settings."""
    with tempfile.TemporaryDirectory() as temporary:
        report = Path(temporary) / "report.json"
        flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
        command = [str(LIGHTHOUSE), url, "--quiet", f"--chrome-flags={flags}", "--output=json",
                   f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}"]
        for attempt in range(2):  # Chromium occasionally fails to start under load; once more, then report
            result = subprocess.run(command, env={**os.environ, "CHROME_PATH": chromium_path()},
                                    capture_output=True, text=True, timeout=300)
            if result.returncode == 0:
                break
        else:
            raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        categories = json.loads(report.read_text())["categories"]
    return {name: round(categories[name]["score"] * 100) for name in CATEGORIES}
