"""Look at the built site as readers do: full-page or first-screen PNGs in headless Chromium.

    .venv/bin/python statement_tools/screenshots.py site/ vn-by-2025-strategic-partnership/economy/ \
        --widths 360 1280 --out /tmp/shots [--mode stacked] [--dark] [--full]

Each path is taken as given (prefix it with en/ for the English tree). Files are named
<path-with-dashes>-<width>[-mode][-dark].png.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


from statement_tools.browser import CHROMIUM_ARGS, chromium_path, serve

PHONE_HEIGHT = 800
DESKTOP_HEIGHT = 900


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--widths", type=int, nargs="+", default=[360, 1280])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--mode", choices=["side", "vi", "en", "stacked"])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--full", action="store_true", help="the whole page, not the first screen")
    parser.add_argument("--prefix", default="/joint-statement/")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with serve(args.site, prefix=args.prefix) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for width in args.widths:
            height = PHONE_HEIGHT if width < 700 else DESKTOP_HEIGHT
            context = browser.new_context(viewport={"width": width, "height": height},
                                          color_scheme="dark" if args.dark else "light",
                                          has_touch=width < 700, is_mobile=width < 700,
                                          device_scale_factor=1)
            if args.mode:
                context.add_init_script("localStorage.setItem('vn-by-statement.reading', "
                                        + json.dumps(json.dumps({"mode": args.mode})) + ")")
            page = context.new_page()
            for path in args.paths:
                page.goto(url + path.lstrip("/"))
                page.wait_for_timeout(200)
                suffix = "".join(f"-{part}" for part in (args.mode, "dark" if args.dark else None) if part)
                name = (path.strip("/").replace("/", "-").replace("#", "_") or "home") + f"-{width}{suffix}.png"
                page.screenshot(path=str(args.out / name), full_page=args.full)
                print(args.out / name)
            context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
