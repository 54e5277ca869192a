"""Generate docs/ for made188 — 榎ノ浦市 市民満足度調査 (fictional). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

CITY = "榎ノ浦市"
DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FW = str.maketrans("0123456789.-,%", "０１２３４５６７８９．－，％")


def fw(x) -> str:
    return str(x).translate(FW)


GOALS = {  # 基本目標番号: 名称
    1: "安全・安心なまちづくり",
    2: "健康・福祉の充実",
    3: "教育・文化の振興",
    4: "都市基盤・環境の整備",
    5: "産業振興と行政運営",
}
# 施策番号, 施策名, 担当課, 満足度 R2, R4, R6, 重要度 R4, R6   (None = 「－」: not surveyed)
POLICIES = [
    ("1-1", "防災対策の充実", "危機管理課", 48.2, 51.6, 55.3, 78.4, 81.2),
    ("1-2", "防犯・交通安全の推進", "市民協働課", 52.1, 50.4, 49.8, 70.2, 72.5),
    ("1-3", "消防・救急体制の充実", "消防総務課", 63.5, 65.0, 66.2, 75.1, 74.0),
    ("2-1", "健康づくりの推進", "健康推進課", 45.0, 47.3, 46.1, 62.4, 63.0),
    ("2-2", "高齢者福祉の充実", "高齢福祉課", 38.6, 40.2, 42.8, 73.5, 76.8),
    ("2-3", "子育て支援の充実", "こども未来課", 35.4, 39.9, 44.7, 68.0, 71.4),
    ("2-4", "障がい者福祉の充実", "障がい福祉課", 30.2, 31.0, 30.5, 55.2, 56.0),
    ("3-1", "学校教育の充実", "学校教育課", 41.3, 43.5, 45.0, 66.7, 65.9),
    ("3-2", "生涯学習の推進", "生涯学習課", 36.8, 35.2, 33.9, 40.1, 38.5),
    ("3-3", "スポーツ・文化の振興", "スポーツ文化課", 39.5, 38.0, 41.8, 42.3, 41.0),
    ("4-1", "道路・交通網の整備", "道路河川課", 28.4, 30.1, 29.0, 72.6, 74.3),
    ("4-2", "公共交通の充実", "交通政策課", 22.7, 21.5, 24.9, 69.8, 73.1),
    ("4-3", "ごみ減量・リサイクルの推進", "環境政策課", 55.6, 57.2, 58.0, 60.5, 58.8),
    ("4-4", "公園・緑地の整備", "公園緑地課", 44.9, 46.3, 43.7, 50.2, 52.6),
    ("5-1", "商工業の振興", "商工振興課", 20.3, 22.8, 21.6, 58.4, 57.0),
    ("5-2", "観光の振興", "観光交流課", 25.1, 24.0, 27.3, 45.6, 44.2),
    ("5-3", "デジタル行政の推進", "ＤＸ推進課", None, 26.5, 31.2, 52.0, 55.7),
]
# 調査概要: 年度, 配布数, 回収数(うちWEB), 回収率
SURVEYS = [("令和２年度", 3000, 1152, 0, 38.4), ("令和４年度", 3000, 1185, 221, 39.5), ("令和６年度", 3000, 1284, 404, 42.8)]
# 回答者の属性 (令和６年度): group -> [(区分, 人数)]
ATTRS = {
    "性別": [("男性", 568), ("女性", 690), ("回答しない", 15), ("無回答", 11)],
    "年代": [("18・19歳", 14), ("20歳代", 98), ("30歳代", 142), ("40歳代", 188), ("50歳代", 215), ("60歳代", 262),
             ("70歳代", 248), ("80歳以上", 102), ("無回答", 15)],
    "居住地区": [("中央地区", 356), ("北部地区", 210), ("東部地区", 248), ("南部地区", 197), ("西部地区", 238), ("無回答", 35)],
}
TOTAL = 1284
# 年代別クロス集計: 年代, 住みやすい R4, R6, 定住意向 R6
AGES = [("29歳以下", 65.2, 70.4, 48.6), ("30歳代", 69.8, 72.1, 58.3), ("40歳代", 72.5, 71.0, 63.9), ("50歳代", 73.0, 74.6, 69.2),
        ("60歳代", 75.8, 76.9, 74.1), ("70歳代", 77.1, 78.5, 80.4), ("80歳以上", 79.4, 77.2, 84.0)]
# 地区別: 地区, 回答者数 R6, 住みやすい R4, R6, 定住意向 R6
DISTRICTS = [("中央地区", 356, 78.4, 80.1, 72.5), ("北部地区", 210, 70.2, 68.9, 65.0), ("東部地区", 248, 74.5, 76.3, 70.8),
             ("南部地区", 197, 66.8, 69.4, 61.2), ("西部地区", 238, 71.9, 71.2, 66.7)]
# 自由記述の分類: 分類, 件数 R4, R6, 主な内容
FREE = [("道路・交通", 142, 168, "バス路線の維持、歩道の整備"), ("子育て・教育", 96, 121, "放課後児童クラブの拡充"),
        ("医療・福祉", 110, 104, "休日診療、介護サービス"), ("防災・防犯", 58, 73, "避難所の環境、防犯灯"),
        ("環境・ごみ", 47, 39, "ごみ出しルール、不法投棄"), ("商業・観光", 64, 70, "中心市街地のにぎわい"),
        ("行政・職員対応", 81, 66, "窓口の待ち時間、オンライン申請"), ("公園・施設", 52, 58, "遊具の更新、トイレ"),
        ("その他", 40, 35, "－")]
# 審議会の意見: 番号, 区分, 関連施策 (None = 全般), 要旨
OPINIONS = [
    (1, "評価", None, "回収率が前回の３９．５％から４２．８％に向上した。ＷＥＢ回答の導入が効果を上げており、次回も継続されたい。"),
    (2, "評価", "2-3", "子育て支援の満足度は３回の調査で連続して上昇しており、放課後児童クラブの拡充など取組の成果が表れている。"),
    (3, "課題", "4-2", "公共交通は重要度が高いにもかかわらず満足度が全施策の中で低位にある。路線バスの減便への不満が自由記述にも多い。"),
    (4, "課題", "4-1", "道路・交通網の整備は重要度が７割を超える一方、満足度は３割に満たず、生活道路の維持補修の見える化が必要である。"),
    (5, "提言", "5-1", "商工業の振興は満足度が最も低い。事業者支援の内容が市民に伝わっておらず、成果指標とあわせて周知を図られたい。"),
    (6, "提言", None, "２９歳以下の定住意向が５割を下回っている。若年層向けの施策の効果検証と、若年層の回答を増やす工夫を求める。"),
    (7, "課題", "1-2", "防犯・交通安全の推進は２回続けて満足度が低下している。防犯灯の更新計画の前倒しを検討されたい。"),
    (8, "提言", "3-2", "生涯学習の推進は満足度・重要度ともに低下している。講座の内容を見直し、事業の統廃合も含めて検討されたい。"),
    (9, "評価", "5-3", "デジタル行政の推進は、オンライン申請の拡大により満足度が４．７ポイント上昇した。"),
    (10, "課題", None, "住みやすさの評価に地区差があり、南部地区が最も低い。地区別の課題を整理する必要がある。"),
    (11, "提言", "2-2", "高齢者福祉は重要度が高く、今後も需要の増加が見込まれる。地域包括ケアの取組を市民にわかりやすく示されたい。"),
    (12, "提言", None, "自由記述は７３４件と貴重な市民の声であり、分類結果を担当課に共有し、施策の改善に活用されたい。"),
]
MEETINGS = [("第１回", "令和６年１０月２２日", "調査結果の報告、論点整理"), ("第２回", "令和６年１１月２６日", "施策別の結果に関する審議"),
            ("第３回", "令和７年１月２１日", "意見の取りまとめ")]


def avg(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs)


def goal_avgs():
    """基本目標別の平均満足度 (R2, R4, R6), rounded to 0.1 as printed; 「－」 values are left out."""
    out = {}
    for g in GOALS:
        ps = [p for p in POLICIES if p[0].startswith(f"{g}-")]
        out[g] = tuple(round(avg([p[i] for p in ps]) + 1e-9, 1) for i in (3, 4, 5))
    return out


SAT_AVG = round(avg([p[5] for p in POLICIES]) + 1e-9, 1)
IMP_AVG = round(avg([p[7] for p in POLICIES]) + 1e-9, 1)


def quadrant(p) -> str:
    hi_imp, hi_sat = p[7] >= IMP_AVG, p[5] >= SAT_AVG
    if hi_imp and not hi_sat:
        return "重点改善"
    if hi_imp and hi_sat:
        return "維持・強化"
    if not hi_imp and not hi_sat:
        return "改善検討"
    return "現状維持"


def pct(n):
    return round(n * 100 / TOTAL + 1e-9, 1)


# ---------------------------------------------------------------- xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "施策別満足度・重要度"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = f"{CITY}市民満足度調査　施策別満足度・重要度の推移（令和２年度・４年度・６年度調査）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "資料：企画政策課（市民満足度調査）　　単位：％、増減はポイント"
    hdr = [("A4:A5", "施策番号"), ("B4:B5", "施策名"), ("C4:C5", "担当課"), ("D4:F4", "満足度（％）"), ("G4:H4", "重要度（％）"),
           ("I4:I5", "満足度の増減\n（６年度－４年度）")]
    for rng, text in hdr:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
    for col, text in zip("DEFGH", ["令和２年度", "令和４年度", "令和６年度", "令和４年度", "令和６年度"]):
        ws[f"{col}5"] = text
    for row in ws["A4:I5"]:
        for c in row:
            c.alignment = center
            c.border = box
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.font = Font(bold=True)
    r = 6
    for g, name in GOALS.items():
        ws.merge_cells(f"A{r}:I{r}")
        ws[f"A{r}"] = f"【基本目標{fw(g)}　{name}】"
        ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        ps = [p for p in POLICIES if p[0].startswith(f"{g}-")]
        for p in ps:
            vals = [p[0], p[1], p[2], p[3] if p[3] is not None else "－", p[4], p[5], p[6], p[7], round(p[5] - p[4], 1)]
            for col, v in zip("ABCDEFGHI", vals):
                c = ws[f"{col}{r}"]
                c.value = v
                c.border = box
                if col in "DEFGH" and isinstance(v, float):
                    c.number_format = "0.0"
                if col == "I":
                    c.number_format = '+0.0;"▲"0.0;0.0'
                if col == "D" and v == "－":
                    c.alignment = Alignment(horizontal="center")
            r += 1
        ws.merge_cells(f"A{r}:C{r}")
        ws[f"A{r}"] = f"基本目標{fw(g)}　平均"
        ga = goal_avgs()[g]
        for col, v in zip("DEF", ga):
            ws[f"{col}{r}"] = v
            ws[f"{col}{r}"].number_format = "0.0"
        ws[f"G{r}"] = round(avg([p[6] for p in ps]) + 1e-9, 1)
        ws[f"H{r}"] = round(avg([p[7] for p in ps]) + 1e-9, 1)
        ws[f"I{r}"] = "－"
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].font = Font(italic=True)
            ws[f"{col}{r}"].border = box
        r += 1
    ws.merge_cells(f"A{r}:C{r}")
    ws[f"A{r}"] = "全施策平均"
    ws[f"F{r}"] = SAT_AVG
    ws[f"H{r}"] = IMP_AVG
    for col in "DEGI":
        ws[f"{col}{r}"] = "－"
    r += 2
    notes = ["※１　満足度は「満足」「やや満足」と回答した人の割合、重要度は「重要」「やや重要」と回答した人の割合です（無回答を除く）。",
             "※２　施策５－３は令和４年度調査から追加したため、令和２年度は「－」としています。",
             "※３　増減の「▲」は減少を示します。",
             "※４　基本目標の平均は、各施策の割合の単純平均です（「－」は除く）。"]
    for n in notes:
        ws[f"A{r}"] = n
        r += 1
    for col, w in zip("ABCDEFGHI", [9, 26, 14, 11, 11, 11, 11, 11, 16]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("調査概要")
    ws2["A1"] = "調査の実施状況"
    ws2["A1"].font = Font(bold=True)
    for col, text in zip("ABCDE", ["調査年度", "配布数（人）", "回収数（件）", "うちＷＥＢ回答（件）", "回収率（％）"]):
        ws2[f"{col}3"] = text
        ws2[f"{col}3"].font = Font(bold=True)
    for i, s in enumerate(SURVEYS, start=4):
        for col, v in zip("ABCDE", s):
            ws2[f"{col}{i}"] = "－" if (col == "D" and v == 0) else v
    ws2["A8"] = "※　ＷＥＢ回答は令和４年度調査から導入しました。"
    wb.save(DOCS / "市民満足度調査 施策別集計（R2・R4・R6）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, f"令和６年度{CITY}市民満足度調査報告書（概要版）", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 5, f"－ {self.page_no()} －", align="C")

    pdf = P(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 9, f"令和６年度　{CITY}市民満足度調査報告書（概要版）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=9.5)

    def para(t):
        pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.set_font("ipa", size=11)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("ipa", size=9.5)

    def row(widths, cells, h=5.2, fill=False, bold=False):
        if fill:
            pdf.set_fill_color(221, 235, 247)
        for w, c in zip(widths, cells):
            pdf.cell(w, h, str(c), border=1, align="C" if w < 30 else "L", fill=fill)
        pdf.ln(h)

    head("第１章　調査の概要")
    para("　本調査は、第６次総合計画に掲げる施策に対する市民の満足度と重要度を把握し、施策の評価と見直しに活用するため、"
         "２年ごとに実施しているものである。市内在住の１８歳以上の市民３，０００人を住民基本台帳から無作為に抽出し、"
         "令和６年７月１日から７月２６日までの期間に郵送配布・郵送及びＷＥＢにより回収した。")
    para("　有効回収数は１，２８４件（回収率４２．８％）で、前回（令和４年度）の３９．５％を３．３ポイント上回った。"
         "このうちＷＥＢ回答は４０４件（３１．５％）であった。")
    head("第２章　回答者の属性")
    para("表１　回答者の属性（令和６年度）")
    w1 = [40, 40, 40]
    row(w1, ["区分", "回答者数（人）", "構成比（％）"], fill=True)
    for g, items in ATTRS.items():
        pdf.cell(sum(w1), 5.2, f"【{g}】", border=1, new_x="LMARGIN", new_y="NEXT")
        for name, n in items:
            row(w1, [name, fw(f"{n:,}"), fw(f"{pct(n):.1f}")])
    row(w1, ["合計", fw(f"{TOTAL:,}"), "１００．０"])
    para("※構成比は小数点以下第２位を四捨五入しているため、合計が１００％にならない場合がある。")
    head("第３章　施策別の満足度と重要度")
    para(f"　全１７施策の満足度の平均は{fw(SAT_AVG)}％、重要度の平均は{fw(IMP_AVG)}％であった。平均を基準に、重要度が高く満足度が低い施策を"
         "「重点改善」、重要度・満足度ともに高い施策を「維持・強化」、ともに低い施策を「改善検討」、重要度が低く満足度が高い施策を「現状維持」と分類した（表２）。")
    para("表２　施策別満足度・重要度と分類（令和６年度）")
    w2 = [18, 56, 24, 24, 28]
    hdr2 = ["施策番号", "施策名", "満足度（％）", "重要度（％）", "分類"]
    row(w2, hdr2, fill=True)
    first_page = 5
    for i, p in enumerate(POLICIES):
        if i == first_page:
            assert pdf.get_y() < 280, pdf.get_y()
            pdf.add_page()
            para("表２　施策別満足度・重要度と分類（令和６年度）（表の続き）")
            row(w2, hdr2, fill=True)
        row(w2, [p[0], p[1], fw(f"{p[5]:.1f}"), fw(f"{p[7]:.1f}"), quadrant(p)])
    para("※満足度・重要度の定義は報告書本編を参照。分類は小数点以下第１位の数値で判定した。")
    head("第４章　年代別の結果")
    para("表３　年代別　住みやすさと定住意向")
    w3 = [30, 36, 36, 36]
    pdf.cell(w3[0], 5.2, "", border="LTR")
    pdf.cell(w3[1] + w3[2], 5.2, "「住みやすい」と感じる割合（％）", border=1, align="C")
    pdf.cell(w3[3], 5.2, "定住意向（％）", border="LTR", align="C")
    pdf.ln(5.2)
    row(w3, ["年代", "令和４年度", "令和６年度", "令和６年度"], fill=True)
    for a in AGES:
        row(w3, [a[0], fw(f"{a[1]:.1f}"), fw(f"{a[2]:.1f}"), fw(f"{a[3]:.1f}")])
    para("※「２９歳以下」は１８・１９歳と２０歳代の合計。「住みやすい」は「住みやすい」「どちらかといえば住みやすい」の合計。")
    para("　定住意向は年代が上がるほど高く、７０歳代以上では８割を超える一方、２９歳以下では４８．６％にとどまった。")
    assert pdf.get_y() < 280 and pdf.page_no() == 2, (pdf.get_y(), pdf.page_no())
    pdf.output(str(DOCS / f"令和６年度{CITY}市民満足度調査報告書（概要版）.pdf"))


# ---------------------------------------------------------------- docx
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "ＭＳ 明朝"
    st.font.size = Pt(10.5)
    d.add_heading("令和６年度市民満足度調査の結果に対する意見", level=1)
    d.add_paragraph(f"令和７年２月　{CITY}行政評価審議会")
    d.add_paragraph(f"　本審議会は、{CITY}長から令和６年度市民満足度調査の結果について意見を求められ、計３回の審議を行った。その結果を次のとおり取りまとめた。")
    d.add_heading("１　審議の経過", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ["回", "開催日", "主な内容"]):
        c.text = text
    for m in MEETINGS:
        cells = t.add_row().cells
        for c, text in zip(cells, m):
            c.text = text
    d.add_heading("２　施策別の意見", level=2)
    pname = {p[0]: p[1] for p in POLICIES}
    for no, kind, code, text in OPINIONS[:8]:
        p = d.add_paragraph()
        run = p.add_run(f"【意見{fw(no)}】（{kind}）")
        run.bold = True
        rel = f"関連施策：{fw(code)}　{pname[code]}" if code else "関連施策：全般"
        p.add_run("　" + rel)
        d.add_paragraph("　" + text)
    d.add_heading("３　その他の意見", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ["番号", "区分", "関連施策", "意見の要旨"]):
        c.text = text
    for no, kind, code, text in OPINIONS[8:]:
        cells = t.add_row().cells
        for c, v in zip(cells, [fw(no), kind, f"{fw(code)}\n{pname[code]}" if code else "全般", text]):
            c.text = v
    d.add_paragraph("※区分は、評価（取組の成果を認めるもの）、課題（問題点の指摘）、提言（今後の対応を求めるもの）の別。")
    d.add_paragraph("　市においては、本意見を踏まえ、令和８年度に予定する次回調査までに施策の見直しを進められたい。")
    d.save(DOCS / "市民満足度調査結果に対する行政評価審議会の意見.docx")


# ---------------------------------------------------------------- html
def make_html():
    rows_d = "\n".join(
        f"<tr><th>{n}</th><td>{fw(f'{c:,}')}</td><td>{fw(f'{a:.1f}')}</td><td>{fw(f'{b:.1f}')}</td><td>{fw(f'{s:.1f}')}</td></tr>"
        for n, c, a, b, s in DISTRICTS)
    rows_f = "\n".join(f"<tr><th>{n}</th><td>{fw(a)}</td><td>{fw(b)}</td><td>{m}</td></tr>" for n, a, b, m in FREE)
    top = sorted(POLICIES, key=lambda p: -p[5])[:5]
    low = sorted(POLICIES, key=lambda p: p[5])[:5]
    li_top = "".join(f"<li>{p[1]}（{fw(f'{p[5]:.1f}')}％）</li>" for p in top)
    li_low = "".join(f"<li>{p[1]}（{fw(f'{p[5]:.1f}')}％）</li>" for p in low)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和６年度市民満足度調査の結果｜{CITY}</title></head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li><li>令和６年度市民満足度調査の結果</li></ol></nav>
<main>
<h1>令和６年度市民満足度調査の結果</h1>
<p class="update">更新日：２０２５年３月１４日</p>
<p>市では、市民の皆さんの満足度と施策の重要度をおたずねする市民満足度調査を２年ごとに実施しています。令和６年度の調査にご協力いただいた皆さん、ありがとうございました。</p>
<h2>調査の概要</h2>
<dl><dt>調査対象</dt><dd>市内在住の１８歳以上の方３，０００人（無作為抽出）</dd>
<dt>調査期間</dt><dd>令和６年７月１日（月曜日）から７月２６日（金曜日）まで</dd>
<dt>回収状況</dt><dd>１，２８４件（回収率４２．８％）</dd></dl>
<h2>満足度の高い施策・低い施策</h2>
<h3>満足度が高い施策（上位５）</h3><ol>{li_top}</ol>
<h3>満足度が低い施策（下位５）</h3><ol>{li_low}</ol>
<h2>地区別の結果</h2>
<table border="1"><caption>地区別　住みやすさと定住意向</caption>
<thead><tr><th rowspan="2">地区</th><th rowspan="2">回答者数（人）</th><th colspan="2">「住みやすい」と感じる割合（％）</th><th rowspan="2">定住意向（％）<br>令和６年度</th></tr>
<tr><th>令和４年度</th><th>令和６年度</th></tr></thead>
<tbody>
{rows_d}
<tr class="total"><th>市全体</th><td>１，２８４</td><td>７３．１</td><td>７４．２</td><td>６８．３</td></tr>
</tbody></table>
<p>※市全体には居住地区が無回答の方（３５人）を含みます。</p>
<h2>自由記述の分類</h2>
<p>「市政へのご意見・ご要望」の自由記述を内容により分類しました。１件の回答に複数の内容がある場合は、それぞれに数えています。</p>
<table border="1"><caption>自由記述の分類別件数</caption>
<thead><tr><th>分類</th><th>令和４年度（件）</th><th>令和６年度（件）</th><th>主な内容（令和６年度）</th></tr></thead>
<tbody>
{rows_f}
<tr class="total"><th>合計</th><td>{fw(sum(f[1] for f in FREE))}</td><td>{fw(sum(f[2] for f in FREE))}</td><td>－</td></tr>
</tbody></table>
<h2>今後の予定</h2>
<p>調査結果は行政評価審議会の意見を踏まえて施策の見直しに活用します。次回の調査は令和８年度に実施する予定です。</p>
<h2>報告書のダウンロード</h2>
<ul><li><a href="report2024.pdf">令和６年度{CITY}市民満足度調査報告書（概要版）（PDF：８９０KB）</a></li>
<li><a href="data2024.xlsx">施策別集計表（Excel：２０KB）</a></li></ul>
<p class="contact">このページに関するお問い合わせ：企画政策課　企画調整係　電話：０１２３－４５－６７８９</p>
</main></body></html>
"""
    (DOCS / f"令和６年度市民満足度調査の結果｜{CITY}.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt():
    ga = goal_avgs()
    lines = [f"{CITY}　市民満足度調査結果を踏まえた施策見直しの方針", "", "令和７年３月　企画政策課", "",
             "１　趣旨",
             "　令和６年度市民満足度調査（回収数１，２８４件、回収率４２．８％）の結果と行政評価審議会の意見（令和７年２月）を踏まえ、",
             "令和７年度以降の施策見直しの方針を定める。", "",
             "２　基本目標別の平均満足度",
             "　基本目標ごとの施策の満足度を単純平均した結果は次のとおりである（単位：％）。",
             "-" * 60,
             "基本目標  名称                      令和２年度  令和４年度  令和６年度"]
    for g, name in GOALS.items():
        a = ga[g]
        lines.append(f"{fw(g)}         {name:<12}  {fw(f'{a[0]:.1f}'):>6}  {fw(f'{a[1]:.1f}'):>6}  {fw(f'{a[2]:.1f}'):>6}")
    lines += ["-" * 60, "※基本目標５の令和２年度は、施策５－３（令和４年度追加）を除く２施策の平均。", "",
              "３　重点的に見直す施策",
              "　重要度が平均を上回り満足度が平均を下回る「重点改善」の２施策（４－１、４－２）と、前回調査から満足度が低下した施策のうち２施策について、次のとおり見直しを行う。",
              "（１）公共交通の充実（４－２）：路線バスの減便区間にデマンド交通を導入し、令和８年度までに全地区へ拡大する。",
              "（２）道路・交通網の整備（４－１）：生活道路の補修要望をオンラインで受け付け、対応状況を公開する。",
              "（３）商工業の振興（５－１）：創業支援の件数を年間２０件に増やすことを目標とし、支援制度の周知を強化する。",
              "（４）生涯学習の推進（３－２）：講座数を令和６年度の１２６講座から令和８年度に９０講座へ整理し、オンライン講座を導入する。", "",
              "４　若年層への対応",
              "　２９歳以下の定住意向（４８．６％）が他の年代より低いことから、若者会議を設置し、若年層の意見を施策に反映する。", "",
              "５　次回調査",
              "　次回調査は令和８年度に実施し、ＷＥＢ回答の割合を５０％に高めることを目標とする。",
              "  調査項目は第７次総合計画の施策体系にあわせて見直す。", ""]
    (DOCS / "市民満足度調査結果を踏まえた施策見直しの方針.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for f in sorted(DOCS.iterdir()):
        print(f.stat().st_size, f.name)
