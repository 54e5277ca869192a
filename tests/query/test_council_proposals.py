"""A council's 答申 numbered in proposals over their points, with opinions attached to some (query/proposals.py), its
signature (query/role_signed.py) and what its sentences state (the meetings held, an interval, a lead time).

made130's Word 答申 beside the shipped plan's 意見書, whose 取組項目4 the engine used to answer 「提言４の内容は？」
with; and another town's plain-text 意見書 numbering its opinions 意見ｎ under 付帯意見 (one word, either kanji)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
ANSWER = ROOT / "tests" / "questions" / "made130" / "docs" / "使用料等審議会答申（令和７年11月28日）.docx"
PLAN = ROOT / "corpus" / "002_388add96d06013c9.txt"

_TOWN = """鳰沢町行財政改革推進委員会 意見書（令和６年度）

鳰沢町長 様
鳰沢町行財政改革推進委員会
委員長 川俣 静香

本委員会は、委員６名により計３回の会議を開催し、次のとおり意見を取りまとめた。

意見１ 補助金の整理合理化について

（１）すべての補助金に終期を設定すること。
（２）補助の効果を毎年度検証すること。

意見２ 公共施設の再編について

（１）統廃合の計画を住民に示すこと。
（２）計画は３年ごとに見直すこと。
（３）跡地の活用方針を定めること。

意見３ 窓口サービスについて

（１）オンライン申請を拡充すること。

付帯意見

一 （意見２関係）地区ごとの説明会を開かれたい。
二 （意見３関係）窓口の混雑状況を公表されたい。
"""


def _numbers(answer) -> list[str]:
    return sorted(str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"])


@pytest.fixture(scope="module")
def council(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("council_answer")
    shutil.copy(ANSWER, folder / ANSWER.name)
    shutil.copy(PLAN, folder / PLAN.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("town_opinions")
    (folder / "nio_iken.txt").write_text(_TOWN, encoding="utf-8")
    shutil.copy(PLAN, folder / PLAN.name)
    return assistant_over(folder)


def test_a_proposal_named_is_the_councils_not_the_plans_initiative(council):
    a = ask(council, "提言４の内容は？")
    assert a.status == "exact" and _numbers(a) == ["4"]
    assert "減免制度の見直し" in a.summary and not any(str(r.get("key", "")).startswith("practice:") for r in a.rows)


def test_a_word_the_proposals_do_not_hold_is_said(council):
    a = ask(council, "提言４の担当課は？")
    assert a.status == "partial" and "担当課" in a.unused


@pytest.mark.parametrize("question, numbers", [
    ("答申で減免に触れている提言は？", ["4"]),
    ("小項目が３つある提言はどれ？", ["1", "3", "4"]),
    ("附帯意見が関係づけられている提言を挙げて", ["1", "2", "3", "6"]),
    ("附帯意見が一つもついていない提言は？", ["4", "5"]),
])
def test_proposals_by_their_points_and_attached_opinions(council, question, numbers):
    a = ask(council, question)
    assert a.status == "exact" and _numbers(a) == numbers


def test_a_follow_up_narrows_the_proposals_answered(council):
    a = ask(council, "小項目が３つある提言は？", "そのうち附帯意見がついているのは？")
    assert _numbers(a) == ["1", "3"]


@pytest.mark.parametrize("question, numbers", [
    ("意見２の内容は？", ["2"]),
    ("小項目が３つある意見は？", ["2"]),
    ("附帯意見がついていない意見は？", ["1"]),
    ("付帯意見が関係づけられている意見は？", ["2", "3"]),
])
def test_another_towns_opinions_in_plain_text(town, question, numbers):
    a = ask(town, question)
    assert a.status == "exact" and _numbers(a) == numbers


def test_meetings_held_as_its_sentence_states(council, town):
    assert ask(council, "審議会は何回開いた？").value == 5
    assert ask(town, "委員会は何回開いた？").value == 3
    # the body's whole name asked, its own 意見書 saying 「本委員会は…計３回の会議を開催し」
    assert ask(town, "鳰沢町行財政改革推進委員会は何回開かれた？").value == 3


def test_meetings_held_of_a_body_naming_itself_by_its_end(tmp_path):
    """made146's 意見書 says 「本委員会は…計５回の会議を開催し」 after its date: the times stated, not the one date."""
    shutil.copy(ROOT / "tests" / "questions" / "made146" / "docs" / "補助金等検討委員会意見書.docx", tmp_path)
    answer = ask(assistant_over(tmp_path), "補助金等検討委員会は何回開かれた？")
    assert answer.value == 5, answer.summary


def test_an_interval_and_a_lead_time_read_from_the_text(council):
    assert ask(council, "使用料と手数料は何年ごとに見直すよう答申されてる？").value == 4
    assert ask(council, "改定内容の周知は施行日の何か月前までにって言われてる？").value == 6


def test_the_signature_names_the_chair(town, council):
    a = ask(town, "委員会の委員長は誰？")
    assert a.value == "川俣 静香"
    # (two 審議会 signed: the plan's and the 答申's — each named, neither taken as the answer)
    b = ask(council, "審議会の会長って誰？")
    assert b.value is None and "日下部 正道" in b.summary and "関根 久修" in b.summary


def test_a_new_conversation_forgets_the_proposals(council):
    ask(council, "小項目が３つある提言は？")
    council.reset()
    council.ask("提言はどれも村の答申？")
    # (the turn count starts again: a follow-up of another conversation is no follow-up of these proposals)
    a = council.ask("そのうち附帯意見がついているのは？")
    assert a.target != "comment" or _numbers(a) != ["1", "3"]


def test_meetings_held_stated_as_deliberations_repeated(tmp_path):
    """made165's 答申 says 「本審議会は…令和６年度中に計５回の審議を重ねた結果」: 重ねた holds them as 開催した does."""
    shutil.copy(ROOT / "tests" / "questions" / "made165" / "docs" / "使用料等審議会答申（R7.3.24）.docx", tmp_path)
    answer = ask(assistant_over(tmp_path), "審議会は令和６年度に何回開かれた？")
    assert answer.value == 5 and answer.status == "search", answer.summary
    other = tmp_path / "other"  # (a second body's report, alone in its index)
    other.mkdir()
    (other / "検討会報告.txt").write_text("外部評価検討会報告\n　本検討会は、委員５名により計３回の協議を重ねた結果、次のとおり報告する。\n",
                                         encoding="utf-8")
    assert ask(assistant_over(other), "検討会は何回開かれた？").value == 3
