"""Write the made30 documents to tests/questions/made30/docs/:
  釧路市 実施計画進捗 (XLSX: 総括 sheet + detail sheet), 釧路市 推進委員会意見書 (DOCX: numbered
  opinions with label blocks and a meeting table), 福井市 指定管理者評価 (PDF: table over two pages with
  merged category cells), 福井市 補助金見直し一覧 (HTML: one small table per department with totals).

Run: .venv/bin/python -m tests.questions.made30.make_documents"""
from __future__ import annotations

import datetime
import html
import re
import zipfile
from pathlib import Path

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook

from tests.questions.made30 import data as d

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
# Fixed document dates keep regenerated files identical, so git sees no change on a rerun.
STAMP = datetime.datetime(2025, 6, 30, 9, 0, 0)


def _settle_zip(path: Path) -> None:
    """Rewrite an Office file with fixed entry times (openpyxl and python-docx stamp the save time)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                # openpyxl writes the save time as dcterms:modified whatever the properties say.
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            z.writestr(zipfile.ZipInfo(name, STAMP.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def _num(v):
    return "" if v is None else v


def workbook(path: Path) -> None:
    wb = Workbook()
    s = wb.active
    s.title = "総括"
    s.append([f"{d.KUSHIRO}行財政改革実施計画 令和6年度(2024年度)進捗状況 総括表"])
    s.append(["令和7年6月 総務部行政改革推進室"])
    s.append([])
    s.append(["取組方針", "取組数", "A", "B", "C", "D", "効果額(千円)"])
    policies = list(dict.fromkeys(m[1] for m in d.MEASURES))
    for p in policies:
        rows = [m for m in d.MEASURES if m[1] == p]
        s.append([p, len(rows)] + [sum(m[8] == g for m in rows) or None for g in "ABCD"]
                 + [sum(m[9] or 0 for m in rows)])
    s.append(["合計", len(d.MEASURES)] + [sum(m[8] == g for m in d.MEASURES) for g in "ABCD"]
             + [sum(m[9] or 0 for m in d.MEASURES)])
    s.append([])
    s.append(["※達成度の区分"] )
    for g, t in d.GRADES.items():
        s.append([g, t])

    t = wb.create_sheet("取組別進捗")
    t.append([f"{d.KUSHIRO}行財政改革実施計画 取組別進捗状況(令和6年度)"])
    t.append([])
    t.append(["No.", "取組方針", "取組項目", "担当課", "成果指標", "単位", "R6目標", "R6実績",
              "達成度", "効果額(千円)", "着手", "完了予定"])
    last = None
    for m in d.MEASURES:
        # The policy is written only on its first row, as in the merged cells of the printed plan.
        policy = m[1] if m[1] != last else None
        last = m[1]
        t.append([m[0], policy, m[2], m[3], m[4], m[5], m[6], m[7], m[8], _num(m[9]) or None, m[10], m[11]])
    t.append([])
    t.append(["注1) 効果額は令和6年度決算における財政効果額(前年度比)。空欄は効果額を算定していない取組。"])
    t.append(["注2) 完了予定は年度で示す。"])
    t.merge_cells(start_row=1, start_column=1, end_row=1, end_column=12)
    wb.properties.created = wb.properties.modified = STAMP
    wb.save(path)
    _settle_zip(path)


def word(path: Path) -> None:
    doc = Document()
    doc.add_heading(f"{d.KUSHIRO}行財政改革実施計画の推進に関する意見書", level=1)
    doc.add_paragraph("令和7年3月21日")
    doc.add_paragraph(f"{d.KUSHIRO}長 様")
    doc.add_paragraph(f"{d.KUSHIRO}行財政改革推進委員会 委員長 佐々木 恭子")
    doc.add_paragraph("当委員会は、令和6年度に4回の会議を開催し、実施計画の進捗状況について審議を行った。"
                      "その結果を次のとおり意見として取りまとめたので提出する。")
    doc.add_heading("第1 審議の経過", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["回", "開催日", "主な議題"]):
        cell.text = text
    for row in d.MEETINGS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_heading("第2 個別の意見", level=2)
    for no, title, grade, opinion, reply in d.OPINIONS:
        doc.add_paragraph(f"{no} {title}")
        doc.add_paragraph(f"【委員会の評価】{grade}")
        doc.add_paragraph(f"【意見】{opinion}")
        doc.add_paragraph(f"【市の対応方針】{reply}")
    doc.add_heading("第3 おわりに", level=2)
    doc.add_paragraph("計画期間は令和9年度までである。委員会は引き続き進捗を点検する。")
    doc.core_properties.created = doc.core_properties.modified = STAMP
    doc.save(path)
    _settle_zip(path)


def pdf(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(STAMP.replace(tzinfo=datetime.timezone.utc))
    pdf.add_font("ipa", fname=FONT)
    pdf.set_font("ipa", size=9)
    pdf.set_auto_page_break(False)
    widths = [24, 48, 70, 28, 18, 24, 24, 30]
    head = ["施設分類", "施設名", "指定管理者", "指定期間", "総合評価", "利用者数R5(人)", "利用者数R6(人)", "指定管理料(千円)"]
    row_h = 12

    def header():
        pdf.set_font("ipa", size=8)
        for w, h in zip(widths, head):
            pdf.cell(w, 9, h, border=1, align="C")
        pdf.ln()
        pdf.set_font("ipa", size=9)

    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 10, f"{d.FUKUI} 指定管理者制度導入施設 評価結果一覧(令和6年度)", align="C")
    pdf.ln(12)
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 6, "評価:S 特に優れている/A 優れている/B 適正である/C 改善を要する   令和7年8月 福井市総務部行政経営課")
    pdf.ln(8)
    header()
    # Rows of one category share one merged category cell; a new page repeats the header.
    groups = list(dict.fromkeys(f[0] for f in d.FACILITIES))
    for g in groups:
        rows = [f for f in d.FACILITIES if f[0] == g]
        if pdf.get_y() + row_h * len(rows) > 190:
            pdf.add_page()
            pdf.cell(0, 6, "(前ページからの続き)")
            pdf.ln(8)
            header()
        top = pdf.get_y()
        pdf.rect(pdf.l_margin, top, widths[0], row_h * len(rows))
        pdf.set_xy(pdf.l_margin, top + (row_h * len(rows) - 6) / 2)
        pdf.cell(widths[0], 6, g, align="C")
        for i, f in enumerate(rows):
            pdf.set_xy(pdf.l_margin + widths[0], top + i * row_h)
            values = [f[1], f[2], f[3], f[4], f"{f[5]:,}", f"{f[6]:,}", f"{f[7]:,}" if f[7] else "―"]
            for w, v, a in zip(widths[1:], values, "LLCCRRR"):
                pdf.cell(w, row_h, v, border=1, align=a)
        pdf.set_xy(pdf.l_margin, top + row_h * len(rows))
    total = sum(f[7] for f in d.FACILITIES)
    pdf.cell(sum(widths[:7]), row_h, "合計", border=1, align="C")
    pdf.cell(widths[7], row_h, f"{total:,}", border=1, align="R")
    pdf.ln(row_h + 2)
    pdf.cell(0, 6, "※福井駅西口駐車場は利用料金制(指定管理料なし)。利用者数は駐車台数。")
    pdf.output(str(path))


def web(path: Path) -> None:
    parts = [f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{d.FUKUI} 補助金の見直し結果(令和7年度当初予算)</title></head><body>",
             f"<h1>{d.FUKUI} 補助金の見直し結果(令和7年度当初予算)</h1>",
             "<p>更新日:2025年3月14日 担当:財政課</p>",
             "<p>市単独補助金について、公益性・有効性・補助率の観点から見直しを行いました。区分は「継続」「拡充」「縮小」「統合」「廃止」です。金額の単位は千円です。</p>"]
    for dept, rows in d.SUBSIDIES.items():
        parts.append(f"<h2>{html.escape(dept)}</h2><table border='1'><tr><th>補助金名</th><th>所管課</th><th>令和6年度予算額</th><th>令和7年度予算額</th><th>見直し区分</th><th>備考</th></tr>")
        for name, section, r6, r7, kind, note in rows:
            r7s = "―" if r7 is None else f"{r7:,}"
            parts.append(f"<tr><td>{name}</td><td>{section}</td><td>{r6:,}</td><td>{r7s}</td><td>{kind}</td><td>{note}</td></tr>")
        parts.append(f"<tr><td>小計</td><td></td><td>{sum(r[2] for r in rows):,}</td><td>{sum(r[3] or 0 for r in rows):,}</td><td></td><td></td></tr></table>")
    parts.append("<p>※「―」は令和7年度予算に計上していないもの。</p><p><a href='/'>ホームへ戻る</a></p></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    workbook(DOCS / "釧路市_行財政改革実施計画_令和6年度進捗.xlsx")
    word(DOCS / "釧路市_行財政改革推進委員会_意見書_令和7年3月.docx")
    pdf(DOCS / "福井市_指定管理者評価結果一覧_令和6年度.pdf")
    web(DOCS / "福井市_補助金見直し結果_令和7年度.html")


if __name__ == "__main__":
    main()
