"""made169's sewerage strategy (an xlsx 投資計画一覧 whose two-row header merges 「前期（R8〜R12）」 over Ｒ８…Ｒ12 beside
「後期（R13〜R17）計」, a pdf of indicators by year with 「－」 not computed, a txt of yearly figures), and the same
kinds on documents of other places (a web page's plan of another town written here, made164's 財政指標の推移): each
year column under a merged span is its own year, a plan's rows coded 下-1-01 asked as 事業 are its items, 「のみ」 is
the value alone in its cell, a money word after a year is that year's cell holding a figure, 「毎年数値が出ている」
every year's cell holding one, and 「その年度の…」 the one row answered before."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
DOCS = QUESTIONS / "made169" / "docs"

# another town's plan, as a web page: the span merged over the years by colspan, codes of its own mark (水-1-01)
_OTHER_PLAN = """<html><head><meta charset="utf-8"><title>雁ノ沢市水道事業 投資計画</title></head><body>
<h1>雁ノ沢市水道事業経営戦略 投資計画一覧</h1>
<p>（単位：百万円）</p>
<table border="1"><thead>
<tr><th rowspan="2">事業番号</th><th rowspan="2">事業名</th><th rowspan="2">種別</th><th colspan="4">前期（R9〜R12）</th>
<th rowspan="2">後期（R13〜R18）計</th><th rowspan="2">財源</th><th rowspan="2">優先度</th></tr>
<tr><th>Ｒ９</th><th>Ｒ10</th><th>Ｒ11</th><th>Ｒ12</th></tr></thead><tbody>
<tr><td>水-1-01</td><td>配水管更新（東部）</td><td>管路更新</td><td>30</td><td>－</td><td>25</td><td>－</td><td>40</td><td>国費・起債</td><td>高</td></tr>
<tr><td>水-1-02</td><td>配水管更新（西部）</td><td>管路更新</td><td>－</td><td>20</td><td>20</td><td>15</td><td>－</td><td>起債</td><td>中</td></tr>
<tr><td>水-2-01</td><td>浄水場ろ過設備更新</td><td>施設更新</td><td>50</td><td>60</td><td>－</td><td>－</td><td>－</td><td>起債</td><td>高</td></tr>
<tr><td>水-2-02</td><td>配水池耐震補強</td><td>施設更新</td><td>－</td><td>－</td><td>35</td><td>35</td><td>70</td><td>国費・起債</td><td>低</td></tr>
</tbody></table>
<p>※「－」は当該年度に事業費を計上しないことを示す。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def strategy(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("investment_plan")
    for name in ("資料３_投資計画（R8-R17）.xlsx", "資料２_経営指標の推移.pdf", "資料４_収支見通し.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_plan(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("other_plan")
    (folder / "投資計画一覧.html").write_text(_OTHER_PLAN, encoding="utf-8")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_indicators(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("other_indicators")
    shutil.copy(QUESTIONS / "made164" / "docs" / "財政指標の推移（H30～R6決算）.pdf", folder / "財政指標の推移（H30～R6決算）.pdf")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(d["key"] for d in answer.to_dict()["rows"])


def test_the_plans_rows_asked_as_jigyo_are_its_items(strategy, other_plan) -> None:
    answer = ask(strategy, "投資計画で優先度が「高」になってる事業ってどれ？")
    assert answer.status == "exact"
    assert _keys(answer) == [f"practice:{c}" for c in ("下-1-01", "下-1-02", "下-2-01", "下-2-02", "下-3-01", "下-3-02", "下-4-04")]
    answer = ask(other_plan, "優先度が高の事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:水-1-01", "practice:水-2-01"]


def test_only_is_the_value_alone_in_its_cell(strategy, other_plan) -> None:
    answer = ask(strategy, "処理場更新のうち、財源が起債のみの事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:下-2-04", "practice:下-2-05"]
    answer = ask(other_plan, "財源が起債のみの事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:水-1-02", "practice:水-2-01"]
    # (without のみ the cells listing it with others count too)
    assert ask(other_plan, "財源が起債の事業は？").count == 4


def test_each_year_under_a_merged_span_is_its_own_year(strategy, other_plan) -> None:
    answer = ask(strategy, "R10に事業費が計上されてる管渠更生の事業")
    assert answer.status == "exact"
    assert _keys(answer) == ["practice:下-1-01", "practice:下-1-02", "practice:下-1-04", "practice:下-1-05"]
    answer = ask(strategy, "R11以降に事業費がある優先度高の事業")
    assert answer.status == "exact" and _keys(answer) == ["practice:下-1-02", "practice:下-2-02", "practice:下-4-04"]
    answer = ask(other_plan, "優先度が高で、R11以降に事業費がある事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:水-1-01"]
    answer = ask(other_plan, "管路更新のうちR12に事業費がない事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:水-1-01"]


def test_a_total_over_a_span_said_with_its_span(strategy) -> None:
    answer = ask(strategy, "投資計画で後期（R13〜R17）に事業費を見込んでない事業は？")
    assert answer.status == "exact" and answer.count == 7
    answer = ask(strategy, "下-2-03の後期（R13〜R17）計はいくら？")
    assert answer.status == "exact" and answer.value == 150


def test_a_figure_in_every_year_from_the_year_said(strategy, other_indicators) -> None:
    answer = ask(strategy, "平成30年度から毎年数値が出ている指標はいくつ？")
    assert answer.count == 6 and not answer.unused
    answer = ask(strategy, "令和2年度から毎年数値が出ている指標は？")
    assert answer.status == "exact" and answer.count == 10
    answer = ask(other_indicators, "平成30年度から毎年数値が出ている指標は？")
    assert answer.status == "exact" and answer.count == 6
    assert "table_row:将来負担比率" not in _keys(answer)  # (「－」 in R3 and R4)


def test_that_year_is_the_one_row_answered(strategy) -> None:
    answer = ask(strategy, "収益的支出が一番多いのは何年度？", "その年度の純損益は？")
    assert answer.status == "exact" and answer.value == -12410


def test_paid_out_of_is_the_funding_column(strategy, other_plan) -> None:
    # 「Xでまかなう」: X is a value of the column of funding sources (財源), the cost word only what is paid for
    answer = ask(strategy, "一般会計で事業費をまかなう事業は何件ありますか")
    assert answer.status == "exact" and answer.count == 3
    answer = ask(other_plan, "起債だけでまかなっている事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:水-1-02", "practice:水-2-01"]
    assert ask(other_plan, "国費で費用をまかなう事業は？").count == 2


def test_the_period_said_alone_is_the_sum_of_its_years(strategy, other_plan) -> None:
    # 「前期の事業費」 over 前期（R8〜R12） │ Ｒ８ … Ｒ12: each row's sum of the span's years, never one year's cell
    answer = ask(strategy, "前期（R8〜R12）の事業費合計が大きい順に上位３事業")
    assert answer.status == "exact"
    assert [d["key"] for d in answer.to_dict()["rows"]] == ["practice:下-2-01", "practice:下-2-02", "practice:下-1-01"]
    answer = ask(other_plan, "前期の事業費が一番大きい事業は？")
    assert answer.status == "exact" and [d["key"] for d in answer.to_dict()["rows"]] == ["practice:水-2-01"]
    # (a year of the span is still its own column)
    answer = ask(strategy, "R10に事業費が計上されてる管渠更生の事業")
    assert answer.status == "exact" and _keys(answer) == [f"practice:{c}" for c in ("下-1-01", "下-1-02", "下-1-04", "下-1-05")]


def test_all_added_up_is_no_bound_on_every_year(strategy) -> None:
    # 「前期の事業費を全部足すと」: 全部 of a sum, not 「前期のどの年度も浄化センター」 (the text column's bound moved
    # onto the year columns, which found nothing)
    answer = ask(strategy, "実施区域が浄化センターの事業、前期の事業費を全部足すといくら？（百万円）")
    assert answer.status == "exact" and answer.value == 699


def test_period_word_run_together_with_its_cost(strategy) -> None:
    # 「前期事業費」: the period's column said with what its cells are; 「平均は１事業あたり」 the mean asked anyway, and
    # 「（百万円、小数第１位まで）」 the table's unit said aside before the rounding
    answer = ask(strategy, "種別ごとに前期事業費を合計すると、一番多いのはどの種別？")
    assert answer.status == "exact" and answer.value == "処理場更新"
    answer = ask(strategy, "耐震化の事業って、前期事業費の平均は１事業あたりどれくらい？（百万円、小数第１位まで）")
    assert answer.status == "exact" and answer.value == 48.5


def test_one_period_above_the_other(strategy, other_plan) -> None:
    # 「前期より後期のほうが事業費が大きい」: the period's columns compared, the cost word only what both hold
    answer = ask(strategy, "前期より後期のほうが事業費が大きい事業はどれ")
    assert answer.status == "exact" and _keys(answer) == [f"practice:{c}" for c in ("下-1-03", "下-2-03", "下-2-05")]
    # (水-2-02: 35+35 in the first period, 70 in the second: equal, not above)
    answer = ask(other_plan, "前期より後期のほうが事業費が大きい事業はどれ")
    assert answer.count == 0 and "後期(R13〜R18)計が前期(R9〜R12)計を上回る" in answer.summary


def test_no_cost_in_the_later_period(strategy) -> None:
    # 「後期（R13〜R17）には事業費を見込んでない」: the period's column said by its name, its cell 「－」
    answer = ask(strategy, "後期（R13〜R17）には事業費を見込んでない事業を教えて")
    assert answer.status == "exact"
    assert _keys(answer) == [f"practice:{c}" for c in ("下-1-01", "下-1-04", "下-2-01", "下-2-02", "下-3-01", "下-3-02", "下-4-04")]


def test_two_periods_added(strategy) -> None:
    # 「前期と後期を合わせた総事業費」: each row's two period columns added, the smallest
    answer = ask(strategy, "前期と後期を合わせた総事業費が一番小さい事業は")
    assert answer.status == "exact" and [d["key"] for d in answer.to_dict()["rows"]][:1] == ["practice:下-4-03"]


def test_a_years_figure_against_the_average_column(strategy) -> None:
    # 「R6の数値が類似団体平均を下回ってる」: the year's column (its figure said as such) against 類似団体平均（R5）
    answer = ask(strategy, "R6の数値が類似団体平均を下回ってる経営指標は？")
    assert answer.status == "exact"
    assert sorted(d["title"] for d in answer.to_dict()["rows"]) == sorted(["経費回収率", "水洗化率", "経常収支比率", "流動比率"])
    # (the year said with で: 「令和６年度で類似団体平均より低い」)
    answer = ask(strategy, "令和６年度で類似団体平均より低い指標を挙げて")
    assert answer.status == "exact"
    assert sorted(d["title"] for d in answer.to_dict()["rows"]) == sorted(["経費回収率", "水洗化率", "経常収支比率", "流動比率"])


def test_every_year_of_the_period_holds_a_cost(strategy) -> None:
    # 「前期の５年間、毎年ずっと事業費がついてる」: each year column under 前期 holds a figure (no 「－」)
    answer = ask(strategy, "前期の５年間、毎年ずっと事業費がついてる事業は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:下-1-05"]
    # (the indicators' 「毎年数値が出ている」 still reads over their year columns)
    assert ask(strategy, "平成30年度から毎年数値が出ている指標はいくつ？").count == 6
