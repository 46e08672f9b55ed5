"""The installable site and its offline precache, checked on the real build (issue 16): a valid web app
manifest per language with icons that exist at their stated sizes, linked from every page; icons that are
what the one source image gives; a precache list derived from the built files, complete and in order."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import struct
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

from conftest import ROOT, SITE_PATH
from html_pages import page as parse
from statement_core.site.offline import WORKER, precache_entries
from statement_core.site.web_app import ICON_SOURCE, ICONS, THEME_COLOR, manifest_path, stale_icons, web_manifest

ORIGIN = "https://pages.example"
REQUIRED = ("name", "short_name", "description", "lang", "dir", "start_url", "scope", "display", "theme_color",
            "background_color", "icons")


def site_names() -> dict[str, str]:
    """Each language's site name, as mkdocs.yml gives it to static-i18n."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as file:
        config = yaml_load(file)
    i18n = next(entry["i18n"] for entry in config["plugins"] if isinstance(entry, dict) and "i18n" in entry)
    return {language["locale"]: language["site_name"] for language in i18n["languages"]}


def site_file(site: Path, url: str) -> Path:
    """The file a URL below ORIGIN + SITE_PATH serves (a folder serves its index.html)."""
    path = urlsplit(url).path
    assert path.startswith(SITE_PATH), url
    relative = path[len(SITE_PATH):]
    return site / (relative + "index.html" if relative == "" or relative.endswith("/") else relative)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def manifest_problems(site: Path, language: str, name: str) -> list[str]:
    """What a browser would reject or get wrong in a language's manifest, as resolved from its own URL."""
    url = ORIGIN + SITE_PATH + manifest_path(language)
    try:
        manifest = json.loads((site / manifest_path(language)).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{language}: no valid manifest ({error})"]
    problems = [f"{language}: no {member}" for member in REQUIRED if not manifest.get(member)]
    if problems:
        return problems
    root = ORIGIN + SITE_PATH
    home = root + ("" if language == "vi" else f"{language}/")
    expected = {"name": name, "lang": language, "dir": "ltr", "display": "standalone", "theme_color": THEME_COLOR}
    problems += [f"{language}: {member} is {manifest[member]!r}, not {value!r}"
                 for member, value in expected.items() if manifest[member] != value]
    if urljoin(url, manifest["start_url"]) != home or not site_file(site, home).is_file():
        problems.append(f"{language}: start_url {manifest['start_url']!r} is not this language's home page")
    if urljoin(url, manifest["scope"]) != root:
        problems.append(f"{language}: scope {manifest['scope']!r} is not the whole site")
    offered = set()
    for icon in manifest["icons"]:
        path = site_file(site, urljoin(url, icon["src"]))
        if not path.is_file():
            problems.append(f"{language}: icon {icon['src']} does not exist")
            continue
        width, height = png_size(path)
        if icon["sizes"] != f"{width}x{height}" or icon["type"] != "image/png":
            problems.append(f"{language}: icon {icon['src']} is a {width}x{height} PNG, not {icon['sizes']}")
        offered.add((icon["sizes"], icon.get("purpose", "any")))
    missing = {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} - offered
    problems += [f"{language}: no {purpose} icon of {sizes}" for sizes, purpose in sorted(missing)]
    return problems


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_language_has_a_valid_manifest_with_existing_icons(built_site, language):
    assert manifest_problems(built_site, language, site_names()[language]) == []


def test_the_manifest_check_catches_a_missing_icon_and_a_wrong_member(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site, ignore=shutil.ignore_patterns("*.pdf", "workbox-v*"))
    (site / "assets" / "icons" / "icon-192.png").unlink()
    manifest = json.loads((site / "en" / "manifest.webmanifest").read_text(encoding="utf-8"))
    (site / "en" / "manifest.webmanifest").write_text(json.dumps({**manifest, "start_url": "../", "lang": "vi"}))
    problems = manifest_problems(site, "vi", site_names()["vi"]) + manifest_problems(site, "en", site_names()["en"])
    assert any("icon-192.png does not exist" in problem for problem in problems)
    assert "en: lang is 'vi', not 'en'" in problems
    assert "en: start_url '../' is not this language's home page" in problems


def test_manifest_urls_are_relative_to_the_manifest():
    """So the same files work at the root (`make serve`) and under /joint-statement/ (Pages)."""
    english = web_manifest("en", "Name", "Description")
    assert (english["start_url"], english["scope"]) == ("./", "../")
    assert english["icons"][0]["src"] == "../assets/icons/icon-192.png"
    assert web_manifest("vi", "Tên", "Mô tả")["scope"] == "./"


def test_every_page_links_its_manifest_theme_colour_and_icons(built_site):
    from statement_core.site.share_pages import is_share_page

    # Not the share pages, which forward at once to a page that has all of these.
    pages = sorted(p for p in built_site.rglob("*.html") if not is_share_page(p.relative_to(built_site).as_posix()))
    assert len(pages) > 30
    for path in pages:
        relative = path.relative_to(built_site).as_posix()
        tree = parse(built_site, relative)
        url = ORIGIN + SITE_PATH + relative
        language = tree.get("lang")
        (manifest,) = tree.xpath("//link[@rel='manifest']/@href")
        assert site_file(built_site, urljoin(url, manifest)) == built_site / manifest_path(language), relative
        assert tree.xpath("//meta[@name='theme-color']/@content") == [THEME_COLOR], relative
        (touch_icon,) = tree.xpath("//link[@rel='apple-touch-icon']/@href")
        assert png_size(site_file(built_site, urljoin(url, touch_icon))) == (180, 180), relative
        (favicon,) = tree.xpath("//link[@rel='icon']/@href")
        assert site_file(built_site, urljoin(url, favicon)).is_file(), relative


@pytest.mark.parametrize("url", ["", "en/downloads/"])
def test_every_label_the_page_script_shows_is_on_the_page_in_its_language(built_site, url):
    script = (ROOT / "overrides" / "reader" / "offline.mjs").read_text(encoding="utf-8")
    used = set(re.findall(r'label\(status, "([a-z-]+)"', script))
    (status,) = parse(built_site, url).xpath("//*[@data-offline]")
    given = {name[len("data-label-"):]: text for name, text in status.attrib.items() if name.startswith("data-label-")}
    assert used and used <= given.keys()
    assert ("Đã lưu" in given["saved"]) == (url == "")


def test_icons_are_what_the_one_source_image_gives(tmp_path):
    """`make icons` was run after the last change of the source; its colour is the theme colour, which is
    the header colour of Material's indigo palette."""
    assert stale_icons(ROOT / "docs", tmp_path) == []
    assert f'id="background" width="512" height="512" rx="112" fill="{THEME_COLOR}"' in \
        (ROOT / "docs" / ICON_SOURCE).read_text(encoding="utf-8")
    import material

    palette = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("palette.*.min.css"))
    assert f"[data-md-color-primary=indigo]{{--md-primary-fg-color:{THEME_COLOR};" in palette.read_text(encoding="utf-8")


def test_a_changed_source_image_makes_every_icon_stale(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs" / "assets" / "icons", docs / "assets" / "icons")
    source = docs / ICON_SOURCE
    source.write_text(source.read_text(encoding="utf-8").replace("#ffffff", "#fafafa"), encoding="utf-8")
    assert stale_icons(docs, tmp_path / "scratch") == [icon.path for icon in ICONS]


# What the precache must hold, derived here independently of Workbox's glob patterns.
PAGE_FILES = re.compile(r"\.(html|css|js|json|webmanifest|png|svg)$")
# Nor the link-preview cards and share pages (issue 23): for crawlers and shared links, never read offline.
NEVER_PRECACHED = re.compile(r"(\.pdf|\.zip|\.map)$|^workbox-v[^/]+/|^sw\.js$|^(en/)?(cards|s)/")


def test_the_precache_is_the_whole_built_site_in_order(built_site, corpus):
    entries = precache_entries(built_site)
    # Earlier editions of the translation are read online only (README "Versions on the site").
    archived = re.compile(rf"^(en/)?editions/(?!{corpus.editions[-1].number}/)")
    urls = [entry["url"] for entry in entries]
    assert urls == sorted(set(urls)), "sorted and unique: the same commit gives the same worker"
    files = [path.relative_to(built_site).as_posix() for path in built_site.rglob("*") if path.is_file()]
    expected = {path for path in files if (PAGE_FILES.search(path) or path.startswith("downloads/"))
                and not NEVER_PRECACHED.search(path) and not archived.search(path)}
    assert set(urls) == expected
    # By name only what this issue owns: the search indexes and other assets are whatever JSON and scripts
    # the build writes (the set above), whoever writes them.
    assert {"index.html", "en/index.html", "manifest.webmanifest", "en/manifest.webmanifest",
            "downloads/statement.json"} <= set(urls)
    for entry in entries:
        assert entry["revision"] == hashlib.md5((built_site / entry["url"]).read_bytes()).hexdigest(), entry["url"]
    build = json.loads(re.search(r"^const BUILD = (\{.*\});$", (built_site / WORKER).read_text(), re.M).group(1))
    assert build["precache"] == {"files": len(urls), "bytes": sum((built_site / url).stat().st_size for url in urls)}
    pdfs = sorted(path for path in files if path.endswith(".pdf"))
    assert pdfs and build["pdfs"]["urls"] == pdfs and build["dates"] == {"vi": "12/5/2025", "en": "12 May 2025"}


def test_the_site_ships_only_the_workbox_code_the_worker_runs(built_site):
    """The worker's Workbox is bundled into sw.js: the production code of the modules it imports, nothing
    loaded beside it; no development build and no source map anywhere in the site (issue 24)."""
    files = sorted(path.relative_to(built_site).as_posix() for path in built_site.rglob("*") if path.is_file())
    assert [name for name in files if name.endswith(".map")] == []
    assert [name for name in files if "workbox" in name] == []  # workbox-window is bundled into the pages' script
    worker = (built_site / WORKER).read_text(encoding="utf-8")
    assert "importScripts" not in worker and "sourceMappingURL" not in worker, "the worker loads nothing else"
    # Development builds log through Workbox's logger ("%cworkbox") and test process.env.NODE_ENV.
    assert "%cworkbox" not in worker and "process.env" not in worker
    assert len(worker.encode()) < 20_000 + len(re.search(r"^const PRECACHE = .*$", worker, re.M).group(0).encode())


def test_chromium_can_install_the_site_in_both_languages(chromium, built_site, tmp_path):
    """Chromium's own installability check ("Add to Home Screen"), in a normal profile (it refuses incognito
    ones, which is what test contexts are); and the check fails once the manifests are gone."""
    from statement_tools.browser import CHROMIUM_ARGS, chromium_path, serve

    without = tmp_path / "without-manifests"
    shutil.copytree(built_site, without, ignore=shutil.ignore_patterns("*.pdf", "manifest.webmanifest"))
    with serve(built_site, prefix=SITE_PATH) as url, serve(without, prefix=SITE_PATH) as url_without, \
            tempfile.TemporaryDirectory(prefix="profile-") as profile:
        context = chromium.browser_type.launch_persistent_context(profile, executable_path=chromium_path(),
                                                                  args=CHROMIUM_ARGS)
        page = context.new_page()
        session = context.new_cdp_session(page)
        found = {}
        for name, base in (("vi", url), ("en", url + "en/"), ("without", url_without)):
            page.goto(base)
            found[name] = [error["errorId"] for error in session.send("Page.getInstallabilityErrors")["installabilityErrors"]]
        context.close()
    assert found["vi"] == [] and found["en"] == []
    assert found["without"], "a site without a manifest must not be installable"
