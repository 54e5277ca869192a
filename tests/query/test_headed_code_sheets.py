"""Evaluation sheets as one block per record, 「■ H-101 名称（部課）」 over a small table of marks and a score printed
out of its full marks (「13／20」): each block's row is the record the heading codes (its 番号), the marks its fields
(「有効性が△」「有効性か効率性のどちらかに×」: the mark in either column, never only the last said), the score the
number 13 (min, average, one record's). Over made146's PDF and a made-up town's text of another shape (◆ marks, a
score out of 10, codes K-01 …), so nothing is one file's; a 補助率 of 1/2 stays a fraction."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE146 = Path(__file__).resolve().parents[1] / "questions" / "made146" / "docs"
SHEETS = "補助金等個別評価シート.pdf"

TOWN = """柊野町 事業評価シート（令和７年度）

◆ K-01 図書館運営事業（教育課）
妥当性\t有効性\t効率性\t総合点
Ａ\tＢ\tＣ\t6／10
所見：利用者数が減少している。

◆ K-02 地域バス運行事業（企画課）
妥当性\t有効性\t効率性\t総合点
Ａ\tＡ\tＢ\t9／10
所見：利用は堅調である。

◆ K-03 健康づくり推進事業（保健課）
妥当性\t有効性\t効率性\t総合点
Ｂ\tＣ\tＢ\t5／10
所見：参加者が固定化している。

◆ K-04 観光案内所運営事業（商工課）
妥当性\t有効性\t効率性\t総合点
Ｂ\tＢ\tＢ\t7／10
所見：来訪者への案内は定着した。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("headed_code_sheets")
    shutil.copy(MADE146 / SHEETS, folder / SHEETS)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("headed_code_sheets_town")
    (folder / "事業評価シート.txt").write_text(TOWN, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or "") for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    ("有効性が△の補助金は？", ["H-101", "H-103", "H-203", "H-205", "H-301", "H-305", "H-401"]),
    ("有効性か効率性のどちらかに×がついているもの", ["H-105", "H-202", "H-203", "H-305", "H-407"]),
    ("評価点が12以下の補助金は？", ["H-103", "H-105", "H-202", "H-203", "H-205", "H-305", "H-401", "H-406", "H-407"]),
])
def test_marks_are_the_headed_records_fields(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert _codes(answer) == codes, (answer.status, answer.summary)
    assert answer.status == "exact"


def test_either_column_is_both_conditions(assistant) -> None:
    answer = ask(assistant, "有効性か効率性のどちらかに×がついているもの")
    assert [c["field"] for c in answer.understood if c["field"] != "source"] == ["有効性|効率性"]


@pytest.mark.parametrize("question,value", [
    ("評価点の平均は何点？（小数第1位まで）", 13.8),
    ("H-306の評価点は？", 14),
])
def test_score_out_of_full_marks_is_its_number(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.value == value, (answer.status, answer.summary)


def test_lowest_score_names_the_row(assistant) -> None:
    answer = ask(assistant, "個別評価で評価点がいちばん低いのはどの補助金？")
    assert _codes(answer) == ["H-407"], answer.summary
    assert answer.value != 8  # 「どの補助金」 asks which, not the score


@pytest.mark.parametrize("question,codes", [
    ("有効性がＣの事業は？", ["K-03"]),
    ("有効性か効率性のどちらかがＣのもの", ["K-01", "K-03"]),
    ("妥当性か効率性のどちらかがＣのもの", ["K-01"]),
    ("総合点が7点以上の事業は？", ["K-02", "K-04"]),
])
def test_another_towns_sheets(town, question, codes) -> None:
    answer = ask(town, question)
    assert _codes(answer) == codes, (answer.status, answer.summary)


def test_another_towns_lowest(town) -> None:
    answer = ask(town, "総合点がいちばん低いのはどの事業？")
    assert _codes(answer) == ["K-03"], answer.summary


def test_offices_in_the_heading_are_columns(assistant) -> None:
    # 「（健康福祉部こども未来課）」 after each name: its 部 and 課, a condition of their own (not one row's name)
    answer = ask(assistant, "健康福祉部で評価点が15以上のものは？")
    assert _codes(answer) == ["H-302", "H-303", "H-304"], (answer.status, answer.summary)


@pytest.mark.parametrize("question,value", [
    ("部ごとに評価点を平均したら一番高いのはどこの部？", "健康福祉部"),  # 15.0 (90/6)
    ("部ごとに評価点を平均したら一番低いのはどこの部？", "市民生活部"),  # 12.8 (64/5)
])
def test_groups_mean_not_their_row_count(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.value == value, (answer.status, answer.summary)
    assert any(c["op"].startswith("group_avg") for c in answer.understood)
