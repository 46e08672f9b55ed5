"""Putting a kept file into the site: a hard link where both share a file system, else a copy.

A 100-document site holds hundreds of megabytes that builds keep between them (image cards, downloads);
copying them into every build's site costs seconds of disk work, a link none. Nothing writes into these
files once they are in the site (a build writes new files), so the kept copy cannot be changed through it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path


def link_or_copy(source: str | Path, destination: str | Path) -> None:
    """shutil.copytree's copy_function signature; a destination already there is replaced."""
    try:
        os.link(source, destination)
    except FileExistsError:
        os.unlink(destination)
        link_or_copy(source, destination)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(source, destination)


def link_all(files: Iterable[tuple[Path, Path]]) -> None:
    """link_or_copy each (kept file, destination), making each destination folder once: thousands of files
    in hundreds of folders (image cards, share pages), where asking for every file's folder cost a second."""
    made: set[Path] = set()
    for source, destination in files:
        if destination.parent not in made:
            destination.parent.mkdir(parents=True, exist_ok=True)
            made.add(destination.parent)
        link_or_copy(source, destination)
