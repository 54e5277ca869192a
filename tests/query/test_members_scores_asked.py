"""A committee paper printing each member's score per 重点項目 (made67's Word paper, 委員A〜E out of 10, beside
the plan report it scores): the members who scored a record so counted (「8点以上をつけた委員が3人以上」), a
member's score said with the body's own words (「懇話会の採点で委員Dが7点以上」), the scores of one record
shown, and a member's score asked after it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made67" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("members_scores")
    for name in ("01_藤見沢市_行政経営改革アクションプラン_取組評価報告書.pdf", "02_行政経営改革推進懇話会_意見書.docx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_members_meeting_a_score_counted(assistant):
    # (委員 scores: I 9 8 8 9 7, II 6 5 7 6 5, III 8 7 8 6 8, IV 6 6 6 7 5, V 7 8 7 7 9)
    answer = ask(assistant, "藤見沢市行政経営改革推進懇話会で8点以上をつけた委員が3人以上いる重点項目")
    assert answer.status == "exact" and _codes(answer) == ["I", "III"], (answer.summary, answer.unused)
    few = ask(assistant, "懇話会で6点以下の委員が2人以下の重点項目は何件？")
    assert few.status == "exact" and _codes(few) == ["I", "III", "V"] and few.value == 3, few.summary


def test_one_members_score_with_the_bodys_words(assistant):
    answer = ask(assistant, "懇話会の採点で委員Dが7点以上つけた重点項目は？（藤見沢市）")
    assert answer.status == "exact" and _codes(answer) == ["I", "IV", "V"], (answer.summary, answer.unused)


def test_scores_shown_then_one_member_asked(assistant):
    shown = ask(assistant, "藤見沢市の懇話会の意見書で重点項目Ⅳの点数を見せて")
    assert "委員B 6点" in shown.summary and "平均 6.0点" in shown.summary, shown.summary
    one = ask(assistant, "藤見沢市の懇話会の意見書で重点項目Ⅳの点数を見せて", "委員Bは何点つけてる？")
    assert one.status == "exact" and one.value == 6, one.summary
