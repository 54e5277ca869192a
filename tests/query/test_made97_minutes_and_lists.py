"""鶚ヶ谷市's DX plan (made97's documents, read alone): minutes whose members' turns name the plan's items by code
(「○久慈委員　取組1-(3)-アの…」「○真鍋座長　基本目標２は…」) read as comments on those codes; a table of joint
procurements whose 費用按分方式 prints several shares in one cell (均等割30%+人口割70%), its rows asked as 案件 (the
word its caption joins to 共同調達)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.minutes_turns import turn_comments
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made97" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made97_minutes")
    for name in ("DX推進本部外部アドバイザー会議_議事録.docx", "system_kyodo_chotatsu.html",
                 "鶚ヶ谷市DX推進計画_取組別進捗状況一覧_R7.xlsx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).split(":", 1)[-1] for r in answer.rows)


def test_turns_naming_codes_are_comments() -> None:
    lines = ["令和６年度第２回　○○会議　議事録", "△事務局　ただいまから開会します。",
             "○山田委員　取組1-(3)-アの施設予約ですが、…", "△事務局　検討します。",
             "○佐藤座長　基本目標２は改善しました。", "○山田委員　本日の意見は以上です。",
             "○鈴木委員　地域通貨の取組（3-(1)-イ）が遅れています。"]
    found = {r.key.split(":", 1)[1]: (r.fields["member"], r.fields["member_role"]) for r in turn_comments(lines, "m.docx")}
    assert found == {"1-(3)-ア-1": ("山田", "委員"), "2-1": ("佐藤", "座長"), "3-(1)-イ-1": ("鈴木", "委員")}
    # (a single turn naming a code is no layout of coded turns)
    assert turn_comments(lines[:3], "m.docx") == []


@pytest.mark.parametrize("turns,codes", [
    (("久慈委員が意見を言った取組はどれ？",), ["1-(3)-ア", "2-(1)-ウ", "2-(3)-イ"]),
    (("若狭委員はどの取組について発言してる？",), ["3-(1)-イ", "3-(3)-ウ"]),
])
def test_member_turns_asked(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "comment" and sorted(r["initiative"] for r in answer.rows) == codes, \
        (answer.status, answer.summary)


def test_value_among_shares_in_a_cell(assistant) -> None:
    answer = ask(assistant, "費用按分に人口割が入っている案件は？")
    codes = sorted(str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"])
    assert codes == ["共-01", "共-02", "共-07", "共-10"], (answer.status, answer.summary)
    assert answer.rows_are == "joint_project", answer.rows_are


def test_state_said_now(assistant) -> None:
    answer = ask(assistant, "共同調達で今稼働中のものは何件？")
    assert answer.count == 6, (answer.status, answer.summary)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made97_report")
    name = "鶚ヶ谷市DX推進計画_基本目標別評価報告書_令和7年度.pdf"
    shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.mark.parametrize("question,codes", [
    # 増減 printing ▲ for a cut (its legend: ▲は減額): 「前年度より減額」 is below zero there, the year's budget said
    # before it the column the change is of
    ("令和7年度予算で前年度より減額になったDX関連事業は？", ["2", "5", "8"]),
    # the size of a rise bounded: a bound on the change column (1万千円 = 10,000 in the table's 千円)
    ("増額幅が1万千円を超えてる事業はどれ？", ["4", "6"]),
])
def test_change_column_by_its_words(report, question, codes) -> None:
    answer = ask(report, question)
    got = sorted(str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and got == codes, (answer.status, answer.summary)


def test_follow_up_narrows_the_turns(assistant) -> None:
    # 「そのうち…」 after a member's turns: the turns on the items the list finds, not the list's rows
    answer = ask(assistant, "樋渡委員ってどの取組に意見出してる？", "そのうち市民課が担当してるのは？")
    assert answer.target == "comment" and [r["initiative"] for r in answer.rows] == ["1-(2)-ア"], \
        (answer.status, answer.summary)
