"""Write docs/ for made72: an .xlsx plan report (one sheet per 柱), a .txt committee opinion file, an .html
joint-project table, a .pdf case-study collection and a .docx newsletter."""
import html
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_PLAN = "01_白樺野市_行政経営改革プラン_実施状況報告書.xlsx"
F_COMM = "02_行政経営改革懇話会_委員意見.txt"
F_JOINT = "03_白樺野広域連携推進協議会_連携事業一覧.html"
F_CASES = "04_他自治体の行政改革事例集2026.pdf"
F_NEWS = "05_行革だより_第11号-第13号.docx"
DASH = "―"


def plan_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "表紙"
    for line in [D.PLAN_TITLE, "", D.PLAN_DATE, D.PLAN_OFFICE, "",
                 "【進捗評価の見方】",
                 "S：計画を上回って進んだ　A：計画どおり進んだ　B：やや遅れがある　C：大きく遅れている",
                 f"{DASH}：評価の対象外（完了年度の翌年度以降、または追加前の年度）",
                 "年度は西暦で表記しています（2023年度＝令和5年度、2026年度＝令和8年度）。完了年度欄は和暦です。",
                 "懇話会評価は、白樺野市行政経営改革懇話会の委員5名による評点（5点満点）の平均です。",
                 "",
                 "【シート構成】"]:
        ws.append([line])
    for p, name in D.PILLARS.items():
        ws.append([f"柱{p}　{name}"])
    ws.column_dimensions["A"].width = 90

    for p, pname in D.PILLARS.items():
        s = wb.create_sheet(f"柱{p}")
        s["A1"] = f"柱{p}　{pname}"
        s["A1"].font = Font(bold=True, size=13)
        s["H1"] = f"懇話会評価：{D.pillar_mean(p):.1f}"
        s["H1"].font = Font(bold=True)
        head = ["番号", "取組名", "主担当課", "関係課", "進捗評価", None, None, None, "完了年度", "備考"]
        for c, v in enumerate(head, 1):
            s.cell(row=3, column=c, value=v)
        for c, y in enumerate(D.YEARS, 5):
            s.cell(row=4, column=c, value=f"{y}年度")
        for c in (1, 2, 3, 4, 9, 10):
            s.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
        s.merge_cells(start_row=3, start_column=5, end_row=3, end_column=8)
        r = 5
        for it in [i for i in D.ITEMS if i["pillar"] == p]:
            vals = [it["code"], it["name"], it["main"], "、".join(it["related"]) or None]
            vals += [g if g else DASH for g in it["grades"]]
            vals.append(D.WAREKI[it["done"]] if it["done"] else f"{DASH}（継続中）")
            vals.append(f"{it['added']}年度追加" if it["added"] else None)
            for c, v in enumerate(vals, 1):
                cell = s.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            r += 1
        for col, w in zip("ABCDEFGHIJ", [8, 30, 14, 30, 9, 9, 9, 9, 14, 14]):
            s.column_dimensions[col].width = w
    wb.save(OUT / F_PLAN)


def committee_txt():
    L = [D.COMMITTEE, "令和8年度 委員意見集", "（行政経営改革プラン 2023年度～2026年度の取組について）", "",
         "令和9年（2027年）7月", "",
         "※各委員が柱ごとに5点満点で評点をつけ、意見を記した。柱の懇話会評価（評点の平均）は実施状況報告書の各シートに掲載している。",
         "※柱1～柱5の名称は実施状況報告書のとおり。", ""]
    for m, mem in enumerate(D.MEMBERS):
        L.append(f"【{mem['name']}】　{mem['role']}")
        for p in D.PILLARS:
            op = D.OPINIONS[m][p] or D.NONE_OPINION
            L.append(f"（柱{p}）評点{D.SCORES[p][m]}　{op}")
        L.append("")
    L.append("以上")
    (OUT / F_COMM).write_text("\n".join(L) + "\n", encoding="utf-8")


def joint_html():
    e = html.escape
    rows = []
    for j in D.JOINT:
        end = f"{j['end']}年度" if j["end"] else "継続"
        burden = f"{j['burden']:,}" if j["burden"] is not None else DASH
        rows.append(f"<tr><td>{j['no']}</td><td>{e(j['name'])}</td><td>{e('，'.join(j['munis']))}</td>"
                    f"<td>{j['kind']}</td><td>{j['start']}年度</td><td>{end}</td><td>{e(j['lead'])}</td>"
                    f"<td style=\"text-align:right\">{burden}</td></tr>")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>連携事業一覧 | {D.REGION}</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #888;padding:2px 6px}}</style></head>
<body>
<nav><a href="#">ホーム</a> &gt; <a href="#">市政情報</a> &gt; <a href="#">広域連携</a> &gt; 連携事業一覧</nav>
<h1>{D.REGION} 連携事業一覧</h1>
<p>{D.REGION}は、{'・'.join(D.MUNIS)}の5市町村で構成し、行政サービスの共同化と広域的な課題の解決に取り組んでいます。</p>
<p>事業区分のハードは施設整備を伴う事業、ソフトはそれ以外の事業です。開始・終了は年度（西暦）で示し、
終了欄の「継続」は現在も実施中の事業です。本市負担額は白樺野市が負担した2025年度の額（千円）で、{DASH}は負担がないものです。</p>
<table>
<thead><tr><th>No.</th><th>事業名</th><th>連携市町</th><th>事業区分</th><th>開始</th><th>終了</th><th>幹事団体</th><th>本市負担額（2025年度・千円）</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p>（{D.JOINT_DATE}）</p>
<footer><p>担当：白樺野市 企画財政部 企画政策課 広域連携係</p></footer>
</body></html>
"""
    (OUT / F_JOINT).write_text(page, encoding="utf-8")


def cases_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    body = ParagraphStyle("b", fontName="IPAex", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=16, leading=22)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=13, leading=18, spaceBefore=6)
    story = [Paragraph(D.CASES_TITLE, h1),
             Paragraph("白樺野市 企画財政部 行政経営課 編（2026年3月）。各団体の公表資料をもとに、取組の概要と効果を整理した。", body),
             Spacer(1, 10)]
    for k, c in enumerate(D.CASES):
        if k and k % 2 == 0:
            story.append(PageBreak())
        story += [Paragraph(f"事例{c['no']}　{c['title']}", h2),
                  Paragraph(f"【団体】{c['org']}（{c['pref']}）", body),
                  Paragraph(f"【分野】{c['field']}　　【開始年度】{c['start']}年度", body),
                  Paragraph(f"【概要】{c['summary']}", body),
                  Paragraph(f"【効果】{c['effect']}", body),
                  Spacer(1, 18)]
    SimpleDocTemplate(str(OUT / F_CASES), pagesize=A4, title=D.CASES_TITLE).build(story)


def news_docx():
    doc = Document()
    doc.add_heading(D.NEWS_TITLE, 0)
    doc.add_paragraph("職員向け行政改革情報紙　発行：白樺野市 企画財政部 行政経営課")
    for issue, articles in D.ISSUES:
        doc.add_heading(issue, 1)
        for title, paras in articles:
            doc.add_heading(title, 2)
            for para in paras:
                if para == "__AWARDS_TABLE__":
                    t = doc.add_table(rows=1, cols=3)
                    t.style = "Table Grid"
                    for c, h in zip(t.rows[0].cells, ["賞", "提案課", "提案名"]):
                        c.text = h
                    for row in D.AWARDS:
                        cells = t.add_row().cells
                        for c, v in zip(cells, row):
                            c.text = v
                else:
                    doc.add_paragraph(para)
    doc.save(OUT / F_NEWS)


def main():
    OUT.mkdir(exist_ok=True)
    plan_xlsx(); committee_txt(); joint_html(); cases_pdf(); news_docx()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
        assert p.stat().st_size < 200_000, p


if __name__ == "__main__":
    main()
