"""Layouts read as the records they hold, whatever town prints them:
- a table whose column lists the municipalities taking part (「椿市、柊町、楓村」), asked by the table's own word for
  its rows (協定 of 協定番号): its rows are joint projects; a table of no such column keeps table_row;
- minutes' opinions as paragraphs opening with the member in brackets (【委員A】…) naming records by code: comments
  of those codes, the member's role from the members' table (委員長, 社会保険労務士 said 社労士), and the
  secretariat's reply (（事務局）…) asked after one;
- a collection of cases headed by their places (■ 県市（施設）) with labelled facts: case studies, their 種別 the
  topic, their 導入年度 the year bounded (「令和2年度以降に導入した事例」), a ratio asked of one read from its text."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_AGREEMENTS = """<html><head><title>公共施設相互利用協定一覧｜椿市</title></head><body><h1>公共施設相互利用協定一覧</h1>
<table><tr><th>協定番号</th><th>対象施設</th><th>参加市町</th><th>幹事市町</th><th>締結年度</th></tr>
<tr><td>協-1</td><td>体育館</td><td>椿市、柊町、楓村</td><td>椿市</td><td>平成29年度</td></tr>
<tr><td>協-2</td><td>図書館</td><td>椿市、柊町</td><td>柊町</td><td>令和2年度</td></tr>
<tr><td>協-3</td><td>プール</td><td>椿市、楓村</td><td>椿市</td><td>令和4年度</td></tr>
</table></body></html>"""

_HALLS = """<html><head><title>椿市 施設一覧</title></head><body><h1>椿市 施設一覧</h1>
<table><tr><th>施設番号</th><th>施設名</th><th>所管課</th><th>建築年度</th></tr>
<tr><td>F-1</td><td>中央公民館</td><td>生涯学習課</td><td>昭和55年度</td></tr>
<tr><td>F-2</td><td>市民体育館</td><td>スポーツ課</td><td>平成3年度</td></tr>
<tr><td>F-3</td><td>北部図書館</td><td>生涯学習課</td><td>平成20年度</td></tr>
</table></body></html>"""

_MINUTES = "\n".join([
    "令和6年度 椿市施設評価委員会 会議録",
    "出席委員",
    "",
    "記号\t氏名\t選出区分\t役職",
    "委員A\t山田 一郎\t学識経験者\t委員長",
    "委員B\t佐藤 花子\t公認会計士\t副委員長",
    "委員C\t鈴木 次郎\t社会保険労務士\t－",
    "",
    "委員意見及び事務局回答",
    "【委員A】施-02（市民体育館）は利用者が減っている。広報を強化してほしい。",
    "（事務局）令和7年度に広報計画を見直します。",
    "【委員B】施-03（北部図書館）と施-02（市民体育館）は光熱費が増えている。精算の仕組みを定めるべきである。",
    "（事務局）協定に精算条項を設けます。",
    "【委員C】施-01（中央公民館）では職員の残業が多い。労働条件を審査で重視されたい。",
    "（事務局）審査基準の配点を見直します。",
    "以上",
])

_CASES = "\n".join([
    "他自治体における施設運営の好事例集",
    "",
    "■ 東山県桜台町（桜台町体育館）",
    "　施設種別：スポーツ施設",
    "　導入年度：平成30年度",
    "　取組と効果：",
    "　　夜間の開館を延長し、利用者数は約1.4倍に増加した。",
    "",
    "■ 西川県梅原市（梅原市立図書館）",
    "　施設種別：図書館",
    "　導入年度：令和2年度",
    "　取組と効果：",
    "　　開館日数を拡大し、貸出冊数は導入前の2.3倍となった。",
    "",
    "■ 東山県松野村（道の駅まつの）",
    "　施設種別：観光施設",
    "　導入年度：令和3年度",
    "　取組と効果：",
    "　　直売所を拡充し、利用者満足度は70.0％から85.5％へ15.5ポイント上昇した。",
])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("member_towns")
    (folder / "agreements.html").write_text(_AGREEMENTS, encoding="utf-8")
    (folder / "halls.html").write_text(_HALLS, encoding="utf-8")
    (folder / "minutes.txt").write_text(_MINUTES, encoding="utf-8")
    (folder / "cases.txt").write_text(_CASES, encoding="utf-8")
    return assistant_over(Path(folder))


def _keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.to_dict()["rows"])


def test_rows_listing_member_towns_asked_by_their_word_are_joint_projects(town):
    assert _keys(ask(town, "椿市が幹事の協定は？")) == ["joint_project:協-1", "joint_project:協-3"]
    assert _keys(ask(town, "楓村が入っていない協定は？")) == ["joint_project:協-2"]


def test_a_table_of_no_member_towns_keeps_its_rows(town):
    assert all(k.startswith("table_row:") for k in _keys(ask(town, "所管課が生涯学習課の施設は？")))


def test_bracketed_member_turns_are_comments_of_the_codes_they_name(town):
    chair = ask(town, "委員長が意見を述べた施設はどれ？")
    assert _keys(chair) == ["comment:施－02-1"]
    assert _keys(ask(town, "社労士の委員はどの施設について意見を言ってる？")) == ["comment:施－01-1"]
    assert _keys(ask(town, "公認会計士の委員が触れた施設を全部挙げて")) == ["comment:施－02-2", "comment:施－03-1"]


def test_the_reply_to_a_member_turn_asked_after_it(town):
    reply = ask(town, "中央公民館について委員会で何か指摘あった？", "それに対して事務局はどう答えてる？")
    assert "配点" in reply.summary


def test_cases_headed_by_their_places(town):
    library = ask(town, "図書館の好事例は？")
    assert library.target == "case_study" and [r.get("places") for r in library.rows] == [["西川県", "梅原市"]]
    since = ask(town, "令和2年度以降に導入した好事例はどこ？")
    assert sorted(p for r in since.rows for p in r.get("places") or [] if p.endswith(("市", "町", "村"))) == ["松野村", "梅原市"]


def test_a_ratio_asked_of_a_case_is_read_from_its_text(town):
    assert ask(town, "道の駅まつのの利用者満足度は何ポイント上がった？").value == 15.5
