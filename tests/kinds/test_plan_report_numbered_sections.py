"""The plan report in the layout of a PDF with drawn tables (as a PDF converts it: cells separated by
tabs, a page number 「- 3 -」 on a line of its own): numbered headings, section I named by what it
evaluates (「4 取組の成果の評価」), each initiative's remarks under 「委員会の意見 委員評価 4.2 /5」, one
practice list without the 取組項目 column under a two-row heading, 担当課 for 担当部署, and short
progress sheets (entries by year without ①, a 総合評価 row alone under R3…R5 and 総括, no 取組上の
課題). The city, the years and the titles are made up; made26 holds the same shape as a real PDF.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.plan_report import loader as plan_report

SOURCE = "sakuragawa_ikensho.txt"
MADE26_PDF = Path(__file__).parents[1] / "questions" / "made26" / "docs" / "小樽市_行政改革プラン_取組の成果に関する意見書.pdf"


def _sheet(initiative: str, code: str, title: str, dept: str, years: list[str], grades: list[str], end: str = "") -> list[str]:
    lines = [f"No.{initiative}", f"実践項目\t{code} {title}", f"担当課\t{dept}", "テーマ\t財政・協働",
             "工程表(予定含む)\tR3年度\tR4年度\tR5年度", "\t取組開始\t工程どおり\t工程どおり", "年度\t取組内容\t取組結果"]
    lines += [f"{y}\t{title}に向けた取組\t(継) {title}を進めた。" for y in years]
    if end:
        lines.append(f"取組終了の場合記入 → {end}取組終了")
    lines += ["取組に対する自己評価\tR3\tR4\tR5\t総括", "総合評価\t" + "\t".join(grades), f"特記事項\t{title}の成果が出た。", "- 9 -", ""]
    return lines


def _text() -> str:
    lines = [
        "桜川市行政改革プラン", "取組の成果に関する意見書", "令和6年7月1日", "桜川市行政改革推進委員会", "- 1 -", "",
        "1 はじめに", "令和3年度から取り組んできたプランの成果を評価した。",
        "2 行政改革プラン取組状況一覧【取組項目別】",
        "No.\t取組項目\t財政\tサービス\t協働\t施設\t民活\tICT\t人材\t実践項目数\t進捗度\t連携度\t効率性\t創造性\t合計\t担当課自己評価(総合評価)\t委員会評価平均",
        "1\t財源の確保\t○\t\t○\t\t\t\t\t1\t3.0\t2.0\t3.0\t2.0\t10.0\tA\t4.2",
        "2\t窓口の改善\t○\t\t○\t\t\t\t\t2\t2.0\t2.5\t2.0\t2.5\t9.0\tB\t3.1",
        "- 2 -", "",
        "3 行政改革プラン取組状況一覧【実践項目別】",
        "小No.\t大No.\t実践項目\t総合評価(自己評価)\t\t\t総括自己評価\t\t\t\t\t\t取組終了\t担当課(実践項目)",
        "\t\t\tR3\tR4\tR5\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価",
        "1\tNo.1\t広告収入の拡大\tA\tA\tA\t3\t2\t3\t2\t10\tA\tR5\t(財)財政課",
        "2\tNo.2\t窓口案内の改善\tB\tB\t-\t2\t2\t2\t2\t8\tB\tR4\t(市)市民課",
        "N1\tNo.2\tオンライン予約の導入\t\t\tB\t2\t3\t2\t3\t10\tA\t\t(市)市民課、(総)情報課",
        "- 3 -", "",
        "4 取組の成果の評価",
        "1 財源の確保",
        "テーマ\t実践項目数\t平均値(進捗度・連携度・効率性・創造性)\t合計\t総合評価",
        "財政・協働\t1\t3.0 / 2.0 / 3.0 / 2.0\t10.0\tA",
        "No.\t実践項目名\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価\t取組終了\t担当課",
        "1\t広告収入の拡大\t3\t2\t3\t2\t10\tA\tR5\t(財)財政課",
        "委員会の意見 委員評価 4.2 /5",
        "・広告収入は着実に伸びている。",
        "・新たな広告媒体も検討してほしい。",
        "- 4 -", "",
        "2 窓口の改善",
        "テーマ\t実践項目数\t平均値(進捗度・連携度・効率性・創造性)\t合計\t総合評価",
        "財政・協働\t2\t2.0 / 2.5 / 2.0 / 2.5\t9.0\tB",
        "No.\t実践項目名\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価\t取組終了\t担当課",
        "2\t窓口案内の改善\t2\t2\t2\t2\t8\tB\tR4\t(市)市民課",
        "N1\tオンライン予約の導入\t2\t3\t2\t3\t10\tA\t\t(市)市民課、(総)情報課",
        "委員会の意見 委員評価 3.1 /5",
        "・オンライン予約は利用者に好評である。",
        "- 5 -", "",
        "5 総評", "多くの取組が成果を上げた。", "- 6 -", "",
        "【資料編】令和5年度進捗状況シート", "- 7 -", "",
    ]
    # Practice 1's sheet dates its end 令和5年3月 (fiscal R4) but grades R5: the date is contradicted by
    # the sheet itself, and the lists' R5 stands. Practice 2's 令和5年3月 agrees with its R4.
    lines += _sheet("1 財源の確保", "1", "広告収入の拡大", "(財)財政課", ["R3", "R4", "R5"], ["A", "A", "A", "A"], "令和 5 年 3 月")
    lines += _sheet("2 窓口の改善", "2", "窓口案内の改善", "(市)市民課", ["R3", "R4"], ["B", "B", "-", "B"], "令和 5 年 3 月")
    lines += _sheet("2 窓口の改善", "N1", "オンライン予約の導入", "(市)市民課、(総)情報課", ["R5"], ["", "", "B", "A"])
    return "\n".join(lines)


@pytest.fixture(scope="module")
def doc():
    text = _text()
    assert plan_report.detect(text)
    return plan_report.parse(text, SOURCE)


def _records(doc, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_section_i_is_the_evaluation_heading_before_the_first_committee_score(doc):
    initiatives = _records(doc, "initiative")
    assert set(initiatives) == {"1", "2"}
    assert initiatives["1"]["committee_score"] == 4.2 and initiatives["2"]["committee_score"] == 3.1
    assert initiatives["1"]["themes"] == ["財政", "協働"]
    comments = _records(doc, "comment")
    assert comments["1-1"]["text"] == "広告収入は着実に伸びている。"
    assert set(comments) == {"1-1", "1-2", "2-1"}  # the page number 「- 4 -」 is no remark


def test_the_list_without_its_initiative_column_is_read_by_its_heading(doc):
    practices = _records(doc, "practice")
    assert set(practices) == {"1", "2", "N1"}
    assert (practices["N1"]["r3"], practices["N1"]["r4"], practices["N1"]["r5"]) == ("", "", "B")
    assert practices["N1"]["departments"] == ["(市)市民課", "(総)情報課"]
    assert practices["2"]["title"] == "窓口案内の改善" and practices["2"]["total"] == 8


def test_a_sheet_end_date_before_a_year_it_grades_leaves_the_lists_end(doc):
    practices = _records(doc, "practice")
    assert practices["1"]["ended"] == "R5"  # sheet: 令和5年3月 (R4), yet graded A in R5
    # … and `gyokaku check` lists the disagreement with why the list's value stands.
    [conflict] = doc.conflicts
    assert (conflict.key, conflict.field, conflict.chosen) == ("practice:1", "ended", "R5")
    assert "R4" in [v.value for v in conflict.values] and "後の年度を評価" in conflict.note
    assert practices["2"]["ended"] == "R4" and practices["2"]["ended_month"] == "2023-03"
    assert practices["N1"]["ended"] == ""


def test_short_sheets_are_read(doc):
    sheets = _records(doc, "sheet")
    assert set(sheets) == {"1", "2", "N1"}
    assert sheets["N1"]["notes"] == "オンライン予約の導入の成果が出た。"
    entries = [r.fields for r in doc.records if r.kind == "sheet_entry" and r.fields["practice"] == "2"]
    assert [(e["year"], e["n"], e["status"]) for e in entries] == [("R3", 1, "継"), ("R4", 2, "継")]
    summary = _records(doc, "self_eval")
    assert summary["N1-総括"]["overall"] == "A"
    # Blank early years of an item added later are no cut row.
    assert not [w for w in doc.warnings if w.kind in ("malformed_row", "repaired_row")], doc.warnings


@pytest.mark.skipif(not MADE26_PDF.exists(), reason="made26 not present")
def test_the_made26_pdf_reads_as_the_plan_report():
    from assistant.formats import to_text

    text = to_text(MADE26_PDF.read_bytes(), MADE26_PDF.name).text
    assert plan_report.detect(text)
    doc = plan_report.parse(text, MADE26_PDF.name)
    practices = _records(doc, "practice")
    assert len(practices) == 30 and len(_records(doc, "initiative")) == 10
    # The list's 取組終了 (the year's label) stands where the sheet's month contradicts its own grades.
    assert [c for c, p in practices.items() if p["ended"] == "R6"] == ["3", "7", "11", "14", "N4"]
    # Every sheet dates its end in the March of the year the lists name (令和7年3月 for R7, fiscal R6)
    # while grading that year: each is listed as a disagreement, the lists' year kept.
    assert {c.key for c in doc.conflicts} == {f"practice:{c}" for c, p in practices.items() if p["ended"]}
    assert {c.field for c in doc.conflicts} == {"ended"}
    assert not [w for w in doc.warnings if w.kind in ("malformed_row", "repaired_row")]
