"""Generate docs/ for made191 (栂ヶ丘市 職員研修と人事評価制度の見直し). Run: python make_documents.py"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "栂ヶ丘市"

FW = str.maketrans("0123456789.%-,", "０１２３４５６７８９．％－，")


def fw(x) -> str:
    return str(x).translate(FW)


def comma(n: int) -> str:
    return f"{n:,}"


YEARS = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]
# 研修: 区分, [(研修番号, 研修名, 対象職層, 実施日 R6 (西暦), 会場, 受講者数 R3..R6 (None = 未実施), 満足度 R3..R6)]
GROUPS = [
    ("階層別研修", [
        ("101", "新規採用職員研修（前期）", "新規採用職員", (2024, 4, 3), "市役所本庁舎", (28, 31, 26, 34), (4.2, 4.3, 4.1, 4.4)),
        ("102", "新規採用職員研修（後期）", "新規採用職員", (2024, 10, 17), "市役所本庁舎", (27, 30, 25, 33), (4.0, 4.1, 4.2, 4.3)),
        ("103", "採用３年目職員研修", "主事級", (2024, 7, 11), "栂ヶ丘市民会館", (22, 24, 29, 27), (3.8, 3.9, 3.7, 3.6)),
        ("104", "新任係長研修", "係長級", (2024, 5, 22), "市役所本庁舎", (14, 12, 16, 18), (3.9, 4.0, 4.1, 4.2)),
        ("105", "新任課長補佐研修", "課長補佐級", (2024, 6, 13), "市役所本庁舎", (9, 11, 8, 10), (3.7, 3.6, 3.8, 3.9)),
        ("106", "新任管理職研修", "課長級", (2024, 4, 18), "県自治会館", (7, 6, 9, 8), (4.1, 4.0, 3.9, 4.2)),
    ]),
    ("専門研修", [
        ("201", "評価者研修（人事評価）", "課長補佐級以上", (2024, 9, 5), "市役所本庁舎", (48, 45, 52, 50), (3.2, 3.4, 3.5, 3.8)),
        ("202", "被評価者研修（目標設定）", "主事級・主任級", (2024, 8, 21), "栂ヶ丘市民会館", (None, 64, 71, 69), (None, 3.3, 3.5, 3.4)),
        ("203", "法制執務研修", "主任級・係長級", (2024, 11, 7), "市役所本庁舎", (35, 30, 28, 25), (3.9, 3.8, 4.0, 3.9)),
        ("204", "文書事務研修", "主事級", (2024, 5, 9), "市役所本庁舎", (40, 38, 36, 41), (3.5, 3.6, 3.4, 3.7)),
        ("205", "接遇研修", "全職層", (2024, 6, 27), "栂ヶ丘市民会館", (52, 55, 49, 47), (4.0, 4.1, 4.1, 4.0)),
        ("206", "ハラスメント防止研修", "全職層", (2025, 1, 23), "栂ヶ丘市民会館", (120, 135, 142, 150), (3.6, 3.7, 3.9, 4.1)),
        ("207", "メンタルヘルス研修（ラインケア）", "係長級以上", (2025, 2, 13), "市役所本庁舎", (38, 41, 44, 40), (3.8, 3.9, 4.0, 4.2)),
        ("208", "ＤＸ推進研修", "全職層", (2024, 12, 12), "市役所本庁舎", (None, None, 45, 62), (None, None, 3.4, 3.9)),
    ]),
    ("派遣研修", [
        ("301", "市町村職員中央研修所（市町村アカデミー）派遣研修", "係長級以上", (2024, 7, 22), "市町村アカデミー（千葉市）", (3, 2, 4, 3), (4.5, 4.6, 4.4, 4.7)),
        ("302", "県自治研修所　政策形成研修", "主任級・係長級", (2025, 3, 6), "県自治研修所", (6, 8, 7, 5), (4.0, 4.2, 4.1, 3.8)),
    ]),
]
TRAININGS = []
for grp, rows in GROUPS:
    for code, name, target, date, place, n, sat in rows:
        TRAININGS.append(dict(code=code, group=grp, name=name, target=target, date=dt.date(*date), place=place,
                              n=dict(zip(YEARS, n)), sat=dict(zip(YEARS, sat))))
TR = {t["code"]: t for t in TRAININGS}
WEEK = "月火水木金土日"


def md(d: dt.date) -> str:  # xlsx: month/day only (the fiscal year is in the header)
    return f"{fw(d.month)}月{fw(d.day)}日"


def wareki(d: dt.date) -> str:
    return f"令和{fw(d.year - 2018)}年{fw(d.month)}月{fw(d.day)}日（{WEEK[d.weekday()]}）"


# 人事評価: 区分, [(職層, R5 S..D, R6 S..D, 平均目標達成率 R5, R6)]
GRADES = ["Ｓ", "Ａ", "Ｂ", "Ｃ", "Ｄ"]
LEVEL_GROUPS = [
    ("管理監督職", [
        ("部長級", (1, 4, 4, 0, 0), (2, 4, 3, 0, 0), 96.2, 97.5),
        ("課長級", (3, 12, 12, 1, 0), (4, 11, 12, 1, 0), 95.1, 96.8),
        ("課長補佐級", (2, 13, 17, 2, 0), (3, 15, 14, 2, 0), 93.4, 92.9),
    ]),
    ("一般職", [
        ("係長級", (6, 31, 52, 6, 1), (8, 36, 49, 5, 0), 91.8, 93.0),
        ("主任級", (9, 44, 89, 9, 1), (10, 47, 86, 8, 1), 90.2, 91.5),
        ("主事級", (7, 52, 165, 15, 4), (9, 60, 165, 16, 2), 88.7, 87.9),
    ]),
]
LEVELS = []
for grp, rows in LEVEL_GROUPS:
    for name, r5, r6, a5, a6 in rows:
        LEVELS.append(dict(name=name, group=grp, r5=dict(zip(GRADES, r5)), r6=dict(zip(GRADES, r6)), a5=a5, a6=a6))
LV = {x["name"]: x for x in LEVELS}


def sa_share(lv, year="r6") -> float:
    d = lv[year]
    return round((d["Ｓ"] + d["Ａ"]) / sum(d.values()) * 100, 1)


# 苦情相談件数 (人事評価): 内容区分 -> R3..R6
COMPLAINTS = [
    ("評価結果に関するもの", (3, 4, 7, 5)),
    ("目標設定に関するもの", (1, 2, 3, 1)),
    ("面談・手続に関するもの", (1, 1, 1, 2)),
    ("その他", (0, 1, 1, 1)),
]
COMPLAINT_TOTAL = {y: sum(c[1][i] for c in COMPLAINTS) for i, y in enumerate(YEARS)}
APPEALS = dict(zip(YEARS, (0, 1, 2, 0)))  # 苦情処理委員会への申出
EVAL_STAFF = {"令和３年度": 548, "令和４年度": 555}  # 人事評価の対象職員数 (R5, R6 = sums of the distribution)
for _y, _k in (("令和５年度", "r5"), ("令和６年度", "r6")):
    EVAL_STAFF[_y] = sum(sum(x[_k].values()) for x in LEVELS)

# 取組 (practice): 方針, 取組番号, 取組名, 担当課, 指標, 単位, 目標値, 実績値 (R6), 評価 R4, R5, R6
POLICIES = [("1", "人材育成・研修体系の再構築"), ("2", "人事評価制度の見直し"), ("3", "働きやすい職場づくり")]
PRACTICES = [
    ("1", "1-1", "階層別研修の体系見直し", "人事課", "階層別研修の受講者数", "人", 120, 130, "Ｂ", "Ａ", "Ａ"),
    ("1", "1-2", "ｅラーニングの導入", "情報政策課", "ｅラーニング受講者数", "人", 300, 246, "－", "Ｃ", "Ｂ"),
    ("1", "1-3", "派遣研修の拡充", "人事課", "派遣研修の受講者数", "人", 12, 8, "Ｂ", "Ｂ", "Ｃ"),
    ("1", "1-4", "自主研究グループへの支援", "人事課", "支援したグループ数", "団体", 5, 5, "Ａ", "Ｂ", "Ａ"),
    ("1", "1-5", "ＤＸ人材の育成", "情報政策課", "ＤＸ推進研修の受講者数", "人", 60, 62, "－", "Ｂ", "Ａ"),
    ("2", "2-1", "評価者研修の充実", "人事課", "評価者研修の受講率", "％", 100, 94, "Ｂ", "Ｂ", "Ｂ"),
    ("2", "2-2", "目標設定シートの様式改善", "人事課", "新様式の使用率", "％", 100, 100, "Ｃ", "Ａ", "Ａ"),
    ("2", "2-3", "評価結果の勤勉手当への反映", "職員課", "反映した職層の数", "職層", 6, 3, "－", "Ｃ", "Ｃ"),
    ("2", "2-4", "苦情相談制度の周知", "人事課", "制度の認知度（職員アンケート）", "％", 80, 58.6, "Ｂ", "Ｃ", "Ｃ"),
    ("2", "2-5", "フィードバック面談の徹底", "職員課", "面談の実施率", "％", 100, 91, "Ａ", "Ａ", "Ｂ"),
    ("3", "3-1", "メンタルヘルス対策の強化", "職員課", "ラインケア研修の受講者数", "人", 45, 40, "Ｂ", "Ａ", "Ｂ"),
    ("3", "3-2", "ハラスメント防止の徹底", "職員課", "ハラスメント防止研修の受講者数", "人", 150, 150, "Ａ", "Ａ", "Ａ"),
    ("3", "3-3", "キャリアデザイン研修の新設", "人事課", "キャリアデザイン研修の受講者数", "人", 30, 0, "－", "－", "Ｃ"),
]


def rate(p) -> float:
    return round(p[7] / p[6] * 100, 1)


POLICY_EVAL = {"1": ("Ｂ", "Ｂ", "Ａ"), "2": ("Ａ", "Ｂ", "Ｃ"), "3": ("Ｂ", "Ａ", "Ａ")}

# 委員意見 (docx): 番号, 委員, 関連取組 (None = なし), 区分, 意見, 事務局の考え方
MEMBERS = {"A": "大学教授（委員長）", "B": "社会保険労務士（副委員長）", "C": "職員団体代表", "D": "民間企業人事担当", "E": "公募市民"}
OPINIONS = [
    (1, "A", "2-2", "評価", "目標設定シートの様式が簡素になり、記入の負担が減ったという声が多い。様式改善は成果が出ている。",
     "引き続き記入例を充実させる。"),
    (2, "B", "2-4", "指摘", "苦情相談制度を知らない職員が４割を超えており、周知が不十分である。",
     "評価者研修と新規採用職員研修で制度を説明するよう検討します。"),
    (3, "A", None, "指摘", "職層が上がるほどＳ・Ａの割合が高い。評価者間の甘辛を調整する仕組みが必要ではないか。",
     "二次評価者による調整会議の導入を検討します。"),
    (4, "C", "2-3", "要望", "勤勉手当への反映は管理監督職の３職層にとどまっている。一般職への拡大は職員団体と十分に協議してほしい。",
     "一般職への反映は、職員団体と協議の上、令和８年度からの実施を目指す。"),
    (5, "D", "3-2", "評価", "ハラスメント防止研修は受講者が増え、満足度も４．０を超えた。管理職向けの事例研修も加えるとよい。",
     "令和７年度は管理職向けの事例研修を追加する。"),
    (6, "E", "1-2", "要望", "ｅラーニングの受講者数が目標に届いていない。業務時間内に受講できる環境を整えるべきである。",
     "受講用の端末を各庁舎に配置するよう検討します。"),
    (7, "C", "1-3", "指摘", "派遣研修の受講者が減っている。職場の人員不足で職員を送り出せないことが原因ではないか。",
     "派遣期間中の代替職員の配置について検討します。"),
    (8, "D", None, "要望", "研修の満足度だけでなく、受講後に職場で行動が変わったかを測る指標を設けるべきである。",
     "受講３か月後の上司アンケートを試行する。"),
    (9, "B", "2-5", "指摘", "フィードバック面談の実施率が下がった。面談の記録を必ず残すべきである。",
     "面談記録の様式を定め、人事評価システムに登録することとする。"),
    (10, "E", "3-3", "要望", "キャリアデザイン研修が未実施のままである。令和７年度は確実に実施してほしい。",
     "令和７年９月に実施する。"),
]

# 職員アンケート (docx): 設問, そう思う, どちらかといえばそう思う, どちらかといえばそう思わない, そう思わない (％)
SURVEY = [
    ("問１", "人事評価の結果に納得している", 18.3, 42.6, 25.9, 13.2),
    ("問２", "期首の目標設定面談が十分に行われている", 24.5, 40.3, 22.2, 13.0),
    ("問３", "評価結果のフィードバックを受けている", 30.9, 35.2, 19.2, 14.7),
    ("問４", "受講した研修が業務に役立っている", 27.5, 48.1, 17.4, 7.0),
    ("問５", "研修に参加しやすい職場環境である", 12.8, 33.0, 34.6, 19.6),
]
SURVEY_TARGET, SURVEY_ANSWERED = 612, 437
FREE_OPINIONS = [("研修に関するもの", 48), ("人事評価に関するもの", 63), ("職場環境に関するもの", 29)]

MEETINGS = [
    ("第１回", "令和６年６月１８日", "令和５年度の実施状況の報告"),
    ("第２回", "令和６年１０月２２日", "評価者研修の見直し案、職員アンケートの設問"),
    ("第３回", "令和７年２月１０日", "職員アンケート結果の報告、委員意見のとりまとめ"),
]
BUDGET_R6, BUDGET_R7 = 8420, 9150  # 研修費（千円）


def tsum(t_list, year):
    return sum(t["n"][year] or 0 for t in t_list)


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
    ws.title = "研修別受講実績"
    ws["A1"] = "職員研修　研修別受講実績（令和３年度～令和６年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "資料：総務部人事課（各年度末現在）"
    for a, b, text in (("A4", "A5", "研修番号"), ("B4", "B5", "研修名"), ("C4", "C5", "対象職層"),
                       ("D4", "D5", "実施月日（令和６年度）"), ("E4", "H4", "受講者数"), ("I4", "L4", "満足度（５段階平均）")):
        ws[a] = text
        ws.merge_cells(f"{a}:{b}")
    for i, y in enumerate(YEARS):
        ws.cell(5, 5 + i, y)
        ws.cell(5, 9 + i, y)
        ws.cell(6, 5 + i, "（人）")
        ws.cell(6, 9 + i, "（点）")
    for row in ws.iter_rows(min_row=4, max_row=6, max_col=12):
        for c in row:
            c.alignment, c.border, c.fill, c.font = center, box, grey, Font(bold=True)
    r = 7

    def dash(v):
        return "－" if v is None else v

    for grp, _rows in GROUPS:
        ws.cell(r, 1, f"【{grp}】").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        ts = [t for t in TRAININGS if t["group"] == grp]
        for t in ts:
            vals = [t["code"], t["name"], t["target"], md(t["date"]), *[dash(t["n"][y]) for y in YEARS],
                    *[dash(t["sat"][y]) for y in YEARS]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = box
                if i >= 9 and isinstance(v, float):
                    c.number_format = "0.0"
            r += 1
        vals = ["", f"{grp}　小計", "", "", *[tsum(ts, y) for y in YEARS], "－", "－", "－", "－"]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border, c.font = box, Font(bold=True)
        r += 1
    vals = ["合計", "", "", "", *[tsum(TRAININGS, y) for y in YEARS], "－", "－", "－", "－"]
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        c.border, c.font = box, Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 2
    for note in ["※１　満足度は、研修終了時の受講者アンケート（５段階評価）の平均値（小数第２位を四捨五入）。",
                 "※２　「－」は当該年度に実施していないことを示す（２０２は令和４年度、２０８は令和５年度に新設）。",
                 "※３　実施月日は令和６年度の実施日（複数日にわたる研修は初日）。１月～３月は令和７年。",
                 "※４　派遣研修の受講者数は派遣した職員数。"]:
        ws.cell(r, 1, note)
        r += 1
    for col, w in zip("ABCDEFGHIJKL", (9, 40, 16, 12, 9, 9, 9, 9, 9, 9, 9, 9)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("職層別評価区分")
    ws2["A1"] = "人事評価　職層別の評価区分の分布（令和５年度・令和６年度）"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "単位：人（平均目標達成率は％）　評価期間：各年度４月１日～３月３１日"
    ws2["A4"] = "職層"
    ws2.merge_cells("A4:A5")
    ws2["B4"] = "令和５年度"
    ws2.merge_cells("B4:G4")
    ws2["H4"] = "令和６年度"
    ws2.merge_cells("H4:M4")
    ws2["N4"] = "平均目標達成率（％）"
    ws2.merge_cells("N4:O4")
    for base in (2, 8):
        for i, g in enumerate([*GRADES, "計"]):
            ws2.cell(5, base + i, g)
    ws2.cell(5, 14, "令和５年度")
    ws2.cell(5, 15, "令和６年度")
    for row in ws2.iter_rows(min_row=4, max_row=5, max_col=15):
        for c in row:
            c.alignment, c.border, c.fill, c.font = center, box, grey, Font(bold=True)
    r = 6

    def line(label, d5, d6, a5, a6, bold=False):
        nonlocal r
        vals = [label, *[d5[g] for g in GRADES], sum(d5.values()), *[d6[g] for g in GRADES], sum(d6.values()), a5, a6]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(r, i, v)
            c.border = box
            if isinstance(v, float):
                c.number_format = "0.0"
            if bold:
                c.font = Font(bold=True)
        r += 1

    for grp, _rows in LEVEL_GROUPS:
        ws2.cell(r, 1, f"【{grp}】").font = Font(bold=True)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        r += 1
        ls = [x for x in LEVELS if x["group"] == grp]
        for x in ls:
            line(x["name"], x["r5"], x["r6"], x["a5"], x["a6"])
        line(f"{grp}　小計", {g: sum(x["r5"][g] for x in ls) for g in GRADES},
             {g: sum(x["r6"][g] for x in ls) for g in GRADES}, "－", "－", True)
    line("合計", {g: sum(x["r5"][g] for x in LEVELS) for g in GRADES},
         {g: sum(x["r6"][g] for x in LEVELS) for g in GRADES}, "－", "－", True)
    r += 1
    for note in ["※１　評価区分　Ｓ：特に優秀、Ａ：優秀、Ｂ：標準、Ｃ：やや劣る、Ｄ：劣る。",
                 "※２　平均目標達成率は、業績評価の目標ごとの達成率を職層ごとに平均したもの。",
                 "※３　休職者・年度途中の採用者は対象外。"]:
        ws2.cell(r, 1, note)
        r += 1
    ws2.column_dimensions["A"].width = 16
    wb.save(DOCS / "研修受講実績・人事評価結果（令和３～６年度）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf() -> None:
    from fpdf import FPDF

    title = f"{CITY}人材育成基本方針　令和６年度取組状況報告書"

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 6, title, align="R")
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
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 9, title, align="C")
    pdf.ln(8)
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 6, "令和７年５月　栂ヶ丘市総務部人事課", align="R")
    pdf.ln(8)

    def para(head, body):
        pdf.set_font("ipa", size=11)
        pdf.cell(0, 7, head)
        pdf.ln(7)
        pdf.set_font("ipa", size=9)
        pdf.multi_cell(0, 5, body)
        pdf.ln(2)

    t6 = {g: sum(x["r6"][g] for x in LEVELS) for g in GRADES}
    para("第１章　人事評価の実施状況",
         f"　令和６年度の人事評価は、{fw(EVAL_STAFF['令和６年度'])}人（前年度{fw(EVAL_STAFF['令和５年度'])}人）を対象に実施した。"
         f"Ｓ評価は{fw(t6['Ｓ'])}人、Ｄ評価は{fw(t6['Ｄ'])}人であった。職層別の分布は表１、苦情相談の件数は表２のとおりである。"
         f"苦情相談は{fw(COMPLAINT_TOTAL['令和６年度'])}件で、前年度から{fw(COMPLAINT_TOTAL['令和５年度'] - COMPLAINT_TOTAL['令和６年度'])}件減少した。")

    def table(title_, widths, heads, rows, aligns, bold_rows=()):
        pdf.set_font("ipa", size=9.5)
        pdf.cell(0, 6, title_)
        pdf.ln(6)
        pdf.set_font("ipa", size=8)
        pdf.set_fill_color(220, 220, 220)
        for w, h in zip(widths, heads):
            pdf.cell(w, 6, h, border=1, align="C", fill=True)
        pdf.ln()
        for k, row in enumerate(rows):
            if isinstance(row, str):
                pdf.cell(sum(widths), 5.5, row, border=1)
                pdf.ln()
                continue
            for w, v, al in zip(widths, row, aligns):
                pdf.cell(w, 5.5, v, border=1, align=al)
            pdf.ln()

    # 表１ and 表２ on page 1
    rows1 = []
    for grp, _r in LEVEL_GROUPS:
        rows1.append(f"　{grp}")
        for x in [x for x in LEVELS if x["group"] == grp]:
            d = x["r6"]
            rows1.append([x["name"], *[fw(d[g]) if d[g] else "－" for g in GRADES], fw(sum(d.values())),
                          fw(f"{sa_share(x):.1f}")])
    tot = {g: sum(x["r6"][g] for x in LEVELS) for g in GRADES}
    n = sum(tot.values())
    rows1.append(["合計", *[fw(tot[g]) for g in GRADES], fw(n), fw(f"{(tot['Ｓ'] + tot['Ａ']) / n * 100:.1f}")])
    table("表１　職層別の評価区分の分布（令和６年度）　（単位：人）", [30, 20, 20, 20, 20, 20, 20, 30],
          ["職層", *GRADES, "計", "Ｓ・Ａの割合（％）"], rows1, "LRRRRRRR")
    pdf.set_font("ipa", size=7.5)
    pdf.cell(0, 5, "※　「－」は該当者なし。Ｓ・Ａの割合は小数第２位を四捨五入。")
    pdf.ln(8)
    rows2 = [[name, *[fw(v) if v else "－" for v in vals]] for name, vals in COMPLAINTS]
    rows2.append(["計", *[fw(COMPLAINT_TOTAL[y]) for y in YEARS]])
    rows2.append(["（参考）苦情処理委員会への申出", *[fw(APPEALS[y]) if APPEALS[y] else "－" for y in YEARS]])
    table("表２　人事評価に関する苦情相談件数の推移　（単位：件）", [60, 30, 30, 30, 30],
          ["内容区分", *YEARS], rows2, "LRRRR")
    pdf.ln(4)
    para("第２章　取組の実施状況",
         "　人材育成基本方針（令和４年度～令和７年度）の３つの基本方針の下、１３の取組を進めている。各取組を年度ごとに"
         "Ａ（計画どおり）、Ｂ（一部に遅れ）、Ｃ（遅れ）で評価した。「－」はその年度に未着手であることを示す。"
         "達成率は令和６年度の実績値÷目標値×１００である。")
    w3 = [13, 40, 18, 42, 13, 13, 17, 8, 8, 8]

    def head3():
        pdf.set_font("ipa", size=7.5)
        pdf.set_fill_color(220, 220, 220)
        x0, y0 = pdf.get_x(), pdf.get_y()
        for w, h in zip(w3[:7], ["取組番号", "取組名", "担当課", "指標", "目標値", "実績値", "達成率（％）"]):
            pdf.cell(w, 10, h, border=1, align="C", fill=True)
        xe = pdf.get_x()
        pdf.cell(24, 5, "評価", border=1, align="C", fill=True)
        pdf.set_xy(xe, y0 + 5)
        for h in ("４年度", "５年度", "６年度"):
            pdf.cell(8, 5, h, border=1, align="C", fill=True)
        pdf.set_xy(x0, y0 + 10)

    pdf.set_font("ipa", size=9.5)
    pdf.cell(0, 6, "表３　取組別の実施状況")
    pdf.ln(6)
    head3()
    for pid, pname in POLICIES:
        pdf.set_font("ipa", size=7.5)
        pdf.cell(sum(w3), 5.5, f"基本方針{fw(pid)}　{pname}", border=1)
        pdf.ln()
        for p in [p for p in PRACTICES if p[0] == pid]:
            if pdf.get_y() > 270:
                pdf.add_page()
                pdf.set_font("ipa", size=8.5)
                pdf.cell(0, 6, "（表３の続き）")
                pdf.ln(6)
                head3()
            pdf.set_font("ipa", size=7)
            unit = p[5]
            vals = [fw(p[1]), p[2], p[3], f"{p[4]}（{unit}）", fw(p[6]), fw(p[7]), fw(f"{rate(p):.1f}"), p[8], p[9], p[10]]
            for w, v, al in zip(w3, vals, "CLLLCCCCCC"):
                pdf.cell(w, 5.5, v, border=1, align=al)
            pdf.ln()
    pdf.set_font("ipa", size=7.5)
    pdf.cell(0, 5, "※　2-4の実績値は令和６年度職員アンケートで苦情相談制度を「知っている」と回答した職員の割合。")
    pdf.ln(8)
    para("第３章　今後の方向性",
         "　令和７年度は現行方針の最終年度であることから、第３次人材育成基本方針（令和８年度～令和１２年度）を策定する。"
         "キャリアデザイン研修は令和７年９月に実施し、評価者研修は全評価者の受講を目指して年２回開催とする。")
    print("pdf pages", pdf.page_no())
    pdf.output(str(DOCS / f"{CITY}人材育成基本方針 令和６年度取組状況報告書.pdf"))


# ---------------------------------------------------------------- docx
def make_docx() -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "IPAexGothic"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("令和６年度　人事評価制度検討委員会（第３回）会議概要", level=1)
    doc.add_paragraph("日時：令和７年２月１０日（月）午後２時～４時　　場所：栂ヶ丘市役所本庁舎５階　第２会議室")
    doc.add_paragraph("出席委員：５名（全員）　　事務局：総務部人事課、職員課")
    doc.add_heading("１　職員アンケート結果の報告", level=2)
    rate_ = round(SURVEY_ANSWERED / SURVEY_TARGET * 100, 1)
    doc.add_paragraph(f"　令和６年１２月２日から１２月１６日まで、全職員{fw(SURVEY_TARGET)}人を対象に実施し、"
                      f"{fw(SURVEY_ANSWERED)}人から回答を得た（回答率{fw(rate_)}％）。")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text = "番号", "設問"
    h[2].merge(h[5]).text = "回答の割合（％）"
    t.rows[0].cells[0].merge(t.rows[1].cells[0])
    t.rows[0].cells[1].merge(t.rows[1].cells[1])
    for i, s in enumerate(["そう思う", "どちらかといえばそう思う", "どちらかといえばそう思わない", "そう思わない"]):
        t.rows[1].cells[2 + i].text = s
    for q in SURVEY:
        c = t.add_row().cells
        for i, v in enumerate(q):
            c[i].text = v if isinstance(v, str) else fw(f"{v:.1f}")
    doc.add_paragraph("　人事評価の結果に納得している職員（「そう思う」「どちらかといえばそう思う」の計）は６０．９％であった。"
                      "また、人事評価の苦情相談制度を「知っている」と回答した職員は５８．６％（前年度５１．２％）にとどまった。")
    doc.add_paragraph("　自由記述欄には１４０件の意見が寄せられた。内訳は次のとおり。")
    for name, k in FREE_OPINIONS:
        doc.add_paragraph(f"{name}　{fw(k)}件", style="List Bullet")
    doc.add_heading("２　委員意見", level=2)
    doc.add_paragraph("　委員から出された意見と事務局の考え方は次のとおり。意見の番号は通し番号とした。")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["番号", "委員", "関連取組", "意見", "事務局の考え方"]):
        c.text = s
    for no, mem, rel, kind, text, ans in OPINIONS[:5]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = fw(no), MEMBERS[mem], rel or "－"
        c[3].text = f"〔{kind}〕{text}"
        c[4].text = ans
        if no == 3:  # the member's opinion cites the distribution: a table nested in the cell
            c[3].add_paragraph("（委員提出資料）職層別のＳ・Ａの割合（令和６年度）")
            inner = c[3].add_table(rows=1, cols=2)
            inner.style = "Table Grid"
            inner.rows[0].cells[0].text, inner.rows[0].cells[1].text = "職層", "割合（％）"
            for x in LEVELS:
                rc = inner.add_row().cells
                rc[0].text, rc[1].text = x["name"], fw(f"{sa_share(x):.1f}")
    doc.add_paragraph("（以下、会議後に書面で提出された意見）")
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    for no, mem, rel, kind, text, ans in OPINIONS[5:]:
        p = doc.add_paragraph()
        p.add_run(f"{circled[no - 1]}〔{kind}〕（関連取組：{rel or 'なし'}）　{MEMBERS[mem]}").bold = True
        doc.add_paragraph(f"　{text}")
        doc.add_paragraph(f"　（事務局）{ans}")
    doc.add_heading("３　今後の予定", level=2)
    doc.add_paragraph("　委員意見を踏まえ、事務局が令和７年度の取組方針を整理し、次回（令和７年６月予定）に報告する。")
    doc.add_paragraph("以上")
    doc.save(DOCS / "令和６年度人事評価制度検討委員会（第３回）会議概要.docx")


# ---------------------------------------------------------------- html
def make_html() -> None:
    rows = ""
    for grp, _r in GROUPS:
        for t in [t for t in TRAININGS if t["group"] == grp]:
            rows += (f'<tr><th scope="row">{t["code"]}</th><td>{t["name"]}</td><td>{grp}</td><td>{t["target"]}</td>'
                     f'<td>{wareki(t["date"])}</td><td>{t["place"]}</td><td>{fw(t["n"]["令和６年度"])}人</td></tr>\n')
    rows2 = "".join(
        f'<tr><th scope="row">{y}</th><td>{fw(EVAL_STAFF[y])}人</td><td>{fw(COMPLAINT_TOTAL[y])}件</td>'
        f'<td>{fw(APPEALS[y]) + "件" if APPEALS[y] else "－"}</td></tr>\n' for y in YEARS)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>職員の人材育成と人事評価｜{CITY}</title></head>
<body>
<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/shisei/jinji/">人事・職員</a></li><li>職員の人材育成と人事評価</li></ol>
<main>
<h1>職員の人材育成と人事評価</h1>
<p class="update">更新日：令和７年６月２日</p>
<p>{CITY}では、「{CITY}人材育成基本方針」（令和４年度～令和７年度）に基づき、職員研修と人事評価制度を一体的に見直しています。</p>
<h2>人材育成の基本方針</h2>
<dl>
<dt>基本方針１　人材育成・研修体系の再構築</dt><dd>職層ごとに求められる能力を明確にし、階層別研修・専門研修・派遣研修を体系的に実施します。</dd>
<dt>基本方針２　人事評価制度の見直し</dt><dd>能力評価と業績評価の２本立てで、年１回（業績評価は年２回の面談）評価を行い、結果を人材育成と処遇に活用します。</dd>
<dt>基本方針３　働きやすい職場づくり</dt><dd>メンタルヘルス対策とハラスメント防止に取り組み、職員が能力を発揮できる職場をつくります。</dd>
</dl>
<h2>令和６年度に実施した研修</h2>
<table border="1">
<caption>令和６年度　職員研修の実施状況</caption>
<thead><tr><th scope="col">研修番号</th><th scope="col">研修名</th><th scope="col">区分</th><th scope="col">対象職層</th><th scope="col">実施日</th><th scope="col">会場</th><th scope="col">受講者数</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p>※　複数日にわたる研修は初日を記載しています。</p>
<h2>人事評価の評価区分</h2>
<dl>
<dt>Ｓ</dt><dd>特に優秀（求められる水準を大きく上回る）</dd>
<dt>Ａ</dt><dd>優秀（求められる水準を上回る）</dd>
<dt>Ｂ</dt><dd>標準（求められる水準である）</dd>
<dt>Ｃ</dt><dd>やや劣る（求められる水準をやや下回る）</dd>
<dt>Ｄ</dt><dd>劣る（求められる水準を大きく下回る）</dd>
</dl>
<h2>人事評価の実施状況</h2>
<table border="1">
<thead><tr><th scope="col">年度</th><th scope="col">対象職員数</th><th scope="col">苦情相談件数</th><th scope="col">苦情処理委員会への申出</th></tr></thead>
<tbody>
{rows2}</tbody>
</table>
<p>※　苦情相談は、人事課に置く苦情相談員（２名）が受け付けます。評価結果の開示から２週間以内に申し出てください。</p>
<p>お問い合わせ：総務部人事課　研修係　電話０１２３－６５－４３２１</p>
</main>
</body></html>
"""
    (DOCS / f"職員の人材育成と人事評価｜{CITY}.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt() -> None:
    c5, c6 = COMPLAINT_TOTAL["令和５年度"], COMPLAINT_TOTAL["令和６年度"]
    ev6 = dict((c[0], c[1][3]) for c in COMPLAINTS)
    lines = [
        "栂ヶ丘市人事評価制度検討委員会　検討経過（令和６年度）",
        "",
        "令和７年５月　事務局：総務部人事課",
        "",
        "【委員会の設置】",
        "・平成３１年４月に人事評価制度を本格導入し、令和３年７月に外部委員５名による「栂ヶ丘市人事評価制度検討委員会」を設置した。",
        "・委員の任期は２年で、現在の委員は令和５年７月に委嘱した。",
        "",
        "【令和６年度の開催状況】",
    ]
    for kai, day, topic in MEETINGS:
        lines.append(f"・{kai}　{day}　{topic}")
    lines += [
        "",
        "【基本方針別の評価】",
        "・評価はＡ（計画どおり）、Ｂ（一部に遅れ）、Ｃ（遅れ）の３段階。",
    ]
    for pid, name in POLICIES:
        e = POLICY_EVAL[pid]
        lines.append(f"・基本方針{fw(pid)}（{name}）　令和４年度{e[0]}／令和５年度{e[1]}／令和６年度{e[2]}")
    lines += [
        "",
        "【苦情相談の状況】",
        f"・令和６年度の苦情相談は{fw(c6)}件（前年度{fw(c5)}件）で、うち評価結果に関するものが{fw(ev6['評価結果に関するもの'])}件であった。",
        "・苦情処理委員会への申出は０件であった（令和５年度は２件）。",
        "・苦情相談員は人事課の職員２名で、相談の受付期間は評価結果の開示から２週間以内である。",
        "",
        "【研修の状況】",
        f"・令和６年度の研修費は{fw(comma(BUDGET_R6))}千円で、令和７年度予算は{fw(comma(BUDGET_R7))}千円である。",
        f"・令和６年度の研修受講者は延べ{fw(comma(tsum(TRAININGS, '令和６年度')))}人（前年度{fw(comma(tsum(TRAININGS, '令和５年度')))}人）であった。",
        "・ｅラーニングは令和５年１０月に導入し、令和６年度の受講者は２４６人であった。",
        "",
        "【今後の予定】",
        "・キャリアデザイン研修（対象：採用１０年目・２０年目の職員）を令和７年９月に実施する。",
        "・令和７年度中に第３次人材育成基本方針（令和８年度～令和１２年度）を策定する。",
        "・評価者研修は令和７年度から年２回開催とする。",
        "",
        "以上",
        "",
    ]
    (DOCS / "人事評価制度検討委員会 検討経過.txt").write_text("\n".join(lines), encoding="utf-8")


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
