# -*- coding: utf-8 -*-
"""Writes docs/ (five files) from data.py."""
import os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
for f in os.listdir(DOCS):
    os.remove(os.path.join(DOCS, f))

FW = str.maketrans("0123456789", "０１２３４５６７８９")
def fw(s): return str(s).translate(FW)

F_DOCX = "01_椋平市行政経営改革プラン2026推進状況報告書.docx"
F_PDF = "02_行政経営改革推進委員会評価書.pdf"
F_XLSX = "03_椋平定住自立圏連携事業一覧.xlsx"
F_HTML = "04_他自治体の行政改革取組事例集.html"
F_TXT = "05_推進項目進捗管理シート.txt"

# =====================================================================  DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(15))
    st = d.styles["Normal"]
    st.font.name = "MS Mincho"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")

    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(PLAN); r.bold = True; r.font.size = Pt(18)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("推進状況報告書（最終報告）"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph(f"{REPORT_DATE}　{CITY}総務部行政経営課"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    d.add_heading("１　報告の趣旨", level=2)
    d.add_paragraph(
        f"{CITY}では、{PERIOD}を計画期間とする「{PLAN}」に基づき、4つの基本目標、12の施策のもとに"
        f"{len(ITEMS)}の推進項目を設定し、行政経営改革を進めてきました。本報告書は、計画期間の終了に伴い、"
        "各推進項目の年度ごとの評価（担当課による自己評価を行政経営改革推進本部で確認したもの）と完了年度を取りまとめたものです。")
    d.add_paragraph("なお、推進項目ごとの評価に対する外部委員の意見は、別冊「行政経営改革推進委員会評価書」に掲載しています。")

    d.add_heading("２　評価の基準", level=2)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "評価"; t.rows[0].cells[1].text = "内容"
    for g, txt in GRADE_LEGEND:
        c = t.add_row().cells; c[0].text = g; c[1].text = txt
    d.add_paragraph("※ 完了年度欄は、推進項目の取組が完了した年度を示します（年度の表記は担当課の報告のとおり）。"
                    "「（継続）」は計画期間終了後も取組を継続するものです。")
    d.add_paragraph("※ 担当課欄の「主」は主担当課、「副」は副担当課を示します。副担当課のない項目は空欄としています。")

    d.add_heading("３　基本目標別の推進状況", level=2)
    ncol = 9
    for gno, gname in GOALS:
        d.add_paragraph().add_run(f"【基本目標{gno}】{gname}").bold = True
        t = d.add_table(rows=2, cols=ncol); t.style = "Table Grid"
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        h0[0].merge(h1[0]).text = "コード"
        h0[1].merge(h1[1]).text = "推進項目"
        m = h0[2].merge(h0[3]); m.text = "担当課"
        h1[2].text = "主"; h1[3].text = "副"
        m = h0[4].merge(h0[7]); m.text = "評価"
        for k, y in enumerate(YEARS):
            h1[4 + k].text = YEAR_HEADER[y]
        h0[8].merge(h1[8]).text = "完了年度"
        for mcode, mname in MEASURES:
            if not mcode.startswith(f"{gno}-"):
                continue
            row = t.add_row().cells
            mm = row[0].merge(row[ncol - 1]); mm.text = f"施策{mcode}　{mname}"
            for it in ITEMS:
                if not it[0].startswith(mcode + "-"):
                    continue
                c = t.add_row().cells
                c[0].text = it[0]; c[1].text = it[1]; c[2].text = it[2]; c[3].text = it[3]
                for k, y in enumerate(YEARS):
                    c[4 + k].text = grade(it, y) or "－"
                c[8].text = done_text(it)
        d.add_paragraph("")

    d.add_heading("４　年度別の評価件数", level=2)
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for k, h in enumerate(["年度", "Ａ", "Ｂ", "Ｃ", "Ｄ", "計"]):
        t.rows[0].cells[k].text = h
    for y in YEARS:
        c = t.add_row().cells
        c[0].text = f"令和{reiwa(y)}年度（{y}）"
        gs = [grade(i, y) for i in ITEMS]
        for k, g in enumerate("ABCD"):
            c[1 + k].text = str(gs.count(g))
        c[5].text = str(sum(1 for g in gs if g))
    d.add_paragraph("※ 評価対象外（－）の項目は件数に含みません。")
    d.save(os.path.join(DOCS, F_DOCX))

# =====================================================================  PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    pdfmetrics.registerFont(TTFont("IPAex", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
    body = ParagraphStyle("b", fontName="IPAex", fontSize=10.5, leading=17, wordWrap="CJK")
    small = ParagraphStyle("s", fontName="IPAex", fontSize=9, leading=13, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=17, leading=26, alignment=1)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=12.5, leading=20, spaceBefore=8, spaceAfter=4)
    right = ParagraphStyle("r", parent=body, alignment=2)

    def footer(c, doc):
        c.setFont("IPAex", 9); c.drawCentredString(A4[0] / 2, 12 * mm, f"－{doc.page}－")

    s = []
    s.append(Paragraph(f"{PLAN}", h1))
    s.append(Paragraph("推進状況に対する評価書", h1))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph(f"{EVAL_DATE}", right))
    s.append(Paragraph(f"{COMMITTEE}", right))
    s.append(Paragraph(CHAIR, right))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("１　はじめに", h2))
    s.append(Paragraph(
        f"本委員会は、{CITY}長からの依頼を受け、{PLAN}（計画期間：{PERIOD}）の推進状況について、"
        "市が取りまとめた推進状況報告書及び担当課へのヒアリングをもとに評価を行った。"
        "計画期間の4年間を通じた取組の成果を確認するため、令和12年5月から7月にかけて計4回の委員会を開催し、"
        "基本目標ごとに4つの観点から評点を付すとともに、各委員の意見を取りまとめた。", body))
    s.append(Paragraph(
        "評価に当たっては、推進項目ごとの自己評価の妥当性を確認したうえで、個々の推進項目ではなく基本目標を単位として"
        "総合的に判断した。各委員の意見は、関係する施策の番号を【　】で付して掲載している。", body))
    s.append(Paragraph("２　評価の方法", h2))
    s.append(Paragraph(
        "基本目標ごとに、「進捗度」「成果」「効率性」「発展性」の4つの観点について、それぞれ5点満点で評点を付し、"
        "その合計（20点満点）により総合評価を行った。", body))
    s.append(Paragraph("【総合評価の区分】　Ａ：16点以上　　Ｂ：12点以上16点未満　　Ｃ：12点未満", body))
    s.append(Paragraph(
        "【観点の説明】　進捗度：計画どおりに取組が進んだか ／ 成果：市民サービスや財政面で効果が現れたか ／ "
        "効率性：投入した経費や人員に見合っているか ／ 発展性：計画期間後の取組につながるか", body))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("３　観点別評価表", h2))
    s.append(Paragraph(
        "各観点の評点と、その主な理由は次表のとおりである。評点は委員の協議により決定した。"
        "なお、表中の「小計」は当該基本目標の合計点（20点満点）を示す。", body))
    s.append(Spacer(1, 3 * mm))

    cell = lambda x: Paragraph(str(x), small)
    rows = [[cell("基本目標"), cell("観点"), cell("評点<br/>（5点満点）"), cell("評点の主な理由")]]
    style = [("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for gno, gname in GOALS:
        for k, vp in enumerate(VIEWPOINTS):
            rows.append([cell(f"基本目標{gno}<br/>{gname}" if k == 0 else ""), cell(vp),
                         cell(fw(SCORES[gno][k])), cell(SCORE_REASONS[(gno, vp)])])
        tot = sum(SCORES[gno])
        rows.append([cell(""), cell("小計"), cell(f"{fw(tot)}／２０"), cell(f"総合評価　{rank(tot)}")])
        style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.whitesmoke))
    t = Table(rows, colWidths=[38 * mm, 20 * mm, 22 * mm, 95 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    s.append(t)
    s.append(Paragraph("※ 評点は全角数字で表記している。", small))

    s.append(Paragraph("４　基本目標ごとの委員意見", h2))
    for gno, gname in GOALS:
        tot = sum(SCORES[gno])
        s.append(Paragraph(f"■ 基本目標{gno}　{gname}（合計 {tot}点／20点　総合評価 {rank(tot)}）", body))
        for code, txt in OPINIONS[gno]:
            s.append(Paragraph(f"・【{code}】{txt}", body))
        s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("５　総評", h2))
    s.append(Paragraph(
        "計画期間を通じて多くの推進項目が計画どおり又は計画を上回って進んだ一方、時間外勤務の削減や公共施設の最適化など、"
        "計画期間内に十分な成果が得られなかった分野もある。次期計画では、これらの課題を引き継ぐとともに、"
        "定住自立圏を構成する周辺町との連携を一層強化することを期待する。", body))
    doc = SimpleDocTemplate(os.path.join(DOCS, F_PDF), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title=f"{PLAN} 推進状況に対する評価書")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)

# =====================================================================  XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "連携事業一覧"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = f"{REGION}共生ビジョン　連携事業一覧"; ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:M1")
    ws["A2"] = f"（中心市：{CENTER}　連携町：{'・'.join(TOWNS)}）　令和9年度改訂"
    ws.merge_cells("A2:M2")
    hdr1 = ["事業番号", "政策分野", "連携分野", "事業名", "事業概要", "関係市町", None, None, None,
            "開始年度", "事業費（千円）", None, None]
    hdr2 = [None, None, None, None, None, f"{CENTER}\n（中心市）", TOWNS[0], TOWNS[1], TOWNS[2], None,
            "2026年度\n（R8）", "2027年度\n（R9）", "増減"]
    for k, v in enumerate(hdr1):
        if v: ws.cell(4, k + 1, v)
    for k, v in enumerate(hdr2):
        if v: ws.cell(5, k + 1, v)
    for col in "ABCDEJ":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("F4:I4"); ws.merge_cells("K4:M4")
    r = 6
    field_start = {}
    for p in JOINT:
        field_start.setdefault(p[1], [r, r])[1] = r
        ws.cell(r, 1, p[0])
        if field_start[p[1]][0] == r:
            ws.cell(r, 2, f"{p[1]}　{FIELDS[p[1]]}")
        ws.cell(r, 3, p[2]); ws.cell(r, 4, p[3]); ws.cell(r, 5, p[4])
        for k, muni in enumerate(MUNIS):
            ws.cell(r, 6 + k, "○" if joins(p, muni) else None)
        ws.cell(r, 10, p[7])
        for k, v in enumerate([p[8], p[9]]):
            ws.cell(r, 11 + k, v if v is not None else "－")
        dd = diff(p)
        ws.cell(r, 13, dd if dd is not None else "－")
        for c in range(11, 14):
            ws.cell(r, c).number_format = '#,##0;"▲"#,##0;0'
        r += 1
    for f, (a, b) in field_start.items():
        if b > a: ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    last = r - 1
    for row in ws.iter_rows(min_row=4, max_row=last, min_col=1, max_col=13):
        for c in row:
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="center" if c.column in (1, 6, 7, 8, 9, 10) else None)
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=13):
        for c in row:
            c.fill = PatternFill("solid", fgColor="DDEBF7"); c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    notes = ["（注）１　「○」は当該事業に参加する市町を示す。",
             "　　　２　開始年度は当該連携事業の実施開始年度であり、共生ビジョン策定前から実施している事業を含む。",
             "　　　３　事業費は圏域全体の額（各市町の負担額の合計）。「－」は当該年度に事業費がないことを示す。",
             "　　　４　増減は2027年度－2026年度。▲は減少を示す。"]
    for k, n in enumerate(notes):
        ws.cell(last + 2 + k, 1, n)
    widths = [9, 16, 14, 30, 44, 11, 8, 8, 8, 11, 11, 11, 9]
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(DOCS, F_XLSX))

# =====================================================================  HTML
def make_html():
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="UTF-8">',
           '<title>他自治体の行政改革取組事例集｜椋平市</title>', '</head>', '<body>',
           '<header><p>椋平市 総務部 行政経営課</p>',
           '<h1>他自治体の行政改革取組事例集（令和12年度版）</h1>',
           '<p>次期行政経営改革プランの検討の参考とするため、他自治体の特色ある取組を収集しました。'
           '掲載内容は各自治体への照会及び公表資料に基づくものです（人口は令和12年4月1日現在の住民基本台帳人口）。</p>',
           '</header>', '<nav><ul>']
    for n, c in enumerate(CASES, 1):
        out.append(f'<li><a href="#case{n:02d}">事例{n}　{c[0]}　{c[3]}</a></li>')
    out.append('</ul></nav><main>')
    for n, c in enumerate(CASES, 1):
        place, pop, field, title, start, _, summary, effect, _ = c
        out += [f'<section id="case{n:02d}">', f'<h2>事例{n}　{title}</h2>', '<dl>',
                f'<dt>自治体名</dt><dd>{place}</dd>',
                f'<dt>人口</dt><dd>{pop:,}人</dd>',
                f'<dt>分野</dt><dd>{field}</dd>',
                f'<dt>取組開始</dt><dd>{start}</dd>',
                f'<dt>取組の概要</dt><dd>{summary}</dd>',
                f'<dt>効果</dt><dd>{effect}</dd>',
                '</dl>', '</section>']
    out += ['</main>', '<footer><p>※ 効果額等は各自治体の試算によるものです。</p>',
            '<p>お問い合わせ：椋平市総務部行政経営課 行革推進係</p></footer>', '</body>', '</html>']
    with open(os.path.join(DOCS, F_HTML), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

# =====================================================================  TXT
def fmtnum(v, unit):
    if unit == "千円" or unit == "人":
        return f"{v:,}"
    if unit == "％":
        return f"{v:.2f}"
    return f"{v:.1f}"

def make_txt():
    L = []
    L.append(f"{PLAN}　推進項目進捗管理シート（令和１１年度実績）")
    L.append(f"作成：{CITY}総務部行政経営課　　令和１２年５月")
    L.append("※ 達成率は、数値が大きいほど良い指標は「実績÷目標×100」、数値が小さいほど良い指標（▽印）は「目標÷実績×100」で算出し、小数第2位を四捨五入。")
    L.append("")
    for sh in SHEETS:
        it = item(sh["code"])
        mname = next(n for c, n in MEASURES if sh["code"].startswith(c + "-"))
        L.append("=" * 60)
        L.append(f"【推進項目】{it[0]}　{it[1]}")
        L.append(f"【施策】{sh['code'][:3]}　{mname}")
        L.append(f"【担当課】主：{it[2]}　副：{it[3] or '－'}")
        L.append(f"【完了年度】{done_text(it)}")
        L.append("")
        L.append("【指標の推移】")
        for name, unit, kind, tg, ac in sh["indicators"]:
            mark = "▽" if kind == "down" else ""
            L.append(f"■ {mark}{name}（単位：{unit}）")
            L.append("区分\t" + "\t".join(f"令和{fw(reiwa(y))}年度" for y in YEARS))
            L.append("目標\t" + "\t".join(fmtnum(v, unit) for v in tg))
            L.append("実績\t" + "\t".join(fmtnum(v, unit) for v in ac))
            L.append("達成率\t" + "\t".join(f"{rate(kind, t, a):.1f}％" for t, a in zip(tg, ac)))
            L.append("")
        L.append("【取組内容】")
        for y in YEARS:
            L.append(f"　令和{fw(reiwa(y))}年度（{y}年度）")
            for c in sh["content"][y]:
                L.append(f"　　{c}")
        L.append("")
        L.append("【自己評価】")
        L.append("　" + "　".join(f"R{reiwa(y)}：{grade(it, y) or '－'}" for y in YEARS))
        L.append("")
        L.append("【取組上の課題】")
        L.append("　" + sh["issues"])
        L.append("")
    L.append("（以上）")
    with open(os.path.join(DOCS, F_TXT), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

make_docx(); make_pdf(); make_xlsx(); make_html(); make_txt()
for f in sorted(os.listdir(DOCS)):
    print(f, os.path.getsize(os.path.join(DOCS, f)))
