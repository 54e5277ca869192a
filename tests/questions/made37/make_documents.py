"""Write tests/questions/made37/docs/: four publications of 飯塚市, 恵那市 and 館山市 (docx, xlsx, pdf, html).

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made37.make_documents"""
from __future__ import annotations

import html
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.questions.made37 import data as D

DOCS = Path(__file__).parent / "docs"
rl_config.invariant = 1
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

DOCX_NAME = "飯塚市_第3次行政改革推進計画_令和6年度取組状況.docx"
XLSX_NAME = "飯塚市_使用料・手数料の見直し結果一覧_令和7年4月改定.xlsx"
PDF_NAME = "恵那市_民間委託等の実施状況_令和6年度.pdf"
HTML_NAME = "館山市_行政改革推進委員会_会議録_令和6年度第3回.html"


def num(v) -> str:
    if v is None:
        return "－"
    if isinstance(v, float):
        return f"{v:.1f}"
    return f"{v:,}"


def signed(v: int) -> str:
    return f"△{-v:,}" if v < 0 else f"{v:,}"


def rate(cur, new) -> str:
    if cur is None or new is None:
        return "－"
    return f"{(new - cur) / cur * 100:.1f}"


# ------------------------------------------------------------------------------------------ DOCX
def make_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("飯塚市第3次行政改革推進計画　令和6年度取組状況報告書", level=0)
    doc.add_paragraph("令和7年6月　飯塚市 総務部 行政経営課")
    doc.add_heading("１　計画の概要", level=1)
    doc.add_paragraph("第3次行政改革推進計画は、令和5年度から令和8年度までの4年間を計画期間とし、"
                      "3つの基本方針のもとに14の取組項目を定めています。本報告書は、計画2年目である"
                      "令和6年度（2024年度）の取組状況を取りまとめたものです。")
    doc.add_heading("２　進捗状況の区分", level=1)
    for k, v in D.PROGRESS.items():
        doc.add_paragraph(f"{k}　{v}")
    doc.add_heading("３　取組項目別の目標と実績", level=1)
    heads = ["番号", "取組項目", "担当課", "成果指標", "単位", "令和5年度", "", "令和6年度", "", "進捗"]
    t = doc.add_table(rows=2, cols=10)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = h
    for i, h in enumerate(["", "", "", "", "", "目標", "実績", "目標", "実績", ""]):
        t.rows[1].cells[i].text = h
    t.cell(0, 5).merge(t.cell(0, 6)).text = "令和5年度"
    t.cell(0, 7).merge(t.cell(0, 8)).text = "令和6年度"
    for i in (0, 1, 2, 3, 4, 9):
        txt = heads[i]
        m = t.cell(0, i).merge(t.cell(1, i))
        m.text = txt
    policy = None
    for m in D.MEASURES:
        p = m[0].split("-")[0]
        if p != policy:
            policy = p
            r = t.add_row()
            c = r.cells[0].merge(r.cells[9])
            c.text = f"基本方針{p}　{D.POLICIES[p]}"
        r = t.add_row().cells
        vals = [m[0], m[1], m[2], m[3], m[4], num(m[5]), num(m[6]), num(m[7]), num(m[8]), m[9]]
        for i, v in enumerate(vals):
            r[i].text = v
    doc.add_paragraph("注1）番号2-5は令和6年度から取り組む項目のため、令和5年度の目標・実績はありません。")
    doc.add_paragraph("注2）番号3-2は数値が小さいほど良い指標です。")
    doc.add_paragraph("注3）金額の単位は表中に記載のとおりです（2-1は千円、2-2は百万円）。")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("４　今後の方針", level=1)
    doc.add_paragraph("令和6年度は、14項目のうち「◎」が3項目、「○」が5項目となった一方、公共施設の集約化は"
                      "地元調整に時間を要し未達成となりました。令和7年度は、未達成・一部未達成の項目について"
                      "担当課と行政経営課が四半期ごとに進捗を確認し、計画最終年度の令和8年度までの目標達成を目指します。")
    doc.save(path)


# ------------------------------------------------------------------------------------------ XLSX
def make_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "見直し結果"
    ws["A1"] = "飯塚市 使用料・手数料の見直し結果一覧"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:K1")
    ws["A2"] = "令和7年4月1日施行（令和6年12月議会議決）"
    ws["I2"] = "単位：円、年間影響額は千円"
    heads = ["No.", "区分", "施設・事務の名称", "内容", "単位", "料金（円）", None, "改定率（％）", "見直し結果",
             "年間影響額（千円）", "所管課"]
    for i, h in enumerate(heads, 1):
        if h:
            ws.cell(4, i, h)
    ws.cell(5, 6, "現行")
    ws.cell(5, 7, "改定後")
    ws.merge_cells("F4:G4")
    for col in "ABCDEHIJK":
        ws.merge_cells(f"{col}4:{col}5")
    row = 6
    start = {}
    for f in D.FEES:
        no, kind, name, detail, unit, cur, new, res, eff, dept = f
        start.setdefault(kind, [row, row])[1] = row
        vals = [no, kind, name, detail, unit, cur if cur is not None else "－", new if new is not None else "－",
                rate(cur, new), res, signed(eff) if eff < 0 else eff, dept]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row, i, v)
            if isinstance(v, int):
                c.number_format = "#,##0"
        row += 1
    for kind, (a, b) in start.items():
        ws.merge_cells(f"B{a}:B{b}")
        ws[f"B{a}"].alignment = Alignment(vertical="center")
    total = sum(f[8] for f in D.FEES)
    ws.cell(row, 1, "合計")
    ws.merge_cells(f"A{row}:I{row}")
    ws.cell(row, 10, total).number_format = "#,##0"
    notes = ["※1 改定率は小数点以下第2位を四捨五入しています。",
             "※2 年間影響額の「△」は減収を表します。",
             "※3 No.9 市営キャンプ場は令和7年3月31日をもって施設を廃止するため、使用料を廃止します。",
             "※4 No.16 は屋外広告物条例の改正に伴い新たに手数料を設けるものです。"]
    for i, n in enumerate(notes):
        ws.cell(row + 2 + i, 1, n)
    for col, w in zip("ABCDEFGHIJK", [5, 8, 20, 16, 7, 9, 9, 10, 10, 14, 14]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------------------------------ PDF
def make_pdf(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    base = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("c", parent=base, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", parent=base, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", parent=base, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4)
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    head = ["No.", "区分", "施設名・業務名", "所管課", "指定管理者・受託者", "期間", "年額（千円）", "選定方法"]
    story = [Paragraph("恵那市 民間委託等の実施状況（令和6年度）", h1),
             Paragraph("令和6年4月1日現在　恵那市 総務部 行政改革推進課", ParagraphStyle("r", parent=base, alignment=2)),
             Paragraph("１　概要", h2),
             Paragraph("市では「恵那市民間活力導入指針」に基づき、公の施設への指定管理者制度の導入と、定型的な業務の"
                       "民間委託を進めています。令和6年4月1日現在、指定管理者制度を導入している施設は8施設、"
                       "主な業務委託は8件です。", base),
             Paragraph("２　指定管理者制度導入施設", h2)]
    widths = [10 * mm, 16 * mm, 50 * mm, 28 * mm, 62 * mm, 40 * mm, 22 * mm, 32 * mm]
    for kind, title in (("指定管理", None), ("業務委託", "３　主な業務委託")):
        if title:
            story += [PageBreak(), Paragraph(title, h2)]
        rows = [head]
        sel = [o for o in D.OUTSOURCED if o[1] == kind]
        for o in sel:
            rows.append([str(o[0]), o[1], Paragraph(o[2], cell), o[3], Paragraph(o[4], cell),
                         f"{o[5]}～{o[6]}", f"{o[7]:,}" + ("※" if o[7] == 0 else ""), o[8]])
        rows.append(["", "小計", f"{len(sel)}件", "", "", "", f"{sum(o[7] for o in sel):,}", ""])
        if kind == "業務委託":
            rows.append(["", "合計", f"{len(D.OUTSOURCED)}件", "", "", "", f"{sum(o[7] for o in D.OUTSOURCED):,}", ""])
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(style)
        story.append(t)
        if kind == "指定管理":
            story.append(Paragraph("※ 明智町デイサービスセンターは利用料金制のため、指定管理料は支出していません。", cell))
    story += [Spacer(1, 4 * mm),
              Paragraph("注）年額は令和6年度当初予算額（消費税及び地方消費税を含む）。期間は和暦（R＝令和）で表示しています。", cell)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                      topMargin=12 * mm, bottomMargin=12 * mm, title="恵那市 民間委託等の実施状況（令和6年度）",
                      author="恵那市").build(story)


# ------------------------------------------------------------------------------------------ HTML
def make_html(path: Path) -> None:
    e = html.escape
    M = D.MEETING
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           "<title>令和6年度第3回館山市行政改革推進委員会 会議録 | 館山市</title></head><body>",
           '<nav><a href="/">トップ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</nav>',
           "<h1>令和6年度第3回館山市行政改革推進委員会 会議録</h1>",
           "<table border='1'>",
           f"<tr><th>日時</th><td>{e(M['date'])}</td></tr>",
           f"<tr><th>場所</th><td>{e(M['place'])}</td></tr>",
           f"<tr><th>出席委員</th><td>{'、'.join(M['members'])}（{len(M['members'])}名）</td></tr>",
           f"<tr><th>欠席委員</th><td>{'、'.join(M['absent'])}（{len(M['absent'])}名）</td></tr>",
           f"<tr><th>事務局</th><td>{e(M['secretariat'])}</td></tr>",
           "<tr><th>傍聴者</th><td>2名</td></tr>",
           "</table>",
           "<h2>１　開会</h2>",
           f"<p>事務局が開会を宣言し、委員長の{M['chair']}委員が議事を進行した。委員8名中7名が出席しており、"
           "館山市行政改革推進委員会条例第6条第2項の規定により会議が成立していることを確認した。</p>",
           "<h2>２　議題</h2>",
           "<p>（1）館山市行政改革推進計画の令和5年度取組実績について<br>（2）使用料・手数料の見直しについて<br>（3）その他</p>",
           "<h2>３　議事の概要</h2>",
           "<p>議題（1）について、事務局から資料1により説明した。計画全26項目のうち、令和5年度に目標を達成した"
           "項目は19項目（達成率73.1％）であった。議題（2）について、事務局から資料2により、令和7年度からの"
           "公共施設使用料の改定案（平均改定率12.5％）を説明した。</p>",
           "<h2>４　委員からの主な意見と市の対応方針</h2>"]
    for no, who, topic, op, resp, dept in D.OPINIONS:
        out += [f"<h3>（{no}）{e(topic)}について</h3>",
                "<dl>",
                f"<dt>発言委員</dt><dd>{e(who)}</dd>",
                f"<dt>意見</dt><dd>{e(op)}</dd>",
                f"<dt>市の対応方針</dt><dd>{e(resp)}</dd>",
                f"<dt>担当</dt><dd>{e(dept)}</dd>",
                "</dl>"]
    out += ["<h2>５　その他</h2>",
            "<p>次回（令和6年度第4回）の委員会は、令和7年2月中旬に開催し、計画の見直し案について審議する予定である。</p>",
            "<h2>６　閉会</h2>",
            "<p>午後3時45分、委員長が閉会を宣言した。</p>",
            "<p>※本会議録は要点筆記です。</p>",
            "<footer>館山市 企画部 企画課 行政改革係　電話 0470-22-0000</footer>",
            "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    make_docx(DOCS / DOCX_NAME)
    make_xlsx(DOCS / XLSX_NAME)
    make_pdf(DOCS / PDF_NAME)
    make_html(DOCS / HTML_NAME)
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
