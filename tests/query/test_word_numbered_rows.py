"""Tables numbering their rows in a column of their own that no 番号 header names (tests/questions/made104):
a sheet per 分野 headed 手続ID (ON-101 …), and a report's table headed 重点 printing 重点1 … beside 項目名 under
「重点項目の評価一覧」, with a KPI table whose 重点評価 is printed on each 重点's first row only (a cell merged
down). The rows are called by those codes (initiatives where the table's own word is one), the merged grade
holds for every KPI of its 重点, 「前年度より評価が下がった」 reads the year compared, 「目標を何人上回った」 compares
the 実績 column (not the baseline), and 「令和7年度末に…見込み」 over a year the table prints as a forecast is no
condition."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made104" / "docs"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made104_numbered")
    for doc in [*DOCS.glob("*.xlsx"), *DOCS.glob("*.pdf")]:
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made104_numbered_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_an_id_column_numbers_the_rows(town) -> None:
    answer = ask(town, "令和6年度の時点でオンライン化済（●）になってる手続はどれ？")
    assert answer.status == "exact" and "table_row:ON-101" in _keys(answer), _keys(answer)
    assert all(k.startswith("table_row:ON-") for k in _keys(answer)), _keys(answer)


def test_a_column_of_its_own_word_and_a_number_names_initiatives(town) -> None:
    answer = ask(town, "令和6年度の評価がAの重点項目は？")
    assert answer.status == "exact" and sorted(_keys(answer)) == ["initiative:重点1", "initiative:重点3"], answer.summary


@pytest.mark.parametrize("question", ["前年度より評価が下がった重点ってある？", "評価が前年度より下がった重点は？"])
def test_the_year_compared_said_before_the_measure(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and _keys(answer) == ["initiative:重点5"], answer.summary


def test_a_grade_merged_down_its_group_holds_for_every_row(town) -> None:
    answer = ask(town, "重点4の令和6年度評価は？")
    assert answer.value == "S", answer.summary


def test_over_the_target_is_the_actual_figure(town) -> None:
    answer = ask(town, "スマホ教室の受講者数、目標を何人上回った？")
    assert answer.value == 12 and "12人" in answer.summary, answer.summary


def test_forecast_said_of_a_forecast_year_is_no_condition(town) -> None:
    answer = ask(town, "令和7年度末にオンライン化済になる見込みの手続は全部でいくつ？")
    assert answer.status == "exact" and answer.count == 16, answer.summary
