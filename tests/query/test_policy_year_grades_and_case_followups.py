"""A committee's paper grading each 基本方針 once a year (「令和７年度評価：Ａ（概ね順調）」) with its members' opinions led
by their names (「三田村委員：…」), beside a record of visits to other towns (【事例１　東浦市（北浦県）】). The policies
are the plan's initiatives, each year's grade theirs; an opinion is its member's; a follow-up on the cases that says
what they do (「人事評価の取組をしている」) stays on the cases. Indexed for real; the town and the names are made up."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAPER = """\
川辺町第３次人材育成基本方針の推進状況に関する評価書（令和７・８年度）

令和９年５月２６日
川辺町人材育成推進委員会

１　評価の方法

基本方針ごとに次の４段階で評価を行った。
Ｓ（順調）／Ａ（概ね順調）／Ｂ（やや遅れ）／Ｃ（遅れ）

２　基本方針ごとの評価

基本方針Ⅰ　求められる職員像の共有

令和７年度評価：Ａ（概ね順調）
令和８年度評価：Ａ（概ね順調）
＜委員の主な意見＞
三田村委員：説明会の参加者が減少している。動画配信を検討されたい。
能登委員：接遇研修の内容を見直す必要がある。

基本方針Ⅱ　人事制度の効果的な運用

令和７年度評価：Ｂ（やや遅れ）
令和８年度評価：Ｂ（やや遅れ）
＜委員の主な意見＞
早川委員：人事評価の納得度が下がっている。面談を充実されたい。
三田村委員：テレワークなど柔軟な働き方の整備が欠かせない。

３　総括

全体としてはＡ（概ね順調）と評価する。
"""

VISITS = """\
先進地ヒアリング記録
作成：川辺町総務課

【事例１　東浦市（北浦県）】
■取組の概要
・新規採用職員にメンター制度を導入。
■本町への示唆
・本町でも検討する価値がある。

【事例２　西岡町（南浜県）】
■取組の概要
・人事評価の結果を全職員に開示し、面談を実施。
■本町への示唆
・納得度の改善に参考になる。

【事例３　南里村（南浜県）】
■取組の概要
・ｅラーニングを全職員が受講できるようにした。
■本町への示唆
・研修の再開方策として参考になる。

以上
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("policy_year_grades")
    (folder / "hyoka.txt").write_text(PAPER, encoding="utf-8")
    (folder / "hearing.txt").write_text(VISITS, encoding="utf-8")
    return assistant_over(folder)


def test_a_policy_graded_in_one_year(assistant):
    answer = ask(assistant, "委員会の評価で、R8にＢだった基本方針は？")
    assert [r["key"] for r in answer.rows] == ["initiative:II"], answer.summary


def test_a_members_opinions_counted(assistant):
    answer = ask(assistant, "三田村委員の意見は全部で何件？")
    assert answer.count == 2, answer.summary
    answer = ask(assistant, "テレワークに触れた委員意見は、どの方針についてのもの？")
    assert [r["key"] for r in answer.rows] == ["comment:II-2"], answer.summary


def test_a_followup_on_cases_saying_what_they_do(assistant):
    answer = ask(assistant, "南浜県の事例を教えて", "その中で人事評価の取組をしているところは？")
    assert answer.target == "case_study" and [r["code"] for r in answer.rows] == ["2"], answer.summary
