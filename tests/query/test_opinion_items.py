"""An opinion paper handed to the mayor (a letter's head over its title): its numbered opinions under
「個別意見」 are read as the rows of a table whose 意見 is their paragraph, so 「デジタル化についての意見」
and 「公民館の統廃合に触れてるところ」 find the opinion; the committee said shortened (行革委員会) is
the one the file is of."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.generic import loader as generic
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAPER = """令和7年2月18日
白浜市長　様
白浜市行政改革推進委員会 委員長 山田 太郎

白浜市行政改革の推進に関する意見書

本委員会は、実施計画の令和6年度実績について審議を行った。その結果を踏まえ、下記のとおり意見を申し述べる。

1　総括的意見

実施計画10項目のうち、目標を達成したものは4項目であった。

2　個別意見

(1)　財政基盤の強化について

市税の収納率は目標を上回ったことを評価する。未利用地の売却は1件にとどまった。

(2)　デジタル化の推進について

電子申請の手続数は増えた。今後は利用率を指標に加えられたい。

(3)　公共施設の最適化について

公民館の統廃合は地域説明会の遅れにより目標の半分となった。合意形成を丁寧に進めることを求める。

(4)　人材育成について

副業人材の登用は2人にとどまっており、受入体制の整備を図られたい。

(5)　次期大綱の策定に向けて

第6次大綱では、成果指標を市民満足度など成果に近いものとするよう提言する。

3　おわりに

行政改革は不断の取組である。
"""


def test_a_letters_head_is_no_title() -> None:
    doc = generic.parse(PAPER, "p.txt")
    assert doc.records[0].fields["title"] == "白浜市行政改革の推進に関する意見書"


PLAN = """白浜市第5次行政改革大綱 実施計画 令和6年度実績報告

No.\t取組項目\t担当課\t評価
1\t市税の収納率向上\t収納課\tA
2\t未利用地の売却\t管財課\tC
3\t電子申請の拡充\tDX推進課\tA
4\t公民館の統廃合\t生涯学習課\tC
5\t副業人材の登用\t人事課\tB
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("shirahama_opinions")
    (folder / "白浜市_行政改革推進委員会_意見書_令和7年2月.txt").write_text(PAPER, encoding="utf-8")
    (folder / "白浜市_実施計画_実績報告.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question,title", [
    ("白浜市の行革推進委員会の意見書で、デジタル化についてはどんな意見？", "デジタル化の推進について"),
    ("白浜市の意見書で公民館の統廃合に触れてるところ", "公共施設の最適化について"),
    ("白浜の行革委員会の意見で、副業人材について言ってる意見は？", "人材育成について"),
])
def test_an_opinion_found_by_what_it_is_about(assistant, question, title):
    assistant.reset()
    answer = assistant.ask(question)
    assert (answer.status, answer.count) == ("exact", 1), answer.summary
    assert title in answer.summary


def test_the_paper_asked_when_it_was_issued(assistant):
    """「行革委員会の意見書っていつ出された」: the paper itself, its opening lines (its date)."""
    assistant.reset()
    answer = assistant.ask("白浜市の行革委員会の意見書っていつ出されたもの？")
    assert "令和7年2月18日" in answer.summary and answer.status == "search"


def test_a_count_the_paper_states_of_another_thing_is_no_count_of_a_grade(assistant):
    """「実施計画10項目」 stated in the paper counts every measure; 「評価Cの取組は何件」 counts the rows graded C."""
    assistant.reset()
    answer = assistant.ask("白浜の実施計画、評価Cの取組って何件ある？")
    assert (answer.status, answer.value) == ("exact", 2), answer.summary


def test_the_stated_count_read_for_a_grade_is_one_of_that_grade(assistant):
    """The stated counts (facts.py) offer no count for 「評価Cの取組」 when the one found (実施計画 10項目)
    is not of grade C: the table's rows answer."""
    from assistant.query import facts

    question = "白浜の実施計画、評価Cの取組って何件ある？"
    docs = {r[0]: (r[1], r[2]) for r in assistant.db.execute("SELECT source, title, sha256 FROM documents")}
    found = facts._count_fact(assistant.db, question, facts._key(question), {"count_fact"}, set(docs), docs, True)
    assert found is None or "C" in found.answer.summary, found.answer.summary


def test_a_part_asked_for_by_the_words_it_holds(assistant):
    """「次の大綱に向けた提言の部分」 of 「次期大綱の策定に向けて」 (…提言する): the one opinion holding every
    word said, read with a note; words spread over two opinions find none."""
    assistant.reset()
    answer = assistant.ask("白浜市の意見書の、次の大綱に向けた提言の部分を見せて")
    assert (answer.status, answer.count) == ("exact", 1) and "次期大綱の策定に向けて" in answer.summary
    assert any("をすべて含む行として" in n for n in answer.notes)
    assistant.reset()
    answer = assistant.ask("白浜市の意見書の、大綱と公民館の部分を見せて")
    assert answer.status != "exact" or answer.count != 1
