"""The plan report in another edition's layout, as a Word file written here: practice numbers of the
form 「1-2」 (initiative-practice) in a 実践No. column, themes as ○ columns of the initiative table
headed by the theme names (in an order of the city's own), the committee's score and remarks as
plain lines under 「委員の意見等」, 【R4新規】 items with blank grades before, and an abridged
appendix whose progress sheets are headed 「実践項目 2-1 …」 with a 年度 | 取組予定 | 取組結果 table.

The city, the years and the titles are made up and differ from every shipped or made edition."""
from __future__ import annotations

import io

import pytest

from assistant.formats import to_text
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

SOURCE = "sakuradai_ikensho_R6.docx"
PLAN = "桜台市行財政改革推進計画"

# The city's own theme order: a mark is read under its header, not by its position.
THEME_HEADER = ["財政", "施設", "サービス", "協働", "民活", "人材", "ICT"]
INITIATIVES = [
    ["No.", "取組項目", *THEME_HEADER, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計",
     "担当部署自己評価(総合評価)", "委員会評価平均"],
    ["1", "財源の確保", "○", "", "", "○", "", "", "", "2", "2.5", "2.5", "3.0", "2.0", "10.0", "A", "4.2"],
    ["2", "職員の育成", "", "", "", "", "", "○", "○", "1", "2.0", "2.0", "2.0", "3.0", "9.0", "B", "3.5"],
]
PRACTICES = [
    ["実践No.", "取組No.", "取組項目", "実践項目", "R3", "R4", "R5", "進捗度", "連携度", "効率性", "創造性", "合計",
     "総合評価", "取組終了", "担当部署(実践項目)"],
    ["1-1", "No.1", "財源の確保", "広告収入の拡大", "B", "A", "A", "3", "2", "3", "2", "10", "A", "R5", "(財)財政課"],
    ["1-2", "No.1", "財源の確保", "遊休地の売却【R4新規】", "", "B", "-", "2", "3", "3", "2", "10", "A", "R4",
     "(財)資産課、各担当部署"],
    ["2-1", "No.2", "職員の育成", "研修の再編", "C", "B", "B", "2", "2", "2", "3", "9", "B", "", "(総)人事課"],
]
SECTION_HEADER = ["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当部署"]
COMMENTS = {
    1: ["広告収入は着実に伸びている。", "遊休地の売却を早期に終えた点は評価できる。", "今後も新たな財源を探してほしい。"],
    2: ["研修の成果を数値で示してほしい。"],
}


def _document() -> bytes:
    import docx

    d = docx.Document()

    def table(rows: list[list[str]]) -> None:
        t = d.add_table(rows=0, cols=max(len(r) for r in rows))
        for row in rows:
            cells = t.add_row().cells
            for i, value in enumerate(row):
                cells[i].text = value

    for text in (PLAN, "取組の有効性に関する意見書", "令和6年8月1日", "桜台市行政改革推進委員会"):
        d.add_paragraph(text)
    d.add_heading("1 はじめに", level=2)
    d.add_paragraph("令和3年度から始まった計画の取組について、委員会の意見を取りまとめました。")
    d.add_heading("2 財政効果額について", level=2)
    d.add_paragraph("財政効果額　3億2千万円")
    d.add_heading(f"{PLAN}取組状況一覧【取組項目別】", level=2)
    table(INITIATIVES)
    d.add_heading(f"{PLAN}取組状況一覧【実践項目別】", level=2)
    table(PRACTICES)
    d.add_heading("I 取組項目別の評価について", level=1)
    scores = {"1": "4.2", "2": "3.5"}
    for no, title in (("1", "財源の確保"), ("2", "職員の育成")):
        d.add_heading(f"{no} {title}", level=2)
        rows = [[r[0], r[3].replace("【R4新規】", ""), *r[7:]] for r in PRACTICES[1:] if r[1] == f"No.{no}"]
        table([SECTION_HEADER, *rows])
        d.add_paragraph("委員の意見等")
        d.add_paragraph(f"委員評価　{scores[no]} /5")
        for remark in COMMENTS[int(no)]:
            d.add_paragraph(remark)
    d.add_heading("3 総評", level=1)
    d.add_paragraph("各取組はおおむね計画どおりに進んだ。")
    d.add_paragraph("【資料編】")
    d.add_paragraph(f"{PLAN} 令和5年度進捗状況シート")
    d.add_heading("No.2 職員の育成", level=2)
    table([["実践項目", "2-1 研修の再編"], ["担当部署", "(総)人事課"], ["テーマ", "人材、ICT"]])
    d.add_paragraph("取組内容")
    table([["年度", "取組予定", "取組結果"],
           ["R3", "① 研修体系の見直し", "(新) 研修体系を見直した。"],
           ["R4", "② 階層別研修の再編", "(継) 階層別研修を再編した。"],
           ["R5", "③ 効果の検証", "(継) 受講者アンケートで効果を検証した。"]])
    d.add_paragraph("取組終了の場合記入 → 令和　年　月取組終了")
    d.add_paragraph("取組に対する自己評価")
    table([["", "R3", "R4", "R5", "総括"],
           ["進捗度", "1", "2", "2", "2"],
           ["連携度", "2", "2", "2", "2"],
           ["効率性", "2", "2", "2", "2"],
           ["創造性", "2", "3", "3", "3"],
           ["総合評価", "C", "B", "B", "B"]])
    d.add_paragraph("特記事項")
    d.add_paragraph("研修の再編は次期計画でも続ける。")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def text() -> str:
    return to_text(_document(), SOURCE).text


@pytest.fixture(scope="module")
def doc(text) -> ParsedDocument:
    assert plan_report.detect(text)
    return plan_report.parse(text, SOURCE)


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_every_practice_item_with_its_grades_scores_end_and_departments(doc):
    practices = _records(doc, "practice")
    assert list(practices) == ["1-1", "1-2", "2-1"]
    for row in PRACTICES[1:]:
        got = practices[row[0]]
        assert got["initiative"] == row[1][3:]
        assert got["initiative_title"] == row[2]
        assert got["title"] == row[3].replace("【R4新規】", "")
        assert [got["r3"], got["r4"], got["r5"]] == row[4:7]
        assert [got["progress"], got["collaboration"], got["efficiency"], got["creativity"], got["total"]] == [
            int(c) for c in row[7:12]]
        assert (got["overall"], got["ended"]) == (row[12], row[13])
        assert got["departments"] == row[14].split("、")


def test_a_new_item_keeps_its_mark_and_blank_earlier_grades(doc):
    practices = _records(doc, "practice")
    assert practices["1-2"]["tags"] == ["R4新規"]
    assert practices["1-1"]["tags"] == []
    grades = _records(doc, "grade")
    assert [grades[f"1-2-{y}"]["grade"] for y in ("R3", "R4", "R5")] == ["", "B", "-"]
    assert grades["1-2-R3"]["fiscal_year"] == 2021


def test_themes_are_read_under_their_headers(doc):
    initiatives = _records(doc, "initiative")
    assert initiatives["1"]["themes"] == ["財政", "協働"]
    assert initiatives["2"]["themes"] == ["ICT", "人材"]  # 人材 is the sixth column here, ICT the seventh
    practices = _records(doc, "practice")
    assert practices["1-1"]["themes"] == ["財政", "協働"]  # no sheet: the initiative's
    assert practices["2-1"]["themes"] == ["ICT", "人材"]  # its sheet's テーマ row


def test_initiatives_with_committee_score_counts_and_self_evaluation(doc):
    initiatives = _records(doc, "initiative")
    assert list(initiatives) == ["1", "2"]
    one = initiatives["1"]
    assert (one["title"], one["n_practice"], one["committee_score"], one["self_overall"]) == ("財源の確保", 2, 4.2, "A")
    assert [one["progress"], one["collaboration"], one["efficiency"], one["creativity"], one["total"]] == [
        2.5, 2.5, 3.0, 2.0, 10.0]
    assert one["n_comments"] == 3
    assert initiatives["2"]["committee_score"] == 3.5
    # The layout prints no yearly grade of an initiative: left empty, not guessed.
    assert [one["r3"], one["r4"], one["r5"]] == ["", "", ""]


def test_comments_are_the_lines_under_the_committee_score(doc):
    comments = _records(doc, "comment")
    assert {code: c["text"] for code, c in comments.items()} == {
        f"{no}-{n}": text for no, texts in COMMENTS.items() for n, text in enumerate(texts, start=1)}


def test_the_sheets_present_are_read_and_linked_by_their_number(doc):
    assert list(_records(doc, "sheet")) == ["2-1"]
    sheet = _records(doc, "sheet")["2-1"]
    assert sheet["notes"] == "研修の再編は次期計画でも続ける。"
    assert sheet["ended_text"] == ""
    entries = _records(doc, "sheet_entry")
    assert [(e["year"], e["n"], e["status"], e["plan"]) for e in entries.values()] == [
        ("R3", 1, "新", "研修体系の見直し"), ("R4", 2, "継", "階層別研修の再編"), ("R5", 3, "継", "効果の検証")]
    evals = _records(doc, "self_eval")
    assert list(evals) == ["2-1-R3", "2-1-R4", "2-1-R5", "2-1-総括"]
    assert (evals["2-1-R3"]["progress"], evals["2-1-R3"]["overall"]) == (1, "C")
    assert (evals["2-1-総括"]["creativity"], evals["2-1-総括"]["overall"]) == (3, "B")


def test_every_copy_agrees_and_the_abridged_appendix_is_reported(doc):
    assert doc.conflicts == []
    assert doc.title == f"{PLAN} 取組の有効性に関する意見書"
    missing = sorted(w.record for w in doc.warnings if "進捗状況シートにありません" in w.note)
    assert missing == ["practice:1-1", "practice:1-2"]


def test_the_running_text_is_kept(doc):
    texts = [p.text for p in doc.passages if p.key == f"doc:{SOURCE}"]
    assert any("3億2千万円" in t for t in texts)


def _as_plain_text(text: str) -> str:
    """The same report saved as text by another hand: each remark bulleted (・) with a blank line after
    it, and the score written 「委員評価：4.2／5」."""
    remarks = {r for texts in COMMENTS.values() for r in texts}
    out = []
    for line in text.split("\n"):
        if line in remarks:
            out += [f"・{line}", ""]
        elif line.startswith("委員評価　"):
            out.append(line.replace("委員評価　", "委員評価：").replace(" /5", "／5"))
        else:
            out.append(line)
    return "\n".join(out)


def test_bulleted_remarks_with_blank_lines_between_them(text, doc):
    other = plan_report.parse(_as_plain_text(text), "sakuradai_ikensho_R6.txt")
    assert {c: r["text"] for c, r in _records(other, "comment").items()} == {
        c: r["text"] for c, r in _records(doc, "comment").items()}
    assert [r["committee_score"] for r in _records(other, "initiative").values()] == [4.2, 3.5]
    assert _records(other, "practice") == _records(doc, "practice")
