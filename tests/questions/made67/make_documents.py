"""Write docs/ for made67: a .pdf plan report (one long table over several pages), a .docx committee opinion,
an .xlsx joint-project list with merged cells, an .html case-study page and a .txt newsletter."""
import html
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "01_藤見沢市_行政経営改革アクションプラン_取組評価報告書.pdf"
COMMITTEE_FILE = "02_行政経営改革推進懇話会_意見書.docx"
JOINT_FILE = "03_北嶺圏域_連携事業一覧.xlsx"
CASES_FILE = "04_行政改革_先進事例紹介.html"
NEWS_FILE = "05_行革ニュースふじみさわ.txt"


def grade_counts():
    """{year: {symbol: n}} over the items graded that year (－ excluded)."""
    return {y: {s: sum(1 for i in D.ITEMS if i["grades"][y] == s) for s in "◎○△"} for y in D.YEARS}


def plan_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    body = ParagraphStyle("b", fontName="IPAex", fontSize=10, leading=15)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=12, leading=18, spaceBefore=8)
    cell = ParagraphStyle("c", fontName="IPAex", fontSize=9, leading=12)
    note = ParagraphStyle("n", fontName="IPAex", fontSize=8.5, leading=12)

    story = [Paragraph(D.PLAN_TITLE, h1),
             Paragraph("計画期間：令和7年度～令和10年度（2025年度～2028年度）", ParagraphStyle("s", parent=body, alignment=1)),
             Paragraph("令和11年6月　藤見沢市 総務部 行政経営課", ParagraphStyle("s2", parent=body, alignment=1)),
             Spacer(1, 10),
             Paragraph("1　報告書の趣旨", h2),
             Paragraph("本報告書は、藤見沢市行政経営改革アクションプランの計画期間（2025年度から2028年度までの4年間）が終了したことを受け、"
                       "5つの重点項目に位置付けた取組の年度ごとの評価と、取組の状況をとりまとめたものである。"
                       "各年度の評価は、所管課による自己評価を行政経営課が確認し、行政経営改革推進懇話会に報告した。", body),
             Paragraph("2　評価の方法", h2),
             Paragraph("取組ごとに、年度末時点の進み具合を計画と比べて3段階の記号で評価した。計画期間の途中で新たに加えた取組は開始前の年度を、"
                       "目的を達成して終了した取組は終了後の年度を、それぞれ評価対象外とした。"
                       "状況欄は、計画期間終了時点で取組を終えたものを「終了」、次期計画に引き継いで続けるものを「継続中」と表示している。"
                       "番号は「重点項目－推進項目－取組」の順に付した。", body),
             Paragraph("3　取組ごとの評価", h2)]

    head = [["番号", "取組内容", "所管", "評価", "", "", "", "状況"],
            ["", "", "", *[str(y) for y in D.YEARS], ""]]
    rows = list(head)
    style = [("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
             ("SPAN", (3, 0), (6, 0)), ("SPAN", (7, 0), (7, 1)),
             ("BACKGROUND", (0, 0), (-1, 1), colors.lightgrey),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
             ("ALIGN", (0, 0), (2, 1), "CENTER")]
    for p, pname in D.PRIORITIES.items():
        r = len(rows)
        rows.append([f"重点項目{p}　{pname}", "", "", "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.whitesmoke),
                  ("ALIGN", (0, r), (-1, r), "LEFT")]
        for it in [i for i in D.ITEMS if i["pr"] == p]:
            rows.append([it["code"], Paragraph(it["text"], cell), Paragraph(it["dept"].replace("／", "／<br/>"), cell),
                         *[it["grades"][y] for y in D.YEARS], it["st"]])
    widths = [20 * mm, 80 * mm, 32 * mm, 11 * mm, 11 * mm, 11 * mm, 11 * mm, 14 * mm]
    t = Table(rows, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 4), Paragraph(D.GRADE_NOTE, note), Spacer(1, 10),
              Paragraph("4　評価の集計", h2),
              Paragraph("年度ごとに、各記号の評価を受けた取組の数を集計した（評価対象外の取組は含まない）。", body), Spacer(1, 4)]
    cnt = grade_counts()
    srows = [["年度", "◎", "○", "△", "評価対象の取組数"]]
    for y in D.YEARS:
        c = cnt[y]
        srows.append([f"{y}年度", str(c["◎"]), str(c["○"]), str(c["△"]), str(sum(c.values()))])
    st = Table(srows, colWidths=[30 * mm, 18 * mm, 18 * mm, 18 * mm, 40 * mm])
    st.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [st, Spacer(1, 10),
              Paragraph("5　今後に向けて", h2),
              Paragraph("継続中の取組は、令和11年度からの次期計画に引き継ぎ、所管課ごとに工程表を改めて作成する。"
                        "評価が△にとどまった取組については、遅れの原因を分析したうえで目標と手段を見直す。", body)]

    def footer(canvas, doc):
        canvas.setFont("IPAex", 9)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")

    SimpleDocTemplate(str(OUT / PLAN_FILE), pagesize=A4, leftMargin=10 * mm, rightMargin=10 * mm,
                      topMargin=15 * mm, bottomMargin=18 * mm,
                      title=D.PLAN_TITLE).build(story, onFirstPage=footer, onLaterPages=footer)


def committee_docx():
    doc = Document()
    doc.add_heading(f"{D.COMMITTEE} 意見書", 0)
    doc.add_paragraph("― 行政経営改革アクションプラン（令和7年度～令和10年度）の最終評価 ―")
    doc.add_paragraph("令和11年7月24日")
    doc.add_paragraph("本懇話会は、アクションプランの計画期間の終了にあたり、5つの重点項目ごとに取組の成果を評価した。"
                      "各委員が重点項目ごとに10点満点で採点し、平均は5名の委員の点数の単純平均（小数第1位まで）とした。"
                      "あわせて、委員から出された意見を重点項目ごとに番号を付して記載する。")
    for p, pname in D.PRIORITIES.items():
        doc.add_heading(f"重点項目{p}　{pname}", 1)
        doc.add_paragraph("■ 委員ごとの点数（10点満点）")
        t = doc.add_table(rows=2, cols=len(D.MEMBERS) + 1)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, D.MEMBERS + ["平均"]):
            c.text = h
        for c, v in zip(t.rows[1].cells, [str(s) for s in D.SCORES[p]] + [f"{D.avg(p):.1f}"]):
            c.text = v
        doc.add_paragraph("■ 委員の意見")
        for k, o in enumerate(D.OPINIONS[p], 1):
            doc.add_paragraph(f"({k})　{o}")
    doc.add_heading("おわりに", 1)
    doc.add_paragraph("次期計画の策定にあたっては、本意見書の内容を十分に踏まえ、取組の目標を数値で示すよう求める。")
    doc.add_paragraph(f"{D.COMMITTEE}　会長　森下 敬一")
    doc.save(OUT / COMMITTEE_FILE)


def joint_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "連携事業一覧"
    ncol = 3 + len(D.MUNIS) + 1 + len(D.JYEARS)
    ws.cell(1, 1, f"{D.REGION}　連携事業一覧（令和7年度～令和10年度）").font = Font(bold=True, size=13)
    ws.cell(2, 1, "参加市町欄の○は事業に参加している市町。事業費は圏域全体の決算額（単位：千円）で、－は事業費なし。幹事市は事業のとりまとめを行う市町村。")
    h1, h2 = 4, 5
    ws.cell(h1, 1, "分野"); ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    ws.cell(h1, 2, "番号"); ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(h1, 3, "事業名"); ws.merge_cells(start_row=h1, start_column=3, end_row=h2, end_column=3)
    c0 = 4
    ws.cell(h1, c0, "参加市町")
    ws.merge_cells(start_row=h1, start_column=c0, end_row=h1, end_column=c0 + len(D.MUNIS) - 1)
    for k, m in enumerate(D.MUNIS):
        ws.cell(h2, c0 + k, m)
    cl = c0 + len(D.MUNIS)
    ws.cell(h1, cl, "幹事市"); ws.merge_cells(start_row=h1, start_column=cl, end_row=h2, end_column=cl)
    cy = cl + 1
    ws.cell(h1, cy, "事業費（千円）")
    ws.merge_cells(start_row=h1, start_column=cy, end_row=h1, end_column=cy + len(D.JYEARS) - 1)
    for k, y in enumerate(D.JYEARS):
        ws.cell(h2, cy + k, y)
    r = h2 + 1
    start = {}
    for j in D.JOINT:
        start.setdefault(j["field"], r)
        ws.cell(r, 1, j["field"]) if start[j["field"]] == r else None
        ws.cell(r, 2, int(j["no"]))
        ws.cell(r, 3, j["name"])
        for k, m in enumerate(D.MUNIS):
            if m in j["members"]:
                ws.cell(r, c0 + k, "○")
        ws.cell(r, cl, j["lead"])
        for k, v in enumerate(j["cost"]):
            c = ws.cell(r, cy + k, v if v else "－")
            if v:
                c.number_format = "#,##0"
        r += 1
    end = {}
    for k, j in enumerate(D.JOINT):
        end[j["field"]] = h2 + 1 + k
    for f, s in start.items():
        if end[f] > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=end[f], end_column=1)
        ws.cell(s, 1).alignment = Alignment(vertical="center", wrap_text=True)
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for k in range(len(D.JYEARS)):
        c = ws.cell(r, cy + k, sum(j["cost"][k] for j in D.JOINT))
        c.number_format = "#,##0"
    for row in ws.iter_rows(min_row=h1, max_row=h2):
        for c in row:
            c.alignment = Alignment(horizontal="center", vertical="center")
    widths = [12, 6, 30] + [9] * len(D.MUNIS) + [10] + [11] * len(D.JYEARS)
    for k, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(1, k).column_letter].width = w
    assert ncol == len(widths)
    wb.save(OUT / JOINT_FILE)


def cases_html():
    e = html.escape
    parts = []
    for c in D.CASES:
        ps = "\n".join(f"<p>{e(t)}</p>" for t in c["paras"])
        parts.append(f"""<section class="case">
<h3>事例{c['no']}　{e(c['title'])}</h3>
<dl>
<dt>自治体</dt><dd>{e(c['org'])}（{e(c['pref'])}）</dd>
<dt>人口</dt><dd>{c['pop']:,}人</dd>
<dt>分類</dt><dd>{e(c['kind'])}</dd>
</dl>
{ps}
</section>""")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>行政改革 先進事例紹介 | 藤見沢市</title></head>
<body>
<header><p>藤見沢市 &gt; 市政情報 &gt; 行政経営改革 &gt; 先進事例紹介</p></header>
<main>
<h1>行政改革 先進事例紹介（2026年度版）</h1>
<p>次期アクションプランの検討の参考とするため、全国の自治体の取組から8つの事例を紹介します。人口は2025年1月1日現在の住民基本台帳人口です。</p>
<h2>事例一覧</h2>
{chr(10).join(parts)}
</main>
<footer><p>担当：藤見沢市 総務部 行政経営課　更新日：2026年10月1日</p></footer>
</body></html>
"""
    (OUT / CASES_FILE).write_text(page, encoding="utf-8")


def news_fill():
    new = sum(1 for i in D.ITEMS if i["grades"][2025] == D.NONE and i["grades"][2026] != D.NONE)
    n = sum(1 for i in D.ITEMS if i["grades"][2026] != D.NONE)
    return dict(new=new, n=n)


def news_txt():
    bar = "━" * 30
    L = [bar, D.NEWS_TITLE, "発行：藤見沢市 総務部 行政経営課（内線2315）", bar, "",
         "このニュースは、行政経営改革に関する庁内の動きを職員向けにお知らせするものです。", ""]
    fill = news_fill()
    for n in D.NEWS:
        L.append(f"{n['date']}　【{n['tag']}】{n['head']}")
        L.append("　" + n["body"].format(**fill))
        L.append("")
    L += [bar, "ご意見・ご質問は行政経営課 行革推進係まで。", ""]
    (OUT / NEWS_FILE).write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    plan_pdf(); committee_docx(); joint_xlsx(); cases_html(); news_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
