"""Write docs/ for made64: .html plan report, .xlsx committee, .docx joint projects, .txt case studies,
.pdf progress sheet."""
import html
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment
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
F_PLAN = "01_楓台市_行政改革推進計画_実施状況報告書.html"
F_COMM = "02_楓台市行政改革懇話会_評価表.xlsx"
F_JOINT = "03_東湖地域連携協議会_広域連携事業一覧.docx"
F_CASES = "04_他自治体の改革事例集.txt"
F_SHEET = "05_進捗管理シート_実行項目1-1.pdf"


def status_text(it):
    if it["status"] == "完了":
        return f"完了（{D.WAREKI[it['end']]}）"
    if it["status"] == "休止":
        return f"休止（{D.WAREKI[it['end']]}から）"
    return "継続"


def plan_html():
    e = html.escape
    secs = []
    for p, pname in D.PILLARS.items():
        cards = []
        for it in [i for i in D.ITEMS if i["pillar"] == p]:
            lis = "".join(f"<li>{D.WAREKI[y]}：{g}</li>" for y, g in it["grades"].items() if g)
            cards.append(f"""<article class="card">
<h3><span class="no">{it['code']}</span> {e(it['name'])}</h3>
<dl><dt>所管課</dt><dd>{e(it['dept'])}</dd><dt>開始年度</dt><dd>{it['start']}年度</dd><dt>状況</dt><dd>{status_text(it)}</dd></dl>
<ul class="grades">{lis}</ul>
</article>""")
        secs.append(f'<section id="hashira{p}">\n<h2>改革の柱{p}　{e(pname)}</h2>\n' + "\n".join(cards) + "\n</section>")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{D.PLAN_TITLE}</title>
<style>.card{{border:1px solid #999;margin:8px;padding:6px}} .no{{font-weight:bold}}</style></head>
<body>
<h1>{D.PLAN_TITLE}（令和8年度～令和11年度）</h1>
<p class="date">令和12年6月　楓台市 総務部 行政経営課</p>
<p class="legend">評定は、A＝計画以上に進んだ、B＝計画どおり、C＝やや遅れている、D＝大幅に遅れている、の4段階です。
開始前の年度、完了した年度の翌年度以降、休止した年度以降は評定を付けていません。</p>
{chr(10).join(secs)}
</body></html>
"""
    (OUT / F_PLAN).write_text(page, encoding="utf-8")


def committee_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "柱別評価"
    ws.append(["楓台市行政改革懇話会　改革の柱別評価（令和11年度実績）　各観点5点満点"])
    ws.append(["柱", "改革の柱"] + D.VIEWPOINTS + ["合計", "懇話会の意見"])
    for p, pname in D.PILLARS.items():
        s = D.SCORES[p]
        ws.append([p, pname] + s + [sum(s), D.OPINIONS[p]])
    for col, w in zip("ABCDEFGH", [5, 20, 8, 8, 8, 8, 8, 80]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=3):
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    ws2 = wb.create_sheet("委員総評")
    ws2.append(["委員名", "役職", "総評"])
    for m in D.MEMBERS:
        ws2.append(list(m))
    ws2.column_dimensions["C"].width = 90
    wb.save(OUT / F_COMM)


def joint_docx():
    doc = Document()
    doc.add_heading(f"{D.REGION}　広域連携事業一覧（令和9年度）", 0)
    doc.add_paragraph("構成団体：" + "、".join(D.MUNIS) + "。参加団体欄の★は幹事団体を示す。事業費は令和9年度の総額（当初予算）。")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "事業名", "分野", "参加団体", "開始年度", "令和9年度事業費（千円）"]):
        c.text = h
    for j in D.JOINT:
        r = t.add_row().cells
        r[0].text = j["no"]
        r[1].text = j["name"]
        r[2].text = j["field"]
        r[3].text = "、".join(("★" + m) if k == 0 else m for k, m in enumerate(j["members"]))
        r[4].text = j["start"]
        r[5].text = f"{j['cost']:,}"
    doc.add_paragraph("令和9年10月　東湖地域連携協議会事務局（楓台市企画課内）")
    doc.save(OUT / F_JOINT)


def cases_txt():
    lines = ["他自治体の行政改革事例集", "楓台市 行政経営課 編（令和12年3月）", ""]
    for c in D.CASES:
        lines += [f"■{c['title']}", f"所在地：{c['pref']}{c['place']}", f"人口：{c['pop']}", f"取組年度：{c['year']}年度",
                  c["text"], ""]
    (OUT / F_CASES).write_text("\n".join(lines), encoding="utf-8")


def sheet_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("s", fontName="IPAex", fontSize=10, leading=14)
    h1 = ParagraphStyle("h", fontName="IPAex", fontSize=15, leading=20)
    it = [i for i in D.ITEMS if i["code"] == D.SHEET["code"]][0]
    S = D.SHEET
    labels = [["項目番号", it["code"]], ["実行項目名", it["name"]], ["改革の柱", f"{it['pillar']}　{D.PILLARS[it['pillar']]}"],
              ["所管課", it["dept"]], ["開始年度", f"{it['start']}年度"], ["成果指標", S["indicator"]],
              ["記入者", S["writer"]], ["作成日", S["made"]]]
    t1 = Table(labels, colWidths=[90, 330])
    t2rows = [["年度", "計画", "実績", "達成率"]]
    for y in D.YEARS:
        p, a = S["plan"][y], S["actual"][y]
        t2rows.append([D.WAREKI[y], str(p), str(a), f"{D.rate(p, a):.1f}%"])
    t2 = Table(t2rows, colWidths=[100, 80, 80, 80])
    for t in (t1, t2):
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("進捗管理シート", h1), Spacer(1, 8), t1, Spacer(1, 12),
             Paragraph(f"成果指標の推移：{S['indicator']}（達成率＝実績÷計画×100）", st), Spacer(1, 6), t2,
             Spacer(1, 12),
             Paragraph("所見：令和11年度は国の標準様式への移行作業が重なり、計画を下回った。", st)]
    SimpleDocTemplate(str(OUT / F_SHEET), pagesize=A4).build(story)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    plan_html()
    committee_xlsx()
    joint_docx()
    cases_txt()
    sheet_pdf()
