"""Several scores of one record said equal to one another (「4つとも同じ点」), whatever their value: each equal to
the next, read against the index's own rows."""
from __future__ import annotations


def test_four_scores_all_the_same(assistant, db):
    answer = assistant.ask("総括の進捗度・連携度・効率性・創造性が4つとも同じ点の実践項目は何件？")
    expected = db.conn.execute("select count(*) from practice where progress = collaboration "
                               "and collaboration = efficiency and efficiency = creativity").fetchone()[0]
    assert answer.status == "exact" and not answer.unused
    assert expected and answer.count == expected
    # (the count of fields said is not their value: no item has all four at 4)
    assert all(c["op"] == "field_eq" for c in answer.understood if c["field"] != "*")


def test_axes_said_by_their_number(assistant, db):
    answer = assistant.ask("4項目すべて同じ点数の実践項目")
    expected = {r[0] for r in db.conn.execute("select key from practice where progress = collaboration "
                                              "and collaboration = efficiency and efficiency = creativity")}
    assert answer.status == "exact" and {r["key"] for r in answer.rows} == expected
