"""Write made49's five documents (other municipalities) into docs/ from data.py."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

FEES_FILE = "旭川市_使用料・手数料の見直し（案）_令和7年11月.xlsx"
SUBS_FILE = "四日市市_補助金等の見直し結果_令和6年度.docx"
FAC_FILE = "秦野市_公共施設再配置計画_第4期実行プラン.pdf"
EVAL_FILE = "富士市_行政改革外部評価委員会_令和6年度第2回会議録.html"
STAFF_FILE = "藤沢市_職員数の推移_令和6年4月1日現在.txt"


def yen(n: int) -> str:
    return f"{n:,}"


def write_fees(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "使用料・手数料"
    ws["A1"] = D.FEES_TITLE
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = D.FEES_SUB
    ws.merge_cells("A2:I2")
    heads1 = ["番号", "区分", "施設・手数料名", "室名・内容", "単位", "料金（円）", None, "増減率（％）", "備考"]
    for col, h in enumerate(heads1, 1):
        if h:
            ws.cell(4, col, h)
    ws.cell(5, 6, "現行")
    ws.cell(5, 7, "改定案")
    for col in (1, 2, 3, 4, 5, 8, 9):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("F4:G4")
    thin = Side(style="thin")
    row = 6
    start_group = {}
    for i, (grp, name, room, unit, old, new, note) in enumerate(D.FEES, 1):
        ws.cell(row, 1, i)
        ws.cell(row, 2, grp)
        ws.cell(row, 3, name)
        ws.cell(row, 4, room)
        ws.cell(row, 5, unit)
        ws.cell(row, 6, old).number_format = "#,##0"
        ws.cell(row, 7, new).number_format = "#,##0"
        ws.cell(row, 8, D.fee_rate(old, new)).number_format = "0.0"
        ws.cell(row, 9, note)
        start_group.setdefault(("g", grp), []).append(row)
        start_group.setdefault(("n", grp, name), []).append(row)
        row += 1
    last = row - 1
    for key, rows in start_group.items():
        col = 2 if key[0] == "g" else 3
        if len(rows) > 1:
            top = ws.cell(rows[0], col).value
            for r in rows[1:]:
                ws.cell(r, col).value = None
            ws.merge_cells(start_row=rows[0], start_column=col, end_row=rows[-1], end_column=col)
            ws.cell(rows[0], col).value = top
    for r in range(4, last + 1):
        for c in range(1, 10):
            ws.cell(r, c).border = Border(top=thin, bottom=thin, left=thin, right=thin)
            ws.cell(r, c).alignment = Alignment(vertical="center", wrap_text=True)
    row = last + 2
    for note in D.FEES_NOTES:
        ws.cell(row, 1, note)
        row += 1
    for col, width in zip("ABCDEFGHI", (6, 10, 22, 18, 10, 10, 10, 12, 14)):
        ws.column_dimensions[col].width = width
    wb.save(path)


def write_subs(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading(D.SUBS_TITLE, level=1)
    doc.add_paragraph("令和6年12月")
    doc.add_paragraph(D.SUBS_ORG)
    doc.add_paragraph(
        "本市では、「四日市市補助金等の見直し方針」に基づき、所管課による自己点検と行財政改革課によるヒアリングを"
        "行い、補助金等14件について見直しの方向性を判定しました。その結果を次のとおり公表します。"
    )
    doc.add_heading("1 判定区分", level=2)
    for word, meaning in D.SUBS_LEGEND:
        doc.add_paragraph(f"{word}：{meaning}")
    doc.add_heading("2 見直し結果一覧", level=2)
    heads = ["No.", "補助金等の名称", "所管課", "令和6年度予算額（円）", "判定", "見直し内容", "終期"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, heads):
        cell.text = h
    for no, name, dept, amount, verdict, content, end in D.SUBS:
        cells = t.add_row().cells
        for cell, v in zip(cells, [str(no), name, dept, yen(amount), verdict, content, end]):
            cell.text = v
    doc.add_heading("3 判定別の集計", level=2)
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for cell, h in zip(t2.rows[0].cells, ["判定", "件数", "予算額（円）"]):
        cell.text = h
    total_n = total_amt = 0
    for word, _ in D.SUBS_LEGEND:
        rows = [s for s in D.SUBS if s[4] == word]
        n, amt = len(rows), sum(s[3] for s in rows)
        total_n += n
        total_amt += amt
        cells = t2.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = word, f"{n}件", yen(amt)
    cells = t2.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "合計", f"{total_n}件", yen(total_amt)
    for note in D.SUBS_NOTES:
        p = doc.add_paragraph(note)
        p.runs[0].font.size = Pt(9)
    doc.save(path)


def write_fac(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    title = ParagraphStyle("t", fontName="IPAexG", fontSize=15, leading=20)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14)
    story = [
        Paragraph(D.FAC_TITLE, title),
        Spacer(1, 6),
        Paragraph("令和7年3月　秦野市 政策部 公共施設マネジメント課", body),
        Spacer(1, 6),
        Paragraph(
            "本プランは、公共施設再配置計画に基づき、2025年度から2034年度までの10年間に取り組む施設ごとの方針と"
            "実施時期を定めるものです。", body),
        Spacer(1, 4),
        Paragraph("【方針の区分】　" + "　".join(f"{w}：{m}" for w, m in D.FAC_POLICIES), body),
        Spacer(1, 8),
        Paragraph("施設別の方針と実施時期", body),
        Spacer(1, 4),
    ]
    head1 = ["No.", "施設名", "分類", "延床面積（㎡）", "建築年", "方針", "実施時期（年度）"] + [""] * 9
    head2 = [""] * 6 + [str(y) for y in D.FAC_YEARS]
    rows = [head1, head2]
    for no, name, cat, area, built, policy, years in D.FACILITIES:
        rows.append([str(no), name, cat, f"{area:,.1f}", f"{built}年", policy]
                    + ["●" if y in years else "" for y in D.FAC_YEARS])
    widths = [28, 170, 55, 75, 50, 50] + [34] * 10
    t = Table(rows, colWidths=widths, repeatRows=2, rowHeights=[18, 18] + [21] * len(D.FACILITIES))
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dde8f0")),
        ("ALIGN", (6, 0), (-1, -1), "CENTER"),
        ("ALIGN", (3, 2), (3, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (6, 0), (15, 0)),
    ]
    for col in range(6):
        style.append(("SPAN", (col, 0), (col, 1)))
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 8))
    for note in D.FAC_NOTES:
        story.append(Paragraph(note, body))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=30, rightMargin=30,
                            topMargin=36, bottomMargin=36, title=D.FAC_TITLE)
    doc.build(story)


def write_eval(path: Path) -> None:
    from html import escape

    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           f"<title>{escape(D.EVAL_TITLE)}｜富士市</title></head><body>",
           f"<h1>{escape(D.EVAL_TITLE)}</h1>", "<h2>会議の概要</h2>", "<table>"]
    for k, v in D.EVAL_META:
        out.append(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>")
    out.append("</table>")
    out.append("<h2>議事</h2>")
    out.append("<p>事務局から本日の評価対象6事業について説明があり、事業ごとに担当課の説明と質疑を行った。</p>")
    for no, name, dept, cost, result, opinion, turns in D.EVAL_ITEMS:
        out.append(f"<h3>（{no}）{escape(name)}（{escape(dept)}）</h3>")
        for who, text in turns:
            out.append(f"<p>{escape(who)}：{escape(text)}</p>")
    out.append("<h2>評価結果一覧</h2>")
    out.append(f"<p>{escape(D.EVAL_RESULT_LEGEND)}</p>")
    out.append("<table border=\"1\"><thead><tr><th>番号</th><th>事業名</th><th>所管課</th>"
               "<th>令和5年度事業費（万円）</th><th>評価結果</th><th>主な意見</th></tr></thead><tbody>")
    for no, name, dept, cost, result, opinion, _ in D.EVAL_ITEMS:
        out.append(f"<tr><td>{no}</td><td>{escape(name)}</td><td>{escape(dept)}</td><td>{cost:,}</td>"
                   f"<td>{escape(result)}</td><td>{escape(opinion)}</td></tr>")
    out.append("</tbody></table>")
    out.append("<h2>その他</h2>")
    for who, text in D.EVAL_CLOSING:
        out.append(f"<p>{escape(who)}：{escape(text)}</p>")
    out.append("<p>（午後4時10分 閉会）</p>")
    out.append("<p>お問い合わせ：富士市 総務部 行政経営課</p></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_staff(path: Path) -> None:
    heads = [f"{w}（{y}年）" for w, y in D.STAFF_YEARS]
    lines = [D.STAFF_TITLE, "", "令和6年4月1日現在　総務部職員課", "",
             "1 部門別職員数の推移（各年4月1日現在、単位：人）", "",
             "\t".join(["部門"] + heads)]
    for name, vals in D.STAFF:
        lines.append("\t".join([name] + [f"{v:,}" for v in vals]))
    totals = [sum(v[i] for _, v in D.STAFF) for i in range(len(D.STAFF_YEARS))]
    lines.append("\t".join(["合計"] + [f"{v:,}" for v in totals]))
    lines += ["", "※ 職員数は、地方公共団体定員管理調査による普通会計・公営企業等会計の職員数です。",
              "※ 再任用短時間勤務職員及び任期付職員は、上表に含みません（下表のとおり）。", "",
              "2 再任用短時間勤務職員・任期付職員数の推移（各年4月1日現在、単位：人）", "",
              "\t".join(["区分"] + heads)]
    for name, vals in D.STAFF_OTHER:
        lines.append("\t".join([name] + [f"{v:,}" for v in vals]))
    p = D.STAFF_PLAN
    lines += ["", "3 定員適正化計画の目標",
              f"計画期間：{p['period']}",
              f"目標：{p['target_year']}の職員数（上表1の合計）を{p['target']:,}人以内とする。",
              f"令和6年4月1日現在の職員数は{totals[-1]:,}人であり、目標を{totals[-1] - p['target']:,}人上回っています。"
              "DX推進による業務効率化と、事務事業の見直しにより、目標の達成を目指します。", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_fees(DOCS / FEES_FILE)
    write_subs(DOCS / SUBS_FILE)
    write_fac(DOCS / FAC_FILE)
    write_eval(DOCS / EVAL_FILE)
    write_staff(DOCS / STAFF_FILE)
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
