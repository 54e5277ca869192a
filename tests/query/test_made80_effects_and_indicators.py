"""Sums and differences over a made edition's tables, asked as users say them: made80's 財政効果額一覧 (an Excel
sheet of 目標額 | 実績額 per fiscal year under a two-row header, 4年間の計, 差引, negative numbers shown ▲ by their
number format) beside the plan report whose items it numbers (Ⅱ-1-③ …), and its text progress sheet printing
each indicator's years as 「２０２５年度（令和７）　目標　99.00　／　実績　98.97」 lines under 「【指標１】…（単位：％）」;
made81's subsidy review (増減 printed with ▲), public comments and audit findings. Nothing here is of these towns:
the layouts are read by their shape."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.formats.plain import year_pair_tables
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


@pytest.fixture(scope="module")
def made80(tmp_path_factory):
    folder = tmp_path_factory.mktemp("effects")
    for path in (QUESTIONS / "made80" / "docs").iterdir():
        if path.name.startswith(("01_", "02_", "05_")):
            shutil.copy(path, folder / path.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def made81(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    for path in (QUESTIONS / "made81" / "docs").iterdir():
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def test_year_lines_of_labelled_figures_are_a_table():
    text = "【指標１】現年度分収納率（単位：％）\n　２０２５年度（令和７）　目標　99.00　／　実績　98.97\n" \
           "　２０２６年度（令和８）　目標　99.10　／　実績　99.12\n"
    lines = year_pair_tables(text).split("\n")
    assert lines[0] == "年度\t指標\t目標（%）\t実績（%）"
    assert lines[2] == "2026年度(令和8)\t現年度分収納率\t99.10\t99.12"
    # (no caption line over them: left as printed)
    assert year_pair_tables(text.split("\n", 1)[1]) == text.split("\n", 1)[1]


@pytest.mark.parametrize("turns, value", [
    # 「AがBを何千円上回った」: one row's two columns apart; 「4年間の実績額」 is 4年間の計 | 実績額
    (("定員適正化計画の推進は、4年間の実績額が目標額を何千円上回りましたか",), 7600),
    # (the unit said aside in brackets is what the answer is in)
    (("歳出の削減に区分される実施項目について、2028年度の目標額の合計はいくらですか（千円）",), 193000),
    # 「（実績）」 of a year's series beside the 4年間の計 column also called so
    (("未利用市有地の売却の2028年度の財政効果額（実績）は何千円？",), 17450),
    # two sums apart, of the year summed before
    (("令和8年度の財政効果額、目標額の合計はいくら？", "じゃあ実績額の合計は目標にどれだけ足りなかった？"), 8430),
    # the text progress sheet's indicator lines
    (("進捗管理シートで、現年度分収納率の2026年度の実績は何％でしたか",), 99.12),
    # 「目標を何時間上回った」: the row's one other number
    (("時間外勤務総時間の2028年度は、目標を何時間上回った？",), 2950),
])
def test_sums_and_differences(made80, turns, value):
    answer = ask(made80, *turns)
    assert answer.status == "exact", answer.summary
    assert answer.value == value, answer.summary


@pytest.mark.parametrize("question, codes", [
    # negative numbers in a year series (▲ by the sheet's number format), the rows named as the report's items
    ("財政効果額一覧で、実績額に▲がついている実施項目はどれですか", ["II-2-4", "III-2-3"]),
    ("4年間の計で、財政効果額の実績が目標額に届かなかった実施項目は？",
     ["II-1-3", "II-2-1", "II-2-2", "II-2-4", "II-3-1", "III-1-3", "III-2-3", "III-3-3"]),
    # (the best row only is the item answered; the rows ranked after it stay the sheet's)
    ("財政効果額一覧の中で、差引（実績－目標）がいちばん大きい実施項目はどれ？", ["II-1-2"]),
])
def test_sheet_rows_answered_as_the_items_they_number(made80, question, codes):
    answer = ask(made80, question)
    assert answer.target == "practice", answer.summary
    assert sorted(str(r["key"]).split(":", 1)[1] for r in answer.rows if str(r["key"]).startswith("practice:")) == codes


@pytest.mark.parametrize("turns, value", [
    (("縮小になった補助金の中で、減額がいちばん大きいのはどれですか",), "社会福祉協議会運営補助金"),
    (("町民プールの廃止に反対という意見は、どう扱われましたか（反映区分）",), "修正しない"),
    (("町内会に関する意見の反映区分は？", "じゃあ用語解説を求めた意見は？"), "修正する"),
    (("町民プールの備品台帳について指摘を受けたのはどの課ですか",), "生涯学習課"),
    (("監査の指摘事項を見たい", "産業振興課のは？", "そのうち措置中のものの指摘区分は？"), "意見"),
])
def test_values_of_one_row(made81, turns, value):
    answer = ask(made81, *turns)
    assert answer.status == "exact", answer.summary
    assert answer.value == value, answer.summary


def test_rows_said_by_a_change_and_a_relation(made81):
    answer = ask(made81, "令和5年度より令和6年度の予算額が増えた補助金は何件ありますか")
    assert (answer.status, answer.count) == ("exact", 4), answer.summary
    answer = ask(made81, "公共施設の適正管理に関する意見で「参考とする」となったものの要旨を教えて")
    assert answer.status == "exact" and answer.count == 2, answer.summary
    assert "住民説明会" in answer.summary and "旧北小学校" in answer.summary
