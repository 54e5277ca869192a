"""Generate the five documents of made190 (楸ヶ岬市 防災備蓄・避難所の見直し). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "楸ヶ岬市"

FW = str.maketrans("0123456789.-,%", "０１２３４５６７８９．－，％")


def fw(x) -> str:
    return str(x).translate(FW)


def num(n) -> str:
    return f"{n:,}".translate(FW)


# ------------------------------------------------------------------ data
BASES = ["中央防災倉庫", "北部防災倉庫", "南部防災倉庫", "山間備蓄庫"]
BASE_SHORT = {"中央防災倉庫": "中央", "北部防災倉庫": "北部", "南部防災倉庫": "南部", "山間備蓄庫": "山間"}
# 区分 -> items: (品目番号, 品目名, 単位, 数量 per BASES (0 = 「－」), 目標数量, 充足率 R4末, R5末)
ITEM_GROUPS = [
    ("食料・飲料水", [
        ("B-01", "飲料水（５００ｍｌ）", "本", (12000, 6000, 5400, 1800), 28800, 78.0, 82.0),
        ("B-02", "アルファ化米", "食", (9000, 4200, 3900, 1500), 21600, 92.1, 90.3),
        ("B-03", "クラッカー", "食", (6000, 3000, 2400, 900), 10800, 95.0, 100.0),
        ("B-04", "乳児用液体ミルク", "本", (240, 120, 0, 0), 600, 20.0, 40.0),
    ]),
    ("生活用品", [
        ("B-05", "毛布", "枚", (2500, 1200, 1100, 400), 7200, 69.4, 72.2),
        ("B-06", "簡易トイレ", "回分", (28000, 15000, 12000, 5000), 72000, 70.8, 75.0),
        ("B-07", "紙おむつ（大人用）", "枚", (1500, 800, 700, 200), 3000, 86.7, 93.3),
        ("B-08", "生理用品", "個", (3000, 1500, 1200, 300), 9000, 44.4, 55.6),
        ("B-09", "段ボールベッド", "台", (150, 60, 50, 20), 400, 25.0, 45.0),
    ]),
    ("資機材", [
        ("B-10", "発電機", "台", (8, 4, 4, 2), 14, 100.0, 114.3),
        ("B-11", "投光器", "台", (10, 5, 4, 2), 20, 100.0, 105.0),
        ("B-12", "間仕切り（パーティション）", "張", (200, 80, 60, 0), 700, 21.4, 30.0),
    ]),
]
ITEMS = [it for _, its in ITEM_GROUPS for it in its]
ITEM_GROUP = {it[0]: g for g, its in ITEM_GROUPS for it in its}
ITEM_NAME = {it[0]: it[1] for it in ITEMS}


def total(it):
    return sum(it[3])


def rate(it):
    """充足率 令和６年度末 (％, 1 decimal) = 合計 / 目標数量."""
    return round(total(it) * 100 / it[4] + 1e-9, 1)


# xlsx sheet 2 期限管理: (管理番号, 品目番号, 拠点, 数量, 期限 as printed, (西暦年, 月))
LOTS = [
    ("L-01", "B-01", "中央防災倉庫", 6000, "令和7年8月", (2025, 8)),
    ("L-02", "B-01", "中央防災倉庫", 6000, "2027年3月", (2027, 3)),
    ("L-03", "B-01", "北部防災倉庫", 6000, "R8.5", (2026, 5)),
    ("L-04", "B-01", "南部防災倉庫", 5400, "令和８年３月", (2026, 3)),
    ("L-05", "B-01", "山間備蓄庫", 1800, "2025年12月", (2025, 12)),
    ("L-06", "B-02", "中央防災倉庫", 9000, "令和10年4月", (2028, 4)),
    ("L-07", "B-02", "北部防災倉庫", 4200, "2026年9月", (2026, 9)),
    ("L-08", "B-02", "南部防災倉庫", 3900, "令和９年２月", (2027, 2)),
    ("L-09", "B-02", "山間備蓄庫", 1500, "R7.11", (2025, 11)),
    ("L-10", "B-03", "中央防災倉庫", 6000, "2028年1月", (2028, 1)),
    ("L-11", "B-03", "北部防災倉庫", 3000, "令和８年１月", (2026, 1)),
    ("L-12", "B-03", "南部防災倉庫", 2400, "2026年4月", (2026, 4)),
    ("L-13", "B-03", "山間備蓄庫", 900, "令和9年6月", (2027, 6)),
    ("L-14", "B-04", "中央防災倉庫", 240, "2025年10月", (2025, 10)),
    ("L-15", "B-04", "北部防災倉庫", 120, "R8.2", (2026, 2)),
]


def fy_of(ym):
    """Fiscal year (西暦) of a (year, month): January–March belong to the previous fiscal year."""
    y, m = ym
    return y if m >= 4 else y - 1


# 地区 -> shelters: (避難所番号, 名称, 施設区分, 収容人数 見直し前, 見直し後, 耐震化 済/未, 点検 (電源, 給水, トイレ, 無線) ○/×/None=－)
DISTRICTS = [
    ("北部地区", [
        ("S-01", "北部小学校", "指定避難所", 480, 320, "済", "○○○○"),
        ("S-02", "北部中学校", "指定避難所", 560, 370, "済", "○×○○"),
        ("S-03", "北部地区センター", "福祉避難所", 80, 55, "済", "○○○×"),
        ("S-04", "北浜公園", "指定緊急避難場所", 1200, 1200, "－", None),
    ]),
    ("中央地区", [
        ("S-05", "中央小学校", "指定避難所", 520, 350, "済", "○○○○"),
        ("S-06", "楸ヶ岬中学校", "指定避難所", 610, 400, "済", "○○×○"),
        ("S-07", "市民体育館", "指定避難所", 900, 600, "済", "×○○○"),
        ("S-08", "老人福祉センター", "福祉避難所", 100, 70, "済", "○○○○"),
        ("S-09", "中央公民館", "指定避難所", 240, 160, "未", "×○×○"),
    ]),
    ("南部地区", [
        ("S-10", "南部小学校", "指定避難所", 450, 300, "済", "○×○×"),
        ("S-11", "南部コミュニティセンター", "指定避難所", 200, 130, "未", "××○○"),
        ("S-12", "県立楸ヶ岬支援学校", "福祉避難所", 120, 80, "済", "○○○○"),
    ]),
    ("山間地区", [
        ("S-13", "旧杉谷小学校", "指定避難所", 300, 200, "未", "×××○"),
        ("S-14", "杉谷集会所", "指定避難所", 60, 40, "未", "○×○×"),
    ]),
]
SHELTERS = [s for _, ss in DISTRICTS for s in ss]
DISTRICT_OF = {s[0]: d for d, ss in DISTRICTS for s in ss}
SNAME = {s[0]: s[1] for s in SHELTERS}
CHECK_ITEMS = ["非常用電源", "給水設備", "多目的トイレ", "防災行政無線"]

# html 訓練: (訓練番号, 実施日 (y, m, d), 訓練名, 種別, 会場 (避難所番号 or None=市役所), 参加者数)
DRILLS = [
    ("T-01", (2023, 6, 18), "北部地区住民避難訓練", "地区訓練", "S-01", 210),
    ("T-02", (2023, 9, 3), "市総合防災訓練", "総合防災訓練", "S-07", 850),
    ("T-03", (2023, 11, 12), "南部地区避難所開設訓練", "避難所開設訓練", "S-10", 95),
    ("T-04", (2024, 2, 4), "災害対策本部図上訓練", "図上訓練", None, 60),
    ("T-05", (2024, 6, 16), "北部地区避難所開設訓練", "避難所開設訓練", "S-02", 120),
    ("T-06", (2024, 9, 1), "市総合防災訓練", "総合防災訓練", "S-05", 920),
    ("T-07", (2024, 10, 20), "福祉避難所開設訓練", "避難所開設訓練", "S-08", 45),
    ("T-08", (2024, 12, 8), "山間地区孤立想定訓練", "地区訓練", "S-13", 70),
    ("T-09", (2025, 2, 9), "冬季避難所開設訓練", "避難所開設訓練", "S-06", 130),
    ("T-10", (2025, 3, 16), "災害対策本部図上訓練", "図上訓練", None, 55),
    ("T-11", (2025, 5, 25), "北部地区住民避難訓練", "地区訓練", "S-01", 240),
]

# docx 委員意見: (番号, 委員, 関連 (避難所番号/品目番号 or －), 区分, 意見の要旨, 事務局の回答)
MEMBERS = {
    "田村委員": "田村委員（市消防団長）",
    "岡本委員": "岡本委員（市社会福祉協議会）",
    "森委員": "森委員（女性防災リーダー会）",
    "小西委員": "小西委員（自治会連合会）",
    "石井委員": "石井委員（学識経験者）",
}
OPINIONS = [
    (1, "田村委員", "S-13", "指摘",
     "旧杉谷小学校は非常用電源・給水設備・多目的トイレがいずれも×であり、山間地区が孤立した場合に避難所として機能しない。優先して整備すべきである。",
     "令和７年度に可搬型発電機と組立式水槽を配備し、令和８年度に多目的トイレを改修する。"),
    (2, "岡本委員", "S-03", "要望",
     "北部地区センターは見直し後の収容人数が５５人となり、地区の要配慮者数に対して不足する。",
     "民間の社会福祉施設との協定により、福祉避難所を２か所追加指定する方向で調整している。"),
    (3, "森委員", "B-08", "指摘",
     "生理用品の充足率は改善したが、なお目標の３分の２程度にとどまっている。",
     "令和７年度に３，０００個を追加購入し、目標数量を達成する予定である。"),
    (4, "小西委員", "－", "意見",
     "訓練の参加者が高齢者に偏っており、若い世代や子育て世帯の参加が少ない。",
     "令和７年度は休日の午前に、親子で参加できるプログラムを取り入れる。"),
    (5, "石井委員", "B-12", "指摘",
     "間仕切りの充足率が５割に満たず、避難所でのプライバシー確保が不十分である。",
     "令和７年度に３６０張を購入する予算を計上している。"),
    (6, "森委員", "B-04", "要望",
     "乳児用液体ミルクが南部防災倉庫と山間備蓄庫に備蓄されていない。",
     "令和７年度の更新にあわせて、南部と山間にも分散して備蓄する。"),
    (7, "石井委員", "S-09", "指摘",
     "中央公民館は耐震化が未実施であり、指定避難所として指定し続けることは適当でない。",
     "令和８年度に指定の解除を含めて検討する。"),
    (8, "田村委員", "B-10", "意見",
     "発電機は目標数量を上回っているが、燃料の備蓄量が把握されていない。",
     "燃料は市内給油所との協定により調達することとしているが、備蓄量の把握方法を検討します。"),
    (9, "岡本委員", "S-12", "評価",
     "県立楸ヶ岬支援学校との協定により福祉避難所が確保されたことは評価できる。",
     "引き続き、県と連携して開設訓練を実施する。"),
    (10, "小西委員", "S-11", "要望",
     "南部コミュニティセンターは耐震化が未実施で、給水設備と非常用電源も×である。地区住民が不安を感じている。",
     "耐震診断を令和７年度に実施し、結果を踏まえて対応を検討します。"),
    (11, "石井委員", "－", "提言",
     "賞味期限が近い備蓄食料を訓練で配布するなど、ローリングストックの考え方を取り入れるべきである。",
     "令和６年度から、期限の近い備蓄食料を訓練参加者に配布している。"),
    (12, "森委員", "S-06", "評価",
     "令和７年２月の冬季避難所開設訓練は、暖房や段ボールベッドの設営を体験でき、有意義であった。",
     "冬季の訓練を毎年度実施する方向で検討します。"),
]


# ------------------------------------------------------------------ xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "品目別備蓄状況"
    ws["A1"] = f"{CITY} 防災備蓄品の備蓄状況（令和７年３月３１日現在）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "資料：危機管理課"
    ws.cell(4, 1, "品目番号")
    ws.cell(4, 2, "品目名")
    ws.cell(4, 3, "単位")
    ws.cell(4, 4, "拠点別の保管数量")
    for i, b in enumerate(BASES):
        ws.cell(5, 4 + i, b)
    ws.cell(4, 8, "合計")
    ws.cell(4, 9, "目標数量")
    ws.cell(4, 10, "充足率（％）")
    for i, y in enumerate(["令和４年度末", "令和５年度末", "令和６年度末"]):
        ws.cell(5, 10 + i, y)
    for col in (1, 2, 3, 8, 9):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=7)
    ws.merge_cells(start_row=4, start_column=10, end_row=4, end_column=12)
    r = 6
    for g, its in ITEM_GROUPS:
        ws.cell(r, 1, f"【{g}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for it in its:
            code, name, unit, q, target, r4, r5 = it
            vals = [code, name, unit] + [x if x else "－" for x in q] + [total(it), target, r4, r5, rate(it)]
            for i, v in enumerate(vals, 1):
                ws.cell(r, i, v)
            r += 1
    r += 1
    for note in ["※１　充足率は、各年度末の合計数量を目標数量で除したものである（小数点第２位を四捨五入）。",
                 "※２　「－」は当該拠点に備蓄していないことを示す。",
                 "※３　目標数量は「楸ヶ岬市防災備蓄計画」（令和５年３月改定）による。",
                 "※４　品目ごとに単位が異なるため、区分ごとの計は表示していない。"]:
        ws.cell(r, 1, note)
        r += 1
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["B"].width = 26

    ws2 = wb.create_sheet("期限管理")
    ws2["A1"] = "食料・飲料水の賞味期限一覧（令和７年３月３１日現在）"
    ws2.append([])
    ws2.append(["管理番号", "品目番号", "品目名", "保管拠点", "数量", "賞味期限"])
    for code, item, base, qty, exp, _ in LOTS:
        ws2.append([code, item, ITEM_NAME[item], base, qty, exp])
    ws2.append([])
    ws2.append(["※　賞味期限は納品時の表示のまま記載している（和暦・西暦が混在）。期限の６か月前までに入替えを行い、入替え分は訓練での配布等に活用する。"])
    ws2.column_dimensions["C"].width = 20
    ws2.column_dimensions["D"].width = 14
    wb.save(DOCS / "防災備蓄品 備蓄状況一覧（令和６年度末）.xlsx")


# ------------------------------------------------------------------ pdf
def make_pdf():
    from fpdf import FPDF

    title = f"{CITY}指定避難所等の見直し計画（令和７年３月）"

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

    before = sum(s[3] for s in SHELTERS)
    after = sum(s[4] for s in SHELTERS)
    h("１　見直しの目的")
    p("令和６年能登半島地震では、避難所の過密や生活環境の悪化が課題となった。本市においても、避難所の生活環境を確保するため、"
      "指定避難所等の収容人数の算定基準と施設の状況を見直すこととした。")
    h("２　収容人数の算定基準の見直し")
    p("これまで避難者１人当たりの面積を２㎡として収容人数を算定していたが、間仕切りや段ボールベッドの設置を前提に、"
      "１人当たり３㎡に見直した。この結果、指定避難所等１４か所の収容人数の合計は"
      f"{num(before)}人から{num(after)}人に減少し、想定避難者数８，６００人に対して"
      f"{num(8600 - after)}人分が不足する。不足分は、民間施設との協定や在宅避難・縁故避難の周知により確保する。")
    p("なお、指定緊急避難場所（北浜公園）は屋外のため、算定基準の見直しの対象外とした。")
    h("３　避難所別の収容人数")
    p("表１に、避難所別の見直し前後の収容人数を示す。耐震化欄の「未」は、昭和５６年以前の旧耐震基準で建築され、"
      "耐震改修が未実施の施設である。")
    pdf.ln(42)
    cols = [("避難所番号", 24), ("名称", 52), ("施設区分", 36), ("見直し前", 24), ("見直し後", 24), ("耐震化", 20)]

    def head(cont=False):
        pdf.set_font("ipa", size=9)
        pdf.cell(0, 7, "表１　避難所別収容人数" + ("（続き）" if cont else ""), new_x="LMARGIN", new_y="NEXT")
        x0 = pdf.get_x()
        y0 = pdf.get_y()
        for t, w in cols[:3]:
            pdf.cell(w, 14, t, border=1, align="C")
        pdf.cell(48, 7, "収容人数", border=1, align="C")
        pdf.cell(20, 14, "耐震化", border=1, align="C")
        pdf.set_xy(x0 + 112, y0 + 7)
        pdf.cell(24, 7, "見直し前", border=1, align="C")
        pdf.cell(24, 7, "見直し後", border=1, align="C")
        pdf.set_xy(x0, y0 + 14)
        pdf.cell(112, 6, "", border=1)
        pdf.cell(24, 6, "（人）", border=1, align="C")
        pdf.cell(24, 6, "（人）", border=1, align="C")
        pdf.cell(20, 6, "", border=1)
        pdf.ln()

    head()
    tw = sum(w for _, w in cols)
    for d, ss in DISTRICTS:
        rows = [("group", f"【{d}】")] + [("row", s) for s in ss] + [("sub", ss)]
        for kind, x in rows:
            if pdf.get_y() > 262:
                pdf.add_page()
                head(True)
            pdf.set_font("ipa", size=9)
            if kind == "group":
                pdf.cell(tw, 7, x, border=1)
            elif kind == "sub":
                pdf.cell(112, 7, f"{d}　計（{fw(len(x))}か所）", border=1, align="R")
                pdf.cell(24, 7, num(sum(s[3] for s in x)), border=1, align="R")
                pdf.cell(24, 7, num(sum(s[4] for s in x)), border=1, align="R")
                pdf.cell(20, 7, "", border=1)
            else:
                code, name, cls, b, a, eq, _ = x
                for val, (_, w), al in zip([code, name, cls, num(b), num(a), eq], cols, "CLLRRC"):
                    pdf.cell(w, 7, val, border=1, align=al)
            pdf.ln()
    pdf.set_font("ipa", size=9)
    pdf.cell(112, 7, f"合計（{fw(len(SHELTERS))}か所）", border=1, align="R")
    pdf.cell(24, 7, num(before), border=1, align="R")
    pdf.cell(24, 7, num(after), border=1, align="R")
    pdf.cell(20, 7, "", border=1)
    pdf.ln()
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　北浜公園（S-04）は屋外の指定緊急避難場所であり、耐震化の対象外（「－」）である。",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # two tables on one page
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 7, "表２　施設区分別の集計", new_x="LMARGIN", new_y="NEXT")
    for t, w in [("施設区分", 50), ("か所数", 25), ("見直し前（人）", 35), ("見直し後（人）", 35)]:
        pdf.cell(w, 7, t, border=1, align="C")
    pdf.ln()
    for cls in ["指定避難所", "福祉避難所", "指定緊急避難場所"]:
        ss = [s for s in SHELTERS if s[2] == cls]
        for v, w, al in [(cls, 50, "L"), (fw(len(ss)), 25, "R"), (num(sum(s[3] for s in ss)), 35, "R"),
                         (num(sum(s[4] for s in ss)), 35, "R")]:
            pdf.cell(w, 7, v, border=1, align=al)
        pdf.ln()
    pdf.ln(4)
    pdf.cell(0, 7, "表３　耐震化の状況", new_x="LMARGIN", new_y="NEXT")
    for t, w in [("区分", 50), ("か所数", 25), ("避難所番号", 70)]:
        pdf.cell(w, 7, t, border=1, align="C")
    pdf.ln()
    for lab, key in [("耐震化済", "済"), ("耐震化未実施", "未"), ("対象外", "－")]:
        ss = [s for s in SHELTERS if s[5] == key]
        for v, w, al in [(lab, 50, "L"), (fw(len(ss)), 25, "R"), ("、".join(s[0] for s in ss), 70, "L")]:
            pdf.cell(w, 7, v, border=1, align=al)
        pdf.ln()
    pdf.ln(3)
    h("４　今後の取組")
    p("耐震化が未実施の４施設のうち、中央公民館は令和８年度に指定の解除を含めて検討し、南部コミュニティセンターは"
      "令和７年度に耐震診断を行う。旧杉谷小学校と杉谷集会所は、山間地区の孤立に備え、非常用電源と給水設備の整備を優先する。"
      "また、福祉避難所を令和８年度までに２か所追加指定し、５か所とすることを目指す。")
    pdf.output(str(DOCS / f"{CITY}指定避難所等の見直し計画（令和７年３月）.pdf"))


# ------------------------------------------------------------------ docx
def make_docx():
    from docx import Document

    d = Document()
    d.add_heading(f"令和６年度第２回{CITY}防災会議　議事概要", level=1)
    d.add_paragraph("日時：令和７年２月２０日（木）午後２時～午後４時")
    d.add_paragraph("場所：市役所本庁舎３階 大会議室")
    d.add_paragraph("出席：委員１８名（定数２２名）、事務局（危機管理課）５名")
    d.add_heading("１　議題", level=2)
    for t in ["（１）防災備蓄品の備蓄状況について（資料１）",
              "（２）指定避難所等の点検結果について（資料２）",
              "（３）指定避難所等の見直し計画（案）について（資料３）"]:
        d.add_paragraph(t, style="List Number")
        if t.startswith("（２）"):
            # 資料２ as a table nested inside a one-cell frame table under the list item
            outer = d.add_table(rows=1, cols=1)
            outer.style = "Table Grid"
            cell = outer.rows[0].cells[0]
            cell.text = "資料２　令和６年度 指定避難所等の点検結果（○：良好　×：要改善　－：対象外）"
            inner = cell.add_table(rows=1, cols=6)
            inner.style = "Table Grid"
            for c, s in zip(inner.rows[0].cells, ["避難所番号", "名称"] + CHECK_ITEMS):
                c.text = s
            for s in SHELTERS:
                r = inner.add_row().cells
                marks = list(s[6]) if s[6] else ["－"] * 4
                for c, v in zip(r, [s[0], s[1]] + marks):
                    c.text = v
            cell.add_paragraph("※　点検は令和６年１１月から１２月に危機管理課と施設所管課が合同で実施した。")
    d.add_heading("２　事務局説明の要旨", level=2)
    d.add_paragraph("事務局から、令和６年度末の備蓄品の充足率、避難所の点検結果及び見直し計画（案）について説明した。"
                    "点検で×となった項目は延べ" + fw(sum(s[6].count("×") for s in SHELTERS if s[6])) + "項目であり、令和７年度から３か年で改善する。")
    d.add_heading("３　委員の意見及び事務局の回答", level=2)
    d.add_paragraph("関連欄には、意見が対象とする避難所番号（S-）又は品目番号（B-）を記載した（特定のものがない場合は「－」）。")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["番号", "委員", "関連", "意見の要旨", "事務局の回答"]):
        c.text = s
    for n, who, rel, kind, text, ans in OPINIONS:
        r = t.add_row().cells
        for c, s in zip(r, [fw(n), MEMBERS[who], rel, f"〔{kind}〕{text}", ans]):
            c.text = s
    d.add_heading("４　その他", level=2)
    d.add_paragraph("次回の防災会議は令和７年７月に開催し、地域防災計画の修正案を審議する予定である。")
    d.save(DOCS / f"令和６年度第２回防災会議 議事概要.docx")


# ------------------------------------------------------------------ html
def wdate(y, m, d):
    return f"令和{fw(y - 2018)}年{fw(m)}月{fw(d)}日"


def make_html():
    h = ["<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>防災訓練の実施状況｜"
         f"{CITY}</title></head><body>\n",
         "<nav><ol><li>ホーム</li><li>防災・安全</li><li>防災訓練</li></ol></nav>\n",
         "<h1>防災訓練の実施状況</h1>\n",
         "<p>市では、市民の皆さんと一緒に、総合防災訓練や避難所開設訓練などを行っています。"
         "令和５年６月以降の訓練の実施状況をお知らせします。</p>\n",
         "<h2>訓練の実施状況</h2>\n<table border=\"1\">\n<caption>訓練一覧（実施日順）</caption>\n",
         "<thead><tr><th scope=\"col\">訓練番号</th><th scope=\"col\">実施日</th><th scope=\"col\">訓練名</th>"
         "<th scope=\"col\">種別</th><th scope=\"col\">会場</th><th scope=\"col\">参加者数</th></tr></thead>\n<tbody>\n"]
    for code, (y, m, dd), name, kind, venue, n in DRILLS:
        v = f"{SNAME[venue]}（{venue}）" if venue else "市役所本庁舎"
        h.append(f"<tr><th scope=\"row\">{code}</th><td>{wdate(y, m, dd)}</td><td>{name}</td><td>{kind}</td>"
                 f"<td>{v}</td><td>{num(n)}人</td></tr>\n")
    h += ["</tbody>\n</table>\n",
          "<p>※ 参加者数には、市職員及び防災関係機関の参加者を含みます。</p>\n",
          "<h2>種別ごとの実施回数</h2>\n<table border=\"1\">\n",
          "<tr><th scope=\"col\">種別</th><th scope=\"col\">実施回数</th><th scope=\"col\">参加者数の計</th></tr>\n"]
    for kind in ["総合防災訓練", "避難所開設訓練", "地区訓練", "図上訓練"]:
        ds = [x for x in DRILLS if x[3] == kind]
        h.append(f"<tr><th scope=\"row\">{kind}</th><td>{fw(len(ds))}回</td><td>{num(sum(x[5] for x in ds))}人</td></tr>\n")
    h += ["</table>\n",
          "<h2>避難所開設キットの配備</h2>\n<table border=\"1\">\n",
          "<tr><th scope=\"col\">配備年度</th><th scope=\"col\">配備した避難所</th><th scope=\"col\">か所数</th></tr>\n",
          "<tr><th scope=\"row\">令和５年度</th><td>北部小学校、中央小学校、南部小学校、市民体育館</td><td>４か所</td></tr>\n",
          "<tr><th scope=\"row\">令和６年度</th><td>北部中学校、楸ヶ岬中学校、旧杉谷小学校</td><td>３か所</td></tr>\n",
          "</table>\n",
          "<h2>訓練に参加するには</h2>\n<dl>\n",
          "<dt>申込み</dt><dd>地区訓練は自治会を通じてお申し込みください。総合防災訓練は申込み不要です。</dd>\n",
          "<dt>持ち物</dt><dd>動きやすい服装、飲み物、マスク</dd>\n",
          "<dt>備蓄食料の配布</dt><dd>訓練参加者には、賞味期限の近い備蓄食料（アルファ化米・クラッカー）をお配りしています。"
          "令和６年度は訓練で延べ１，２００食を配布しました。</dd>\n",
          "<dt>問合せ先</dt><dd>危機管理課 防災係（電話 ０４８９－２２－３１１０）</dd>\n</dl>\n",
          "</body></html>\n"]
    (DOCS / f"防災訓練の実施状況｜{CITY}.html").write_text("".join(h), encoding="utf-8")


# ------------------------------------------------------------------ txt
def make_txt():
    before = sum(s[3] for s in SHELTERS)
    after = sum(s[4] for s in SHELTERS)
    lines = [f"{CITY}防災備蓄計画 見直しの概要（令和７年３月　危機管理課）", "",
             "【見直しの背景】",
             "・本市の人口は４７，８２０人（令和７年３月末）である。",
             "・県の被害想定（楸ヶ岬断層帯地震）による本市の最大避難者数は８，６００人である。",
             "・令和６年能登半島地震を踏まえ、女性・乳幼児・要配慮者の視点から品目を点検した。",
             "",
             "【備蓄目標の考え方】",
             "・食料・飲料水は、最大避難者数の１日分を市が備蓄し、２日分以上は家庭での備蓄を呼びかける。",
             "・避難所への避難者を約４，８００人と見込み、飲料水は１人１日３リットル（５００ｍｌ換算で６本）の１日分、２８，８００本を目標とする。",
             "・簡易トイレは１人１日５回、３日分の使用を見込む。",
             "・ペット用品は市では備蓄せず、飼い主による備蓄（５日分以上）を呼びかける。",
             "",
             "【令和６年度末の状況】",
             "・備蓄１２品目のうち、充足率が１００％以上の品目は４品目である。",
             "・充足率が最も低いのは間仕切り（パーティション）の４８．６％である。",
             "・令和６年度に賞味期限を迎えた備蓄食料は４，２００食で、うち１，２００食を訓練で配布し、残りはフードバンクに寄贈した。",
             f"・指定避難所等の収容人数は、１人当たり面積の見直しにより{num(before)}人から{num(after)}人となった。",
             "",
             "【今後の予定】",
             "・令和７年度：間仕切り３６０張、生理用品３，０００個、段ボールベッド１２０台を購入する。",
             "・令和７年度：乳児用液体ミルクを南部防災倉庫・山間備蓄庫にも分散配置する。",
             "・令和８年度：中央公民館（S-09）の指定避難所の解除を含めて検討する。",
             "・令和９年度末までに、全１２品目の充足率１００％を目指す。",
             ""]
    (DOCS / "防災備蓄計画 見直しの概要.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for f in sorted(DOCS.iterdir()):
        print(f"{f.stat().st_size:>8}  {f.name}")
