"""A column whose unit is a rate (原価 (円/時間), 料金（円/日）) is said with its denominator: 「１時間当たりの原価」
「原価が１時間500円未満」 read the column and its figure, the per-unit phrase not left unread (made165's fee list,
and a made list of another town's equipment per day). Over real indexes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

MADE165_LIST = Path(__file__).resolve().parents[1] / "questions" / "made165" / "docs" / "使用料改定一覧（R7.10改定）.xlsx"

EQUIPMENT = "楢葉台町 貸出備品の料金一覧\n\n品名\t料金（円/日）\t保有数\nテント\t1200\t4\n長机\t150\t30\n" \
            "音響セット\t3500\t2\nプロジェクター\t2000\t3\n"


@pytest.fixture(scope="module")
def tsubaki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tsubaki_list")
    shutil.copy(MADE165_LIST, folder / MADE165_LIST.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def naraha(tmp_path_factory):
    folder = tmp_path_factory.mktemp("naraha_equipment")
    (folder / "備品料金.txt").write_text(EQUIPMENT, encoding="utf-8")
    return assistant_over(folder)


def test_the_figure_said_per_hour(tsubaki) -> None:
    answer = ask(tsubaki, "原価が１時間500円未満の室は何室？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 5, answer.summary


def test_the_column_said_per_hour(tsubaki) -> None:
    answer = ask(tsubaki, "１時間当たりの原価が一番高い室があるのはどの施設？")
    assert answer.status == "exact", answer.summary
    assert answer.value == "市民文化会館", answer.summary


@pytest.mark.parametrize("question, expected", [
    ("１日当たりの料金が一番高い備品は？", 3500),
    ("料金が１日1000円を超える備品は何件？", 3),
])
def test_another_rate_per_day(naraha, question, expected) -> None:
    answer = ask(naraha, question)
    assert answer.status == "exact", answer.summary
    assert answer.value == expected, answer.summary
