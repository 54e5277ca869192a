"""Items whose grades begin in a later year: 「R2からR4まで評価がなく、R5から評価が始まった取組項目」 (grades.py:
grades_not_given_over_span read in its 連用形 なく、 and started_in_year with 評価が before its verb)."""
from __future__ import annotations

import pytest

_NONE = ("", "-", "―", "‐", "ー", "－")


@pytest.mark.parametrize("kind, question", [
    ("initiative", "R2からR4まで評価がなく、R5から評価が始まった取組項目は？"),
    ("practice", "R2からR4まで評価がなくて、R5から評価が始まった実践項目"),
])
def test_graded_only_from_the_year_said(assistant, db, kind, question):
    rows = db.execute(f"SELECT code, r2, r3, r4, r5 FROM {kind}").fetchall()
    want = {c for c, *grades in rows
            if all((g or "").strip() in _NONE for g in grades[:3]) and (grades[3] or "").strip() not in _NONE}
    assert want and len(want) < len(rows)  # (the index has such items, and others)
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert {r["code"] for r in answer.rows} == want
