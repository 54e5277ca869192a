"""A survey's table of counts per answer (設問別の回答件数 │ 満足 | やや満足 | やや不満 | 不満, no 計 column): a row's whole
「回答は全部で何件」 is the sum of its columns (tables/caption_total.py), the row called by its number or by its words
without the number (tables/numbered_names.py); and a field of records found only through another kind's text is never
a certain answer (conversation.py _guessed_unsure). Over made171's survey and a second made survey of other words."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "tests" / "questions" / "made171" / "docs"

SURVEY = """桜川町 窓口サービス満足度調査の結果

１．回答状況
　配布500件、回収320件。

　表　項目別の回答件数　　　　　　　　　　　　　　　　　　　（単位：件）
項目                                          良い  やや良い  やや悪い      悪い
--------------------------------------------------------------------------------
Q1 待ち時間                                     40        95       120        60
Q2 職員の説明                                  130       140        35        10
Q3 案内表示                                     70       110        90        45
Q4 手続の手間                                   50        80       110        75
--------------------------------------------------------------------------------
※無回答を除く。
"""


def _index(folders: list[Path], at: Path) -> Assistant:
    index = at / "gyokaku.db"
    assert not build_index(folders, index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def transit(tmp_path_factory) -> Assistant:
    # (the corpus too: its newsletter's Q&A records are what 「回答」 might have been read as)
    folder = tmp_path_factory.mktemp("made171")
    for f in DOCS.iterdir():
        shutil.copy(f, folder)
    return _index([ROOT / "corpus", folder], folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("town_survey")
    (folder / "survey.txt").write_text(SURVEY, encoding="utf-8")
    return _index([folder], folder)


def test_a_rows_answers_in_all_are_the_sum_of_its_columns(transit, town):
    for question in ("問6の回答は全部で何件？", "予約のしやすさの設問、回答は全部で何件？"):
        transit.reset()
        answer = transit.ask(question)
        assert answer.status == "exact" and answer.value == 554, question
    town.reset()
    answer = town.ask("Q2の回答は全部で何件？")
    assert answer.status == "exact" and answer.value == 315
    town.reset()
    answer = town.ask("手続の手間の回答は何件？")  # (the row said without its number Q4)
    assert answer.status == "exact" and answer.value == 315


def test_a_row_said_without_its_number_is_that_row(transit, town):
    transit.reset()
    answer = transit.ask("乗務員の接遇の満足は何件？")
    assert answer.status == "exact" and answer.value == 462
    town.reset()
    answer = town.ask("職員の説明のやや良いは何件？")
    assert answer.status == "exact" and answer.value == 140


def test_a_field_of_records_found_only_through_another_kinds_text_is_not_certain(transit):
    # (満足 only in a member's comment on 取組8: its 合計 8.6 is no answer to 「満足やや満足の合計」)
    transit.reset()
    answer = transit.ask("満足やや満足の合計は何件？")
    assert answer.status != "exact" and answer.value != 8.6
    assert answer.unused and "満足" in answer.summary.split("。")[0]
    transit.reset()
    answer = transit.ask("取組8の合計は？")  # (the record named: its field as before)
    assert answer.status == "exact" and answer.value == 8.6
