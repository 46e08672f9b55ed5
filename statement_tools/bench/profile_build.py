"""Profile one in-process `mkdocs build` with pyinstrument and print our hot spots as JSON.

Run as a script in a fresh process (statement_tools/bench/run.py does): `python statement_tools/bench/profile_build.py CONFIG SITE_DIR`.
"Ours" means code under the project's statement_core/ or hooks/; each function's inclusive time counts
only its outermost call on a stack, so recursion and nested calls are not counted twice.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.frame import Frame

OWN_FOLDERS = ("statement_core", "hooks")
THEME_ENTRY = "overrides/main.html"  # every page's template: Material's base.html, nav included


def own_path(frame: Frame, project: Path) -> str | None:
    """`statement_core/…/x.py` when the frame is our code, else None."""
    if not frame.file_path:
        return None
    try:
        relative = Path(frame.file_path).resolve().relative_to(project)
    except ValueError:
        return None
    return relative.as_posix() if relative.parts[0] in OWN_FOLDERS else None


def own_hot_spots(root: Frame, project: Path, top: int) -> tuple[float, list[dict[str, object]]]:
    """(time under our outermost frames, our functions ranked by exclusive time) from a pyinstrument tree.

    Inclusive: everything under the function. Exclusive: the function itself plus the library code it
    calls directly (YAML, Jinja, …), minus time in our other functions it calls; the exclusive times
    partition our share of the build, so they say where to look.
    """
    inclusive: dict[str, float] = defaultdict(float)
    exclusive: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    own_total = 0.0

    def nearest_own(frame: Frame) -> list[Frame]:
        found = []
        for child in frame.children:
            found.extend([child] if own_path(child, project) else nearest_own(child))
        return found

    def visit(frame: Frame, active: frozenset[str], inside_own: bool) -> None:
        nonlocal own_total
        path = own_path(frame, project)
        key = f"{path}:{frame.function}" if path else None
        if key:
            names.setdefault(key, f"{path}:{frame.line_no} {frame.function}")
            if key not in active:
                inclusive[key] += frame.time
            exclusive[key] += frame.time - sum(child.time for child in nearest_own(frame))
            if not inside_own:
                own_total += frame.time
        for child in frame.children:
            visit(child, active | {key} if key else active, inside_own or key is not None)

    visit(root, frozenset(), False)
    ranked = sorted(exclusive, key=exclusive.__getitem__, reverse=True)[:top]
    return own_total, [{"function": names[key], "exclusive_s": round(exclusive[key], 3),
                        "inclusive_s": round(inclusive[key], 3)} for key in ranked]


def outermost_time(frame: Frame, matches: Callable[[Frame], bool]) -> float:
    """Time under the outermost frames that match (nested matches are not counted twice)."""
    if matches(frame):
        return frame.time
    return sum(outermost_time(child, matches) for child in frame.children)


def main() -> int:
    config_file, site_dir = Path(sys.argv[1]).resolve(), sys.argv[2]
    profiler = Profiler(interval=0.001)
    profiler.start()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    profiler.stop()
    session = profiler.last_session
    root = session.root_frame()
    assert root is not None
    own_total, spots = own_hot_spots(root, config_file.parent, top=15)
    theme = outermost_time(root, lambda frame: (frame.file_path or "").endswith(THEME_ENTRY))
    json.dump({"total_s": round(session.duration, 3), "own_s": round(own_total, 3), "theme_s": round(theme, 3),
               "hot_spots": spots,
               "tree": profiler.output_text(unicode=False, color=False, show_all=False)},
              sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
