"""An abridged plan report: no progress sheets and no section II, as a town publishes it (a PDF laid
out by its own hand). The layout: the initiative table with the themes as ○ columns, the practice-item
table (小No.│大No.│…│one grade per year│four scores│合計│総合評価│取組終了│担当課 with bureau
abbreviations), and section I where each initiative opens with a line of its (参考) figures
(「テーマ：財政・協働 平均値 進捗度 2.5 … 総合評価 A」), then its practice table, then 委員評価 X.X /5 on a
line of its own and the remarks as bullets.

The document is written here, as text and as a real PDF (fpdf2, read back by the formats layer). The
town, its years and its titles are made up and differ from every shipped or made edition."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument
from tests.formats.make_pdf import japanese_font

PLAN = "鈴川町行政改革実施計画"
YEARS = ["R4", "R5", "R6"]
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]
INITIATIVES = [
    # no, title, themes, averages (4), total, self, committee score
    ("1", "歳入の確保", ("財政", "協働"), ("2.3", "2.7", "2.3", "2.0"), "9.3", "B", "3.8"),
    ("2", "行政のデジタル化", ("サービス", "ICT"), ("2.5", "2.0", "3.0", "2.5"), "10.0", "A", "4.4"),
]
# code, initiative, title, grades per year, scores (4), total, overall, ended, departments
PRACTICES = [
    ("1", "1", "町有林の木材販売の拡大", ("B", "A", "-"), ("3", "3", "2", "2"), "10", "A", "R5", "(産)農林課"),
    ("2", "1", "使用料・手数料の見直し", ("C", "C", "B"), ("1", "2", "2", "1"), "6", "C", "", "(総)財政課"),
    ("N1", "1", "ガバメントクラウドファンディングの導入と寄附者との継続的な関係づくり", ("", "B", "A"),
     ("3", "3", "3", "3"), "12", "A", "R6", "(総)財政課、(産)商工観光課"),
    ("3", "2", "オンライン申請の拡充", ("A", "A", "A"), ("3", "2", "3", "3"), "11", "A", "R6", "(総)情報推進室"),
    ("4", "2", "窓口のキャッシュレス決済", ("B", "B", "-"), ("2", "2", "3", "2"), "9", "B", "R5", "(住)住民課"),
]
COMMENTS = {
    "1": ["木材販売は町有林の強みを生かした取組として評価できる。", "使用料の見直しは住民への説明を丁寧に行ってほしい。"],
    "2": ["オンライン申請の拡充で来庁せずに済む手続が増えた。"],
}
SCORE_NAMES = ("progress", "collaboration", "efficiency", "creativity")


def _initiative_rows() -> list[list[str]]:
    head = ["No.", "取組項目", *THEMES, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計", "自己評価(総合評価)",
            "委員会評価平均"]
    rows = [head]
    for no, title, themes, averages, total, own, committee in INITIATIVES:
        count = sum(p[1] == no for p in PRACTICES)
        rows.append([no, title, *["○" if t in themes else "" for t in THEMES], str(count), *averages, total, own, committee])
    return rows


def _practice_rows() -> list[list[str]]:
    head = ["小No.", "大No.", "取組項目", "実践項目", *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了",
            "担当課"]
    titles = {i[0]: i[1] for i in INITIATIVES}
    return [head] + [[code, f"No.{no}", titles[no], title, *grades, *scores, total, overall, ended, depts]
                     for code, no, title, grades, scores, total, overall, ended, depts in PRACTICES]


SECTION_HEADER = ["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当課"]


def _section_rows(no: str) -> list[list[str]]:
    return [SECTION_HEADER] + [[code, title, *scores, total, overall, ended, depts]
                               for code, pno, title, _g, scores, total, overall, ended, depts in PRACTICES if pno == no]


def _theme_line(no: str) -> str:
    _no, _title, themes, averages, total, own, _c = next(i for i in INITIATIVES if i[0] == no)
    labelled = " ".join(f"{name} {value}" for name, value in zip(("進捗度", "連携度", "効率性", "創造性"), averages))
    return f"テーマ：{'・'.join(themes)}　平均値 {labelled} 合計 {total} 総合評価 {own}"


# The document as a sequence of paragraphs and tables, written out as text or as a PDF.
def _parts() -> list[str | list[list[str]]]:
    parts: list[str | list[list[str]]] = [
        PLAN, "取組の有効性に関する意見書", "令和7年（2025年）8月5日", "鈴川町行政改革推進委員会",
        "1 はじめに",
        "令和4年度（2022年度）から始まった計画の2つの取組項目と5つの実践項目（取組）について、委員会の意見を取りまとめた。",
        "2 取組の有効性の評価について",
        f"{PLAN}取組状況一覧【取組項目別】", _initiative_rows(),
        f"{PLAN}取組状況一覧【実践項目別】", _practice_rows(),
        "I 取組項目別の評価について",
    ]
    for no, title, *_ in INITIATIVES:
        parts += [f"{no} {title}", _theme_line(no), _section_rows(no), "委員の意見等",
                  f"委員評価 {INITIATIVES[int(no) - 1][6]} /5", *[f"・{c}" for c in COMMENTS[no]]]
    parts += ["3 総評", "3年間の取組はおおむね計画どおりに進んだ。継続する取組は次期計画に引き継ぐ。"]
    return parts


def document_text() -> str:
    return "\n".join(p if isinstance(p, str) else "\n".join("\t".join(r) for r in p) for p in _parts())


def document_pdf(font: str) -> bytes:
    """The same document as a PDF: paragraphs and ruled tables, one long title wrapping in its cell."""
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))  # same bytes every time
    pdf.add_font("jp", fname=font)
    pdf.add_page()
    for part in _parts():
        if isinstance(part, str):
            pdf.set_font("jp", size=9)
            pdf.multi_cell(0, 6, part, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("jp", size=7)
        width = len(part[0])
        # The title column is narrow, so that the long title wraps over two lines of its cell.
        widths = tuple(40 if h in ("実践項目", "実践項目名") else 30 if h in ("担当課", "取組項目") else 12 for h in part[0])
        with pdf.table(col_widths=widths, text_align="CENTER", first_row_as_headings=False) as table:
            for row in part:
                cells = table.row()
                for value in (row + [""] * width)[:width]:
                    cells.cell(value)
    return bytes(pdf.output())


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def check_read(doc: ParsedDocument) -> None:
    """Every record of the document, field by field, as the tables above state it."""
    practices = _records(doc, "practice")
    assert list(practices) == [p[0] for p in PRACTICES]
    titles = {i[0]: i[1] for i in INITIATIVES}
    for code, no, title, grades, scores, total, overall, ended, depts in PRACTICES:
        got = practices[code]
        assert (got["initiative"], got["initiative_title"], got["title"]) == (no, titles[no], title)
        assert [got[y.lower()] for y in YEARS] == list(grades), code
        assert [got[n] for n in SCORE_NAMES] == [int(s) for s in scores], code
        assert (got["total"], got["overall"], got["ended"]) == (int(total), overall, ended), code
        assert got["departments"] == depts.split("、"), code
        assert got["themes"] == list(next(i[2] for i in INITIATIVES if i[0] == no))
        assert got["ended_month"] == ""  # printed only by a progress sheet
    grades = _records(doc, "grade")
    assert [grades[f"N1-{y}"]["grade"] for y in YEARS] == ["", "B", "A"]
    assert [grades[f"N1-{y}"]["fiscal_year"] for y in YEARS] == [2022, 2023, 2024]

    initiatives = _records(doc, "initiative")
    assert list(initiatives) == [i[0] for i in INITIATIVES]
    for no, title, themes, averages, total, own, committee in INITIATIVES:
        got = initiatives[no]
        assert (got["title"], got["themes"], got["self_overall"]) == (title, list(themes), own)
        assert [got[n] for n in SCORE_NAMES] + [got["total"]] == [float(a) for a in (*averages, total)]
        assert got["committee_score"] == float(committee)
        assert got["n_practice"] == sum(p[1] == no for p in PRACTICES)
        assert got["n_comments"] == len(COMMENTS[no])
        # The layout prints no yearly grade of an initiative: left empty, not guessed.
        assert [got[y.lower()] for y in YEARS] == ["", "", ""]

    assert {c: r["text"] for c, r in _records(doc, "comment").items()} == {
        f"{no}-{n}": text for no, texts in COMMENTS.items() for n, text in enumerate(texts, start=1)}
    for kind in ("sheet", "sheet_entry", "self_eval", "challenge"):
        assert _records(doc, kind) == {}
    assert doc.conflicts == []
    assert doc.title == f"{PLAN} 取組の有効性に関する意見書"
    # The sheets are missing as a whole: said once, not once per practice item.
    notes = [w.note for w in doc.warnings if w.kind == "absent_copy"]
    assert "進捗状況シートがありません（ほかの写しで読み取りました）" in notes
    assert not [n for n in notes if "進捗状況シートにありません" in n]
    assert not [w for w in doc.warnings if w.kind in ("malformed_row", "other_kind")]


def test_the_text_is_detected_and_read_without_progress_sheets():
    text = document_text()
    assert "進捗状況シート" not in text
    assert registry.detect(text) is plan_report
    check_read(registry.parse(text, "suzukawa_ikensho_R7.txt"))


def test_the_score_written_another_way_is_recognised():
    """「委員評価：3.8／5」 with a full-width colon and slash, as another hand types it."""
    text = document_text().replace("委員評価 3.8 /5", "委員評価：3.8／5").replace("委員評価 4.4 /5", "委員評価：4.4／5")
    assert plan_report.detect(text)
    assert [r["committee_score"] for r in _records(plan_report.parse(text, "x.txt"), "initiative").values()] == [3.8, 4.4]


def test_the_running_text_is_kept():
    doc = plan_report.parse(document_text(), "suzukawa_ikensho_R7.txt")
    texts = [p.text for p in doc.passages if p.key == "doc:suzukawa_ikensho_R7.txt"]
    assert any("次期計画に引き継ぐ" in t for t in texts)


@pytest.mark.skipif(japanese_font() is None, reason="no Japanese font on this machine (fonts-ipaexfont-gothic)")
def test_the_pdf_is_read_the_same():
    text = to_text(document_pdf(japanese_font()), "suzukawa_ikensho_R7.pdf").text
    assert registry.detect(text) is plan_report
    check_read(registry.parse(text, "suzukawa_ikensho_R7.pdf"))


def test_section_one_without_its_committee_score_is_not_this_report():
    """Section I and practice items alone (a document quoting the report's headings) are not enough:
    the committee's score of section I, or the progress sheets, make the report."""
    text = document_text()
    quoted = "\n".join(line for line in text.split("\n") if not line.startswith("委員評価"))
    assert not plan_report.detect(quoted)
