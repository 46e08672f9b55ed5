"""The build date and source commit stamped on every export, PDF and page.

The date is SOURCE_DATE_EPOCH when set, else the commit date of HEAD, so two builds of the same commit
are byte-identical without any setting. Outside a git checkout (an unpacked tarball) it says so.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuildInfo:
    date: dt.datetime  # UTC
    commit: str  # full hash, or "unknown"
    version: str  # short form for file names: "2025.05.12-abc1234"

    @property
    def date_iso(self) -> str:
        return self.date.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def day_iso(self) -> str:
        return self.date.strftime("%Y-%m-%d")

    @property
    def short_commit(self) -> str:
        return self.commit[:12]


def _git(*args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else None


def build_info() -> BuildInfo:
    commit = os.environ.get("SOURCE_COMMIT") or _git("rev-parse", "HEAD") or "unknown"
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or _git("log", "-1", "--format=%ct")
    date = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc) if epoch else \
        dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)
    version = f"{date:%Y.%m.%d}-{commit[:7] if commit != 'unknown' else 'local'}"
    return BuildInfo(date=date, commit=commit, version=version)
