"""Fast unit tests of the core's small pure functions (milliseconds, no build)."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys

import pytest

from markupsafe import Markup

from statement_core.site.annotate import annotate, annotate_segments
from statement_core.text.partial_date import PartialDate
from statement_core.site.csp import inline_script_hashes, policy, with_policy
from statement_core.formatting import human_size
from statement_core.site_plan import PlannedPage, language_versions, relative_url

from conftest import ROOT


@pytest.mark.parametrize("text, iso, precision, vi, en", [
    ("1992", "1992", "year", "1992", "1992"),
    ("2014-03", "2014-03", "month", "3/2014", "March 2014"),
    ("2025-05-12", "2025-05-12", "day", "12/5/2025", "12 May 2025"),
])
def test_partial_dates_keep_their_precision(text, iso, precision, vi, en):
    date = PartialDate.parse(text)
    assert (date.iso(), date.precision, date.format("vi"), date.format("en")) == (iso, precision, vi, en)


@pytest.mark.parametrize("bad", ["2025-02-29", "2025-13", "12/5/2025", "25", ""])
def test_impossible_or_malformed_dates_are_refused_with_a_fix(bad):
    with pytest.raises(ValueError, match="YYYY|real date"):
        PartialDate.parse(bad)


def test_annotate_escapes_everything_and_marks_whole_words_only(corpus):
    html = str(annotate("<b>UNCLOS</b> & UNCLOSED \"DOC\"", corpus.glossary, "en"))
    assert html.startswith("&lt;b&gt;<abbr")
    assert 'title="United Nations Convention on the Law of the Sea"' in html
    assert "UNCLOSED" in html and html.count("<abbr") == 2
    assert "&amp;" in html and "&#34;" in html


def test_segments_marked_one_by_one_join_into_the_marked_clause(document, corpus):
    """No glossary term spans a segment boundary, so a reader showing segments loses no mark-up."""
    marks = 0
    for clause in document.clauses:
        for language in ("vi", "en"):
            segments = annotate_segments(clause.segments(language), corpus.glossary, language)
            whole = annotate(clause.text(language), corpus.glossary, language)
            assert Markup(" ").join(segments) == whole, (clause.number, language)
            marks += str(whole).count("<abbr")
    assert marks > 30


def test_segment_ids_and_anchors(document):
    clause = document.clause(13)
    assert (clause.segment_count, clause.segment_id(2), clause.segment_anchor(2)) == (6, "13.2", "clause-13.2")
    assert clause.segment_ids == tuple(f"13.{m}" for m in range(1, 7))
    assert clause.text("vi") == " ".join(clause.segments("vi")) and clause.text("ru") is None
    with pytest.raises(IndexError):
        clause.segment_id(7)
    with pytest.raises(IndexError):
        clause.segment_id(0)


def test_annotate_prefers_the_longest_match(corpus):
    html = str(annotate("quan hệ Đối tác Chiến lược", corpus.glossary, "vi"))
    assert html.count("<abbr") == 1 and ">Đối tác Chiến lược</abbr>" in html


def test_annotate_follows_the_glossary_it_is_given(corpus):
    """Marks are remembered per glossary: another glossary (data edited under `mkdocs serve`) is not
    answered from the first one's memory."""
    text = "the UNCLOS and ASEAN"
    assert str(annotate(text, corpus.glossary, "en")).count("<abbr") == 2
    without_unclos = tuple(term for term in corpus.glossary if term.id != "unclos")
    assert len(without_unclos) == len(corpus.glossary) - 1
    assert str(annotate(text, without_unclos, "en")).count("<abbr") == 1
    assert str(annotate(text, iter(corpus.glossary), "en")).count("<abbr") == 2


def test_planned_urls_with_and_without_directory_urls():
    page = PlannedPage("chapter", "doc/economy.md", "doc", "economy")
    assert page.url("vi") == "doc/economy/" and page.url("en") == "en/doc/economy/"
    assert page.url("vi", directory_urls=False) == "doc/economy.html"
    assert PlannedPage("home", "index.md").url("en", directory_urls=False) == "en/index.html"


@pytest.mark.parametrize("source, target, expected", [
    ("", "timeline/", "timeline/"),
    ("doc/economy/", "timeline/", "../../timeline/"),
    ("en/doc/economy/", "en/doc/economy/", "./"),
    ("doc/economy.html", "timeline.html", "../timeline.html"),
])
def test_relative_urls(source, target, expected):
    assert relative_url(source, target) == expected


def test_language_versions_of_a_page():
    assert language_versions("en/timeline/", "https://x.org/site/") == {
        "vi": "https://x.org/site/timeline/", "en": "https://x.org/site/en/timeline/"}
    assert language_versions("", "https://x.org/") == {"vi": "https://x.org/", "en": "https://x.org/en/"}


TAB_SCRIPT = ('var target=document.getElementById(location.hash.slice(1));target&&target.name&&'
              '(target.checked=target.name.startsWith("__tabbed_"))')  # Material's, on the reviewed list


def test_csp_hashes_inline_scripts_but_not_json_or_external_ones():
    html = (f'<meta charset="utf-8"><script>{TAB_SCRIPT}</script><script src="x.js"></script>'
            '<script id="__config" type="application/json">{}</script>')
    expected = base64.b64encode(hashlib.sha256(TAB_SCRIPT.encode()).digest()).decode()
    assert inline_script_hashes(html) == [f"'sha256-{expected}'"]
    assert "'unsafe-inline'" not in policy(html).split("script-src")[1].split(";")[0]
    assert with_policy(html).index("Content-Security-Policy") < with_policy(html).index("<script>")


@pytest.mark.parametrize("script", [
    "alert(1)",  # anything not on the list
    TAB_SCRIPT + ";alert(1)",  # a reviewed script with more after it
    '__md_scope=new URL("..",location);alert(1)',  # the start of a reviewed one
    'location.replace("x\\" + alert(1) + "" + (/^#clause-1\\.[0-9]+$/.test(location.hash) ? location.hash : "#clause-1"));',
])
def test_csp_refuses_an_inline_script_not_on_the_reviewed_list(script):
    from statement_core.site.csp import UnreviewedScript

    with pytest.raises(UnreviewedScript, match="not on the reviewed list"):
        with_policy(f'<meta charset="utf-8"><script>{script}</script>')


def test_csp_accepts_each_reviewed_script_wherever_its_page_is():
    from statement_core.site.csp import reviewed

    scope = ('__md_scope=new URL("{}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
             '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,'
             't=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}')
    for address in (".", "..", "../../..", "/joint-statement/"):
        assert reviewed(scope.format(address)) == "Material's storage scope"
    redirect = ('location.replace("../../d/sea/" + (/^#clause-35\\.[0-9]+$/.test(location.hash) ? location.hash : '
                '"#clause-35"));')
    assert reviewed(redirect) == "share page's redirect"
    assert reviewed(redirect.replace('"#clause-35"', '"#clause-36"')) is None


@pytest.mark.parametrize("size, vi, en", [(999, "999 B", "999 B"), (70_123, "70 KB", "70 KB"),
                                          (1_234_567, "1,2 MB", "1.2 MB")])
def test_human_sizes_in_each_language(size, vi, en):
    assert (human_size(size, "vi"), human_size(size, "en")) == (vi, en)


def test_agreement_citations_by_document(corpus):
    for agreement in corpus.agreements:
        for document in corpus.documents:
            assert agreement.clauses_cited_in(document.id) == tuple(
                ref.number for ref in agreement.cited_in if ref.document_id == document.id)
    assert corpus.agreements[0].clauses_cited_in("no-such-document") == ()
    assert any(len(a.clauses_cited_in(corpus.documents[0].id)) > 1 for a in corpus.agreements)


BACKGROUND_CHECK = """
from statement_core.data.loader import load_corpus
from statement_core.runtime.parallel import Forked
from statement_core.publish.site_build import _render_pages
from statement_core.site_plan import plan_site
from statement_core.site.page_render import render_page
from statement_core.site.page_context import PageContext

corpus = load_corpus("data")
plan = plan_site(corpus)
contexts = [PageContext(corpus=corpus, plan=plan, page=page, language=language, site_url="https://example.org/x/")
            for language in ("en", "vi") for page in plan.pages]  # the same pages in two languages
rendered = Forked(_render_pages, contexts).result()
assert len(rendered) == len(contexts)
for context in contexts:
    assert rendered[(context.language, context.page.src_path)] == render_page(context), context.page.src_path
print("checked", len(contexts))
"""


def test_pages_rendered_in_a_forked_process_are_the_pages_rendered_here():
    # In a fresh interpreter, as in a build: the test session has browser threads, and forking a
    # multi-threaded process is what the build never does (the live preview forks nothing).
    result = subprocess.run([sys.executable, "-c", BACKGROUND_CHECK], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("checked ")
