"""A plain-text newsletter issue whose call for proposals prints its dates after labels set off by a
wide space (「募集期間　2025年1月6日（月）～2025年2月14日（金）」) under a ◆ heading inside the issue: each is a
dated event named by that heading, and 「締切はいつ」 is the end of the one period among them (not the
day of the briefing). The town and its newsletter are made up."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ISSUE = """西原町 市民協働だより 第8号
発行：西原町 市民協働推進課

◆協働事業についてのQ&A
いただいた質問　個人でも申請できますか？
回答　3人以上の団体が対象です。

◆令和7年度 まちづくり協働事業の提案を募集します
募集期間　2025年4月7日（月）～2025年5月30日（金）
説明会　2025年4月19日（土）10:00～ 西原町中央公民館
問合せ先　市民協働推進課

◆モデル事業の紹介
事業名　川辺の花いっぱい運動
実施団体　川辺地区まちづくり協議会
担当部署　市民協働推進課
"""


def test_the_dates_after_a_wide_space_are_events_of_their_heading():
    doc = registry.parse(ISSUE, "nishihara_news8.txt")
    assert doc.kind == "newsletter"
    events = [r.fields for r in doc.records if r.kind == "event"]
    assert [(e["what"], e["date_from"], e["date_to"]) for e in events] == [
        ("募集期間", "2025-04-07", "2025-05-30"), ("説明会", "2025-04-19", "2025-04-19")]
    assert {e["title"] for e in events} == {"令和7年度 まちづくり協働事業の提案を募集します"}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("newsletter_dates")
    (folder / "西原町_市民協働だより_第8号.txt").write_text(ISSUE, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_deadline_is_the_end_of_the_period(assistant):
    assistant.reset()
    answer = assistant.ask("西原町の市民協働だよりで、まちづくり協働事業の提案の締切はいつ？")
    assert (answer.status, answer.value) == ("exact", "2025-05-30"), answer.summary
