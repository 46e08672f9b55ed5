"""Readers' everyday words for the text's own terms (data/synonyms.yaml, issue 38 rounds 3 and 4): each clause's
formal term is grouped with what a reader without the text would say, so the reader's word finds the clause."""

from __future__ import annotations

import pytest

from statement_core.search.index_file import synonym_groups


@pytest.mark.parametrize(("readers_word", "texts_term"), [
    ("quân sự", "quốc phòng"),  # [11] everyday word for the Sino-Vietnamese term of defence
    ("thứ tiếng", "tiếng Việt và tiếng Nga"),  # [38] which languages the text is in
    ("languages", "Vietnamese and Russian languages"),
    ("trái cây", "nông sản"),  # [15] produce by its everyday names
    ("monuments", "di tích lịch sử"),  # [28] the historical sites, in the reader's words
    ("sửa chữa", "trùng tu"),
    ("plan to implement", "Lộ trình"),  # [37] the Plan (Roadmap) that carries the statement out
    ("học bổng", "scholarships"),  # [23]
    ("cây trồng", "crops"),  # [26]
    # Round 4: both languages in each group, everyday forms, and the clause of words WordNet links elsewhere.
    ("jobs", "temporary employment"),  # [24]
    ("công nhân", "người lao động"),
    ("health", "healthcare"),  # [14]
    ("bác sĩ", "y tế"),
    ("banks", "interbank"),  # [16] not "institutes", where WordNet leads "bank"
    ("schools", "hợp tác giáo dục"),  # [23] not "application"
    ("meetings", "tiếp xúc"),  # [6] not "convention"
    ("borders", "toàn vẹn lãnh thổ"),  # [4]
    ("tòa án", "justice"),  # [25]
    ("pollution", "bảo vệ môi trường"),  # [26]
    ("Vietnamese living abroad", "cộng đồng người Việt"),  # [36]
    ("oil and gas", "năng lượng"),  # [14, 31]
    ("signing ceremony", "ký Tuyên bố chung"),  # [2]
    ("factories", "nhà máy"),  # [13, 14] the Vietnamese group's everyday words, in English too
    # Round 5: the reader's verb for the text's commonest noun ("will they work together on AI?" is not about jobs).
    ("work together", "cooperation"),
    ("chung tay", "hợp tác"),
    ("nộp thuế hai lần", "đánh thuế hai lần"),  # [13] the taxpayer's verb for the state's
    ("taxed twice", "double taxation"),
    ("parliamentary cooperation", "legislative cooperation"),  # [8] the bodies' word for their cooperation
    ("hợp tác quốc hội", "hợp tác lập pháp"),
])
def test_a_readers_word_shares_a_group_with_the_texts_term(corpus, readers_word, texts_term):
    groups = [set(group) for group in synonym_groups(corpus)]
    assert any(readers_word in group and texts_term in group for group in groups), (readers_word, texts_term)
