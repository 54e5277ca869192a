"""Generate the five documents of made186 (鷗ヶ峰町 橋梁長寿命化修繕計画). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
TOWN = "鷗ヶ峰町"

FW = str.maketrans("0123456789.-,", "０１２３４５６７８９．－，")
ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ"}


def fw(x) -> str:
    return str(x).translate(FW)


def era_year(y: int) -> str:
    """Calendar year of construction in 和暦 (架設年)."""
    if y >= 2019:
        return f"令和{fw(y - 2018)}年"
    if y >= 1989:
        return "平成元年" if y == 1989 else f"平成{fw(y - 1988)}年"
    return f"昭和{fw(y - 1925)}年"


def wareki(fy: int) -> str:
    if fy >= 2019:
        return "令和元年度" if fy == 2019 else f"令和{fw(fy - 2018)}年度"
    return f"平成{fw(fy - 1988)}年度"


def yen(n: int) -> str:
    return f"{n:,}".translate(FW)


# 路線区分 -> bridges: (橋梁番号, 橋梁名, 路線名, 架設年(西暦), 橋長m, 幅員m, 橋種, 健全度 第１巡 (None = －), 第２巡, 第２巡点検年度)
GROUPS = [
    ("１級町道", [
        ("101", "大淵橋", "町道大淵線", 1968, 42.5, 6.5, "PC橋", 2, 3, 2019),
        ("102", "中川橋", "町道中川線", 1975, 28.0, 7.0, "RC橋", 2, 2, 2020),
        ("103", "新宮橋", "町道新宮線", 1988, 65.3, 8.0, "鋼橋", 1, 2, 2021),
        ("104", "峰見橋", "町道峰見線", 1961, 18.4, 5.5, "RC橋", 3, 4, 2019),
        ("105", "上原大橋", "町道上原線", 1995, 120.0, 9.0, "鋼橋", 1, 1, 2022),
    ]),
    ("２級町道", [
        ("201", "宮下橋", "町道宮下線", 1972, 12.6, 5.0, "RC橋", 2, 3, 2020),
        ("202", "北沢橋", "町道北沢線", 1980, 22.8, 5.5, "PC橋", 2, 2, 2021),
        ("203", "桜井橋", "町道桜井線", 1966, 9.5, 4.0, "RC橋", 3, 3, 2022),
        ("204", "寺前橋", "町道寺前線", 2001, 35.2, 6.0, "PC橋", 1, 1, 2023),
        ("205", "栗林橋", "町道栗林線", 1978, 15.0, 4.5, "鋼橋", 2, 3, 2023),
    ]),
    ("その他町道", [
        ("301", "小沢橋", "町道小沢１号線", 1970, 6.2, 3.5, "RC橋", 3, 2, 2022),
        ("302", "田中橋", "町道田中線", 1984, 8.8, 4.0, "RC橋", 2, 2, 2020),
        ("303", "井出橋", "町道井出線", 1959, 5.4, 3.0, "RC橋", 3, 4, 2021),
        ("304", "川端橋", "町道川端線", 1992, 11.3, 4.0, "PC橋", 1, 2, 2019),
        ("305", "堰下橋", "町道堰下線", 1976, 7.0, 3.5, "鋼橋", 2, 3, 2023),
        ("306", "森口橋", "町道森口線", 2016, 14.6, 5.0, "PC橋", None, 1, 2021),
    ]),
]
BRIDGES = [b for _, bs in GROUPS for b in bs]
GROUP_OF = {b[0]: g for g, bs in GROUPS for b in bs}
NAME = {b[0]: b[1] for b in BRIDGES}

# pdf 表１ 修繕計画: 予定年度 -> (橋梁番号, 対策区分, 対策内容, 概算事業費 千円)
PLAN = [
    (2025, [("104", "更新", "架替え", 186000), ("303", "撤去", "撤去（集約化）", 12500)]),
    (2026, [("101", "事後保全", "断面修復・支承交換", 48300), ("201", "事後保全", "断面修復", 9800)]),
    (2027, [("203", "事後保全", "床版補修", 7600), ("205", "事後保全", "塗装塗替え", 21400)]),
    (2028, [("305", "事後保全", "塗装塗替え", 15200), ("102", "予防保全", "伸縮装置交換", 6300)]),
    (2029, [("103", "予防保全", "塗装塗替え", 38900), ("202", "予防保全", "表面被覆", 5100)]),
]
PLAN_ROWS = [(fy,) + r for fy, rs in PLAN for r in rs]

# html 修繕実績: (年度, 橋梁番号, 工種, 事業費 千円, 財源)
REPAIRS = [
    (2020, "301", "断面修復", 3200, "町単独"),
    (2020, "302", "高欄補修", 1100, "町単独"),
    (2021, "301", "床版補修", 4500, "国補助"),
    (2022, "101", "応急対策（剥落防止）", 2400, "町単独"),
    (2022, "203", "断面修復", 5600, "国補助"),
    (2024, "104", "応急対策（仮設防護柵）", 3900, "町単独"),
    (2024, "201", "ひび割れ注入", 2100, "国補助"),
]
REPAIR_YEARS = [2020, 2021, 2022, 2023, 2024]

# docx 委員会意見: (番号, 回, 委員, 区分, 関連橋梁 (番号 or －), 意見)
OPINIONS = [
    (1, 1, "山科委員（学識経験者）", "指摘", "104",
     "峰見橋は健全度Ⅳであり、架替えまでの間は重量制限による通行規制を継続し、月１回の目視による監視を行うこと。"),
    (2, 1, "千葉委員（建設コンサルタント）", "提言", "303",
     "井出橋は迂回路が短く交通量も少ないため、撤去による集約化が妥当である。"),
    (3, 1, "山科委員（学識経験者）", "評価", "301",
     "小沢橋は令和２・３年度の補修により健全度がⅢからⅡに改善しており、早期対応の効果が確認できる。"),
    (4, 1, "千葉委員（建設コンサルタント）", "提言", "－",
     "点検にドローンや画像解析などの新技術を活用し、点検費用の縮減を図るべきである。"),
    (5, 1, "大石委員（地元区長会）", "指摘", "101",
     "大淵橋は通学路であり、健全度Ⅲの橋の中でも優先して修繕すべきである。"),
    (6, 2, "山科委員（学識経験者）", "提言", "－",
     "予防保全への転換を進め、健全度Ⅱの段階で補修する橋を増やすべきである。"),
    (7, 2, "千葉委員（建設コンサルタント）", "指摘", "105",
     "上原大橋は町内で最も長い鋼橋であり、将来の塗装塗替え費用が大きいため、計画期間外であっても費用を見込んでおくこと。"),
    (8, 2, "大石委員（地元区長会）", "評価", "－",
     "修繕実績を年度ごとにホームページで公表するようになったことは評価できる。"),
    (9, 2, "千葉委員（建設コンサルタント）", "指摘", "205",
     "栗林橋は塗装の劣化の進行が早く、令和９年度の予定を前倒しできないか検討されたい。"),
    (10, 2, "大石委員（地元区長会）", "要望", "303",
     "井出橋の撤去にあたっては、地元自治会への説明会を開いてほしい。"),
]
MEETINGS = [(1, "令和６年８月２２日", 5), (2, "令和７年１月２８日", 4)]


def grade(h):
    return "－" if h is None else ROMAN[h]


# ---------------------------------------------------------------- xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "橋梁台帳"
    ws["A1"] = f"{TOWN} 町道橋梁台帳（長寿命化修繕計画 対象橋梁）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和７年４月１日現在　資料：建設課 道路維持係"
    ws["I2"] = "単位：ｍ"
    heads = ["橋梁番号", "橋梁名", "路線名", "架設年", "橋長", "幅員", "橋種", "健全度", None, "第２巡点検年度"]
    for i, h in enumerate(heads, 1):
        if h:
            ws.cell(4, i, h)
    ws.cell(5, 8, "第１巡\n（H26～H30）")
    ws.cell(5, 9, "第２巡\n（R1～R5）")
    for col in (1, 2, 3, 4, 5, 6, 7, 10):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=9)
    r = 6
    for g, bs in GROUPS:
        ws.cell(r, 1, f"【{g}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for b in bs:
            code, name, route, y, length, width, kind, h1, h2, fy = b
            for i, val in enumerate([code, name, route, era_year(y), length, width, kind, grade(h1), grade(h2),
                                     wareki(fy)], 1):
                ws.cell(r, i, val)
            r += 1
        ws.cell(r, 1, f"{g}　小計（{fw(len(bs))}橋）")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 5, round(sum(b[4] for b in bs), 1))
        for c in (6, 7, 8, 9, 10):
            ws.cell(r, c, "－")
        r += 1
    ws.cell(r, 1, f"合計（{fw(len(BRIDGES))}橋）")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 5, round(sum(b[4] for b in BRIDGES), 1))
    r += 2
    for note in ["※１　健全度は「道路橋定期点検要領」による判定区分で、Ⅰ（健全）、Ⅱ（予防保全段階）、Ⅲ（早期措置段階）、Ⅳ（緊急措置段階）の４段階である。",
                 "※２　306 森口橋は平成２８年架設のため、第１巡点検の対象外（「－」）である。",
                 "※３　小計・合計行の橋長は各橋梁の合計である。",
                 "※４　第３巡点検は令和６年度から実施している（結果は令和１０年度末にとりまとめ予定）。"]:
        ws.cell(r, 1, note)
        r += 1
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 16
    ws2 = wb.create_sheet("健全度の判定区分")
    ws2.append(["区分", "状態", "措置の考え方"])
    for a, b, c in [("Ⅰ", "健全", "措置不要"), ("Ⅱ", "予防保全段階", "予防保全の観点から措置が望ましい"),
                    ("Ⅲ", "早期措置段階", "次回点検までに措置を講ずべき"), ("Ⅳ", "緊急措置段階", "緊急に措置を講ずべき")]:
        ws2.append([a, b, c])
    wb.save(DOCS / "町道橋梁台帳（令和７年４月１日現在）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"{TOWN}橋梁長寿命化修繕計画（令和７年３月改定）", align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"－ {self.page_no()} －", align="C")

    pdf = PDF()
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 12, f"{TOWN}橋梁長寿命化修繕計画（令和７年３月改定）", align="C", new_x="LMARGIN", new_y="NEXT")

    def h(t):
        pdf.set_font("ipa", size=12)
        pdf.cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")

    def p(t):
        pdf.set_font("ipa", size=10)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    h("第１章　計画の目的と期間")
    p("本計画は、町が管理する道路橋について、定期点検の結果に基づき計画的な修繕を行うことにより、"
      "橋梁の長寿命化と修繕費用の縮減・平準化を図ることを目的とする。計画期間は令和７年度から令和１１年度までの５年間とする。")
    h("第２章　管理橋梁の現状")
    p("町が管理する橋長２ｍ以上の道路橋は１６橋である。令和７年度時点で建設後５０年を経過する橋梁は７橋（４４％）であるが、"
      "２０年後には１４橋（８８％）に達し、高齢化が急速に進む。橋種別では、ＲＣ橋が７橋、ＰＣ橋が５橋、鋼橋が４橋である。")
    h("第３章　点検結果")
    p("第２巡点検（令和元年度～令和５年度）の結果、健全度Ⅳ（緊急措置段階）と判定された橋梁が２橋、"
      "健全度Ⅲ（早期措置段階）が５橋となった。第１巡点検ではⅣの橋梁はなかったが、峰見橋と井出橋がⅢからⅣに進行した。"
      "峰見橋については令和６年１０月から重量制限（６ｔ）による通行規制を行っている。")
    h("第４章　修繕計画")
    p("健全度Ⅲ・Ⅳの橋梁は計画期間内に措置を完了させる。あわせて、健全度Ⅱの橋梁のうち交通量の多い路線にある３橋について、"
      "予防保全型の修繕を行う。井出橋は利用状況と迂回路の状況を踏まえ、撤去（集約化）する。"
      "対策区分は、更新（架替え）、撤去、事後保全（Ⅲ・Ⅳの修繕）、予防保全（Ⅱの修繕）の４区分とした。")
    pdf.ln(30)
    cols = [("橋梁番号", 22), ("橋梁名", 28), ("対策区分", 26), ("対策内容", 52), ("概算事業費（千円）", 40)]

    def head(cont=False):
        pdf.set_font("ipa", size=9)
        pdf.cell(0, 7, "表１　年度別修繕計画" + ("（表の続き）" if cont else ""), new_x="LMARGIN", new_y="NEXT")
        for t, w in cols:
            pdf.cell(w, 7, t, border=1, align="C")
        pdf.ln()

    head()
    total_w = sum(w for _, w in cols)
    for fy, rs in PLAN:
        rows = [("group", f"【{wareki(fy)}】")] + [("row", x) for x in rs] + [("sub", sum(x[3] for x in rs))]
        for kind, x in rows:
            if pdf.get_y() > 265:
                pdf.add_page()
                head(True)
            pdf.set_font("ipa", size=9)
            if kind == "group":
                pdf.cell(total_w, 7, x, border=1)
            elif kind == "sub":
                pdf.cell(total_w - cols[-1][1], 7, "小計", border=1, align="R")
                pdf.cell(cols[-1][1], 7, yen(x), border=1, align="R")
            else:
                code, cls, what, cost = x
                for val, (_, w) in zip([code, NAME[code], cls, what, yen(cost)], cols):
                    pdf.cell(w, 7, val, border=1, align="R" if w == 40 else "C" if w <= 28 else "L")
            pdf.ln()
    pdf.cell(total_w - cols[-1][1], 7, "合計", border=1, align="R")
    pdf.cell(cols[-1][1], 7, yen(sum(r[4] for r in PLAN_ROWS)), border=1, align="R")
    pdf.ln()
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　概算事業費は設計・工事費の合計（税込）であり、今後の詳細設計により変動する。"
                   "計画期間外の修繕（健全度Ⅰ・Ⅱの橋梁）は次期計画で定める。", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    h("第５章　費用縮減の方針")
    p("点検にドローン及び画像解析技術を導入し、第３巡点検（令和６年度～令和１０年度）の点検費用を従来手法に比べ約１２００万円縮減する。"
      "また、井出橋の撤去により将来の維持管理費を縮減する。計画期間５年間の概算事業費は合計３億５１１０万円であり、"
      "このうち峰見橋の架替えが約半分を占める。")
    h("第６章　計画の見直し")
    p("本計画は、点検結果や修繕の実施状況を踏まえ、おおむね５年ごとに見直す。見直しにあたっては、"
      "鷗ヶ峰町橋梁長寿命化検討委員会（委員３名）の意見を聴く。")
    pdf.output(str(DOCS / f"{TOWN}橋梁長寿命化修繕計画（令和７年３月改定）.pdf"))


# ---------------------------------------------------------------- docx
def make_docx():
    from docx import Document

    d = Document()
    d.add_heading("令和６年度 鷗ヶ峰町橋梁長寿命化検討委員会 意見の概要", level=1)
    d.add_paragraph("建設課　令和７年２月")
    d.add_heading("１　開催状況", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["回", "開催日", "出席者"]):
        c.text = s
    for n, day, cnt in MEETINGS:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = f"第{fw(n)}回", day, f"委員３名、事務局{fw(cnt)}名"
    d.add_paragraph("委員長：山科　透（鷗ヶ峰工業高等専門学校 教授）　委員：千葉　明美、大石　正")
    d.add_heading("２　委員の意見", level=2)
    d.add_paragraph("意見の区分は、評価・指摘・提言・要望とした。関連橋梁欄には、意見の対象となる橋梁の橋梁番号を記載した"
                    "（特定の橋梁に関するものでない場合は「－」）。")
    d.add_heading("（１）第１回（令和６年８月２２日）", level=3)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["番号", "委員", "区分", "関連橋梁", "意見の要旨"]):
        c.text = s
    for n, m, who, kind, rel, text in OPINIONS:
        if m != 1:
            continue
        r = t.add_row().cells
        for c, s in zip(r, [fw(n), who, kind, rel if rel == "－" else f"{rel}（{NAME[rel]}）", text]):
            c.text = s
    d.add_heading("（２）第２回（令和７年１月２８日）", level=3)
    for n, m, who, kind, rel, text in OPINIONS:
        if m != 2:
            continue
        para = d.add_paragraph()
        run = para.add_run(f"【意見{fw(n)}】{kind}　関連橋梁：{rel if rel == '－' else rel + ' ' + NAME[rel]}")
        run.bold = True
        d.add_paragraph(f"{text}（{who}）")
    d.add_heading("３　町の対応方針", level=2)
    d.add_paragraph("栗林橋の塗装塗替えは、令和８年度に詳細設計を前倒しして実施し、工事は計画どおり令和９年度に行う。"
                    "井出橋の撤去については、令和７年６月に地元説明会を開催する。")
    d.save(DOCS / "橋梁長寿命化検討委員会 意見の概要（令和６年度）.docx")


# ---------------------------------------------------------------- html
def make_html():
    tr = lambda cells, tag="td": "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>\n"
    h = ["<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>橋梁の点検・修繕の実績｜"
         f"{TOWN}</title></head><body>\n",
         "<ol class=\"breadcrumb\"><li>ホーム</li><li>くらし</li><li>道路・河川</li><li>橋梁の点検・修繕の実績</li></ol>\n",
         "<h1>橋梁の点検・修繕の実績</h1>\n",
         "<p>町では、町道の橋梁１６橋について５年に１度の定期点検を行い、その結果に基づいて修繕を行っています。"
         "令和２年度から令和６年度までの実績をお知らせします。</p>\n",
         "<h2>年度別の修繕実績</h2>\n<table border=\"1\">\n",
         tr(["年度", "橋梁番号", "橋梁名", "工種", "事業費（千円）", "財源"], "th")]
    for fy in REPAIR_YEARS:
        rs = [r for r in REPAIRS if r[0] == fy]
        if not rs:
            h.append(f"<tr><td>{wareki(fy)}</td><td colspan=\"5\">実施なし</td></tr>\n")
            continue
        for i, (_, code, work, cost, src) in enumerate(rs):
            first = f"<td rowspan=\"{len(rs)}\">{wareki(fy)}</td>" if i == 0 else ""
            h.append(f"<tr>{first}<td>{code}</td><td>{NAME[code]}</td><td>{work}</td><td>{yen(cost)}</td><td>{src}</td></tr>\n")
    h += ["</table>\n<ul><li>※ 事業費は設計費を含みます。</li><li>※ 令和５年度は第２巡点検の最終年度にあたり、"
          "点検を優先したため修繕工事は実施していません。</li></ul>\n",
          "<h2>年度別の集計</h2>\n<table border=\"1\">\n", tr(["年度", "修繕件数（件）", "事業費（千円）", "うち国補助（千円）"], "th")]
    for fy in REPAIR_YEARS:
        rs = [r for r in REPAIRS if r[0] == fy]
        h.append(tr([wareki(fy), fw(len(rs)) if rs else "－", yen(sum(r[3] for r in rs)) if rs else "－",
                     yen(sum(r[3] for r in rs if r[4] == "国補助")) if any(r[4] == "国補助" for r in rs) else "－"]))
    h.append(tr(["合計", fw(len(REPAIRS)), yen(sum(r[3] for r in REPAIRS)),
                 yen(sum(r[3] for r in REPAIRS if r[4] == "国補助"))]))
    h += ["</table>\n", "<h2>第２巡点検の実施状況</h2>\n<table border=\"1\">\n", tr(["年度", "点検した橋梁数", "点検した橋梁"], "th")]
    for fy in range(2019, 2024):
        bs = [b for b in BRIDGES if b[9] == fy]
        h.append(tr([wareki(fy), f"{fw(len(bs))}橋", "、".join(b[1] for b in bs)]))
    h += ["</table>\n",
          "<h2>通行規制中の橋梁</h2>\n<table border=\"1\">\n", tr(["橋梁名", "路線名", "規制内容", "規制開始"], "th"),
          tr(["峰見橋", "町道峰見線", "重量制限（６ｔ）", "令和６年１０月１日"]),
          "</table>\n<p>大型車両は町道新宮線へ迂回してください。</p>\n",
          "<p>問合せ先：建設課 道路維持係（電話 ０１２３－４５－６７８９）</p>\n</body></html>\n"]
    (DOCS / f"橋梁の点検・修繕の実績｜{TOWN}.html").write_text("".join(h), encoding="utf-8")


# ---------------------------------------------------------------- txt
def counts(idx):
    return {g: sum(1 for b in BRIDGES if b[idx] == g) for g in (1, 2, 3, 4)}


def make_txt():
    c1, c2 = counts(7), counts(8)
    lines = [f"{TOWN}　橋梁点検結果の推移と修繕計画改定の経過", "",
             "１　点検の概要",
             "　町道の橋梁は、平成２６年度から５年に１度、近接目視による定期点検を行っている。",
             "　第１巡点検（平成２６～３０年度）は１５橋、第２巡点検（令和元～５年度）は１６橋を点検した。",
             "　第１巡の点検費用は約２８００万円、第２巡は約３１００万円であった。",
             "",
             "２　健全度別の橋梁数の推移",
             "-" * 56,
             "　健全度　　　　　　　　第１巡　　第２巡　　増減"]
    labels = {1: "Ⅰ（健全）　　　　", 2: "Ⅱ（予防保全段階）", 3: "Ⅲ（早期措置段階）", 4: "Ⅳ（緊急措置段階）"}
    for g in (1, 2, 3, 4):
        d = c2[g] - c1[g]
        ds = "±０" if d == 0 else ("＋" if d > 0 else "▲") + fw(abs(d))
        lines.append(f"　{labels[g]}　　{fw(c1[g])}橋　　　{fw(c2[g])}橋　　　{ds}")
    lines += [f"　計　　　　　　　　　　{fw(sum(c1.values()))}橋　　　{fw(sum(c2.values()))}橋　　　＋１",
              "-" * 56,
              "　※　第１巡の計には、点検対象外であった森口橋（平成２８年架設）を含まない。",
              "",
              "３　計画改定の経過",
              "　令和６年８月　第１回橋梁長寿命化検討委員会（第２巡点検結果の報告、修繕の優先順位）",
              "　令和６年１１月　修繕計画（素案）の作成",
              "　令和７年１月　第２回橋梁長寿命化検討委員会（素案の審議）",
              "　令和７年３月　計画改定",
              "",
              "４　主な変更点",
              "　・健全度Ⅳの峰見橋を架替え（更新）とし、令和７年度に着手する。",
              "　・井出橋は撤去（集約化）とする。撤去後は町道井出線の迂回路（延長約３００ｍ）を利用する。",
              "　・予防保全の対象として中川橋、新宮橋、北沢橋の３橋を新たに計画に位置付けた。",
              "　・第３巡点検からドローンを活用し、点検費用の縮減を図る。", ""]
    (DOCS / "橋梁点検結果の推移と計画改定の経過.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for f in sorted(DOCS.iterdir()):
        print(f.stat().st_size, f.name)
