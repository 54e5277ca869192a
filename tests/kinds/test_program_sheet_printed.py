"""An evaluation sheet printed as plain text (cells apart by spaces) and one saved as a web page (an
indicator table headed 指標名 over western-year columns, its kind and name spanning rows), each headed by
its 事業番号 only and naming no city. Their indicators and their costs by year are read, and questions
select a sheet by its number. The programs, their numbers and figures are made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.program_sheet import loader as program_sheet
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = """■ 事務事業評価シート（令和6年度評価）　事業番号 R5-0112
事業名　　図書館ボランティア育成事業
所管　　　教育部　生涯学習課
事業期間　令和2年度～令和8年度
対象年度　令和5年度（決算）

【事業の概要】
図書館で活動するボランティアを養成し、読み聞かせ等の事業を拡充する。

【コスト】（単位：千円）
区分　　　令和3年度　令和4年度　令和5年度
事業費　　3,100　3,350　3,720
うち一般財源　2,900　3,000　3,300

【指標】（計画／実績／達成率）
活動指標：養成講座の開催回数（回）
　令和3年度　計画 10　実績 9　達成率 90.0%
　令和4年度　計画 12　実績 12　達成率 100.0%
　令和5年度　計画 12　実績 13　達成率 108.3%
成果指標：登録ボランティア数（人）
　令和3年度　計画 80　実績 72　達成率 90.0%
　令和4年度　計画 90　実績 88　達成率 97.8%
　令和5年度　計画 100　実績 104　達成率 104.0%
成果指標：読み聞かせ参加者数（人）
　令和3年度　計画 1,200　実績 1,150　達成率 95.8%
　令和4年度　計画 1,300　実績 1,342　達成率 103.2%
　令和5年度　計画 1,400　実績 1,408　達成率 100.6%

【評価】
今後の方向性：現状維持
"""

HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>事務事業評価シート 2024-0733</title></head><body>
<h1>事務事業評価シート（2024年度（令和6年度）決算）</h1>
<table border="1">
<tr><th>事業番号</th><td>2024-0733</td><th>事業名</th><td>空き家利活用促進事業</td></tr>
<tr><th>所管部</th><td>建設部</td><th>所管課</th><td>住宅政策課</td></tr>
</table>
<h2>事業費の推移（単位：千円）</h2>
<table border="1"><tr><th>区分</th><th>2022年度</th><th>2023年度</th><th>2024年度</th></tr>
<tr><th>事業費（決算額）</th><td>12,300</td><td>14,050</td><td>15,900</td></tr></table>
<h2>指標</h2>
<table border="1"><tr><th>区分</th><th>指標名</th><th></th><th>2022年度</th><th>2023年度</th><th>2024年度</th></tr>
<tr><th rowspan='3'>活動指標</th><th rowspan='3'>相談会の開催回数（回）</th><th>計画</th><td>6</td><td>6</td><td>8</td></tr>
<tr><th>実績</th><td>6</td><td>7</td><td>8</td></tr><tr><th>達成率</th><td>100.0%</td><td>116.7%</td><td>100.0%</td></tr>
<tr><th rowspan='3'>成果指標</th><th rowspan='3'>空き家バンク成約件数（件）</th><th>計画</th><td>20</td><td>25</td><td>30</td></tr>
<tr><th>実績</th><td>18</td><td>27</td><td>33</td></tr><tr><th>達成率</th><td>90.0%</td><td>108.0%</td><td>110.0%</td></tr>
</table>
</body></html>
"""


def _parsed(name: str, data: bytes):
    text = to_text(data, name).text
    assert registry.detect(text) is program_sheet
    doc = program_sheet.parse(text, name)
    program = next(r.fields for r in doc.records if r.kind == "program")
    indicators = [r.fields for r in doc.records if r.kind == "indicator"]
    return program, indicators


def test_text_sheet_with_its_number_in_the_title_line():
    program, indicators = _parsed("hyoka_R5-0112.txt", TEXT.encode())
    assert (program["code"], program["name"]) == ("R5-0112", "図書館ボランティア育成事業")
    assert (program["department"], program["section"]) == ("教育部", "生涯学習課")
    assert (program["start_year"], program["end_year"]) == ("令和2年度", "令和8年度")
    # The cost table's last column is the settled year's; every year's figures as printed (千円).
    assert (program["settlement_year"], program["total_cost"], program["general_revenue"]) == ("R5", 3720, 3300)
    assert program["costs_by_year"]["R3"] == {"total_cost": 3100, "general_revenue": 2900}
    assert program["cost_unit"] == "千円"  # (the table's title states it)
    got = {(r["type"], r["indicator"], r["year"]): (r["plan"], r["actual"], r["rate"], r["unit"]) for r in indicators}
    assert len(got) == 9
    assert got[("活動指標", "養成講座の開催回数（回）", "R5")] == (12, 13, 108.3, "回")
    assert got[("成果指標", "読み聞かせ参加者数（人）", "R4")] == (1300, 1342, 103.2, "人")  # (1,342: no two figures)
    assert got[("成果指標", "登録ボランティア数（人）", "R4")] == (90, 88, 97.8, "人")


# The same kind of sheet worded otherwise: the indicator's heading without a colon, each year's figures
# after a colon and apart by commas, the cost columns settled years.
TEXT_COMMAS = """事務事業評価シート　事業番号 A-2031
事業名　　子ども食堂支援事業
所管　　　福祉部　子育て支援課

【コスト】（単位：千円）
区分　令和5年度決算　令和6年度決算
総事業費　4,200　4,650

【成果指標】
成果指標　支援した子ども食堂の数（か所）
令和5年度：計画 12、実績 11、達成率 91.7%
令和6年度：計画 14、実績 15、達成率 107.1%
成果指標：子ども食堂の延べ利用者数（人）
令和6年度：計画 2,400，実績 2,515，達成率 104.8%
"""


def test_text_sheet_worded_otherwise():
    program, indicators = _parsed("hyoka_A-2031.txt", TEXT_COMMAS.encode())
    assert (program["code"], program["section"], program["total_cost"]) == ("A-2031", "子育て支援課", 4650)
    assert program["costs_by_year"]["R5"] == {"total_cost": 4200}
    assert [(r["indicator"], r["year"], r["plan"], r["actual"], r["rate"], r["unit"]) for r in indicators] == [
        ("支援した子ども食堂の数（か所）", "R5", 12, 11, 91.7, "か所"),
        ("支援した子ども食堂の数（か所）", "R6", 14, 15, 107.1, "か所"),
        ("子ども食堂の延べ利用者数（人）", "R6", 2400, 2515, 104.8, "人")]


def test_web_page_indicator_table_over_western_years():
    program, indicators = _parsed("hyoka_2024-0733.html", HTML.encode())
    assert (program["code"], program["department"], program["section"]) == ("2024-0733", "建設部", "住宅政策課")
    assert (program["settlement_year"], program["total_cost"]) == ("R6", 15900)
    assert program["costs_by_year"]["R5"] == {"total_cost": 14050}
    got = {(r["type"], r["indicator"], r["year"]): (r["plan"], r["actual"], r["rate"]) for r in indicators}
    assert len(got) == 6
    assert got[("成果指標", "空き家バンク成約件数（件）", "R5")] == (25, 27, 108.0)
    assert got[("活動指標", "相談会の開催回数（回）", "R4")] == (6, 6, 100.0)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("printed_sheets")
    (folder / "hyoka_R5-0112.txt").write_text(TEXT, encoding="utf-8")
    (folder / "hyoka_2024-0733.html").write_text(HTML, encoding="utf-8")
    # Another document of a city, holding no program of its own.
    (folder / "wakabadai_kouhou.txt").write_text(
        "若葉台市 市民協働だより 第3号\n\n若葉台市では、空き家の相談会を市内の公民館で開催しました。参加者は42人でした。\n",
        encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("turns, value", [
    # the sheet by its number (R5 of R5-0112 is no fiscal year)
    (["事業番号R5-0112の事業名は？"], "図書館ボランティア育成事業"),
    (["2024-0733の事業名は？"], "空き家利活用促進事業"),  # a number said alone the index holds
    (["事務事業評価シート 2024-0733 の事業費は？", "2023年度の決算額はいくら？"], 14050),
    (["図書館ボランティア育成事業の令和4年度の登録ボランティア数の実績は？"], 88),
    (["空き家利活用促進事業の2023年度の空き家バンク成約件数の達成率は？"], 108.0),
])
def test_questions_select_the_sheet_by_its_number(assistant, turns, value):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == value


def test_an_amount_is_said_in_the_unit_the_sheet_prints(assistant):
    assistant.reset()
    answer = assistant.ask("空き家利活用促進事業の事業費は2022年度から2024年度でいくら増えた？")
    assert (answer.status, answer.value) == ("exact", 3600)
    assert "3,600 千円 増えました" in answer.summary


def test_a_city_said_of_a_sheet_naming_none(assistant):
    """The city's documents hold no indicator, and the sheet named by its program's title prints no city:
    answered, saying first that the city could not be confirmed (never exact)."""
    assistant.reset()
    answer = assistant.ask("若葉台市の空き家利活用促進事業、2024年度の空き家バンク成約件数の実績は")
    assert answer.status == "partial" and answer.value == 33
    assert answer.summary.startswith("「") and "確かめられないまま" in answer.summary
