"""The parents' own conditions said first, the children they hold after (parents_holding._parent_first):
「施設テーマの取組項目のうち、取組終了が空欄の実践項目を持っているもの」."""
from __future__ import annotations

_THEME = "EXISTS (SELECT 1 FROM json_each(i.themes) j WHERE j.value = '施設')"


def _codes(answer) -> set[str]:
    return {r["key"].split(":", 1)[1] for r in answer.rows}


def test_parents_of_a_theme_holding_continuing_children(assistant, db):
    want = {r["code"] for r in db.query(f"SELECT i.code FROM initiative i WHERE {_THEME} AND EXISTS (SELECT 1 FROM practice p "
                                        "WHERE p.initiative = i.code AND coalesce(p.ended, '') = '')")}
    answer = assistant.ask("施設テーマの取組項目のうち、取組終了が空欄(まだ継続中)の実践項目を持っているもの")
    assert answer.target == "initiative" and answer.status == "exact" and want and _codes(answer) == want


def test_parents_of_a_grade_holding_children_of_another(assistant, db):
    want = {r["code"] for r in db.query("SELECT i.code FROM initiative i WHERE i.self_overall = 'B' AND EXISTS "
                                        "(SELECT 1 FROM practice p WHERE p.initiative = i.code AND p.overall = 'A')")}
    answer = assistant.ask("担当部署の自己評価がBの取組項目なのに、総括の総合評価がAの実践項目を含んでいるものは？")
    assert answer.target == "initiative" and answer.status == "exact" and want and _codes(answer) == want


def test_a_parents_part_not_read_is_not_answered_as_parents(assistant):
    """(what the whole grammar makes of it is its own matter: the parents are never answered without their part)"""
    answer = assistant.ask("ふわふわな取組項目のうち、取組終了が空欄の実践項目を持っているもの")
    assert not (answer.target == "initiative" and answer.status == "exact")
