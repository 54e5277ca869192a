"""A plan report as a workbook with one sheet per part, in an order of its own: the initiatives list
first (themes as ○ columns under the city's own theme names), then the progress sheets laid out as
labelled rows (「実践項目No. │ 2 │ <title> │ 取組項目 │ 1」, a 年度 row naming the year columns, rows 取組内容,
自己評価, 取組上の課題, then 取組終了 and 特記事項), the practice list (番号│取組項目│実践項目名│years…, the
years in 和暦 oldest first) and the committee's part last, its body called a 協議会 (「協議会評価 4.0点」 in
the heading row of each initiative, bulleted remarks in rows under it).

A second edition of the same facts heads its years in the western calendar, newest first, and writes
取組終了 as 2020年度: the same records. The town, its years and titles are made up; no part's position,
year order or calendar is assumed."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.model import ParsedDocument
from assistant.text.wareki import year_label

ERA = ("令和元年度", "令和2年度", "令和3年度")
WESTERN = ("2019年度", "2020年度", "2021年度")
THEMES = ("財政", "行政の効率化")  # one of the report's themes, one of the town's own wording
INITIATIVES = [("1", "財源の確保", ["", "○"], "B", 4.0, ["使用料の見直しを急ぐこと。", "基金の運用を工夫されたい。"]),
               ("2", "事務の効率化", ["○", ""], "A", 3.2, ["時間外勤務の実態を公表すること。"])]
PRACTICES = [  # code, initiative, title, grades by year (oldest first), scores, total, overall, ended, departments
    ("1", "1", "使用料の見直し", ("B", "A", "-"), (3, 2, 3, 2), 10, "A", 1, "(財)財政課"),
    ("2", "1", "基金の運用改善", ("C", "C", "B"), (1, 2, 1, 1), 5, "C", None, "(会)会計課"),
    ("N1", "2", "時間外勤務の削減", ("", "B", "A"), (2, 3, 2, 2), 9, "B", None, "(市)市民課、(総)情報課"),
]


def _workbook(western: bool, town: str = "南山町", titles: dict[str, str] | None = None, silent: str = "") -> bytes:
    """The edition as a workbook; `town` and `titles` (initiative no → title) make another town's;
    `silent`: an initiative whose remarks are left out (a part the report cannot be read without)."""
    years = WESTERN if western else ERA
    titles = titles or {}
    order = (lambda seq: list(reversed(seq))) if western else list
    wb = Workbook()
    ws = wb.active
    ws.title = "取組項目"
    ws.append([f"{town}行財政改革大綱 実施状況の評価報告書"])
    ws.append(["No.", "取組項目", *THEMES, "実践項目数", "自己評価", "協議会評価"])
    for no, title, marks, own, score, _ in INITIATIVES:
        ws.append([no, titles.get(no, title), *marks, sum(p[1] == no for p in PRACTICES), own, score])
    ws = wb.create_sheet("進捗")
    ws.append(["実践項目No.", "2", "基金の運用改善", "取組項目", "1", "担当部署", "(会)会計課"])
    ws.append(["年度", *order(years)])
    ws.append(["取組内容", *order(["①運用方針の策定（新）", "①債券運用の開始（新）", "①運用益の検証（継）"])])
    ws.append(["自己評価", *order(["C", "C", "B"])])
    ws.append(["取組上の課題", *order(["", "金利の低迷。", ""])])
    ws.append(["取組終了"])
    ws.append(["特記事項", "運用益は年間約300万円。"])
    ws = wb.create_sheet("実践項目")
    ws.append(["番号", "取組項目", "実践項目名", *order(years), "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価",
               "取組終了", "担当部署"])
    for code, ini, title, grades, scores, total, overall, ended, dept in PRACTICES:
        end = "" if ended is None else years[ended]
        ws.append([code, ini, title, *order(list(grades)), *scores, total, overall, end, dept])
    ws = wb.create_sheet("意見")
    ws.append(["1 取組項目ごとの協議会評価と意見"])
    for no, title, _, _, score, remarks in INITIATIVES:
        ws.append([f"取組項目{no}", titles.get(no, title), f"協議会評価 {score}点"])
        for remark in remarks if no != silent else ():
            ws.append(["・", remark])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _parse(western: bool) -> ParsedDocument:
    source = f"南山町_{'western' if western else 'era'}.xlsx"
    text = to_text(_workbook(western), source).text
    assert registry.detect(text).__name__.endswith("plan_report.loader")
    return registry.parse(text, source)


@pytest.fixture(scope="module", params=[False, True], ids=["era_oldest_first", "western_newest_first"])
def doc(request) -> ParsedDocument:
    return _parse(request.param)


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_western_fiscal_year_is_a_label():
    assert year_label("2021年度") == "R3"
    assert year_label("2018年度") == "H30"
    assert year_label("2021") is None


def test_read_as_plan_report_with_its_title(doc):
    assert doc.kind == "plan_report"
    assert doc.title == "南山町行財政改革大綱 実施状況の評価報告書"


def test_practice_grades_by_year_whatever_the_order_and_calendar(doc):
    practices = _records(doc, "practice")
    assert set(practices) == {"1", "2", "N1"}
    assert (practices["1"]["r1"], practices["1"]["r2"], practices["1"]["r3"]) == ("B", "A", "-")
    assert (practices["N1"]["r1"], practices["N1"]["r3"]) == ("", "A")
    assert practices["1"]["ended"] == "R2" and practices["2"]["ended"] == ""
    assert practices["N1"]["initiative"] == "2"
    assert practices["N1"]["departments"] == ["(市)市民課", "(総)情報課"]
    assert practices["2"]["total"] == 5 and practices["2"]["overall"] == "C"


def test_committee_named_as_the_document_names_it(doc):
    initiatives = _records(doc, "initiative")
    assert initiatives["1"]["committee_score"] == 4.0 and initiatives["2"]["committee_score"] == 3.2
    assert initiatives["2"]["self_overall"] == "A" and initiatives["1"]["n_practice"] == 2
    comments = _records(doc, "comment")
    assert comments["1-2"]["text"] == "基金の運用を工夫されたい。"
    assert comments["2-1"]["initiative"] == "2"


def test_city_theme_columns_read_from_their_marks(doc):
    initiatives = _records(doc, "initiative")
    assert initiatives["1"]["themes"] == ["行政の効率化"]
    assert initiatives["2"]["themes"] == ["財政"]


def test_labelled_row_sheet_before_the_lists(doc):
    sheets = _records(doc, "sheet")
    assert set(sheets) == {"2"}
    assert sheets["2"]["notes"] == "運用益は年間約300万円。"
    challenges = _records(doc, "challenge")
    assert challenges["2-R2"]["problem"] == "金利の低迷。"
    entries = [r.fields for r in doc.records if r.kind == "sheet_entry" and r.fields["practice"] == "2"]
    assert {e["year"] for e in entries} == {"R1", "R2", "R3"}
    # the sheet's text is found as the sheet's own, not as running text of the report
    assert not any(p.text.startswith("実践項目No.") for p in doc.passages)
