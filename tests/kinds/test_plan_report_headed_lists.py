"""A plan report as a Word document whose parts carry titles of their own: section I headed
「I 取組項目ごとの評価と意見」 with one block per initiative (「取組項目1 …」, a テーマ line that also
states the departments' grade and the committee's score, the remarks under 「委員の意見」), the two
lists titled only by their roman numerals and read by their column headers (the practice list's
columns in an order of the city's own: 番号│取組項目No│実践項目│担当部署│scores│合計│総合評価│years│
取組終了), and progress sheets as one table of years (「実践項目 2 …」, 年度│取組内容│自己評価│
評価の理由│取組上の課題).

The document is written here with python-docx and read back by the formats layer. The town, its
years (crossing 平成→令和) and its titles are made up; the lists are printed before section I in one
edition and after it in another, so that no section order is assumed."""
from __future__ import annotations

import io

import pytest
from docx import Document

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

YEARS = ("平成29年度", "平成30年度", "令和元年度")
WESTERN = ("2017年度", "2018年度", "2019年度")  # the same years as another edition heads them
INITIATIVES = [
    # no, title, theme, own grade, committee score, remarks
    ("1", "収納対策の強化", "財政の健全化", "A", 4.4, ["口座振替の勧奨は効果が出ている。", "滞納整理は引き続き進めること。"]),
    ("2", "職員の働き方改革", "組織・人事", "C", 2.6, ["時間外勤務が減っていない。"]),
]
PRACTICES = [
    # code, initiative, title, departments, scores, total, overall, grades by year, ended
    ("1", "1", "口座振替の推進", "(税)収税課", (3, 2, 3, 2), 10, "A", ("B", "A", ""), "H30"),
    ("2", "2", "時差出勤の導入", "(総)人事課、(総)行革推進室", (1, 1, 2, 1), 5, "C", ("C", "C", "B"), ""),
    ("N1", "1", "コンビニ納付の拡大", "(税)収税課", (2, 2, 2, 3), 9, "B", ("", "B", "A"), ""),
]
SHEET = ("2", "2", [("平成29年度", "①時差出勤の検討(新)", "C", "検討にとどまった", "職員の理解"),
                    ("平成30年度", "①試行(新) ②効果検証(新)", "C", "利用が月10人にとどまった", "窓口職場の体制"),
                    ("令和元年度", "①本格実施(継)", "B", "利用が月85人に増えた", "制度の周知")])


def _table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _section1(document, initiatives: list, other: bool = False) -> None:
    document.add_paragraph(f"{'Ⅰ' if other else 'I'} 取組項目ごとの評価と意見")
    for no, title, theme, own, committee, remarks in initiatives:
        document.add_paragraph(f"取組項目{no} {title}")
        score = f"{committee}点" if other else f"{committee}/5"
        document.add_paragraph(f"テーマ:{theme}　担当課自己評価:{own}　委員評価 {score}")
        document.add_paragraph("委員の意見")
        for remark in remarks:
            document.add_paragraph(f"・{remark}")


def _lists(document, initiatives: list, other: bool = False) -> None:
    document.add_paragraph(f"{'Ⅱ' if other else 'II'} 取組項目一覧")
    rows = [["No", "取組項目", "テーマ", "実践項目数", "担当課自己評価", "審議会評価平均"]]
    for no, title, theme, own, committee, _ in initiatives:
        rows.append([no, title, theme, str(sum(p[1] == no for p in PRACTICES)), own, str(committee)])
    _table(document, rows)
    document.add_paragraph(f"{'Ⅲ' if other else 'III'} 実践項目一覧")
    rows = [["番号", "取組項目No", "実践項目", "担当部署", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価",
             *(WESTERN if other else YEARS), "取組終了"]]
    for code, no, title, depts, scores, total, overall, grades, ended in PRACTICES:
        rows.append([code, no, title, depts, *map(str, scores), str(total), overall, *grades, ended])
    _table(document, rows)


def report(lists_first: bool, town: str = "桜川町", initiatives: list | None = None, other: bool = False) -> bytes:
    """The report as a .docx; another `town` with other `initiatives` makes a second report. `other`:
    the edition words its parts otherwise (Ⅰ/Ⅱ/Ⅲ, 委員評価 4.4点, the years as 2018年度, 実践項目No.2)."""
    document = Document()
    document.add_paragraph(f"{town}行政改革実施計画 取組の有効性に関する意見書")
    document.add_paragraph(f"令和2年6月1日 {town}行政改革推進委員会")
    for part in ((_lists, _section1) if lists_first else (_section1, _lists)):
        part(document, initiatives or INITIATIVES, other)
    document.add_paragraph("付属資料 進捗状況シート")
    code, initiative, years = SHEET
    document.add_paragraph(f"実践項目{'No.' if other else ' '}{code} 時差出勤の導入")
    document.add_paragraph(f"担当部署:(総)人事課、(総)行革推進室　取組項目:{initiative}")
    _table(document, [["年度", "取組内容", "自己評価", "評価の理由", "取組上の課題"], *[list(y) for y in years]])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


@pytest.fixture(scope="module", params=[(False, False), (True, False), (False, True)],
                ids=["lists-after", "lists-first", "other-wording"])
def doc(request) -> ParsedDocument:
    lists_first, other = request.param
    text = to_text(report(lists_first, other=other), "sakuragawa.docx").text
    assert registry.detect(text) is plan_report
    return registry.parse(text, "sakuragawa.docx")


def test_practice_items_are_read_under_their_headers(doc):
    practices = _records(doc, "practice")
    assert list(practices) == ["1", "2", "N1"]
    one = practices["1"]
    assert (one["initiative"], one["title"], one["departments"]) == ("1", "口座振替の推進", ["(税)収税課"])
    assert (one["h29"], one["h30"], one["r1"], one["ended"]) == ("B", "A", "", "H30")
    assert (one["progress"], one["collaboration"], one["efficiency"], one["creativity"], one["total"], one["overall"]) == (
        3, 2, 3, 2, 10, "A")
    assert practices["N1"]["h29"] == "" and practices["N1"]["ended"] == ""
    assert practices["2"]["departments"] == ["(総)人事課", "(総)行革推進室"]
    grades = _records(doc, "grade")
    assert grades["2-R1"]["grade"] == "B" and grades["2-R1"]["fiscal_year"] == 2019


def test_initiatives_and_remarks_come_from_section1_and_the_list(doc):
    initiatives = _records(doc, "initiative")
    assert {k: (v["title"], v["self_overall"], v["committee_score"], v["n_practice"]) for k, v in initiatives.items()} == {
        "1": ("収納対策の強化", "A", 4.4, 2), "2": ("職員の働き方改革", "C", 2.6, 1)}
    # Themes of the town's own wording are kept as printed (none of them is one of the report's).
    assert [v["themes"] for v in initiatives.values()] == [["財政の健全化"], ["組織・人事"]]
    comments = _records(doc, "comment")
    assert [c["text"] for c in comments.values() if c["initiative"] == "1"] == INITIATIVES[0][5]
    assert not doc.conflicts


def test_a_sheet_laid_out_as_one_table_of_years(doc):
    assert _records(doc, "sheet").keys() == {"2"}
    evals = _records(doc, "self_eval")
    assert evals["2-R1"]["overall"] == "B" and evals["2-R1"]["reason_overall"] == "利用が月85人に増えた"
    challenges = _records(doc, "challenge")
    assert challenges["2-H30"]["problem"] == "窓口職場の体制"
    entries = _records(doc, "sheet_entry")
    assert [(e["year"], e["plan"], e["status"]) for e in entries.values()] == [
        ("H29", "①時差出勤の検討(新)", "新"), ("H30", "①試行(新)", "新"), ("H30", "②効果検証(新)", "新"),
        ("R1", "①本格実施(継)", "継")]
    # The items without a sheet are said to have none; section I prints no practice table, and
    # that is its layout, not a gap.
    notes = [w.note for w in doc.warnings]
    assert "実践項目1が進捗状況シートにありません" in notes
    assert not any("取組項目別の評価にありません" in n for n in notes)
