"""Records asked through the records they belong to or hold: the children of parents a condition picks (the
parents' own 自己評価, not the children's 総合評価), the parents all of whose children a condition picks, and the parents
holding a child with the full total (「満点12点」). Each answer is checked against the index's own rows."""
from __future__ import annotations


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.rows}


def test_children_of_parents_graded_so(assistant, db):
    answer = assistant.ask("担当部署の自己評価がBの取組項目に属しているのに、総括の総合評価がAになっている実践項目")
    expected = {r[0] for r in db.conn.execute(
        "select p.key from practice p join initiative i on i.key = p.initiative_key "
        "where i.self_overall = 'B' and p.overall = 'A'")}
    assert answer.status == "exact" and expected and _keys(answer) == expected


def test_children_of_parents_said_with_no(assistant, db):
    # (「…の取組項目の実践項目」: 自己評価 is still the initiatives' own)
    answer = assistant.ask("自己評価がBの取組項目の実践項目")
    expected = {r[0] for r in db.conn.execute(
        "select p.key from practice p join initiative i on i.key = p.initiative_key where i.self_overall = 'B'")}
    assert answer.status == "exact" and _keys(answer) == expected


def test_parents_all_of_whose_children_are_graded_so(assistant, db):
    answer = assistant.ask("属する実践項目が全部総括A評価の取組項目")
    expected = {r[0] for r in db.conn.execute(
        "select initiative_key from practice group by initiative_key having sum(overall = 'A') = count(*)")}
    assert answer.status == "exact" and expected and _keys(answer) == expected
    some = {r[0] for r in db.conn.execute("select distinct initiative_key from practice where overall = 'A'")}
    assert expected < some  # (holding one such child is not enough)


def test_parents_holding_a_child_with_the_full_total(assistant, db):
    answer = assistant.ask("総括の合計が満点12点の実践項目を含んでいる取組項目")
    expected = {r[0] for r in db.conn.execute("select distinct initiative_key from practice where total = 12")}
    assert answer.status == "exact" and not answer.unused and expected and _keys(answer) == expected


def test_children_of_parents_whose_condition_is_said_after_their_word(assistant, db):
    """「取組項目の自己評価がBなのに、…実践項目」: 自己評価 is the parents' own, said after their word."""
    want = {f"practice:{r['code']}" for r in db.query(
        "SELECT p.code FROM practice p JOIN initiative i ON i.code = p.initiative AND i.source = p.source "
        "WHERE i.self_overall = 'B' AND p.overall = 'A' AND coalesce(p.ended, '') = ''")}
    answer = assistant.ask("取組項目の自己評価がBなのに、総括評価がAで、しかもまだ継続中の実践項目")
    assert answer.status == "exact" and want and _keys(answer) == want
