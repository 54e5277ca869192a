"""Questions over a plan report whose parts stand in an order of its own (the workbook of
tests/kinds/test_plan_report_parts_any_order.py: years in 和暦 oldest first, the committee a 協議会):
asked in the western calendar, by the committee's own name, and about words of the remarks that are
also words of a practice item's title."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_parts_any_order import _workbook


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts")
    (folder / "南山町_評価報告書.xlsx").write_bytes(_workbook(western=False))
    summary = build_index([folder], folder / "gyokaku.db")
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(folder / "gyokaku.db"))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("実践項目で2020年度にA評価だったのは？", ["1"]),
    ("令和3年度にAの実践項目", ["N1"]),
    ("取組項目で協議会の評価が3.5以上なのは？", ["1"]),
    # 財政 inside the plan's name (行財政改革大綱) names the plan, not a theme
    ("南山町の行財政改革大綱で令和2年度に終了した実践項目は？", ["1"]),
])
def test_asked_in_either_calendar_and_by_the_committee_s_name(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == codes


def test_remarks_about_words_of_a_practice_title(assistant):
    # 「時間外勤務」 reads as practice item N1 (時間外勤務の削減), which no remark can be scoped by: the
    # remarks holding the words are asked for, never every remark with the condition dropped.
    assistant.reset()
    answer = assistant.ask("委員の意見で時間外勤務について言っているのは？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [r["key"] for r in answer.rows] == ["comment:2-1"]


_NEWS = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>北野市 市民協働ニュース Vol.2</title></head>
<body>
<h1>北野市 市民協働ニュース Vol.2</h1>
<h2>時間外勤務を減らす働き方講座を開催します</h2>
<p>申込期間：2025年6月2日（月）～2025年6月20日（金）</p>
<p>会場：市役所本庁舎3階 会議室</p>
<h2>協働推進リーダー研修を開催しました</h2>
<dl><dt>開催日時</dt><dd>2025年5月12日（月）</dd><dt>参加者</dt><dd>24名</dd></dl>
</body></html>
"""


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two_cities")
    (folder / "南山町_評価報告書.xlsx").write_bytes(_workbook(western=False))
    (folder / "北野市_ニュース.html").write_text(_NEWS, encoding="utf-8")
    # another town's report, whose initiative 2 is titled with the same words (効率化) at more length
    (folder / "北山町_評価報告書.xlsx").write_bytes(_workbook(western=True, town="北山町", titles={"2": "窓口事務の効率化の推進"}))
    summary = build_index([folder], folder / "gyokaku.db")
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(folder / "gyokaku.db"))


def test_words_of_another_city_s_title_are_sought_in_the_city_named(two_cities):
    # 「時間外勤務」 reads as 南山町's practice item 時間外勤務の削減; 北野市's documents hold no practice
    # item, so the words are looked for there with the issue asked, not answered as 「no practice item」.
    two_cities.reset()
    answer = two_cities.ask("北野市の協働ニュースVol.2で、時間外勤務の講座の申込みはいつまで？")
    assert "実践項目" not in answer.caveat, answer.summary
    assert any(c["field"] == "@issue" if isinstance(c, dict) else c.field == "@issue" for c in answer.understood)
    assert answer.excerpts and answer.excerpts[0]["source"] == "北野市_ニュース.html"


def test_a_title_said_in_part_is_the_one_of_the_town_named(two_cities):
    # 「効率化の取組項目」 is part of 南山町's 事務の効率化 and of 北山町's 窓口事務の効率化の推進: the town
    # named says which (without it the words were left unused and every practice item answered).
    two_cities.reset()
    answer = two_cities.ask("南山町の効率化の取組項目にある実践項目は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [(r["code"], r["source"]) for r in answer.rows] == [("N1", "南山町_評価報告書.xlsx")]


@pytest.fixture(scope="module")
def unread(tmp_path_factory):
    """The edition with one initiative's remarks left out: recognised as a plan report, not readable as one."""
    folder = tmp_path_factory.mktemp("unread")
    (folder / "南山町_評価報告書.xlsx").write_bytes(_workbook(western=False, silent="2"))
    summary = build_index([folder], folder / "gyokaku.db")
    assert [d["kind"] for d in summary.documents] == ["generic"]
    return Assistant(open_index(folder / "gyokaku.db"))


@pytest.mark.parametrize("question", ["総合評価がCのものは？", "南山町の実践項目で総合評価がCのものは？"])
def test_a_report_its_kind_could_not_read_answers_with_a_caveat(unread, question):
    # Its tables still answer (the row is there), but never with the confidence of the kind's reading:
    # the answer says the document was not read as a plan report, and why.
    unread.reset()
    answer = unread.ask(question)
    assert [r.get("number") for r in answer.rows] == ["2"]
    assert answer.status == "partial"
    assert "として読めなかった" in answer.caveat and "取組項目2の委員の意見" in answer.caveat
