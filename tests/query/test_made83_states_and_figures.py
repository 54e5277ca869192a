"""A joint-projects table whose 実施状況 is a column of words (実施中 / 実施済 / 検討中 / 休止) and Word progress
sheets printing an indicator's 目標 │ 実績 │ 達成率 by year (tests/questions/made83): 「休止中」 is the state
休止 said with its tail, 「休止中と検討中を除いた」 leaves both out, a follow-up state replaces the one before,
「どこか1つでも参加していない」 is a blank member cell, and 「<指標>の<年度>の目標値」 is that year's figure as
printed (50.0, 131), its unit said in the summary."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made83" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    index = tmp_path_factory.mktemp("made83") / "gyokaku.db"
    build_index([DOCS], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("turns, expected", [
    (["鳰見市が幹事市町になっている事業のうち、休止中と検討中を除いたものは？"], ["1", "6"]),
    (["鵐坂市・鳰見市・楡津町の連携事業で休止中のものは？"], ["12"]),
    (["鵐坂市・鳰見市・楡津町の連携事業で実施中か検討中のものは？"], ["1", "11", "13", "14", "3", "4", "5", "6", "7", "8", "9"]),
    (["鵐坂市・鳰見市・楡津町の連携事業の一覧を見せて", "実施済のものは？", "じゃあ休止しているのは？"], ["12"]),
    (["3市町のうち、どこか1つでも参加していない市町がある連携事業はどれ？"], ["11", "13", "14", "9"]),
])
def test_states_and_members(assistant, turns, expected):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == sorted(expected)


@pytest.mark.parametrize("turns, value, unit", [
    (["電子決裁率の平成31年度の目標値は？"], 50.0, "%"),
    (["電子申請が可能な手続数の、R2の達成率を教えて"], 124.4, "%"),
    (["AI会議録作成システムの利用件数の推移を教えて", "元年度の実績は？"], 131, "件"),
])
def test_indicator_figures(assistant, turns, value, unit):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.value == value and str(answer.value) == str(value)
    assert f"{value} {unit}" in answer.summary
