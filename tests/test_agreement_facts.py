"""One truth about each agreement (issue 37): what a translator's note says of an agreement the clause cites is
what data/agreements.yaml records. The 2023 visa agreement was `status: signed` while the note of clause 29 said
it entered into force on 30 January 2025."""

from __future__ import annotations

import re

IN_FORCE = re.compile(r"\bentered into force\b|\bis in force\b", re.IGNORECASE)


def test_an_agreement_a_note_says_is_in_force_is_recorded_in_force(corpus, document):
    contradicted = []
    for clause in document.clauses:
        for note in clause.notes:
            if not IN_FORCE.search(note.en):
                continue
            cited = [corpus.agreement(agreement_id) for agreement_id in clause.agreement_ids]
            named = [agreement for agreement in cited if agreement.kind.endswith("agreement")]
            contradicted += [f"clause {clause.number}: {agreement.id} is {agreement.status}" for agreement in named
                             if agreement.status != "in-force"]
    assert contradicted == []


def test_the_visa_agreement_is_in_force_as_its_note_says(corpus, document):
    assert corpus.agreement("visa-exemption-2023").status == "in-force"
    (note,) = [note for note in document.clause(29).notes if "visa agreement" in note.en]
    assert "entered into force on 30 January 2025" in " ".join(note.en.split())
    assert "có hiệu lực từ ngày 30/1/2025" in " ".join(note.vi.split())
