"""Generate docs/ for made181 — 柊ノ里町 公共施設省エネルギー推進計画（光熱水費の削減）.

Run: /work/main/.venv/bin/python make_documents.py
The data below is also imported by verify.py.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# facilities: 分類, 施設番号, 施設名, 延床面積㎡, 電気使用量(千kWh) 平成30年度(基準), 令和4, 令和5, 令和6 (None = 「－」), 水道・ガス等(千円/年)
FACILITIES = [
    ("庁舎等", "01", "本庁舎", 9850, 820, 742, 715, 688, 6200),
    ("庁舎等", "02", "北部支所", 1240, 96, 90, 92, 88, 610),
    ("庁舎等", "03", "防災センター", 2100, 150, 146, 151, 155, 980),
    ("教育施設", "04", "柊ノ里小学校", 6320, 210, 188, 179, 171, 3400),
    ("教育施設", "05", "東小学校", 5480, 165, 160, 158, 149, 2900),
    ("教育施設", "06", "西小学校", 3960, 98, 95, 99, 101, 2100),
    ("教育施設", "07", "柊ノ里中学校", 7850, 260, 231, 226, 219, 4100),
    ("社会教育・文化施設", "08", "中央公民館", 2680, 140, 121, 118, 112, 820),
    ("社会教育・文化施設", "09", "町民図書館", 2950, 175, 158, 150, 147, 700),
    ("社会教育・文化施設", "10", "文化ホール", 5600, 380, 330, 355, 342, 2600),
    ("スポーツ施設", "11", "町民体育館", 4200, 230, 205, 198, 206, 1500),
    ("スポーツ施設", "12", "町民プール", 3100, 520, None, 452, 430, 9800),
    ("福祉・保健施設", "13", "保健福祉センター", 4750, 310, 280, 271, 265, 2300),
    ("福祉・保健施設", "14", "老人福祉センター", 1820, 120, 118, 116, 119, 1900),
]
GROUPS = ["庁舎等", "教育施設", "社会教育・文化施設", "スポーツ施設", "福祉・保健施設"]
UNIT_PRICE = {"R5": 31.0, "R6": 32.5}  # 円/kWh (電気料金単価の想定、エネルギー価格の高騰)


def cost(f, year: str) -> int:
    """光熱水費（千円）: electricity (千kWh × 円/kWh) plus water/gas (same both years)."""
    kwh = f[6] if year == "R5" else f[7]
    other = f[8]
    return round(kwh * UNIT_PRICE[year]) + other


def reduction(f) -> float:
    """基準年度比削減率（％）, 令和６年度, one decimal (negative = increase, printed with ▲)."""
    return round((f[4] - f[7]) / f[4] * 100 + 1e-9, 1)


# 省エネ診断 (html): 施設番号 -> (診断年度, 判定, 推奨対策, 削減見込量 千kWh) or None (未実施)
DIAGNOSIS = {
    "01": ("令和３年度", "Ｂ", "空調設備更新、照明ＬＥＤ化", 60),
    "02": ("令和５年度", "Ｃ", "運用改善", 5),
    "03": ("令和４年度", "Ａ", "空調設備更新", 25),
    "04": ("令和３年度", "Ｂ", "照明ＬＥＤ化", 18),
    "05": ("令和４年度", "Ｂ", "照明ＬＥＤ化、断熱改修", 15),
    "06": None,
    "07": ("令和３年度", "Ａ", "断熱改修、空調設備更新", 30),
    "08": ("令和５年度", "Ｃ", "運用改善", 6),
    "09": ("令和４年度", "Ｃ", "照明ＬＥＤ化", 10),
    "10": ("令和３年度", "Ａ", "舞台照明ＬＥＤ化、空調設備更新", 55),
    "11": ("令和５年度", "Ｂ", "照明ＬＥＤ化", 22),
    "12": ("令和４年度", "Ａ", "ろ過ポンプ更新、熱源設備更新", 48),
    "13": ("令和５年度", "Ｂ", "空調設備更新", 20),
    "14": None,
}
# 再エネ設備 (html): 施設番号, 設備, 太陽光容量kW, 導入年度
SOLAR = [
    ("04", "太陽光発電", 30, "平成２２年度"),
    ("03", "太陽光発電・蓄電池", 20, "平成２８年度"),
    ("13", "太陽光発電", 15, "令和２年度"),
    ("01", "太陽光発電", 50, "令和５年度"),
    ("07", "太陽光発電", 30, "令和６年度"),
]

POLICIES = {1: "設備の高効率化", 2: "運用改善", 3: "再生可能エネルギーの導入"}
POLICY_GRADES = {1: ("Ｂ", "Ａ", "Ａ"), 2: ("Ａ", "Ｂ", "Ｂ"), 3: ("Ｃ", "Ｂ", "Ａ")}

# 取組 (pdf): code, policy, 内容, 担当課, 進捗 R4, R5, R6, 削減効果 R6 (千kWh) or None
MEASURES = [
    ("1-1", 1, "照明のＬＥＤ化", "施設整備課", "○", "◎", "◎", 145),
    ("1-2", 1, "高効率空調設備への更新", "施設整備課", "△", "○", "○", 88),
    ("1-3", 1, "学校校舎の断熱改修", "教育総務課", "×", "△", "△", 12),
    ("1-4", 1, "デマンド監視装置の設置", "環境課", "○", "○", "◎", 35),
    ("1-5", 1, "プールろ過ポンプのインバータ化", "生涯学習課", "－", "○", "◎", 40),
    ("2-1", 2, "空調の設定温度の徹底", "総務課", "◎", "◎", "○", 20),
    ("2-2", 2, "昼休みの消灯・ＯＡ機器の電源管理", "総務課", "◎", "○", "○", 8),
    ("2-3", 2, "エネルギー管理標準の策定", "環境課", "△", "△", "○", None),
    ("2-4", 2, "施設管理者向け省エネ研修", "環境課", "○", "△", "×", None),
    ("2-5", 2, "指定管理者との省エネ協定の締結", "企画課", "－", "△", "△", 5),
    ("3-1", 3, "庁舎屋上への太陽光発電設備の設置", "施設整備課", "○", "◎", "◎", 60),
    ("3-2", 3, "避難所への蓄電池の配備", "防災課", "△", "○", "○", None),
    ("3-3", 3, "ＰＰＡ方式による学校への太陽光導入", "教育総務課", "－", "×", "△", None),
    ("3-4", 3, "再エネ電力の調達（電力契約の見直し）", "財政課", "△", "△", "◎", None),
]

# パブリックコメント (docx): 番号, 該当箇所, 意見の要旨, 町の考え方, 対応区分
COMMENTS = [
    (1, "取組１－１", "学校の体育館の照明もＬＥＤ化を急いでほしい。", "令和７年度に東小学校及び西小学校の体育館照明を更新する予定であり、その旨を追記します。", "Ｂ"),
    (2, "取組１－３", "断熱改修が遅れている理由を示してほしい。", "国庫補助の採択が遅れたためです。令和７年度の採択を目指しています。", "Ｅ"),
    (3, "取組３－１", "太陽光発電設備を北部支所にも設置すべきである。", "北部支所は屋根の耐荷重に課題があり、現時点では設置を予定していません。", "Ｄ"),
    (4, "全般", "削減目標の１５％は低い。２０％にすべきである。", "現計画期間中は１５％を維持し、次期計画の策定の中で検討します。", "Ｄ"),
    (5, "取組２－１", "設定温度の徹底にあたっては、職員や利用者の健康に配慮してほしい。", "熱中症対策への配慮は取組２－１に既に記載しています。", "Ｃ"),
    (6, "取組３－３", "ＰＰＡ事業者は公募で選定すべきである。", "公募型プロポーザルにより選定する旨を追記します。", "Ａ"),
    (7, "第３章", "施設ごとの電気使用量を毎年公表してほしい。", "町ホームページで毎年公表する旨を第３章に追記します。", "Ａ"),
    (8, "取組１－５", "町民プールを夏季以外も利用できるようにしてほしい。", "施設の運営に関するご意見として、所管課に伝えます。", "Ｅ"),
    (9, "取組２－５", "指定管理者との協定に、目標未達の場合の措置を定めるべきである。", "削減実績を評価に反映する旨を追記します。ただし罰則は設けません。", "Ｂ"),
    (10, "取組３－４", "再エネ電力の調達で電気料金が上がらないか心配である。", "入札により価格を確認したうえで契約することを既に記載しています。", "Ｃ"),
    (11, "全般", "町民や事業者に向けた省エネの啓発も計画に入れてほしい。", "第４章に町民・事業者向けの啓発の取組を追記します。", "Ａ"),
    (12, "取組１－２", "空調設備の更新は文化ホールを優先すべきである。", "省エネ診断の判定がＡの施設を優先することを既に記載しています。", "Ｃ"),
    (13, "取組２－４", "省エネ研修が実施されていないのではないか。", "令和６年度は講師の都合により中止しました。令和７年度は２回実施します。", "Ｅ"),
    (14, "取組３－２", "蓄電池を全ての避難所に配備してほしい。", "指定避難所１２か所への配備を段階的に進める旨を追記します。", "Ｂ"),
    (15, "取組１－３", "断熱改修は、利用時間の長い中学校から優先してほしい。", "柊ノ里中学校を最優先とすることを既に記載しています。", "Ｃ"),
]
RESPONSE = {"Ａ": "意見を反映し、計画を修正するもの", "Ｂ": "意見の一部を反映し、計画を修正するもの",
            "Ｃ": "既に計画に記載しているもの", "Ｄ": "計画に反映しないもの", "Ｅ": "その他（質問・要望等）"}

# 町全体の推移 (txt): 年度, 電気使用量合計(千kWh) — 平成30 and 令和4–6 are sums of FACILITIES
EARLY_TOTALS = {"令和元年度": 3590, "令和２年度": 3310, "令和３年度": 3365}
CO2_FACTOR = 0.45  # t-CO2 per 千kWh

FW = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def fw(x) -> str:
    return str(x).translate(FW)


def year_totals() -> list[tuple[str, int]]:
    h30 = sum(f[4] for f in FACILITIES)
    r4 = sum(f[5] for f in FACILITIES if f[5] is not None)
    r5 = sum(f[6] for f in FACILITIES)
    r6 = sum(f[7] for f in FACILITIES)
    return [("平成３０年度", h30), ("令和元年度", EARLY_TOTALS["令和元年度"]), ("令和２年度", EARLY_TOTALS["令和２年度"]),
            ("令和３年度", EARLY_TOTALS["令和３年度"]), ("令和４年度", r4), ("令和５年度", r5), ("令和６年度", r6)]


# ---------------------------------------------------------------- xlsx
def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "電気使用量"
    ws["A1"] = "公共施設別　電気使用量の推移"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:J1")
    ws["A2"] = "柊ノ里町　環境課"
    ws["H2"] = "単位：千kWh、％"
    head = ["分類", "施設番号", "施設名", "延床面積（㎡）", "電気使用量（千kWh）", None, None, None, "基準年度比削減率（令和６年度）", "備考"]
    sub = [None] * 4 + ["平成30年度（基準）", "令和4年度", "令和5年度", "令和6年度", None, None]
    for c, v in enumerate(head, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(5, c, v)
    for c in (1, 2, 3, 4, 9, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=8)
    for r in (4, 5):
        for c in range(1, 11):
            ws.cell(r, c).alignment = center
            ws.cell(r, c).border = border
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
    remarks = {"12": "令和４年度は改修工事のため休止", "07": "令和６年度　太陽光発電設備設置", "01": "令和５年度　太陽光発電設備設置"}
    r = 6
    tot = [0, 0, 0, 0, 0]
    for g in GROUPS:
        fs = [f for f in FACILITIES if f[0] == g]
        first = r
        sums = [0, 0, 0, 0, 0]
        for f in fs:
            red = reduction(f)
            vals = [g if r == first else None, f[1], f[2], f[3], f[4], f[5] if f[5] is not None else "－", f[6], f[7],
                    red if red >= 0 else "▲" + fw(f"{-red:.1f}"), remarks.get(f[1], "")]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = border
                if c == 4:
                    cell.number_format = "#,##0"
                if c == 9 and isinstance(v, float):
                    cell.number_format = "0.0"
            sums = [sums[0] + f[3], sums[1] + f[4], sums[2] + (f[5] or 0), sums[3] + f[6], sums[4] + f[7]]
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        ws.cell(first, 1).alignment = center
        ws.cell(r, 2, "")
        ws.cell(r, 3, "小計")
        for c, v in zip(range(4, 9), sums):
            ws.cell(r, c, v)
        ws.cell(r, 9, round((sums[1] - sums[4]) / sums[1] * 100 + 1e-9, 1))
        ws.cell(r, 9).number_format = "0.0"
        for c in range(1, 11):
            ws.cell(r, c).border = border
            if c > 1:
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        tot = [a + b for a, b in zip(tot, sums)]
        r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for c, v in zip(range(4, 9), tot):
        ws.cell(r, c, v)
    ws.cell(r, 9, round((tot[1] - tot[4]) / tot[1] * 100 + 1e-9, 1))
    for c in range(1, 11):
        ws.cell(r, c).border = border
        ws.cell(r, c).font = Font(bold=True)
    r += 2
    for note in ["※１　基準年度比削減率＝（平成30年度－令和6年度）÷平成30年度×100。「▲」は基準年度より使用量が増加したことを示す。",
                 "※２　町民プールの令和４年度は改修工事のため休止（「－」）。令和４年度の小計及び合計には含まない。",
                 "※３　小計・合計の行は施設ではない。"]:
        ws.cell(r, 1, note)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [16, 9, 18, 12, 13, 11, 11, 11, 16, 30]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("光熱水費")
    ws2["A1"] = "公共施設別　光熱水費（令和５・６年度）"
    ws2["A1"].font = Font(size=13, bold=True)
    ws2["E2"] = "単位：千円"
    for c, v in enumerate(["分類", "施設番号", "施設名", "令和５年度", "令和６年度", "増減額"], 1):
        ws2.cell(3, c, v).border = border
        ws2.cell(3, c).font = Font(bold=True)
    r = 4
    t5 = t6 = 0
    for g in GROUPS:
        for i, f in enumerate(x for x in FACILITIES if x[0] == g):
            a, b = cost(f, "R5"), cost(f, "R6")
            d = b - a
            vals = [g if i == 0 else "", f[1], f[2], a, b, f"{d:,}" if d >= 0 else f"▲{-d:,}"]
            for c, v in enumerate(vals, 1):
                ws2.cell(r, c, v).border = border
                if c in (4, 5):
                    ws2.cell(r, c).number_format = "#,##0"
            t5 += a
            t6 += b
            r += 1
    d = t6 - t5
    for c, v in enumerate(["合計", "", "", t5, t6, f"{d:,}" if d >= 0 else f"▲{-d:,}"], 1):
        ws2.cell(r, c, v).border = border
        ws2.cell(r, c).font = Font(bold=True)
        if c in (4, 5):
            ws2.cell(r, c).number_format = "#,##0"
    ws2.cell(r + 2, 1, "※　光熱水費は電気・ガス・上下水道料金の合計。「▲」は減少を示す。")
    for col, w in zip("ABCDEF", [18, 9, 18, 12, 12, 12]):
        ws2.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------- pdf
def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, "柊ノ里町公共施設省エネルギー推進計画　進捗状況報告書（令和６年度）", align="L", new_x="LMARGIN", new_y="NEXT")
            self.line(15, 17, 195, 17)
            self.ln(3)

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=9)
            self.cell(0, 6, f"{self.page_no()}", align="C")

    pdf = PDF(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 10, "省エネルギー推進計画の取組の進捗状況", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=10)
    paras = [
        "１　計画の概要",
        "　本町は、令和３年３月に「柊ノ里町公共施設省エネルギー推進計画」（計画期間：令和３年度～令和７年度）を策定し、"
        "平成３０年度を基準年度として、町有施設の電気使用量を令和７年度までに１５％削減することを目標としている。"
        "計画は３つの基本方針のもとに１４の取組を位置付けており、毎年度、取組ごとの進捗を評価している。",
        "２　評価の方法",
        "　各取組の進捗は、担当課の自己評価を環境課が取りまとめ、庁内の省エネルギー推進会議で確認した。"
        "評価区分は次のとおりである。なお、削減効果は令和６年度の電気使用量の削減量（千kWh）を担当課が推計したもので、"
        "推計が困難なものは「－」とした。",
        "　◎：計画以上に進んでいる　○：計画どおり　△：遅れている　×：未実施・中止　－：対象年度外（未着手）",
        "３　取組別の進捗状況",
        "　基本方針ごとの取組の進捗は、表１から表３のとおりである。",
    ]
    for p in paras:
        if len(p) < 20:
            pdf.set_font("ipa", size=11)
            pdf.cell(0, 8, p, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("ipa", size=10)
        else:
            pdf.multi_cell(0, 6, p, new_x="LMARGIN", new_y="NEXT")
    widths = [18, 66, 26, 17, 17, 17, 19]

    def head():
        pdf.set_font("ipa", size=8.5)
        pdf.set_fill_color(226, 239, 218)
        x0, y0 = pdf.get_x(), pdf.get_y()
        for i, t in enumerate(["取組番号", "取組内容", "担当課"]):
            pdf.set_xy(x0 + sum(widths[:i]), y0)
            pdf.cell(widths[i], 12, t, border=1, align="C", fill=True)
        pdf.set_xy(x0 + sum(widths[:3]), y0)
        pdf.cell(sum(widths[3:6]), 6, "進捗評価", border=1, align="C", fill=True)
        for i, t in zip((3, 4, 5), ("令和４年度", "令和５年度", "令和６年度")):
            pdf.set_xy(x0 + sum(widths[:i]), y0 + 6)
            pdf.cell(widths[i], 6, t, border=1, align="C", fill=True)
        pdf.set_xy(x0 + sum(widths[:6]), y0)
        pdf.cell(widths[6], 12, "", border=1, fill=True)
        pdf.set_xy(x0 + sum(widths[:6]), y0 + 1)
        pdf.cell(widths[6], 5, "削減効果", align="C")
        pdf.set_xy(x0 + sum(widths[:6]), y0 + 6)
        pdf.cell(widths[6], 5, "（千kWh）", align="C")
        pdf.set_xy(x0, y0 + 12)
        pdf.set_font("ipa", size=9)

    for pol, name in POLICIES.items():
        rows = [m for m in MEASURES if m[1] == pol]
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("ipa", size=10)
        pdf.ln(2)
        pdf.cell(0, 7, f"表{fw(pol)}　基本方針{fw(pol)}　{name}", new_x="LMARGIN", new_y="NEXT")
        head()
        for m in rows:
            if pdf.get_y() > 268:
                pdf.add_page()
                pdf.set_font("ipa", size=9)
                pdf.cell(0, 6, f"表{fw(pol)}（つづき）", new_x="LMARGIN", new_y="NEXT")
                head()
            vals = [fw(m[0]), m[2], m[3], m[4], m[5], m[6], "－" if m[7] is None else str(m[7])]
            for i, (w, v) in enumerate(zip(widths, vals)):
                pdf.cell(w, 8, v, border=1, align="L" if i in (1, 2) else ("R" if i == 6 else "C"))
            pdf.ln(8)
        eff = sum(m[7] or 0 for m in rows)
        pdf.cell(sum(widths[:6]), 8, f"基本方針{fw(pol)}　計", border=1, align="C")
        pdf.cell(widths[6], 8, str(eff), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.set_font("ipa", size=11)
    pdf.cell(0, 8, "４　総括", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=10)
    n6 = {s: sum(1 for m in MEASURES if m[6] == s) for s in "◎○△×"}
    pdf.multi_cell(0, 6,
                   f"　令和６年度の進捗評価は、◎が{fw(n6['◎'])}件、○が{fw(n6['○'])}件、△が{fw(n6['△'])}件、×が{fw(n6['×'])}件であった。"
                   "照明のＬＥＤ化及び太陽光発電設備の設置は計画を上回って進んでいる一方、学校校舎の断熱改修は国庫補助の採択の遅れにより"
                   "遅れている。施設管理者向け省エネ研修は、講師の都合により令和６年度は実施できなかった。"
                   f"取組による削減効果の合計は{fw(sum(m[7] or 0 for m in MEASURES))}千kWhと推計される。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------- docx
def make_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("「柊ノ里町公共施設省エネルギー推進計画（改定案）」に対する意見募集の結果について", level=1)
    doc.add_paragraph("　柊ノ里町公共施設省エネルギー推進計画（改定案）について、町民の皆様からご意見を募集しました。"
                      "お寄せいただいたご意見の要旨と、それに対する町の考え方を次のとおり公表します。"
                      "ご協力いただき、ありがとうございました。")
    doc.add_heading("１　意見募集の概要", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("募集期間", "令和７年１月６日（月）から令和７年２月５日（水）まで"),
                 ("周知方法", "町広報紙１月号、町ホームページ、役場本庁舎・北部支所・町民図書館での閲覧"),
                 ("意見提出者数", "９人（うち団体１）"),
                 ("意見数", f"{fw(len(COMMENTS))}件"),
                 ("提出方法の内訳", "電子メール５人、持参２人、ファクス２人")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    doc.add_heading("２　対応区分", level=2)
    for k, v in RESPONSE.items():
        doc.add_paragraph(f"{k}：{v}", style="List Bullet")
    doc.add_heading("３　ご意見の要旨と町の考え方", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["番号", "該当箇所", "ご意見の要旨", "町の考え方", "対応区分"]):
        c.text = h
    for n, where, op, ans, k in COMMENTS:
        c = t.add_row().cells
        for cell, v in zip(c, [fw(n), where, op, ans, k]):
            cell.text = v
    n = {k: sum(1 for x in COMMENTS if x[4] == k) for k in RESPONSE}
    doc.add_paragraph(f"※対応区分の内訳：Ａ {fw(n['Ａ'])}件、Ｂ {fw(n['Ｂ'])}件、Ｃ {fw(n['Ｃ'])}件、Ｄ {fw(n['Ｄ'])}件、Ｅ {fw(n['Ｅ'])}件")
    doc.add_heading("４　今後の予定", level=2)
    doc.add_paragraph("　いただいたご意見を踏まえて改定案を修正し、令和７年３月末に計画を改定します。"
                      "また、次期計画（令和８年度～）は令和７年度に策定し、削減目標についても改めて検討します。")
    doc.add_paragraph("【問い合わせ先】柊ノ里町　環境課　環境保全係　電話　０９８７－６５－４３２１")
    doc.save(path)


# ---------------------------------------------------------------- html
def make_html(path: Path) -> None:
    fmap = {f[1]: f for f in FACILITIES}
    rows = []
    for g in GROUPS:
        fs = [f for f in FACILITIES if f[0] == g]
        for i, f in enumerate(fs):
            d = DIAGNOSIS[f[1]]
            th = f'<th rowspan="{len(fs)}" scope="rowgroup">{g}</th>' if i == 0 else ""
            if d is None:
                cells = '<td>未実施</td><td>－</td><td>－</td><td>－</td>'
            else:
                cells = f"<td>{d[0]}</td><td>{d[1]}</td><td>{d[2]}</td><td>{fw(d[3])}</td>"
            rows.append(f"<tr>{th}<td>{f[1]}</td><td>{f[2]}</td>{cells}</tr>")
    solar = "\n".join(f"<tr><td>{no}</td><td>{fmap[no][2]}</td><td>{eq}</td><td>{fw(kw)}</td><td>{yr}</td></tr>"
                      for no, eq, kw, yr in SOLAR)
    total = sum(d[3] for d in DIAGNOSIS.values() if d)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>公共施設の省エネルギー診断結果｜柊ノ里町</title></head>
<body>
<div id="header"><p class="site">柊ノ里町公式ホームページ</p></div>
<div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/kurashi/">くらし・環境</a> &gt; <a href="/kurashi/kankyo/">環境・省エネ</a> &gt; 公共施設の省エネルギー診断結果</div>
<div id="main">
<h1>公共施設の省エネルギー診断結果</h1>
<p>最終更新日：２０２５年４月１０日</p>
<p>町では、「柊ノ里町公共施設省エネルギー推進計画」に基づき、令和３年度から専門事業者による省エネルギー診断を順次実施しています。診断結果は設備更新の優先順位の判断に活用しています。</p>
<h2>省エネルギー診断の結果</h2>
<table border="1">
<thead>
<tr><th rowspan="2">分類</th><th rowspan="2">施設番号</th><th rowspan="2">施設名</th><th colspan="4">省エネルギー診断</th></tr>
<tr><th>診断年度</th><th>判定</th><th>主な推奨対策</th><th>削減見込量（千kWh/年）</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<ul class="note">
<li>判定は省エネルギーの余地を示します。Ａ：大きい、Ｂ：中程度、Ｃ：小さい。</li>
<li>西小学校及び老人福祉センターは令和７年度に診断を実施する予定です。</li>
<li>削減見込量の合計は{fw(total)}千kWh/年です。</li>
</ul>
<h2>再生可能エネルギー設備の導入状況</h2>
<table border="1">
<thead><tr><th>施設番号</th><th>施設名</th><th>設備</th><th>太陽光発電容量（kW）</th><th>導入年度</th></tr></thead>
<tbody>
{solar}
</tbody>
</table>
<h2>関連情報</h2>
<ul>
<li><a href="/kankyo/shoene_keikaku.html">柊ノ里町公共施設省エネルギー推進計画</a></li>
<li><a href="/kankyo/pubcom_kekka.html">計画改定案に対する意見募集の結果</a></li>
</ul>
<div class="contact"><h2>このページに関するお問い合わせ</h2><p>環境課　環境保全係<br>電話：０９８７－６５－４３２１</p></div>
</div>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt(path: Path) -> None:
    yt = year_totals()
    h30, r6 = yt[0][1], yt[-1][1]
    rate = (h30 - r6) / h30 * 100
    lines = [
        "■令和６年度　公共施設省エネルギー推進計画　進捗報告（概要）",
        "　　　　　　　　　　　　　　　　　　　　　　　　　　令和７年６月　柊ノ里町環境課",
        "",
        "■１　電気使用量の状況",
        f"　令和６年度の町有施設（１４施設）の電気使用量は{fw(f'{r6:,}')}千kWhで、基準年度（平成３０年度）の{fw(f'{h30:,}')}千kWhと比べて",
        f"{fw(f'{rate:.1f}')}％の削減となった。計画の目標（令和７年度までに１５％削減）の達成に向け、おおむね順調に推移している。",
        "　一方、電気料金単価の上昇により、光熱水費は前年度より増加した。",
        "",
        "　町全体の推移（下表はタブ区切り）",
        "年度\t電気使用量（千kWh）\tＣＯ２排出量（t-CO2）",
    ]
    for y, v in yt:
        label = y + "（基準）" if y == "平成３０年度" else y
        lines.append(f"{label}\t{v:,}\t{round(v * CO2_FACTOR):,}")
    lines += [
        "※令和４年度は町民プール（改修工事のため休止）を除く１３施設の合計。ＣＯ２排出量は排出係数０．４５t-CO2/千kWhで換算。",
        "",
        "■２　基本方針別の評価",
        "　基本方針ごとの評価（Ａ：順調、Ｂ：おおむね順調、Ｃ：遅れ）は次のとおり。",
        "",
        "| 方針 | 名称                     | 令和４年度 | 令和５年度 | 令和６年度 |",
        "|------|--------------------------|------------|------------|------------|",
    ]
    for p, name in POLICIES.items():
        g = POLICY_GRADES[p]
        lines.append(f"| {fw(p)}    | {name:　<12} | {g[0]}         | {g[1]}         | {g[2]}         |")
    lines += [
        "",
        "■３　推進体制",
        "　各施設に省エネ推進員を１名ずつ配置しており、令和６年度は１４名が活動した。推進員は毎月の電気使用量を",
        "点検し、省エネルギー推進会議（年３回開催）に報告している。",
        "",
        "■４　今後の予定",
        "　計画期間の最終年度となる令和７年度には、次期計画（令和８年度～令和１２年度）を策定する。",
        "あわせて、未診断の２施設（西小学校、老人福祉センター）の省エネルギー診断を実施する。",
        "",
        "以上",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_xlsx(DOCS / "公共施設別電気使用量・光熱水費（H30～R6）.xlsx")
    make_pdf(DOCS / "省エネルギー推進計画_進捗状況報告書（令和６年度）.pdf")
    make_docx(DOCS / "省エネルギー推進計画（改定案）意見募集の結果.docx")
    make_html(DOCS / "公共施設の省エネルギー診断結果｜柊ノ里町.html")
    make_txt(DOCS / "令和６年度_省エネ推進計画_進捗報告（概要）.txt")


if __name__ == "__main__":
    main()
