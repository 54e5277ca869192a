# -*- coding: utf-8 -*-
"""Writes the five documents of made78 into docs/ from data.py."""
import os, html
from data import *
FAC = [
    ('北部', '北部地区公民館', '昭和52年度', '複合化'), ('北部', '北部児童館', '昭和55年度', '複合化'),
    ('北部', '北部集会所', '昭和49年度', '廃止'), ('北部', '北部体育館', '昭和58年度', '長寿命化'),
    ('東部', '東部地区公民館', '昭和51年度', '複合化'), ('東部', '東部集会所', '昭和50年度', '集約化'),
    ('東部', '東部図書室', '昭和53年度', '複合化'), ('東部', '東部体育館', '昭和60年度', '長寿命化'),
    ('西部', '西部地区公民館', '昭和54年度', '長寿命化'), ('西部', '西部集会所', '昭和48年度', '集約化'),
    ('西部', '西部児童館', '昭和56年度', '集約化'), ('西部', '西部福祉センター', '昭和57年度', '長寿命化'),
    ('北部', '北部図書室', '昭和59年度', '複合化'), ('東部', '東部児童館', '昭和61年度', '集約化'),
    ('西部', '西部図書室', '昭和62年度', '長寿命化'), ('西部', '西部体育館', '平成2年度', '長寿命化')]

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
for f in os.listdir(DOCS):
    os.remove(os.path.join(DOCS, f))
FW = str.maketrans("0123456789", "０１２３４５６７８９")
def fw(x): return str(x).translate(FW)

F_PDF = "01_第3次鶉ヶ嶺市行財政改革実施計画_最終報告書（取組個票）.pdf"
F_HTML = "02_行財政改革実施計画_取組一覧（最終評価）.html"
F_DOCX = "03_行財政改革推進懇談会意見書.docx"
F_XLSX = "04_鶉ヶ嶺地域広域連合_共同事業一覧（令和3・4年度）.xlsx"
F_TXT = "05_行革ニュース第18号.txt"

# ====================================================================== PDF
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak)

pdfmetrics.registerFont(TTFont("IPAexG", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
S = lambda size=9, lead=None, **kw: ParagraphStyle("s", fontName="IPAexG", fontSize=size,
                                                   leading=lead or size * 1.45, **kw)
st_body, st_cell, st_h = S(9.5), S(8.5), S(12)
st_title = S(20, 30, alignment=1)

def on_page(c, d):
    c.saveState(); c.setFont("IPAexG", 7.5)
    c.drawString(18 * mm, A4[1] - 12 * mm, f"{PLAN}　最終報告書（令和5年7月）")
    c.drawCentredString(A4[0] / 2, 10 * mm, f"－ {d.page} －")
    c.restoreState()

def build_pdf():
    doc = SimpleDocTemplate(os.path.join(DOCS, F_PDF), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, pageCompression=1, title=f"{PLAN} 最終報告書")
    el = [Spacer(1, 60 * mm), Paragraph(PLAN, st_title), Spacer(1, 6 * mm),
          Paragraph("最終報告書（取組個票）", st_title), Spacer(1, 20 * mm),
          Paragraph("計画期間：平成31（2019）年度～令和4（2022）年度", S(12, alignment=1)),
          Spacer(1, 60 * mm), Paragraph("令和5年7月", S(12, alignment=1)),
          Paragraph(f"{CITY}　総務部　行政改革推進課", S(12, alignment=1)), PageBreak()]
    # 本書の見方
    el += [Paragraph("■ 本書の見方", st_h), Spacer(1, 3 * mm),
           Paragraph("本書は、" + PLAN + "に掲げた4つの重点項目・20の取組について、計画期間（平成31年度～令和4年度）"
                     "の各年度の計画・実績・評価を取組ごとに1枚の個票にまとめたものです。なお、平成31年度は"
                     "令和元年5月の改元により令和元年度となりましたが、本書では「平成31年度（令和元年度）」と表記しています。", st_body),
           Spacer(1, 4 * mm), Paragraph("【評価の凡例】", st_body)]
    t = Table([["記号", "評価の基準"]] + [[a, b] for a, b in LEGEND], colWidths=[20 * mm, 90 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")), ("ALIGN", (0, 0), (0, -1), "CENTER")]))
    el += [t, Spacer(1, 4 * mm),
           Paragraph("【進捗率】計画期間終了時点における取組全体の進捗の度合いを、所管課の自己評価により百分率で示しています。", st_body),
           Paragraph("【今後の方向性】拡充：取組を拡大して継続／継続：現在の内容で継続／見直し：内容・手法を見直して継続／完了：取組を終了", st_body),
           Spacer(1, 4 * mm), Paragraph("【重点項目】", st_body)]
    for k, v in THEMES.items():
        n = sum(1 for i in ITEMS if theme_of(i) == k)
        el.append(Paragraph(f"重点項目{fw(k)}　{v}（{fw(n)}取組）", st_body))
    el.append(PageBreak())
    P = lambda s, st=st_cell: Paragraph(html.escape(s).replace("\n", "<br/>"), st)
    for it in ITEMS:
        code, name, dept, rel, gr, rate, dirn, done = it
        th = theme_of(it)
        el += [Paragraph(f"重点項目{fw(th)}　{THEMES[th]}", S(10)), Spacer(1, 1 * mm),
               Paragraph("取組個票", S(14, alignment=1)), Spacer(1, 3 * mm)]
        grid = [["取組番号", code, "取組名", P(name)],
                ["所管課", dept, "関連課", P("、".join(rel) if rel else "－")],
                ["取組期間", P(period_text(it)), "計画期間", "平成31年度～令和4年度"]]
        g = Table(grid, colWidths=[22 * mm, 50 * mm, 22 * mm, 80 * mm])
        g.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8e8e8")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e8e8e8")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        el += [g, Spacer(1, 4 * mm)]
        if code == "No.3-2":
            el += [Paragraph("【取組の概要】", st_body),
                   Paragraph("本市の公共施設は、今後多くの施設で更新の時期となる。"
                             "施設の複合化・集約化による総量の縮減と、計画的な予防保全による長寿命化を一体的に進める。", st_body),
                   Paragraph("【計画期間における主な経過】", st_body),
                   Paragraph("平成31年度に個別施設計画を策定し、令和2年度に地元説明会を開催した。令和3年度以降は、"
                             "北部地区の複合化の基本設計、東部地区の基本設計を計画していたが、地元との協議及び事業費の再積算に時間を要した。"
                             "計画期間の最終年度の状況は、次の表のとおりである。", st_body), Spacer(1, 3 * mm)]
        if code == "No.3-2":
            ft = [["地区", "施設名", "建築年度", "方針"]] + [list(x) for x in FAC]
            f2 = Table(ft, colWidths=[20 * mm, 60 * mm, 30 * mm, 40 * mm])
            f2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
            el += [Spacer(1, 2 * mm), Paragraph("【再編対象施設】", st_body), f2, Spacer(1, 3 * mm)]
        el.append(Paragraph("【年度別の計画・実績・評価】", st_body))
        rows = [["年度", "計画", "実績", "評価"]]
        for y in YEARS:
            if gr[y]:
                pl, ac = TEXT[code][y]
            else:
                pl = ac = "（完了）" if done and y > done else "－"
            rows.append([P(YEAR_LABEL_PDF[y]), P(pl), P(ac), gr[y] or "－"])
        yt = Table(rows, colWidths=[26 * mm, 52 * mm, 82 * mm, 14 * mm], repeatRows=1)
        yt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                ("ALIGN", (3, 0), (3, -1), "CENTER"), ("FONTSIZE", (3, 1), (3, -1), 12),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        el += [yt, Paragraph("評価　◎：計画を上回って進んだ　○：計画どおり進んだ　△：計画より遅れている　×：未着手又は実施できなかった　－：計画なし", S(7)),
               Spacer(1, 4 * mm)]
        r = Table([["進捗率", f"{fw(rate)}％", "今後の方向性", dirn]], colWidths=[26 * mm, 40 * mm, 30 * mm, 40 * mm])
        r.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e8e8e8")),
                               ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#e8e8e8")), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        el += [r, PageBreak()]
    el.pop()
    doc.build(el, onFirstPage=lambda c, d: None, onLaterPages=on_page)

# ====================================================================== HTML
def build_html():
    h = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="UTF-8">',
         f"<title>{PLAN} 取組一覧（最終評価）｜{CITY}</title>",
         "<style>table{border-collapse:collapse}th,td{border:1px solid #666;padding:4px}th.theme{background:#eef;text-align:left}</style>",
         "</head><body>", '<nav>ホーム ＞ 市政情報 ＞ 行財政改革 ＞ 取組一覧</nav>',
         f"<h1>{PLAN}　取組一覧（最終評価）</h1>",
         "<p>更新日：2023年7月31日　担当：総務部 行政改革推進課</p>",
         "<p>計画期間（平成31年度～令和4年度）の最終評価を取りまとめました。各取組の年度ごとの計画・実績は、"
         "最終報告書（取組個票）をご覧ください。</p>",
         "<table>",
         '<thead><tr><th rowspan="2">取組番号</th><th rowspan="2">取組名</th><th rowspan="2">所管課</th>'
         '<th colspan="3">最終評価</th><th rowspan="2">今後の方向性</th></tr>',
         "<tr><th>評価</th><th>進捗率</th><th>完了年度</th></tr></thead><tbody>"]
    for k, v in THEMES.items():
        h.append(f'<tr><th class="theme" colspan="7">重点項目{k}　{v}</th></tr>')
        for it in ITEMS:
            if theme_of(it) != k: continue
            code, name, dept, rel, gr, rate, dirn, done = it
            h.append(f"<tr><td>{code}</td><td>{html.escape(name)}</td><td>{dept}</td><td>{last_grade(it)}</td>"
                     f"<td>{rate}％</td><td>{DONE_HTML.get(code, '－')}</td><td>{dirn}</td></tr>")
    h += ["</tbody></table>",
          "<h2>凡例</h2><ul>",
          "<li>評価：◎ 計画を上回って進んだ／○ 計画どおり進んだ／△ 計画より遅れている／× 未着手又は実施できなかった</li>",
          "<li>最終評価の「評価」は、計画期間の最終年度（令和4年度）の評価です。ただし、令和4年度より前に完了した取組は、完了した年度の評価を掲載しています。</li>",
          "<li>完了年度欄の「－」は、取組が完了せず次期計画に引き継ぐものです。</li>",
          "</ul>", "<footer>© 鶉ヶ嶺市</footer></body></html>"]
    open(os.path.join(DOCS, F_HTML), "w", encoding="utf-8").write("\n".join(h))

# ====================================================================== DOCX
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
def build_docx():
    d = docx.Document()
    stl = d.styles["Normal"]; stl.font.name = "IPAexGothic"; stl.font.size = Pt(10.5)
    p = d.add_paragraph(OPINION_DATE.translate(FW)); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(f"{CITY}長　様")
    p = d.add_paragraph(f"{CITY}行財政改革推進懇談会\n委員長　{MEMBERS[0][1]}"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading(f"{PLAN}の最終評価に関する意見書", level=1)
    d.add_paragraph(f"当懇談会は、令和５年５月２３日及び６月２７日の２回にわたり、{PLAN}（計画期間：平成31年度～令和4年度）"
                    "の取組状況について、市から報告を受け、重点項目ごとに各委員が評価を行いました。その結果と各委員の意見を"
                    "以下のとおり取りまとめましたので、提出します。")
    d.add_heading("１　委員名簿", level=2)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["役職", "氏名", "所属等"]): c.text = s
    for m in MEMBERS:
        r = t.add_row().cells
        for c, s in zip(r, m): c.text = s
    d.add_paragraph("（敬称略）")
    d.add_heading("２　評価の区分", level=2)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "区分"; t.rows[0].cells[1].text = "内容"
    for a, b in EVAL_LEGEND:
        r = t.add_row().cells; r[0].text = a; r[1].text = b
    d.add_heading("３　重点項目ごとの評価及び意見", level=2)
    for k, v in THEMES.items():
        d.add_heading(f"重点項目{fw(k)}　{v}", level=3)
        d.add_paragraph("（１）委員評価")
        t = d.add_table(rows=2, cols=6); t.style = "Table Grid"
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        h0[0].merge(h1[0]).text = "役職"
        h0[1].merge(h1[1]).text = "氏名"
        m = h0[2].merge(h0[5]); m.text = "評価"
        for c, s in zip(h1[2:], "SABC"): c.text = s
        for i, mem in enumerate(MEMBERS):
            r = t.add_row().cells
            r[0].text = mem[0]; r[1].text = mem[1]
            for j, s in enumerate("SABC"):
                r[2 + j].text = "○" if EVAL[k][i] == s else ""
        d.add_paragraph("（２）委員の意見")
        for i, txt in OPINIONS[k]:
            d.add_paragraph(f"{tag(i)}{txt}")
    d.add_heading("４　総括", level=2)
    d.add_paragraph(SOKATSU)
    d.add_paragraph("以上")
    d.save(os.path.join(DOCS, F_DOCX))

# ====================================================================== XLSX
import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
def build_xlsx():
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    C = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for fy, sname in SHEETS.items():
        ws = wb.create_sheet(sname)
        ws["A1"] = f"{sname}（{fy}年度）　{UNION}　共同処理・連携事業一覧"; ws.merge_cells("A1:L1")
        ws["A1"].font = Font(size=14, bold=True)
        ws["A2"] = f"構成団体：{'・'.join(MUNIS)}（{fy}年4月1日現在）"; ws.merge_cells("A2:L2")
        hdr1 = ["番号", "分野", "事業名", "幹事団体", "参加団体", None, None, None, "状況", "事業費（千円）", None, "備考"]
        hdr2 = [None, None, None, None] + MUNIS + [None, f"{sname}予算額", "前年度比増減", None]
        for j, v in enumerate(hdr1, 1):
            if v: ws.cell(4, j, v)
        for j, v in enumerate(hdr2, 1):
            if v: ws.cell(5, j, v)
        for col in "ABCDIL": ws.merge_cells(f"{col}4:{col}5")
        ws.merge_cells("E4:H4"); ws.merge_cells("J4:K4")
        r = 6
        for f, fname in FIELDS.items():
            ps = [p for p in JP if p[1] == f and fy in p[5]]
            start = r
            for p in ps:
                ws.cell(r, 1, p[0]); ws.cell(r, 3, p[2]); ws.cell(r, 4, p[3])
                for j, m in enumerate(MUNIS):
                    ws.cell(r, 5 + j, "○" if m in parts(p, fy) else "")
                ws.cell(r, 9, p[5][fy]); ws.cell(r, 10, p[6][fy]).number_format = "#,##0"
                dv = diff(p, fy)
                c = ws.cell(r, 11, dv if dv is not None else "皆増")
                if dv is not None: c.number_format = '#,##0;"▲"#,##0;0'
                note = ""
                if p[0] == "305" and fy == 2022: note = "令和4年度から鶉ヶ嶺市が参加"
                if p[5][fy] == "終了": note = note or f"{sname}末で終了"
                ws.cell(r, 12, note)
                r += 1
            ws.cell(start, 2, f"{f} {fname}")
            if r - 1 > start: ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
        ws.cell(r, 3, "合計"); ws.cell(r, 10, sum(p[6][fy] for p in JP if fy in p[5])).number_format = "#,##0"
        last = r
        for row in ws.iter_rows(min_row=4, max_row=last, max_col=12):
            for c in row: c.border = B; c.alignment = C
        for c in ws[4] + ws[5]:
            if c.row in (4, 5) and c.column <= 12: c.fill = PatternFill("solid", fgColor="DDDDDD")
        ws.cell(last + 2, 1, "※ 状況　新規：当該年度から開始した事業／実施中：前年度から継続している事業／終了：当該年度末で終了する事業")
        ws.cell(last + 3, 1, "※ 参加団体欄の○は、当該事業に参加（負担金を支出）している団体を示す。")
        ws.cell(last + 4, 1, "※ 前年度比増減の▲は減額を示す。新規事業は「皆増」と表示。")
        for col, w in zip("ABCDEFGHIJKL", [6, 16, 30, 10, 9, 9, 9, 9, 8, 12, 12, 24]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, F_XLSX))

# ====================================================================== TXT
def build_txt():
    tot = sum(EFFECT.values())
    done = [i for i in ITEMS if i[7]]
    L = [f"━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
         f"　{CITY}　行革ニュース　{NEWS_NO}",
         f"　{NEWS_ISSUED.translate(FW)}発行　総務部 行政改革推進課",
         f"━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━", "",
         "職員の皆さん、こんにちは。今号では、第3次行財政改革実施計画の最終報告を中心に、春から夏にかけての行革の動きをお知らせします。", "",
         f"■ {NEWS['kondan1']}　第1回行財政改革推進懇談会を開催",
         "　第3次実施計画（平成31年度～令和4年度）の最終評価について、市から20取組の実績を報告しました。委員5人が出席し、",
         "　重点項目ごとの評価の進め方を確認しました。", "",
         f"■ {NEWS['union'].translate(FW)}　{UNION}議会　令和4年度の共同事業の実績を報告",
         f"　令和4年度は{sum(1 for p in JP if 2022 in p[5])}事業を共同で実施しました（うち新規{sum(1 for p in JP if p[5].get(2022) == '新規')}事業）。",
         f"　ごみ処理施設の共同運営の予算額は{JP[8][6][2022]:,}千円で、前年度から{JP[8][6][2021] - JP[8][6][2022]:,}千円の減となりました。", "",
         f"■ {NEWS['kondan2']}　第2回行財政改革推進懇談会を開催",
         "　各委員の評価と意見を取りまとめました。重点項目３「健全な財政運営」については、公共施設の再編の遅れを指摘する意見が出されました。", "",
         f"■ {NEWS['ikensho']}　懇談会から市長へ意見書を提出",
         "　鳴海透委員長から市長に意見書が手渡されました。", "",
         f"■ {NEWS['teian'].translate(FW)}　令和５年度 職員提案制度 表彰式",
         f"　応募件数は{TEIAN['応募']}件、うち採用は{TEIAN['採用']}件でした。最優秀賞は「{TEIAN['最優秀']}」です。", "",
         f"■ {NEWS['report']}　第3次実施計画の最終報告書を公表",
         f"　20取組のうち完了は{len(done)}取組、今後の方向性は拡充{sum(1 for i in ITEMS if i[6]=='拡充')}・継続{sum(1 for i in ITEMS if i[6]=='継続')}・見直し{sum(1 for i in ITEMS if i[6]=='見直し')}取組となりました。",
         "　計画期間中の財政効果額（千円）は次のとおりです。"]
    lab = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度"}
    for y in YEARS:
        L.append(f"　　{lab[y]}（{y}年度）　{EFFECT[y]:>7,}千円")
    L += [f"　　累　計　　　　　　　　　{tot:,}千円（目標{EFFECT_TARGET:,}千円、達成率{tot / EFFECT_TARGET * 100:.1f}％）",
          "　ふるさと納税の令和4年度の寄附額は3億2,480万円となり、4年間で約2.9倍に増えました。", "",
          "■ お知らせ　第4次行財政改革実施計画（案）のパブリックコメント",
          f"　第4次計画（令和5年度～令和8年度）の案について、{NEWS['pubcom'][0]}から{NEWS['pubcom'][1]}まで意見を募集します。", "",
          "――――――――――――――――――――――――――――――",
          "問合せ：行政改革推進課 行革推進係（内線2314）"]
    open(os.path.join(DOCS, F_TXT), "w", encoding="utf-8").write("\n".join(L) + "\n")

# sanity of data
for it in ITEMS:
    assert set(TEXT[it[0]]) == {y for y in YEARS if it[4][y]}, it[0]
    if it[7]:
        assert it[6] == "完了" and it[5] == 100 and max(y for y in YEARS if it[4][y]) == it[7], it[0]
    else:
        assert it[6] != "完了" and it[0] not in DONE_HTML
build_pdf(); build_html(); build_docx(); build_xlsx(); build_txt()
for f in sorted(os.listdir(DOCS)):
    print(os.path.getsize(os.path.join(DOCS, f)), f)
