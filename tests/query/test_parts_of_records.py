"""A named record's part, asked by the part's own name (「…の自己評価」) or as the part of a kind (課題)."""
from __future__ import annotations


def test_the_self_evaluation_of_a_named_practice_item_is_its_yearly_table(assistant):
    answer = assistant.ask("公有財産の売却促進及び有効活用の自己評価")
    assert answer.target == "self_eval" and answer.status == "exact"
    assert {r["practice"] for r in answer.rows} == {"27"}


def test_a_field_of_one_year_of_the_self_evaluation(assistant):
    answer = assistant.ask("実践項目1の令和5年度の自己評価で進捗度はいくつ")
    assert answer.target == "self_eval" and answer.value == 1


def test_the_self_evaluation_of_an_initiative_is_still_its_own_field(assistant):
    answer = assistant.ask("取組項目1の自己評価は？")
    assert answer.target == "initiative" and answer.value == "A"


def test_a_part_of_a_practice_item_named_by_number(assistant):
    answer = assistant.ask("実践項目28の令和3年度の課題")
    assert [r["key"] for r in answer.rows] == ["challenge:28-R3"]


def test_a_years_self_evaluation_named_without_a_record_asks_for_that_years_table(assistant):
    """「R5の自己評価で進捗度が1」: the scores of that year's self-evaluations, not the summary's."""
    answer = assistant.ask("令和2年度の自己評価で連携度が1のもの")
    assert answer.target == "self_eval" and answer.status == "exact", answer.summary
    assert sorted(r["key"] for r in answer.rows) == ["self_eval:28-R2", "self_eval:52-R2", "self_eval:54-R2"]


def test_the_practice_items_of_a_years_self_evaluations(assistant):
    first = assistant.ask("R5の自己評価で進捗度が1だったもの")
    assert {r["practice"] for r in first.rows} == {"1", "6", "N8", "50"}
    answer = assistant.ask("その実践項目の担当部署は？")
    assert answer.target == "practice", answer.summary
    assert {r["code"] for r in answer.rows} == {"1", "6", "N8", "50"}


def test_a_condition_on_the_parent_record_chooses_its_parts(assistant):
    """「進捗状況シートで取組終了が令和4年9月のもの」: the sheet prints the end as text; the practice item
    it belongs to holds it as a field: the sheets of the items that ended then."""
    answer = assistant.ask("進捗状況シートで取組終了が令和4年9月のもの")
    assert answer.target == "sheet" and answer.status == "exact", answer.summary
    assert sorted(r["code"] for r in answer.rows) == ["34", "35"]
    assert assistant.ask("令和7年3月に取組終了と書かれた進捗状況シートは何件").count == 55


def test_items_found_by_their_self_evaluation_of_a_year(assistant, db):
    """「R3の自己評価で進捗度が1以下だった実践項目」: the condition is on each item's R3 self-evaluation
    (not the item's own 進捗度); its rows are those self-evaluations, naming their items."""
    want = {r["key"] for r in db.query("SELECT key FROM self_eval WHERE year = 'R3' AND progress <= 1")}
    answer = assistant.ask("R3の自己評価で進捗度が1以下だった実践項目")
    assert answer.status == "exact" and answer.target == "self_eval"
    assert {r["key"] for r in answer.rows} == want
