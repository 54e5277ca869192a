"""Write docs/ for made63: an .xlsx subsidy review (sheet per 所管部, two-row merged header, 小計 rows),
a .docx facility plan (one table per 施設分類), a .pdf citizen survey (one table over two pages),
an .html online-procedure table (rowspan on 部) and a .txt staff-proposal result list (【提案No.N】 blocks)."""
import html
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_XLSX = "01_桐ヶ谷市_補助金等の見直し結果_令和7年度.xlsx"
F_DOCX = "02_美浜台町_個別施設計画_令和8年3月改訂.docx"
F_PDF = "03_青葉原市_市民満足度調査結果_2025年度.pdf"
F_HTML = "04_桐ヶ谷市_行政手続オンライン化の状況.html"
F_TXT = "05_美浜台町_職員提案制度_審査結果.txt"


def subsidy_xlsx():
    wb = Workbook()
    wb.remove(wb.active)
    for dept, rows in D.SUBSIDIES.items():
        ws = wb.create_sheet(dept)
        ws.append([f"{D.SUBSIDY_CITY} 補助金等の見直し結果（令和7年度実施）　所管部：{dept}"])
        ws.append(["補助金名", "交付先", "決算額（千円）", None, "見直し区分", "見直し内容"])
        ws.append([None, None, "令和5年度", "令和6年度", None, None])
        for r in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"):
            ws.merge_cells(r)
        for name, to, r5, r6, kbn, txt in rows:
            ws.append([name, to, r5, r6, kbn, txt])
        ws.append(["小計", None, sum(r[2] for r in rows), sum(r[3] for r in rows), None, None])
        for row in ws.iter_rows(min_row=4):
            for c in row[2:4]:
                c.number_format = "#,##0"
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        for c in list(ws[2]) + list(ws[3]):
            c.alignment = Alignment(horizontal="center", vertical="center")
        for col, w in zip("ABCDEF", [32, 28, 12, 12, 10, 50]):
            ws.column_dimensions[col].width = w
    wb.save(OUT / F_XLSX)


def facility_docx():
    doc = Document()
    doc.add_heading(f"{D.FAC_TOWN}公共施設等個別施設計画（令和8年3月改訂）", 0)
    doc.add_paragraph("本計画は、町が保有する公共建築物について、劣化状況の調査結果に基づき今後10年間の対策内容と"
                      "実施時期を定めるものである。実施予定は年度（R8＝令和8年度）で示し、「～」は期間を表す。")
    doc.add_paragraph("劣化度　" + "　".join(f"{k}：{v}" for k, v in D.GRADE_LEGEND.items()))
    for i, (kind, rows) in enumerate(D.FACILITIES.items(), 1):
        doc.add_heading(f"{i}．{kind}", 1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["施設名", "建築年", "延床面積（㎡）", "劣化度", "対策内容", "実施予定"]):
            c.text = h
        for name, built, area, grade, act, plan in rows:
            r = t.add_row().cells
            for c, v in zip(r, [name, built, f"{area:,}", grade, act, plan]):
                c.text = v
    doc.add_paragraph("※延床面積は令和7年4月1日現在の公有財産台帳による。")
    doc.add_paragraph("美浜台町 総務課 財産管理係")
    doc.save(OUT / F_DOCX)


def survey_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("s", fontName="IPAex", fontSize=9, leading=13)
    h1 = ParagraphStyle("h", fontName="IPAex", fontSize=14, leading=20)
    body = [["No.", "施策", "2023年度", "2024年度", "2025年度", "前年度差"]]
    for i, m in enumerate(D.MEASURES, 1):
        v = D.SURVEY[m]
        body.append([str(i), m, f"{v[2023]:.1f}", f"{v[2024]:.1f}", f"{v[2025]:.1f}", D.diff_text(m)])
    t = Table(body, repeatRows=1, colWidths=[30, 170, 65, 65, 65, 60])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story = [Paragraph(f"{D.SURVEY_CITY} 市民満足度調査結果（2025年度）", h1), Spacer(1, 6),
             Paragraph("市内在住の18歳以上の市民3,000人を無作為に抽出し、郵送とWebで回答を得た（回収率41.2%）。"
                       "表は各施策について「満足」「やや満足」と答えた人の割合（満足度、%）を示す。", st),
             Spacer(1, 8), Paragraph("表1　施策別満足度の推移（%）", st), Spacer(1, 4), t, Spacer(1, 6),
             Paragraph("※前年度差は2025年度と2024年度の満足度の差（ポイント）。▲は減少を示す。", st)]
    SimpleDocTemplate(str(OUT / F_PDF), pagesize=A4).build(story)


def online_html():
    e = html.escape
    rows = []
    depts = [p[0] for p in D.PROCEDURES]
    for k, (bu, ka, name, n, st) in enumerate(D.PROCEDURES):
        cells = ""
        if k == 0 or depts[k - 1] != bu:
            cells += f'<td rowspan="{depts.count(bu)}">{e(bu)}</td>'
        cells += f"<td>{e(ka)}</td><td>{e(name)}</td><td>{n:,}</td><td>{e(st)}</td>"
        rows.append(f"<tr>{cells}</tr>")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>行政手続のオンライン化の状況 | {D.ONLINE_CITY}</title></head>
<body>
<h1>行政手続のオンライン化の状況</h1>
<p>{D.ONLINE_CITY}では、市民の皆さんが来庁せずに手続きできるよう、申請件数の多い手続から順にオンライン化を進めています。
令和7年10月1日現在の状況は次のとおりです。年間件数は令和6年度の受付件数です。</p>
<table border="1">
<thead><tr><th>部</th><th>担当課</th><th>手続名</th><th>年間件数</th><th>オンライン化</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p>{e(D.ONLINE_LEGEND)}</p>
<p>問合せ先：{D.ONLINE_CITY} 企画部 DX推進課</p>
</body></html>
"""
    (OUT / F_HTML).write_text(page, encoding="utf-8")


def proposal_txt():
    L = [f"令和6年度 {D.PROP_TOWN}職員提案制度 審査結果", "",
         "職員提案審査委員会（委員長：副町長）において、応募のあった提案10件を審査しました。",
         "審査結果は 最優秀賞・優秀賞・入賞・不採用 の4区分です。効果額は提案者の試算を審査委員会で確認したものです。", ""]
    for no, dept, title, res, _amt, text in D.PROPOSALS:
        L += [f"【提案No.{no}】", f"所属：{dept}", f"提案名：{title}", f"審査結果：{res}", f"講評：{text}", ""]
    L += ["以上", "令和7年2月　美浜台町 総務課 人事係"]
    (OUT / F_TXT).write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    subsidy_xlsx(); facility_docx(); survey_pdf(); online_html(); proposal_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
