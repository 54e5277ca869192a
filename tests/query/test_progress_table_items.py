"""A progress table of plan items in a workbook (進行管理表): one column of three-level codes (1-1-1) under group rows
naming the items' group (「【重点項目1】名（基本方針1 …）」), a two-row header whose years (和暦 or 西暦) stand over
目標 │ 実績 │ 達成率 │ 評価, a last year of targets only, the bureau (所属部) beside the section (担当課), the year each
item was completed (完了年度 / 継続), a fiscal effect with ▲ for a cost increase. Read as practice items whatever the
town, its words or its years; its yearly figures ranked, averaged and compared year on year."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_YEARS = ("令和5年度", "令和6年度", "令和7年度")
# code, name, bureau, section, indicator, unit, (goal, actual, rate, grade) × 3, target of the last year, ended, effect
_ITEMS = [
    ("【重点項目1】窓口の改善（基本方針1 暮らしの便利さ）",),
    ("1-1-1", "電子申請の拡大", "総務部", "情報課", "電子化手続数", "件", (10, 12, 120.0, "S"), (20, 18, 90.0, "B"),
     (30, 33, 110.0, "S"), 40, "継続", "▲1,200"),
    ("1-1-2", "窓口時間の延長", "市民部", "市民課", "延長日数", "日", (5, 5, 100.0, "A"), (6, 6, 100.0, "A"),
     ("－", "－", "－", "－"), "－", "令和6年度", "300"),
    ("【重点項目2】財源の確保（基本方針2 健全な財政）",),
    ("2-2-1", "税の収納率向上", "総務部", "税務課", "収納率", "％", (98, 97, 99.0, "B"), (98, 99, 101.0, "A"),
     (98, 96, 98.0, "B"), 99, "継続", "5,000"),
    ("2-2-2", "遊休地の売却", "建設部", "管財課", "売却額", "千円", (1000, 400, 40.0, "D"), (1000, 700, 70.0, "C"),
     (1000, 1050, 105.0, "A"), 1000, "継続", "－"),
]


def _workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "進行管理表"
    ws.append(["柊原町 改革項目 進行管理表（令和5〜8年度）"])
    ws.append([])
    lead = ["番号", "改革項目名", "所属部", "担当課", "成果指標", "単位"]
    top = lead + [y if k == 0 else None for y in _YEARS for k in range(4)] + ["令和8年度", "完了年度", "効果額（千円）", "備考"]
    sub = lead + ["目標", "実績", "達成率(％)", "評価"] * 3 + ["目標", "完了年度", "効果額（千円）", "備考"]
    ws.append(top)
    ws.append(sub)
    for item in _ITEMS:
        if len(item) == 1:
            ws.append(item)
            continue
        code, name, bureau, section, indicator, unit, *years, last, ended, effect = item
        ws.append([code, name, bureau, section, indicator, unit, *[v for y in years for v in y], last, ended, effect,
                   "完了" if ended != "継続" else None])
    ws.append([])
    ws.append(["（注1）評価基準 S：達成率110％以上 A：100％以上110％未満 B：80％以上100％未満 C：50％以上80％未満 D：50％未満"])
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("progress_table")
    _workbook(folder / "進行管理表.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_items_are_read_with_their_groups_bureaus_and_ends(town) -> None:
    answer = ask(town, "重点項目2に入っている改革項目は？")
    assert _codes(answer) == ["2-2-1", "2-2-2"]
    assert _codes(ask(town, "所属部が総務部の改革項目は？")) == ["1-1-1", "2-2-1"]
    assert _codes(ask(town, "2024年度までに完了した改革項目は？")) == ["1-1-2"]


def test_a_year_in_either_calendar_reads_the_same_grades(town) -> None:
    assert _codes(ask(town, "令和7年度の評価がSの改革項目は？")) == ["1-1-1"]
    assert _codes(ask(town, "2025年度の評価がSの改革項目は？")) == ["1-1-1"]
    answer = ask(town, "2023〜2025年度の3年間、毎年AかBの評価だった改革項目は？")
    assert _codes(answer) == ["2-2-1"]


def test_marked_negatives_are_summed_as_minus(town) -> None:
    answer = ask(town, "改革項目の効果額を全部足すといくら？▲はマイナスとして計算して。")
    assert answer.status == "exact" and answer.value == 4100


def test_a_years_figures_ranked_and_averaged(town) -> None:
    answer = ask(town, "令和7年度の達成率が高い改革項目トップ2を高い順に")
    assert [r["code"] for r in answer.rows] == ["1-1-1", "2-2-2"] and answer.status == "exact"
    answer = ask(town, "令和7年度の達成率の平均は？（完了済みで－のものは除いて）")
    assert answer.value == pytest.approx(104.33)


def test_target_of_the_last_year_and_change_from_the_year_before(town) -> None:
    assert ask(town, "遊休地の売却の令和8年度の目標は？").value == 1000
    answer = ask(town, "遊休地の売却の令和6年度実績は？", "前の年と比べていくら増えた？")
    assert answer.status == "exact" and answer.value == 300
    answer = ask(town, "遊休地の売却の令和6年度実績は？", "前の年と比べていくら減った？")
    assert answer.status != "exact"  # (it rose: said, not turned around)


def test_three_level_code_and_the_same_end_year(town) -> None:
    answer = ask(town, "1-1-2の完了年度っていつ？")
    assert answer.value == "R6"
    assert _codes(ask(town, "1-1-2の完了年度っていつ？", "同じ年度に完了した改革項目はほかにある？")) == []
