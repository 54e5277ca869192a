"""「現年度分の収納率、後期高齢と国保税でどのくらい差がある？」: the measure said first, then two rows of a table and
the gap asked (grammar/compared_pairs.py measure_then_pair_difference), each row said short (後期高齢 for
後期高齢者医療保険料: the head of one row's name, the rest the levy it is; 国保税). A row named as printed is no typo of
a department the index knows (国民健康保険税 beside 国民健康保険課 of the shipped corpus), and a memo's sentence naming
the row and another column's figure, clause apart from the column asked, holds no second value of it. Every town,
name and figure but the shipped corpus file is made up."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).resolve().parents[2]

TABLE = """令和５年度 保険税・保険料の収納状況（決算）

（単位：％）
区分\t現年度分収納率\t過年度分収納率
国民健康保険税\t94.2\t20.1
介護保険料\t98.7\t17.5
後期高齢者医療保険料\t99.5\t48.0
"""

MEMO = """西浜町 収納対策会議の概要

事務局から、令和５年度の介護保険料の現年度分収納率は９８．７％となり、国民健康保険税の過年度分収納率は２０．１％で、前年度から上昇したとの報告があった。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two_rows_gap")
    (folder / "令和５年度保険税等収納状況.txt").write_text(TABLE, encoding="utf-8")
    (folder / "西浜町_収納対策会議概要.txt").write_text(MEMO, encoding="utf-8")
    shutil.copy(ROOT / "corpus/000_f03bfc25bf0d6070.txt", folder)  # its departments include 国民健康保険課
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant, question):
    assistant.reset()
    return assistant.ask(question)


def test_a_row_named_as_printed_is_read_on_its_table(assistant):
    answer = ask(assistant, "R5の現年度分の収納率、国民健康保険税は？")
    assert (answer.status, answer.value) == ("exact", 94.2), answer.summary


def test_the_gap_of_two_rows_said_short_after_the_measure(assistant):
    answer = ask(assistant, "現年度分の収納率、後期高齢と国保税でどのくらい差がある？")
    assert answer.status == "exact", answer.summary
    assert abs(answer.value - 5.3) < 0.001  # 99.5 − 94.2


def test_the_gap_of_two_rows_named_whole(assistant):
    answer = ask(assistant, "R5の現年度分の収納率、後期高齢者医療保険料と国民健康保険税でどのくらい差がある？")
    assert answer.status == "exact", answer.summary
    assert abs(answer.value - 5.3) < 0.001
