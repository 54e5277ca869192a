"""A made-up town's committee paper on the facilities it runs (no set's words or codes): opinions 【意見１】… each with a
bracket naming the facility it is on by a number no record keys (「（対象施設：03 青葉台体育館）」) and the paper's tag
【要望】, then the opinions on every facility as a table going on with the numbering (意見番号 │ 区分 │ 意見, ６・７)
under its heading. The tabled opinions are comments too (「利用料金に触れてる意見」), and 「体育館について出た意見」 is the
opinions whose bracket names it — not the paper's item naming it."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PAPER = """指定管理施設の運営に関する意見書

令和８年２月３日
楢崎町長　様
楢崎町指定管理者評価委員会

１　はじめに

　本委員会は、令和７年度に４回の会議を開き、指定管理施設の運営状況を審議した。

２　施設ごとの意見

【意見１】（対象施設：01 楢崎町民会館）【評価】
　自主事業の参加者数が増えており、運営は良好である。
【意見２】（対象施設：02 楢崎町図書館・03 青葉台体育館）【要望】
　両施設の開館時間を揃え、利用者に分かりやすく周知されたい。
【意見３】（対象施設：03 青葉台体育館）【指摘】
　設備の更新計画が示されておらず、早急に作成すべきである。
【意見４】（対象施設：04 楢崎温水プール）【指摘】
　利用料金の減免の基準が不明確である。
【意見５】（対象施設：05 郷土資料室）【要望】
　展示替えの回数を増やされたい。

３　施設全般に対する意見

意見番号\t区分\t意見
６\t要望\t利用料金の改定にあたっては、近隣町の水準を踏まえられたい。
７\t指摘\t指定管理者の選定手続の透明性を高めるべきである。

４　委員名簿

役職\t氏名\t所属等
委員長\t川島 透\t大学教員
委員\t野口 春香\t税理士
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("numbered_opinions_tabled")
    (folder / "指定管理施設の運営に関する意見書.txt").write_text(PAPER, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("利用料金に触れてる意見", ["comment:4-1", "comment:6-1"]),
    ("青葉台体育館について出た意見は？", ["comment:2-1", "comment:3-1"]),
])
def test_tabled_and_bracketed_opinions_are_comments(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)


@pytest.mark.parametrize("question,keys", [
    # (the bracketed tag of a numbered opinion and the 区分 column of the table going on with them are one class)
    ("委員会の意見で【指摘】になってるのは？", ["comment:3-1", "comment:4-1", "comment:7-1"]),
    ("要望の意見を出して", ["comment:2-1", "comment:5-1", "comment:6-1"]),
])
def test_opinions_by_the_papers_own_class(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)
