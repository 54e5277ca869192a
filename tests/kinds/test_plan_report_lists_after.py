"""The plan report as a Word file whose headings are all numbered: the committee's section
「3 取組項目別の評価について」 comes first, each initiative with a theme table (a merged 「テーマ」
heading over theme columns of the city's own choice and order, then 合計 and 総合評価, no (参考) row), a
practice table headed 担当課 and the committee's score and remarks in a table row; the two lists follow
in a section of their own (「4 取組状況一覧」) with two-row headers whose group headings are merged
cells. No progress sheets.

The city, its years (crossing 平成→令和), its themes and titles are made up and differ from every shipped
or made edition."""
from __future__ import annotations

import io

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

SOURCE = "hoshimi_ikensho.docx"
PLAN = "星見町行財政改革実施計画"
YEARS = ["H30", "R1", "R2"]
# Four themes, in an order of the town's own: a mark is read under its heading, never by position.
THEMES = ["人材", "ICT", "財政", "サービス"]
# no, title, themes, committee score, remarks
INITIATIVES = [
    ("1", "税収の確保", ["財政"], "3.7", ["滞納整理は着実に進んだ。", "口座振替の勧奨を続けてほしい。"]),
    ("2", "窓口のデジタル化", ["ICT", "サービス"], "4.4", ["電子申請の利用が伸びた。"]),
]
# code, initiative, title, grades per year, scores, ended, departments
PRACTICES = [
    ("1", "1", "滞納整理の強化", ["B", "A", "-"], [3, 2, 3, 2], "R1", "(税)収納課"),
    ("2", "1", "口座振替の推進", ["C", "B", "B"], [2, 2, 2, 1], "", "(税)収納課、会計課"),
    ("N1", "2", "電子申請の導入", ["", "B", "A"], [3, 3, 2, 3], "R2", "(総)情報課"),
]


def _grade(total: int) -> str:
    return "A" if total >= 10 else "B" if total >= 7 else "C"


def _document() -> bytes:
    import docx

    d = docx.Document()

    def table(rows: list[list[str]], merges: tuple[tuple[int, int, int], ...] = ()):
        t = d.add_table(rows=0, cols=max(len(r) for r in rows))
        for row in rows:
            cells = t.add_row().cells
            for i, value in enumerate(row):
                cells[i].text = value
        for row, start, end in merges:
            text = t.rows[row].cells[start].text
            t.cell(row, start).merge(t.cell(row, end)).text = text

    for text in (PLAN, "取組の有効性に関する意見書", "令和3年7月1日", "星見町行政改革推進委員会"):
        d.add_paragraph(text)
    d.add_heading("1 はじめに", level=1)
    d.add_paragraph("平成30年度から始まった計画の取組について、委員会の意見を取りまとめました。")
    d.add_heading("2 取組項目別の評価について", level=1)
    for no, title, themes, score, remarks in INITIATIVES:
        d.add_heading(f"{no} {title}", level=2)
        items = [p for p in PRACTICES if p[1] == no]
        total = sum(sum(p[4]) for p in items) / len(items)
        table([["テーマ", "", "", "", "合計", "総合評価"], [*THEMES, "", ""],
               [*("○" if t in themes else "" for t in THEMES), f"{total:.1f}", _grade(round(total))]],
              merges=((0, 0, 3),))
        table([["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当課"],
               *([p[0], p[2], *map(str, p[4]), str(sum(p[4])), _grade(sum(p[4])), p[5], p[6]] for p in items)])
        d.add_paragraph("委員の意見等")
        table([["委員評価", f"{score} /5", "意見", " ".join(f"・{r}" for r in remarks)]])
    d.add_heading("3 取組状況一覧", level=1)
    d.add_paragraph(f"{PLAN}取組状況一覧【取組項目別】")
    rows = [["No.", "取組項目", "テーマ", "", "", "", "実践項目数", "平均値", "", "", "", "合計",
             "担当課自己評価(総合評価)", "委員会評価平均"],
            ["", "", *THEMES, "", "進捗度", "連携度", "効率性", "創造性", "", "", ""]]
    for no, title, themes, score, _ in INITIATIVES:
        items = [p for p in PRACTICES if p[1] == no]
        averages = [sum(p[4][k] for p in items) / len(items) for k in range(4)]
        rows.append([no, title, *("○" if t in themes else "" for t in THEMES), str(len(items)),
                     *(f"{a:.1f}" for a in averages), f"{sum(averages):.1f}", _grade(round(sum(averages))), score])
    table(rows, merges=((0, 2, 5), (0, 7, 10)))
    d.add_paragraph(f"{PLAN}取組状況一覧【実践項目別】")
    titles = {no: title for no, title, *_ in INITIATIVES}
    rows = [["小No.", "大No.", "取組項目", "実践項目", "総合評価(自己評価)", "", "", "総括自己評価", "", "", "", "", "",
             "取組終了", "担当課(実践項目)"],
            ["", "", "", "", *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "", ""]]
    rows += [[p[0], f"No.{p[1]}", titles[p[1]], p[2], *p[3], *map(str, p[4]), str(sum(p[4])), _grade(sum(p[4])),
              p[5], p[6]] for p in PRACTICES]
    table(rows, merges=((0, 4, 6), (0, 7, 12)))
    d.add_heading("4 総評", level=1)
    d.add_paragraph("各取組はおおむね計画どおりに進んだ。")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def text() -> str:
    return to_text(_document(), SOURCE).text


@pytest.fixture(scope="module")
def doc(text) -> ParsedDocument:
    return plan_report.parse(text, SOURCE)


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_a_numbered_committee_section_before_the_lists_is_the_plan_report(text):
    assert plan_report.detect(text)
    assert registry.detect(text) is plan_report


def test_every_practice_item_from_the_list_after_the_committee_section(doc):
    practices = _records(doc, "practice")
    assert list(practices) == ["1", "2", "N1"]
    for code, no, title, grades, scores, ended, depts in PRACTICES:
        got = practices[code]
        assert (got["initiative"], got["title"], got["ended"]) == (no, title, ended)
        assert [got["h30"], got["r1"], got["r2"]] == grades
        assert [got["progress"], got["collaboration"], got["efficiency"], got["creativity"]] == scores
        assert (got["total"], got["overall"]) == (sum(scores), _grade(sum(scores)))
        assert got["departments"] == depts.split("、")


def test_themes_are_read_under_their_merged_heading(doc):
    initiatives = _records(doc, "initiative")
    assert initiatives["1"]["themes"] == ["財政"]
    assert initiatives["2"]["themes"] == ["サービス", "ICT"]  # the records' fixed theme order
    assert _records(doc, "practice")["N1"]["themes"] == ["サービス", "ICT"]


def test_initiatives_with_the_committee_score_and_remarks(doc):
    initiatives = _records(doc, "initiative")
    assert list(initiatives) == ["1", "2"]
    assert [(i["title"], i["committee_score"], i["n_practice"]) for i in initiatives.values()] == [
        ("税収の確保", 3.7, 2), ("窓口のデジタル化", 4.4, 1)]
    comments = _records(doc, "comment")
    assert [c["text"] for c in comments.values()] == [r for *_, remarks in INITIATIVES for r in remarks]


def test_the_copies_agree_and_the_absent_ones_are_reported(doc):
    # The section tables and the lists print the same themes, scores and ends: nothing disagrees.
    assert doc.conflicts == []
    notes = [w.note for w in doc.warnings]
    assert any("進捗状況シートがありません" in n for n in notes)
    assert not any("実践項目" in n and "にありません" in n and "進捗状況シート" not in n for n in notes)


def test_the_title_and_closing_remarks_are_kept(doc):
    assert doc.title == f"{PLAN} 取組の有効性に関する意見書"
    texts = [p.text for p in doc.passages if p.key == f"doc:{SOURCE}"]
    assert any("おおむね計画どおり" in t for t in texts)
    # The lists are records, not running text.
    assert not any("口座振替の推進" in t for t in texts)
