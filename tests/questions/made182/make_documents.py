"""Generate docs/ for made182 — 萩ヶ崎市 市税等の収納対策（令和３～６年度）.

Run: /work/main/.venv/bin/python make_documents.py
The data below is also imported by verify.py.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "萩ヶ崎市"
YEARS = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]

# 税目: name, group, R6 現年 調定額(千円), 現年 収納率 R3..R6, R6 滞納繰越 調定額(千円) or None, 滞繰 収納率 R3..R6 or None
TAXES = [
    ("個人市民税", "市税", 6842315, (98.9, 99.0, 99.1, 99.2), 215430, (27.5, 29.8, 31.2, 33.6)),
    ("法人市民税", "市税", 1524880, (99.6, 99.7, 99.5, 99.8), 18240, (35.0, 28.4, 41.3, 38.7)),
    ("固定資産税", "市税", 7215600, (98.7, 98.9, 99.0, 99.1), 312770, (24.1, 25.6, 27.9, 30.4)),
    ("軽自動車税", "市税", 286410, (97.8, 98.1, 98.4, 98.6), 21580, (30.2, 31.5, 30.9, 34.2)),
    ("市たばこ税", "市税", 612300, (100.0, 100.0, 100.0, 100.0), None, None),
    ("国民健康保険税", "国民健康保険税", 3104220, (93.6, 94.1, 94.8, 95.3), 1086500, (18.2, 19.6, 21.4, 23.9)),
    ("介護保険料", "保険料", 1957040, (98.4, 98.5, 98.3, 98.6), 58310, (15.8, 17.2, 16.9, 18.5)),
    ("後期高齢者医療保険料", "保険料", 1108660, (99.2, 99.3, 99.4, 99.3), 12480, (42.1, 44.8, 47.3, 45.0)),
]
GROUPS = [("市税", "【市税】"), ("国民健康保険税", "【国民健康保険税】"), ("保険料", "【介護保険料・後期高齢者医療保険料】")]
# 市税計 rates printed for R3..R5 (R6 computed from the amounts)
CITYTAX_RATES = {"現年": (98.9, 99.0, 99.1), "滞繰": (25.8, 27.4, 29.3)}


def income(chotei: int, rate: float) -> int:
    return round(chotei * rate / 100)


def r1(x: float) -> float:
    return float(f"{x + 1e-9:.1f}")


def amounts(t):
    """(現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入) for R6; 滞繰 None -> 0."""
    gc = t[2]
    gi = income(gc, t[3][3])
    tc = t[4] or 0
    ti = income(tc, t[5][3]) if t[4] else 0
    return gc, gi, tc, ti


# 税目別の滞納処分（令和６年度）: 差押件数, 執行停止件数, 不納欠損額(千円); None = 「－」
DISPOSAL = {
    "個人市民税": (402, 96, 24310), "法人市民税": (15, 8, 1850), "固定資産税": (318, 71, 17620),
    "軽自動車税": (96, 35, 2140), "市たばこ税": (None, None, None), "国民健康保険税": (388, 131, 38470),
    "介護保険料": (52, 22, 3150), "後期高齢者医療保険料": (16, 8, 720),
}

# 滞納処分等の推移 (txt): 年度, 差押件数, 差押金額(千円), 執行停止件数, 不納欠損額(千円)
HISTORY = [
    ("令和２年度", 812, 185420, 356, 98720),
    ("令和３年度", 905, 201330, 402, 104310),
    ("令和４年度", 1034, 236870, 388, 92580),
    ("令和５年度", 1126, 248950, 415, 96140),
    ("令和６年度", 1287, 271640, 371, 88260),
]

POLICIES = {1: "納付しやすい環境づくり", 2: "早期の納付勧奨と滞納整理の強化", 3: "収納体制の強化と債権管理の連携"}
# 取組: no, policy, name, 担当課, 開始年度, grades R4, R5, R6 ("－" = not yet started)
PRACTICES = [
    (1, 1, "口座振替の加入促進（Web口座振替受付）", "納税課", "令和２年度", "Ｂ", "Ｂ", "Ａ"),
    (2, 1, "コンビニ納付の対象税目拡大", "納税課", "平成２８年度", "Ａ", "Ａ", "Ａ"),
    (3, 1, "スマートフォン決済アプリ納付の導入", "納税課", "令和５年度", "－", "Ｂ", "Ａ"),
    (4, 1, "地方税統一ＱＲコードの活用", "納税課", "令和５年度", "－", "Ａ", "Ａ"),
    (5, 1, "介護保険料・後期高齢者医療保険料のキャッシュレス納付", "介護保険課", "令和６年度", "－", "－", "Ｂ"),
    (6, 2, "納期限後の電話催告（納付案内センター）", "収税課", "令和元年度", "Ｂ", "Ａ", "Ａ"),
    (7, 2, "督促状・催告書の早期発送", "収税課", "平成３０年度", "Ａ", "Ａ", "Ｂ"),
    (8, 2, "財産調査の徹底と差押えの強化", "収税課", "平成２９年度", "Ｂ", "Ｂ", "Ａ"),
    (9, 2, "インターネット公売の実施", "収税課", "令和３年度", "Ｃ", "Ｂ", "Ｂ"),
    (10, 2, "執行停止・不納欠損の適正な運用", "収税課", "平成２９年度", "Ｂ", "Ｃ", "Ｂ"),
    (11, 2, "国保税滞納世帯への納付相談の強化", "国保年金課", "令和２年度", "Ｃ", "Ｃ", "Ｃ"),
    (12, 3, "徴収職員の研修と県との併任徴収", "収税課", "令和２年度", "Ａ", "Ｂ", "Ａ"),
    (13, 3, "債権管理条例に基づく庁内連携", "財政課", "令和３年度", "Ｃ", "Ｃ", "Ｂ"),
    (14, 3, "滞納者の生活再建支援（福祉部門との連携）", "生活福祉課", "令和５年度", "－", "Ｂ", "Ｂ"),
    (15, 3, "収納管理システムの更新", "情報政策課", "令和４年度", "Ｂ", "Ｃ", "Ｄ"),
    (16, 3, "県滞納整理機構への事案引継ぎ", "収税課", "平成２７年度", "Ａ", "Ａ", "Ａ"),
]
GRADE_ORDER = {"Ａ": 4, "Ｂ": 3, "Ｃ": 2, "Ｄ": 1}

# 基本方針別評価 (docx): policy -> R4, R5, R6
POLICY_GRADES = {1: ("Ｂ", "Ａ", "Ａ"), 2: ("Ｂ", "Ｂ", "Ａ"), 3: ("Ｃ", "Ｂ", "Ｂ")}

# 本部員意見 (docx): no, speaker, related 取組 or None, text, 対応課
OPINIONS = [
    (1, "市民部長", 3, "スマートフォン決済アプリによる納付件数が大きく伸びている。決済手数料の負担も増えているため、費用対効果を検証されたい。", "納税課"),
    (2, "健康福祉部長", 5, "介護保険料のキャッシュレス納付は、高齢の被保険者への周知が重要である。広報紙や通知書の同封チラシで丁寧に周知すること。", "介護保険課"),
    (3, "副市長（本部長）", 8, "差押件数は増えているが、換価に至らない物件が多い。インターネット公売と一体で進めること。", "収税課"),
    (4, "総務部長", 12, "県との併任徴収で得たノウハウを、課内研修を通じて若手職員に還元されたい。", "収税課"),
    (5, "財政部長", 13, "債権管理条例に基づく滞納情報の共有が十分でない。保育料や市営住宅使用料など税以外の債権にも広げること。", "財政課"),
    (6, "健康福祉部長", 14, "生活に困窮している滞納者を福祉の相談窓口につなぐ仕組みは有効である。つないだ件数を指標として把握すること。", "生活福祉課"),
    (7, "上下水道部長", None, "水道料金と市税の納付窓口を一本化できないか、コンビニ収納代行の契約の共同化も含めて検討したい。", "納税課"),
    (8, "市民部長", 11, "国民健康保険税の滞納繰越分の収納率は、他の税目と比べて低い水準にある。納付相談の機会を増やすこと。", "国保年金課"),
    (9, "総務部長", 15, "収納管理システムの更新が遅れている。令和８年度の稼働に向けてスケジュールを再点検すること。", "情報政策課"),
    (10, "教育部長", None, "学校給食費の公会計化に伴い、給食費の収納も本部の対象に加えることを検討されたい。", "財政課"),
    (11, "副市長（本部長）", 10, "執行停止は財産調査を尽くしたうえで判断し、安易に不納欠損とならないよう注意すること。", "収税課"),
    (12, "財政部長", 6, "納付案内センターの電話で納付を約束した者について、約束どおり納付されたかの確認を徹底すること。", "収税課"),
]

# 納付方法 (html): 税目 -> 口座振替, 窓口, コンビニ, スマホ決済, クレジット, 統一QR
METHODS = ["口座振替", "金融機関・市役所窓口", "コンビニエンスストア", "スマートフォン決済アプリ", "クレジットカード", "地方税統一ＱＲコード"]
AVAILABLE = {
    "個人市民税": "○○○○○○",
    "法人市民税": "－○－－－○",
    "固定資産税": "○○○○○○",
    "軽自動車税": "○○○○○○",
    "国民健康保険税": "○○○○○－",
    "介護保険料": "○○○－－－",
    "後期高齢者医療保険料": "○○○－－－",
}
# 納付方法別の納付件数 (html): method -> R4, R5, R6 (None = 「－」, not yet available)
COUNTS = {
    "口座振替": (412380, 405120, 398650),
    "金融機関・市役所窓口": (168540, 149210, 128730),
    "コンビニエンスストア": (142650, 151880, 158420),
    "スマートフォン決済アプリ": (None, 18320, 36940),
    "クレジットカード": (9870, 12450, 15680),
    "地方税統一ＱＲコード": (None, 6210, 14530),
}

FW = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def fw(x) -> str:
    return str(x).translate(FW)


def comma(n) -> str:
    return "－" if n is None else f"{n:,}"


def rate(i, c) -> float:
    return r1(100 * i / c) if c else None


def cashless_share() -> str:
    keys = ["コンビニエンスストア", "スマートフォン決済アプリ", "クレジットカード", "地方税統一ＱＲコード"]
    tot = sum(v[2] for v in COUNTS.values())
    return f"{100 * sum(COUNTS[k][2] for k in keys) / tot:.1f}"


def citytax_r6():
    rows = [amounts(t) for t in TAXES if t[1] == "市税"]
    s = [sum(r[k] for r in rows) for k in range(4)]
    return s


# ---------------------------------------------------------------- xlsx
def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "税目別収納状況（R6）"
    ws["A1"] = "令和６年度　市税等の税目別収納状況（決算）"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:J1")
    ws["A2"] = "萩ヶ崎市財務部納税課"
    ws["H2"] = "（単位：千円、％）"
    head1 = ["税目", "現年課税分", None, None, "滞納繰越分", None, None, "合計", None, None]
    head2 = [None, "調定額", "収入額", "収納率", "調定額", "収入額", "収納率", "調定額", "収入額", "収納率"]
    for c, v in enumerate(head1, 1):
        if v:
            ws.cell(4, c, v)
    for c, v in enumerate(head2, 1):
        if v:
            ws.cell(5, c, v)
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:D4")
    ws.merge_cells("E4:G4")
    ws.merge_cells("H4:J4")
    for r in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.alignment = center
            cell.border = border
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    grand = [0, 0, 0, 0]

    def put(row, label, a, fill=None, bold=False):
        gc, gi, tc, ti = a
        vals = [label, gc, gi, rate(gi, gc), tc if tc else "－", ti if tc else "－", rate(ti, tc) if tc else "－",
                gc + tc, gi + ti, rate(gi + ti, gc + tc)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            cell.border = border
            if isinstance(v, int):
                cell.number_format = "#,##0"
            elif isinstance(v, float):
                cell.number_format = "0.0"
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
            if bold:
                cell.font = Font(bold=True)

    for g, label in GROUPS:
        members = [t for t in TAXES if t[1] == g]
        if True:  # every group has its row, 【国民健康保険税】 too
            ws.cell(r, 1, label)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
        sub = [0, 0, 0, 0]
        for t in members:
            a = amounts(t)
            put(r, t[0], a)
            sub = [x + y for x, y in zip(sub, a)]
            r += 1
        if g == "市税":
            put(r, "市税　計", sub, fill="FFF2CC", bold=True)
            r += 1
        elif g == "保険料":
            put(r, "保険料　計", sub, fill="FFF2CC", bold=True)
            r += 1
        grand = [x + y for x, y in zip(grand, sub)]
    put(r, "合計", grand, bold=True)
    r += 2
    for note in [
        "※１　収納率＝収入額÷調定額×１００（小数点以下第２位を四捨五入）。",
        "※２　市たばこ税は申告納付のため、滞納繰越分はない（「－」）。",
        "※３　個人市民税は普通徴収分と特別徴収分の合計。",
        "※４　「市税　計」「保険料　計」「合計」の行は税目ではない。",
    ]:
        ws.cell(r, 1, note)
        r += 1
    for i, w in enumerate([24, 14, 14, 9, 14, 14, 9, 14, 14, 9]):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("収納率の推移")
    ws2["A1"] = "税目別収納率の推移（令和３年度～令和６年度）"
    ws2["A1"].font = Font(size=13, bold=True)
    ws2.merge_cells("A1:I1")
    ws2["H2"] = "（単位：％）"
    ws2.cell(3, 1, "税目")
    ws2.cell(3, 2, "現年課税分")
    ws2.cell(3, 6, "滞納繰越分")
    for i, y in enumerate(YEARS):
        ws2.cell(4, 2 + i, y)
        ws2.cell(4, 6 + i, y)
    ws2.merge_cells("A3:A4")
    ws2.merge_cells("B3:E3")
    ws2.merge_cells("F3:I3")
    for rr in (3, 4):
        for c in range(1, 10):
            ws2.cell(rr, c).alignment = center
            ws2.cell(rr, c).border = border
            ws2.cell(rr, c).font = Font(bold=True)
    r = 5
    for t in TAXES:
        vals = [t[0], *t[3], *(t[5] or ("－",) * 4)]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(r, c, v)
            cell.border = border
            if isinstance(v, float):
                cell.number_format = "0.0"
        r += 1
        if t[0] == "市たばこ税":
            s = citytax_r6()
            vals = ["（市税計）", *CITYTAX_RATES["現年"], rate(s[1], s[0]), *CITYTAX_RATES["滞繰"], rate(s[3], s[2])]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(r, c, v)
                cell.border = border
                cell.fill = PatternFill("solid", fgColor="FFF2CC")
                if isinstance(v, float):
                    cell.number_format = "0.0"
            r += 1
    r += 1
    ws2.cell(r, 1, "※（市税計）は個人市民税から市たばこ税までの合計による収納率であり、税目ではない。")
    ws2.cell(r + 1, 1, "※令和６年度の数値は「税目別収納状況（R6）」シートと一致する。")
    ws2.column_dimensions["A"].width = 24
    wb.save(path)


# ---------------------------------------------------------------- pdf
def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, "萩ヶ崎市市税等収納対策推進本部　資料２", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=9)
            self.cell(0, 6, f"－ {self.page_no()} －", align="C")

    pdf = PDF(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 9, "萩ヶ崎市収納対策アクションプランの取組状況（令和６年度）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=9.5)
    pdf.multi_cell(0, 5.5,
                   "　萩ヶ崎市収納対策アクションプラン（令和４年度～令和７年度）に掲げた３つの基本方針・１６の取組について、"
                   "令和６年度の実施状況と担当課の自己評価を取りまとめた。あわせて、令和６年度の税目別の滞納処分の状況を示す。"
                   "評価はＡ（計画以上に進んでいる）、Ｂ（計画どおり）、Ｃ（やや遅れている）、Ｄ（遅れている）の４段階である。",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("ipa", size=10.5)
    pdf.cell(0, 7, "表１　税目別の滞納処分の状況（令和６年度）", new_x="LMARGIN", new_y="NEXT")
    w1 = [60, 35, 35, 40]
    pdf.set_font("ipa", size=8.5)
    pdf.set_fill_color(221, 235, 247)
    for w, h in zip(w1, ["税目", "差押件数（件）", "執行停止件数（件）", "不納欠損額（千円）"]):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln(7)
    tot = [0, 0, 0]
    for t in TAXES:
        d = DISPOSAL[t[0]]
        pdf.cell(w1[0], 6.5, t[0], border=1)
        for w, v in zip(w1[1:], d):
            pdf.cell(w, 6.5, comma(v), border=1, align="R")
        pdf.ln(6.5)
        tot = [a + (b or 0) for a, b in zip(tot, d)]
    pdf.cell(w1[0], 6.5, "合計", border=1, align="C")
    for w, v in zip(w1[1:], tot):
        pdf.cell(w, 6.5, comma(v), border=1, align="R")
    pdf.ln(8)
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 4.5, "※市たばこ税は申告納付であり、滞納処分の対象となる事案はなかった（「－」）。", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("ipa", size=10.5)
    pdf.cell(0, 7, "表２　取組別の実施状況と自己評価", new_x="LMARGIN", new_y="NEXT")
    widths = [14, 74, 24, 22, 15, 15, 16]

    def head():
        pdf.set_font("ipa", size=8)
        pdf.set_fill_color(221, 235, 247)
        x0, y0 = pdf.get_x(), pdf.get_y()
        for i, h in enumerate(["取組番号", "取組名", "担当課", "開始年度"]):
            pdf.set_xy(x0 + sum(widths[:i]), y0)
            pdf.cell(widths[i], 12, h, border=1, align="C", fill=True)
        xs = x0 + sum(widths[:4])
        pdf.set_xy(xs, y0)
        pdf.cell(sum(widths[4:]), 6, "自己評価", border=1, align="C", fill=True)
        for i, y in zip((4, 5, 6), ("令和４年度", "令和５年度", "令和６年度")):
            pdf.set_xy(x0 + sum(widths[:i]), y0 + 6)
            pdf.cell(widths[i], 6, y, border=1, align="C", fill=True)
        pdf.set_xy(x0, y0 + 12)

    head()
    current = None
    for p in PRACTICES:
        if pdf.get_y() > 262:
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "表２　取組別の実施状況と自己評価（続き）", new_x="LMARGIN", new_y="NEXT")
            head()
        if p[1] != current:
            current = p[1]
            pdf.set_font("ipa", size=8.5)
            pdf.set_fill_color(242, 242, 242)
            pdf.cell(sum(widths), 7.5, f"基本方針{fw(current)}　{POLICIES[current]}", border=1, fill=True,
                     new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("ipa", size=8)
        vals = [str(p[0]), p[2], p[3], p[4], p[5], p[6], p[7]]
        for i, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 8, v, border=1, align="L" if i in (1, 2) else "C")
        pdf.ln(8)
    pdf.ln(2)
    pdf.set_font("ipa", size=8)
    for note in ["※１　「－」は当該年度に取組を開始していないため評価していないことを示す。",
                 "※２　取組番号１５（収納管理システムの更新）は、事業者選定の遅れにより稼働時期を令和８年度に延期した。",
                 "※３　自己評価は担当課が行い、推進本部において基本方針ごとの評価を行った（資料３参照）。"]:
        pdf.multi_cell(0, 4.5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------- docx
def make_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "ＭＳ 明朝"
    st.font.size = Pt(10.5)
    doc.add_heading("令和６年度第２回萩ヶ崎市市税等収納対策推進本部会議　結果概要", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("日時", "令和７年２月１９日（水）午前１０時００分～午前１１時３０分"),
                 ("場所", "萩ヶ崎市役所本庁舎３階　庁議室"),
                 ("出席者", "本部長（副市長）、本部員（総務部長、財務部長、市民部長、健康福祉部長、上下水道部長、教育部長）"),
                 ("事務局", "財務部納税課・収税課"),
                 ("資料", "資料１　令和６年度税目別収納状況\n資料２　収納対策アクションプランの取組状況\n資料３　基本方針別評価（案）")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    doc.add_heading("１　令和６年度の収納状況（報告）", level=2)
    doc.add_paragraph("　事務局から、令和６年度の市税の現年課税分収納率は９９．２％となり、３年連続で前年度を上回ったこと、"
                      "国民健康保険税の滞納繰越分収納率は２３．９％で、前年度から２．５ポイント上昇したことが報告された。")
    doc.add_heading("２　基本方針別の評価", level=2)
    doc.add_paragraph("　担当課の自己評価を踏まえ、基本方針ごとに次のとおり評価した（Ａ：順調、Ｂ：概ね順調、Ｃ：遅れがある）。")
    tb = doc.add_table(rows=2, cols=6)
    tb.style = "Table Grid"
    top = ["基本方針", "名称", "取組数", "本部評価", "", ""]
    for c, h in zip(tb.rows[0].cells, top):
        c.text = h
    for c, h in zip(tb.rows[1].cells, ["", "", "", "令和４年度", "令和５年度", "令和６年度"]):
        c.text = h
    m = tb.cell(0, 3).merge(tb.cell(0, 5))
    m.text = "本部評価"
    for i in range(3):
        mm = tb.cell(0, i).merge(tb.cell(1, i))
        mm.text = top[i]
    for pno, name in POLICIES.items():
        n = sum(1 for p in PRACTICES if p[1] == pno)
        c = tb.add_row().cells
        for cell, v in zip(c, [fw(pno), name, fw(n), *POLICY_GRADES[pno]]):
            cell.text = v
    doc.add_paragraph("　基本方針３は、取組番号１５の収納管理システムの更新に遅れがあるため、令和５年度に続きＢ評価とした。")
    doc.add_heading("３　本部員からの意見", level=2)
    doc.add_paragraph("　本部員から次の意見があり、担当課において対応することとした。")
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["番号", "発言者", "関連取組", "意見の要旨", "対応課"]):
        c.text = h
    for no, who, rel, text, sec in OPINIONS:
        c = tb.add_row().cells
        c[0].text = str(no)
        c[1].text = who
        c[2].text = f"取組{fw(rel)}" if rel else "－"
        c[3].text = text
        c[4].text = sec
    doc.add_paragraph("※関連取組は資料２の取組番号。「－」は特定の取組に関するものではない意見である。")
    doc.add_heading("４　今後の予定", level=2)
    doc.add_paragraph("　令和７年度は、アクションプランの最終年度として、市税の現年課税分収納率９９．３％、"
                      "滞納繰越額を令和６年度末から１割縮減することを目標とする。次回の本部会議は令和７年７月に開催する。")
    doc.add_paragraph("以上")
    doc.save(path)


# ---------------------------------------------------------------- html
def make_html(path: Path) -> None:
    ths = "".join(f"<th scope=\"col\">{m}</th>" for m in METHODS)
    rows1 = "\n".join(
        f"<tr><th scope=\"row\">{tax}</th>" + "".join(f"<td>{ch}</td>" for ch in marks) + "</tr>"
        for tax, marks in AVAILABLE.items())
    rows2 = []
    tot = [0, 0, 0]
    for m, vals in COUNTS.items():
        rows2.append(f"<tr><th scope=\"row\">{m}</th>" + "".join(f"<td>{fw(comma(v))}</td>" for v in vals) + "</tr>")
        tot = [a + (b or 0) for a, b in zip(tot, vals)]
    rows2.append("<tr class=\"total\"><th scope=\"row\">合計</th>" + "".join(f"<td>{fw(comma(v))}</td>" for v in tot) + "</tr>")
    rows2 = "\n".join(rows2)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>市税等の納付方法｜萩ヶ崎市</title></head>
<body>
<nav class="breadcrumb"><ol><li><a href="/">ホーム</a></li><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kurashi/zei/">税金</a></li><li>市税等の納付方法</li></ol></nav>
<main>
<h1>市税等の納付方法</h1>
<p class="update">更新日：令和７年４月１日</p>
<p>萩ヶ崎市では、市税等を便利に納めていただけるよう、口座振替のほか、コンビニエンスストアやスマートフォン決済アプリなどでの納付に対応しています。納期限までの納付にご協力ください。</p>
<h2>税目ごとの納付方法</h2>
<table border="1">
<caption>税目別の利用できる納付方法（○：利用可、－：利用不可）</caption>
<thead><tr><th scope="col">税目</th>{ths}</tr></thead>
<tbody>
{rows1}
</tbody>
</table>
<ul class="note">
<li>※個人市民税は普通徴収分（納付書で納める分）です。</li>
<li>※コンビニエンスストア・スマートフォン決済アプリで納付できるのは、バーコード付きの納付書で１枚３０万円以下のものに限ります。</li>
<li>※スマートフォン決済アプリは令和５年４月から、介護保険料・後期高齢者医療保険料のコンビニ納付は令和６年４月から利用できます。</li>
<li>※クレジットカード納付には、納付額に応じたシステム利用料がかかります（１万円までごとに８８円）。</li>
</ul>
<h2>納付方法別の納付件数</h2>
<table border="1">
<caption>納付方法別の納付件数（単位：件）</caption>
<thead><tr><th scope="col">納付方法</th><th scope="col">令和４年度</th><th scope="col">令和５年度</th><th scope="col">令和６年度</th></tr></thead>
<tbody>
{rows2}
</tbody>
</table>
<p class="note">※「－」は当該年度にその納付方法を導入していなかったことを示します。件数は市税・国民健康保険税・介護保険料・後期高齢者医療保険料の合計です。</p>
<h2>納期限を過ぎると</h2>
<ul>
<li>納期限後２０日以内に督促状を送付します。督促手数料は１通につき１００円です。</li>
<li>納期限の翌日から納付の日までの日数に応じて延滞金がかかります。</li>
<li>督促状を送付しても納付がない場合は、財産調査のうえ、預貯金や給与などの差押えを行います。</li>
</ul>
<h2>納付が難しいときは</h2>
<p>災害や病気、失業などで一時に納めることが難しいときは、納期限までに収税課へご相談ください。分割納付や徴収猶予の制度があります。納付相談は毎月第２・第４土曜日（午前９時～正午）も受け付けています。</p>
<h2>お問い合わせ</h2>
<p>財務部　納税課（納付方法）電話：０１２３－６６－１２１０、収税課（納付相談）電話：０１２３－６６－１２２０</p>
</main>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt(path: Path) -> None:
    s = citytax_r6()
    lines = [
        "令和６年度　市税等収納対策の取組結果について",
        "",
        "令和７年５月",
        "萩ヶ崎市財務部収税課",
        "",
        "１　推進体制",
        "　本市では、平成２７年度に副市長を本部長とする「萩ヶ崎市市税等収納対策推進本部」を設置し、本部員６名（関係部長）",
        "と事務局（納税課・収税課）により、全庁的な収納対策を進めている。令和４年度からは「萩ヶ崎市収納対策アクション",
        "プラン」（計画期間：令和４年度～令和７年度）に基づき、３つの基本方針のもと１６の取組を実施している。",
        "",
        "２　収納率の状況",
        f"　令和６年度の市税の収納率は、現年課税分{fw(rate(s[1], s[0]))}％（前年度比０．１ポイント増）、滞納繰越分{fw(rate(s[3], s[2]))}％",
        "（同２．７ポイント増）となった。国民健康保険税は現年課税分９５．３％、滞納繰越分２３．９％で、いずれも過去最高である。",
        f"　令和６年度の市税の滞納繰越分の調定額は{fw(comma(s[2]))}千円、収入額は{fw(comma(s[3]))}千円であった。",
        "",
        "３　滞納処分等の状況",
        "　財産調査の徹底により差押件数は４年連続で増加し、令和６年度は１，２８７件となった。一方、執行停止件数は",
        "前年度から４４件減少した。",
        "",
        "　----------------------------------------------------------------------",
        "　年度　　　　　差押件数　　差押金額（千円）　　執行停止件数　　不納欠損額（千円）",
        "　----------------------------------------------------------------------",
    ]
    for y, a, b, c, d in HISTORY:
        lines.append(f"　{y:　<7}{fw(comma(a)):>8}件{fw(comma(b)):>16}{fw(comma(c)):>12}件{fw(comma(d)):>16}")
    lines += [
        "　----------------------------------------------------------------------",
        "　※令和２年度は、新型コロナウイルス感染症の影響による徴収猶予の特例（１７８件）を含まない。",
        "",
        "４　納付環境の整備",
        "　令和５年４月にスマートフォン決済アプリ納付と地方税統一ＱＲコードによる納付を開始した。令和６年度の",
        "スマートフォン決済アプリによる納付件数は３６，９４０件で、前年度の約２倍となった。コンビニエンスストアでの",
        f"納付を含めたキャッシュレス等の納付の割合は、全体の{fw(cashless_share())}％である。",
        "　また、口座振替の加入率は４６．２％で、Web口座振替受付サービスの利用は年間２，１１０件であった。",
        "",
        "５　今後の取組",
        "（１）令和７年度は、アクションプランの最終年度として、市税の現年課税分収納率９９．３％を目指す。",
        "（２）収納管理システムの更新は、稼働時期を令和８年度に延期したため、移行計画を見直す。",
        "（３）県滞納整理機構への事案引継ぎは、令和６年度に２４件を引き継いだ。引き続き高額・困難事案の引継ぎを行う。",
        "",
        "以上",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_xlsx(DOCS / "令和６年度市税等税目別収納状況.xlsx")
    make_pdf(DOCS / "資料２_収納対策アクションプランの取組状況（令和６年度）.pdf")
    make_docx(DOCS / "令和６年度第２回市税等収納対策推進本部会議_結果概要.docx")
    make_html(DOCS / "市税等の納付方法｜萩ヶ崎市.html")
    make_txt(DOCS / "令和６年度市税等収納対策の取組結果.txt")


if __name__ == "__main__":
    main()
