# -*- coding: utf-8 -*-
"""Writes the five documents of set made77 into docs/ from data.py."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
for f in os.listdir(DOCS):
    os.remove(os.path.join(DOCS, f))

F_XLSX = "01_使用料・手数料の見直し一覧.xlsx"
F_PDF = "02_公共施設の統廃合計画.pdf"
F_DOCX = "03_行政改革推進本部会議要旨.docx"
F_HTML = "04_窓口オンライン化の進捗状況.html"
F_TXT = "05_職員提案審査結果.txt"

ZEN = str.maketrans("0123456789,", "０１２３４５６７８９，")


# ------------------------------------------------------------------ xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = FEE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = FEE_ISSUER
    ws.merge_cells("A2:K2")
    ws["A2"].alignment = Alignment(horizontal="right")
    h1 = ["No", "所管部", "所管課", "区分", "項目名", "単位", "現行", None, "改定後", None, "備考"]
    h2 = [None, None, None, None, None, None, "料金（円）", "前回改定", "料金（円）", "改定率", None]
    for c, v in enumerate(h1, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(h2, 1):
        ws.cell(5, c, v)
    for col in "ABCDEFK":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("G4:H4")
    ws.merge_cells("I4:J4")
    fill = PatternFill("solid", fgColor="DDEBF7")
    for r in (4, 5):
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.border = bd
            cell.fill = fill
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r0 = 6
    for i, (no, dept, sec, kind, name, unit, cur, prev, new, note) in enumerate(FEES):
        r = r0 + i
        vals = [no, dept, sec, kind, name, unit, cur, prev, new, fee_rate_text(cur, new), note]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = bd
            cell.alignment = Alignment(vertical="center", wrap_text=(c in (5, 11)))
        ws.cell(r, 7).number_format = "#,##0"
        ws.cell(r, 9).number_format = "#,##0"
        ws.cell(r, 10).alignment = Alignment(horizontal="right", vertical="center")
    # merge 所管部 runs, keep value only in first cell
    start = 0
    for i in range(1, len(FEES) + 1):
        if i == len(FEES) or FEES[i][1] != FEES[start][1]:
            if i - 1 > start:
                ws.merge_cells(start_row=r0 + start, start_column=2, end_row=r0 + i - 1, end_column=2)
            ws.cell(r0 + start, 2).alignment = Alignment(vertical="center", horizontal="center")
            start = i
    rn = r0 + len(FEES) + 1
    for j, n in enumerate(FEE_NOTES):
        ws.cell(rn + j, 1, n)
        ws.merge_cells(start_row=rn + j, start_column=1, end_row=rn + j, end_column=11)
    widths = {"A": 5, "B": 12, "C": 14, "D": 8, "E": 30, "F": 9, "G": 11, "H": 11, "I": 11, "J": 9, "K": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"
    wb.save(os.path.join(DOCS, F_XLSX))


# ------------------------------------------------------------------ pdf
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("IPAexG", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
    st_t = ParagraphStyle("t", fontName="IPAexG", fontSize=15, leading=20, alignment=1)
    st_s = ParagraphStyle("s", fontName="IPAexG", fontSize=10, leading=14, alignment=1)
    st_r = ParagraphStyle("r", fontName="IPAexG", fontSize=9, leading=12, alignment=2)
    st_h = ParagraphStyle("h", fontName="IPAexG", fontSize=11.5, leading=16, spaceBefore=6)
    st_b = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14)
    st_n = ParagraphStyle("n", fontName="IPAexG", fontSize=8.5, leading=12)
    story = [Paragraph(FAC_TITLE, st_t), Paragraph(FAC_SUB, st_s), Spacer(1, 3 * mm), Paragraph(FAC_DATE, st_r),
             Paragraph("１　計画の趣旨", st_h),
             Paragraph("本市の公共施設の多くは昭和40年代から50年代に整備され、今後一斉に更新時期を迎える。"
                       "人口減少と財政状況を踏まえ、施設総量の適正化を図るため、第2期の個別施設計画として"
                       "対象28施設の方針と実施年度を定める。計画期間は2026年度から2030年度までの5年間とする。", st_b),
             Paragraph("２　基本的な考え方", st_h),
             Paragraph("（１）築40年以上で利用率の低い施設は、統合又は廃止を原則とする。<br/>"
                       "（２）地域で活用が見込まれる小規模施設は、地域団体等への譲渡を優先する。<br/>"
                       "（３）存続する施設は、長寿命化改修により目標使用年数を80年とする。", st_b),
             Paragraph("３　施設別の方針", st_h), Spacer(1, 2 * mm)]
    head = ["No", "分類", "施設名", "建築年", "延床面積\n（㎡）", "方針", "実施年度\n（西暦）", "備考"]
    cell = ParagraphStyle("c", fontName="IPAexG", fontSize=8.5, leading=11)
    rows = [[Paragraph(h.replace("\n", "<br/>"), cell) for h in head]]
    for no, cat, name, built, area, pol, yr, note in FACILITIES:
        rows.append([str(no), cat, Paragraph(name, cell), built, f"{area:,.2f}", pol,
                     str(yr) if yr else "－", Paragraph(note, cell)])
    t = Table(rows, colWidths=[9 * mm, 25 * mm, 42 * mm, 17 * mm, 19 * mm, 11 * mm, 19 * mm, 38 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFDA")),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        ("ALIGN", (5, 1), (6, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.2),
    ]))
    story.append(t)
    story.append(Spacer(1, 4 * mm))
    for l in FAC_LEGEND:
        story.append(Paragraph(l, st_n))

    def footer(c, d):
        c.setFont("IPAexG", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"－ {d.page} －")

    doc = SimpleDocTemplate(os.path.join(DOCS, F_PDF), pagesize=A4, topMargin=18 * mm, bottomMargin=22 * mm,
                            leftMargin=15 * mm, rightMargin=15 * mm, title=FAC_TITLE)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ docx
def make_docx():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "MS Mincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    d.add_heading(MEET_TITLE, level=1)
    for k, v in [("日　時", MEET_DATE), ("場　所", MEET_PLACE), ("出席者", MEET_ATTEND), ("事務局", MEET_SECRETARIAT)]:
        d.add_paragraph(f"{k}：{v}")
    nums = "１２３４５６７８９"
    for i, (title, turns, decs) in enumerate(AGENDA):
        d.add_heading(f"議題{nums[i]}　{title}", level=2)
        for who, text in turns:
            d.add_paragraph(f"【{who}】{text}")
        p = d.add_paragraph()
        r = p.add_run("■決定事項")
        r.bold = True
        for x in decs:
            d.add_paragraph(x, style="List Bullet")
    d.add_heading("その他", level=2)
    d.add_paragraph(MEET_OTHER)
    d.add_paragraph("以上")
    d.save(os.path.join(DOCS, F_DOCX))


# ------------------------------------------------------------------ html
def make_html():
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="UTF-8">',
           f'<title>{e(ONL_TITLE)}｜{e(CITY)}</title>',
           '<style>table{border-collapse:collapse}th,td{border:1px solid #666;padding:3px 6px}'
           'td.num{text-align:right}.legend dt{font-weight:bold;float:left;width:3em}</style>',
           '</head>', '<body>',
           f'<header><p class="site">{e(CITY)}公式ホームページ</p>',
           '<nav>ホーム ＞ 市政情報 ＞ 行政改革 ＞ 窓口のオンライン化</nav></header>',
           '<main>', f'<h1>{e(ONL_TITLE)}</h1>',
           f'<p class="update">更新日：令和7年10月20日　担当：総務部 行政改革推進課 DX推進係</p>',
           '<p>市では「行かない窓口」を目指し、申請・届出手続のオンライン化を進めています。'
           f'主な手続の対応状況とオンライン申請件数（{e(ONL_ASOF)}）をお知らせします。</p>',
           '<h2>対応状況一覧</h2>',
           '<table id="online-progress">',
           '<caption>窓口手続のオンライン化 進捗状況（' + e(ONL_ASOF) + '）</caption>',
           '<thead><tr><th rowspan="2">No</th><th rowspan="2">手続名</th><th rowspan="2">所管課</th>'
           '<th rowspan="2">状況</th><th colspan="3">オンライン申請件数（件）</th><th rowspan="2">備考</th></tr>',
           '<tr>' + ''.join(f'<th>{y}</th>' for y in ONL_YEARS) + '</tr></thead>', '<tbody>']
    for no, name, sec, stt, cnt, note in ONLINE:
        cells = ''.join(f'<td class="num">{"－" if c is None else format(c, ",")}</td>' for c in cnt)
        out.append(f'<tr><td>{no}</td><td>{e(name)}</td><td>{e(sec)}</td><td>{stt}</td>{cells}<td>{e(note)}</td></tr>')
    out.append('</tbody></table>')
    out.append('<h3>凡例</h3><dl class="legend">')
    for k, v in ONL_LEGEND:
        out.append(f'<dt>{e(k)}</dt><dd>{e(v)}</dd>')
    out.append('</dl>')
    out.append('<p class="note">※件数は各年度（4月～翌年3月）にオンラインで受け付けた件数です。窓口・郵送分は含みません。</p>')
    out.append('<h2>お問い合わせ</h2><p>総務部 行政改革推進課 DX推進係　電話：0199-22-3141（直通）</p>')
    out.append('</main><footer>&copy; ' + e(CITY) + '</footer></body></html>')
    with open(os.path.join(DOCS, F_HTML), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ txt
def make_txt():
    L = [PROP_TITLE, "", PROP_DATE, "",
         "職員提案制度実施要綱第8条に基づき、令和7年度に提出された職員提案の審査結果を次のとおり公表します。",
         "効果額は年間の財政効果見込額（単位：千円）です。「－」は効果額を算定していないものです。",
         "採否の区分　採用：令和8年度から実施／検討：所管課で実施可否を引き続き検討／不採用：実施しない", ""]
    sep = "━" * 30
    for no, title, sec, amt, res, com, zen in PROPOSALS:
        a = "－" if amt is None else format(amt, ",")
        if zen:
            a = a.translate(ZEN)
        L += [sep,
              f"提案番号：{no}",
              f"件　　名：{title}",
              f"提 案 課：{sec}",
              f"効果額（千円）：{a}",
              f"採　　否：{res}",
              f"審査意見：{com}"]
    L += [sep, "", "以上", ""]
    with open(os.path.join(DOCS, F_TXT), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    make_xlsx(); make_pdf(); make_docx(); make_html(); make_txt()
    for f in sorted(os.listdir(DOCS)):
        print(f, os.path.getsize(os.path.join(DOCS, f)))
