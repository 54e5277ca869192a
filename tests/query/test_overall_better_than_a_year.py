"""Two grades of one record compared, said as a change (「総合評価がR5の評価より良くなった」), of the items added during
the plan said with 加わった: checked against the index's rows (A > B > C)."""
from __future__ import annotations


def test_overall_said_better_than_the_year(assistant, db):
    answer = assistant.ask("R5から加わったN番号の実践項目で、総括の総合評価がR5の評価より良くなったもの")
    rank = {"A": 3, "B": 2, "C": 1}
    expected = {k for k, code, r5, overall in db.conn.execute("select key, code, r5, overall from practice")
                if code.startswith("N") and rank.get(overall, 0) > rank.get(r5, 9)}
    assert answer.status == "exact" and not answer.unused
    assert expected and {r["key"] for r in answer.rows} == expected
