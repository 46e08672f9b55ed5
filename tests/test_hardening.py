"""Trustworthy as an official portal: a policy the site satisfies, hostile data shown literally, the same
bytes from the same commit, and the metadata search engines and link previews read."""

from __future__ import annotations

import filecmp

import pytest

from conftest import DOCUMENT_ID, SITE_PATH, copy_data, seeded_store
from html_pages import page as parse
from search_support import search
from statement_core.data.published_lock import LOCK_FILE

HOSTILE = {
    "script": "<script>alert('clause')</script>",
    "img": "<img src=x onerror=alert('img')>",
    "link": "[click me](javascript:alert('md'))",
    "jinja": "{{ config.site_name }} {% raw %}",
    "quotes": "\"' onmouseover=alert('attr') data-x=\"",
    "entity": "&lt;b&gt;not bold&lt;/b&gt;",
}
HOSTILE_TEXT = " ".join(HOSTILE.values())

CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def test_every_page_carries_a_content_security_policy(built_site):
    for path in built_site.rglob("*.html"):
        tree = parse(built_site, str(path.relative_to(built_site)))
        policies = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        assert len(policies) == 1, path
        assert "script-src 'self'" in policies[0] and "'unsafe-inline'" not in policies[0].split("script-src")[1].split(";")[0]
        assert "object-src 'none'" in policies[0]


def test_the_site_satisfies_its_policy_in_chromium(chromium, site_url):
    context = chromium.new_context()
    context.add_init_script(CSP_RECORDER)
    page = context.new_page()
    for url in ("", f"{DOCUMENT_ID}/economy/", f"en/{DOCUMENT_ID}/sea/", "en/timeline/", "glossary/",
                "en/downloads/", "no-such-page/"):
        page.goto(site_url + url)
        page.wait_for_timeout(200)
        assert page.evaluate("window.__cspViolations") == [], url
    assert search(page, "hop tac"), "search works under the policy"
    assert page.evaluate("window.__cspViolations") == []
    context.close()


def test_the_policy_blocks_an_injected_inline_script(chromium, site_url):
    context = chromium.new_context()
    context.add_init_script(CSP_RECORDER)
    page = context.new_page()
    page.goto(site_url)
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.__ran = true'; document.body.appendChild(s); }""")
    assert page.evaluate("window.__ran") is None
    assert any("script-src" in v for v in page.evaluate("window.__cspViolations"))
    context.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, site_builder, site_build):
    """A build from data whose every kind of text holds markup, template syntax and broken quotes.

    Validation rejects such data (tests/test_bad_input.py); STATEMENT_ALLOW_MARKUP lets this fixture
    through so the renderers' own escaping is what is tested.
    """
    root = tmp_path_factory.mktemp("hostile")
    data = copy_data(root)
    (data / LOCK_FILE).unlink()  # hostile English was never published: no lock to compare it with
    chapter = data / DOCUMENT_ID / "chapters" / "economy.yaml"
    text = chapter.read_text(encoding="utf-8")
    quoted = HOSTILE_TEXT.replace("\\", "\\\\").replace('"', '\\"')
    topic = text.index("      vi:", text.index("number: 14"))
    text = text[:topic] + f'      vi: "{quoted}"' + text[text.index("\n", topic):]
    clause_14 = text.index("number: 14")
    english = text.index("      en:\n        - >-\n", clause_14) + len("      en:\n        - >-\n")
    text = text[:english] + f"          {HOSTILE_TEXT}\n" + text[english:]  # into its first English segment
    # The chapter's English title and summary: page title, nav entry, <title> and meta description.
    text = (f'id: economy\ntitle:\n  vi: "Kinh tế"\n  en: "{quoted}"\nsummary:\n  vi: "Tóm tắt"\n'
            f'  en: "{quoted}"\n' + text[text.index("clauses:\n"):])
    chapter.write_text(text, encoding="utf-8")
    glossary = data / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "      en: Eurasian Economic Union\n", f'      en: "{quoted}"\n', 1), encoding="utf-8")
    agreements = data / "agreements.yaml"
    agreements.write_text(agreements.read_text(encoding="utf-8").replace(
        "      en: Intergovernmental Agreement on Air Transport", f'      en: "{quoted}"', 1), encoding="utf-8")
    site = root / "site"
    site_builder(site, store=seeded_store(site_build, root),
                 env={"STATEMENT_DATA_DIR": str(data), "STATEMENT_ALLOW_MARKUP": "1", "STATEMENT_PDF": "0"})
    return site


def test_hostile_text_is_escaped_in_the_html(hostile_site):
    economy = (hostile_site / "en" / DOCUMENT_ID / "economy" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(" not in economy and "<img src=x" not in economy
    assert "&lt;script&gt;alert(" in economy
    tree = parse(hostile_site, f"en/{DOCUMENT_ID}/economy/")
    assert not tree.xpath("//*[@onerror or @onmouseover or @data-x]")
    assert not tree.xpath("//a[starts-with(@href,'javascript:')]")
    assert HOSTILE["script"] in tree.xpath("string(//title)")
    assert HOSTILE["script"] in tree.xpath("string(//h1)")
    assert HOSTILE["quotes"] in tree.xpath("//meta[@name='description']/@content")[0]
    assert tree.xpath("//nav//a[contains(., \"<script>alert('clause')\")]")


def test_hostile_text_shows_literally_and_nothing_runs_in_chromium(chromium, hostile_site):
    from statement_tools.browser import serve

    context = chromium.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with serve(hostile_site, prefix=SITE_PATH) as base:
        for url in (f"en/{DOCUMENT_ID}/economy/", f"{DOCUMENT_ID}/economy/", "en/timeline/", "en/glossary/",
                    f"en/{DOCUMENT_ID}/science/", f"en/{DOCUMENT_ID}/full-text/"):
            page.goto(base + url)
            for element in page.query_selector_all("abbr.gloss, .chip__link"):
                element.hover()
        page.goto(base + f"en/{DOCUMENT_ID}/economy/")
        body = " ".join(page.inner_text("article[data-clause='14'] [data-column='en']").split())
        assert HOSTILE["script"] in body and HOSTILE["img"] in body and HOSTILE["jinja"] in body
        assert HOSTILE["entity"] in body  # an entity typed in data stays as typed, not decoded
        page.goto(base + f"{DOCUMENT_ID}/economy/")
        topic = page.inner_text("article[data-clause='14'] .clause__topic")  # the hostile Vietnamese topic
        assert HOSTILE["quotes"] in topic and HOSTILE["script"] in topic
        assert page.evaluate("document.querySelectorAll('[data-x], [onmouseover]').length") == 0
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"], [onerror], [onmouseover]').length") == 0
        page.goto(base + "en/timeline/")
        assert HOSTILE["script"] in page.inner_text("#agreement-air-transport-2007")
    context.close()
    assert dialogs == []


def test_two_builds_of_one_commit_are_byte_identical(built_site, project_build):
    """The shared build and another of the same commit (tests/conftest.py's `project_build`: a copy of the
    project in another folder, by its own code, from an empty store of its own): nothing in a build depends on
    when or where it runs (a set's order, the clock, the folder)."""
    again = project_build.site
    comparison = filecmp.dircmp(built_site, again)

    def differences(cmp) -> list[str]:
        found = [f"{cmp.left}/{name}" for name in cmp.diff_files + cmp.left_only + cmp.right_only + cmp.funny_files]
        for sub in cmp.subdirs.values():
            found += differences(sub)
        return found

    files = [p for p in built_site.rglob("*") if p.is_file()]
    assert len(files) > 50
    assert all(filecmp.cmp(p, again / p.relative_to(built_site), shallow=False) for p in files)
    assert differences(comparison) == []
    assert "<lastmod>2025-05-12</lastmod>" in (built_site / "sitemap.xml").read_text()


def test_robots_sitemap_descriptions_and_link_previews(built_site):
    robots = (built_site / "robots.txt").read_text()
    assert "Sitemap: https://vn-by-statement.github.io/joint-statement/sitemap.xml" in robots
    descriptions = set()
    for path in built_site.rglob("index.html"):
        tree = parse(built_site, str(path.relative_to(built_site)))
        description = tree.xpath("//meta[@name='description']/@content")
        assert description and description[0].strip(), path
        descriptions.add(description[0])
        for tag in ("og:title", "og:description", "og:url", "og:locale", "og:site_name"):
            assert tree.xpath(f"//meta[@property='{tag}']/@content"), (path, tag)
    assert len(descriptions) > 15, "pages need their own descriptions, not one for all"


def test_404_page_speaks_both_languages(built_site):
    tree = parse(built_site, "404.html")
    assert tree.xpath("//h1//*[@lang='vi'][contains(., 'Không tìm thấy trang')]")
    assert tree.xpath("//h1//*[@lang='en'][contains(., 'Page not found')]")
    links = tree.xpath("//article//a/@href | //div[contains(@class,'md-content')]//a/@href")
    assert "https://vn-by-statement.github.io/joint-statement/" in links
    assert "https://vn-by-statement.github.io/joint-statement/en/" in links


def test_root_404_page_is_the_default_languages_page(built_site):
    """Served for every missing address, in either language: Vietnamese is the default, English is marked."""
    tree = parse(built_site, "404.html")
    vietnamese, english = parse(built_site, ""), parse(built_site, "en/")
    assert tree.xpath("/html/@lang") == ["vi"]
    assert "Tuyên bố chung Việt Nam – Belarus" in " ".join(tree.xpath("//header//text()"))
    # The search speaks the page's language: its labels are the Vietnamese pages' (whichever search the site
    # has), and no label only the English pages have is left anywhere in the page's chrome.
    assert search_labels(tree) and search_labels(tree) == search_labels(vietnamese)
    english_only = chrome_labels(english) - chrome_labels(vietnamese)
    assert english_only and not chrome_labels(tree) & english_only, chrome_labels(tree) & english_only
    for paragraph in tree.xpath("//article//p | //div[contains(@class,'md-content')]//p"):
        english_text = "The page you asked for" in paragraph.text_content()
        assert paragraph.get("lang") == ("en" if english_text else "vi"), paragraph.text_content()
    assert {link.get("hreflang") for link in tree.xpath("//a[contains(@class, 'md-select__link')]")} == {"vi", "en"}


def search_labels(tree) -> set[str]:
    return set(tree.xpath("//*[contains(@class, 'search') or @role='search' or @type='search']"
                          "/@*[name()='aria-label' or name()='placeholder']"))


def chrome_labels(tree) -> set[str]:
    """What the header, navigation and search say to assistive technology, outside the page's content."""
    return set(tree.xpath("//*[not(ancestor::article)]/@*[name()='aria-label' or name()='placeholder']"))
