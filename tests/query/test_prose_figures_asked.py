"""Figures stated in prose, read from the first passage found: the share of a change printed in brackets before its
word (「213,600枚（８．２％）減少」 for 「何％減った」), and an amount asked as どれくらい with its unit said on its own
(「どれくらい増収になる見込み？（年額・千円）」 over 「増収見込額は、年額18,450千円です」)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"

# a second document of another theme, the same prose shapes
OTHER = """ごみ減量の取組の成果について

１　可燃ごみの削減
　令和６年度の可燃ごみの量は31,200トンで、令和５年度の33,000トンと比べて1,800トン（５．５％）減少しました。

２　処理経費の節減
　焼却量の減少による処理経費の節減見込額は、年額42,600千円です。
"""


def _assistant(tmp_path_factory, docs: Path) -> Assistant:
    path = tmp_path_factory.mktemp("idx") / "g.db"
    build_index([docs], path)
    return Assistant(open_index(path))


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    docs = tmp_path_factory.mktemp("gomi_docs")
    (docs / "ごみ減量の成果.txt").write_text(OTHER, encoding="utf-8")
    return _assistant(tmp_path_factory, docs)


def test_share_of_a_change_in_brackets(tmp_path_factory, other):
    answer = _assistant(tmp_path_factory, QUESTIONS / "made162" / "docs").ask("R5と比べてR6の紙使用量は何％減った？")
    assert answer.value == 8.2 and answer.status == "search", answer.summary
    answer = other.ask("前の年と比べて可燃ごみの量は何％減った？")
    assert answer.value == 5.5 and answer.status == "search", answer.summary


def test_amount_asked_how_much_in_the_unit_said(tmp_path_factory, other):
    answer = _assistant(tmp_path_factory, QUESTIONS / "made165" / "docs").ask("使用料改定でどれくらい増収になる見込み？（年額・千円）")
    assert answer.value == 18450 and answer.status == "search", answer.summary
    answer = other.ask("処理経費はどれくらい節減できる見込み？（千円）")
    assert answer.value == 42600 and answer.status == "search", answer.summary


PLAN = """下水道使用料の見直しについて

１　今回の改定
　使用料は令和７年４月１日から改定しました。

２　今後の予定
　使用料は原則として５年ごとに見直すこととし、次回は令和12年度に見直しを行う予定です。
"""


def test_when_asked_of_a_plan_printing_only_its_fiscal_year(tmp_path_factory):
    answer = _assistant(tmp_path_factory, QUESTIONS / "made165" / "docs").ask("使用料の見直しは次回いつ行う予定？")
    assert answer.value == "令和11年度" and answer.status == "search", answer.summary
    docs = tmp_path_factory.mktemp("sewer_docs")
    (docs / "下水道使用料の見直し.txt").write_text(PLAN, encoding="utf-8")
    answer = _assistant(tmp_path_factory, docs).ask("下水道使用料の見直しは次回いつ行う予定？")
    assert answer.value == "令和12年度" and answer.status == "search", answer.summary
