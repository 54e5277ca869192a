"""Generate docs/ for made187 (樫ノ江市 時間外勤務の縮減). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "樫ノ江市"

FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fw(x) -> str:
    return str(x).translate(FW)


def comma(n: int) -> str:
    return f"{n:,}"


# 部, [(所属コード, 課名, 職員数 R6.4.1, 時間外 R4, R5, R6(年間 = 月別の和), 月45時間超延べ人数 R6, 年360時間超 R5, R6, R6目標)]
BU = [
    ("総務部", [
        ("110", "総務課", 18, 3820, 3610, 14, 2, 1, 3250),
        ("120", "人事課", 12, 2450, 2580, 6, 1, 0, 2320),
        ("130", "財政課", 10, 3980, 4120, 21, 3, 4, 3700),
        ("140", "防災危機管理課", 8, 2960, 3890, 9, 4, 1, 3300),
    ]),
    ("市民部", [
        ("210", "市民課", 22, 2100, 1980, 0, 0, 0, 1780),
        ("220", "税務課", 20, 4350, 4010, 25, 4, 3, 3610),
        ("230", "保険年金課", 15, 1880, 1920, 0, 0, 0, 1730),
    ]),
    ("福祉部", [
        ("310", "福祉課", 19, 3010, 2890, 8, 1, 1, 2600),
        ("320", "子育て支援課", 16, 2760, 2950, 12, 1, 2, 2650),
        ("330", "高齢介護課", 14, 1540, 1460, 0, 0, 0, 1310),
    ]),
    ("建設部", [
        ("410", "土木課", 17, 3350, 3480, 10, 2, 1, 3130),
        ("420", "都市計画課", 11, 1320, 1250, 0, 0, 0, 1130),
        ("430", "上下水道課", 13, 2240, 2310, 3, 1, 0, 2080),
    ]),
]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# 令和６年度 月別時間外勤務時間 (4月 … 3月)
MONTHLY = {
    "110": [372, 248, 262, 281, 236, 270, 259, 265, 288, 301, 255, 314],
    "120": [298, 142, 150, 163, 128, 171, 226, 214, 189, 176, 158, 195],
    "130": [268, 205, 241, 230, 198, 236, 352, 488, 526, 512, 498, 506],
    "140": [214, 219, 268, 301, 352, 337, 246, 218, 232, 241, 225, 267],
    "210": [252, 131, 118, 122, 109, 121, 126, 119, 137, 151, 176, 198],
    "220": [276, 262, 418, 301, 246, 231, 222, 214, 238, 378, 512, 402],
    "230": [214, 158, 192, 166, 148, 151, 146, 139, 152, 160, 158, 166],
    "310": [262, 214, 226, 231, 205, 212, 208, 209, 216, 218, 212, 237],
    "320": [312, 238, 246, 255, 231, 248, 262, 254, 271, 298, 276, 289],
    "330": [142, 108, 112, 118, 101, 109, 111, 106, 114, 121, 119, 129],
    "410": [268, 221, 236, 268, 289, 312, 241, 228, 230, 247, 226, 254],
    "420": [124, 88, 92, 94, 86, 91, 95, 97, 101, 102, 98, 112],
    "430": [212, 158, 162, 178, 172, 168, 161, 159, 168, 172, 166, 204],
}
SECTIONS = []  # flat records
for bu, rows in BU:
    for code, name, staff, r4, r5, o45, o360_5, o360_6, target in rows:
        SECTIONS.append(dict(code=code, bu=bu, name=name, staff=staff, r4=r4, r5=r5, r6=sum(MONTHLY[code]),
                             o45=o45, o360_5=o360_5, o360_6=o360_6, target=target, monthly=MONTHLY[code]))
SEC = {s["code"]: s for s in SECTIONS}


def ratio(s) -> float:
    return round(s["r6"] / s["r5"] * 100, 1)


def per_month(s) -> float:
    return round(s["r6"] / (s["staff"] * 12), 1)


def achieved(s) -> bool:
    return s["r6"] <= s["target"]


# html 年度別推移: R2, R3 are only on the web page; R4–R6 are the sums of the xlsx
TOTAL_R2, TOTAL_R3 = 38420, 40150
STAFF_BY_YEAR = {"令和２年度": 197, "令和３年度": 198, "令和４年度": 196, "令和５年度": 196, "令和６年度": 195}
O45_BY_YEAR = {"令和２年度": 188, "令和３年度": 214, "令和４年度": 176, "令和５年度": 161}
O360_BY_YEAR = {"令和２年度": 24, "令和３年度": 27, "令和４年度": 21}

# 取組 (practice): 柱, 取組番号, 取組名, 担当課, R4, R5, R6 (○ 順調 / △ 遅れ / × 未実施・大幅な遅れ / － 未着手（開始前）)
PILLARS = [("1", "業務の見直し・効率化"), ("2", "勤務時間管理の適正化"), ("3", "働き方改革と人員配置")]
PRACTICES = [
    ("1", "1-(1)", "会議の時間短縮・ペーパーレス化", "総務課", "○", "○", "○"),
    ("1", "1-(2)", "ＲＰＡ・ＡＩ－ＯＣＲの導入", "総務課", "－", "△", "○"),
    ("1", "1-(3)", "窓口業務の予約制の導入", "市民課", "△", "△", "○"),
    ("1", "1-(4)", "定型業務の外部委託", "税務課", "×", "△", "△"),
    ("2", "2-(1)", "時間外勤務の事前命令の徹底", "人事課", "○", "○", "○"),
    ("2", "2-(2)", "パソコンログによる在庁時間の把握", "人事課", "－", "－", "△"),
    ("2", "2-(3)", "ノー残業デー（毎週水曜日）の徹底", "人事課", "△", "×", "△"),
    ("2", "2-(4)", "管理職による月次ヒアリング", "人事課", "○", "△", "×"),
    ("3", "3-(1)", "繁忙期の課内・部内応援体制", "人事課", "△", "○", "○"),
    ("3", "3-(2)", "フレックスタイム制の試行", "人事課", "－", "△", "△"),
    ("3", "3-(3)", "テレワークの拡大", "総務課", "○", "○", "△"),
    ("3", "3-(4)", "災害対応時の交代制勤務", "防災危機管理課", "－", "○", "○"),
    ("3", "3-(5)", "予算編成事務の簡素化", "財政課", "△", "△", "△"),
]
# 柱別評価 (txt): A 計画どおり / B 一部遅れ / C 遅れ
PILLAR_EVAL = {"1": ("B", "B", "A"), "2": ("A", "B", "C"), "3": ("B", "B", "B")}

# 労使協議の意見: 番号, 回, 関連取組 (None = なし), 区分, 意見の要旨, 当局の回答
OPINIONS = [
    (1, 1, "2-(3)", "要望", "ノー残業デーの水曜日に会議や打合せが設定され、定時に退庁できない。",
     "水曜日午後の会議設定を原則として行わないよう、全庁に通知する。（人事課）"),
    (2, 1, "2-(2)", "質問", "パソコンのログ時間と時間外勤務の申請時間に差がある場合はどう扱うのか。",
     "差が３０分以上ある場合は、所属長が本人に確認し記録する。（人事課）"),
    (3, 1, None, "要望", "税務課の１月～３月は申告受付で時間外が集中しており、人員の増員を求める。",
     "繁忙期の会計年度任用職員の配置を検討します。（人事課）"),
    (4, 1, "3-(1)", "提案", "応援体制を部内に限らず、部をまたいだ全庁的な仕組みにしてはどうか。",
     "令和７年度から全庁応援制度として運用する。（人事課）"),
    (5, 1, "1-(2)", "質問", "ＲＰＡの対象業務は今後どこまで広げるのか。",
     "令和６年度の４業務から、令和７年度は１０業務へ拡大する予定である。（総務課）"),
    (6, 1, None, "要望", "管理職自身の勤務時間が把握されておらず、実態が見えない。",
     "管理職についてもパソコンログにより在庁時間を把握する。（人事課）"),
    (7, 2, "3-(2)", "要望", "フレックスタイム制の試行対象を窓口部門以外にも広げてほしい。",
     "試行結果を踏まえて対象の拡大を検討します。（人事課）"),
    (8, 2, "2-(4)", "指摘", "月次ヒアリングが書面の提出だけになり、形骸化している。",
     "面談を基本とする実施方法に見直す。（人事課）"),
    (9, 2, "3-(4)", "質問", "災害対応による時間外勤務も縮減目標の対象になるのか。",
     "災害対応分は別に集計し、目標の対象外とする。（防災危機管理課）"),
    (10, 2, None, "提案", "勤務間インターバル制度を導入してはどうか。",
     "他団体の事例を調査し、導入について検討します。（人事課）"),
    (11, 2, "1-(4)", "要望", "外部委託の範囲を証明書発行などの窓口業務にも広げてほしい。",
     "令和８年度から証明書発行事務の委託を開始する。（市民課）"),
]

# 職員アンケート (docx): 設問, そう思う, どちらかといえばそう思う, どちらかといえばそう思わない, そう思わない (％)
SURVEY = [
    ("問１", "所属の業務量に対して職員数が足りていない", 38.2, 31.6, 19.7, 10.5),
    ("問２", "時間外勤務の事前命令が守られている", 22.4, 40.1, 25.0, 12.5),
    ("問３", "ノー残業デーに定時で退庁できている", 15.8, 27.6, 30.9, 25.7),
    ("問４", "会議の時間が短くなったと感じる", 28.9, 39.5, 21.1, 10.5),
    ("問５", "上司に時間外勤務の相談をしやすい", 30.3, 36.8, 21.7, 11.2),
    ("問６", "テレワークを利用したことがある", 11.8, 9.2, 13.2, 65.8),
]
SURVEY_TARGET, SURVEY_ANSWERED = 195, 152  # 回答率 77.9％

MEETINGS = [
    ("第１回", "令和６年５月２０日", "令和５年度実績の報告、令和６年度目標の設定"),
    ("第２回", "令和６年８月２６日", "第１四半期の実績、ノー残業デーの実施状況"),
    ("第３回", "令和６年１１月１８日", "職員アンケートの実施、労使協議（第１回）の報告"),
    ("第４回", "令和７年２月１７日", "アンケート結果の報告、労使協議（第２回）の報告"),
    ("第５回", "令和７年５月２６日", "令和６年度実績と取組評価の確定"),
]


def totals(key: str) -> int:
    return sum(s[key] for s in SECTIONS)


# ---------------------------------------------------------------- xlsx
def make_xlsx() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="DDDDDD")
    wb = Workbook()
    ws = wb.active
    ws.title = "課別時間外勤務実績"
    ws["A1"] = "課別時間外勤務実績（令和４年度～令和６年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "単位：時間、人　　資料：人事課（各年度３月末集計）"
    head = [("A4", "A5", "所属コード"), ("B4", "B5", "課名"), ("C4", "C5", "職員数（R6.4.1）"),
            ("D4", "F4", "時間外勤務時間（時間）"), ("G4", "G5", "前年度比（％）"),
            ("H4", "H5", "１人当たり月平均（R6）"), ("I4", "I5", "月45時間超の延べ人数（R6）"),
            ("J4", "K4", "年360時間超の人数")]
    for a, b, text in head:
        ws[a] = text
        ws.merge_cells(f"{a}:{b}")
    for cell, text in (("D5", "令和４年度"), ("E5", "令和５年度"), ("F5", "令和６年度"), ("J5", "令和５年度"), ("K5", "令和６年度")):
        ws[cell] = text
    for row in ws.iter_rows(min_row=4, max_row=5, max_col=11):
        for c in row:
            c.alignment, c.border, c.fill, c.font = center, box, grey, Font(bold=True)
    r = 6

    def dash(n):
        return n if n else "－"

    for bu, _rows in BU:
        ws.cell(r, 1, f"【{bu}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
        secs = [s for s in SECTIONS if s["bu"] == bu]
        for s in secs:
            vals = [s["code"], s["name"], s["staff"], s["r4"], s["r5"], s["r6"], ratio(s), per_month(s),
                    dash(s["o45"]), dash(s["o360_5"]), dash(s["o360_6"])]
            for i, v in enumerate(vals, 1):
                ws.cell(r, i, v).border = box
            r += 1
        sub = dict(staff=sum(s["staff"] for s in secs), r4=sum(s["r4"] for s in secs), r5=sum(s["r5"] for s in secs),
                   r6=sum(s["r6"] for s in secs))
        vals = ["", f"{bu}　計", sub["staff"], sub["r4"], sub["r5"], sub["r6"], ratio(sub), per_month(sub),
                sum(s["o45"] for s in secs), sum(s["o360_5"] for s in secs), sum(s["o360_6"] for s in secs)]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border, c.font = box, Font(bold=True)
        r += 1
    tot = dict(staff=totals("staff"), r4=totals("r4"), r5=totals("r5"), r6=totals("r6"))
    vals = ["合計", "", tot["staff"], tot["r4"], tot["r5"], tot["r6"], ratio(tot), per_month(tot),
            totals("o45"), totals("o360_5"), totals("o360_6")]
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        c.border, c.font = box, Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 2
    for note in ["※１　職員数は令和６年４月１日現在の正規職員数（管理職・会計年度任用職員を除く）。",
                 "※２　前年度比＝令和６年度÷令和５年度×１００（小数第２位を四捨五入）。",
                 "※３　月45時間超の延べ人数は、月ごとに45時間を超えた職員の数を１２か月分合計したもの。",
                 "※４　防災危機管理課の令和５年度は、台風第１１号の災害対応（約６００時間）を含む。",
                 "※５　「－」は該当者なし。"]:
        ws.cell(r, 1, note)
        r += 1
    for col, w in zip("ABCDEFGHIJK", (10, 16, 10, 11, 11, 11, 10, 11, 12, 10, 10)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("月別時間外勤務時間（R6）")
    ws2["A1"] = "令和６年度　月別時間外勤務時間（課別）"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "単位：時間"
    ws2["A4"], ws2["B4"] = "所属コード", "課名"
    ws2.merge_cells("A4:A5")
    ws2.merge_cells("B4:B5")
    ws2["C4"] = "令和６年"
    ws2.merge_cells("C4:K4")
    ws2["L4"] = "令和７年"
    ws2.merge_cells("L4:N4")
    ws2["O4"] = "年間計"
    ws2.merge_cells("O4:O5")
    for i, m in enumerate(MONTHS):
        ws2.cell(5, 3 + i, fw(m))
    for row in ws2.iter_rows(min_row=4, max_row=5, max_col=15):
        for c in row:
            c.alignment, c.border, c.fill, c.font = center, box, grey, Font(bold=True)
    r = 6
    for bu, _rows in BU:
        ws2.cell(r, 1, f"【{bu}】")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        r += 1
        secs = [s for s in SECTIONS if s["bu"] == bu]
        for s in secs:
            for i, v in enumerate([s["code"], s["name"], *s["monthly"], s["r6"]], 1):
                ws2.cell(r, i, v).border = box
            r += 1
        for i, v in enumerate(["", f"{bu}　計", *[sum(s["monthly"][k] for s in secs) for k in range(12)],
                               sum(s["r6"] for s in secs)], 1):
            c = ws2.cell(r, i, v)
            c.border, c.font = box, Font(bold=True)
        r += 1
    for i, v in enumerate(["合計", "", *[sum(s["monthly"][k] for s in SECTIONS) for k in range(12)], totals("r6")], 1):
        c = ws2.cell(r, i, v)
        c.border, c.font = box, Font(bold=True)
    r += 2
    ws2.cell(r, 1, "※　各月の時間外勤務時間は、翌月１０日までに確定した時間外勤務命令簿の実績による。")
    wb.save(DOCS / "課別・月別時間外勤務実績（令和４～６年度）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf() -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"{CITY}時間外勤務縮減計画　令和６年度進捗状況報告書", align="R")
            self.ln(8)

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"－ {self.page_no()} －", align="C")

    pdf = PDF(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 10, f"{CITY}時間外勤務縮減計画　令和６年度進捗状況報告書", align="C")
    pdf.ln(9)
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 6, "令和７年６月　樫ノ江市総務部人事課", align="R")
    pdf.ln(9)
    tot5, tot6 = totals("r5"), totals("r6")

    def para(title, body):
        pdf.set_font("ipa", size=11)
        pdf.cell(0, 7, title)
        pdf.ln(7)
        pdf.set_font("ipa", size=9.5)
        pdf.multi_cell(0, 5.5, body)
        pdf.ln(2)

    para("第１章　計画の概要",
         "　本市では、令和４年度から令和７年度までの４年間を計画期間とする「樫ノ江市時間外勤務縮減計画」に基づき、"
         "３つの柱（業務の見直し・効率化、勤務時間管理の適正化、働き方改革と人員配置）の下で１３の取組を進めている。"
         "計画の最終目標は、令和７年度の全庁の時間外勤務時間を令和３年度比で２０％削減することである。")
    para("第２章　令和６年度の実績",
         f"　令和６年度の全庁の時間外勤務時間は{fw(comma(tot6))}時間で、前年度（{fw(comma(tot5))}時間）に比べ"
         f"{fw(comma(tot5 - tot6))}時間減少した。１３課のうち、年度目標を達成した課は"
         f"{fw(sum(achieved(s) for s in SECTIONS))}課にとどまった。年３６０時間を超えた職員は{fw(totals('o360_6'))}人で、"
         "うち財政課が４人を占める。予算編成期（１１月～３月）の財政課、申告期（１月～３月）の税務課に時間外勤務が集中している。")
    # 表１
    pdf.set_font("ipa", size=10)
    pdf.cell(0, 7, "表１　課別の年度目標と実績（令和６年度）")
    pdf.ln(7)
    w1 = [22, 40, 34, 34, 30]
    heads = ["所属コード", "課名", "目標（時間）", "実績（時間）", "達成状況"]

    def head_row(ws, hs):
        pdf.set_font("ipa", size=8.5)
        pdf.set_fill_color(220, 220, 220)
        for w, h in zip(ws, hs):
            pdf.cell(w, 6.5, h, border=1, align="C", fill=True)
        pdf.ln()

    head_row(w1, heads)
    for bu, _rows in BU:
        pdf.set_font("ipa", size=8.5)
        pdf.cell(sum(w1), 6, f"　{bu}", border=1)
        pdf.ln()
        for s in SECTIONS:
            if s["bu"] != bu:
                continue
            vals = [s["code"], s["name"], fw(comma(s["target"])), fw(comma(s["r6"])), "達成" if achieved(s) else "未達成"]
            for w, v, al in zip(w1, vals, "CLRRC"):
                pdf.cell(w, 6, v, border=1, align=al)
            pdf.ln()
    pdf.set_font("ipa", size=8)
    pdf.cell(0, 5, "※　達成状況は、実績が目標以下の場合を「達成」とした。")
    pdf.ln(7)
    para("第３章　取組の進捗状況",
         "　各取組の進捗を年度ごとに「○（順調）」「△（遅れあり）」「×（未実施又は大幅な遅れ）」で評価した。"
         "「－」はその年度に取組を開始していないことを示す。")
    pdf.set_font("ipa", size=10)
    pdf.cell(0, 7, "表２　取組別進捗状況一覧")
    pdf.ln(7)
    w2 = [20, 72, 34, 18, 18, 18]
    heads2 = ["取組番号", "取組名", "担当課", "令和４年度", "令和５年度", "令和６年度"]
    head_row(w2, heads2)
    n = 0
    for pid, pname in PILLARS:
        if pdf.get_y() > 262:
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "（表２の続き）")
            pdf.ln(6)
            head_row(w2, heads2)
        pdf.set_font("ipa", size=8.5)
        pdf.cell(sum(w2), 6, f"柱{fw(pid)}　{pname}", border=1)
        pdf.ln()
        for p in PRACTICES:
            if p[0] != pid:
                continue
            if pdf.get_y() > 268:
                pdf.add_page()
                pdf.set_font("ipa", size=9)
                pdf.cell(0, 6, "（表２の続き）")
                pdf.ln(6)
                head_row(w2, heads2)
                pdf.set_font("ipa", size=8.5)
            for w, v, al in zip(w2, p[1:], "CLLCCC"):
                pdf.cell(w, 6, v, border=1, align=al)
            pdf.ln()
            n += 1
    pdf.ln(3)
    para("第４章　今後の課題",
         "　繁忙期が特定の課に集中しているため、令和７年度は全庁応援制度の運用と、ＲＰＡの対象業務の拡大（１０業務）を重点とする。"
         "また、ノー残業デーの定時退庁率が低いことから、水曜日午後の会議設定を原則として行わないこととする。")
    print("pdf pages", pdf.page_no())
    pdf.output(str(DOCS / "樫ノ江市時間外勤務縮減計画 令和６年度進捗状況報告書.pdf"))


# ---------------------------------------------------------------- docx
def make_docx() -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "IPAexGothic"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("令和６年度　時間外勤務に関する職員アンケート結果及び労使協議の概要", level=1)
    doc.add_paragraph("樫ノ江市総務部人事課")
    doc.add_heading("１　職員アンケートの概要", level=2)
    rate = round(SURVEY_ANSWERED / SURVEY_TARGET * 100, 1)
    doc.add_paragraph(f"　実施期間は令和６年１１月２５日から１２月９日まで。対象は正規職員{fw(SURVEY_TARGET)}人（管理職を除く）で、"
                      f"回答者は{fw(SURVEY_ANSWERED)}人、回答率は{fw(rate)}％であった。回答は庁内ネットワークの電子申請により無記名で行った。")
    doc.add_heading("２　設問別の結果", level=2)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text = "番号", "設問"
    a = h[2].merge(h[5])
    a.text = "回答の割合（％）"
    t.rows[0].cells[0].merge(t.rows[1].cells[0])
    t.rows[0].cells[1].merge(t.rows[1].cells[1])
    for i, s in enumerate(["そう思う", "どちらかといえばそう思う", "どちらかといえばそう思わない", "そう思わない"]):
        t.rows[1].cells[2 + i].text = s
    for q in SURVEY:
        c = t.add_row().cells
        for i, v in enumerate(q):
            c[i].text = v if isinstance(v, str) else fw(f"{v:.1f}")
    doc.add_paragraph("※　小数第２位を四捨五入しているため、合計が１００にならない場合がある。")
    doc.add_paragraph("　「所属の業務量に対して職員数が足りていない」と感じる職員（「そう思う」「どちらかといえばそう思う」の計）は６９．８％で、"
                      "ノー残業デーに定時で退庁できていると答えた職員は４３．４％にとどまった。")
    doc.add_heading("３　労使協議における主な意見", level=2)
    doc.add_paragraph("　職員団体（樫ノ江市職員労働組合）との協議を２回行った。意見の番号は通し番号とした。")
    doc.add_heading("（１）第１回（令和６年１０月２８日）", level=3)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["番号", "関連取組", "区分", "意見の要旨", "当局の回答"]):
        c.text = s
    for no, kai, rel, kind, text, ans in OPINIONS:
        if kai != 1:
            continue
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = fw(no), rel or "－", kind, text, ans
    doc.add_heading("（２）第２回（令和７年１月２０日）", level=3)
    for no, kai, rel, kind, text, ans in OPINIONS:
        if kai != 2:
            continue
        p = doc.add_paragraph()
        p.add_run(f"【意見{fw(no)}】（関連取組：{rel or 'なし'}）（{kind}）").bold = True
        doc.add_paragraph(f"　{text}")
        doc.add_paragraph(f"　→回答：{ans}")
    doc.add_paragraph("以上")
    doc.save(DOCS / "職員アンケート結果・労使協議の概要（令和６年度）.docx")


# ---------------------------------------------------------------- html
def make_html() -> None:
    years = ["令和２年度", "令和３年度", "令和４年度", "令和５年度", "令和６年度"]
    tot = {"令和２年度": TOTAL_R2, "令和３年度": TOTAL_R3, "令和４年度": totals("r4"), "令和５年度": totals("r5"),
           "令和６年度": totals("r6")}
    o45 = {**O45_BY_YEAR, "令和６年度": totals("o45")}
    o360 = {**O360_BY_YEAR, "令和５年度": totals("o360_5"), "令和６年度": totals("o360_6")}
    rows1 = "".join(
        f"<tr><th>{y}</th><td>{fw(comma(tot[y]))}</td><td>{fw(STAFF_BY_YEAR[y])}</td>"
        f"<td>{fw(round(tot[y] / STAFF_BY_YEAR[y], 1))}</td><td>{fw(o45[y])}</td><td>{fw(o360[y])}</td></tr>" for y in years)
    rows2 = ""
    for bu, _r in BU:
        secs = [s for s in SECTIONS if s["bu"] == bu]
        st, h = sum(s["staff"] for s in secs), sum(s["r6"] for s in secs)
        rows2 += f"<tr><th>{bu}</th><td>{fw(len(secs))}</td><td>{fw(st)}</td><td>{fw(comma(h))}</td><td>{fw(round(h / st, 1))}</td></tr>"
    rows3 = "".join(f"<tr><th>{fw(m)}</th><td>{fw(comma(sum(s['monthly'][k] for s in SECTIONS)))}</td></tr>"
                    for k, m in enumerate(MONTHS))
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>職員の時間外勤務の状況｜{CITY}</title></head>
<body>
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/shisei/jinji/">人事・給与</a></li><li>職員の時間外勤務の状況</li></ol>
<main>
<h1>職員の時間外勤務の状況</h1>
<p>更新日：令和７年７月１日　担当：総務部人事課</p>
<p>{CITY}では、職員の健康の保持と公務能率の向上のため、「{CITY}時間外勤務縮減計画」（令和４年度～令和７年度）に基づき時間外勤務の縮減に取り組んでいます。</p>
<h2>時間外勤務の上限</h2>
<p>平成３１年４月から、規則により時間外勤務の上限を定めています。原則は１か月４５時間・１年３６０時間です。
他律的業務の比重の高い部署（他律部署）では、１か月１００時間未満・１年７２０時間が上限となります。
大規模災害への対応など特例業務に従事する場合は、この上限を超えることがあります。</p>
<h2>年度別の推移（全庁）</h2>
<table border="1">
<caption>年度別時間外勤務の状況</caption>
<tr><th>年度</th><th>時間外勤務時間（時間）</th><th>職員数（人）</th><th>１人当たり年間（時間）</th><th>月45時間超の延べ人数</th><th>年360時間超の人数</th></tr>
{rows1}
</table>
<p>※　職員数は各年度４月１日現在の正規職員数（管理職を除く）。</p>
<h2>部別の状況（令和６年度）</h2>
<table border="1">
<tr><th>部</th><th>課の数</th><th>職員数（人）</th><th>時間外勤務時間（時間）</th><th>１人当たり年間（時間）</th></tr>
{rows2}
</table>
<h2>月別の状況（令和６年度・全庁）</h2>
<table border="1">
<tr><th>月</th><th>時間外勤務時間（時間）</th></tr>
{rows3}
</table>
<h2>主な取組</h2>
<ul>
<li>毎週水曜日をノー残業デーとし、午後５時１５分の定時退庁を呼びかけています。</li>
<li>令和６年度からパソコンのログにより職員の在庁時間を把握しています。</li>
<li>会議は原則１時間以内とし、資料はペーパーレスとしています。</li>
</ul>
<p>お問い合わせ：総務部人事課　人事研修係　電話０１２３－４５－６７８９</p>
</main>
</body></html>
"""
    (DOCS / f"職員の時間外勤務の状況｜{CITY}.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt() -> None:
    r3 = TOTAL_R3
    goal = round(r3 * 0.8)
    lines = [
        "樫ノ江市時間外勤務縮減推進会議　検討経過",
        "",
        "令和７年６月　事務局：総務部人事課",
        "",
        "１　推進会議の設置",
        "　平成３１年４月の時間外勤務上限規制の導入を受け、令和３年１０月に副市長を議長、各部長を委員とする"
        "「樫ノ江市時間外勤務縮減推進会議」を設置した。令和４年３月に「樫ノ江市時間外勤務縮減計画」（令和４年度～令和７年度）を策定した。",
        "",
        "２　令和６年度の会議開催状況",
        "-" * 60,
        "回        開催日              主な議題",
        "-" * 60,
    ]
    for kai, day, topic in MEETINGS:
        lines.append(f"{kai:<8}{day:<12}{topic}")
    lines += ["-" * 60, "",
              "３　柱別の評価",
              "　各柱を年度ごとにＡ（計画どおり）、Ｂ（一部に遅れ）、Ｃ（遅れ）の３段階で評価した。",
              "",
              "柱    名称                    令和4年度  令和5年度  令和6年度"]
    for pid, name in PILLARS:
        ev = PILLAR_EVAL[pid]
        e = [x.translate(str.maketrans("ABC", "ＡＢＣ")) for x in ev]
        lines.append(f"{fw(pid):<4}{name:<14}{e[0]:^9}{e[1]:^9}{e[2]:^9}")
    lines += ["",
              "４　計画の目標",
              f"　計画の目標は、令和７年度の全庁の時間外勤務時間を令和３年度（{fw(comma(r3))}時間）比で２０％削減し、"
              f"{fw(comma(goal))}時間以下とすることである。令和６年度実績は{fw(comma(totals('r6')))}時間であり、"
              f"目標まで残り{fw(comma(totals('r6') - goal))}時間である。",
              "",
              "５　今後の予定",
              "　令和７年度は計画の最終年度であることから、第６回会議（令和７年８月予定）で次期計画（令和８年度～令和１１年度）の"
              "骨子を示す。次期計画では、勤務間インターバル制度の導入と、管理職の在庁時間の把握を新たに検討する。",
              ""]
    (DOCS / "時間外勤務縮減推進会議 検討経過.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    for p in DOCS.iterdir():
        p.unlink()
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for p in sorted(DOCS.iterdir()):
        print(p.stat().st_size, p.name)
