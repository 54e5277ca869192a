"""A text sheet labelling its cells in brackets (【事業名】…), its cost a titled grid of years alone over figures
alone, its indicators a fixed-width table under a rule (区分 指標名 単位 │ years, 目標/実績/達成率 rows): read as
an evaluation sheet, the same facts whatever the program, city or years."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds.program_sheet import loader
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = """北浜町 事務事業評価表（2025年度実施・2024年度事業分）

【事業番号】2024-117
【事業名】図書館資料デジタル化事業
【所管課】生涯学習課
【開始年度】2021年度
【事業の目的】郷土資料をデジタル化し、来館せずに閲覧できるようにする。

【事業費（千円）】
      2022年度      2023年度      2024年度
         7,300         8,150         6,900

【指標】
区分      指標名              単位          2022年度  2023年度  2024年度
------------------------------------------------------------------------
活動指標  デジタル化資料数    点    目標         400       500       600
                                    実績         380       520       610
                                    達成率     95.0%    104.0%    101.7%
成果指標  閲覧件数            件    目標       2,000     2,500     3,000
                                    実績       1,800     2,700     2,900
                                    達成率     90.0%    108.0%     96.7%

【評価結果】継続
【今後の方向性】古文書の公開を優先し、2026年度までに閲覧件数4,000件を目指す。
"""
SOURCE = "北浜町_評価表.txt"


@pytest.fixture(scope="module")
def doc():
    text = to_text(TEXT.encode("utf-8"), SOURCE).text
    assert loader.detect(text)
    return loader.parse(text, SOURCE)


def test_bracketed_labels_are_fields(doc):
    program = doc.records[0].fields
    assert (program["code"], program["name"], program["section"]) == ("2024-117", "図書館資料デジタル化事業", "生涯学習課")
    assert program["evaluation"] == "継続"
    assert program["future_policy"].startswith("古文書の公開")


def test_titled_cost_grid_is_the_total_by_year(doc):
    program = doc.records[0].fields
    assert program["costs_by_year"] == {"R4": {"total_cost": 7300}, "R5": {"total_cost": 8150}, "R6": {"total_cost": 6900}}
    assert program["cost_unit"] == "千円"


def test_fixed_width_indicator_table(doc):
    rows = {(r.fields["indicator"], r.fields["year"]): r.fields for r in doc.records if r.kind == "indicator"}
    assert len(rows) == 6
    first = rows[("デジタル化資料数", "R5")]
    assert (first["goal"], first["actual"], first["rate"], first["unit"], first["type"]) == (500, 520, 104.0, "点", "活動指標")
    assert rows[("閲覧件数", "R6")]["actual"] == 2900 and rows[("閲覧件数", "R6")]["unit"] == "件"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kitahama")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_asked(assistant):
    answer = assistant.ask("図書館資料デジタル化事業の事務事業評価表で2023年度の閲覧件数の実績は？")
    assert (answer.status, answer.value) == ("exact", 2700), answer.summary
    answer = assistant.ask("図書館資料デジタル化事業の2024年度の事業費はいくら？")
    assert (answer.status, answer.value) == ("exact", 6900), answer.summary
    answer = assistant.ask("図書館資料デジタル化事業の事務事業評価表で所管課はどこ？")
    assert answer.value == "生涯学習課", answer.summary
    answer = assistant.ask("北浜町の事務事業評価表の今後の方向性は？")
    assert "閲覧件数4,000件" in answer.summary + str(answer.rows[:1]), answer.summary


def test_rate_not_printed_is_computed():
    """With no 達成率 row, each year's rate is 実績 ÷ 目標 × 100 (one decimal), as a grid by years reads it."""
    text = "\n".join(line for line in TEXT.splitlines() if "達成率" not in line) + "\n"
    doc = loader.parse(to_text(text.encode("utf-8"), SOURCE).text, SOURCE)
    rows = {(r.fields["indicator"], r.fields["year"]): r.fields for r in doc.records if r.kind == "indicator"}
    assert rows[("閲覧件数", "R6")]["rate"] == 96.7 and rows[("デジタル化資料数", "R4")]["rate"] == 95.0


def test_cost_grid_with_its_rows_labelled():
    """Under 【事業費（千円）】 a 区分 │ years header and labelled rows (事業費, 一般財源): each row by year, none
    of its figures the program's own (the first year's 一般財源 was read as the program's)."""
    text = TEXT.replace("""      2022年度      2023年度      2024年度
         7,300         8,150         6,900""", """区分          2022年度      2023年度      2024年度
事業費           7,300         8,150         6,900
一般財源         4,000         4,500         3,900""")
    program = loader.parse(to_text(text.encode("utf-8"), SOURCE).text, SOURCE).records[0].fields
    assert program["costs_by_year"]["R6"] == {"total_cost": 6900, "general_revenue": 3900}
    assert program.get("general_revenue") is None
