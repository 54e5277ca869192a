"""Write the made35 documents to tests/questions/made35/docs/: 鶴岡市 定員管理計画 (XLSX), 鶴岡市 公共施設再編計画
(PDF), 東近江市 事務事業見直し結果一覧 (HTML), 東近江市 行財政改革推進本部会議 会議要旨 (TXT).

Every fact lives in the data below; make_questions.py computes its answers from the same data.
Run: /work/main/.venv/bin/python -m tests.questions.made35.make_documents
"""
from __future__ import annotations

import datetime
import html
import re
import zipfile
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

STAFF_FILE = "鶴岡市_定員管理計画_部門別職員数_令和7年度改定.xlsx"
FACILITY_FILE = "鶴岡市_公共施設再編計画_第2期実施計画.pdf"
REVIEW_FILE = "東近江市_事務事業見直し結果一覧_令和6年度.html"
MINUTES_FILE = "東近江市_行財政改革推進本部会議_会議要旨_令和7年度第1回.txt"

# ---------------------------------------------------------------- 鶴岡市 定員管理計画 (XLSX)
# 各年4月1日現在の職員数（人）。実績: R5 R6 R7 / 計画: R8 R9
STAFF_YEARS = ["令和5年", "令和6年", "令和7年", "令和8年", "令和9年"]
STAFF_YKEY = ["R5", "R6", "R7", "R8", "R9"]
# (部門, 部局等, [R5,R6,R7,R8,R9], 備考)
STAFF = [
    ("一般行政部門", "総務部", [112, 110, 108, 106, 104], "窓口・庶務業務の集約"),
    ("一般行政部門", "企画部", [58, 60, 61, 61, 60], "R6 DX推進課を新設"),
    ("一般行政部門", "市民部", [96, 94, 93, 90, 88], "証明書コンビニ交付の拡大"),
    ("一般行政部門", "健康福祉部", [188, 190, 192, 192, 191], "こども家庭センターの体制強化"),
    ("一般行政部門", "農林水産部", [84, 82, 80, 78, 76], ""),
    ("一般行政部門", "商工観光部", [45, 44, 44, 43, 42], ""),
    ("一般行政部門", "建設部", [121, 119, 117, 115, 113], "設計業務の一部委託"),
    ("一般行政部門", "地域庁舎（5庁舎計）", [210, 201, 195, 186, 178], "※3"),
    ("一般行政部門", "議会事務局", [12, 12, 12, 12, 12], ""),
    ("一般行政部門", "会計課・監査委員事務局等", [18, 18, 17, 17, 17], "選挙管理委員会事務局・農業委員会事務局を含む"),
    ("教育部門", "教育委員会", [135, 133, 132, 130, 128], "学校給食調理業務の民間委託"),
    ("消防部門", "消防本部", [228, 229, 230, 231, 232], "救急隊の増隊（R8）"),
    ("公営企業等会計部門", "上下水道部", [98, 96, 95, 93, 92], "料金徴収業務の包括委託"),
    ("公営企業等会計部門", "荘内病院", [702, 710, 715, 718, 720], "医療職を含む"),
]
STAFF_DIVISIONS = ["一般行政部門", "教育部門", "消防部門", "公営企業等会計部門"]


def staff_subtotal(div: str) -> list[int]:
    return [sum(r[2][i] for r in STAFF if r[0] == div) for i in range(5)]


def staff_total() -> list[int]:
    return [sum(r[2][i] for r in STAFF) for i in range(5)]


# ---------------------------------------------------------------- 鶴岡市 公共施設再編計画 (PDF)
# (No, 施設分類, 施設名, 地域, 延床面積㎡, 建築年度, 再編の方向性, 取組内容, 実施目標年度, 所管課)
FACILITIES = [
    (1, "学校教育系施設", "旧大網小学校", "朝日", 2850, "昭和48年度", "廃止", "校舎解体・跡地売却", "令和8年度", "教育総務課"),
    (2, "学校教育系施設", "旧田川小学校", "鶴岡", 3120, "昭和55年度", "用途転換", "地域防災拠点へ転用", "令和9年度", "教育総務課"),
    (3, "学校教育系施設", "あつみ学校給食センター", "温海", 640, "昭和60年度", "統合", "中央学校給食センターへ統合", "令和8年度", "学校給食課"),
    (4, "市民文化系施設", "藤島公民館", "藤島", 1480, "昭和57年度", "複合化", "藤島庁舎へ機能移転・複合化", "令和10年度", "社会教育課"),
    (5, "市民文化系施設", "羽黒コミュニティセンター", "羽黒", 920, "平成2年度", "長寿命化", "屋根・外壁改修", "令和7年度", "コミュニティ推進課"),
    (6, "市民文化系施設", "西郷地区公民館", "鶴岡", 760, "昭和51年度", "譲渡", "地元自治会へ無償譲渡", "令和7年度", "コミュニティ推進課"),
    (7, "社会教育系施設", "櫛引歴史民俗資料館", "櫛引", 530, "昭和62年度", "統合", "郷土資料館へ収蔵品を集約", "令和9年度", "社会教育課"),
    (8, "社会教育系施設", "朝日図書室", "朝日", 210, "平成元年度", "複合化", "朝日庁舎内へ移転", "令和8年度", "図書館"),
    (9, "スポーツ・レクリエーション系施設", "温海B&G海洋センタープール", "温海", 1150, "昭和59年度", "廃止", "利用停止後に解体", "令和10年度", "スポーツ課"),
    (10, "スポーツ・レクリエーション系施設", "鶴岡市民プール", "鶴岡", 2380, "昭和53年度", "廃止", "民間施設の活用へ移行", "令和11年度", "スポーツ課"),
    (11, "スポーツ・レクリエーション系施設", "羽黒体育館", "羽黒", 1820, "昭和56年度", "長寿命化", "耐震改修・照明LED化", "令和8年度", "スポーツ課"),
    (12, "スポーツ・レクリエーション系施設", "湯野浜キャンプ場管理棟", "鶴岡", 180, "平成6年度", "譲渡", "民間事業者へ譲渡", "未定", "観光物産課"),
    (13, "産業系施設", "櫛引農産物加工施設", "櫛引", 450, "平成4年度", "譲渡", "生産者組合へ譲渡", "令和7年度", "農政課"),
    (14, "産業系施設", "温海特産品販売所", "温海", 320, "平成8年度", "廃止", "民間店舗への機能移行", "令和9年度", "商工課"),
    (15, "子育て支援系施設", "大山保育園", "鶴岡", 880, "昭和54年度", "統合", "みどり保育園と統合・民営化", "令和10年度", "子育て推進課"),
    (16, "子育て支援系施設", "藤島児童館", "藤島", 390, "昭和61年度", "複合化", "藤島小学校の余裕教室へ移転", "令和9年度", "子育て推進課"),
    (17, "保健・福祉施設", "老人福祉センター鶴寿荘", "鶴岡", 1640, "昭和50年度", "廃止", "入浴機能は民間施設で代替", "令和8年度", "長寿介護課"),
    (18, "保健・福祉施設", "朝日保健センター", "朝日", 610, "平成3年度", "複合化", "朝日庁舎へ機能移転", "令和10年度", "健康課"),
    (19, "行政系施設", "温海庁舎", "温海", 3460, "昭和45年度", "建替え", "規模を縮小して建替え", "令和12年度", "総務課"),
    (20, "行政系施設", "旧羽黒消防分署", "羽黒", 420, "昭和58年度", "廃止", "解体・跡地売却", "令和7年度", "消防総務課"),
    (21, "公営住宅", "市営住宅茅原団地", "鶴岡", 5200, "昭和47年度", "集約化", "3棟を1棟に集約建替え", "令和12年度", "建築課"),
    (22, "公営住宅", "市営住宅温海団地", "温海", 1260, "昭和52年度", "廃止", "入居者の移転後に用途廃止", "未定", "建築課"),
]
FACILITY_PAGE1 = 12  # rows on the first page of the table
WAREKI_ERA = {"昭和": 1925, "平成": 1988, "令和": 2018}


def built_ad(f) -> int:
    s = f[5].replace("元年度", "1年度")
    era = s[:2]
    return WAREKI_ERA[era] + int(s[2:].rstrip("年度"))


def target_ad(f) -> int | None:
    if f[8] == "未定":
        return None
    return 2018 + int(f[8][2:].rstrip("年度"))


# ---------------------------------------------------------------- 東近江市 事務事業見直し結果 (HTML)
# (事業番号, 部局, 事業名, 担当課, 令和5年度決算額 千円, 見直し区分, 見直し内容, 効果額 千円(R7当初予算), 実施時期)
REVIEWS = [
    ("R6-01", "総務部", "職員研修事業", "人事課", 8420, "手法改善", "集合研修の一部をeラーニングへ移行", 1200, "令和7年度"),
    ("R6-02", "総務部", "庁舎清掃業務", "管財課", 21350, "手法改善", "複数庁舎の清掃業務を一括発注", 2800, "令和7年度"),
    ("R6-03", "総務部", "広報紙発行事業", "広報課", 30680, "縮小", "発行回数を月2回から月1回へ", 9600, "令和7年度"),
    ("R6-04", "企画部", "地域公共交通活性化事業", "交通政策課", 48200, "手法改善", "デマンドタクシーの運行区域を再編", 5400, "令和8年度"),
    ("R6-05", "企画部", "移住促進PR事業", "企画課", 6150, "統合", "シティプロモーション事業へ統合", 2100, "令和7年度"),
    ("R6-06", "企画部", "ふるさと納税推進事業", "企画課", 412000, "継続", "返礼品の経費率を点検しつつ継続", 0, "―"),
    ("R6-07", "市民環境部", "住民票等窓口交付事業", "市民課", 15200, "手法改善", "コンビニ交付の利用促進", 1800, "令和7年度"),
    ("R6-08", "市民環境部", "ごみ減量啓発事業", "生活環境課", 4820, "縮小", "啓発冊子の全戸配布を廃止しWeb掲載へ", 2300, "令和7年度"),
    ("R6-09", "市民環境部", "資源回収団体奨励金", "生活環境課", 11600, "縮小", "奨励単価を1kg当たり5円から4円へ", 2300, "令和8年度"),
    ("R6-10", "健康福祉部", "敬老祝金支給事業", "長寿福祉課", 26400, "縮小", "支給対象を節目年齢(88歳・100歳)に限定", 17800, "令和8年度"),
    ("R6-11", "健康福祉部", "高齢者バス券交付事業", "長寿福祉課", 9700, "統合", "地域公共交通活性化事業へ統合", 3500, "令和8年度"),
    ("R6-12", "健康福祉部", "健康ポイント事業", "健康推進課", 3380, "継続", "スマートフォンアプリ版を追加", 0, "―"),
    ("R6-13", "健康福祉部", "がん検診推進事業", "健康推進課", 52900, "継続", "受診率向上のためWeb予約を導入", 0, "―"),
    ("R6-14", "産業振興部", "商店街イベント補助金", "商工労働課", 5400, "廃止", "補助目的を達成したため廃止", 5400, "令和7年度"),
    ("R6-15", "産業振興部", "企業誘致推進事業", "商工労働課", 18900, "継続", "成果指標を誘致件数から雇用数へ変更", 0, "―"),
    ("R6-16", "産業振興部", "観光パンフレット作成事業", "観光交流課", 7250, "縮小", "印刷部数を半減し電子版を作成", 2600, "令和7年度"),
    ("R6-17", "産業振興部", "農業用施設維持補助金", "農業水産課", 12300, "休止", "国の補助制度の見直し結果を待って再検討", 12300, "令和7年度"),
    ("R6-18", "都市整備部", "市営住宅管理事業", "住宅課", 64800, "手法改善", "指定管理者制度を導入", 6100, "令和8年度"),
    ("R6-19", "都市整備部", "公園遊具点検事業", "公園緑地課", 2960, "統合", "公園施設維持管理業務へ統合", 700, "令和7年度"),
    ("R6-20", "教育部", "公民館講座開設事業", "生涯学習課", 4100, "縮小", "受講者の少ない講座を廃止", 1500, "令和7年度"),
    ("R6-21", "教育部", "外国語指導助手派遣事業", "学校教育課", 38600, "手法改善", "直接雇用から派遣契約へ切替え", 4200, "令和8年度"),
    ("R6-22", "教育部", "少年自然の家運営事業", "生涯学習課", 19800, "廃止", "施設の老朽化により令和7年度末で廃止", 19800, "令和8年度"),
]
REVIEW_KINDS = ["廃止", "休止", "縮小", "統合", "手法改善", "継続"]
REVIEW_DEPTS = ["総務部", "企画部", "市民環境部", "健康福祉部", "産業振興部", "都市整備部", "教育部"]


# ---------------------------------------------------------------- 東近江市 推進本部会議 会議要旨 (TXT)
MEETING = {
    "date": "令和7年5月27日（火）午後2時00分～午後3時30分",
    "place": "東近江市役所本庁舎 3階 災害対策本部室",
    "chair": "市長（本部長）",
    "next": "令和7年8月下旬",
}
# 意見（発言者, 発言）; 議題ごと
OPINIONS = {
    "1": [
        ("健康福祉部長", "敬老祝金の見直しは、対象となる方への周知を令和7年度中に丁寧に行う必要がある。民生委員への説明も行う。"),
        ("総務部長", "広報紙の発行回数を減らす分、LINEによる情報発信を強化し、情報が届かない世帯が出ないようにしたい。"),
        ("教育部長", "少年自然の家の廃止後の跡地活用について、地元の意向を確認しながら検討を進める。"),
    ],
    "2": [
        ("企画部長", "ふるさと納税の寄附額は令和6年度に過去最高の18億2千万円となった。一方で経費率が48%と上限に近く、返礼品の見直しが必要である。"),
        ("市民環境部長", "コンビニ交付の利用率は23.5%にとどまっている。マイナンバーカードの普及と合わせて案内を強化する。"),
    ],
    "3": [
        ("副市長", "職員数の削減だけでなく、業務の見直しとセットで進めるべきである。"),
        ("産業振興部長", "農業用施設維持補助金の休止は、土地改良区との協議状況を次回報告したい。"),
    ],
}
DECISIONS = [
    "令和6年度事務事業見直し結果（22事業）を了承し、令和7年度当初予算への反映状況を公表する。",
    "見直しによる効果額の合計を市ホームページで公表する。",
    "次回会議では、第3次行財政改革大綱（案）の骨子を審議する。",
]


# ================================================================ writers
def staff_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "部門別職員数"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "鶴岡市定員管理計画（令和7年度改定）"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "表1　部門別職員数の実績と計画（各年4月1日現在）"
    ws["I2"] = "（単位：人）"
    # two header rows with merged cells
    ws["A3"], ws["B3"] = "部門", "部局等"
    ws["C3"], ws["F3"] = "実績", "計画"
    ws["H3"], ws["I3"] = "増減\n（R9－R5）", "備考"
    for c, y in zip("CDEFG", STAFF_YEARS):
        ws[f"{c}4"] = y
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:E3")
    ws.merge_cells("F3:G3")
    ws.merge_cells("H3:H4")
    ws.merge_cells("I3:I4")
    r = 5
    for div in STAFF_DIVISIONS:
        rows = [s for s in STAFF if s[0] == div]
        first = r
        for s in rows:
            ws.cell(r, 1, div if r == first else None)
            ws.cell(r, 2, s[1])
            for i, v in enumerate(s[2]):
                ws.cell(r, 3 + i, v)
            ws.cell(r, 8, s[2][4] - s[2][0])
            ws.cell(r, 9, s[3] or None)
            r += 1
        sub = staff_subtotal(div)
        ws.cell(r, 2, "小計")
        for i, v in enumerate(sub):
            ws.cell(r, 3 + i, v)
        ws.cell(r, 8, sub[4] - sub[0])
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        r += 1
    tot = staff_total()
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for i, v in enumerate(tot):
        ws.cell(r, 3 + i, v)
    ws.cell(r, 8, tot[4] - tot[0])
    last = r
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=9):
        for c in row:
            c.border = box
            c.alignment = Alignment(vertical="center", wrap_text=True)
    r += 2
    for note in [
        "※1　職員数は正規職員数であり、再任用短時間勤務職員及び会計年度任用職員を含まない。",
        "※2　令和5年～令和7年は実績値、令和8年・令和9年は計画値である。",
        "※3　地域庁舎は藤島・羽黒・櫛引・朝日・温海の各庁舎の合計。本所への業務集約により段階的に削減する。",
        "※4　荘内病院は地方公営企業法の全部適用であり、医師・看護師等の医療職を含む。",
    ]:
        ws.cell(r, 1, note)
        r += 1
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["I"].width = 40
    # a second sheet: the plan's targets in prose, as cities often put on a cover sheet
    ws2 = wb.create_sheet("計画の概要")
    for i, line in enumerate([
        "鶴岡市定員管理計画の概要",
        "1　計画期間　令和5年度から令和9年度までの5年間",
        f"2　目標　令和9年4月1日の職員数を{staff_total()[4]:,}人とする（令和5年4月1日比 {staff_total()[0] - staff_total()[4]}人減）",
        "3　基本方針",
        "（1）デジタル技術の活用による業務の効率化",
        "（2）民間委託・指定管理者制度の活用",
        "（3）地域庁舎業務の本所への集約",
        "（4）医療・消防・子育て分野など市民の安全安心に関わる部門は必要な人員を確保する",
    ], 1):
        ws2.cell(i, 1, line)
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 6, 30, 9, 0, 0)
    wb.save(path)
    _settle_zip(path)


def facility_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    h1 = ParagraphStyle("h1", fontName="IPAexG", fontSize=15, leading=20)
    h2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=11.5, leading=16, spaceBefore=6)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14)
    note = ParagraphStyle("n", fontName="IPAexG", fontSize=8, leading=11)

    head = [["No.", "施設分類", "施設名", "地域", "延床面積", "建築年度", "再編の", "取組内容", "実施目標", "所管課"],
            ["", "", "", "", "（㎡）", "", "方向性", "", "年度", ""]]

    def table(rows):
        body_rows = [[str(f[0]), f[1], f[2], f[3], f"{f[4]:,}", f[5], f[6], f[7], f[8], f[9]] for f in rows]
        t = Table(head + body_rows, colWidths=[26, 142, 130, 34, 50, 58, 50, 150, 56, 80], repeatRows=2)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "IPAexG", 8),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dde6f0")),
            ("ALIGN", (4, 2), (4, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return t

    def footer(canvas, doc):
        canvas.setFont("IPAexG", 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, 18, f"－ {doc.page} －")

    story = [
        Paragraph("鶴岡市公共施設再編計画　第2期実施計画（令和7年度～令和12年度）", h1),
        Paragraph("令和7年3月　鶴岡市 企画部 公共施設マネジメント推進室", body),
        Spacer(1, 8),
        Paragraph("1　計画の目的", h2),
        Paragraph("本市の公共施設の多くは昭和40年代から50年代に整備され、今後一斉に更新時期を迎える。"
                  "人口減少と厳しい財政状況を踏まえ、施設の総量を適正化し、将来世代に過度な負担を残さないことを目的とする。", body),
        Paragraph("2　計画期間", h2),
        Paragraph("令和7年度から令和12年度までの6年間とする。ただし、社会情勢の変化に応じて概ね3年ごとに見直す。", body),
        Paragraph("3　数値目標", h2),
        Paragraph("公共施設の延床面積を、令和6年度末の約68万㎡から令和12年度末までに5%（約3.4万㎡）縮減する。", body),
        Paragraph("4　再編の基本方針", h2),
        Paragraph("（1）同じ機能を持つ施設は地域ごとに集約し、統合・複合化を進める。", body),
        Paragraph("（2）民間や地域で担うことができる施設は、譲渡や民間施設の活用を検討する。", body),
        Paragraph("（3）存続する施設は予防保全型の改修により長寿命化を図る。", body),
        Paragraph("（4）廃止した施設の跡地は、売却又は貸付により財源の確保に努める。", body),
        PageBreak(),
        Paragraph("5　施設別の取組（対象施設一覧）", h2),
        Spacer(1, 4),
        table(FACILITIES[:FACILITY_PAGE1]),
        PageBreak(),
        Paragraph("5　施設別の取組（対象施設一覧）（つづき）", h2),
        Spacer(1, 4),
        table(FACILITIES[FACILITY_PAGE1:]),
        Spacer(1, 6),
        Paragraph("※1　延床面積は令和6年3月31日現在の公有財産台帳による。", note),
        Paragraph("※2　建築年度は主たる建物のもの。", note),
        Paragraph("※3　実施目標年度が「未定」の施設は、譲渡先・移転先との協議が整い次第、実施時期を定める。", note),
        Paragraph("※4　地域は旧市町村の区域（鶴岡・藤島・羽黒・櫛引・朝日・温海）による。", note),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=30,
                            bottomMargin=34, title="鶴岡市公共施設再編計画 第2期実施計画", author="鶴岡市",
                            creator="鶴岡市", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def review_html(path: Path) -> None:
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang='ja'><head><meta charset='utf-8'>",
           "<title>令和6年度 事務事業見直し結果一覧｜東近江市</title></head><body>",
           "<div id='breadcrumb'>ホーム ＞ 市政情報 ＞ 行財政改革 ＞ 事務事業見直し</div>",
           "<h1>令和6年度 事務事業見直し結果一覧</h1>",
           "<p>更新日：2025年3月14日　担当：総務部 行財政改革推進課</p>",
           "<p>東近江市では、第2次行財政改革大綱に基づき、すべての事務事業を対象に必要性・有効性・効率性の観点から"
           "見直しを行いました。令和6年度は22事業の見直し結果を次のとおり取りまとめました。</p>",
           "<h2>見直し区分の説明</h2>",
           "<ul><li>廃止：事業を廃止するもの</li><li>休止：一時的に事業を止めるもの</li>"
           "<li>縮小：事業規模を縮小するもの</li><li>統合：他の事業と統合するもの</li>"
           "<li>手法改善：実施方法を見直すもの</li><li>継続：現行どおり継続するもの</li></ul>",
           "<h2>見直し結果</h2>",
           "<table border='1'>",
           "<thead><tr><th rowspan='2'>部局</th><th rowspan='2'>事業番号</th><th rowspan='2'>事業名</th>"
           "<th rowspan='2'>担当課</th><th rowspan='2'>令和5年度<br>決算額<br>（千円）</th>"
           "<th colspan='2'>見直し結果</th><th rowspan='2'>効果額<br>（千円）※1</th><th rowspan='2'>実施時期</th></tr>",
           "<tr><th>区分</th><th>内容</th></tr></thead>", "<tbody>"]
    for dept in REVIEW_DEPTS:
        rows = [r for r in REVIEWS if r[1] == dept]
        for i, r in enumerate(rows):
            cells = []
            if i == 0:
                cells.append(f"<th rowspan='{len(rows)}'>{e(dept)}</th>")
            cells += [f"<td>{e(r[0])}</td>", f"<td>{e(r[2])}</td>", f"<td>{e(r[3])}</td>",
                      f"<td align='right'>{r[4]:,}</td>", f"<td>{e(r[5])}</td>", f"<td>{e(r[6])}</td>",
                      f"<td align='right'>{r[7]:,}</td>" if r[7] else "<td align='right'>－</td>",
                      f"<td>{e(r[8])}</td>"]
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append(f"<tr><th colspan='4'>合計（22事業）</th><td align='right'>{sum(r[4] for r in REVIEWS):,}</td>"
               f"<td></td><td></td><td align='right'>{sum(r[7] for r in REVIEWS):,}</td><td></td></tr>")
    out += ["</tbody></table>",
            "<p class='note'>※1　効果額は、令和7年度当初予算（令和8年度から実施するものは令和8年度見込み）における"
            "令和5年度決算額からの削減額です。「継続」の事業は効果額を計上していません。</p>",
            "<p class='note'>※2　決算額は一般財源以外の財源を含む総事業費です。</p>",
            "<h2>見直し区分別の件数</h2>",
            "<p>見直し区分ごとの件数は上表のとおりです（集計表は「行財政改革推進本部会議資料」に掲載しています）。</p>",
            "<div id='contact'><h2>このページに関するお問い合わせ</h2>"
            "<p>総務部 行財政改革推進課　電話：0748-24-0000（代表）</p></div>",
            "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def minutes_txt(path: Path) -> None:
    lines = [
        "令和7年度 第1回 東近江市行財政改革推進本部会議 会議要旨",
        "",
        f"１　日　時　　{MEETING['date']}",
        f"２　場　所　　{MEETING['place']}",
        "３　出席者　　本部長（市長）、副本部長（副市長、教育長）、本部員（各部長）計12名",
        "　　　　　　　事務局：総務部 行財政改革推進課",
        "４　議　題",
        "　（１）令和6年度事務事業見直し結果について",
        "　（２）第2次行財政改革大綱の取組状況について",
        "　（３）定員管理の方針について",
        "",
        "５　会議の概要",
        "　本部長あいさつの後、事務局から資料に基づき説明を行い、各議題について意見交換を行った。",
        "",
    ]
    titles = {"1": "（１）令和6年度事務事業見直し結果について", "2": "（２）第2次行財政改革大綱の取組状況について",
              "3": "（３）定員管理の方針について"}
    explain = {
        "1": "事務局から、{n}事業について見直しを行い、{kinds}とした旨を説明した。効果額の合計は{eff:,}千円である。",
        "2": "事務局から、大綱に掲げる取組48項目のうち、令和6年度末時点で「完了」12項目、「順調」25項目、"
             "「遅れ」9項目、「未着手」2項目である旨を説明した。",
        "3": "事務局から、令和8年4月1日の職員数を令和7年4月1日と同数の1,024人とする方針案を説明し、了承された。",
    }
    eff = sum(r[7] for r in REVIEWS)
    for k in ("1", "2", "3"):
        lines.append(titles[k])
        kinds = "、".join(f"{k}{sum(r[5] == k for r in REVIEWS)}件" for k in REVIEW_KINDS)
        lines.append("　【説明】" + explain[k].format(eff=eff, n=len(REVIEWS), kinds=kinds))
        lines.append("　【主な意見】")
        for who, said in OPINIONS[k]:
            lines.append(f"　　○{who}：{said}")
        lines.append("")
    lines.append("６　決定事項")
    for i, d in enumerate(DECISIONS, 1):
        lines.append(f"　{'①②③④'[i - 1]}　{d}")
    lines += ["", "７　次回の開催予定", f"　{MEETING['next']}（日程は別途調整）", "",
              "※　本要旨は発言の趣旨を事務局でとりまとめたものです。", "", "以上"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _settle_zip(path: Path) -> None:
    """Fix the zip members' timestamps so the file is byte-identical across runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time there
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-06-30T09:00:00Z", data)
            info.date_time = (2025, 6, 30, 9, 0, 0)
            z.writestr(info, data)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    staff_xlsx(DOCS / STAFF_FILE)
    facility_pdf(DOCS / FACILITY_FILE)
    review_html(DOCS / REVIEW_FILE)
    minutes_txt(DOCS / MINUTES_FILE)
    for p in sorted(DOCS.iterdir()):
        assert p.stat().st_size < 200_000, p
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
