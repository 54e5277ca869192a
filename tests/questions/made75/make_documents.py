"""Write docs/ for made75: a .pdf plan report (one card per 改革項目, two per page), an .xlsx committee
workbook (委員評価 / 委員意見), a .docx joint-project table with merged 分野 cells, an .html case-study page
(<article> per case) and a .txt newsletter (four issues)."""
import html
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_PLAN = "01_雲雀野市_行政改革推進計画_実施状況報告書.pdf"
F_COMM = "02_行政改革懇話会_評価結果.xlsx"
F_JOINT = "03_西霞広域行政推進協議会_連携事業一覧.docx"
F_CASES = "04_行政改革取組事例集_令和6年度版.html"
F_NEWS = "05_行革ひばり通信_第1号-第4号.txt"


# ---------------------------------------------------------------- plan report (.pdf)
def plan_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    body = ParagraphStyle("b", fontName="IPAex", fontSize=9, leading=13)
    cell = ParagraphStyle("c", fontName="IPAex", fontSize=8.5, leading=11)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=15, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=11, leading=15, spaceBefore=6, spaceAfter=4)

    story = [Paragraph(f"{D.PLAN_TITLE}（計画期間：令和3年度～令和6年度）", h1),
             Paragraph("令和7年7月　雲雀野市 総務部 行政経営課", body), Spacer(1, 6),
             Paragraph("本報告書は、雲雀野市行政改革推進計画に掲げた改革項目ごとに、各年度の取組の評価と実績、"
                       "計画期間終了時点の達成状況をまとめたものである。項目番号は「基本方針－推進方策－改革項目」の順に付している。"
                       "完了した改革項目は完了年度の翌年度以降、途中で追加した改革項目は追加年度より前の年度について、"
                       "評価欄を「－」としている。", body),
             Paragraph("評価の区分", h2)]
    leg = Table([["評価", "内容"]] + [[m, D.MARK_LEGEND[m]] for m in D.MARKS] + [["－", "評価の対象外（完了後・追加前）"]],
                colWidths=[20 * mm, 80 * mm])
    leg.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("ALIGN", (0, 0), (0, -1), "CENTER")]))
    story += [leg, Paragraph("計画の体系", h2)]
    rows = [["基本方針", "推進方策"]]
    for p, pname in D.POLICIES.items():
        for (pp, m), mname in D.MEASURES.items():
            if pp == p:
                rows.append([f"{p}　{pname}", f"{m}　{mname}"])
    sysT = Table(rows, colWidths=[60 * mm, 70 * mm])
    sysT.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [sysT, Paragraph("達成状況は、計画期間終了時点で「達成」「一部達成」「未達成」の3区分とし、"
                              "完了年度欄が「継続」の改革項目は次期計画に引き継ぐ。", body), PageBreak()]

    for k, it in enumerate(D.ITEMS):
        p, m = D.measure_of(it["code"])
        t = [["項目番号", it["code"], "所管課", it["dept"]],
             ["基本方針", Paragraph(f"{p}　{D.POLICIES[p]}　／　推進方策{m}　{D.MEASURES[(p, m)]}", cell), "", ""],
             ["項目名", it["name"], "", ""],
             ["年度", "評価", "実績", ""]]
        for y in D.YEARS:
            t.append([D.WAREKI[y], it["grades"][y] or "－", Paragraph(D.result(it, y), cell), ""])
        t.append(["達成状況", it["status"], "完了年度", D.WAREKI[it["done"]] if it["done"] else "継続"])
        tab = Table(t, colWidths=[24 * mm, 26 * mm, 24 * mm, 96 * mm])
        st = [("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
              ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 2), (3, 2)), ("SPAN", (2, 3), (3, 3)),
              ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke), ("BACKGROUND", (2, 0), (2, 0), colors.whitesmoke),
              ("BACKGROUND", (0, 3), (-1, 3), colors.lightgrey), ("BACKGROUND", (2, -1), (2, -1), colors.whitesmoke),
              ("ALIGN", (1, 4), (1, 7), "CENTER")]
        for r in range(4, 8):
            st.append(("SPAN", (2, r), (3, r)))
        tab.setStyle(TableStyle(st))
        story.append(KeepTogether([tab, Spacer(1, 14 * mm)]))
        if k % 2 == 1 and k != len(D.ITEMS) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(OUT / F_PLAN), pagesize=A4, title=D.PLAN_TITLE,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)


# ---------------------------------------------------------------- committee (.xlsx)
def committee_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "委員評価"
    ws.append([f"令和7年度 {D.COMMITTEE} 評価結果（雲雀野市行政改革推進計画 令和3年度～令和6年度）"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["基本方針", "名称"] + D.CRITERIA + ["総合"])
    for p, pname in D.POLICIES.items():
        s = D.CSCORES[p]
        ws.append([p, pname] + [s[c] for c in D.CRITERIA] + [s["総合"]])
    ws.append([])
    ws.append(["※ 必要性・有効性・効率性は5点満点（5が最高）。総合はS（特に優れている）・A（優れている）・"
               "B（おおむね妥当）・C（改善が必要）の4段階。"])
    for col, w in zip("ABCDEF", [10, 26, 9, 9, 9, 8]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("委員意見")
    ws2.append(["基本方針", "委員", "意見"])
    r = 2
    groups = {}
    for p, who, txt in D.OPINIONS:
        groups.setdefault(p, []).append((who, txt))
    for p, lst in groups.items():
        start = r
        for who, txt in lst:
            ws2.cell(row=r, column=2, value=who)
            ws2.cell(row=r, column=3, value=txt).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws2.cell(row=start, column=1, value=p).alignment = Alignment(vertical="top")
        if r - 1 > start:
            ws2.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws2.column_dimensions["A"].width = 10
    ws2.column_dimensions["B"].width = 12
    ws2.column_dimensions["C"].width = 90
    wb.save(OUT / F_COMM)


# ---------------------------------------------------------------- joint projects (.docx)
def joint_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(9)
    doc.add_heading(f"{D.REGION} 広域連携事業一覧", 0)
    doc.add_paragraph("令和6年4月1日現在　事務局：宵待市 企画部 広域連携室")
    doc.add_paragraph(f"構成市町村：{'、'.join(D.MUNIS)}（5市町村）。事務局欄は事業の取りまとめを行う市町村を示す。"
                      "開始年度は事業を開始した年度を和暦で記載している。")
    cols = ["分野", "No.", "事業名", "構成市町村", "事務局", "開始年度", "備考"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.text = h
    for f in D.FIELDS:
        js = [j for j in D.JOINT if j["field"] == f]
        first = None
        for j in js:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                first.text = f
            else:
                first.merge(cells[0])
            cells[1].text = j["no"]
            cells[2].text = j["name"]
            cells[3].text = "、".join(j["members"])
            cells[4].text = j["office"]
            cells[5].text = D.era_label(j["start"])
            cells[6].text = j["note"]
    doc.add_paragraph("")
    doc.add_paragraph("※ 備考に「終了」とある事業は、令和6年4月1日時点で共同実施を終えている。")
    doc.save(OUT / F_JOINT)


# ---------------------------------------------------------------- case studies (.html)
def cases_html():
    e = html.escape
    arts = []
    for c in D.CASES:
        hours = f"{c['hours']:,}時間" if c["hours"] else "―"
        arts.append(f"""<article>
<h3>{e(c['org'])}（{e(c['pref'])}）</h3>
<table border="1">
<tr><th>項目</th><th>内容</th></tr>
<tr><td>取組名</td><td>{e(c['title'])}</td></tr>
<tr><td>開始年</td><td>{c['start']}年</td></tr>
<tr><td>効果額（万円）</td><td>{c['amount']:,}</td></tr>
<tr><td>削減時間</td><td>{hours}</td></tr>
</table>
<p>{e(c['summary'])}</p>
</article>""")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(D.CASES_TITLE)} | 雲雀野市</title></head>
<body>
<header><h1>{e(D.CASES_TITLE)}</h1>
<p>雲雀野市 総務部 行政経営課が、次期行政改革推進計画の検討の参考として他団体の取組を収集したものです。
効果額は年間の削減額又は増収額（万円）、削減時間は年間の業務削減時間です。削減時間を把握していない事例は「―」としています。</p></header>
<main>
{chr(10).join(arts)}
</main>
<footer><p>令和6年10月作成</p></footer>
</body></html>
"""
    (OUT / F_CASES).write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- newsletter (.txt)
def news_txt():
    L = [f"{D.NEWS_TITLE}　（雲雀野市 行政改革 職員向け広報）", "発行：雲雀野市 総務部 行政経営課", ""]
    for iss in D.ISSUES:
        L.append(f"＝＝＝ 第{iss['no']}号（{iss['date']}） ＝＝＝")
        L.append("")
        for head, text in iss["articles"]:
            L.append(f"【{head}】")
            L.append(text)
            L.append("")
    (OUT / F_NEWS).write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    plan_pdf(); committee_xlsx(); joint_docx(); cases_html(); news_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
        assert p.stat().st_size < 200_000, p


if __name__ == "__main__":
    main()
