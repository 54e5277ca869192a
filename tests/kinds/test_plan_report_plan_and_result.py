"""A plan report in Word with one table per initiative whose header puts each fiscal year over two cells, the
year's plan (a stage word) and its result (a lower-case letter grade explained by a legend in running text);
a group column merged over its items' rows; two departments joined by 「・」 in one cell; 取組終了 as 完了(R6)
or 継続 (initiative_sheets.py). The town, its plan, its years and every title are made up."""
from __future__ import annotations

import io

import pytest
from docx import Document

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = "東岬町行政改革実行計画"
AREAS = {1: "財源の確保", 2: "窓口の改善"}
YEARS = ("令和3年度（2021）", "令和4年度（2022）", "令和5年度（2023）")
# code: (area, group, title, department, [(plan, result) per year], end)
ITEMS = {
    1: (1, "収入の確保", "町税の口座振替の推進", "税務課", [("実施", "a"), ("実施", "b"), ("拡大", "a")], "継続"),
    2: (1, "収入の確保", "遊休地の貸付", "財産管理課", [("検討", "c"), ("実施", "d"), ("－", "－")], "完了(R4)"),
    3: (1, "支出の削減", "補助金の見直し", "企画課", [("検討", "b"), ("実施", "a"), ("実施", "a")], "完了(R5)"),
    4: (2, "窓口の電子化", "電子申請の導入", "住民課・情報管理課", [("－", "－"), ("試行", "c"), ("実施", "b")], "継続"),
    5: (2, "窓口の電子化", "キャッシュレス決済", "会計課", [("準備", "a"), ("実施", "a"), ("実施", "a")], "継続"),
}


def document() -> bytes:
    doc = Document()
    doc.add_paragraph(f"{PLAN} 取組 進捗状況報告書")
    doc.add_paragraph("1 評価の見方")
    doc.add_paragraph("実績欄は担当課の自己評価です（a：計画どおり、b：概ね計画どおり、c：遅れている、d：未着手）。"
                      "「－」は当該年度に取組がないことを示します。")
    for no, title in AREAS.items():
        doc.add_paragraph(f"重点取組{no}　{title}")
        rows = [(code, item) for code, item in ITEMS.items() if item[0] == no]
        table = doc.add_table(rows=2 + len(rows), cols=4 + 2 * len(YEARS) + 1)
        top, sub = table.rows[0].cells, table.rows[1].cells
        for j, word in enumerate(("番号", "推進項目", "実施項目", "担当課")):
            top[j].merge(sub[j]).text = word
        for n, year in enumerate(YEARS):
            j = 4 + 2 * n
            top[j].merge(top[j + 1]).text = year
            sub[j].text, sub[j + 1].text = "計画", "実績"
        top[-1].merge(sub[-1]).text = "取組終了"
        for k, (code, (_, group, name, dept, years, end)) in enumerate(rows):
            cells = table.rows[2 + k].cells
            cells[0].text, cells[2].text, cells[3].text = str(code), name, dept
            for n, (plan, result) in enumerate(years):
                cells[4 + 2 * n].text, cells[5 + 2 * n].text = plan, result
            cells[-1].text = end
        # the group cell merged down the rows of its items
        k = 0
        while k < len(rows):
            stop = k
            while stop + 1 < len(rows) and rows[stop + 1][1][1] == rows[k][1][1]:
                stop += 1
            cell = table.rows[2 + k].cells[1].merge(table.rows[2 + stop].cells[1]) if stop > k else table.rows[2 + k].cells[1]
            cell.text = rows[k][1][1]
            k = stop + 1
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_the_layout_is_read_by_its_shape():
    doc = registry.parse(to_text(document(), "higashimisaki.docx").text, "higashimisaki.docx")
    assert doc.kind == "plan_report"
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items, key=int) == ["1", "2", "3", "4", "5"]
    one = items["1"]
    # the name is the column whose cells differ row to row; the merged group is kept with its header's word
    assert (one["title"], one["item_group"], one["item_group_word"], one["called"]) == (
        "町税の口座振替の推進", "収入の確保", "推進項目", "実施項目")
    # lower-case grades of the legend stored as printed (asked in A–D); a dash is no grade
    assert (one["r3"], one["r4"], one["r5"]) == ("a", "b", "a")
    assert items["2"]["r5"] == "-" and items["4"]["r3"] == "-"
    # each year's plan stage; a dash plans nothing
    assert (one["r3_plan"], one["r5_plan"]) == ("実施", "拡大") and items["4"]["r3_plan"] == ""
    assert (items["2"]["ended"], items["3"]["ended"], one["ended"]) == ("R4", "R5", "")
    assert items["4"]["departments"] == ["住民課", "情報管理課"]
    areas = {r.code: r.fields["title"] for r in doc.records if r.kind == "initiative"}
    assert areas == {"1": "財源の確保", "2": "窓口の改善"}


def test_a_name_holding_a_middle_dot_is_one_department():
    from assistant.kinds.plan_report.initiative_sheets import _departments

    assert _departments("住民課・情報管理課") == ["住民課", "情報管理課"]
    assert _departments("テレワーク・フレックス推進") == ["テレワーク・フレックス推進"]


def test_a_lower_case_letter_stays_in_a_latin_word():
    from assistant.query.grammar.phrasings import rephrase

    assert "Park-PFI" in rephrase("Park-PFIの導入")


# The committee's opinions as a web page: one section per initiative, its judgement a mark of a 3-step legend.
PAPER = """<html><head><title>東岬町行政改革実行計画 委員会意見｜東岬町</title></head><body>
<p>委員会評価 ◎：有効性が高い ○：有効である △：改善を要する</p>
<section id="t1"><h2>重点取組1　財源の確保</h2><p>委員会評価：<span>△</span></p>
<ul><li>遊休地の貸付は募集方法を見直されたい。</li></ul></section>
<section id="t2"><h2>重点取組2　窓口の改善</h2><p>委員会評価：<span>◎</span></p>
<ul><li>キャッシュレス決済は利用が定着している。</li><li>電子申請の対象手続を増やすこと。</li></ul></section>
</body></html>"""


def test_the_committee_page_is_read_with_its_marks():
    doc = registry.parse(to_text(PAPER.encode(), "higashimisaki_iken.html").text, "higashimisaki_iken.html")
    assert {r.code: r.fields["judgement"] for r in doc.records if r.kind == "initiative"} == {"1": "△", "2": "◎"}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan_result")
    (folder / "higashimisaki.docx").write_bytes(document())
    (folder / "higashimisaki_iken.html").write_text(PAPER, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("東岬町の実施項目で令和5年度の実績がaのものは？", ["1", "3", "5"]),
    ("東岬町で2022年度の評価がdだった実施項目", ["2"]),
    ("東岬町で一度でもc評価がついた実施項目は？", ["2", "4"]),
    ("東岬町で情報管理課が担当している実施項目", ["4"]),
    ("東岬町で令和4年度までに完了した実施項目", ["2"]),
    ("東岬町の実施項目で令和3年度から令和4年度にかけて評価が下がったものは？", ["1", "2"]),
    ("東岬町の実施項目でaの評価を2回以上とったものは？", ["1", "3", "5"]),
    ("東岬町の実施項目で令和3年度の計画が「検討」だったもの", ["2", "3"]),
    ("東岬町の実施項目で令和5年度の計画が実施のもの", ["3", "4", "5"]),
    ("東岬町の実施項目で2021年度は「－」のもの", ["4"]),
])
def test_questions(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert sorted((str(r["code"]) for r in answer.rows), key=int) == expected


@pytest.mark.parametrize("question, expected", [
    ("東岬町の委員会の評価が◎だった重点取組は？", ["2"]),
    ("東岬町の委員会評価が○以上の重点取組", ["2"]),
    ("東岬町の委員会意見で△の評価を受けた重点取組はどれ", ["1"]),
])
def test_the_committee_marks(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert sorted({str(r.get("initiative") or r["code"]).split("-")[0] for r in answer.rows}) == expected


def test_the_committee_evaluation_asked_is_its_mark(assistant):
    answer = assistant.ask("東岬町の重点取組2の委員会評価は？")
    assert (answer.status, answer.value) == ("exact", "◎")


def test_a_years_result_and_a_numbered_name_asked_as_values(assistant):
    # the year's grade, where the table heads it 実績 beside the year's plan: printed in lower case
    answer = assistant.ask("東岬町の実施項目2の令和4年度の実績は？")
    assert (answer.status, answer.value) == ("exact", "d")
    answer = assistant.ask("東岬町の重点取組2の名前は？")
    assert (answer.status, answer.value) == ("exact", "窓口の改善")
    answer = assistant.ask("東岬町の実施項目で令和4年度にいちばん多かった評価は？")
    assert answer.value == "a"
