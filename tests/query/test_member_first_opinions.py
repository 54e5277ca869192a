"""A report whose parts each open with a record's code (「１０１－０３　…事業」) and list the members' opinions as
bullets naming the member first (「・Ａ委員　…」, under 【委員意見】): each bullet is that member's comment on the code
(kinds/generic/opinion_bullets.py); 「ＡとＥの両方が」 asks the records both commented on (query/members_all.py);
the parts and the report's own table rows are keyed by the codes (query/commented_records.py); a roster naming its
members by letter (Ａ委員) keys its rows by them (tables/read.py); a sentence's cell holds each year it names."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made103" / "docs"

_OTHER = """令和６年度 蛍ヶ丘町行政評価委員会 報告書

１　委員名簿

委員\t区分\t出席回数
Ｆ委員\t学識経験者\t3回
Ｇ委員\t町民公募\t2回
Ｈ委員\t町民公募\t3回

２　事業別の意見

12-1　子育て応援券事業（福祉課）

【委員の意見】
・Ｆ委員　利用率が低い理由を分析すべきである。
・Ｈ委員　応援券の対象店舗を広げてほしい。
【町の方針】
　令和６年度に対象店舗の公募を行う。

12-4　図書館電子書籍事業（生涯学習課）

【委員の意見】
・Ｇ委員　貸出数が伸びていない。
【町の方針】
　令和７年度に見直しを行う。

31-2　町営バス運行事業（企画課）

【委員の意見】
・Ｆ委員　利用の少ない便を減らすべきである。
・Ｈ委員　高齢者の通院の足として必要である。
【町の方針】
　路線の見直しを検討し、令和８年度から新ダイヤとする。
"""


def _codes(answer) -> list[str]:
    out = []
    for r in answer.to_dict()["rows"]:
        kind, _, code = str(r.get("key", "")).partition(":")
        code = code.rpartition("-")[0] if kind == "comment" else code
        out.append(code.replace("－", "-"))
    return sorted(set(out))


@pytest.fixture(scope="module")
def made103(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made103_opinions")
    shutil.copy(DOCS / "gaibu_hyoka_houkoku_R7.docx", folder / "gaibu_hyoka_houkoku_R7.docx")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("hotarugaoka_opinions")
    (folder / "hotarugaoka_hyoka.txt").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_member_first_bullets_are_comments(made103, other_town):
    a = ask(made103, "Ｃ委員が意見を述べた事業は？")
    assert a.target == "comment" and a.status == "exact"
    assert _codes(a) == ["102-03", "201-01", "302-03", "304-02", "503-01"]
    a = ask(other_town, "Ｈ委員が意見を述べた事業は？")
    assert _codes(a) == ["12-1", "31-2"]


def test_both_members_commented(made103, other_town):
    a = ask(made103, "Ａ委員とＥ委員の両方が意見を出している事業")
    assert a.status == "exact" and _codes(a) == ["102-03", "203-03", "404-01"]
    a = ask(other_town, "Ｆ委員とＨ委員の両方が意見を出している事業")
    assert a.status == "exact" and _codes(a) == ["12-1", "31-2"]


def test_parts_keyed_by_code_and_year_in_a_sentence(made103):
    a = ask(made103, "市の対応方針で、令和８年度に何か対応するとしている事業は？")
    assert _codes(a) == ["101-03", "203-03", "404-01"]


def test_roster_by_letter(made103):
    a = ask(made103, "外部評価委員のうち、市民公募の委員は誰？")
    assert _codes(a) == ["C委員", "E委員"]


def test_roster_by_letter_other_town(other_town):
    a = ask(other_town, "委員のうち、町民公募の委員は誰？")
    assert _codes(a) == ["G委員", "H委員"]


def test_mark_asked_after_a_comma(tmp_path):
    from tests.conversation_helpers import assistant_over as over

    shutil.copy(DOCS / "jimujigyo_hyoka_R7.xlsx", tmp_path / "jimujigyo_hyoka_R7.xlsx")
    a = ask(over(tmp_path), "事務事業評価の評価区分で、Ｃってどういう意味だっけ？")
    assert a.status == "exact" and "見直しが必要" in str(a.value)
