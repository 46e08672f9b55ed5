"""Where and with what the figures were measured: they are only comparable within one run."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import time
from importlib import metadata
from pathlib import Path

PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "markdown", "pymdown-extensions", "pyyaml",
            "jinja2", "pydantic", "weasyprint", "playwright", "pyinstrument")


def _first_line(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    return (result.stdout.strip().splitlines() or ["unknown"])[0]


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def ram_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def describe(root: Path, chromium: str) -> list[str]:
    """Markdown bullet lines."""
    commit = _first_line(["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in PACKAGES)
    return [
        f"- Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; commit {commit}"
        + (" plus uncommitted changes in the working tree" if dirty else ""),
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores, {ram_gib():.1f} GiB RAM; "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {versions}",
        f"- Browser: {_first_line([chromium, '--version'])}",
        "- Load average at the start (1, 5, 15 min): " + ", ".join(f"{load:.2f}" for load in os.getloadavg())
        + " (other work on a shared machine slows the builds; ours and plain runs alternate so it hits both)",
    ]


def cpu_reference() -> float:
    """Seconds for a fixed pure-Python workload (lower is faster).

    On a shared virtual machine the CPU a build gets varies by tens of percent from minute to minute;
    sampling this through the run shows how much, so a figure near its target can be read for what it is.
    """
    started = time.perf_counter()
    total = 0
    for number in range(3_000_000):
        total += number % 7
    return time.perf_counter() - started


def cpu_reference_line(samples: list[float]) -> str:
    fastest, slowest = min(samples), max(samples)
    return (f"- CPU reference (fixed pure-Python loop, {len(samples)} samples through the run, lower is faster): "
            f"{fastest:.2f}–{slowest:.2f} s, the slowest {slowest / fastest - 1:.0%} above the fastest")
