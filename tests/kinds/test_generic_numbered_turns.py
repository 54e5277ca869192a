"""Minutes whose opinions open with their own number and speaker (「【1-1】委員長：…」 under 「第１回 …委員会」): comments
keyed by that number with member, role and meeting (generic/numbered_turns.py), asked by member (「委員Aが出した意見」),
by role (「委員長の意見」), by meetings from one on (「第２回以降」) and by words. A table going on after a page break under
「（前頁からの続き）」 is one table (structure.py). Over made151's docx and pdf, and a second paper of another layout."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
M151 = ROOT / "tests" / "questions" / "made151" / "docs"

# (a second paper: square brackets, 会長 and members by surname, meetings as 「第1回会議」, a text minutes)
OTHER = """白鷺台市 行政改革懇話会 会議録（要旨）

第1回会議
開催日：令和7年5月20日
［1-1］会長：窓口のオンライン化を優先して進めるべきである。
［1-2］佐藤委員：公共施設の統廃合は住民への説明を丁寧にしてほしい。

第2回会議
開催日：令和7年9月2日
［2-1］会長：補助金の見直し基準を公表すべきである。
［2-2］佐藤委員：指定管理の評価結果を住民に周知してほしい。
［2-3］田中委員：職員の研修を充実させるべきである。
"""


def _codes(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2].rsplit("-", 1)[0].replace("－", "-") for r in answer.to_dict()["rows"]}


@pytest.fixture(scope="module")
def made151(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m151")
    for name in ("03_組織検討委員会議事要旨（第1回～第3回）.docx", "02_組織機構改革の概要.pdf"):
        shutil.copy(M151 / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other")
    (folder / "懇話会会議録.txt").write_text(OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_numbered_opinions_are_comments_of_their_member_and_meeting(made151) -> None:
    member = ask(made151, "委員Aが出した意見を全部")
    assert member.status == "exact" and _codes(member) == {"1-2", "2-2", "3-4"}, member.summary
    chair = ask(made151, "委員長の意見はいくつ？")
    assert chair.count == 3, chair.summary
    later = ask(made151, "委員Bの意見は？", "そのうち第２回以降のもの")
    assert later.status == "exact" and _codes(later) == {"2-3", "3-5"}, later.summary
    word = ask(made151, "周知について触れた意見を教えて")
    assert _codes(word) == {"2-3", "3-3"}, word.summary


def test_a_table_goes_on_under_its_continued_note(made151) -> None:
    grown = ask(made151, "改編後に職員数が増える部は？")
    assert grown.status == "exact" and _codes(grown) == {"総務部", "こども未来部"}, grown.summary


def test_another_layout_of_numbered_opinions(other) -> None:
    chair = ask(other, "会長の意見")
    assert _codes(chair) == {"1-1", "2-1"}, chair.summary
    second = ask(other, "第2回以降に出た意見")
    assert _codes(second) == {"2-1", "2-2", "2-3"}, second.summary
    word = ask(other, "周知に触れた意見")
    assert _codes(word) == {"2-2"}, word.summary


# (a third layout: the number in 〔 〕, the speaker in 【 】, maybe the record cited in ［ ］ before the words, the
# secretariat's reply in the paragraph below; another town's water board, its own codes)
BRACKETED = """柚木沢村 水道事業運営協議会 審議の記録

第1回
〔1-1〕【委員】漏水調査の範囲を広げるべきではないか。
　　【事務局】来年度から調査区域を拡大します。
〔1-2〕【委員】［関連工事 水-3-07］配水池の耐震化は急ぐべきである。
　　【事務局】工期の前倒しを検討します。

第2回
〔2-1〕【会長】料金体系の見直しについて住民説明会を開いてほしい。
　　【事務局】各地区で説明会を開催します。
〔2-2〕【委員】［関連工事 水-1-02］老朽管の更新計画を公表してほしい。
　　【事務局】計画の公表時期を検討します。
〔2-3〕【委員】検針のデジタル化は費用対効果を示してほしい。
　　【事務局】試行結果をまとめて報告します。
"""


@pytest.fixture(scope="module")
def bracketed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bracketed")
    (folder / "運営協議会審議記録.txt").write_text(BRACKETED, encoding="utf-8")
    return assistant_over(folder)


def test_bracketed_opinions_citing_records_with_replies(bracketed) -> None:
    second = ask(bracketed, "第2回の協議会で出た意見")
    assert _codes(second) == {"2-1", "水-1-02", "2-3"}, second.summary
    uncited = ask(bracketed, "特定の工事番号を挙げていない意見は何件？")
    assert uncited.count == 3, uncited.summary
    answered = ask(bracketed, "事務局が「検討します」と回答した意見は？")
    assert _codes(answered) == {"水-3-07", "水-1-02"}, answered.summary
    word = ask(bracketed, "説明会に触れた意見")
    assert _codes(word) == {"2-1"}, word.summary
