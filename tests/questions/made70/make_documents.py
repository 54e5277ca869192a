"""Write docs/ for made70: an .html DX progress page (柚木原市), a .pdf 事業仕分け result (葦ノ浦町),
an .xlsx outsourcing review with one sheet per 年度 (柚木原市), a .txt 市民の声 Q&A (千種野市) and a .docx
subsidy-standard revision with clauses and a two-row-header table (葦ノ浦町)."""
import html
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_HTML = "01_柚木原市_DX推進計画_進捗状況_令和6年度末.html"
F_PDF = "02_葦ノ浦町_令和6年度_事業仕分け結果.pdf"
F_XLSX = "03_柚木原市_委託業務の見直し一覧.xlsx"
F_TXT = "04_千種野市_市民の声_行政改革関係_令和6年度.txt"
F_DOCX = "05_葦ノ浦町_補助金等交付基準の見直し.docx"


def fmt_num(n):
    return f"{n:,}"


def dx_html():
    e = html.escape
    parts = []
    for m, mname in D.DX_MEASURES.items():
        lis = []
        for it in [i for i in D.DX_ITEMS if i["m"] == m]:
            lis.append(
                f'      <li>{it["code"]}　{e(it["name"])}【{it["status"]}】（令和5年度末：{it["prev"]}）\n'
                f'        <p class="kpi">KPI：{e(it["kpi"])}　目標{fmt_num(it["target"])}{it["unit"]}に対し、'
                f'実績{fmt_num(it["actual"])}{it["unit"]}。</p>\n'
                f'        <p class="tanto">担当：{e(it["dept"])}</p>\n'
                f"      </li>")
        parts.append(f"  <li><strong>施策{m}　{e(mname)}</strong>\n    <ul>\n" + "\n".join(lis) + "\n    </ul>\n  </li>")
    rows = []
    tot = [0, 0, 0, 0]
    for m, mname in D.DX_MEASURES.items():
        its = [i for i in D.DX_ITEMS if i["m"] == m]
        c = [len(its)] + [sum(1 for i in its if i["status"] == s) for s in D.DX_STATUSES]
        tot = [a + b for a, b in zip(tot, c)]
        rows.append(f"<tr><td>施策{m}</td><td>{e(mname)}</td>" + "".join(f"<td>{v}</td>" for v in c) + "</tr>")
    rows.append('<tr><td colspan="2">合計</td>' + "".join(f"<td>{v}</td>" for v in tot) + "</tr>")
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>DX推進計画の進捗状況（令和6年度末） | 柚木原市公式ホームページ</title></head>
<body>
<header><p><a href="/">柚木原市公式ホームページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/dx/">DX推進</a> &gt; DX推進計画の進捗状況</p>
<nav><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/shisei/">市政情報</a></li></ul></nav></header>
<main>
<h1>{D.DX_TITLE}（令和6年度末時点）</h1>
<p>柚木原市DX推進計画に掲げる5つの施策と17の取組について、令和6年度末時点の進捗状況を取りまとめました。</p>
<p>各取組の【】内は令和6年度末の状況で、「達成」「一部達成」「未着手」の3区分で示しています。括弧内は前年度（令和5年度末）の状況です。</p>
<h2>施策別の取組状況</h2>
<ul class="sesaku">
{chr(10).join(parts)}
</ul>
<h2>進捗状況の集計（令和6年度末）</h2>
<table border="1">
<thead><tr><th>施策</th><th>施策名</th><th>取組数</th><th>達成</th><th>一部達成</th><th>未着手</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>お問い合わせ：柚木原市 企画部 DX推進課　電話 0000-11-2345</p>
<p>更新日：令和7年5月30日</p>
</main>
<footer><p>&copy; 柚木原市</p></footer>
</body>
</html>
"""
    (OUT / F_HTML).write_text(page, encoding="utf-8")


def sw_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    body = ParagraphStyle("b", fontName="IPAex", fontSize=9.5, leading=14)
    bullet = ParagraphStyle("u", fontName="IPAex", fontSize=9.5, leading=14, leftIndent=12)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=15, leading=20)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=11.5, leading=16, spaceBefore=6)
    story = [Paragraph(D.SW_TITLE, h1), Spacer(1, 6),
             Paragraph("実施日：" + "、".join(f"{t} {d}" for t, d in D.SW_TEAMS.items())
                       + "　会場：葦ノ浦町役場 大会議室", body),
             Paragraph("仕分け人：各班6人（外部有識者3人、公募町民3人）。判定は、仕分け人の評決で最も多くの票を集めた区分とする。"
                       "区分は「廃止」「要改善」「現行どおり」「民間委託」の4つ。", body),
             Spacer(1, 10)]
    for p in D.SW_PROJECTS:
        votes = "・".join(f"{k}{v}人" for k, v in zip(D.SW_KINDS, p["votes"]))
        t = Table([["事業名", p["name"]],
                   ["所管課", p["dept"]],
                   ["事業費（千円）", fmt_num(p["cost"])],
                   ["担当班", f"{p['team']}（{D.SW_TEAMS[p['team']]}）"],
                   ["評決", votes],
                   ["判定", D.sw_verdict(p)]],
                  colWidths=[90, 380])
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
        ]))
        block = [Paragraph(f"事業番号{p['no']}", h2), t, Spacer(1, 3), Paragraph("主なコメント", body)]
        block += [Paragraph("・" + c, bullet) for c in p["comments"]]
        block.append(Spacer(1, 10))
        story.append(KeepTogether(block))
    story.append(Paragraph("葦ノ浦町 総務課 行政改革係", body))
    SimpleDocTemplate(str(OUT / F_PDF), pagesize=A4, title=D.SW_TITLE).build(story)


def outsource_xlsx():
    wb = Workbook()
    wb.remove(wb.active)
    head = ["No.", "業務名", "所管課", "委託先", "契約方法", "契約額（円）", "見直し後（円）", "削減額（円）", "見直し内容"]
    for year in D.OUTSOURCE:
        ws = wb.create_sheet(year)
        ws.append([f"{D.IT_TITLE}（{year}）"])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(["※削減額＝契約額－見直し後。計算式は値に置き換えて掲載。"
                   + ("広報紙配送業務は令和6年度末で廃止したため掲載していない。" if year == "令和7年度" else "")])
        ws.append(head)
        rows = D.outsource_rows(year)
        for k, r in enumerate(rows, 1):
            ws.append([k, r["name"], r["dept"], r["vendor"], r["method"], r["amount"], r["after"], r["cut"], r["note"]])
        ws.append(["", "合計", "", "", "", sum(r["amount"] for r in rows), sum(r["after"] for r in rows),
                   sum(r["cut"] for r in rows), ""])
        for row in ws.iter_rows(min_row=4, min_col=6, max_col=8):
            for c in row:
                c.number_format = "#,##0"
        for col, w in zip("ABCDEFGHI", [5, 22, 12, 36, 10, 14, 14, 14, 34]):
            ws.column_dimensions[col].width = w
        for c in ws[3]:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    wb.save(OUT / F_XLSX)


def voice_txt():
    L = [D.VOICE_TITLE, "",
         "市民の皆さまからいただいた行政改革に関するご意見・ご提案と、市の回答をまとめました。",
         "反映状況は「反映済み」「反映予定」「検討中」「反映困難」「回答のみ」の区分で示しています。", ""]
    for v in D.VOICES:
        L += ["------------------------------------------------------------",
              f"■No.{v['no']}",
              f"受付日：{D.voice_date(v)}",
              f"Q.　{v['q']}",
              f"A.　{v['a']}",
              f"担当課：{v['dept']}",
              f"反映状況：{v['state']}", ""]
    L += ["------------------------------------------------------------",
          "千種野市 総務部 行政改革推進室（市民の声 担当）", ""]
    (OUT / F_TXT).write_text("\n".join(L), encoding="utf-8")


def subsidy_docx():
    doc = Document()
    doc.add_heading(D.SUB_TITLE, 0)
    p = doc.add_paragraph("令和7年3月　葦ノ浦町 総務課")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("町が交付する補助金等について、令和6年度に全件の見直しを行い、交付基準を次のとおり改正した。"
                      "主な改正点は、補助率の原則を2分の1以内としたこと、交付期間の限度（終期）を設けたこと、及び毎年度の評価を義務付けたことである。")
    doc.add_heading("1　改正後の交付基準", 1)
    for head, lines in D.SUB_CLAUSES:
        doc.add_paragraph(head).runs[0].bold = True
        for ln in lines:
            doc.add_paragraph(ln)
    doc.add_heading("2　別表　補助金ごとの補助率及び上限額", 1)
    subs = D.subsidies()
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text, h0[1].text, h0[2].text, h0[4].text, h0[6].text = "補助金名", "所管課", "補助率", "上限額（千円）", "備考"
    for k, lab in zip((2, 3, 4, 5), ("見直し前", "見直し後", "見直し前", "見直し後")):
        h1[k].text = lab
    h0[2].merge(h0[3])
    h0[4].merge(h0[5])
    for k in (0, 1, 6):
        h0[k].merge(h1[k])
    for s in subs:
        r = t.add_row().cells
        r[0].text = s["name"]
        r[1].text = s["dept"]
        r[2].text = f"{s['rate_before']}%"
        r[3].text = "廃止" if s["rate_after"] is None else f"{s['rate_after']}%"
        r[4].text = fmt_num(s["cap_before"])
        r[5].text = "―" if s["cap_after"] is None else fmt_num(s["cap_after"])
        r[6].text = s["note"]
    doc.add_paragraph("※上限額は1団体（1件）当たりの年額。")
    doc.save(OUT / F_DOCX)


def main():
    OUT.mkdir(exist_ok=True)
    dx_html(); sw_pdf(); outsource_xlsx(); voice_txt(); subsidy_docx()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
        assert p.stat().st_size < 200_000, p


if __name__ == "__main__":
    main()
