"""An evaluation sheet headed 事業番号 (no 事務事業コード): 部名・課名 labels, a cost table by fiscal year
(総事業費・特定財源・一般財源, the years as columns, the corner cell blank), indicator tables whose name
stands under their heading or beside it, each year's 目標 or 計画, and 「総合評価：B 今後の方向性：改善」 on one
line. It is read as an evaluation sheet by what it holds, as a web page and as a PDF's text (pairs run
together with one space, the years' row without its corner cell, a row's figures slid out of their
columns). A list of programs headed 事業番号 stays a generic table. The towns and figures are made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>事務事業評価シート</title></head>
<body><h1>事務事業評価シート（令和3年度決算）</h1>
<table border="1">
<tr><th>事業番号</th><td>7010301</td><th>事務事業名</th><td>北部流域清掃推進事業</td></tr>
<tr><th>部名</th><td>環境部</td><th>課名</th><td>環境保全課</td></tr>
<tr><th>事業開始年度</th><td>平成29年度</td><th>連携団体</th><td>北山町、南川町</td></tr>
</table>
<h2>事業費の推移（単位：円）</h2>
<table border="1"><tr><th></th><th>令和元年度</th><th>令和2年度</th><th>令和3年度</th></tr>
<tr><th>総事業費</th><td>2,100,000</td><td>1,800,000</td><td>2,400,000</td></tr>
<tr><th>特定財源</th><td>500,000</td><td>0</td><td>600,000</td></tr>
<tr><th>一般財源</th><td>1,600,000</td><td>1,800,000</td><td>1,800,000</td></tr>
</table>
<h2>成果指標</h2>
<table border="1"><tr><th></th><th>令和元年度</th><th>令和2年度</th><th>令和3年度</th></tr>
<tr><th colspan=4>清掃活動の参加者数（人）</th></tr>
<tr><th>計画</th><td>400</td><td>420</td><td>450</td></tr>
<tr><th>実績</th><td>380</td><td>210</td><td>460</td></tr>
<tr><th>達成率（%）</th><td>95.0</td><td>50.0</td><td>102.2</td></tr>
</table>
<h2>評価</h2>
<p>総合評価：B　今後の方向性：改善</p>
<p>令和2年度は雨天で清掃活動の一部を中止したが、令和3年度は日程を分けて参加者を回復させた。</p>
</body></html>
"""

# The same kind of sheet as a PDF's text gives it.
PDF_TEXT = """事務事業評価シート（令和5年度決算） 東野町
事業番号：6020115 事務事業名：里山木材活用事業
部名：産業部 課名：農林課 事業開始年度：令和元年度
■ 事業費の推移（単位：円）
\t令和3年度\t令和4年度\t令和5年度
総事業費\t3,200,000\t3,900,000\t3,500,000
特定財源（森林環境譲与税）\t1,000,000\t1,500,000\t1,200,000
一般財源\t2,200,000\t2,400,000\t2,300,000
■ 活動指標 木材活用補助の交付件数（件）
令和3年度\t令和4年度\t令和5年度
目標\t20\t20\t25
実績\t18\t23\t21
達成率（%） 90.0\t115.0\t84.0
■ 成果指標 町産材の公共施設での使用量（立方メートル）
令和3年度\t令和4年度\t令和5年度
目標\t50\t60\t70
実績\t45\t66\t63
達成率（%）\t90.0 110.0\t\t90.0
■ 評価
総合評価：A 今後の方向性：拡充
令和4年度は集会所の木質化で使用量が目標を上回ったが、令和5年度は資材価格の高騰で補助の申請が減った。
"""

LIST = """事務事業の一覧（令和3年度）
事業番号\t事務事業名\t担当課\t成果指標\t事業費（千円）
101\t防犯灯維持管理事業\t防災課\t設置数\t1,200
102\t公園清掃事業\t公園課\t清掃回数\t800
"""


def _read(text: str, source: str):
    return registry.parse(text, source)


def test_a_web_page_sheet_headed_by_its_number():
    doc = _read(to_text(PAGE.encode(), "north_sheet.html").text, "north_sheet.html")
    assert doc.kind == "program_sheet"
    program = doc.records[0].fields
    assert (program["code"], program["name"], program["department"], program["section"]) == (
        "7010301", "北部流域清掃推進事業", "環境部", "環境保全課")
    assert (program["settlement_year"], program["total_cost"], program["general_revenue"]) == ("R3", 2400000, 1800000)
    assert program["costs_by_year"]["R2"] == {"total_cost": 1800000, "specific_revenue": 0, "general_revenue": 1800000}
    assert (program["evaluation"], program["future_policy"]) == ("B", "改善")
    indicators = [r.fields for r in doc.records if r.kind == "indicator"]
    assert [(i["indicator"], i["year"], i["plan"], i["actual"], i["rate"], i["unit"]) for i in indicators][1] == (
        "清掃活動の参加者数（人）", "R2", 420, 210, 50.0, "人")
    texts = [p.text for p in doc.passages]
    # What no field holds stays searchable: a label the reader does not know, and the comment.
    assert "連携団体 北山町、南川町" in texts
    assert any(t.startswith("令和2年度は雨天で") for t in texts)


def test_a_pdf_text_sheet_with_its_pairs_run_together():
    doc = _read(PDF_TEXT, "east_sheet.txt")
    assert doc.kind == "program_sheet"
    program = doc.records[0].fields
    assert (program["code"], program["name"], program["section"], program["start_year"]) == (
        "6020115", "里山木材活用事業", "農林課", "令和元年度")
    # The title's settled year is the program's; 特定財源（森林環境譲与税） is 特定財源.
    assert (program["settlement_year"], program["total_cost"], program["specific_revenue"]) == ("R5", 3500000, 1200000)
    assert program["costs_by_year"]["R4"]["total_cost"] == 3900000
    assert (program["evaluation"], program["future_policy"]) == ("A", "拡充")
    indicators = [r.fields for r in doc.records if r.kind == "indicator"]
    assert [(i["year"], i["goal"], i["actual"], i["rate"]) for i in indicators] == [
        ("R3", 20, 18, 90.0), ("R4", 20, 23, 115.0), ("R5", 25, 21, 84.0),
        ("R3", 50, 45, 90.0), ("R4", 60, 66, 110.0), ("R5", 70, 63, 90.0)]
    assert indicators[3]["indicator"] == "町産材の公共施設での使用量（立方メートル）"


def test_a_list_of_programs_is_no_sheet():
    assert _read(LIST, "program_list.txt").kind == "generic"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("numbered_sheets")
    (folder / "north_sheet.html").write_text(PAGE, encoding="utf-8")
    (folder / "east_sheet.txt").write_text(PDF_TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, value", [
    ("里山木材活用事業、令和4年度の総事業費は？", 3900000),
    ("里山木材活用事業で2023年度の一般財源はいくら？", 2300000),
    ("北部流域清掃推進事業の令和3年度の総事業費は？", 2400000),
    # 「町産材使用量」: the parts of the name written apart (町産材の公共施設での使用量).
    ("里山木材活用事業で令和5年度の町産材使用量の達成率は？", 90.0),
])
def test_values_of_the_sheet(assistant, question, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == value


def test_the_direction_asked_after_the_sheet(assistant):
    assistant.reset()
    assistant.ask("北部流域清掃推進事業の評価シート")
    answer = assistant.ask("今後の方向性は？")
    assert (answer.status, answer.value) == ("exact", "改善")


def test_the_years_an_indicator_went_over_its_target(assistant):
    assistant.reset()
    answer = assistant.ask("里山木材活用事業で、木材活用補助の交付件数が目標を上回ったのは何年度？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [r["year"] for r in answer.rows] == ["R4"]
