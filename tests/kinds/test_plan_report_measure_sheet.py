"""A plan's evaluation sheet of measures (measure_sheet.py): one table, a row per item under a two-row header whose
year blocks print 目標値 │ 実績値 │ 達成率 │ <grade word> under each year, two number columns naming the items and
their upper group in the document's own words: read by its shape, asked by year, grade, group and a year's figure."""
from __future__ import annotations

import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

_LEAD = "分野番号\t分野名\t事業番号\t事業名\t担当課\t成果指標\t単位"
SHEET = f"""湖畔町 事業評価表（2031年度実績）

{_LEAD}\t2030年度\t\t\t\t2031年度
{_LEAD}\t目標値\t実績値\t達成率(%)\t評定\t目標値\t実績値\t達成率(%)\t評定
1\t窓口の改善\t1-1\t証明書のコンビニ交付\t住民課\t交付件数\t件\t100\t120\t120.0\tA\t150\t90\t60.0\tC
1\t窓口の改善\t1-2\t窓口予約の導入\t総務課\t予約件数\t件\t50\t45\t90.0\tB\t60\t61\t101.7\tA
2\t歳入の確保\t2-1\t町税の口座振替\t税務課\t振替率\t%\t40.0\t30.0\t75.0\tC\t45.0\t46.0\t102.2\tA

【評定】A：100％以上 B：80％以上 C：60％以上 D：60％未満
"""


def test_one_table_of_year_blocks_is_the_items():
    doc = plan_report.parse(SHEET, "sheet.txt")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == ["1-1", "1-2", "2-1"]
    first = items["1-1"]
    assert (first["r12"], first["r13"], first["called"], first["initiative"]) == ("A", "C", "事業", "1")
    assert first["departments"] == ["住民課"] and first["grade_word"] == "評定"
    figures = {r.code: r.fields for r in doc.records if r.kind == "sheet_value"}
    assert (figures["1-2-R13"]["goal"], figures["1-2-R13"]["actual"], figures["1-2-R13"]["rate"]) == (60, 61, 101.7)
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["2"]["title"] == "歳入の確保" and groups["2"]["called"] == "分野" and groups["1"]["n_practice"] == 2


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("measure_sheet")
    (folder / "sheet.txt").write_text(SHEET, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_asked_by_year_and_a_years_figure(assistant):
    answer = assistant.ask("2031年度の評定がAだった事業は？")
    assert (answer.status, sorted(r["code"] for r in answer.rows)) == ("exact", ["1-2", "2-1"]), answer.summary
    assistant.reset()
    # (a year's figure the item does not hold is its indicator's row of that year: parse._YEARLY_FIGURES)
    answer = assistant.ask("事業1-2の2031年度の達成率は？")
    assert answer.value == 101.7, answer.summary
