"""Write the five made57 documents into docs/ from data.py."""
from __future__ import annotations

import html
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def yen(v) -> str:
    return "―" if v is None else f"{v:,}"


# ---------------------------------------------------------------- xlsx
def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "導入施設一覧"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "船橋市 指定管理者制度導入施設一覧"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "令和6年4月1日現在　総務部行政改革推進課"
    heads = ["No.", "所管課", "施設名", "指定管理者", "選定方法", "指定期間", "期間（年）",
             "指定管理料（千円）", "利用料金制", "備考"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    groups: dict[str, list[int]] = {}
    for no, dept, name, mgr, how, start, end, fee, charge, note in D.FACILITIES:
        vals = [no, dept, name, mgr, how, D.period(start, end), D.years(start, end),
                "―" if fee is None else fee, charge, note or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            if c == 8 and isinstance(v, int):
                cell.number_format = "#,##0"
        groups.setdefault(dept, []).append(r)
        r += 1
    for dept, rows in groups.items():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
        ws.cell(row=rows[0], column=2).alignment = Alignment(vertical="center")
    total = sum(f[7] or 0 for f in D.FACILITIES)
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    cell = ws.cell(row=r, column=8, value=total)
    cell.number_format = "#,##0"
    for c in range(1, 11):
        ws.cell(row=r, column=c).border = box
        ws.cell(row=r, column=c).font = Font(bold=True)
    r += 2
    for note in D.FACILITY_NOTES:
        ws.cell(row=r, column=1, value=note)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [5, 14, 26, 34, 9, 40, 9, 16, 10, 8]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------- docx
def meeting_cells(m) -> list[str]:
    dept, name, n, date, att, members, pub, topic = m
    return [name, f"第{n}回", D.wareki(*date, weekday=True),
            f"{'―' if att is None else att}／{members}", pub, topic]


def write_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "IPAexGothic"
    style.font.size = Pt(10)
    doc.add_heading("金沢市附属機関等の会議開催状況（令和6年度）", level=1)
    doc.add_paragraph(
        "金沢市附属機関等の会議の公開に関する指針に基づき、令和6年度（令和6年4月1日から令和7年3月31日まで）に"
        "開催した附属機関等の会議の状況を部局ごとに取りまとめました。")
    heads = ["会議名", "回", "開催日", "出席委員数／委員数（人）", "公開・非公開", "主な議題"]
    for dept in D.DEPTS:
        rows = [m for m in D.MEETINGS if m[0] == dept]
        doc.add_heading(f"{dept}（{len(rows)}回）", level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            t.rows[0].cells[c].text = h
        for m in rows:
            cells = t.add_row().cells
            for c, v in enumerate(meeting_cells(m)):
                cells[c].text = v
        doc.add_paragraph("")
    for note in D.MEETING_NOTES:
        doc.add_paragraph(note)
    doc.add_paragraph("問合せ先　金沢市総務局行政経営課")
    doc.save(path)


# ---------------------------------------------------------------- pdf
def write_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    h1 = ParagraphStyle("h1", fontName="IPAexG", fontSize=14, leading=20)
    h2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=11, leading=16, spaceBefore=6)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9, leading=13)
    cell = ParagraphStyle("c", fontName="IPAexG", fontSize=8, leading=10)
    story = [Paragraph("姫路市 市有財産の売却・貸付実績（令和4年度～令和6年度）", h1),
             Paragraph("未利用となった市有財産について、売却及び貸付による有効活用を進めています。"
                       "各年度の売却実績と、令和6年度末現在の主な貸付物件は次のとおりです。", body),
             Spacer(1, 4 * mm),
             Paragraph("1 売却実績", h2)]
    head = ["年度", "No.", "物件（旧用途）", "所在地", "面積（㎡）", "予定価格（円）", "売却額（円）", "売却方法"]
    rows = [head]
    style = [("FONT", (0, 0), (-1, -1), "IPAexG", 8),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
             ("ALIGN", (4, 1), (6, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for y in D.YEARS:
        for s in [s for s in D.SALES if s[0] == y]:
            fy, no, name, loc, area, plan, price, how = s
            rows.append([fy, str(no), Paragraph(name, cell), loc, f"{area:,.2f}", yen(plan), yen(price), how])
        ys = [s for s in D.SALES if s[0] == y and s[6] is not None]
        rows.append([f"{y} 小計（売却{len(ys)}件）", "", "", "", f"{sum(s[4] for s in ys):,.2f}",
                     "", yen(sum(s[6] for s in ys)), ""])
        style += [("SPAN", (0, len(rows) - 1), (3, len(rows) - 1)),
                  ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.whitesmoke)]
    sold = [s for s in D.SALES if s[6] is not None]
    rows.append([f"合計（売却{len(sold)}件）", "", "", "", f"{sum(s[4] for s in sold):,.2f}", "",
                 yen(sum(s[6] for s in sold)), ""])
    style += [("SPAN", (0, len(rows) - 1), (3, len(rows) - 1))]
    widths = [20 * mm, 9 * mm, 38 * mm, 26 * mm, 20 * mm, 24 * mm, 24 * mm, 24 * mm]
    t = Table(rows, colWidths=widths, repeatRows=1, rowHeights=[9 * mm] * len(rows))
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 3 * mm)]
    story += [Paragraph(n, body) for n in D.SALE_NOTES[:2]]
    story += [Spacer(1, 4 * mm), Paragraph("2 貸付実績（令和6年度）", h2)]
    lrows = [["No.", "物件", "貸付先", "面積（㎡）", "年額貸付料（円）", "貸付期間"]]
    for no, name, who, area, fee, per in D.LEASES:
        lrows.append([str(no), Paragraph(name, cell), Paragraph(who, cell), f"{area:,.2f}", yen(fee),
                      Paragraph(per, cell)])
    lrows.append(["合計", "", "", f"{sum(x[3] for x in D.LEASES):,.2f}", yen(sum(x[4] for x in D.LEASES)), ""])
    lt = Table(lrows, colWidths=[9 * mm, 54 * mm, 40 * mm, 20 * mm, 26 * mm, 50 * mm], repeatRows=1)
    lt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 8),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("ALIGN", (3, 1), (4, -1), "RIGHT"),
                            ("SPAN", (0, len(lrows) - 1), (2, len(lrows) - 1))]))
    story += [lt, Spacer(1, 3 * mm), Paragraph(D.SALE_NOTES[2], body),
              Paragraph("姫路市 財政局 資産経営推進室", body)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm,
                      topMargin=15 * mm, bottomMargin=15 * mm,
                      title="市有財産の売却・貸付実績").build(story)


# ---------------------------------------------------------------- html
def write_html(path: Path) -> None:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           "<title>事務事業の見直し結果（令和7年度予算反映分）｜宇都宮市</title></head><body>",
           "<h1>事務事業の見直し結果（令和7年度予算反映分）</h1>",
           "<p>宇都宮市行政経営指針に基づき、全ての事務事業を対象に点検を行い、次の14事業について見直しを行いました。</p>",
           "<table border=\"1\">",
           "<caption>表　事務事業の見直し結果一覧（削減見込額の単位：千円）</caption>",
           "<thead><tr><th>No.</th><th>所管課</th><th>事業名</th><th>見直し内容</th><th>区分</th>"
           "<th>削減見込額（千円）</th><th>実施時期</th></tr></thead>", "<tbody>"]
    for no, dept, name, what, kind, amt, when, _dx in D.REVIEWS:
        out.append(f"<tr><td>{no}</td><td>{e(dept)}</td><td>{e(name)}</td><td>{e(what)}</td>"
                   f"<td>{kind}</td><td style=\"text-align:right\">{yen(amt)}</td><td>{when}</td></tr>")
    out.append("</tbody>")
    total = sum(r[5] or 0 for r in D.REVIEWS)
    dx = sum(r[5] or 0 for r in D.REVIEWS if r[7])
    out += ["<tfoot>",
            f"<tr><th colspan=\"5\">合計（{len(D.REVIEWS)}事業）</th><td style=\"text-align:right\">{total:,}</td><td></td></tr>",
            f"<tr><th colspan=\"5\">（再掲）うちデジタル化によるもの（{sum(1 for r in D.REVIEWS if r[7])}事業）</th>"
            f"<td style=\"text-align:right\">{dx:,}</td><td></td></tr>",
            "</tfoot>", "</table>"]
    out.append("<h2>区分別の内訳</h2><ul>")
    for kind in ("廃止", "縮小", "統合", "手法見直し"):
        rs = [r for r in D.REVIEWS if r[4] == kind]
        out.append(f"<li>{kind}：{len(rs)}事業</li>")
    out.append("</ul>")
    out.append("<div class=\"notes\">" + "".join(f"<p>{e(n)}</p>" for n in D.REVIEW_NOTES) + "</div>")
    out.append("<p>担当：宇都宮市 行政経営部 行政経営課</p></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- txt
def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)


def ljust(s: str, n: int) -> str:
    return s + " " * (n - width(s))


def rjust(s: str, n: int) -> str:
    return " " * (n - width(s)) + s


def write_txt(path: Path) -> None:
    lines = ["浜松市 電子申請の利用状況（令和4年度～令和6年度）", "",
             "　市では「行かない窓口」の実現に向け、電子申請の対象手続を拡大しています。主な手続の利用件数は次のとおりです。",
             "", "【主な手続の電子申請件数】", ""]
    W = [4, 16, 30, 10, 10, 10, 14]
    lines.append(ljust("", W[0] + W[1] + W[2]) + rjust("電子申請件数（件）", W[3] + W[4] + W[5])
                 + rjust("オンライン率", W[6]))
    lines.append(ljust("No.", W[0]) + ljust("分類", W[1]) + ljust("手続名", W[2]) + rjust("令和4年度", W[3])
                 + rjust("令和5年度", W[4]) + rjust("令和6年度", W[5]) + rjust("R6（％）", W[6]))
    for no, cat, name, a, b, c, rate in D.EAPPS:
        lines.append(ljust(str(no), W[0]) + ljust(cat, W[1]) + ljust(name, W[2]) + rjust(yen(a), W[3])
                     + rjust(yen(b), W[4]) + rjust(yen(c), W[5])
                     + rjust("―" if rate is None else f"{rate:.1f}", W[6]))
    tot = [sum(r[i] or 0 for r in D.EAPPS) for i in (3, 4, 5)]
    lines.append(ljust("", W[0]) + ljust("計", W[1]) + ljust("", W[2]) + "".join(
        rjust(f"{v:,}", w) for v, w in zip(tot, W[3:6])))
    lines.append("")
    lines += D.EAPP_NOTES
    lines += ["", "浜松市 デジタル・スマートシティ推進課"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / D.XLSX_NAME)
    write_docx(DOCS / D.DOCX_NAME)
    write_pdf(DOCS / D.PDF_NAME)
    write_html(DOCS / D.HTML_NAME)
    write_txt(DOCS / D.TXT_NAME)
    for p in sorted(DOCS.iterdir()):
        assert p.stat().st_size < 200_000, p
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
