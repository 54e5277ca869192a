"""Write made33/docs/: 焼津市 (HTML plan, DOCX opinion) and 豊岡市 (PDF evaluation, XLSX subsidy review)."""
from pathlib import Path

from . import data as D

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "焼津市_第6次行政改革大綱実施計画_令和6年度実績報告.html"
OPINION_FILE = "焼津市_行政改革推進委員会_意見書_令和7年2月.docx"
EVAL_FILE = "豊岡市_事務事業評価結果一覧_令和6年度.pdf"
SUBSIDY_FILE = "豊岡市_補助金等見直し結果一覧_令和7年度.xlsx"


def fmt(v):
    if v is None:
        return "－"
    if isinstance(v, float):
        return f"{v:.1f}"
    return f"{v:,}"


def make_html():
    rows = []
    group = None
    for r in D.YAIZU_PLAN:
        no, grp, name, dept, ind, unit, t4, a4, t5, a5, t6, a6, ev, done = r
        if grp != group:
            group = grp
            rows.append(f'<tr class="group"><th colspan="11" style="text-align:left">{grp}</th></tr>')
        ev_txt = f"完了（{done.replace('R', '令和')}年度）" if ev == "完了" else ev
        rows.append(
            f"<tr><td>{no}</td><td>{name}</td><td>{dept}</td><td>{ind}（{unit}）</td>"
            f"<td>{fmt(t4)}</td><td>{fmt(a4)}</td><td>{fmt(t5)}</td><td>{fmt(a5)}</td>"
            f"<td>{fmt(t6)}</td><td>{fmt(a6)}</td><td>{ev_txt}</td></tr>")
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{D.YAIZU_PLAN_TITLE}｜焼津市</title></head>
<body>
<div id="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革 &gt; 実施計画の実績</div>
<h1>{D.YAIZU_PLAN_TITLE}</h1>
<p class="update">更新日：2025年7月31日　担当：総務部 行政経営課</p>
<p>焼津市では、第6次行政改革大綱（計画期間：令和4年度～令和7年度）に基づき、実施計画に掲げた14の取組を進めています。
令和6年度までの目標と実績を取りまとめましたので公表します。</p>
<h2>取組別の目標・実績</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">取組項目</th><th rowspan="2">担当課</th><th rowspan="2">指標（単位）</th>
<th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th colspan="2">令和6年度</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>評価の基準</h2>
<ul>
<li>A：令和6年度の目標を達成</li>
<li>B：目標の8割以上を達成</li>
<li>C：目標の8割未満</li>
<li>完了：取組が完了したもの（完了年度を併記）</li>
</ul>
<p>※1 No.12の時間外勤務は少ないほど良い指標です。目標値以下であれば達成としています。</p>
<p>※2 No.10の市営住宅管理戸数は集約化の目標戸数であり、実績が目標を上回っているため未達成です。</p>
<p>※3 「－」は目標を設定していない年度です。</p>
<h2>お問い合わせ</h2>
<p>焼津市 総務部 行政経営課 行革推進担当　電話：054-626-0000</p>
</body></html>
"""
    (DOCS / PLAN_FILE).write_text(html, encoding="utf-8")


def make_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    p = doc.add_paragraph(D.YAIZU_OPINION_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("焼津市長　様")
    p = doc.add_paragraph(D.YAIZU_OPINION_CHAIR)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(D.YAIZU_OPINION_TITLE, level=1)
    doc.add_paragraph(
        "本委員会は、第6次行政改革大綱実施計画の令和6年度実績について、令和6年11月から令和7年1月までの間に"
        "3回の会議を開催し審議を行った。その結果を踏まえ、下記のとおり意見を申し述べる。")
    doc.add_paragraph("記").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("1　総括的意見", level=2)
    doc.add_paragraph(
        "実施計画14項目のうち、令和6年度の目標を達成したものは4項目、完了したものは3項目であり、"
        "計画全体としては概ね順調に進捗していると認められる。ただし、評価がCとなった3項目については、"
        "原因の分析と改善策を次年度の計画に反映させる必要がある。")
    doc.add_heading("2　個別意見", level=2)
    for num, head, body in D.YAIZU_OPINION_ITEMS:
        doc.add_heading(f"{num}　{head}", level=3)
        doc.add_paragraph(body)
    doc.add_heading("3　おわりに", level=2)
    doc.add_paragraph(
        "行政改革は不断の取組である。市においては本意見書の趣旨を十分に尊重し、"
        "職員一人ひとりが改革の当事者であるという意識を持って取り組まれることを期待する。")
    doc.add_paragraph("以上")
    doc.add_page_break()
    doc.add_heading("参考　焼津市行政改革推進委員会 委員名簿", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("氏名", "選出区分", "備考")):
        c.text = h
    for m in D.YAIZU_MEMBERS:
        cells = t.add_row().cells
        for c, v in zip(cells, m):
            c.text = v
    doc.add_paragraph("（敬称略・順不同）")
    doc.save(DOCS / OPINION_FILE)


def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    st = ParagraphStyle("j", fontName="IPAexG", fontSize=9, leading=13)
    h1 = ParagraphStyle("h", fontName="IPAexG", fontSize=14, leading=20)
    head = [["番号", "事業名", "所管課", "事業費（千円）", "評価", "", "今後の方向性"],
            ["", "", "", "令和5年度決算", "一次評価", "二次評価", ""]]
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (6, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.lightgrey), ("ALIGN", (3, 2), (3, -1), "RIGHT")])
    widths = [50, 200, 100, 90, 55, 55, 75]

    def table(rows, total=False):
        body = [[r[0], r[1], r[2], f"{r[3]:,}", r[4], r[5], r[6]] for r in rows]
        if total:
            s = sum(r[3] for r in D.TOYOOKA_EVAL)
            body.append(["合計", f"{len(D.TOYOOKA_EVAL)}事業", "", f"{s:,}", "", "", ""])
        t = Table(head + body, colWidths=widths, repeatRows=2)
        t.setStyle(style)
        return t

    def footer(canvas, doc):
        canvas.setFont("IPAexG", 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, 20, f"- {doc.page} -")

    story = [Paragraph(D.TOYOOKA_EVAL_TITLE, h1),
             Paragraph("豊岡市 政策調整部 行政改革推進室　令和6年10月", st), Spacer(1, 6),
             Paragraph("令和5年度に実施した事務事業のうち、16事業について担当課による一次評価と、"
                       "行政改革推進室による二次評価を行いました。評価区分は次のとおりです。", st),
             Paragraph("A：効果が高く拡充すべき　B：概ね効果があり継続　C：改善・縮小が必要　D：廃止を含め抜本的見直し", st),
             Spacer(1, 8), table(D.TOYOOKA_EVAL[:D.TOYOOKA_EVAL_PAGE1]), PageBreak(),
             Paragraph("（前頁からの続き）", st), Spacer(1, 4),
             table(D.TOYOOKA_EVAL[D.TOYOOKA_EVAL_PAGE1:], total=True), Spacer(1, 8),
             Paragraph("注1）事業費は令和5年度決算額（一般財源以外を含む）で、千円未満を四捨五入しています。", st),
             Paragraph("注2）「今後の方向性」は二次評価を踏まえ、令和7年度予算編成に反映します。", st),
             Paragraph("注3）R6-10 敬老祝品贈呈事業は令和7年度から廃止し、R6-09 高齢者生きがい活動支援事業と併せて高齢者施策を再構築します。", st)]
    SimpleDocTemplate(str(DOCS / EVAL_FILE), pagesize=landscape(A4), title=D.TOYOOKA_EVAL_TITLE,
                      leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=36).build(
        story, onFirstPage=footer, onLaterPages=footer)


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "見直し結果"
    ws["A1"] = D.TOYOOKA_SUBSIDY_TITLE
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = "豊岡市 政策調整部 行政改革推進室"
    ws["H2"] = "（単位：千円）"
    hdr1 = ["No.", "補助金名", "交付先", "所管課", "予算額", None, "増減", "見直し区分", "備考"]
    hdr2 = [None, None, None, None, "令和6年度", "令和7年度", "（R7－R6）", None, None]
    for i, v in enumerate(hdr1, 1):
        ws.cell(row=4, column=i, value=v)
    for i, v in enumerate(hdr2, 1):
        if v:
            ws.cell(row=5, column=i, value=v)
    for col in "ABCDHI":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:F4")
    for c in ws[4] + ws[5]:
        c.alignment = Alignment(horizontal="center", vertical="center")
    r = 6
    for s in D.TOYOOKA_SUBSIDY:
        no, name, to, dept, b6, b7, kind, note = s
        for i, v in enumerate([no, name, to, dept, b6, b7, b7 - b6, kind, note or None], 1):
            ws.cell(row=r, column=i, value=v)
        r += 1
    t6 = sum(s[4] for s in D.TOYOOKA_SUBSIDY)
    t7 = sum(s[5] for s in D.TOYOOKA_SUBSIDY)
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=5, value=t6)
    ws.cell(row=r, column=6, value=t7)
    ws.cell(row=r, column=7, value=t7 - t6)
    r += 2
    ws.cell(row=r, column=1, value="※見直し区分　継続：現行どおり　増額・減額：予算額を変更　統合：他の補助金に統合　廃止：令和7年度から廃止")
    ws.cell(row=r + 1, column=1, value="※交付先の（一社）は一般社団法人の略です。")
    for col, w in zip("ABCDEFGHI", (5, 28, 24, 14, 11, 11, 11, 11, 26)):
        ws.column_dimensions[col].width = w
    wb.save(DOCS / SUBSIDY_FILE)


def main():
    DOCS.mkdir(exist_ok=True)
    make_html()
    make_docx()
    make_pdf()
    make_xlsx()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
