"""Generate docs/ for made192 — 梓ヶ丘市 広告事業・ネーミングライツ (fictional). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

CITY = "梓ヶ丘市"
DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FW = str.maketrans("0123456789.-,%()", "０１２３４５６７８９．－，％（）")


def fw(x) -> str:
    return str(x).translate(FW)


def wareki(ym) -> str:
    """(西暦年, 月) -> 令和n年m月 (平成31年4月 for 2019-04)."""
    y, m = ym
    if y == 2019 and m <= 4:
        return f"平成{fw(31)}年{fw(m)}月"
    n = y - 2018
    return f"令和{'元' if n == 1 else fw(n)}年{fw(m)}月"


GROUPS = ["スポーツ施設", "文化施設", "公園・その他"]
# 施設番号, 区分, 施設名, 愛称, 契約相手, 年額（千円）, 開始(西暦,月), 終了(西暦,月), 契約区分, 状況(令和7年4月1日現在)
CONTRACTS = [
    ("N-01", "スポーツ施設", "梓ヶ丘市総合体育館", "あずさ信金アリーナ", "梓ヶ丘信用金庫", 6000, (2022, 4), (2027, 3), "更新", "契約中"),
    ("N-02", "スポーツ施設", "梓ヶ丘市民プール", "アクアプラザ丸善", "丸善建設株式会社", 1800, (2024, 7), (2027, 6), "新規", "契約中"),
    ("N-03", "スポーツ施設", "梓ヶ丘市陸上競技場", "ミナモトスポーツフィールド", "株式会社ミナモト電機", 3500, (2021, 10), (2024, 9), "新規", "終了"),
    ("N-04", "スポーツ施設", "梓ヶ丘市営テニスコート", "ひばり乳業テニスガーデン", "ひばり乳業株式会社", 800, (2023, 4), (2026, 3), "新規", "契約中"),
    ("N-05", "文化施設", "梓ヶ丘市民会館", "あずさ銀行ホール", "株式会社あずさ銀行", 5000, (2023, 4), (2028, 3), "更新", "契約中"),
    ("N-06", "文化施設", "梓ヶ丘市文化センター小ホール", "カネヨシ・ハーモニーホール", "株式会社カネヨシ", 1200, (2024, 1), (2026, 12), "新規", "契約中"),
    ("N-07", "文化施設", "梓ヶ丘市立中央図書館", "ほんのもりライブラリー", "梓ヶ丘ガス株式会社", 900, (2022, 4), (2025, 3), "新規", "終了"),
    ("N-08", "公園・その他", "梓ヶ丘中央公園", "グリーンテック中央公園", "グリーンテック株式会社", 1500, (2021, 4), (2026, 3), "更新", "契約中"),
    ("N-09", "公園・その他", "梓ヶ丘駅前自由通路", "東和不動産ブリッジ", "東和不動産株式会社", 600, (2024, 10), (2027, 9), "新規", "契約中"),
    ("N-10", "公園・その他", "梓ヶ丘大橋歩道橋", "ハートフル歩道橋", "医療法人ハート会", 300, (2019, 4), (2024, 3), "新規", "終了"),
]
EXTRA_FAC = {"N-11": "梓ヶ丘市民球場", "N-12": "梓ヶ丘市総合福祉センター"}
# 募集: 募集年度, 施設番号, 希望金額（年額・千円以上）, 応募件数, 結果
RECRUIT = [
    ("令和４年度", "N-04", 700, 2, "決定"), ("令和４年度", "N-05", 5000, 1, "決定"),
    ("令和５年度", "N-06", 1000, 3, "決定"), ("令和５年度", "N-11", 1000, 0, "応募なし"),
    ("令和６年度", "N-02", 1500, 3, "決定"), ("令和６年度", "N-09", 500, 2, "決定"),
    ("令和６年度", "N-11", 1000, 0, "応募なし"), ("令和６年度", "N-12", 400, 1, "選定せず"),
]
# 審査 (令和６年度募集): 受付番号, 施設番号, 応募者, 提案愛称, 提案年額（千円）, 金額40, 愛称20, 地域貢献25, 継続性15, 結果
APPLICANTS = [
    ("R6-01", "N-02", "丸善建設株式会社", "アクアプラザ丸善", 1800, 32, 16, 20, 12, "選定"),
    ("R6-02", "N-02", "有限会社こばと運輸", "こばとスイムパーク", 1500, 27, 15, 18, 10, "次点"),
    ("R6-03", "N-02", "株式会社ナナイロ", "ナナイロプール", 1600, 29, 11, 14, 9, "－"),
    ("R6-04", "N-09", "東和不動産株式会社", "東和不動産ブリッジ", 600, 30, 14, 17, 12, "選定"),
    ("R6-05", "N-09", "株式会社ミライ通信", "ミライロード", 650, 33, 12, 13, 9, "次点"),
    ("R6-06", "N-12", "合同会社ゆずの里", "ゆずの里ふくしプラザ", 400, 20, 13, 15, 8, "選定せず"),
]
PASS_MARK = 60
# 媒体: 区分, 媒体, 収入（千円） R3, R4, R5, R6 (None = 「－」 未実施)
MEDIA = [
    ("印刷物", "広報紙", 2880, 3120, 3240, 3060),
    ("印刷物", "窓口封筒", 900, 900, 1050, 1050),
    ("印刷物", "市民便利帳", 1200, None, None, 1350),
    ("電子媒体", "ホームページバナー", 1450, 1380, 1520, 1710),
    ("電子媒体", "庁舎デジタルサイネージ", None, None, 600, 840),
    ("庁舎・車両", "庁舎玄関マット", None, 240, 360, 360),
    ("庁舎・車両", "公用車ラッピング", 300, 420, 420, 480),
]
MGROUPS = ["印刷物", "電子媒体", "庁舎・車両"]
# html 掲載料: 媒体, 規格, 掲載料, 令和６年度 掲載件数（件）
RATES = [
    ("広報紙", "１枠（縦５cm×横８．５cm）", "１回　２０，０００円", 42),
    ("窓口封筒", "１枠（封筒裏面）", "年額　３５０，０００円", 3),
    ("市民便利帳", "１／４ページ（１／２ページ）", "１回（発行時）　９０，０００円（１／２ページは１８０，０００円）", 9),
    ("ホームページバナー", "１枠（縦６０×横１５０ピクセル）", "月額　１５，０００円", 12),
    ("庁舎デジタルサイネージ", "１枠（１５秒）", "月額　５，０００円", 14),
    ("庁舎玄関マット", "１枚（縦９０cm×横１５０cm）", "月額　１０，０００円", 3),
    ("公用車ラッピング", "１台（両側面）", "年額　６０，０００円", 8),
]
# 意見: 番号, 区分(議会 定例会名 / 市民), 関連施設 (None = －), 意見の要旨, 市の考え方, 対応区分 (市民のみ)
OPINIONS = [
    (1, "令和６年６月定例会", "N-07", "図書館は社会教育施設であり、企業名を含む愛称はなじまないのではないか。",
     "図書館の愛称は令和７年３月の契約期間満了をもって終了し、更新は行わないこととしました。", None),
    (2, "令和６年６月定例会", None, "ネーミングライツ料の使途を市民に明らかにすべきである。",
     "ネーミングライツ料は対象施設の維持管理費に充当しており、毎年度の実施状況報告で公表します。", None),
    (3, "令和６年９月定例会", "N-11", "市民球場は２回募集して応募がない。希望金額が市場と合っていないのではないか。",
     "希望金額の引下げを含め、令和７年度の再募集に向けて検討します。", None),
    (4, "令和６年１２月定例会", "N-02", "市民プールの愛称が長く、案内看板と広報での表記もばらばらで浸透していない。",
     "パートナー企業と協議し、案内表示の統一を検討します。", None),
    (5, "令和６年１２月定例会", None, "広告事業の収入目標に対する達成状況を示してほしい。",
     "令和６年度の実績は、広告収入とネーミングライツ料をあわせて２７，６５０千円で、目標の９２．２％でした。", None),
    (6, "市民", "N-01", "体育館の愛称は市民に定着しており、今後も同じ愛称で続けてほしい。",
     "令和４年度の更新で同じ愛称を継続しています。", "Ｂ"),
    (7, "市民", "N-05", "市民会館の名前が変わると、初めて来る人が場所を探せない。",
     "案内表示や広報では正式名称を併記します。", "Ａ"),
    (8, "市民", None, "庁舎玄関マットの広告は、庁舎の入口としての品位を損なうのではないか。",
     "掲載基準に基づき内容を審査しており、ご意見は今後の参考とさせていただきます。", "Ｃ"),
    (9, "市民", "N-09", "自由通路の愛称に地域の名前を入れてほしい。",
     "現在の契約期間中は愛称を変更できないため、次回の募集時に検討します。", "Ｄ"),
    (10, "市民", "N-12", "福祉施設に企業の名前を付けることには反対である。",
     "施設の性格に配慮して募集施設を選んでおり、ご意見は参考とさせていただきます。", "Ｃ"),
    (11, "市民", None, "窓口封筒の広告をもっと増やして収入を上げてはどうか。",
     "封筒の規格上、広告枠の追加は難しいため、ご意見は参考とさせていただきます。", "Ｃ"),
    (12, "市民", "N-03", "陸上競技場の愛称がなくなったのは残念だ。",
     "令和７年度に改めてパートナーを募集する予定です。", "Ｄ"),
]
TARGET_R6 = 30000


def months_in_fy(c, fy_start_year):
    s, e = c[6][0] * 12 + c[6][1] - 1, c[7][0] * 12 + c[7][1] - 1
    a, b = fy_start_year * 12 + 3, fy_start_year * 12 + 14
    return max(0, min(e, b) - max(s, a) + 1)


def naming_income(fy_start_year):
    return round(sum(c[5] * months_in_fy(c, fy_start_year) / 12 for c in CONTRACTS))


def media_total(i):  # i: 2..5 (R3..R6)
    return sum(m[i] or 0 for m in MEDIA)


def mg_total(g, i):
    return sum(m[i] or 0 for m in MEDIA if m[0] == g)


def num(v):
    return "－" if v is None else v


# ---------------------------------------------------------------- xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "ネーミングライツ契約一覧"
    ws["A1"] = f"{CITY}ネーミングライツ契約一覧（令和７年４月１日現在）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "資料：財政課（広告・ネーミングライツ担当）　※令和３年度以降に契約期間がある契約を掲載"
    # header: row4 names (契約期間 merged over 2 cols), row5 sub names, row6 units
    for rng, text in [("A4:A5", "施設番号"), ("B4:B5", "施設名"), ("C4:C5", "愛称"), ("D4:D5", "契約相手（パートナー）"),
                      ("E4:E5", "年額"), ("F4:G4", "契約期間"), ("H4:H5", "契約区分"), ("I4:I5", "状況")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    ws["F5"], ws["G5"] = "開始", "終了"
    for col, text in zip("ABCDEFGHI", ["", "", "", "", "（千円）", "（年月）", "（年月）", "", ""]):
        ws[f"{col}6"] = text
    for row in ws["A4:I6"]:
        for c in row:
            c.alignment, c.border, c.font = center, box, Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
    r = 7
    for g in GROUPS:
        ws.merge_cells(f"A{r}:I{r}")
        ws[f"A{r}"] = f"【{g}】"
        ws[f"A{r}"].font = Font(bold=True)
        r += 1
        for c in [c for c in CONTRACTS if c[1] == g]:
            vals = [c[0], c[2], c[3], c[4], c[5], wareki(c[6]), wareki(c[7]), c[8], c[9]]
            for col, v in zip("ABCDEFGHI", vals):
                ws[f"{col}{r}"] = v
                ws[f"{col}{r}"].border = box
            ws[f"E{r}"].number_format = "#,##0"
            r += 1
        ws.merge_cells(f"A{r}:D{r}")
        ws[f"A{r}"] = f"{g}　小計（{fw(sum(1 for c in CONTRACTS if c[1] == g))}件）"
        ws[f"E{r}"] = sum(c[5] for c in CONTRACTS if c[1] == g)
        ws[f"E{r}"].number_format = "#,##0"
        for col in "FGHI":
            ws[f"{col}{r}"] = "－"
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].font = Font(italic=True)
            ws[f"{col}{r}"].border = box
        r += 1
    ws.merge_cells(f"A{r}:D{r}")
    ws[f"A{r}"] = f"合計（{fw(len(CONTRACTS))}件）"
    ws[f"E{r}"] = sum(c[5] for c in CONTRACTS)
    ws[f"E{r}"].number_format = "#,##0"
    r += 2
    for n in ["※１　年額は消費税及び地方消費税を含みません。",
              "※２　契約区分の「更新」は、同じパートナーと契約期間満了後に改めて契約したものです（総合体育館は２期目、市民会館は３期目、中央公園は２期目）。",
              "※３　状況の「終了」は、令和７年３月３１日までに契約期間が満了したものです。",
              "※４　市民球場（Ｎ－１１）及び総合福祉センター（Ｎ－１２）は、募集を行いましたが契約に至っていません。"]:
        ws[f"A{r}"] = n
        r += 1
    for col, w in zip("ABCDEFGHI", [9, 26, 26, 22, 10, 13, 13, 9, 8]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("媒体別広告収入")
    ws2["A1"] = "媒体別広告収入の推移（令和３年度～令和６年度）"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.merge_cells("A3:A5")
    ws2["A3"] = "媒体"
    ws2.merge_cells("B3:E3")
    ws2["B3"] = "広告収入（決算額）"
    for col, t in zip("BCDE", ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]):
        ws2[f"{col}4"] = t
        ws2[f"{col}5"] = "（千円）"
    for row in ws2["A3:E5"]:
        for c in row:
            c.alignment, c.border, c.font = center, box, Font(bold=True)
    r = 6
    for g in MGROUPS:
        ws2.merge_cells(f"A{r}:E{r}")
        ws2[f"A{r}"] = f"【{g}】"
        r += 1
        for m in [m for m in MEDIA if m[0] == g]:
            ws2[f"A{r}"] = m[1]
            for col, v in zip("BCDE", m[2:]):
                ws2[f"{col}{r}"] = num(v)
                ws2[f"{col}{r}"].number_format = "#,##0"
            r += 1
        ws2[f"A{r}"] = "小計"
        for col, i in zip("BCDE", range(2, 6)):
            ws2[f"{col}{r}"] = mg_total(g, i)
            ws2[f"{col}{r}"].number_format = "#,##0"
        r += 1
    ws2[f"A{r}"] = "合計"
    for col, i in zip("BCDE", range(2, 6)):
        ws2[f"{col}{r}"] = media_total(i)
        ws2[f"{col}{r}"].number_format = "#,##0"
    r += 2
    ws2[f"A{r}"] = "※「－」は広告を募集していない年度です（市民便利帳は令和３年度と令和６年度に発行）。"
    ws2[f"A{r + 1}"] = "※ネーミングライツ料は含みません。"
    ws2.column_dimensions["A"].width = 24
    wb.save(DOCS / "ネーミングライツ契約一覧・媒体別広告収入（R3～R6）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, "梓ヶ丘市ネーミングライツ・パートナー審査会　審査結果報告", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 5, f"－ {self.page_no()} －", align="C")

    pdf = P(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 9, "ネーミングライツ・パートナー募集に係る審査結果について（令和６年度）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 5, f"令和６年１１月　{CITY}ネーミングライツ・パートナー審査会", align="R", new_x="LMARGIN", new_y="NEXT")

    def para(t):
        pdf.multi_cell(0, 5, t.lstrip("　"), new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.set_font("ipa", size=11)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("ipa", size=9)

    def row(widths, cells, h=5.5, fill=False):
        if fill:
            pdf.set_fill_color(226, 239, 218)
        for w, c in zip(widths, cells):
            pdf.cell(w, h, str(c), border=1, align="C" if w < 25 else "L", fill=fill)
        pdf.ln(h)

    fac = {c[0]: c[2] for c in CONTRACTS} | EXTRA_FAC
    head("第１　審査会の概要")
    para("　本審査会は、市の施設の愛称を命名する権利（ネーミングライツ）を取得するパートナーを選定するため、"
         "学識経験者２名、市民代表２名及び副市長の計５名の委員で構成している。令和６年度は、４施設について募集を行い、"
         "応募のあった３施設の提案を審査した。審査は、提案金額（４０点）、愛称の親しみやすさ（２０点）、地域貢献の内容（２５点）、"
         "経営の安定性・継続性（１５点）の計１００点満点で行い、合計点が６０点以上の者のうち最高点の者を優先交渉権者として選定した。")
    head("第２　募集の状況と審査結果")
    para("　令和４年度から令和６年度までの募集の状況は表１のとおりである。令和６年度は市民プール、駅前自由通路、市民球場及び"
         "総合福祉センターの４施設を募集の対象とし、市民球場を除く３施設に計６件の応募があった。")
    para("表１　ネーミングライツ・パートナー募集の状況（令和４～６年度）")
    w1 = [22, 62, 40, 22, 24]
    row(w1, ["施設番号", "施設名", "希望金額（年額・千円以上）", "応募件数", "結果"], fill=True)
    for y in ["令和４年度", "令和５年度", "令和６年度"]:
        pdf.cell(sum(w1), 5, f"【{y}募集】", border=1, new_x="LMARGIN", new_y="NEXT")
        for rr in [x for x in RECRUIT if x[0] == y]:
            row(w1, [fw(rr[1]), fac[rr[1]], fw(f"{rr[2]:,}"), f"{fw(rr[3])}件", rr[4]], h=6.5)
    para("※令和４年度募集の市民会館は、既存パートナーとの契約期間満了に伴う募集である。")
    pdf.ln(1)
    para("　令和６年度の募集条件は次のとおりである。")
    for t in ["（１）募集期間　令和６年８月１日から９月１３日まで",
              "（２）契約期間　原則３年間（更新の場合は最長５年間）",
              "（３）応募資格　市内に本店又は事業所を有する法人（市税の滞納がないこと）",
              "（４）愛称の条件　施設の所在地や用途がわかるものとし、正式名称の併記に同意すること",
              "（５）その他　愛称表示の看板等の設置費用はパートナーの負担とする"]:
        para("　" + t)
    pdf.ln(1)
    para("表２　審査項目と配点")
    w0 = [50, 20, 120]
    row(w0, ["審査項目", "配点", "主な視点"], fill=True)
    for t in [("提案金額", "４０", "希望金額を上回る額の大きさ"), ("愛称の親しみやすさ", "２０", "施設の所在地・用途がわかるか、呼びやすいか"),
              ("地域貢献の内容", "２５", "施設を活用したイベント、清掃活動等への協力"), ("経営の安定性・継続性", "１５", "財務状況、契約期間を通じた履行の確実性")]:
        row(w0, list(t))
    row(w0, ["合計", "１００", "基準点　６０点"])
    pdf.ln(1)
    para("表３　応募者別の採点結果（令和６年度募集）")
    w2 = [18, 16, 34, 36, 18, 11, 11, 11, 11, 11, 13]
    hdr_top = ["受付番号", "施設番号", "応募者", "提案愛称", "提案年額"]

    def table2_header():
        pdf.set_fill_color(226, 239, 218)
        x0 = pdf.get_x()
        for w, t in zip(w2[:5], hdr_top):
            pdf.cell(w, 5, t, border="LTR", align="C", fill=True)
        pdf.cell(sum(w2[5:9]), 5, "採点（配点）", border=1, align="C", fill=True)
        pdf.cell(w2[9], 5, "合計", border="LTR", align="C", fill=True)
        pdf.cell(w2[10], 5, "結果", border="LTR", align="C", fill=True)
        pdf.ln(5)
        pdf.set_x(x0)
        for w, t in zip(w2, ["", "", "", "", "（千円）", "金額40", "愛称20", "地域25", "継続15", "（100）", ""]):
            pdf.cell(w, 5, t, border="LBR", align="C", fill=True)
        pdf.ln(5)

    pdf.set_font("ipa", size=8)
    table2_header()
    for i, a in enumerate(APPLICANTS):
        if pdf.get_y() + 7 > 272:
            assert 0 < i < len(APPLICANTS) - 1, i
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            para("表３　応募者別の採点結果（令和６年度募集）（表の続き）")
            pdf.set_font("ipa", size=8)
            table2_header()
        total = sum(a[5:9])
        row(w2, [fw(a[0]), fw(a[1]), a[2], a[3], fw(f"{a[4]:,}"), fw(a[5]), fw(a[6]), fw(a[7]), fw(a[8]), fw(total), a[9]], h=7)
    pdf.set_font("ipa", size=9)
    para("※採点は５名の委員の平均点（小数点以下四捨五入）。合計が６０点未満の提案は選定しない。結果欄の「－」は次点以下。")
    head("第３　審査会の講評")
    para("　市民プールについては３者から応募があり、提案金額と地域貢献（プールを活用した小学生向け水泳教室の開催）の評価が高かった"
         "丸善建設株式会社を選定した。駅前自由通路については、提案金額では株式会社ミライ通信が上回ったものの、"
         "通路の清掃活動への協力など地域貢献の評価で東和不動産株式会社が上回り、合計点により同社を選定した。")
    para("　総合福祉センターについては１者から応募があったが、合計点が基準の６０点に達しなかったため、選定しないこととした。"
         "また、市民球場は令和５年度に続き応募がなかった。審査会としては、希望金額の設定や対象施設の選び方について、"
         "市場の動向を踏まえて見直すことを求める。")
    para("　なお、愛称の決定に当たっては、施設の正式名称を併記するなど、市民にとってのわかりやすさに十分配慮されたい。")
    head("第４　審査の経過")
    para("　第１回　令和６年１０月８日（応募書類の確認、審査方法の決定）\n　第２回　令和６年１０月２９日（プレゼンテーション審査、採点）\n"
         "　第３回　令和６年１１月１２日（審査結果の取りまとめ）")
    assert pdf.get_y() < 282 and pdf.page_no() == 2, (pdf.get_y(), pdf.page_no())
    pdf.output(str(DOCS / "ネーミングライツ・パートナー審査結果報告（令和６年度）.pdf"))


# ---------------------------------------------------------------- docx
def make_docx():
    from docx import Document
    from docx.shared import Pt

    fac = {c[0]: c[2] for c in CONTRACTS} | EXTRA_FAC
    d = Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("ネーミングライツ・広告事業に関する議会及び市民の意見と市の考え方", level=1)
    d.add_paragraph(f"令和７年３月　{CITY}財政課")
    d.add_paragraph("　令和６年度に市議会の一般質問で出された意見、及び「ネーミングライツ・広告事業の見直し方針（案）」に対する"
                    "パブリックコメント（令和７年１月６日～２月５日、意見提出者４人、意見７件）で寄せられた意見と、これに対する市の考え方をまとめました。")
    d.add_heading("１　市議会での主な意見", level=2)
    for no, kind, code, text, answer, _ in OPINIONS[:5]:
        p = d.add_paragraph(style="List Bullet")
        rel = f"{fw(code)}　{fac[code]}" if code else "－"
        p.add_run(f"意見{fw(no)}（{kind}）").bold = True
        p.add_run(f"　関連施設：{rel}")
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text, t.cell(0, 1).text = "意見の要旨", text
        t.cell(1, 0).text, t.cell(1, 1).text = "市の考え方", answer
    d.add_heading("２　パブリックコメントで寄せられた意見", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ["番号", "関連施設", "意見の要旨", "市の考え方", "対応区分"]):
        c.text = text
    for no, kind, code, text, answer, cls in OPINIONS[5:]:
        cells = t.add_row().cells
        for c, v in zip(cells, [fw(no), f"{fw(code)}\n{fac[code]}" if code else "－", text, answer, cls]):
            c.text = v
    d.add_paragraph("※対応区分　Ａ：意見を反映し修正するもの　Ｂ：既に案に盛り込まれているもの　Ｃ：今後の参考とするもの　Ｄ：その他")
    d.add_paragraph("※番号は、市議会での意見（意見１～５）からの通し番号です。")
    d.save(DOCS / "ネーミングライツ・広告事業に関する意見と市の考え方.docx")


# ---------------------------------------------------------------- html
def make_html():
    rate_rows = "\n".join(f'<tr><th scope="row">{m}</th><td>{s}</td><td>{p}</td><td>{fw(n)}</td></tr>' for m, s, p, n in RATES)
    cur = [c for c in CONTRACTS if c[9] == "契約中"]
    nr_rows = "\n".join(f'<tr><th scope="row">{c[3]}</th><td>{c[2]}</td><td>{c[4]}</td><td>{wareki(c[6])}～{wareki(c[7])}</td></tr>'
                        for c in cur)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>広告事業・ネーミングライツ｜{CITY}</title></head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/jigyo/">事業者向け情報</a></li><li>広告事業・ネーミングライツ</li></ol></nav>
<main>
<h1>広告事業・ネーミングライツ</h1>
<p class="update">更新日：２０２５年４月１日</p>
<p>{CITY}では、新たな財源を確保するため、市の資産を広告媒体として活用する広告事業と、施設に愛称を付ける権利を販売するネーミングライツ事業を行っています。</p>
<h2>広告の掲載料と掲載状況</h2>
<table border="1"><caption>媒体別の掲載料（令和７年度）と掲載件数（令和６年度）</caption>
<thead><tr><th scope="col">媒体</th><th scope="col">規格</th><th scope="col">掲載料</th><th scope="col">掲載件数（件）<br>令和６年度</th></tr></thead>
<tbody>
{rate_rows}
</tbody></table>
<ul class="notes"><li>※掲載料には消費税及び地方消費税を含みます。</li>
<li>※広報紙は毎月１日発行（年１２回）です。市民便利帳は３年ごとに発行しており、次回は令和９年度の予定です。</li>
<li>※庁舎玄関マットは本庁舎の東口・西口・北口の３か所です。</li></ul>
<h2>広告掲載の申込み</h2>
<dl><dt>申込期間</dt><dd>掲載希望月の前々月の末日まで（ホームページバナーは随時）</dd>
<dt>申込方法</dt><dd>広告掲載申込書に広告の原稿（案）を添えて財政課へ提出してください。</dd>
<dt>審査</dt><dd>{CITY}広告掲載基準に基づき、広告審査委員会で掲載の可否を審査します。</dd>
<dt>支払</dt><dd>市が発行する納入通知書により、掲載前までにお支払いください。</dd></dl>
<h3>掲載できない広告</h3>
<ul><li>政治活動、宗教活動、意見広告</li><li>公序良俗に反するもの</li><li>消費者金融に関するもの</li><li>その他、市の広告媒体として適当でないと認めるもの</li></ul>
<h2>ネーミングライツ導入施設</h2>
<table border="1"><caption>ネーミングライツ導入施設一覧（令和７年４月１日現在）</caption>
<thead><tr><th scope="col">愛称</th><th scope="col">施設名</th><th scope="col">パートナー</th><th scope="col">契約期間</th></tr></thead>
<tbody>
{nr_rows}
</tbody></table>
<p>※愛称の使用に当たっては、正式名称の併記をお願いしています。</p>
<h2>お知らせ</h2>
<ul><li>２０２５年３月３１日　中央図書館の愛称「ほんのもりライブラリー」は契約期間満了により使用を終了しました。</li>
<li>２０２４年１１月２０日　市民プール、駅前自由通路のネーミングライツ・パートナーが決まりました。</li></ul>
<p class="contact">このページに関するお問い合わせ：財政課　財源確保係　電話：０２４８－５５－１２１２</p>
</main></body></html>
"""
    (DOCS / f"広告事業・ネーミングライツ｜{CITY}.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt():
    n6 = naming_income(2024)
    m6 = media_total(5)
    tot = n6 + m6
    rate = round(tot * 100 / TARGET_R6 + 1e-9, 1)
    n5, m5 = naming_income(2023), media_total(4)
    lines = [
        f"{CITY}広告事業推進計画　令和６年度実施状況と今後の方針",
        "",
        "令和７年５月　財政課",
        "",
        "【１　令和６年度の実績】",
        f"・広告収入（７媒体の合計）は{fw(f'{m6:,}')}千円で、前年度（{fw(f'{m5:,}')}千円）から{fw(f'{m6 - m5:,}')}千円増加した。",
        f"・ネーミングライツ料収入は{fw(f'{n6:,}')}千円（前年度{fw(f'{n5:,}')}千円）で、契約件数は令和７年４月１日現在で７件である。",
        f"・広告収入とネーミングライツ料をあわせた収入は{fw(f'{tot:,}')}千円となり、目標額{fw(f'{TARGET_R6:,}')}千円に対する達成率は{fw(f'{rate}')}％で、目標には届かなかった。",
        "・市民便利帳は３年ぶりに発行し、９件の広告（１／２ページ６件、１／４ページ３件）を掲載した。",
        "",
        "【２　ネーミングライツ料の使途】",
        "・ネーミングライツ料は、全額を対象施設の維持管理費（修繕、備品の更新等）に充当している。",
        "・令和６年度は、総合体育館の照明のＬＥＤ化（事業費８，２００千円）の財源の一部に充てた。",
        "",
        "【３　今後の方針】",
        "・市民球場は、２回の募集でいずれも応募がなかったことから、希望金額を年額１，０００千円から７００千円に引き下げ、令和７年度に再募集を行う。",
        "・陸上競技場は、令和６年９月の契約期間満了後、愛称を使用していない。令和７年度に改めてパートナーを募集する。",
        "・中央図書館は、社会教育施設としての性格を考慮し、令和７年３月の契約期間満了後は愛称を設けない。",
        "・新たな広告媒体として、令和８年度からごみ収集車（４台）のラッピング広告を導入する。",
        "・令和９年度の目標額は、広告収入とネーミングライツ料をあわせて３３，０００千円とする。",
        "",
        "【４　審査体制】",
        "・ネーミングライツ・パートナー審査会（委員５名）は、合計６０点を選定の基準点としている。",
        "・広告掲載の可否は、庁内の広告審査委員会（委員７名、委員長は総務部長）で審査する。令和６年度の審査件数は９７件で、うち２件を不可とした。",
        "",
    ]
    (DOCS / "広告事業推進計画 令和６年度実施状況と今後の方針.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for f in sorted(DOCS.iterdir()):
        print(f.stat().st_size, f.name)
