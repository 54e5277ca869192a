"""「令和5年度にＤ評価の法人に対する審議会の意見は？」「方針が「廃止」の法人についての意見は何件？」: opinions whose bracket
lists the records they are on (【意見２】（対象法人：11 …・12 …）), joined with the records of another document's table
that a condition picks (cited_records.py). An opinion on several records is on each; a condition after the opinions
(「…への意見のうち、区分が【要望】のもの」) narrows them by the class printed with them. Over a made town's papers
(its town, bodies and opinions are made up)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

OPINIONS = """霧島台町出資法人経営審議会 出資法人の経営状況に関する意見（令和５年度）

１　はじめに
本審議会は、町が出資する法人の経営状況について審議を行い、次のとおり意見をまとめた。

２　法人ごとの意見

【意見１】（対象法人：11 霧島台観光公社）【指摘】
宿泊施設の稼働率が低く、料金体系の見直しを急ぐべきである。

【意見２】（対象法人：11 霧島台観光公社・12 霧島台物産センター）【要望】
両法人の統合に向けて、事務の共通化を早期に進められたい。

【意見３】（対象法人：13 霧島台農業振興会）【評価】
直売所の売上げが伸びており、自主財源の確保が進んでいる。

【意見４】（対象法人：14 霧島台温泉開発）【要望】
源泉の維持管理費の見通しを示されたい。

【意見５】（対象法人：12 霧島台物産センター）【指摘】
在庫の評価損が続いており、仕入れの管理を改めるべきである。

【意見６】（対象法人：15 霧島台文化財団）【評価】
公演の入場者数が回復し、収支が改善した。
"""

TABLE = """番号,法人名,令和４年度評価,令和５年度評価,今後の方針
11,霧島台観光公社,Ｃ,Ｄ,統合
12,霧島台物産センター,Ｂ,Ｃ,統合
13,霧島台農業振興会,Ｂ,Ｂ,存続
14,霧島台温泉開発,Ｃ,Ｄ,廃止
15,霧島台文化財団,Ａ,Ａ,存続
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("opinions_on_records")
    (folder / "霧島台町出資法人経営審議会意見.txt").write_text(OPINIONS, encoding="utf-8")
    (folder / "霧島台町出資法人の評価と方針.csv").write_text(TABLE, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _numbers(answer) -> set[str]:
    return {str(r.get("initiative")) for r in answer.rows}


def test_opinions_on_the_records_a_grade_picks(town):
    town.reset()
    answer = town.ask("令和5年度にＤ評価の法人に対する審議会の意見は？")
    assert answer.status == "exact", answer.summary
    assert _numbers(answer) == {"1", "2", "4"}, answer.summary


def test_opinions_on_the_records_a_policy_picks_counted(town):
    town.reset()
    answer = town.ask("方針が「存続」になってる法人についての意見は何件？")
    assert answer.status == "exact", answer.summary
    assert _numbers(answer) == {"3", "6"} and answer.count == 2, answer.summary


def test_opinions_on_the_records_narrowed_by_their_class(town):
    town.reset()
    answer = town.ask("統合予定の法人への意見のうち、区分が【要望】のもの")
    assert answer.status != "exact" or _numbers(answer) == {"2"}, answer.summary


MEETING = """令和５年度 霧島台町公共施設マネジメント検討部会 意見の概要

【意見１】（要望）　関連施策：Ｂ－２
集会所の予約をオンラインでできるようにしてほしい。

【意見２】（評価）　関連施策：Ａ－１
体育館の照明のＬＥＤ化で光熱費が下がった。

【意見３】（要望）　関連施策：－
施設の案内表示を統一してほしい。

【意見４】（要望）　関連施策：Ａ－３
プールの休館日を利用者に早めに知らせてほしい。

【意見５】（指摘）　関連施策：Ｂ－２
集会所の鍵の受け渡しに手間がかかっている。
"""

ACTIONS = """施策番号,施策名,担当課,令和５年度評価
A-1,体育館の省エネ改修,スポーツ課,○
A-2,図書館の開館時間延長,生涯学習課,△
A-3,プールの運営見直し,スポーツ課,△
B-1,公民館の統合,企画課,×
B-2,集会所予約の電子化,企画課,○
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("class_cited")
    (folder / "公共施設マネジメント検討部会 意見の概要.txt").write_text(MEETING, encoding="utf-8")
    (folder / "霧島台町公共施設マネジメント施策の評価.csv").write_text(ACTIONS, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_records_the_opinions_of_a_class_cite(council):
    """「検討部会で要望が出た施策はどれ？」: the 施策 cited by opinions printed 【要望】 (the one with 関連 「－」 on none)."""
    council.reset()
    answer = council.ask("検討部会で要望が出た施策はどれ？")
    assert answer.status == "exact", answer.summary
    items = {str(r.get("key")).split(":", 1)[1].split("@")[0].upper().replace("-", "") for r in answer.rows
             if not str(r.get("key")).startswith("comment:")}
    cited = {str(r.get("initiative")) for r in answer.rows if str(r.get("key")).startswith("comment:")}
    assert "3" not in cited and "5" not in cited, answer.summary
    assert "B-2" in answer.summary and "A-3" in answer.summary and "A-1" not in answer.summary, answer.summary


def test_opinions_shown_narrowed_to_those_on_a_kind(council):
    """「そのうち施策に関するものは？」 after the 要望 opinions: those whose 関連 is a 施策番号 (not the one on none)."""
    council.reset()
    first = council.ask("要望の意見を全部")
    assert first.status == "exact" and {str(r.get("initiative")) for r in first.rows} == {"1", "3", "4"}, first.summary
    answer = council.ask("そのうち施策に関するものは？")
    assert answer.status == "exact", answer.summary
    assert {str(r.get("initiative")) for r in answer.rows} == {"1", "4"}, answer.summary
