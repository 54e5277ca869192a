"""Generate docs/ for made183 — 藤ノ沢市 外郭団体（第三セクター・財団）経営改善.

Run: /work/main/.venv/bin/python make_documents.py
The data below is also imported by verify.py.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "藤ノ沢市"

GROUPS = ["財団法人", "株式会社（第三セクター）", "公社・その他"]
# code, 団体名, group, 所管課, 出資額(千円 or None), 市出資比率(% or None),
# 補助金 R3..R6 (千円, None=「－」), 委託料 R3..R6, 経常収支比率 R4..R6 (%), 経営評価 R4..R6,
# 常勤役員, うち市ＯＢ, 非常勤役員, 職員数, 方針, 実施時期
ORGS = [
    ("01", "公益財団法人藤ノ沢市文化振興財団", "財団法人", "文化振興課", 50000, 100.0,
     [85200, 83600, 81000, 79500], [312000, 318500, 320400, 326800], [101.2, 99.4, 100.8], ["Ａ", "Ｂ", "Ａ"],
     3, 2, 8, 48, "経営改善", "－"),
    ("02", "公益財団法人藤ノ沢市スポーツ協会", "財団法人", "スポーツ課", 30000, 100.0,
     [42000, 41500, 40800, 40800], [156000, 158200, 161000, 163500], [97.8, 98.5, 99.1], ["Ｂ", "Ｂ", "Ｂ"],
     2, 1, 10, 22, "統合", "令和８年度"),
    ("03", "公益財団法人藤ノ沢市国際交流協会", "財団法人", "国際交流課", 10000, 80.0,
     [18500, 18200, 17900, 15600], [None, None, 2400, 2400], [94.6, 92.1, 90.3], ["Ｂ", "Ｃ", "Ｃ"],
     1, 1, 7, 6, "統合", "令和８年度"),
    ("04", "一般財団法人藤ノ沢市勤労者福祉サービスセンター", "財団法人", "商工労政課", 5000, 100.0,
     [12800, 12500, 12300, 11800], [None, None, None, None], [103.5, 104.2, 102.8], ["Ａ", "Ａ", "Ｓ"],
     1, 0, 6, 4, "存続", "－"),
    ("05", "藤ノ沢観光開発株式会社", "株式会社（第三セクター）", "観光課", 120000, 51.0,
     [None, None, None, None], [64000, 66500, 71200, 73800], [88.5, 93.7, 96.4], ["Ｃ", "Ｂ", "Ｂ"],
     2, 1, 5, 35, "経営改善", "－"),
    ("06", "株式会社ふじのさわ物産", "株式会社（第三セクター）", "農政課", 20000, 35.0,
     [3000, 3000, None, None], [None, None, None, None], [108.3, 110.5, 112.1], ["Ｓ", "Ｓ", "Ｓ"],
     1, 0, 4, 18, "関与縮小", "令和７年度"),
    ("07", "藤ノ沢駅前再開発株式会社", "株式会社（第三セクター）", "都市計画課", 200000, 25.0,
     [None, None, None, None], [8800, 8800, 9100, 9100], [96.2, 95.8, 97.0], ["Ｂ", "Ｂ", "Ａ"],
     2, 2, 6, 9, "存続", "－"),
    ("08", "株式会社藤ノ沢ケーブルテレビ", "株式会社（第三セクター）", "広報課", 45000, 15.0,
     [None, None, None, None], [21600, 21600, 22000, 22800], [105.0, 103.1, 101.9], ["Ａ", "Ａ", "Ａ"],
     1, 0, 7, 27, "関与縮小", "令和９年度"),
    ("09", "藤ノ沢市土地開発公社", "公社・その他", "管財課", 10000, 100.0,
     [2200, 2200, 2100, 2100], [None, None, None, None], [85.3, 82.6, 80.9], ["Ｃ", "Ｃ", "Ｃ"],
     1, 1, 5, 2, "廃止", "令和８年度"),
    ("10", "藤ノ沢市住宅供給公社", "公社・その他", "住宅課", 30000, 100.0,
     [9500, 9200, 8800, 8500], [98000, 97500, 99600, 101200], [99.0, 98.1, 97.4], ["Ｂ", "Ｂ", "Ｃ"],
     2, 2, 6, 15, "経営改善", "－"),
    ("11", "社会福祉法人藤ノ沢市社会福祉事業団", "公社・その他", "福祉総務課", None, None,
     [56000, 54200, 52800, 51500], [205000, 207300, 210600, 212800], [98.9, 100.3, 100.6], ["Ｂ", "Ａ", "Ａ"],
     2, 1, 9, 86, "存続", "－"),
    ("12", "公益社団法人藤ノ沢市シルバー人材センター", "公社・その他", "高齢福祉課", None, None,
     [14200, 14200, 14000, 14000], [33800, 34500, 35200, 36100], [100.4, 100.9, 101.6], ["Ａ", "Ａ", "Ａ"],
     1, 1, 8, 5, "存続", "－"),
]
SHORT = {"01": "文化振興財団", "02": "スポーツ協会", "03": "国際交流協会", "04": "勤労者福祉サービスセンター",
         "05": "観光開発", "06": "ふじのさわ物産", "07": "駅前再開発", "08": "ケーブルテレビ",
         "09": "土地開発公社", "10": "住宅供給公社", "11": "社会福祉事業団", "12": "シルバー人材センター"}
FOUNDED = {"01": "昭和６２年４月", "02": "平成元年４月", "03": "平成３年１０月", "04": "平成８年４月",
           "05": "昭和６１年７月", "06": "平成１０年６月", "07": "平成１２年２月", "08": "平成５年４月",
           "09": "昭和４８年１０月", "10": "昭和４５年４月", "11": "平成４年４月", "12": "昭和６３年６月"}
BUSINESS = {"01": "市民文化会館・美術館の管理運営、文化事業の企画", "02": "体育施設の管理運営、スポーツ教室",
            "03": "国際交流イベント、外国人相談窓口", "04": "中小企業勤労者の福利厚生事業",
            "05": "温泉保養施設・キャンプ場の運営", "06": "農産物直売所・特産品の販売",
            "07": "駅前再開発ビルの管理・テナント賃貸", "08": "ケーブルテレビ放送、行政情報番組の制作",
            "09": "公共用地の先行取得", "10": "市営住宅の管理、分譲住宅事業",
            "11": "特別養護老人ホーム・障害者支援施設の運営", "12": "高齢者への就業機会の提供"}
POLICY_TEXT = {
    "01": "自主事業収入の拡大、スポーツ協会・国際交流協会の統合先",
    "02": "文化振興財団と統合（管理部門の一元化）",
    "03": "文化振興財団と統合（国際交流事業は継続）",
    "04": "現行どおり存続",
    "05": "不採算施設の見直し、経営改善計画の策定",
    "06": "市保有株式の売却（出資比率を１０％未満へ）",
    "07": "現行どおり存続",
    "08": "市の出資の引揚げを検討",
    "09": "保有土地の処分後、解散",
    "10": "家賃収納率の向上、管理戸数の適正化",
    "11": "現行どおり存続",
    "12": "現行どおり存続",
}
GRADES = [("Ｓ", "経営が良好であり、自立的な運営が行われている"),
          ("Ａ", "経営はおおむね良好であるが、一部に改善の余地がある"),
          ("Ｂ", "経営上の課題があり、改善の取組が必要である"),
          ("Ｃ", "経営に重大な課題があり、抜本的な見直しが必要である")]
# 外部評価委員会の意見: 番号, 対象団体 codes (() = 全般), 区分, 本文
COMMENTS = [
    (1, ("01",), "指摘", "指定管理料への依存度が高く、自主事業収入の拡大に向けた具体的な数値目標を設定すべきである。"),
    (2, ("01", "02", "03"), "評価", "３団体の統合により管理部門の効率化が見込まれる点は評価できる。統合後の常勤役員数の削減計画を示されたい。"),
    (3, ("02",), "要望", "統合までの間も、スポーツ教室の参加者数など成果指標を公表されたい。"),
    (4, ("03",), "指摘", "経常収支比率が３年連続で低下しており、補助金に頼らない財源の確保が急務である。"),
    (5, ("04",), "評価", "会員数の増加により経常収支が黒字を維持しており、自立的な経営が行われている。"),
    (6, ("05",), "指摘", "観光客数の回復に伴い収支は改善しているが、常勤役員に市ＯＢが就任する慣行は見直すべきである。"),
    (7, ("06",), "要望", "株式売却にあたっては、地域の生産者への影響に配慮し、売却先の選定基準を明らかにされたい。"),
    (8, ("07",), "評価", "駅前ビルのテナント入居率が向上し、令和６年度の評価が改善したことは評価できる。"),
    (9, ("08",), "要望", "出資の引揚げの判断時期が令和９年度とされているが、その判断基準を早期に示されたい。"),
    (10, ("09",), "指摘", "保有土地の簿価と時価の乖離が大きく、解散に向けた処分計画を前倒しすべきである。"),
    (11, ("10",), "指摘", "令和６年度にＣ評価となった要因を分析し、家賃滞納の縮減など具体的な改善策を示されたい。"),
    (12, ("11",), "評価", "委託料は増加しているが、サービス水準は維持されており、おおむね適切である。"),
    (13, ("12",), "要望", "会員の高齢化が進んでいることから、新規会員の確保策を強化されたい。"),
    (14, (), "要望", "外郭団体の常勤役員への市ＯＢの就任については、公募を原則とするなど透明性を確保されたい。"),
    (15, (), "指摘", "経営評価の基準が抽象的であり、経常収支比率以外の定量的な指標を追加すべきである。"),
    (16, (), "要望", "市の財政的関与の総額を毎年度公表し、その推移を市民に分かりやすく示されたい。"),
]
MEETINGS = [("第１回", "令和６年６月１８日", "委員長の選出、評価の進め方"),
            ("第２回", "令和６年７月２５日", "団体ヒアリング（01～06）"),
            ("第３回", "令和６年８月２２日", "団体ヒアリング（07～12）"),
            ("第４回", "令和６年１０月８日", "統廃合の方針の検討"),
            ("第５回", "令和６年１１月２６日", "意見書の取りまとめ")]
YEARS_MONEY = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]
BREAKS: list = []  # first row of 表１ on a new page (filled by make_pdf)
YEARS_EVAL = ["令和４年度", "令和５年度", "令和６年度"]


def fw(x) -> str:
    return str(x).translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))


def money(v) -> str:
    return "－" if v is None else f"{v:,}"


def totals(idx: int) -> list[int]:
    """Sum over all organisations of 補助金 (idx=6) or 委託料 (idx=7) per year (None = 0)."""
    return [sum((o[idx][y] or 0) for o in ORGS) for y in range(4)]


# ---------------------------------------------------------------- xlsx
def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "財政的関与の状況"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "藤ノ沢市 外郭団体に対する財政的関与の状況（令和３年度～令和６年度）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "出典：各団体の決算書及び市の決算資料（行政改革推進課調べ）"
    ws["N2"] = "（単位：千円、％）"
    hdr1 = ["団体番号", "団体名", "所管課", "出資額", "市出資比率", "補助金", None, None, None, "委託料", None, None, None, "備考"]
    hdr2 = [None] * 5 + YEARS_MONEY + YEARS_MONEY + [None]
    for c, v in enumerate(hdr1, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(hdr2, 1):
        if v:
            ws.cell(5, c, v)
    for c in (1, 2, 3, 4, 5, 14):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("F4:I4")
    ws.merge_cells("J4:M4")
    fill = PatternFill("solid", fgColor="DDEBF7")
    for r in (4, 5):
        for c in range(1, 15):
            cell = ws.cell(r, c)
            cell.fill = fill
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    notes = {"03": "※２", "06": "※３", "11": "※４", "12": "※４"}
    r = 6
    for g in GROUPS:
        ws.cell(r, 1, f"【{g}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
        members = [o for o in ORGS if o[2] == g]
        for o in members:
            vals = [o[0], o[1], o[3], o[4] if o[4] is not None else "－",
                    o[5] if o[5] is not None else "－"]
            vals += [v if v is not None else "－" for v in o[6]]
            vals += [v if v is not None else "－" for v in o[7]]
            vals.append(notes.get(o[0], ""))
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = box
                if isinstance(v, int):
                    cell.number_format = "#,##0"
                if isinstance(v, float):
                    cell.number_format = "0.0"
            r += 1
        ws.cell(r, 1, f"{g}　小計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 4, sum(o[4] or 0 for o in members)).number_format = "#,##0"
        ws.cell(r, 5, "－")
        for y in range(4):
            ws.cell(r, 6 + y, sum(o[6][y] or 0 for o in members)).number_format = "#,##0"
            ws.cell(r, 10 + y, sum(o[7][y] or 0 for o in members)).number_format = "#,##0"
        for c in range(1, 15):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).border = box
        r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 4, sum(o[4] or 0 for o in ORGS)).number_format = "#,##0"
    ws.cell(r, 5, "－")
    for y, (s, t) in enumerate(zip(totals(6), totals(7))):
        ws.cell(r, 6 + y, s).number_format = "#,##0"
        ws.cell(r, 10 + y, t).number_format = "#,##0"
    for c in range(1, 15):
        ws.cell(r, c).font = Font(bold=True)
        ws.cell(r, c).border = box
    r += 2
    for n in ["※１　「－」は該当なし（補助金・委託料の支出がない、又は出資していない団体）を示す。",
              "※２　国際交流協会の委託料は、令和５年度から外国人相談窓口業務を委託したもの。",
              "※３　ふじのさわ物産への補助金（販路拡大支援）は令和４年度で終了した。",
              "※４　社会福祉事業団及びシルバー人材センターは出資ではなく基本財産への拠出等のため「－」とした。",
              "※５　指定管理料は委託料に含む。"]:
        ws.cell(r, 1, n)
        r += 1
    for col, w in zip("ABCDEFGHIJKLMN", [9, 42, 13, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 8]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("役員等の状況")
    ws2["A1"] = "外郭団体の役員・職員の状況（令和６年７月１日現在）"
    ws2["A1"].font = Font(bold=True, size=12)
    h = ["団体番号", "団体名（略称）", "常勤役員数", "うち市ＯＢ", "非常勤役員数", "職員数"]
    for c, v in enumerate(h, 1):
        ws2.cell(3, c, v).fill = fill
    r = 4
    for o in ORGS:
        for c, v in enumerate([o[0], SHORT[o[0]], o[10], o[11], o[12], o[13]], 1):
            ws2.cell(r, c, v)
        r += 1
    ws2.cell(r, 1, "計")
    for c, i in zip((3, 4, 5, 6), (10, 11, 12, 13)):
        ws2.cell(r, c, sum(o[i] for o in ORGS))
    ws2.cell(r + 2, 1, "※　市ＯＢは、市を退職した者（再任用を含む）をいう。")
    ws2.column_dimensions["B"].width = 30
    wb.save(path)


# ---------------------------------------------------------------- pdf
def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, "藤ノ沢市外郭団体経営改善計画（令和７年度～令和９年度）", align="R", new_x="LMARGIN", new_y="NEXT")
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
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 10, "藤ノ沢市外郭団体経営改善計画", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=10)
    paras = [
        "第１章　計画の趣旨",
        "　本市は、市が出資又は継続的な財政支出を行っている１２の団体を外郭団体と位置付け、令和３年度に策定した"
        "「外郭団体の見直しに関する指針」に基づき、団体ごとの経営評価を毎年度実施してきた。本計画は、令和６年度に設置した"
        "外郭団体経営評価委員会（外部委員５名）の意見を踏まえ、令和７年度から令和９年度までの３年間に取り組む"
        "経営改善と統廃合の方針を定めるものである。",
        "第２章　経営評価の結果",
        "　経営評価は、経常収支比率、市の財政的関与の度合い、事業の公益性及び組織体制の４つの観点から、Ｓ・Ａ・Ｂ・Ｃの"
        "４段階で行った。Ｓは経営が良好で自立的な運営が行われているもの、Ｃは抜本的な見直しが必要なものである。"
        "令和６年度の評価では、Ｓが２団体、Ａが５団体、Ｂが２団体、Ｃが３団体であった。経常収支比率は、経常収益を経常費用で"
        "除したもので、１００％未満は経常的な赤字を示す。",
        "　評価は、所管課による一次評価、行政改革推進課による二次評価を経て、委員会が団体ヒアリングを行った上で確定した。"
        "一次評価と確定評価が異なった団体は、令和６年度は２団体であった。なお、評価結果は各団体の理事会・取締役会に報告し、"
        "翌年度の事業計画に反映させることとしている。",
        "　市の財政的関与（補助金・委託料）の総額は、令和３年度の１，１４２，６００千円から令和６年度の１，１７２，３００千円へと"
        "増加している。補助金は減少傾向にある一方、指定管理料を含む委託料は人件費や光熱費の上昇により増加が続いている。"
        "特に、福祉施設及び文化施設の指定管理料の増加が大きい。団体別の関与の状況は、別途公表している"
        "「外郭団体に対する財政的関与の状況」のとおりである。",
        "　団体別の経常収支比率及び経営評価は表１のとおりである。",
    ]

    def prose():
        for p in paras:
            if len(p) < 20:
                pdf.set_font("ipa", size=11)
                pdf.cell(0, 8, p, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("ipa", size=10)
            else:
                pdf.multi_cell(0, 6, p, new_x="LMARGIN", new_y="NEXT")
    prose()
    pdf.ln(2)
    pdf.cell(0, 7, "表１　団体別の経常収支比率及び経営評価", new_x="LMARGIN", new_y="NEXT")
    W = [12, 70, 16, 16, 16, 16, 17, 17]

    def head1():
        pdf.set_font("ipa", size=8.5)
        pdf.set_fill_color(221, 235, 247)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(W[0], 12, "番号", border=1, align="C", fill=True)
        pdf.cell(W[1], 12, "団体名", border=1, align="C", fill=True)
        pdf.cell(sum(W[2:5]), 6, "経常収支比率（％）", border=1, align="C", fill=True)
        pdf.cell(sum(W[5:8]), 6, "経営評価", border=1, align="C", fill=True)
        pdf.set_xy(x + W[0] + W[1], y + 6)
        for w, t in zip(W[2:], ["令和4年度", "令和5年度", "令和6年度"] * 2):
            pdf.cell(w, 6, t, border=1, align="C", fill=True)
        pdf.set_xy(x, y + 12)

    head1()
    rows = []
    for g in GROUPS:
        rows.append(("G", g))
        for o in ORGS:
            if o[2] == g:
                rows.append(("R", o))
    for kind, v in rows:
        if pdf.get_y() > 268:
            BREAKS.append(v[0] if kind == "R" else v)
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "表１　団体別の経常収支比率及び経営評価（続き）", new_x="LMARGIN", new_y="NEXT")
            head1()
        pdf.set_font("ipa", size=8.5)
        if kind == "G":
            pdf.set_fill_color(242, 242, 242)
            pdf.cell(sum(W), 6.5, f"【{v}】", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            continue
        o = v
        cells = [fw(o[0]), o[1]] + [fw(f"{x:.1f}") for x in o[8]] + list(o[9])
        for i, (w, t) in enumerate(zip(W, cells)):
            pdf.cell(w, 6.5, t, border=1, align="L" if i == 1 else "C")
        pdf.ln(6.5)
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　経常収支比率＝経常収益÷経常費用×１００。株式会社は営業収益÷（営業費用＋営業外費用）×１００で算出。",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("ipa", size=11)
    pdf.cell(0, 8, "第３章　統廃合等の方針", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=10)
    pdf.multi_cell(0, 6, "　経営評価の結果と委員会の意見を踏まえ、団体ごとの方針を表２のとおり定める。スポーツ協会及び国際交流協会は"
                   "令和８年度に文化振興財団と統合し、土地開発公社は保有土地の処分を終えた後に解散する。これにより、"
                   "外郭団体は令和９年度末に９団体となる見込みである。", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 7, "表２　団体別の方針", new_x="LMARGIN", new_y="NEXT")
    W2 = [12, 62, 22, 24, 60]

    def head2():
        pdf.set_font("ipa", size=8.5)
        pdf.set_fill_color(221, 235, 247)
        for w, t in zip(W2, ["番号", "団体名", "方針", "実施時期", "主な内容"]):
            pdf.cell(w, 7, t, border=1, align="C", fill=True)
        pdf.ln(7)
    head2()
    for o in ORGS:
        if pdf.get_y() > 270:
            pdf.add_page()
            head2()
        pdf.set_font("ipa", size=8)
        for i, (w, t) in enumerate(zip(W2, [fw(o[0]), SHORT[o[0]], o[14], o[15], POLICY_TEXT[o[0]]])):
            pdf.cell(w, 6.5, t, border=1, align="L" if i in (1, 4) else "C")
        pdf.ln(6.5)
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　方針の区分　存続：現行の体制で存続　経営改善：改善計画により存続　統合：他団体と統合　"
                   "関与縮小：市の出資・財政支出を縮小　廃止：解散", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------- docx
def make_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexGothic"
    st.font.size = Pt(10.5)
    doc.add_heading("外郭団体の経営評価に関する意見書", level=1)
    doc.add_paragraph("令和６年１２月１０日")
    doc.add_paragraph("藤ノ沢市長　様")
    doc.add_paragraph("藤ノ沢市外郭団体経営評価委員会　委員長　桜井　和也")
    doc.add_heading("１　はじめに", level=2)
    doc.add_paragraph("　本委員会は、令和６年６月から１１月までの間に５回の会議を開催し、１２団体の経営評価の結果及び"
                      "統廃合等の方針案について審議した。その結果を次のとおり意見として取りまとめたので提出する。"
                      "意見の区分は【評価】【指摘】【要望】の３つとした。")
    doc.add_heading("２　団体ごとの意見", level=2)
    for n, codes, kind, text in COMMENTS:
        if not codes:
            continue
        p = doc.add_paragraph()
        tgt = "・".join(f"{c} {SHORT[c]}" for c in codes)
        r = p.add_run(f"【意見{fw(n)}】（対象団体：{tgt}）【{kind}】")
        r.bold = True
        doc.add_paragraph("　" + text)
    doc.add_heading("３　外郭団体全般に対する意見", level=2)
    gen = [c for c in COMMENTS if not c[1]]
    t = doc.add_table(rows=1 + len(gen), cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["意見番号", "区分", "意見"]):
        t.cell(0, c).text = h
    for i, (n, _, kind, text) in enumerate(gen, 1):
        t.cell(i, 0).text = fw(n)
        t.cell(i, 1).text = kind
        t.cell(i, 2).text = text
    doc.add_heading("４　委員名簿", level=2)
    t2 = doc.add_table(rows=6, cols=3)
    t2.style = "Table Grid"
    for c, h in enumerate(["役職", "氏名", "所属等"]):
        t2.cell(0, c).text = h
    for i, row in enumerate([("委員長", "桜井　和也", "大学教授（財政学）"), ("副委員長", "森田　恵子", "公認会計士"),
                             ("委員", "石川　隆", "中小企業診断士"), ("委員", "藤本　由美", "市民公募委員"),
                             ("委員", "大野　健二", "地元金融機関")], 1):
        for c, v in enumerate(row):
            t2.cell(i, c).text = v
    doc.save(path)


# ---------------------------------------------------------------- html
def make_html(path: Path) -> None:
    L = ['<!DOCTYPE html>', '<html lang="ja"><head><meta charset="utf-8">',
         '<title>外郭団体の概要と経営状況｜藤ノ沢市</title></head><body>',
         '<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li>'
         '<li><a href="/shisei/gyokaku/">行政改革</a></li><li>外郭団体の概要と経営状況</li></ol>',
         '<main><h1>外郭団体の概要と経営状況</h1>',
         '<p>更新日：2024年12月20日</p>',
         '<h2>外郭団体とは</h2>',
         '<p>本市では、市が出資している団体のうち出資比率が１５％以上のもの、又は市から継続的に補助金・委託料の支出を'
         '受けている団体を「外郭団体」としています。現在の外郭団体は１２団体です。</p>',
         '<h2>団体一覧</h2>', '<table border="1"><thead><tr><th>番号</th><th>団体名</th><th>設立</th>'
         '<th>所管課</th><th>主な事業</th></tr></thead><tbody>']
    for o in ORGS:
        L.append(f"<tr><td>{o[0]}</td><td>{o[1]}</td><td>{FOUNDED[o[0]]}</td><td>{o[3]}</td><td>{BUSINESS[o[0]]}</td></tr>")
    L.append("</tbody></table>")
    L += ['<h2>役員・職員の状況</h2>', '<p>令和６年７月１日現在</p>',
          '<table border="1"><thead><tr><th>番号</th><th>団体名</th><th>常勤役員</th><th>うち市ＯＢ</th>'
          '<th>非常勤役員</th><th>職員数</th></tr></thead><tbody>']
    for o in ORGS:
        L.append(f"<tr><td>{o[0]}</td><td>{SHORT[o[0]]}</td><td>{fw(o[10])}人</td><td>{fw(o[11]) + '人' if o[11] else '－'}</td>"
                 f"<td>{fw(o[12])}人</td><td>{fw(o[13])}人</td></tr>")
    L.append("</tbody></table>")
    L += ['<ul class="notes"><li>※「うち市ＯＢ」の「－」は市ＯＢの常勤役員がいないことを示します。</li>'
          '<li>※市ＯＢの常勤役員の報酬は、市の部長級の給与水準を上限としています。</li></ul>',
          '<h2>経営評価の区分</h2>', '<table border="1"><thead><tr><th>区分</th><th>内容</th></tr></thead><tbody>']
    for g, d in GRADES:
        L.append(f"<tr><th>{g}</th><td>{d}</td></tr>")
    L.append("</tbody></table>")
    L += ['<h2>関連資料</h2><ul><li>藤ノ沢市外郭団体経営改善計画（PDF）</li>'
          '<li>外郭団体の経営評価に関する意見書（Word）</li><li>外郭団体に対する財政的関与の状況（Excel）</li></ul>',
          '<h2>お知らせ</h2><ul><li>2024年12月20日　外郭団体経営評価委員会の意見書を掲載しました。</li>'
          '<li>2025年2月3日　経営改善計画（案）に対する意見募集を行います（募集期間：２月３日～３月４日）。</li></ul>',
          '<p class="contact">お問い合わせ：総務部 行政改革推進課 行革推進係　電話 0466-00-1234（内線 2315）</p>',
          '</main></body></html>']
    path.write_text("\n".join(L), encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt(path: Path) -> None:
    sub, itk = totals(6), totals(7)
    ob = sum(o[11] for o in ORGS)
    full = sum(o[10] for o in ORGS)
    L = ["藤ノ沢市外郭団体の経営改善に関する取組経過", "", "令和７年１月　総務部行政改革推進課", "",
         "１　これまでの経緯",
         "　本市は、令和３年４月に「外郭団体の見直しに関する指針」を策定し、１２の外郭団体について、毎年度、所管課による",
         "自己評価と行政改革推進課による二次評価を行ってきた。平成２９年度には１４団体あったが、平成３１年３月に藤ノ沢市",
         "観光協会を観光開発株式会社へ統合し、令和２年３月に藤ノ沢市農業公社を解散したことにより、現在の１２団体となった。",
         "",
         "２　外部評価委員会",
         "　令和６年度から、学識経験者、公認会計士等５名で構成する外郭団体経営評価委員会を設置し、経営評価の客観性を高めた。",
         "委員会は次のとおり開催し、１２団体のヒアリングを行い、１６件の意見を取りまとめた。",
         "-" * 60,
         f"{'回':<6}{'開催日':<14}主な議題"]
    for m in MEETINGS:
        L.append(f"{m[0]:<6}{m[1]:<14}{m[2]}")
    L += ["-" * 60, "",
          "３　市の財政的関与の推移（全団体の合計、単位：千円）",
          "-" * 60,
          f"{'年度':<10}{'補助金':>12}{'委託料':>12}{'合計':>12}"]
    for y in range(4):
        L.append(f"{YEARS_MONEY[y]:<10}{sub[y]:>12,}{itk[y]:>12,}{sub[y] + itk[y]:>12,}")
    L += ["-" * 60,
          "　※委託料には指定管理料を含む。出資額の合計は５２０，０００千円（令和６年度末）。",
          "",
          "４　役員の状況",
          f"　令和６年７月１日現在、常勤役員は１２団体で{fw(full)}人、そのうち市ＯＢは{fw(ob)}人である。委員会からは、市ＯＢの",
          "就任について公募を原則とするよう意見が出された。市は、令和９年度までに市ＯＢの常勤役員を８人以下とすることを目標とする。",
          "",
          "５　今後の予定",
          "　令和７年２月に経営改善計画（案）の意見募集を行い、令和７年３月に計画を決定する。令和８年度にスポーツ協会及び",
          "国際交流協会を文化振興財団に統合し、土地開発公社は保有土地（約２．４ヘクタール）の処分を終えた後、令和８年度に",
          "解散する。これにより、令和９年度末の外郭団体は９団体となる見込みである。市の財政的関与の総額については、",
          "令和９年度までに令和６年度比で１０％削減することを目標とする。",
          ""]
    path.write_text("\n".join(L), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for p in DOCS.iterdir():
        p.unlink()
    make_xlsx(DOCS / "外郭団体に対する財政的関与の状況（R3～R6）.xlsx")
    make_pdf(DOCS / "藤ノ沢市外郭団体経営改善計画.pdf")
    make_docx(DOCS / "外郭団体の経営評価に関する意見書（令和６年度）.docx")
    make_html(DOCS / "外郭団体の概要と経営状況｜藤ノ沢市.html")
    make_txt(DOCS / "外郭団体経営改善の取組経過.txt")


if __name__ == "__main__":
    main()
