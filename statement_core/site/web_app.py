"""The installable web app: one web app manifest per language and the icons generated from one source image.

Browsers install the site ("Add to Home Screen") from the manifest the page links to. Each language has
its own, so the installed app opens in the reader's language; both keep the whole site in scope, so the
language switcher stays inside the app. Names come from mkdocs.yml (site_name and site_description per
language) and the short name from labels.py; icon paths and colours are defined once, here.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from pathlib import Path

from statement_core.labels import label
from statement_core.site_plan import language_root

# Material's indigo primary (--md-primary-fg-color in its palette CSS): the header colour, so the
# browser's toolbar and the installed app's title bar continue the page. The icon's background is the same.
THEME_COLOR = "#4051b5"
BACKGROUND_COLOR = "#ffffff"  # the splash screen behind the icon while the first page loads
MANIFEST_NAME = "manifest.webmanifest"
ICON_SOURCE = "assets/icons/icon.svg"  # below docs/, copied into the site like any asset


@dataclass(frozen=True)
class Icon:
    path: str  # below docs/ and the site root
    size: int
    # Square to the edges: maskable icons (Android cuts its own shape out of them) and Apple's touch
    # icon (iOS rounds the corners itself and shows transparency as black). The others keep the
    # source's rounded corners.
    full_bleed: bool
    purpose: str | None  # in the manifest, "any" or "maskable"; None: linked from the pages only


ICONS = (
    Icon("assets/icons/favicon-48.png", 48, full_bleed=False, purpose=None),
    Icon("assets/icons/apple-touch-icon.png", 180, full_bleed=True, purpose=None),
    Icon("assets/icons/icon-192.png", 192, full_bleed=False, purpose="any"),
    Icon("assets/icons/icon-512.png", 512, full_bleed=False, purpose="any"),
    Icon("assets/icons/icon-maskable-512.png", 512, full_bleed=True, purpose="maskable"),
)
APPLE_TOUCH_ICON = ICONS[1].path


def manifest_path(language: str) -> str:
    return language_root(language) + MANIFEST_NAME


def web_manifest(language: str, name: str, description: str) -> dict[str, object]:
    """The manifest of one language. Every URL in it is relative to the manifest's own URL, as the spec
    resolves them, so the same file works at the root (`make serve`) and under /joint-statement/ (Pages)."""
    to_root = posixpath.relpath(".", posixpath.dirname(manifest_path(language)) or ".")
    root = "./" if to_root == "." else f"{to_root}/"
    return {
        "name": name,
        "short_name": label(language, "app_short_name"),
        "description": description,
        "lang": language,
        "dir": "ltr",
        "start_url": "./",  # this language's home page
        "scope": root,  # the whole site, both languages: the worker's scope too
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [{"src": root + icon.path, "sizes": f"{icon.size}x{icon.size}", "type": "image/png",
                   "purpose": icon.purpose} for icon in ICONS if icon.purpose],
    }


def write_web_manifests(site: Path, names: dict[str, tuple[str, str]]) -> list[Path]:
    """Write each language's manifest; `names` maps a language to its (site name, site description)."""
    written = []
    for language, (name, description) in sorted(names.items()):
        target = site / manifest_path(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(web_manifest(language, name, description), ensure_ascii=False, indent=2) + "\n"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


ICON_SCRIPT = Path(__file__).resolve().parent / "make_icons.mjs"


def generate_icons(docs: Path, target: Path) -> list[Path]:
    """Render every icon of ICONS from docs/ICON_SOURCE into `target` (docs/ itself, or a folder to compare)."""
    from statement_core.runtime.node_scripts import run_node_script

    spec = {"source": str(docs / ICON_SOURCE), "background": THEME_COLOR, "target": str(target),
            "icons": [{"path": icon.path, "size": icon.size, "full_bleed": icon.full_bleed} for icon in ICONS]}
    return [Path(path) for path in run_node_script(ICON_SCRIPT, spec, "sharp")["written"]]


def stale_icons(docs: Path, scratch: Path) -> list[str]:
    """Icons under docs/ that differ from a fresh rendering of the source (into `scratch`), or are missing."""
    generate_icons(docs, scratch)
    return [icon.path for icon in ICONS
            if not (docs / icon.path).is_file() or (docs / icon.path).read_bytes() != (scratch / icon.path).read_bytes()]
