"""Two years' scores compared, asked of a record's progress sheet (「…の進捗状況シートで、R3とR4の効率性の評価の差は？」) are
read from the sheet's self-evaluation rows, one per year (grammar/score_wordings.py). Expected values are read from
the index."""
from __future__ import annotations

import pytest

from assistant.text.normalize import nfkc


def test_two_years_score_difference_asked_of_the_sheet(assistant, db):
    rows = db.execute("SELECT p.title, a.year, a.efficiency, b.year, b.efficiency FROM self_eval a "
                      "JOIN self_eval b ON a.practice_key = b.practice_key AND a.year < b.year "
                      "JOIN practice p ON p.key = a.practice_key "
                      "WHERE a.year LIKE 'R%' AND b.year LIKE 'R%' AND a.efficiency IS NOT NULL "
                      "AND b.efficiency IS NOT NULL AND a.efficiency != b.efficiency").fetchall()
    if not rows:
        pytest.skip("no sheet with two years' efficiency scores")
    title, ya, a, yb, b = rows[0]
    answer = assistant.ask(f"{nfkc(title)}の進捗状況シートで、{ya}と{yb}の効率性の評価の差は？")
    assert answer.value == abs(a - b) and not answer.unused, answer.summary

