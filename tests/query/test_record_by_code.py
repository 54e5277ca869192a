"""A question asking which one record (「一番増えた補助金は？」「参加者が一番多かったのはどの物件？」) is answered by the code the
record's table prints (H-303, 未-12), its name beside it in the summary; over made146's and made153's documents, two
tables of other shapes (an xlsx list, a PDF table), so nothing is one file's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.grammar.record_asked import RULES, asks_one_record, _PATTERNS
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("record_by_code")
    shutil.copy(QUESTIONS / "made146" / "docs" / "補助金一覧（令和７年度見直し結果）.xlsx", folder)
    shutil.copy(QUESTIONS / "made153" / "docs" / "未利用市有地売却実績（令和４年度～令和６年度）.pdf", folder)
    return assistant_over(folder)


@pytest.mark.parametrize("name,fragment,matches", [(n, f, m) for n, _, ex in RULES for f, m in ex])
def test_rule_examples(name, fragment, matches):
    assert bool(_PATTERNS[name].search(fragment)) is matches


def test_where_asks_a_name_not_a_record():
    assert asks_one_record("一番増えた補助金は？")
    assert not asks_one_record("実質公債費比率が一番高いのはどこ？")


def test_record_asked_by_its_printed_code(assistant):
    answer = ask(assistant, "R5からR6にかけて決算額が一番増えた補助金は？")
    assert answer.value == "H-303"
    assert "H-303 民間保育所施設整備補助金" in answer.summary  # (the name still read beside the code)


def test_record_of_a_pdf_table_by_its_code(assistant):
    answer = ask(assistant, "売却の入札で、参加者が一番多かったのはどの物件？")
    assert answer.value == "未-12"
    assert "県道港線改良残地" in answer.summary


@pytest.fixture(scope="module")
def policies(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("record_by_code_groups")
    shutil.copy(QUESTIONS / "made124" / "docs" / "R8_研修実施状況及び目標指標一覧.xlsx", folder)
    return assistant_over(folder)


def test_group_printed_with_its_code_asked_by_it(policies):
    # (the 基本方針 column prints 「III 働きやすい職場環境づくり」: the policy asked is Ⅲ, the name in the summary)
    answer = ask(policies, "R8の研修受講者数を基本方針ごとに合計すると、一番多いのはどの方針？")
    assert answer.value == "III"
    assert "働きやすい職場環境づくり" in answer.summary


@pytest.fixture(scope="module")
def places(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("record_by_code_places")
    for doc in (QUESTIONS / "made133" / "docs").iterdir():
        shutil.copy(doc, folder)
    return assistant_over(folder)


def test_superlative_with_no_noun_after_a_figure_asks_the_record(places):
    # (the turn before asked each place's figure; 「一番低いのは？」 asks which place, its name: the table prints no code)
    answer = ask(places, "南部の市町村の実質公債費比率を教えて", "一番低いのは？")
    assert answer.value == "川瀬町"
    assert "5.9" in answer.summary


@pytest.fixture(scope="module")
def facilities(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("record_by_code_facilities")
    shutil.copy(QUESTIONS / "made87" / "docs" / "04_公共施設一覧.html", folder)
    return assistant_over(folder)


def test_facility_asked_by_its_name_though_numbered(facilities):
    # (施設番号 F-21 printed, but a facility is a place: 「いちばん古い建物はどれ？」 is 舟入会館)
    assert ask(facilities, "公共施設一覧の中でいちばん古い建物はどれ？").value == "舟入会館"
