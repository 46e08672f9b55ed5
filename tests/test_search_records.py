"""What the site search indexes (statement_core.search): records from the model, sections of hand-written
pages, the synonym groups from data, and the index file's form."""

from __future__ import annotations


from conftest import DOCUMENT_ID
from search_support import registered_index, registered_texts
from statement_core.search.index_file import (REGISTRY, index_data, index_script, synonym_groups, texts_script,
                                              without_texts)
from statement_core.search.page_sections import page_section_records
from statement_core.search.records import search_records
from statement_core.site_plan import plan_site


def test_every_clause_is_one_record_per_language_in_that_language(corpus, document):
    plan = plan_site(corpus)
    for language, label in (("vi", "Khoản"), ("en", "Clause")):
        records = search_records(corpus, plan, language)
        clauses = [r for r in records if r.kind == "clause"]
        assert [r.label for r in clauses] == [f"{label} {c.number}" for c in sorted(
            document.clauses, key=lambda c: ([ch.id for ch in document.chapters].index(c.chapter_id), c.number))]
        by_label = {r.label: r for r in clauses}
        for clause in document.clauses:
            record = by_label[f"{label} {clause.number}"]
            assert record.text == clause.text(language) and record.title == clause.topic.get(language)
            assert record.href == f"{DOCUMENT_ID}/{clause.chapter_id}/#clause-{clause.number}"
        full_text = [r for r in records if "full-text" in r.href]
        assert [r.kind for r in full_text] == ["page"], "the whole text is a page, its clauses found once each"
        assert len({r.id for r in records}) == len(records)


def test_records_link_the_same_place_in_both_trees(corpus):
    plan = plan_site(corpus)
    vi = {r.id: r.href for r in search_records(corpus, plan, "vi")}
    en = {r.id: r.href for r in search_records(corpus, plan, "en")}
    assert vi == en


def test_offline_records_link_html_files(corpus):
    records = search_records(corpus, plan_site(corpus), "vi", directory_urls=False)
    clause = next(r for r in records if r.kind == "clause")
    assert clause.href.endswith(".html#" + clause.href.split("#")[1]) and "/#" not in clause.href
    assert next(r for r in records if r.id.startswith("page:") and r.title == "Toàn văn").href.endswith(
        "full-text.html")


def test_glossary_agreements_and_pages_are_records_of_their_kind(corpus):
    records = search_records(corpus, plan_site(corpus), "vi")
    kinds = {r.kind for r in records}
    assert kinds == {"clause", "chapter", "term", "agreement", "page"}
    eaeu = next(r for r in records if r.id == "term:eaeu")
    assert eaeu.href == "glossary/#term-eaeu" and "Liên minh" in eaeu.text
    assert any(r.href == "downloads/" and "PDF" in r.text for r in records)


def test_hand_written_pages_are_found_by_section():
    html = ('<h1 id="about">Giới thiệu</h1><p>Trang này đọc <strong>song ngữ</strong>, ký tại Minsk.</p>'
            '<h2 id="van-ban">Văn bản</h2><ul><li><strong>Tiếng Việt</strong> — xác thực.</li>'
            '<li>Tiếng Nga</li></ul><script>ignored()</script>')
    records = page_section_records(html, "Giới thiệu", "about/")
    assert [(r.title, r.href, r.context) for r in records] == [
        ("Giới thiệu", "about/", ""), ("Văn bản", "about/#van-ban", "Giới thiệu")]
    assert records[0].text == "Trang này đọc song ngữ, ký tại Minsk."
    assert records[1].text == "Tiếng Việt — xác thực. Tiếng Nga"


def test_synonym_groups_come_from_the_glossary_and_synonyms_file(corpus):
    groups = synonym_groups(corpus)
    east_sea = next(g for g in groups if "Biển Đông" in g)
    assert {"East Sea", "South China Sea"} <= set(east_sea)
    assert any({"rail", "railway", "đường sắt"} <= set(g) for g in groups)
    assert any({"EAEU", "Eurasian Economic Union", "Liên minh Kinh tế Á - Âu"} <= set(g) for g in groups)
    assert all(len(g) == len(set(g)) > 1 for g in groups)


def test_question_words_come_from_the_synonyms_file(corpus):
    """data/synonyms.yaml `questions` reaches each language's search file, one "|"-separated list per kind."""
    assert "không" in corpus.questions["vi"]["closing"] and "what" in corpus.questions["en"]["asking"]
    data = index_data("en", [], [], questions=corpus.questions["en"])
    assert set(data["questions"]) == {"asking", "opening", "closing", "about_text", "year"}
    assert "what" in data["questions"]["asking"].split("|") and "joint statement" in data["questions"]["about_text"].split("|")
    assert "questions" not in index_data("en", [], [], questions={"asking": ()})


def test_index_file_registers_the_language_as_a_script():
    script = index_script(index_data("vi", [], [["a", "b"]]))
    assert script.startswith(f"(window.{REGISTRY}=window.{REGISTRY}||{{}})[\"vi\"]=JSON.parse(")
    assert registered_index(script, "vi") == {"language": "vi", "records": [], "synonyms": [["a", "b"]]}
    serialised = index_script(index_data("en", [], []), '{"index":{"documentCount":0},"words":["a"]}')
    assert registered_index(serialised, "en") == {"language": "en", "records": [], "synonyms": [],
                                                  "index": {"documentCount": 0}, "words": ["a"]}


def test_a_large_collections_texts_are_written_apart_in_the_records_order():
    data = index_data("vi", [{"id": "a", "kind": "clause", "text": "Hợp tác"}, {"id": "b", "kind": "page", "href": ""}], [])
    apart, texts = without_texts(data)
    assert apart["records"] == [{"id": "a", "kind": "clause"}, {"id": "b", "kind": "page", "href": ""}]
    assert apart["texts"] == "vi-texts.js" and texts == ["Hợp tác", ""]
    assert data["records"][0]["text"] == "Hợp tác", "the data it was given is left as it was"
    assert registered_texts(texts_script("vi", texts), "vi") == ["Hợp tác", ""]
