"""A review committee's verdicts on projects (verdict_table.py): one table of projects under a two-row header whose
block of members' votes holds the legend's abbreviations, the verdict a word of the legend (maybe marked ※), the
header printed again after a page break, and an opinion per project under 「【番号】…」: read by their shape."""
from __future__ import annotations

import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

_HEAD = "施策番号\t施策名\t担当課\t事業費(千円)\t委員ごとの評決\t\t\t結論\n\t\t\t\t青木\t井上\t上田"
PAPER = f"""令和13年度 湖畔町 事業点検委員会 点検結果
（凡例）継＝継続、改＝改善、止＝休止
{_HEAD}
71\t町営バス運行事業\t交通課\t12,000\t改\t改\t継\t改善
72\t子育て相談事業\t子育て課\t3,500\t継\t継\t継\t継続
- 1 -

{_HEAD}
73\t温泉施設管理事業\t観光課\t40,000\t止\t改\t止\t休止※
※ 評決は多数によります。
【71】町営バス運行事業（交通課） 結論：改善
利用の少ない便を見直し、予約型の運行を検討すべきである。
【73】温泉施設管理事業（観光課） 結論：休止
老朽化が著しく、近隣の施設との統合を検討すべきである。
"""


def test_projects_verdicts_and_opinions():
    doc = plan_report.parse(PAPER, "paper.txt")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == ["71", "72", "73"]
    assert (items["73"]["future_policy"], items["73"]["total_cost"], items["73"]["called"]) == ("休止", 40000, "施策")
    assert items["71"]["departments"] == ["交通課"]
    opinions = {r.fields["practice"]: r.fields["text"] for r in doc.records if r.kind == "comment"}
    assert opinions["73"] == "老朽化が著しく、近隣の施設との統合を検討すべきである。"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verdict_table")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_asked_by_verdict(assistant):
    answer = assistant.ask("休止と判定された施策は？")
    assert sorted(r["code"] for r in answer.rows) == ["73"], answer.summary


def test_a_year_said_of_a_document_grading_no_year_is_its_titles(assistant):
    # (execute._titled_year_sources: the verdicts are the title's year's, no item grades a year of its own)
    answer = assistant.ask("令和13年度の点検委員会で「休止」になった施策は？")
    assert sorted(r["code"] for r in answer.rows) == ["73"], answer.summary
    assistant.reset()
    answer = assistant.ask("令和12年度の点検委員会で「休止」になった施策は？")
    assert not answer.rows, answer.summary
