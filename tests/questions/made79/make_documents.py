# -*- coding: utf-8 -*-
"""Writes the five documents of set made79 into docs/ from data.py."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))

F_XLSX = "01_補助金等の見直し結果.xlsx"
F_PDF = "02_市民満足度調査結果報告書.pdf"
F_DOCX = "03_外部評価委員会会議録.docx"
F_HTML = "04_公共施設の使用料・稼働率.html"
F_TXT = "05_公用車の削減計画.txt"


def sign_text(v):  # for pdf 前回比
    if v > 0:
        return "△%.1f" % v
    if v < 0:
        return "▲%.1f" % -v
    return "±0.0"


# ------------------------------------------------------------------ xlsx
def make_xlsx():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    numfmt = '#,##0;"▲"#,##0;"－"'
    for bu, rows in SUBSIDY_SHEETS:
        ws = wb.create_sheet(bu)
        ws["A1"] = f"補助金等の見直し結果（{bu}）"
        ws["A1"].font = Font(size=14, bold=True)
        ws.merge_cells("A1:H1")
        ws["A2"] = f"{SUBSIDY_DATE}　{SUBSIDY_ISSUER}"
        ws.merge_cells("A2:H2")
        ws["H3"] = "（単位：千円）"
        hdr = ["No", "補助金名", "交付先", "令和6年度予算（千円）", "令和7年度予算（千円）", "増減", "見直し区分", "備考"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.border = bd
        r = 5
        for no, name, to, b6, b7, kubun, note in rows:
            vals = [no, name, to, b6, b7, b7 - b6, kubun, note]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = bd
                if c in (4, 5, 6):
                    cell.number_format = numfmt
                if c in (1, 7):
                    cell.alignment = Alignment(horizontal="center")
            r += 1
        s6 = sum(x[3] for x in rows); s7 = sum(x[4] for x in rows)
        ws.cell(row=r, column=1, value="小計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        for c, v in ((4, s6), (5, s7), (6, s7 - s6)):
            cell = ws.cell(row=r, column=c, value=v)
            cell.number_format = numfmt
            cell.font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = bd
        r += 2
        for note in ["【見直し区分】廃止：令和6年度限りで廃止　縮小：補助額・補助率を縮減　統合：他の補助金へ統合",
                     "　　　　　　　継続：現行どおり継続　拡充：補助額・対象を拡大",
                     "※増減は令和7年度予算から令和6年度予算を差し引いた額。▲は減額を示す。",
                     "※統合した補助金の令和7年度予算は統合先の補助金に計上している。"]:
            ws.cell(row=r, column=1, value=note); r += 1
        for col, w in zip("ABCDEFGH", [5, 30, 36, 14, 14, 10, 10, 28]):
            ws.column_dimensions[col].width = w
        ws.row_dimensions[4].height = 32
    wb.save(os.path.join(OUT, F_XLSX))


# ------------------------------------------------------------------ pdf
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("IPAexG", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
    H = ParagraphStyle("h", fontName="IPAexG", fontSize=15, leading=22, alignment=1)
    H2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=11.5, leading=18, spaceBefore=6)
    B = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=15)
    S = ParagraphStyle("s", fontName="IPAexG", fontSize=8.5, leading=13)
    i = SURVEY_INFO
    story = [Paragraph("令和７年度 椋名川市 市民満足度調査 結果報告書（概要版）", H),
             Paragraph("令和７年９月　椋名川市 総務部 行政経営課", ParagraphStyle("r", parent=B, alignment=2)),
             Spacer(1, 4 * mm),
             Paragraph("【１ 調査の概要】", H2),
             Paragraph(f"（１）調査対象　{i['対象']}", B),
             Paragraph(f"（２）調査期間　{i['期間']}", B),
             Paragraph(f"（３）調査方法　{i['方法']}", B),
             Paragraph(f"（４）回収状況　配布数 {i['配布数']:,}件／有効回答数 {i['有効回答数']:,}件／回収率 {i['回収率']}％（前回：{i['前回']}）", B),
             Paragraph("（５）回答者の属性　男性 43.9％、女性 54.2％、無回答 1.9％／60歳以上が全体の52.4％を占めています。", B),
             Paragraph("※本概要版は主な結果を抜粋したものです。自由記述を含む全体版は市ホームページで公開しています。", S),
             Paragraph("【２ 施策別の満足度・重要度】", H2),
             Paragraph("市の３０施策について「満足度」と「重要度」をたずねました。下表は満足度の高い順に並べています。"
                       "満足度は「満足」「やや満足」と回答した人の割合、重要度は「重要」「やや重要」と回答した人の割合です（無回答を除く）。", B),
             Spacer(1, 3 * mm)]
    data = [["順位", "施策", "分野", "満足度（％）", "前回比", "重要度（％）", "前回比"]]
    for k, (name, field, sat, ds, imp, di) in enumerate(SURVEY, 1):
        data.append([str(k), name, field, "%.1f" % sat, sign_text(ds), "%.1f" % imp, sign_text(di)])
    t = Table(data, colWidths=[12 * mm, 44 * mm, 24 * mm, 24 * mm, 18 * mm, 24 * mm, 18 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                           ("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                           ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5)]))
    story += [t, Spacer(1, 3 * mm),
              Paragraph("【凡例】前回比は令和５年度調査との差（ポイント）です。△は上昇、▲は低下、±0.0は増減なしを示します。", S),
              Paragraph("【注】割合は小数第２位を四捨五入しているため、合計が100％にならない場合があります。", S),
              Paragraph("【３ 今後の対応】", H2),
              Paragraph("重要度が80％以上でありながら満足度が40％未満の施策を「重点改善施策」と位置付け、次期行政改革大綱の取組に反映します。", B)]

    def footer(c, doc):
        c.setFont("IPAexG", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, "－ %d －" % doc.page)
    doc = SimpleDocTemplate(os.path.join(OUT, F_PDF), pagesize=A4, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="市民満足度調査結果報告書")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ docx
def make_docx():
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "ＭＳ 明朝"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    d.add_heading(MEETING["title"], level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("日　時", MEETING["日時"]), ("場　所", MEETING["場所"]),
                 ("出席委員", "、".join(MEETING["出席委員"]) + f"（計{len(MEETING['出席委員'])}名）".translate(str.maketrans("0123456789", "０１２３４５６７８９"))),
                 ("欠席委員", "、".join(MEETING["欠席委員"])),
                 ("事務局", MEETING["事務局"]),
                 ("傍聴者", "２名")]:
        row = t.add_row().cells
        row[0].text = k; row[1].text = v
    d.add_paragraph("")
    d.add_heading("議事", level=2)
    for head, turns in AGENDA:
        d.add_paragraph(head).runs[0].bold = True
        for sp, txt in turns:
            d.add_paragraph(f"{sp}：{txt}" if sp else txt)
        if head.startswith("１"):
            d.add_paragraph("【資料１】事務事業外部評価結果一覧").runs[0].bold = True
            tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
            for c, h in enumerate(["No.", "事業名", "所管課", "評価結果", "主な意見"]):
                tb.rows[0].cells[c].text = h
            for e in EVAL_RESULTS:
                cells = tb.add_row().cells
                for c, v in enumerate(e):
                    cells[c].text = str(v)
            d.add_paragraph("※評価結果の区分：拡充／現状維持／改善／縮小／廃止")
    d.add_paragraph("")
    d.add_paragraph("（以上）")
    d.save(os.path.join(OUT, F_DOCX))


# ------------------------------------------------------------------ html
def make_html():
    e = html.escape
    rows = []
    groups = []
    for f in FACILITIES:
        if not groups or groups[-1][0] != f[0]:
            groups.append((f[0], []))
        groups[-1][1].append(f)
    for cat, fs in groups:
        for k, f in enumerate(fs):
            tds = []
            if k == 0:
                tds.append(f'<th scope="rowgroup" rowspan="{len(fs)}">{e(cat)}</th>')
            name = e(f[1]) + (f"<sup>{f[8]}</sup>" if f[8] else "")
            tds += [f"<td>{name}</td>", f"<td>{e(f[2])}</td>", f'<td class="num">{f[3]:,}</td>', f"<td>{e(f[4])}</td>"]
            tds += [f'<td class="num">{v:.1f}</td>' for v in f[5:8]]
            rows.append("      <tr>" + "".join(tds) + "</tr>")
    notes = "\n".join(f"    <li>{e(n)}</li>" for n in FAC_NOTES)
    doc = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>公共施設の使用料・稼働率の状況｜椋名川市</title>
<style>table{{border-collapse:collapse}} th,td{{border:1px solid #666;padding:4px 8px}} td.num{{text-align:right}}</style>
</head>
<body>
<header><p class="site">椋名川市公式ホームページ</p>
<nav>ホーム ＞ 市政情報 ＞ 行財政改革 ＞ 公共施設の使用料・稼働率の状況</nav></header>
<main>
  <h1>公共施設の使用料・稼働率の状況</h1>
  <p class="update">更新日：2025年7月15日　担当：総務部 行政経営課（公共施設マネジメント担当）</p>
  <p>市では、受益者負担の適正化と施設の有効活用に向けて、主な貸館施設の使用料と稼働率を毎年度公表しています。
  稼働率が低い施設については、利用促進策や施設のあり方の見直しを進めます。</p>
  <h2>主な施設の使用料と稼働率（令和4年度～令和6年度）</h2>
  <table>
    <thead>
      <tr><th rowspan="2">分類</th><th rowspan="2">施設名</th><th rowspan="2">主な使用区分</th><th rowspan="2">使用料（円）</th><th rowspan="2">単位</th><th colspan="3">稼働率（％）</th></tr>
      <tr>{''.join(f'<th>{y}</th>' for y in FAC_YEARS)}</tr>
    </thead>
    <tbody>
{chr(10).join(rows)}
    </tbody>
  </table>
  <ul class="notes">
{notes}
  </ul>
  <p>お問い合わせ：椋名川市 総務部 行政経営課　電話 0199-55-1234（代表）</p>
</main>
</body>
</html>
"""
    with open(os.path.join(OUT, F_HTML), "w", encoding="utf-8") as fh:
        fh.write(doc)


# ------------------------------------------------------------------ txt
def wlen(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in s)


def pad(s, w, right=False):
    sp = " " * max(0, w - wlen(s))
    return sp + s if right else s + sp


def make_txt():
    W = [28, 10, 10, 12, 14, 24]
    hdr = ["車両区分", "現有台数", "削減目標", "削減後台数", "削減年度", "備考"]
    def line(cells, rights=(1, 2, 3)):
        return "".join(pad(c, w, i in rights) + ("  " if i < len(W) - 1 else "") for i, (c, w) in enumerate(zip(cells, W))).rstrip()
    sep = "-" * (sum(W) + 2 * (len(W) - 1))
    L = ["椋名川市 公用車の削減計画",
         "",
         f"{VEH_DATE}策定　総務部 管財課",
         "",
         "【１ 目的】",
         "　公用車の稼働状況を調査した結果、稼働率が低い車両が多く見られたことから、カーシェアリングの活用",
         "や業務の委託化により保有台数を削減し、維持管理経費（車検・保険・燃料等）の縮減を図る。",
         "",
         "【２ 計画期間】",
         "　令和７年度～令和１０年度（２０２５年度～２０２８年度）",
         "",
         "【３ 車両区分別の削減目標】",
         "                                                                          （単位：台）",
         sep, line(hdr, rights=()), line(["", "", "", "", "（西暦・年度）", ""], rights=()), sep]
    for name, have, cut, s, e, note in VEHICLES:
        L.append(line([name + ("　※2" if note == "※2" else ""), str(have), str(cut), str(have - cut),
                       year_text(s, e), "" if note == "※2" else note]))
    L.append(sep)
    th = sum(v[1] for v in VEHICLES); tc = sum(v[2] for v in VEHICLES)
    L.append(line(["計", str(th), str(tc), str(th - tc), "", ""]))
    L.append(sep)
    L += ["",
          "【注】",
          f"※1 現有台数は{VEH_BASE}現在の保有台数（リース車両を含む）。",
          "※2 消防車両（消防ポンプ自動車・救急自動車等）は、緊急対応のため本計画の削減対象外とする。",
          "※3 削減年度は西暦の年度で表記し、「～」は期間内に段階的に削減することを示す（最終年度に削減完了）。",
          "※4 削減後台数 ＝ 現有台数 － 削減目標。",
          "※5 削減に伴う業務への影響は、庁用自転車及びカーシェアリング（予約制）の活用で対応する。",
          "",
          "【４ 効果額（見込み）】",
          "　削減台数１台当たりの年間維持管理経費を約４０万円と見込み、計画完了後は年間約１，４８０万円の縮減を見込む。",
          "",
          "以上"]
    with open(os.path.join(OUT, F_TXT), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


make_xlsx(); make_pdf(); make_docx(); make_html(); make_txt()
for f in sorted(os.listdir(OUT)):
    print(f, os.path.getsize(os.path.join(OUT, f)))
