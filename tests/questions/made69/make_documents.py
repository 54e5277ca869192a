"""Write docs/ for made69: a .docx plan report, an .html committee page, a .pdf joint-project list,
an .xlsx case-study sheet and a .txt newsletter (three issues)."""
import html
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
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

F_PLAN = "01_萩ノ森市_行政経営改革プラン_実施状況報告書.docx"
F_COMM = "02_行政経営改革懇話会_評価結果.html"
F_JOINT = "03_萩ノ森圏域_連携事業一覧.pdf"
F_CASES = "04_他団体事例調査_令和14年度.xlsx"
F_NEWS = "05_はぎのもり行革つうしん_第9号-第11号.txt"


def period(it):
    s = D.WAREKI[it["start"]]
    if it["end"] is None:
        return f"取組期間：{s}～（継続）"
    return f"取組期間：{s}～{D.WAREKI[it['end']]}（完了）"


def plan_docx():
    doc = Document()
    doc.add_heading(f"{D.PLAN_TITLE}（令和11年度～令和14年度）", 0)
    doc.add_paragraph(f"{D.PLAN_ISSUED}　{D.PLAN_OFFICE}")
    doc.add_paragraph("本報告書は、行政経営改革プランに掲げた5つの改革の柱と、柱ごとの取組について、"
                      "計画期間4年間の実施状況をまとめたものである。各取組の評価は担当課による自己評価であり、"
                      "取組を複数の課で所管するものは「担当」欄に共管課を括弧書きで示している。"
                      "【新規】は計画期間の途中で追加した取組である。")
    doc.add_paragraph("評価の区分")
    for g, text in D.GRADE_LEGEND:
        doc.add_paragraph(f"{g}：{text}", style="List Bullet")
    for p, pname in D.PILLARS.items():
        doc.add_heading(f"第{p}　{pname}", 1)
        for it in [i for i in D.ITEMS if i["pillar"] == p]:
            para = doc.add_paragraph()
            run = para.add_run(f"{it['code']}　{it['name']}" + ("【新規】" if it.get("new") else ""))
            run.bold = True
            run.font.size = Pt(11)
            dept = f"担当：{it['dept']}" + (f"（{it['co']}と共管）" if it["co"] else "")
            doc.add_paragraph(dept)
            doc.add_paragraph("評価：" + "／".join(f"{y} {g}" for y, g in zip(D.YEARS, it["grades"])))
            doc.add_paragraph(period(it))
            doc.add_paragraph(f"概要：{it['summary']}")
    doc.add_heading("参考　評価の分布（取組数）", 1)
    t = doc.add_table(rows=1, cols=1 + len(D.YEARS))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["評価"] + [D.WAREKI[y] for y in D.YEARS]):
        c.text = h
    for g in ["A", "B", "C", "D"]:
        r = t.add_row().cells
        r[0].text = g
        for k, y in enumerate(D.YEARS):
            r[1 + k].text = str(sum(1 for i in D.ITEMS if D.grade(i, y) == g))
    r = t.add_row().cells
    r[0].text = "評価対象の取組数"
    for k, y in enumerate(D.YEARS):
        r[1 + k].text = str(sum(1 for i in D.ITEMS if D.grade(i, y) != "―"))
    doc.save(OUT / F_PLAN)


def fmt2(x):
    return f"{x:.2f}"


def committee_html():
    e = html.escape
    secs = []
    for p, pname in D.PILLARS.items():
        rows = []
        for m, mem in enumerate(D.MEMBERS):
            s = D.SCORES[p][m]
            rows.append(f"<tr><th scope=\"row\">{mem}</th>" + "".join(f"<td>{v}</td>" for v in s)
                        + f"<td>{sum(s)}</td></tr>")
        foot = ("<tr><th scope=\"row\">平均</th>"
                + "".join(f"<td>{fmt2(D.view_avg(p, v))}</td>" for v in range(len(D.VIEWS)))
                + f"<td>{fmt2(D.total_avg(p))}</td></tr>")
        quotes = "\n".join(f"<blockquote><p>{e(t)}</p><cite>{mem}</cite></blockquote>" for mem, t in D.OPINIONS[p])
        secs.append(f"""<section id="pillar{p}">
<h2>第{p}　{e(pname)}</h2>
<table border="1">
<thead><tr><th>委員</th>{''.join(f'<th>{v}</th>' for v in D.VIEWS)}<th>計</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
<tfoot>
{foot}
</tfoot>
</table>
<h3>委員意見</h3>
{quotes}
</section>""")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>行政経営改革プラン 最終評価 | {D.COMMITTEE}</title></head>
<body>
<h1>{D.COMMITTEE} 行政経営改革プラン（令和11年度～令和14年度）最終評価結果</h1>
<p>懇話会の各委員が、改革の柱ごとに「進捗」「効果」「効率性」「市民目線」「発展性」の5つの観点を
1点（不十分）から4点（十分）の4段階で評価した。計は5観点の合計（20点満点）であり、平均は4委員の平均を
小数第2位まで示している。</p>
{chr(10).join(secs)}
<p>{D.COMMITTEE_DATE}　{D.COMMITTEE}（会長　石川委員）</p>
</body></html>
"""
    (OUT / F_COMM).write_text(page, encoding="utf-8")


def joint_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("j", fontName="IPAex", fontSize=9, leading=12)
    h1 = ParagraphStyle("h", fontName="IPAex", fontSize=14, leading=18)
    body = [["事業番号", "事業名", "主担当市町", "参加市町", "実施年度", "備考"]]
    for j in D.JOINT:
        body.append([j["no"], Paragraph(j["name"], st), j["lead"], Paragraph("・".join(j["members"]), st),
                     D.jyears(j), Paragraph(D.JOINT_NOTE.get(j["no"], ""), st)])
    t = Table(body, colWidths=[55, 150, 65, 230, 65, 160], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story = [Paragraph(f"{D.REGION}　連携事業一覧（{D.JOINT_ASOF}）", h1), Spacer(1, 6),
             Paragraph("構成市町村：" + "、".join(D.MUNIS) + "。主担当市町は事業の取りまとめと経費の精算を行う。", st),
             Paragraph("実施年度の「R12～」は令和12年度から実施中、「R11～R13」は令和11年度から令和13年度まで実施して終了、"
                       "「R12」は令和12年度のみ実施したことを示す。", st),
             Spacer(1, 8), t]
    SimpleDocTemplate(str(OUT / F_JOINT), pagesize=landscape(A4)).build(story)


def cases_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "事例"
    ws.append([f"{D.CASES_TITLE}　萩ノ森市 総務部 行政経営課"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["No.", "団体名", "都道府県", "人口（人）", "分野", "取組名", "概要", "効果（時間/年）", "効果（千円/年）"])
    for c in D.CASES:
        ws.append([c["no"], c["org"], c["pref"], c["pop"], c["field"], c["title"], c["summary"], c["hours"], c["money"]])
    last = ws.max_row
    ws.append([])
    ws.append(["注：人口は令和14年1月1日現在の住民基本台帳人口。効果は各団体の公表値で、空欄は該当する効果の公表がないもの。"])
    for col, w in zip("ABCDEFGHI", [5, 12, 10, 11, 11, 26, 56, 14, 14]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=3, max_row=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for k in (3, 7, 8):
            row[k].number_format = "#,##0"
    wb.save(OUT / F_CASES)


def news_txt():
    L = []
    bar = "━" * 30
    for iss in D.ISSUES:
        L += [bar, f"{D.NEWS_TITLE}　第{iss['no']}号", f"発行：{iss['issued']}　編集：萩ノ森市 総務部 行政経営課", bar, ""]
        tr = iss["training"]
        L += [f"◆ {tr['name']}を開催しました",
              f"{tr['date']}、職員を対象に{tr['name']}を開催しました。講師は{tr['lecturer']}です。",
              f"参加者は{tr['people']}名で、研修後のアンケートによる満足度は5点満点で平均{tr['sat']}点でした。", ""]
        if "proposal" in iss:
            pr = iss["proposal"]
            L += ["◆ 職員提案の審査結果",
                  f"今期の職員提案には{pr['applied']}件の応募があり、審査の結果{pr['adopted']}件を採用しました。",
                  f"最優秀賞は{pr['best_dept']}から提案された「{pr['best']}」です。", ""]
        if "call" in iss:
            c = iss["call"]
            L += [f"◆ {c['what']}を募集します",
                  f"日々の業務の中で気づいた{c['what']}を募集します。締切は{c['deadline']}です。",
                  f"提出先は{c['to']}（内線2315）です。様式は庁内ポータルに掲載しています。", ""]
        if "model" in iss:
            m = iss["model"]
            L += ["◆ 協働のモデル事業を紹介します",
                  f"事業名：{m['name']}", f"実施団体：{m['org']}", f"担当課：{m['dept']}",
                  "市内の子ども食堂をつなぎ、食材の融通や運営の相談を共同で行う取組です。", ""]
        qa = [(q, a) for n, q, a in D.QA if n == iss["no"]]
        if qa:
            L.append("◆ 質問コーナー")
            for q, a in qa:
                L += [f"Ｑ　{q}", f"Ａ　{a}"]
            L.append("")
    (OUT / F_NEWS).write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    plan_docx(); committee_html(); joint_pdf(); cases_xlsx(); news_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
