"""Aggregates over the records and their groups as people ask them: shares, averages, distinct counts, the top
ones within a condition, group averages within a bound, differences of two counts or two named records."""
from __future__ import annotations

import json
import re
import statistics
from collections import Counter

import pytest


def _rows(db, table: str) -> list[dict]:
    return [dict(r) for r in db.query(f"SELECT * FROM {table}")]


def _list(v) -> list:
    if isinstance(v, list):
        return v
    try:
        got = json.loads(v or "[]")
    except ValueError:
        return [v]
    return got if isinstance(got, list) else [got]


def _holding(db, name: str) -> int:
    return sum(1 for r in _rows(db, "practice") if any(name in d for d in _list(r["departments"])))


def test_shared_items_said_in_brackets_are_counted(assistant, db):
    """「行政監理室が担当（他部署との共管を含む）」: the remark is no word to search the text for."""
    answer = assistant.ask("行政監理室が担当（他部署との共管を含む）する実践項目は何件あるのか。")
    assert answer.status == "exact" and answer.value == _holding(db, "行政監理室"), answer.summary
    assert not any(c["field"] == "text" for c in answer.understood)


def test_two_departments_counts_with_tode(assistant, db):
    answer = assistant.ask("(民)窓口サービス課と(総)行政監理室とで、担当する実践項目の件数にはどれだけの差があるのか。")
    assert answer.status == "exact", answer.summary
    assert answer.value == abs(_holding(db, "窓口サービス課") - _holding(db, "行政監理室"))


def test_distinct_bureau_marks(assistant, db):
    marks = {m.group() for r in _rows(db, "practice") for d in _list(r["departments"])
             if isinstance(d, str) and (m := re.match(r"^[(（][^)）]+[)）]", d))}
    answer = assistant.ask("実践項目の担当部署に付されている部局の略称（(総)(政)(民)など）は、全部で何種類あるのか。")
    assert answer.status == "exact" and answer.value == len(marks) > 1, answer.summary
    assert {r["group"] for r in answer.rows} == marks


@pytest.mark.parametrize("question, theme, n", [
    ("テーマに「協働」を含む取組項目について、審議会評価平均の高い順に上位3項目を示されたい。", "協働", 3),
    ("テーマに「施設」を含む取組項目のうち、委員評価の上位2項目を高い順に挙げられたい。", "施設", 2),
])
def test_top_n_within_a_theme(assistant, db, question, theme, n):
    """「上位3項目」: 項目 counts what is asked; the initiatives are ordered, not the practice items."""
    held = [r for r in _rows(db, "initiative") if theme in _list(r["themes"])]
    want = [r["code"] for r in sorted(held, key=lambda r: -r["committee_score"])][:n]
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.target == "initiative", answer.summary
    assert [r["code"] for r in answer.rows] == want


def test_order_by_a_field_the_records_lack_is_said(assistant):
    answer = assistant.ask("実践項目の委員評価の上位3件")
    assert answer.status != "exact"


def test_two_named_records_said_with_asides(assistant, db):
    scores = {r["title"]: r["committee_score"] for r in _rows(db, "initiative")}
    answer = assistant.ask("委員評価が最も高い「庁内文書の電子化の推進」と、最も低い「町内会の活性化に向けた取組」とでは、何点の差があるのか。")
    assert answer.status == "exact", answer.summary
    assert answer.value == pytest.approx(abs(scores["庁内文書の電子化の推進"] - scores["町内会の活性化に向けた取組"]))


@pytest.mark.parametrize("question", [
    "岡山市・倉敷市の連携事業を所管する部会は、重複を除くと何部会あるのか。",
    "連携事業の部会って全部で何部会ある？（部会名なしの行は除く）",
])
def test_groups_counted_by_their_own_word(assistant, db, question):
    groups = {r["subcommittee"] for r in _rows(db, "joint_project") if r["subcommittee"]}
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.value == len(groups), answer.summary


def test_records_of_groups_holding_several(assistant, db):
    rows = _rows(db, "joint_project")
    sizes = Counter(r["subcommittee"] for r in rows if r["subcommittee"])
    want = {r["code"] for r in rows if r["subcommittee"] and sizes[r["subcommittee"]] >= 2}
    answer = assistant.ask("部会名称の欄で2つ以上の事業を抱えてる部会の事業って、番号でいうとどれ？部会名が空欄のは除いて")
    assert answer.status == "exact" and {r["code"] for r in answer.rows} == want, answer.summary


def test_top_group_after_its_groups_are_said(assistant, db):
    sizes = Counter(r["subcommittee"] for r in _rows(db, "joint_project") if r["subcommittee"])
    (top, n), = [(g, k) for g, k in sizes.items() if k == max(sizes.values())]
    answer = assistant.ask("部会ごとの事業件数で、一番多い部会と件数")
    assert answer.status == "exact" and answer.value == n and top in answer.summary, answer.summary


def test_share_said_as_kouseihi(assistant, db):
    rows = _rows(db, "practice")
    want = round(100 * sum(1 for r in rows if r["overall"] == "A") / len(rows), 1)
    answer = assistant.ask("実践項目のうち、総括の総合評価がAの構成比って何パーセント？")
    assert answer.status == "exact" and answer.value == pytest.approx(want, abs=0.051), answer.summary


def test_average_over_every_record_said_as_base(assistant, db):
    want = statistics.fmean(r["total"] for r in _rows(db, "practice") if r["total"] is not None)
    answer = assistant.ask("総括合計の平均値出して。全実践項目ベースで。")
    assert answer.status == "exact" and answer.value == pytest.approx(want, abs=0.006), answer.summary


def test_above_the_average_of_the_records_counted(assistant, db):
    rows = _rows(db, "initiative")
    mean = statistics.fmean(r["committee_score"] for r in rows)
    answer = assistant.ask(f"委員評価が{len(rows)}項目の平均値より上の取組項目を出して")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == {r["code"] for r in rows if r["committee_score"] > mean}


def test_lowest_printed_average(assistant, db):
    rows = _rows(db, "initiative")
    low = min(r["progress"] for r in rows)
    answer = assistant.ask("進捗度の平均値が一番低い取組項目は？")
    assert answer.status == "exact" and {r["code"] for r in answer.rows} == {r["code"] for r in rows if r["progress"] == low}


def test_group_averages_within_a_bound(assistant, db):
    by: dict[str, list[float]] = {}
    for r in _rows(db, "practice"):
        if r["total"] is not None:
            by.setdefault(r["initiative"], []).append(r["total"])
    want = {g for g, v in by.items() if statistics.fmean(v) >= 10.5}
    answer = assistant.ask("取組項目ごとに実践項目の総括合計の平均を出して、10.5以上になる取組項目は？")
    assert answer.status == "exact", answer.summary
    assert {r["key"].split(":")[1] for r in answer.rows} == want


def test_blank_as_a_group_is_a_remark(assistant):
    answer = assistant.ask("取組終了年度ごとの件数の内訳は？空欄も1区分で。")
    assert answer.status == "exact" and not answer.unused
    assert "継続中" in {r["group"] for r in answer.rows}


def test_figure_of_the_parents_after_the_top_theme(assistant, db):
    """「そのテーマの審議会評価平均は？」: the initiatives of that theme hold the score, not its practice items."""
    top = assistant.ask("テーマ別で実践項目数が一番多いテーマは？")
    theme = top.value
    answer = assistant.ask("そのテーマの審議会評価平均は？")
    want = statistics.fmean(r["committee_score"] for r in _rows(db, "initiative") if theme in _list(r["themes"]))
    assert answer.status == "exact" and answer.target == "initiative", answer.summary
    assert answer.value == pytest.approx(want, abs=0.006)
