"""Write docs/ for made73: an .html plan report, a .docx committee report, an .xlsx joint-project book,
a .txt case-study collection and a .pdf newsletter."""
import html
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_PLAN = "01_榛名台市_行政経営改革プラン_進捗評価報告書.html"
F_COMM = "02_行政経営改革推進委員会_評価結果報告.docx"
F_JOINT = "03_榛東地域連携推進協議会_共同事業一覧.xlsx"
F_CASE = "04_他自治体の行政改革事例集.txt"
F_NEWS = "05_行革だより_はるなだい_Vol5-7.pdf"


def plan_html():
    e = html.escape
    assert sorted(i["code"] for i in D.ITEMS if i["end"] == "R10") == ["1-3", "3-3", "5-2"]  # Vol.7 article text
    parts = []
    for n, name in D.INITIATIVES.items():
        rows = []
        for it in [i for i in D.ITEMS if i["ini"] == n]:
            note = f"{D.wareki(it['added'], full=True)}追加" if it["added"] else ""
            rows.append("<tr>" + f"<td>{e(it['code'])}</td><td>{e(it['name'])}</td><td>{e(it['dept'])}</td>"
                        + "".join(f"<td>{it['g'][y]}</td>" for y in D.YEARS)
                        + f"<td>{it['total']}</td><td>{e(it['end'])}</td><td>{e(note)}</td></tr>")
        parts.append(f"""<h2>重点取組{D.fw(n)}　{e(name)}</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">実施項目</th><th rowspan="2">担当課</th><th colspan="4">年度別評価</th><th rowspan="2">総合評価</th><th rowspan="2">終了予定年度</th><th rowspan="2">備考</th></tr>
<tr>{''.join(f'<th>{y}</th>' for y in D.YEARS)}</tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>""")
    legend = "　".join(f"{k}＝{v}" for k, v in D.LEGEND.items())
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(D.PLAN_TITLE)}</title></head>
<body>
<h1>{e(D.PLAN_TITLE)}（令和９年度～令和１２年度）</h1>
<p>令和１３年５月　榛名台市 総務部 行政経営課</p>
<p>本報告書は、行政経営改革プランに掲げた５つの重点取組と、その下に位置付けた実施項目について、計画期間４年間の進捗を取りまとめたものです。</p>
<p>【年度別評価の凡例】{e(legend)}</p>
<p>【総合評価】A＝目標を達成、B＝おおむね達成、C＝達成できなかった。終了予定年度が「継続」の項目は次期プランに引き継ぎます。</p>
{chr(10).join(parts)}
<p>問い合わせ先：榛名台市 総務部 行政経営課 行革推進係</p>
</body></html>
"""
    (OUT / F_PLAN).write_text(page, encoding="utf-8")


def committee_docx():
    doc = Document()
    doc.add_heading(f"令和１２年度 {D.COMMITTEE} 評価結果報告", 0)
    doc.add_paragraph("令和１３年７月８日")
    doc.add_paragraph("当委員会は、行政経営改革プラン（令和９年度～令和１２年度）の重点取組ごとに、"
                      "各委員が５点満点で有効性を評価した。平均は小数第３位を四捨五入している。")
    doc.add_heading("１　委員別の評価点", 1)
    t = doc.add_table(rows=1, cols=1 + len(D.INITIATIVES))
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text = "委員"
    for n in D.INITIATIVES:
        hdr[n].text = f"重点取組{D.fw(n)}"
    for m in D.MEMBERS:
        r = t.add_row().cells
        r[0].text = m
        for n in D.INITIATIVES:
            r[n].text = str(D.SCORES[m][n - 1])
    r = t.add_row().cells
    r[0].text = "平均"
    for n in D.INITIATIVES:
        r[n].text = f"{D.avg(n):.2f}"
    doc.add_paragraph("（重点取組の名称）" + "、".join(f"{D.fw(n)} {name}" for n, name in D.INITIATIVES.items()))
    doc.add_heading("２　委員会の意見", 1)
    for n, text in D.OPINIONS:
        doc.add_paragraph(f"○（重点取組{D.fw(n)}）{text}")
    doc.add_paragraph("以上")
    doc.save(OUT / F_COMM)


def joint_xlsx():
    wb = Workbook()
    wb.remove(wb.active)
    head = ["No.", "事業名", "幹事団体", "参加団体数", "参加団体", "開始年度", "状況", "事業費（千円）"]
    for f in D.FIELDS:
        ws = wb.create_sheet(f)
        ws.append([f"{D.REGION} 共同事業一覧（{f}）　令和１２年４月１日現在"])
        ws["A1"].font = Font(bold=True)
        ws.append([])
        ws.append(head)
        for j in [j for j in D.JOINT if j["field"] == f]:
            ws.append([j["no"], j["name"], j["lead"], len(j["members"]), "\n".join(j["members"]),
                       j["start"], j["status"], j["cost"]])
        for col, w in zip("ABCDEFGH", [5, 30, 12, 10, 12, 12, 8, 14]):
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows(min_row=4):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
            row[7].number_format = "#,##0"
    wb.save(OUT / F_JOINT)


def cases_txt():
    L = [D.CASE_TITLE, "榛名台市 総務部 行政経営課 編", "",
         "本事例集は、行政経営改革プランの次期計画の検討資料として、他の自治体の取組を分野別にまとめたものです。", ""]
    for s in D.SECTIONS:
        L.append(f"■{s}")
        L.append("")
        for c in [c for c in D.CASES if c["section"] == s]:
            L.append(f"事例{D.fw(c['no'])}：{c['place']}（{c['pref']}、人口{c['pop_txt']}）")
            L.append(f"【取組】{c['act']}")
            L.append(f"【成果】{c['res']}")
            L.append("")
    L.append("（人口は各団体の令和１２年１月１日現在の住民基本台帳による概数）")
    (OUT / F_CASE).write_text("\n".join(L) + "\n", encoding="utf-8")


def news_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    h0 = ParagraphStyle("h0", fontName="IPAex", fontSize=16, leading=22)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=13, leading=18, spaceBefore=10)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=11, leading=15, spaceBefore=6)
    st = ParagraphStyle("b", fontName="IPAex", fontSize=10, leading=15)
    story = [Paragraph(f"{D.NEWS_TITLE}（職員・市民向け行政改革広報紙）", h0),
             Paragraph("発行：榛名台市 総務部 行政経営課", st), Spacer(1, 8)]
    for iss in D.ISSUES:
        story.append(Paragraph(f"Vol.{iss['vol']}　{iss['issued']}", h1))
        for k, (head, body) in enumerate(iss["articles"], 1):
            story.append(Paragraph(f"{D.fw(k)}．{head}", h2))
            story.append(Paragraph(body, st))
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(OUT / F_NEWS), pagesize=A4).build(story)


def main():
    OUT.mkdir(exist_ok=True)
    plan_html(); committee_docx(); joint_xlsx(); cases_txt(); news_pdf()
    for p in sorted(OUT.iterdir()):
        assert p.stat().st_size < 200_000, p
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
