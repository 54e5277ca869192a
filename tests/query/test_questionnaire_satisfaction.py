"""A 満足度 said with the questionnaire that measures it (「町民プールのアンケート満足度」「利用者アンケートの満足度が一番
高かった施設」) is the measure itself: over made147's evaluation sheets, whose blocks state it in a sentence introduced by
「利用者アンケートの結果、」, and over a made-up town's table whose column is itself named アンケート満足度."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE147 = Path(__file__).resolve().parents[1] / "questions" / "made147" / "docs"
SHEETS = "モニタリング評価シート（令和６年度実施分）.pdf"

# (番号, 施設名, アンケート満足度)
ROWS = [("P-1", "柊野町体育館", 81.2), ("P-2", "柊野町図書館", 92.4), ("P-3", "柊野町福祉会館", 77.0)]


@pytest.fixture(scope="module")
def made147(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("questionnaire_made147")
    shutil.copy(MADE147 / SHEETS, folder / SHEETS)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    from openpyxl import Workbook

    folder = tmp_path_factory.mktemp("questionnaire_town")
    wb = Workbook()
    ws = wb.active
    ws.title = "満足度"
    ws["A1"] = "柊野町 施設別アンケート満足度"
    for col, head in enumerate(["番号", "施設名", "アンケート満足度（％）"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(ROWS, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(folder / "施設別アンケート満足度.xlsx")
    return assistant_over(folder)


def test_figure_of_one_facility(made147) -> None:
    answer = ask(made147, "町民プールのアンケート満足度は？")
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == 71.3


def test_highest_by_the_survey_word(made147) -> None:
    answer = ask(made147, "利用者アンケートの満足度が一番高かった施設は？")
    assert answer.status == "exact", answer.summary
    assert [r.get("number") for r in answer.rows] == ["11"]


@pytest.mark.parametrize("question", ["アンケート満足度が一番高い施設は？", "アンケートの満足度が一番高い施設は？"])
def test_column_named_by_the_survey(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact", answer.summary
    assert [r.get("number") or r.get("番号") for r in answer.rows] == ["P-2"], answer.rows
