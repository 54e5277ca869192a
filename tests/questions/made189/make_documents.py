"""Generate the five documents of made189 (芹ノ沢市 市営住宅の管理適正化・長寿命化). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
TOWN = "芹ノ沢市"

FW = str.maketrans("0123456789.-,", "０１２３４５６７８９．－，")


def fw(x) -> str:
    return str(x).translate(FW)


def wareki(fy: int) -> str:
    if fy >= 2019:
        return "令和元年度" if fy == 2019 else f"令和{fw(fy - 2018)}年度"
    if fy >= 1989:
        return "平成元年度" if fy == 1989 else f"平成{fw(fy - 1988)}年度"
    return f"昭和{fw(fy - 1925)}年度"


def num(n: int) -> str:
    return f"{n:,}".translate(FW)


def rate(a: int, b: int) -> float:
    """Percentage with one decimal, rounded half up."""
    return int(a * 1000 / b + 0.5) / 10


LIFE = {"木造": 30, "簡易耐火平屋": 30, "簡易耐火二階": 45, "中層耐火": 70}
YEARS = [2022, 2023, 2024]  # 令和４～６年度

# 地区 -> 団地: (団地番号, 団地名, 建設年度(西暦), 構造, 棟数, 管理戸数, 入居戸数 R4, R5, R6)
GROUPS = [
    ("北部地区", [
        ("01", "桜木団地", 1970, "簡易耐火平屋", 6, 24, 15, 13, 11),
        ("02", "北原団地", 1977, "簡易耐火二階", 5, 40, 33, 31, 30),
        ("03", "緑ヶ丘団地", 1992, "中層耐火", 3, 60, 55, 56, 54),
        ("04", "みずほ団地", 2003, "中層耐火", 2, 48, 46, 45, 47),
    ]),
    ("中央地区", [
        ("05", "本町団地", 1983, "中層耐火", 4, 80, 70, 68, 66),
        ("06", "栄町団地", 1965, "木造", 6, 12, 6, 5, 4),
        ("07", "中央第二団地", 1997, "中層耐火", 3, 72, 68, 69, 70),
        ("08", "旭団地", 1973, "簡易耐火二階", 4, 32, 25, 24, 22),
    ]),
    ("南部地区", [
        ("09", "南浜団地", 1980, "中層耐火", 2, 50, 44, 42, 43),
        ("10", "汐見団地", 1968, "簡易耐火平屋", 5, 20, 12, 10, 9),
        ("11", "ひばり団地", 1989, "中層耐火", 2, 36, 35, 34, 36),
        ("12", "南新町団地", 2020, "中層耐火", 1, 30, 28, 29, 30),
    ]),
]
ESTATES = [e for _, es in GROUPS for e in es]
GROUP_OF = {e[0]: g for g, es in GROUPS for e in es}
NAME = {e[0]: e[1] for e in ESTATES}

# pdf 表１ 活用方針: 団地番号 -> (活用手法, 主な内容, 実施予定時期, 計画期間末の管理戸数)
PLAN = {
    "01": ("用途廃止", "入居者の移転後に除却", "令和８年度", 0),
    "02": ("建替", "３０戸に縮小して建替え", "令和１０年度以降", 30),
    "03": ("個別改善", "外壁改修・屋上防水", "令和７年度", 60),
    "04": ("維持管理", "計画修繕", "－", 48),
    "05": ("個別改善", "エレベーター設置", "令和９年度", 80),
    "06": ("用途廃止", "入居者の移転後に除却", "令和７年度", 0),
    "07": ("維持管理", "計画修繕", "－", 72),
    "08": ("建替", "２４戸に縮小して建替え", "令和９年度", 24),
    "09": ("個別改善", "給水設備更新", "令和８年度", 50),
    "10": ("用途廃止", "入居者の移転後に除却", "令和９年度", 0),
    "11": ("個別改善", "浴室改修", "令和１０年度以降", 36),
    "12": ("維持管理", "計画修繕", "－", 30),
}
METHODS = ["用途廃止", "建替", "個別改善", "維持管理"]

# pdf 表２ 家賃の収納状況（現年度分）: 年度 -> (調定額 千円, 収納額 千円, 年度末滞納額 千円)
RENT = {
    2020: (182400, 176100, 14800),
    2021: (180900, 175300, 13900),
    2022: (178200, 173600, 12600),
    2023: (176500, 172700, 11200),
    2024: (175100, 171900, 10400),
}

# html 入居者募集の結果: (募集時期 (年, 月), 団地番号, 募集戸数, 応募者数)
RECRUIT = [
    ((2023, 7), "03", 2, 9), ((2023, 7), "05", 3, 7), ((2023, 7), "09", 2, 5),
    ((2024, 1), "04", 1, 8), ((2024, 1), "07", 2, 11), ((2024, 1), "02", 2, 3),
    ((2024, 7), "03", 1, 6), ((2024, 7), "05", 2, 5), ((2024, 7), "12", 1, 9), ((2024, 7), "08", 2, 1),
    ((2025, 1), "07", 2, 10), ((2025, 1), "09", 3, 4), ((2025, 1), "11", 1, 7),
]
STOPPED = ["01", "06", "10"]  # 募集停止


def ym(y: int, mo: int) -> str:
    return f"令和{fw(y - 2018)}年{fw(mo)}月"


def fy_of(y: int, mo: int) -> int:
    return y if mo >= 4 else y - 1


def ratio(apply: int, units: int) -> float:
    return int(apply * 10 / units + 0.5) / 10


# docx 住宅審議会の意見: (番号, 回, 区分, 関連団地 (番号 or －), 意見, 市の考え方)
OPINIONS = [
    (1, 1, "指摘", "06", "栄町団地は木造で耐用年限を大きく超えている。残る入居者の移転は、本人の意向を丁寧に聞いて進めること。",
     "移転先として本町団地・中央第二団地を案内し、移転費用を補償する。"),
    (2, 1, "提言", "－", "家賃の滞納額は減少しているが、なお１，０００万円を超えている。長期滞納者には法的措置も含めて厳正に対応すべきである。",
     "滞納６か月以上の者に対し、明渡し請求を含めた法的措置を行う。"),
    (3, 1, "評価", "－", "家賃の収納率が年々上昇しており、口座振替の勧奨などの取組を評価する。",
     "引き続き口座振替の利用を勧める。"),
    (4, 1, "要望", "08", "旭団地の建替えにあたっては、高齢者が住みやすいよう、段差のない住戸を多く設けてほしい。",
     "建替え後の全住戸をバリアフリー仕様とする。"),
    (5, 1, "指摘", "02", "北原団地は応募倍率が低く、空き住戸が目立つ。建替えの際は戸数を縮小すべきである。",
     "建替え後の戸数を４０戸から３０戸に縮小する。"),
    (6, 2, "提言", "05", "本町団地はエレベーターがなく、上層階に住む高齢の入居者の負担が大きい。早期に設置を検討すべきである。",
     "令和９年度にエレベーターを設置する。"),
    (7, 2, "評価", "12", "南新町団地は応募倍率が高く、新しい住宅への需要の高さがうかがえる。",
     "今後の建替えでも同程度の仕様とする。"),
    (8, 2, "指摘", "10", "汐見団地の用途廃止後の跡地の活用方針が示されていない。",
     "跡地の活用は令和８年度までに庁内で検討する。"),
    (9, 2, "要望", "－", "単身の高齢入居者が増えているため、見守りの仕組みをつくってほしい。",
     "福祉部局と連携した見守り訪問を令和７年度から試行する。"),
    (10, 2, "提言", "09", "南浜団地は応募倍率が下がっている。子育て世帯向けの募集枠を設けてはどうか。",
     "令和７年度の募集から子育て世帯向けの優先枠を設ける。"),
]
MEETINGS = [(1, "令和６年７月２５日", "長寿命化計画の改定方針、家賃の収納状況"),
            (2, "令和７年２月１８日", "長寿命化計画（素案）の審議")]


def occ(e, i):
    return e[6 + i]


# ---------------------------------------------------------------- xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "団地別管理状況"
    ws["A1"] = f"{TOWN} 市営住宅 団地別管理状況（令和４年度～令和６年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "資料：建築住宅課 住宅管理係"
    heads = ["団地番号", "団地名", "建設年度", "構造", "耐用年限", "棟数", "管理戸数", "入居戸数", None, None, "入居率", None, None]
    for i, h in enumerate(heads, 1):
        if h:
            ws.cell(4, i, h)
    for i, fy in enumerate(YEARS):
        ws.cell(5, 8 + i, wareki(fy))
        ws.cell(5, 11 + i, wareki(fy))
    units = [None, None, None, None, "（年）", "（棟）", "（戸）", "（戸）", "（戸）", "（戸）", "（％）", "（％）", "（％）"]
    for i, u in enumerate(units, 1):
        if u:
            ws.cell(6, i, u)
    for col in (1, 2, 3, 4):
        ws.merge_cells(start_row=4, start_column=col, end_row=6, end_column=col)
    for col in (5, 6, 7):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=10)
    ws.merge_cells(start_row=4, start_column=11, end_row=4, end_column=13)
    r = 7
    for g, es in GROUPS:
        ws.cell(r, 1, f"【{g}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for e in es:
            code, name, y, st, bld, units_, a, b, c = e
            vals = [code, name, wareki(y), st, LIFE[st], bld, units_, a, b, c,
                    rate(a, units_), rate(b, units_), rate(c, units_)]
            for i, v in enumerate(vals, 1):
                ws.cell(r, i, v)
            for i in (11, 12, 13):
                ws.cell(r, i).number_format = "0.0"
            r += 1
        ws.cell(r, 1, f"{g}　計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 6, sum(e[4] for e in es))
        ws.cell(r, 7, sum(e[5] for e in es))
        for i in range(3):
            ws.cell(r, 8 + i, sum(occ(e, i) for e in es))
            ws.cell(r, 11 + i, rate(sum(occ(e, i) for e in es), sum(e[5] for e in es)))
            ws.cell(r, 11 + i).number_format = "0.0"
        r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 6, sum(e[4] for e in ESTATES))
    ws.cell(r, 7, sum(e[5] for e in ESTATES))
    for i in range(3):
        ws.cell(r, 8 + i, sum(occ(e, i) for e in ESTATES))
        ws.cell(r, 11 + i, rate(sum(occ(e, i) for e in ESTATES), sum(e[5] for e in ESTATES)))
        ws.cell(r, 11 + i).number_format = "0.0"
    r += 2
    for note in ["※１　入居戸数は各年度末（３月３１日）現在の戸数である。",
                 "※２　入居率＝入居戸数÷管理戸数×１００（小数点以下第２位を四捨五入）。",
                 "※３　耐用年限は公営住宅法施行令による（木造・簡易耐火平屋３０年、簡易耐火二階４５年、中層耐火７０年）。",
                 "※４　桜木団地・栄町団地・汐見団地は用途廃止を予定しているため、令和５年度から入居者の募集を停止している。",
                 "※５　地区計・合計の入居率は、各地区・全体の入居戸数÷管理戸数である。"]:
        ws.cell(r, 1, note)
        r += 1
    for row in ws.iter_rows(min_row=4, max_row=6):
        for c in row:
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 13
    ws2 = wb.create_sheet("構造の区分")
    ws2.append(["構造", "内容", "耐用年限（年）"])
    for a, b in [("木造", "木造平屋建て"), ("簡易耐火平屋", "簡易耐火構造の平屋建て"),
                 ("簡易耐火二階", "簡易耐火構造の二階建て"), ("中層耐火", "耐火構造の３～５階建て")]:
        ws2.append([a, b, LIFE[a]])
    wb.save(DOCS / "市営住宅 団地別管理状況（R4～R6）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf():
    from fpdf import FPDF

    title = f"{TOWN}市営住宅長寿命化計画（令和７年３月改定）"

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"－ {self.page_no()} －", align="C")

    pdf = PDF()
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 12, title, align="C", new_x="LMARGIN", new_y="NEXT")

    def h(t):
        pdf.set_font("ipa", size=12)
        pdf.cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")

    def p(t):
        pdf.set_font("ipa", size=10)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    total = sum(e[5] for e in ESTATES)
    after = sum(v[3] for v in PLAN.values())
    h("第１章　計画の目的と期間")
    p("本計画は、市営住宅の老朽化と入居者の高齢化に対応し、団地ごとの活用手法を定めて、"
      "計画的な修繕・改善と管理戸数の適正化を図ることを目的とする。計画期間は令和７年度から令和１６年度までの１０年間とする。")
    h("第２章　市営住宅の現状")
    p(f"市が管理する市営住宅は１２団地{fw(total)}戸である。このうち耐用年限を経過した団地は５団地で、"
      "いずれも昭和４０年代から５０年代前半に建設された木造・簡易耐火構造の住宅である。"
      f"令和６年度末の入居率は全体で{fw(rate(sum(e[8] for e in ESTATES), total))}％であるが、"
      "用途廃止を予定して募集を停止している３団地では５０％を下回っている。")
    h("第３章　活用手法の選定")
    p("団地ごとに、耐用年限の経過状況、入居率及び応募倍率を踏まえ、用途廃止、建替、個別改善、維持管理の４つの活用手法を選定した。"
      "用途廃止とする団地の入居者には、近隣の市営住宅への移転を案内する。")
    cols = [("団地番号", 20), ("団地名", 30), ("活用手法", 24), ("主な内容", 50), ("実施予定時期", 32), ("計画期間末戸数", 30)]

    def head(cont=False):
        pdf.set_font("ipa", size=9)
        pdf.cell(0, 7, "表１　団地別の活用手法" + ("（表の続き）" if cont else ""), new_x="LMARGIN", new_y="NEXT")
        for t, w in cols:
            pdf.cell(w, 7, t, border=1, align="C")
        pdf.ln()

    pdf.ln(78)
    head()
    total_w = sum(w for _, w in cols)
    for g, es in GROUPS:
        rows = [("group", f"【{g}】")] + [("row", e) for e in es]
        for kind, x in rows:
            if pdf.get_y() > (255 if kind == "group" else 262):
                pdf.add_page()
                head(True)
            pdf.set_font("ipa", size=9)
            if kind == "group":
                pdf.cell(total_w, 7, x, border=1)
            else:
                code = x[0]
                m, what, when, n = PLAN[code]
                for val, (_, w) in zip([code, NAME[code], m, what, when, f"{fw(n)}戸"], cols):
                    pdf.cell(w, 7, val, border=1, align="C" if w != 50 else "L")
            pdf.ln()
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　計画期間末戸数は令和１６年度末の管理戸数の見込みである。用途廃止の団地は０戸とする。",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    h("第４章　家賃の収納と管理の適正化")
    p("家賃の収納率（現年度分）は口座振替の勧奨と早期の督促により年々上昇しており、令和６年度は９８．２％となった。"
      f"管理戸数は計画期間末に{fw(after)}戸とし、現在より{fw(total - after)}戸減らす。")
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 7, "表２　家賃の収納状況（現年度分）", new_x="LMARGIN", new_y="NEXT")
    c2 = [("年度", 30), ("調定額（千円）", 38), ("収納額（千円）", 38), ("収納率（％）", 30), ("年度末滞納額（千円）", 44)]
    for t, w in c2:
        pdf.cell(w, 7, t, border=1, align="C")
    pdf.ln()
    for fy, (a, b, d) in RENT.items():
        for val, (_, w) in zip([wareki(fy), num(a), num(b), fw(f"{rate(b, a):.1f}"), num(d)], c2):
            pdf.cell(w, 7, val, border=1, align="C" if w == 30 and val.endswith("度") else "R")
        pdf.ln()
    pdf.ln(4)
    pdf.cell(0, 7, "表３　活用手法別の団地数・戸数", new_x="LMARGIN", new_y="NEXT")
    c3 = [("活用手法", 36), ("団地数", 30), ("現在の管理戸数", 40), ("計画期間末戸数", 40)]
    for t, w in c3:
        pdf.cell(w, 7, t, border=1, align="C")
    pdf.ln()
    for m in METHODS:
        codes = [c for c, v in PLAN.items() if v[0] == m]
        now = sum(e[5] for e in ESTATES if e[0] in codes)
        for val, (_, w) in zip([m, f"{fw(len(codes))}団地", f"{fw(now)}戸", f"{fw(sum(PLAN[c][3] for c in codes))}戸"], c3):
            pdf.cell(w, 7, val, border=1, align="C")
        pdf.ln()
    for val, (_, w) in zip(["合計", f"{fw(len(PLAN))}団地", f"{fw(total)}戸", f"{fw(after)}戸"], c3):
        pdf.cell(w, 7, val, border=1, align="C")
    pdf.ln()
    pdf.ln(2)
    h("第５章　計画の見直し")
    p("本計画は、入居状況や事業の進捗を踏まえ、おおむね５年ごとに見直す。見直しにあたっては芹ノ沢市住宅審議会の意見を聴く。")
    pdf.output(str(DOCS / f"{title}.pdf"))


# ---------------------------------------------------------------- docx
def make_docx():
    from docx import Document

    d = Document()
    d.add_heading("令和６年度 芹ノ沢市住宅審議会 意見の概要", level=1)
    d.add_paragraph("建築住宅課　令和７年３月")
    d.add_heading("１　開催状況", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["回", "開催日", "主な議題"]):
        c.text = s
    for n, day, what in MEETINGS:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = f"第{fw(n)}回", day, what
    d.add_paragraph("会長：葛西　徹（芹ノ沢大学 教授）　委員：７名（うち市民公募委員２名）")
    d.add_heading("２　委員の意見と市の考え方", level=2)
    d.add_paragraph("意見の区分は、評価・指摘・提言・要望の４区分とした。関連団地欄には、意見の対象となる団地の団地番号を記載した"
                    "（特定の団地に関するものでない場合は「－」）。")
    d.add_heading(f"（１）第１回（{MEETINGS[0][1]}）", level=3)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["番号", "区分", "関連団地", "意見の要旨", "市の考え方"]):
        c.text = s
    for n, m, kind, rel, text, ans in OPINIONS:
        if m != 1:
            continue
        r = t.add_row().cells
        for c, s in zip(r, [fw(n), kind, rel if rel == "－" else f"{rel}\n{NAME[rel]}", text, ans]):
            c.text = s
    d.add_heading(f"（２）第２回（{MEETINGS[1][1]}）", level=3)
    for n, m, kind, rel, text, ans in OPINIONS:
        if m != 2:
            continue
        para = d.add_paragraph()
        run = para.add_run(f"【意見{fw(n)}】（{kind}）　関連団地：{rel if rel == '－' else rel + ' ' + NAME[rel]}")
        run.bold = True
        d.add_paragraph(text)
        d.add_paragraph(f"→ 市の考え方：{ans}")
    d.add_heading("３　答申", level=2)
    d.add_paragraph("審議会は、令和７年２月１８日の第２回会議において、長寿命化計画（素案）をおおむね妥当とする答申をまとめた。"
                    "あわせて、用途廃止の対象となる３団地の入居者（令和６年度末で計２４世帯）への丁寧な説明を求めた。")
    d.save(DOCS / "令和６年度 住宅審議会 意見の概要.docx")


# ---------------------------------------------------------------- html
def make_html():
    h = ["<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>市営住宅の入居者募集｜"
         f"{TOWN}</title></head><body>\n",
         "<ol class=\"breadcrumb\"><li>ホーム</li><li>くらし</li><li>住まい</li><li>市営住宅の入居者募集</li></ol>\n",
         "<h1>市営住宅の入居者募集</h1>\n",
         "<p>市営住宅の空き住戸について、年２回（７月・１月）入居者を募集しています。</p>\n",
         "<h2>申込みの資格</h2>\n<dl>\n<dt>住所</dt><dd>市内に住所または勤務先があること</dd>\n"
         "<dt>収入</dt><dd>世帯の所得月額が１５万８千円以下であること（高齢者世帯・子育て世帯等は２１万４千円以下）</dd>\n"
         "<dt>住宅</dt><dd>現に住宅に困っていること</dd>\n<dt>税</dt><dd>市税を滞納していないこと</dd>\n</dl>\n",
         "<h2>団地一覧</h2>\n<table border=\"1\">\n<tr><th scope=\"col\">団地名</th><th scope=\"col\">団地番号</th>"
         "<th scope=\"col\">地区</th><th scope=\"col\">構造</th><th scope=\"col\">募集</th></tr>\n"]
    for e in ESTATES:
        stop = "募集停止" if e[0] in STOPPED else "募集あり"
        h.append(f"<tr><th scope=\"row\">{e[1]}</th><td>{e[0]}</td><td>{GROUP_OF[e[0]]}</td><td>{e[3]}</td><td>{stop}</td></tr>\n")
    h.append("</table>\n<p>※ 募集停止の団地は、用途廃止（取壊し）を予定している団地です。</p>\n")
    h += ["<h2>これまでの募集結果</h2>\n<table border=\"1\">\n<tr><th scope=\"col\">募集時期</th><th scope=\"col\">団地番号</th>"
          "<th scope=\"col\">団地名</th><th scope=\"col\">募集戸数</th><th scope=\"col\">応募者数</th><th scope=\"col\">倍率</th></tr>\n"]
    periods = sorted({r[0] for r in RECRUIT})
    for p in periods:
        rs = [r for r in RECRUIT if r[0] == p]
        for i, (_, code, units, ap) in enumerate(rs):
            first = f"<td rowspan=\"{len(rs)}\">{ym(*p)}</td>" if i == 0 else ""
            h.append(f"<tr>{first}<td>{code}</td><td>{NAME[code]}</td><td>{fw(units)}戸</td><td>{fw(ap)}人</td>"
                     f"<td>{fw(f'{ratio(ap, units):.1f}')}倍</td></tr>\n")
    h += ["</table>\n<ul><li>※ 倍率＝応募者数÷募集戸数（小数点以下第２位を四捨五入）。</li>"
          "<li>※ 応募者数は抽選の対象となった世帯数です（資格審査で不適格となった世帯を除く）。</li></ul>\n",
          "<h2>募集時期ごとの集計</h2>\n<table border=\"1\">\n<tr><th scope=\"col\">募集時期</th><th scope=\"col\">団地数</th>"
          "<th scope=\"col\">募集戸数</th><th scope=\"col\">応募者数</th><th scope=\"col\">倍率</th></tr>\n"]
    for p in periods:
        rs = [r for r in RECRUIT if r[0] == p]
        u, a = sum(r[2] for r in rs), sum(r[3] for r in rs)
        h.append(f"<tr><th scope=\"row\">{ym(*p)}</th><td>{fw(len(rs))}</td><td>{fw(u)}戸</td><td>{fw(a)}人</td>"
                 f"<td>{fw(f'{ratio(a, u):.1f}')}倍</td></tr>\n")
    h += ["</table>\n",
          "<h2>次回の募集</h2>\n<p>令和７年７月１日から７月１５日まで申込みを受け付けます。募集する団地と戸数は６月中旬にお知らせします。</p>\n",
          "<p>問合せ先：建築住宅課 住宅管理係（電話 ０２４５－６７－８９０１）</p>\n</body></html>\n"]
    (DOCS / f"市営住宅の入居者募集｜{TOWN}.html").write_text("".join(h), encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt():
    total = sum(e[5] for e in ESTATES)
    lines = [f"{TOWN}　市営住宅長寿命化計画の改定について（概要メモ）", "",
             "【管理戸数の推移】",
             "　・平成２６年度末：５８４戸（１４団地）",
             "　・令和元年度末：５３４戸（１３団地）　※平成２９年度に東山団地（５０戸）を用途廃止",
             f"　・令和６年度末：{fw(total)}戸（１２団地）　※令和２年度に西浦団地（３０戸）と港団地（３０戸）を統合し、南新町団地（３０戸）を建設",
             f"　・令和１６年度末（計画）：４３０戸（９団地）",
             "",
             "【入居者の状況（令和６年度末）】",
             "　・入居世帯数：４２２世帯",
             "　・世帯主が６５歳以上の世帯：２３６世帯（５５．９％）",
             "　・うち単身の高齢世帯：１４２世帯",
             "　・用途廃止予定の３団地の入居世帯：２４世帯",
             "",
             "【家賃の滞納対策】",
             "　・令和６年度末の滞納額（現年度分）：１，０４０万円（前年度から８０万円減）",
             "　・滞納者への催告：年３回（６月・１０月・２月）",
             "　・明渡し請求訴訟の提起：令和４年度２件、令和５年度１件、令和６年度３件",
             "　・口座振替の利用率：令和６年度末で７１％",
             "",
             "【今後の予定】",
             "　・令和７年度：栄町団地の用途廃止、緑ヶ丘団地の外壁改修",
             "　・令和８年度：桜木団地の用途廃止、南浜団地の給水設備更新",
             "　・令和９年度：汐見団地の用途廃止、旭団地の建替え、本町団地のエレベーター設置",
             "　・入居者の移転は、移転先の空き住戸を優先してあっせんする。移転料は１世帯あたり上限２０万円を補償する。",
             ""]
    (DOCS / "長寿命化計画改定の概要メモ.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for f in sorted(DOCS.iterdir()):
        print(f.stat().st_size, f.name)
