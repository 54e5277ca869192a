"""Numeric targets written as labelled blocks (【基準値】120件（令和4年度） 【目標値】300件以上（令和8年度）
【R6実績】245件): a figure printed with its direction and the year it is of is a figure; each target's own
direction (以上 / 以下) says which way it is reached; a year said as part of a column's name (R6実績) is that
column; a row's change from one figure to another. A made-up city, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

_TARGETS = [  # 項目, 基準値, 目標値, R6実績, 担当課
    ("オンライン申請できる手続数", "80件", "200件以上", "150件", "情報政策課"),
    ("住民票のコンビニ交付率", "12.0％", "25.0％以上", "26.1％", "市民課"),
    ("職員1人あたりの時間外勤務", "180時間", "150時間以下", "148時間", "人事課"),
    ("窓口の平均待ち時間", "25分", "15分以下", "19分", "市民課"),
    ("市税の口座振替率", "40.0％", "45.0％以上", "―", "納税課"),
]


def _document() -> str:
    lines = ["南台市行財政改革プラン 数値目標の状況（令和6年度実績）", "",
             "基準値は令和4年度、目標値は令和8年度の値である。", ""]
    for n, (name, base, target, result, office) in enumerate(_TARGETS, 1):
        lines += [f"［目標{n}］", f"【目標項目】{name}", f"【基準値】{base}（令和4年度）",
                  f"【目標値】{target}（令和8年度）", f"【R6実績】{result}", f"【担当課】{office}", ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("targets_bounded")
    (folder / "南台市_数値目標の状況.txt").write_text(_document(), encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "南台市の数値目標で、R6実績がもう目標値に届いているのは何件？",
    "南台市の数値目標で、R6実績が目標値に達しているものは何件？",
])
def test_each_target_is_reached_in_its_own_direction(assistant, question) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    assert titles(answer) == ["［目標2］", "［目標3］"], answer.summary


def test_not_reached_leaves_the_dash_out(assistant) -> None:
    answer = ask(assistant, "南台市の数値目標で、R6実績が目標値に届いていないのは何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


@pytest.mark.parametrize("turns,value", [
    (("南台市のオンライン申請できる手続数は基準値からR6実績までにどれだけ増えた？",), 70),
    (("南台市のオンライン申請できる手続数の目標を教えて", "基準値からR6までにどれだけ増えた？"), 70),
    (("南台市の窓口の平均待ち時間は基準値からR6までに何分減った？",), 6),
])
def test_the_change_from_one_figure_of_a_row_to_another(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_a_target_asked_keeps_its_direction_in_the_answer(assistant) -> None:
    answer = ask(assistant, "南台市の数値目標で、窓口の平均待ち時間の目標値は？")
    assert answer.status == "exact" and "15分以下" in answer.summary, answer.summary
