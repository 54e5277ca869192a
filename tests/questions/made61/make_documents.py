"""Write made61/docs/: five documents of other municipalities (xlsx, docx, pdf, html, txt) from data.py."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from tests.questions.made61 import data as D

HERE = Path(__file__).parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

XLSX = DOCS / "市川市_事務事業評価結果_令和6年度実施.xlsx"
DOCX = DOCS / "吹田市_行財政改革推進計画_推進状況報告書_令和6年度末.docx"
PDF = DOCS / "郡山市_庁内コピー用紙使用量の状況_令和5・6年度.pdf"
HTML = DOCS / "明石市_公共施設の集約化・廃止等の状況_令和7年4月.html"
TXT = DOCS / "加古川市_証明・交付等手数料一覧_令和7年4月1日現在.txt"


def fmt(v) -> str:
    if v is None:
        return "―"
    if isinstance(v, float):
        return f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def delta(a, b) -> str:
    if a is None or b is None:
        return "―"
    d = b - a
    return f"▲{-d:,}" if d < 0 else f"{d:,}"


def write_xlsx() -> None:
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = ["事業番号", "事業名", "担当課", "年度", "事業費（千円）", "成果指標", "指標値", "評価"]
    for dept, rows in D.ICHIKAWA.items():
        ws = wb.create_sheet(dept)
        ws["A1"] = f"{D.ICHIKAWA_TITLE}　{dept}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "評価実施：令和6年（2024年）7月　対象：令和5年度実施事業（比較のため令和4年度を併記）"
        ws.append([])
        ws.append(head)
        for c in range(1, 9):
            ws.cell(4, c).border = box
            ws.cell(4, c).font = Font(bold=True)
        r = 5
        for code, name, ka, costs, ind, vals, grade in rows:
            for i, year in enumerate(D.ICHIKAWA_YEARS):
                cost = costs[i]
                val = vals[i]
                ws.cell(r + i, 4, year)
                ws.cell(r + i, 5, cost if cost is not None else "―")
                ws.cell(r + i, 7, val if val is not None else "―")
                ws.cell(r + i, 5).number_format = "#,##0"
                if isinstance(val, float):
                    ws.cell(r + i, 7).number_format = "0.0"
                else:
                    ws.cell(r + i, 7).number_format = "#,##0"
            for col, v in ((1, code), (2, name), (3, ka), (6, ind), (8, grade)):
                ws.cell(r, col, v)
                ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
                ws.cell(r, col).alignment = Alignment(vertical="center", wrap_text=True)
            for rr in (r, r + 1):
                for c in range(1, 9):
                    ws.cell(rr, c).border = box
            r += 2
        # 部計 row pair
        for i, year in enumerate(D.ICHIKAWA_YEARS):
            total = sum(x[3][i] for x in rows if x[3][i] is not None)
            ws.cell(r + i, 4, year)
            ws.cell(r + i, 5, total)
            ws.cell(r + i, 5).number_format = "#,##0"
            for c in range(1, 9):
                ws.cell(r + i, c).border = box
        ws.cell(r, 1, "部計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=3)
        r += 3
        for note in D.ICHIKAWA_NOTES[dept]:
            ws.cell(r, 1, note)
            r += 1
        for col, w in zip("ABCDEFGH", (10, 30, 18, 11, 14, 20, 10, 8)):
            ws.column_dimensions[col].width = w
    wb.save(XLSX)


def write_docx() -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "IPAexGothic"
    style.font.size = Pt(10.5)
    doc.add_heading(D.SUITA_TITLE, level=1)
    doc.add_paragraph("令和7年6月　吹田市 行政経営部 行政経営課")
    doc.add_paragraph(
        "本報告書は、吹田市行財政改革推進計画（令和5年度～令和7年度）に掲げる10の取組について、"
        "令和6年度末（2025年3月31日）時点の推進状況を取りまとめたものです。")
    doc.add_paragraph(D.SUITA_LEGEND)
    for no, item, ka, body, goal, result, status, eff in D.SUITA:
        doc.add_heading(f"取組{no}　{item}", level=2)
        pairs = [
            ("取組番号", str(no)),
            ("取組項目", item),
            ("所管課", ka),
            ("取組内容", body),
            ("目標（令和7年度）", goal),
            ("令和6年度実績", result),
            ("進捗状況", status),
            ("効果額（百万円）", fmt(eff)),
        ]
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in pairs:
            cells = t.add_row().cells
            cells[0].text = label
            cells[1].text = value
        doc.add_paragraph("")
    doc.add_heading("注記", level=2)
    for n in D.SUITA_NOTES:
        doc.add_paragraph(n)
    doc.save(DOCX)


def write_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    title = ParagraphStyle("t", fontName="IPAexG", fontSize=14, leading=18)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9, leading=12)
    cap = ParagraphStyle("c", fontName="IPAexG", fontSize=10.5, leading=14)

    r5 = [["部名", "職員数（人）", "使用量（千枚）"]]
    r6 = [["部名", "職員数（人）", "使用量（千枚）", "増減（千枚）"]]
    for dept, s5, u5, s6, u6 in D.KORIYAMA:
        if u5 is not None:
            r5.append([dept, fmt(s5), fmt(u5)])
        r6.append([dept, fmt(s6), fmt(u6), delta(u5, u6)])
    r5.append(["DX推進部", "―", "―"])
    parts = [x for x in D.KORIYAMA if not x[0].startswith("（再掲）")]
    t5s = sum(x[1] for x in parts if x[1] is not None)
    t5u = sum(x[2] for x in parts if x[2] is not None)
    t6s = sum(x[3] for x in parts)
    t6u = sum(x[4] for x in parts)
    r5.append(["合計", fmt(t5s), fmt(t5u)])
    r6.append(["合計", fmt(t6s), fmt(t6u), delta(t5u, t6u)])
    ts = TableStyle([
        ("FONT", (0, 0), (-1, -1), "IPAexG", 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")),
    ])
    left = Table([[Paragraph("令和5年度（2023年度）", cap)], [Table(r5, colWidths=[110, 70, 80], style=ts)]])
    right = Table([[Paragraph("令和6年度（2024年度）", cap)], [Table(r6, colWidths=[110, 70, 80, 70], style=ts)]])
    outer = Table([[left, right]], colWidths=[300, 380])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(D.KORIYAMA_TITLE, title), Spacer(1, 4),
             Paragraph("令和7年5月　郡山市 総務部 総務課（庁内環境配慮推進事務局）", body), Spacer(1, 10),
             outer, Spacer(1, 10)]
    for n in D.KORIYAMA_NOTES:
        story.append(Paragraph(n, body))
    SimpleDocTemplate(str(PDF), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                      topMargin=40, bottomMargin=40, title=D.KORIYAMA_TITLE).build(story)


def write_html() -> None:
    parts = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
             f"<title>{D.AKASHI_TITLE}</title></head><body>",
             f"<h1>{D.AKASHI_TITLE}</h1>",
             "<p>明石市公共施設配置適正化実行計画に基づく、施設の集約化・複合化・廃止等の実施状況をお知らせします。"
             "（更新日：2025年4月1日　担当：政策局 資産経営課）</p>"]
    current = None
    for area, name, kind, floor, policy, date, _ymd, cost, note in D.AKASHI:
        if area != current:
            if current is not None:
                parts.append("</section>")
            parts.append(f"<section><h2>{area}</h2>")
            current = area
        parts.append(f"<h3>{name}</h3>")
        parts.append("<dl>")
        for dt, dd in (("施設分類", kind),
                       ("延床面積", "―" if floor is None else f"{floor:,.1f}㎡"),
                       ("方針", policy),
                       ("実施日", date),
                       ("年間維持管理費", f"{cost:,}千円"),
                       ("備考", note)):
            parts.append(f"<dt>{dt}</dt><dd>{dd}</dd>")
        parts.append("</dl>")
    parts.append("</section>")
    for n in D.AKASHI_NOTES:
        parts.append(f"<p>{n}</p>")
    parts.append("</body></html>")
    HTML.write_text("\n".join(parts) + "\n", encoding="utf-8")


def write_txt() -> None:
    lines = [D.KAKOGAWA_TITLE, "加古川市 市民部 市民課 取りまとめ（2025年4月1日）", ""]
    lines.append("\t".join(["コード", "区分", "手数料名", "単位", "金額（円）", "前回改定日", "所管課"]))
    for code, cls, name, unit, amount, date, ka in D.KAKOGAWA:
        lines.append("\t".join([code, cls, name, unit, amount if isinstance(amount, str) else str(amount), date, ka]))
    lines.append("")
    lines.extend(D.KAKOGAWA_NOTES)
    TXT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    write_xlsx()
    write_docx()
    write_pdf()
    write_html()
    write_txt()
    for p in sorted(DOCS.iterdir()):
        print(f"{p.stat().st_size:>8} {p.name}")


if __name__ == "__main__":
    main()
