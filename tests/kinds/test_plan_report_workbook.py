"""A plan report laid out as a workbook: no progress sheets, section I's heading on an overview
sheet, then the initiatives as table rows (themes as a text column, 委員評価 a column), the practice
items under a two-row header (grades per year, four scores, 合計, 総合評価, 取組終了, 担当部署) and
the committee's remarks one per row with their initiative's number and score.

The workbook is written here with openpyxl and read back by the formats layer. The town, its years
(crossing 平成→令和) and its titles are made up and differ from every shipped or made edition."""
from __future__ import annotations

import io

from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

PLAN = "桜台町行政経営改革計画"
YEARS = ["H30", "R1", "R2"]
INITIATIVES = [
    # no, title, themes text, themes, averages (4), total, self, committee score
    ("1", "税収の確保", "財政、民活", ["財政", "民活"], (2.5, 2.0, 3.0, 2.5), 10.0, "A", 4.1),
    ("2", "職員の育成", "人材", ["人材"], (1.5, 2.0, 2.0, 1.0), 6.5, "B", 3.2),
]
# code, initiative, title, grades per year, scores (4), total, overall, ended, departments
PRACTICES = [
    ("1", "1", "滞納整理の強化", ("B", "A", "-"), (3, 2, 3, 2), 10, "A", "R1", "(税)収納課"),
    ("N1", "1", "広告収入の拡大", ("", "B", "A"), (2, 2, 3, 3), 10, "A", "", "(総)企画課、(総)広報課"),
    ("2", "2", "研修体系の見直し", ("C", "C", "B"), (1, 2, 2, 1), 6, "C", "", "(総)人事課"),
]
COMMENTS = {
    "1": ["滞納整理は着実に成果を上げている。", "広告収入はさらに広げる余地がある。"],
    "2": ["研修の効果を測る仕組みを整えてほしい。"],
}
SCORE_NAMES = ("progress", "collaboration", "efficiency", "creativity")


def workbook() -> bytes:
    book = Workbook()
    overview = book.active
    overview.title = "概要"
    for line in (PLAN, "取組の有効性に関する意見書", "令和3年6月1日", "桜台町行政改革推進委員会", "",
                 "1 評価方法について", "担当課が実践項目ごとに4項目を0～3で評価した。", "I 取組項目別の評価について",
                 "評価は各シートのとおり。"):
        overview.append([line or None])
    sheet = book.create_sheet("取組項目")
    sheet.append(["No.", "取組項目", "テーマ", "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計",
                  "担当課自己評価(総合評価)", "委員評価(委員会評価平均)"])
    for no, title, theme_text, _, averages, total, own, committee in INITIATIVES:
        count = sum(p[1] == no for p in PRACTICES)
        sheet.append([int(no), title, theme_text, count, *averages, total, own, committee])
    sheet = book.create_sheet("実践項目一覧")
    sheet.append(["小No.", "大No.", "取組項目", "実践項目", "総合評価(自己評価)", None, None, "総括自己評価",
                  None, None, None, None, None, "取組終了", "担当部署(実践項目)"])
    sheet.append([None, None, None, None, *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価"])
    titles = {i[0]: i[1] for i in INITIATIVES}
    for code, no, title, grades, scores, total, overall, ended, depts in PRACTICES:
        sheet.append([int(code) if code.isdigit() else code, f"No.{no}", titles[no], title,
                      *[g or None for g in grades], *scores, total, overall, ended or None, depts])
    sheet = book.create_sheet("委員意見")
    sheet.append(["取組No.", "取組項目", "委員評価", "番号", "意見"])
    for no, title, *_, committee in INITIATIVES:
        for n, text in enumerate(COMMENTS[no], start=1):
            sheet.append([int(no), title, f"{committee} /5", n, text])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def _read() -> ParsedDocument:
    text = to_text(workbook(), "sakuradai_ikensho.xlsx").text
    assert "進捗状況シート" not in text
    assert registry.detect(text) is plan_report
    return registry.parse(text, "sakuradai_ikensho.xlsx")


def test_the_practice_items_are_read_from_their_table():
    practices = _records(_read(), "practice")
    assert list(practices) == [p[0] for p in PRACTICES]
    titles = {i[0]: i[1] for i in INITIATIVES}
    themes = {i[0]: i[3] for i in INITIATIVES}
    for code, no, title, grades, scores, total, overall, ended, depts in PRACTICES:
        got = practices[code]
        assert (got["initiative"], got["initiative_title"], got["title"]) == (no, titles[no], title)
        assert [got[y.lower()] for y in YEARS] == list(grades), code
        assert [got[n] for n in SCORE_NAMES] == list(scores), code
        assert (got["total"], got["overall"], got["ended"]) == (total, overall, ended), code
        assert got["departments"] == depts.split("、"), code
        assert got["themes"] == themes[no]


def test_grades_cross_the_era_with_their_fiscal_years():
    grades = _records(_read(), "grade")
    assert [grades[f"N1-{y}"]["grade"] for y in YEARS] == ["", "B", "A"]
    assert [grades[f"1-{y}"]["fiscal_year"] for y in YEARS] == [2018, 2019, 2020]


def test_the_initiatives_and_remarks_are_read_from_their_tables():
    doc = _read()
    initiatives = _records(doc, "initiative")
    assert list(initiatives) == [i[0] for i in INITIATIVES]
    for no, title, _, themes, averages, total, own, committee in INITIATIVES:
        got = initiatives[no]
        assert (got["title"], got["themes"], got["self_overall"]) == (title, themes, own)
        assert [got[n] for n in SCORE_NAMES] + [got["total"]] == [*averages, total]
        assert got["committee_score"] == committee
        assert got["n_practice"] == sum(p[1] == no for p in PRACTICES)
        assert got["n_comments"] == len(COMMENTS[no])
        # The layout prints no yearly grade of an initiative: left empty, not guessed.
        assert [got[y.lower()] for y in YEARS] == ["", "", ""]
    assert {c: (r["initiative"], r["text"]) for c, r in _records(doc, "comment").items()} == {
        f"{no}-{n}": (no, text) for no, texts in COMMENTS.items() for n, text in enumerate(texts, start=1)}
    lines = to_text(workbook(), "sakuradai_ikensho.xlsx").text.splitlines()
    for rec in doc.records:
        if rec.kind == "initiative":  # cited at its row of the initiatives table
            assert lines[rec.line - 1].startswith(f"{rec.code}\t{rec.fields['title']}\t"), rec.code
            assert "実践項目数" in lines[rec.line - 1 - int(rec.code)]
    assert doc.conflicts == []
    assert doc.title == f"{PLAN} 取組の有効性に関する意見書"


def test_what_the_layout_leaves_out_is_reported_once():
    doc = _read()
    for kind in ("sheet", "sheet_entry", "self_eval", "challenge"):
        assert _records(doc, kind) == {}
    notes = [w.note for w in doc.warnings if w.kind == "absent_copy"]
    assert "進捗状況シートがありません（ほかの写しで読み取りました）" in notes
    assert not [n for n in notes if n.startswith("実践項目")]
    texts = [p.text for p in doc.passages if p.key == "doc:sakuradai_ikensho.xlsx"]
    assert any("0～3で評価した" in t for t in texts)


def test_a_remarks_table_without_section_one_is_not_this_report():
    # Without section I's heading, the initiatives and the remarks alone (no practice list) are not it.
    text = to_text(workbook(), "x.xlsx").text.replace("I 取組項目別の評価について", "評価について")
    assert not plan_report.detect(text.replace("小No.", "番号"))


def test_the_three_tables_without_section_one_are_this_report():
    # An edition may leave section I's heading out (made29's workbook): its three tables, found by their
    # headers, are the report, read as with the heading.
    text = to_text(workbook(), "x.xlsx").text
    without = text.replace("I 取組項目別の評価について", "評価について")
    assert plan_report.detect(without)
    def records(doc):
        return sorted((r.kind, r.code, repr(sorted(r.fields.items()))) for r in doc.records)
    assert records(plan_report.parse(without, "x.xlsx")) == records(plan_report.parse(text, "x.xlsx"))
