"""Write docs/ for made66: an .xlsx plan report (one sheet per fiscal year + 総括), a .pdf committee opinion,
an .html joint-project table, a .docx case-study collection and a .txt newsletter."""
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
PLAN = OUT / "01_朝霧野市_行政改革推進計画_進捗状況報告.xlsx"
COMM = OUT / "02_朝霧野市行政改革推進委員会_意見書_令和12年度.pdf"
JOINT = OUT / "03_霞湖北部広域_共同事業の実施状況.html"
CASES = OUT / "04_他自治体の行政改革取組事例集.docx"
NEWS = OUT / "05_行革通信_第41号-第44号.txt"


def plan_xlsx():
    wb = Workbook()
    wb.remove(wb.active)
    legend = "評価の凡例：" + "　".join(f"{g}＝{D.LEGEND[g]}" for g in D.GRADES)
    for y in D.YEARS:
        ws = wb.create_sheet(y)
        ws.append([f"朝霧野市行政改革推進計画 取組状況（{D.WAREKI[y]}）"])
        ws.append([legend])
        ws.append(["取組コード", "取組名", "担当課", "評価", "備考"])
        ws["A1"].font = Font(bold=True, size=13)
        for p, (letter, pname) in D.POLICIES.items():
            ws.append([f"基本方針{p}（{letter}）　{pname}"])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1).font = Font(bold=True)
            for it in [i for i in D.ITEMS if i["pol"] == p]:
                g = it["grades"][y]
                if g is None:
                    continue
                note = it["note"].get(y, "")
                if it["end"] == y:
                    note = (note + "　" if note else "") + "本年度で取組終了"
                ws.append([it["code"], it["name"], it["dept"][y], g, note])
        for col, w in zip("ABCDE", [12, 30, 20, 6, 40]):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("総括")
    ws.append(["朝霧野市行政改革推進計画（令和9年度～令和12年度）総括"])
    ws.append(["最終評価は計画期間全体を通じた評価。" + legend + "。終了年度欄の「継続」は次期計画に引き継ぐ取組。"])
    ws.append(["取組コード", "取組名", "担当課（最終）", "最終評価", "終了年度"])
    for it in D.ITEMS:
        last = [y for y in D.YEARS if it["grades"][y]][-1]
        ws.append([it["code"], it["name"], it["dept"][last], it["final"], it["end"] or "継続"])
    for col, w in zip("ABCDE", [12, 30, 20, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(PLAN)


def committee_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=15, leading=20)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=12, leading=18, spaceBefore=10)
    st = ParagraphStyle("b", fontName="IPAex", fontSize=10, leading=15)
    bl = ParagraphStyle("l", parent=st, leftIndent=14, firstLineIndent=-10)
    story = [Paragraph("朝霧野市行政改革推進委員会 意見書（令和12年度）", h1), Spacer(1, 6),
             Paragraph("本委員会は、朝霧野市行政改革推進計画（令和9年度～令和12年度）の基本方針ごとに取組状況を評価した。"
                       "委員会評価は S（特に優れている）、A+、A、B+、B、C（見直しが必要）の6段階であり、"
                       "括弧内は前年度（令和11年度）の委員会評価である。", st), Spacer(1, 6)]
    for p, (letter, pname) in D.POLICIES.items():
        c = D.COMMITTEE[p]
        story.append(Paragraph(f"基本方針{p}　{pname}", h2))
        story.append(Paragraph(f"委員会評価：{c['grade']}　（前年度：{c['prev']}）", st))
        story.append(Paragraph("【委員の主な意見】", st))
        for o in c["opinions"]:
            story.append(Paragraph(f"・{o}", bl))
    story += [Spacer(1, 12), Paragraph("令和13年7月22日　朝霧野市行政改革推進委員会", st)]
    SimpleDocTemplate(str(COMM), pagesize=A4).build(story)


def joint_html():
    e = html.escape
    rows = []
    fields = []
    for j in D.JOINT:
        if j["field"] not in fields:
            fields.append(j["field"])
    for f in fields:
        js = [j for j in D.JOINT if j["field"] == f]
        for k, j in enumerate(js):
            cells = []
            if k == 0:
                cells.append(f'<th rowspan="{len(js)}">{e(f)}</th>')
            cells += [f"<td>{j['no']}</td>", f"<td>{e(j['name'])}</td>", f"<td>{'／'.join(j['members'])}</td>",
                      f"<td>{e(j['lead'])}</td>"] + [f"<td>{v}</td>" for v in j["years"]]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>共同事業の実施状況（2027～2030年度） | {D.REGION}</title></head>
<body>
<h1>{D.REGION} 共同事業の実施状況</h1>
<p>構成市町：{'、'.join(D.MUNIS)}。年度欄の「実施」は事業を実施、「準備」は協議・準備中、「―」はその年度に取組なし。幹事は事業の取りまとめを担う市町。</p>
<table border="1">
<thead><tr><th>分野</th><th>No.</th><th>事業名</th><th>構成市町</th><th>幹事</th>{''.join(f'<th>{y}年度</th>' for y in D.JYEARS)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p>2031年3月末現在　{D.REGION} 事務局</p>
</body></html>
"""
    JOINT.write_text(page, encoding="utf-8")


def cases_docx():
    doc = Document()
    doc.add_heading("他自治体の行政改革取組事例集（令和12年度版）", 0)
    doc.add_paragraph(f"朝霧野市 行政改革推進室 作成。人口は{D.CASE_AS_OF}現在の住民基本台帳人口。")
    for c in D.CASES:
        doc.add_heading(f"事例{c['no']}　{c['title']}", 1)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "項目", "内容"
        for k, v in [("団体名", c["org"]), ("所在", c["pref"]), ("人口", f"{c['pop']:,}人"),
                     ("取組開始", c["start"]), ("分野", c["field"]), ("取組の内容", c["content"]), ("効果", c["effect"])]:
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
    doc.save(CASES)


def news_txt():
    L = []
    for n in D.NEWS:
        L += ["=" * 40, f"行革通信 第{n['no']}号（{n['issued']}発行）", "朝霧野市 総務部 行政改革推進室", "=" * 40, ""]
        for d, t in n["items"]:
            L += [f"■ {d}", f"　{t}", ""]
    NEWS.write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    plan_xlsx(); committee_pdf(); joint_html(); cases_docx(); news_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
