"""A survey's results: each answer printed as a pair of columns under its name (やや不満 over 割合 │ 人数), the
measure's figure of each survey round beside its change (満足度 Ｒ７（今回）│ Ｒ４（前回）│ 前回比), and the
questions numbered 問1, 問2-1 under a column headed 設問. 「…と答えた人は何人」 asks the 人数 of the pair,
「前回から何ポイント下がった」 of one row the two rounds apart (not the sign of 前回比 alone), and a row found is
called by its 問 number. Over made141's documents and a made town's workbook and text of another layout (its
town and figures are made up)."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MADE141 = Path(__file__).resolve().parents[1] / "questions" / "made141" / "docs"

TREND = """川霧町 町民アンケート 認知度の推移（単位：％、ポイント）

設問\t項目\t令和６年度（今回）\t令和３年度（前回）\t前回比
問1\tごみ出しのルール\t62.0\t58.5\t3.5
問2\t防災マップ\t25.0\t31.0\t▲6.0
問3\t町の広報紙\t80.0\t80.4\t▲0.4
"""


def _workbook(path: Path) -> None:
    """Two header rows: each answer's name merged over its 割合 and 人数."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    ws["A1"] = "令和６年度 川霧町 町民アンケート 集計表"
    ws.append([])
    ws.append(["番号", "設問", "回答者数", "知っている", None, "知らない", None])
    ws.append([None, None, None, "割合", "人数", "割合", "人数"])
    for c in ("A", "B", "C"):
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    ws.append(["問1", "ごみ出しのルール", 500, 62.0, 310, 38.0, 190])
    ws.append(["問2", "防災マップ", 480, 25.0, 120, 75.0, 360])
    ws.append(["問3", "町の広報紙", 490, 80.0, 392, 20.0, 98])
    wb.save(path)


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    index = tmp_path_factory.mktemp("survey141") / "gyokaku.db"
    assert not build_index([MADE141], index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey_town")
    _workbook(folder / "川霧町_町民アンケート集計表.xlsx")
    (folder / "川霧町_認知度の推移.txt").write_text(TREND, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _asked(assistant, question):
    assistant.reset()
    return assistant.ask(question)


@pytest.mark.parametrize("question, value", [
    ("問３で「やや不満」と答えた人は何人？", 276),
    ("問2-1で「不満」と回答した人数は？", 96),
])
def test_people_who_answered_so_are_the_count_of_the_pair(survey, question, value):
    answer = _asked(survey, question)
    assert answer.status in ("exact", "partial"), answer.summary
    assert float(answer.value) == value, answer.summary


def test_the_share_of_those_answering_is_still_the_percentage(survey):
    answer = _asked(survey, "問３で「やや不満」と答えた人の割合は？")
    assert float(answer.value) == 21.5, answer.summary


def test_the_pair_of_another_towns_workbook(town):
    answer = _asked(town, "問2で「知らない」と答えた人は何人？")
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == 360, answer.summary


@pytest.mark.parametrize("question, value", [
    ("公共施設の再編・統廃合の満足度は前回から何ポイント下がった？", 2.7),
    ("問3の満足度は前回から何ポイント上がった？", 7.7),
])
def test_points_since_the_round_before_are_the_two_rounds_apart(survey, question, value):
    answer = _asked(survey, question)
    assert answer.status == "exact", answer.summary
    assert abs(float(answer.value) - value) < 0.01, answer.summary
    assert "今回" not in answer.summary.split("より")[-1], answer.summary  # (the round's bracket is no unit)


@pytest.mark.parametrize("question, value", [
    ("防災マップは前回から何ポイント下がった？", 6),
    ("問1は前回から何ポイント上がった？", 3.5),
])
def test_points_since_the_round_before_in_another_towns_text(town, question, value):
    answer = _asked(town, question)
    assert answer.status == "exact", answer.summary
    assert abs(float(answer.value) - value) < 0.01, answer.summary


def test_a_question_risen_asked_as_fallen_says_it_rose(survey):
    answer = _asked(survey, "問5の満足度は前回から何ポイント上がった？")
    assert float(answer.value) < 0 and "少ない" in answer.summary, answer.summary


def test_a_row_of_the_questions_table_is_called_by_its_number(survey):
    answer = _asked(survey, "「どちらともいえない」の割合が一番高いのはどの設問？")
    assert answer.rows and answer.rows[0]["number"] == "問7", answer.rows[:1]
