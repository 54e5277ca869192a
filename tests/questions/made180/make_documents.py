"""Generate docs/ for made180 — 椿ヶ瀬市 職員提案制度（業務改善提案の審査結果）.

Run: /work/main/.venv/bin/python make_documents.py
The data below is also imported by verify.py.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "椿ヶ瀬市"

THEMES = {
    1: "窓口サービスの向上",
    2: "事務の効率化・ＤＸ",
    3: "経費節減・歳入確保",
    4: "職場環境・働き方改革",
}

# 令和６年度 proposals: no, theme, name, 部局, 課, 個人/グループ, (効果30, 実現性25, 独創性20, 波及性25), 年間効果見込額(千円) or None
PROPOSALS = [
    ("601", 1, "窓口番号案内のモニター表示化", "市民生活部", "市民課", "グループ", (24, 20, 14, 19), None),
    ("602", 1, "転入手続チェックシートの多言語化", "市民生活部", "市民課", "個人", (18, 19, 13, 15), None),
    ("603", 1, "証明書郵送請求へのオンライン決済導入", "総務部", "税務課", "グループ", (25, 17, 15, 21), 1240),
    ("604", 1, "福祉窓口のワンストップ相談票", "健康福祉部", "福祉総務課", "個人", (15, 14, 10, 12), None),
    ("605", 1, "窓口混雑状況のウェブ公開", "市民生活部", "市民課", "個人", (20, 21, 12, 18), None),
    ("606", 2, "会議録作成への音声認識ソフト活用", "総務部", "総務課", "グループ", (26, 22, 15, 22), 3600),
    ("607", 2, "庁内照会・調査のフォーム化", "企画財政部", "情報政策課", "個人", (22, 21, 12, 20), 980),
    ("608", 2, "道路占用許可台帳の電子化", "建設部", "道路管理課", "個人", (17, 15, 11, 14), 420),
    ("609", 2, "給与明細のペーパーレス化", "総務部", "職員課", "グループ", (23, 22, 10, 19), 1850),
    ("610", 2, "学校徴収金システムの共同利用", "教育委員会事務局", "学校教育課", "個人", (14, 10, 13, 7), None),
    ("611", 2, "ＲＰＡによる口座振替データ照合", "上下水道局", "料金課", "グループ", (25, 19, 17, 21), 2300),
    ("612", 3, "公用車の共同利用（カーシェア）", "総務部", "管財課", "個人", (21, 18, 12, 17), 2100),
    ("613", 3, "庁舎照明のＬＥＤ化前倒し", "総務部", "管財課", "個人", (19, 13, 8, 14), 4500),
    ("614", 3, "ふるさと納税の体験型返礼品の追加", "企画財政部", "企画政策課", "グループ", (22, 16, 18, 15), 6000),
    ("615", 3, "広報紙の有料広告枠拡大", "企画財政部", "財政課", "個人", (16, 12, 9, 11), 800),
    ("616", 3, "窓口封筒の広告入り封筒への切替", "市民生活部", "市民課", "個人", (12, 11, 6, 9), 300),
    ("617", 4, "テレワーク用ノートＰＣの貸出ルール整備", "企画財政部", "情報政策課", "グループ", (18, 20, 11, 18), None),
    ("618", 4, "定時退庁日のシステム強制ログオフ", "総務部", "職員課", "個人", (13, 9, 12, 8), None),
    ("619", 4, "新任職員向け業務マニュアル動画の作成", "健康福祉部", "介護保険課", "グループ", (23, 20, 17, 20), None),
    ("620", 4, "庁内フリーアドレスの試行", "建設部", "都市計画課", "個人", (11, 8, 10, 9), None),
]


def total(p) -> int:
    return sum(p[6])


def grade(points: int) -> str:
    if points >= 75:
        return "Ａ"
    if points >= 60:
        return "Ｂ"
    if points >= 45:
        return "Ｃ"
    return "Ｄ"


GRADE_LABEL = {"Ａ": "Ａ（実施）", "Ｂ": "Ｂ（条件付き実施）", "Ｃ": "Ｃ（継続研究）", "Ｄ": "Ｄ（不採用）"}

AWARDS = [  # 賞, 提案番号
    ("最優秀賞", "606"),
    ("優秀賞", "611"),
    ("優秀賞", "619"),
    ("奨励賞", "603"),
    ("奨励賞", "614"),
]

# 採用提案の実施状況 (pdf): group year, no, name, 担当課, 判定, 令和４年度末, 令和５年度末, 令和６年度末, 効果額実績R6(千円) or None
FOLLOWUP = [
    ("令和４年度", "401", "電子申請フォームの拡充", "情報政策課", "Ａ", "実施中", "完了", "完了", 1520),
    ("令和４年度", "403", "ごみ収集カレンダーのアプリ配信", "環境政策課", "Ｂ", "検討中", "実施中", "完了", 310),
    ("令和４年度", "404", "納税通知書の封入封かん作業の外部化", "税務課", "Ａ", "実施中", "実施中", "完了", 2880),
    ("令和４年度", "407", "庁内文書の両面印刷の徹底", "総務課", "Ｂ", "完了", "完了", "完了", 640),
    ("令和４年度", "409", "会議室予約のオンライン化", "管財課", "Ａ", "実施中", "完了", "完了", 450),
    ("令和４年度", "412", "窓口アンケートのＱＲコード化", "市民課", "Ｂ", "検討中", "検討中", "見送り", None),
    ("令和４年度", "415", "水道検針票の電子交付", "料金課", "Ａ", "検討中", "実施中", "実施中", 780),
    ("令和４年度", "418", "出張旅費精算の簡素化", "会計課", "Ｂ", "実施中", "実施中", "実施中", 520),
    ("令和５年度", "502", "公共施設予約へのキャッシュレス決済導入", "管財課", "Ａ", "－", "実施中", "完了", 1100),
    ("令和５年度", "505", "保育所入所申請の電子化", "こども未来課", "Ａ", "－", "検討中", "実施中", None),
    ("令和５年度", "506", "粗大ごみ受付のチャットボット化", "環境政策課", "Ｂ", "－", "実施中", "実施中", 260),
    ("令和５年度", "510", "公用車運行記録のクラウド化", "管財課", "Ｂ", "－", "検討中", "見送り", None),
    ("令和５年度", "513", "議会資料のタブレット配信", "議会事務局", "Ａ", "－", "実施中", "完了", 3400),
    ("令和５年度", "517", "介護認定調査票の入力支援ツール", "介護保険課", "Ｂ", "－", "検討中", "検討中", None),
]
R6_STATUS = {  # 令和６年度末 status and 効果額実績 of the R6 proposals adopted (Ａ/Ｂ)
    "601": ("実施中", None), "602": ("検討中", None), "603": ("実施中", 310), "605": ("完了", None),
    "606": ("完了", 900), "607": ("完了", 240), "609": ("実施中", 620), "611": ("実施中", 600),
    "612": ("検討中", None), "614": ("実施中", 1200), "617": ("完了", None), "619": ("検討中", None),
}
for _p in PROPOSALS:
    if grade(total(_p)) in ("Ａ", "Ｂ"):
        st, eff = R6_STATUS[_p[0]]
        FOLLOWUP.append(("令和６年度", _p[0], _p[2], _p[4], grade(total(_p)), "－", "－", st, eff))
assert len(FOLLOWUP) == 26

# 部局別提案件数 (html): 部局, R4, R5, R6
DEPT_COUNTS = [
    ("総務部", 9, 7, None),
    ("企画財政部", 5, 6, None),
    ("市民生活部", 6, 3, None),
    ("健康福祉部", 4, 5, None),
    ("建設部", 3, 1, None),
    ("教育委員会事務局", 2, 0, None),
    ("上下水道局", 2, 2, None),
    ("その他（議会事務局等）", 1, 2, None),
]
_r6 = {}
for _p in PROPOSALS:
    _r6[_p[3]] = _r6.get(_p[3], 0) + 1
DEPT_COUNTS = [(d, a, b, _r6.get(d.split("（")[0], 0)) for d, a, b, _ in DEPT_COUNTS]

# テーマ評価 (docx): theme, 委員会評価 R4, R5, R6
THEME_GRADES = {1: ("Ｂ", "Ｂ", "Ａ"), 2: ("Ａ", "Ａ", "Ａ"), 3: ("Ａ", "Ｂ", "Ｃ"), 4: ("Ｃ", "Ｃ", "Ｂ")}

# 委員意見 (docx): n, kind, cited 提案番号 list, text, speaker
OPINIONS = [
    (1, "評価", ["606"], "提案番号６０６は、会議録作成に要する時間を大幅に短縮しており、効果が明確である。全庁展開を期待する。", "委員長（副市長）"),
    (2, "要望", ["611"], "提案番号６１１のＲＰＡによる照合は、市税や保育料など他の公金収納事務にも横展開を検討されたい。", "企画財政部長"),
    (3, "指摘", ["610"], "提案番号６１０は着眼点は良いが、学校側との調整が不十分であり、実現性に課題がある。", "外部委員（中小企業診断士）"),
    (4, "評価", ["619"], "提案番号６１９は、新任職員の早期戦力化と定着に寄与するもので、他の課でも参考にしてほしい。", "外部委員（大学教授）"),
    (5, "指摘", ["613", "615"], "提案番号６１３及び６１５は、効果額の試算根拠が不明確である。算定方法を示したうえで再提出されたい。", "企画財政部長"),
    (6, "要望", [], "入庁５年以内の若手職員からの提案が少ない。提案しやすい雰囲気づくりと、提案書様式の簡素化を検討されたい。", "外部委員（中小企業診断士）"),
    (7, "評価", ["603"], "提案番号６０３は、市民の来庁を不要にする取組であり、窓口サービスの向上に直結する。", "総務部長"),
    (8, "指摘", ["618"], "提案番号６１８は、災害対応や窓口延長の業務実態に合わない面があり、課題を整理する必要がある。", "総務部長"),
    (9, "要望", ["614"], "提案番号６１４の体験型返礼品は、観光部門と連携して事業者の掘り起こしを進めてほしい。", "外部委員（大学教授）"),
    (10, "要望", [], "採用した提案の実施状況を年に２回確認し、提案者にも結果を伝える仕組みを設けられたい。", "委員長（副市長）"),
    (11, "指摘", ["412", "510"], "過去に採用した提案番号４１２及び５１０が見送りとなっている。見送りの理由を提案者に説明すべきである。", "外部委員（大学教授）"),
    (12, "評価", ["607"], "提案番号６０７は、照会の集計作業を不要にするもので、少ない費用で効果を上げている。", "企画財政部長"),
]

# 提案件数の推移 (txt): 年度, 提案件数, 採用件数
HISTORY = [
    ("平成２９年度", 41, 9), ("平成３０年度", 38, 11), ("令和元年度", 35, 10), ("令和２年度", 22, 7),
    ("令和３年度", 29, 10), ("令和４年度", 32, 8), ("令和５年度", 26, 6), ("令和６年度", 20, 12),
]

FW = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def fw(x) -> str:
    return str(x).translate(FW)


def comma(n) -> str:
    return "－" if n is None else f"{n:,}"


# ---------------------------------------------------------------- xlsx
def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "審査結果一覧"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = "令和６年度　職員提案審査結果一覧"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:N1")
    ws["A2"] = "椿ヶ瀬市総務部行政改革推進課　令和７年２月"
    ws["L2"] = "（単位：点、千円）"
    heads = ["提案番号", "提案名", "提案部局", "提案課", "提案形態", "審査点数", None, None, None, None,
             "判定", "年間効果見込額（千円）※３", "表彰", "備考"]
    sub = [None] * 5 + ["①効果性（30）", "②実現性（25）", "③独創性（20）", "④波及性（25）", "合計（100）"] + [None] * 4
    for c, v in enumerate(heads, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(5, c, v)
    for c in list(range(1, 6)) + list(range(11, 15)):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=10)
    for r in (4, 5):
        for c in range(1, 15):
            ws.cell(r, c).alignment = center
            ws.cell(r, c).border = border
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
    award = {no: a for a, no in AWARDS}
    notes = {"610": "学校との調整後に再提案可", "613": "試算根拠を示し再提出", "615": "試算根拠を示し再提出",
             "618": "課題整理のうえ再検討"}
    r = 6
    grand = 0
    for t, tname in THEMES.items():
        ws.cell(r, 1, f"【テーマ{fw(t)}　{tname}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        sub_total = 0
        n = 0
        for p in PROPOSALS:
            if p[1] != t:
                continue
            n += 1
            pts = total(p)
            vals = [p[0], p[2], p[3], p[4], p[5], *p[6], pts, GRADE_LABEL[grade(pts)],
                    p[7] if p[7] is not None else "－", award.get(p[0], ""), notes.get(p[0], "")]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = border
                if c == 12 and isinstance(v, int):
                    cell.number_format = "#,##0"
            sub_total += p[7] or 0
            r += 1
        ws.cell(r, 1, f"テーマ{fw(t)}　小計（{fw(n)}件）")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for c in range(6, 12):
            ws.cell(r, c, "－")
        ws.cell(r, 12, sub_total if sub_total else "－")
        ws.cell(r, 12).number_format = "#,##0"
        for c in range(1, 15):
            ws.cell(r, c).border = border
            ws.cell(r, c).fill = PatternFill("solid", fgColor="FFF2CC")
        grand += sub_total
        r += 1
    ws.cell(r, 1, f"合計（{fw(len(PROPOSALS))}件）")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for c in range(6, 12):
        ws.cell(r, c, "－")
    ws.cell(r, 12, grand)
    ws.cell(r, 12).number_format = "#,##0"
    for c in range(1, 15):
        ws.cell(r, c).border = border
        ws.cell(r, c).font = Font(bold=True)
    r += 2
    for note in [
        "※１　判定は合計点により、Ａ（実施）７５点以上、Ｂ（条件付き実施）６０点以上７５点未満、Ｃ（継続研究）４５点以上６０点未満、Ｄ（不採用）４５点未満とする。",
        "※２　Ａ及びＢの判定を受けた提案を「採用提案」とし、提案課又は関係課において実施する。",
        "※３　年間効果見込額は提案者の試算による。金額換算が困難なものは「－」とした。",
        "※４　小計及び合計の行は提案ではない。",
    ]:
        ws.cell(r, 1, note)
        r += 1
    widths = [10, 38, 16, 12, 10, 11, 11, 11, 11, 11, 18, 14, 10, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("審査基準")
    ws2["A1"] = "職員提案審査基準"
    ws2["A1"].font = Font(size=13, bold=True)
    rows = [("審査項目", "配点", "着眼点"),
            ("①効果性", 30, "業務時間の削減、経費の節減、市民サービスの向上の度合い"),
            ("②実現性", 25, "費用・期間・体制の面で実施できるか"),
            ("③独創性", 20, "着想の新しさ、他自治体にない工夫"),
            ("④波及性", 25, "他の課・業務への展開可能性"),
            ("合計", 100, "")]
    for i, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            ws2.cell(i, c, v).border = border
    ws2["A10"] = "判定"
    for i, (g, rng) in enumerate([("Ａ（実施）", "７５点以上"), ("Ｂ（条件付き実施）", "６０点以上７５点未満"),
                                  ("Ｃ（継続研究）", "４５点以上６０点未満"), ("Ｄ（不採用）", "４５点未満")], 11):
        ws2.cell(i, 1, g).border = border
        ws2.cell(i, 2, rng).border = border
    ws2.column_dimensions["A"].width = 20
    ws2.column_dimensions["B"].width = 22
    ws2.column_dimensions["C"].width = 50
    wb.save(path)


# ---------------------------------------------------------------- pdf
def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, "椿ヶ瀬市職員提案審査委員会　資料３", align="R", new_x="LMARGIN", new_y="NEXT")
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
    pdf.cell(0, 9, "採用提案の実施状況（令和４～６年度採用分）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=9.5)
    pdf.multi_cell(0, 5.5,
                   "　職員提案制度により採用（判定Ａ又はＢ）となった提案について、各年度末時点の実施状況を取りまとめた。"
                   "令和６年度末時点で完了した提案は下表のとおりであり、効果額実績は令和６年度中に生じた削減額等を担当課の報告により"
                   "集計したものである（金額換算が困難なものは「－」）。", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5.5,
                   "　なお、令和３年度以前の採用提案は、令和５年度末までに全件の実施状況の確認を終えたため、本表には掲載していない。"
                   "実施状況は担当課からの報告（令和７年３月末時点）に基づき、行政改革推進課が取りまとめた。", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("ipa", size=10.5)
    pdf.cell(0, 7, "表１　採用提案の実施状況一覧", new_x="LMARGIN", new_y="NEXT")
    widths = [16, 58, 22, 10, 18, 18, 18, 18]
    h1 = ["提案番号", "提案名", "担当課", "判定", "実施状況", "", "", "効果額"]
    h2 = ["", "", "", "", "令和４年度末", "令和５年度末", "令和６年度末", "実績（千円）"]

    def head():
        pdf.set_font("ipa", size=8)
        pdf.set_fill_color(221, 235, 247)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for i, w in enumerate(widths):
            if i in (4, 5, 6):
                continue
            pdf.set_xy(x if i < 4 else x0 + sum(widths[:7]), y0)
            pdf.cell(w, 12, h1[i] if i != 7 else "", border=1, align="C", fill=True)
            if i == 7:
                pdf.set_xy(x0 + sum(widths[:7]), y0 + 1)
                pdf.cell(w, 5, "効果額実績", align="C")
                pdf.set_xy(x0 + sum(widths[:7]), y0 + 6)
                pdf.cell(w, 5, "（千円）", align="C")
            x += w
        xs = x0 + sum(widths[:4])
        pdf.set_xy(xs, y0)
        pdf.cell(sum(widths[4:7]), 6, "実施状況", border=1, align="C", fill=True)
        for i in (4, 5, 6):
            pdf.set_xy(x0 + sum(widths[:i]), y0 + 6)
            pdf.cell(widths[i], 6, h2[i], border=1, align="C", fill=True)
        pdf.set_xy(x0, y0 + 12)

    head()
    pdf.set_font("ipa", size=8.5)
    current = None
    for row in FOLLOWUP:
        if pdf.get_y() > 268:
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "表１　採用提案の実施状況一覧（続き）", new_x="LMARGIN", new_y="NEXT")
            head()
            pdf.set_font("ipa", size=8.5)
        if row[0] != current:
            current = row[0]
            pdf.set_fill_color(242, 242, 242)
            pdf.cell(sum(widths), 7.5, f"【{current}採用分】", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        vals = [row[1], row[2], row[3], row[4], row[5], row[6], row[7], comma(row[8])]
        for i, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 7.5, v, border=1, align="L" if i in (1, 2) else ("R" if i == 7 else "C"))
        pdf.ln(7.5)
    done = sum(1 for r in FOLLOWUP if r[7] == "完了")
    eff = sum(r[8] or 0 for r in FOLLOWUP)
    pdf.set_font("ipa", size=8.5)
    pdf.cell(sum(widths[:7]), 6.5, "合計（効果額実績）", border=1, align="C")
    pdf.cell(widths[7], 6.5, f"{eff:,}", border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("ipa", size=8.5)
    if pdf.get_y() > 250:
        pdf.add_page()
    for note in ["※１　実施状況の「－」は、当該年度末時点で未採用（審査前）であることを示す。",
                 "※２　「見送り」は、採用後の検討により実施しないこととしたもの。",
                 f"※３　令和６年度末時点で「完了」の提案は{fw(done)}件である。"]:
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.set_font("ipa", size=10.5)
    pdf.cell(0, 7, "表２　採用年度別の実施状況（令和６年度末時点）", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=8.5)
    w2 = [30, 22, 22, 22, 22, 22]
    for h in ["採用年度", "完了", "実施中", "検討中", "見送り", "計"]:
        pdf.cell(w2[0] if h == "採用年度" else 22, 6.5, h, border=1, align="C")
    pdf.ln(6.5)
    for y in ("令和４年度", "令和５年度", "令和６年度"):
        rs = [r for r in FOLLOWUP if r[0] == y]
        cnt = [sum(1 for r in rs if r[7] == s) for s in ("完了", "実施中", "検討中", "見送り")]
        pdf.cell(30, 6.5, y, border=1, align="C")
        for c in cnt + [len(rs)]:
            pdf.cell(22, 6.5, str(c) if c else "－", border=1, align="C")
        pdf.ln(6.5)
    pdf.output(str(path))


# ---------------------------------------------------------------- docx
def make_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "ＭＳ 明朝"
    st.font.size = Pt(10.5)
    doc.add_heading("令和６年度第２回椿ヶ瀬市職員提案審査委員会　会議録", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("日時", "令和７年１月２８日（火）午後２時００分～午後３時４０分"),
                 ("場所", "椿ヶ瀬市役所本庁舎４階　第１会議室"),
                 ("出席委員", "副市長（委員長）、総務部長、企画財政部長、外部委員２名（大学教授、中小企業診断士）"),
                 ("事務局", "総務部行政改革推進課"),
                 ("議題", "(1) 令和６年度職員提案の最終審査及び表彰候補の決定\n(2) テーマ別評価\n(3) 制度の見直し")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    doc.add_heading("１　開会", level=2)
    doc.add_paragraph("　委員長から開会のあいさつがあり、令和６年度は２０件の提案があったこと、"
                      "一次審査（所管部長による書面審査）を経て本日の最終審査に付することが報告された。")
    doc.add_heading("２　審査結果及び表彰候補", level=2)
    doc.add_paragraph("　事務局から審査点数の集計結果を説明し、次のとおり表彰候補を決定した。"
                      "なお、奨励賞は合計点にかかわらず、独創性の高い提案から選定した。")
    pmap = {p[0]: p for p in PROPOSALS}
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["賞", "提案番号", "提案名", "提案部局・課", "合計点"]):
        c.text = h
    for a, no in AWARDS:
        p = pmap[no]
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = a, no, p[2], f"{p[3]}　{p[4]}", fw(total(p))
    doc.add_heading("３　委員意見", level=2)
    doc.add_paragraph("　個別の提案について、委員から次の意見があった。")
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
    for n, kind, cites, text, who in OPINIONS:
        para = doc.add_paragraph()
        run = para.add_run(f"（{fw(n)}）【{kind}】")
        run.bold = True
        para.add_run(f"{text}（{who}）")
    doc.add_heading("４　テーマ別評価", level=2)
    doc.add_paragraph("　テーマごとに提案の質と量を総合的に評価した（Ａ：優れている、Ｂ：おおむね良好、Ｃ：改善を要する）。"
                      "平均点は令和６年度の提案の合計点の平均（小数点以下第２位を四捨五入）である。")
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    top = ["テーマ番号", "テーマ名", "提案件数", "平均点", "委員会評価", "", ""]
    for c, h in zip(t.rows[0].cells, top):
        c.text = h
    for c, h in zip(t.rows[1].cells, ["", "", "", "", "令和４年度", "令和５年度", "令和６年度"]):
        c.text = h
    a = t.cell(0, 4).merge(t.cell(0, 6))
    a.text = "委員会評価"
    for i in range(4):
        m = t.cell(0, i).merge(t.cell(1, i))
        m.text = top[i]
    for th, name in THEMES.items():
        ps = [p for p in PROPOSALS if p[1] == th]
        avg = sum(total(p) for p in ps) / len(ps)
        c = t.add_row().cells
        vals = [fw(th), name, fw(len(ps)), fw(f"{avg + 1e-9:.1f}"), *THEME_GRADES[th]]
        for cell, v in zip(c, vals):
            cell.text = v
    doc.add_paragraph("　テーマ３（経費節減・歳入確保）は、効果額の大きい提案が多い一方、試算根拠の不十分な提案が目立ったため、"
                      "前年度より評価を下げた。テーマ４（職場環境・働き方改革）は、提案番号６１９の優れた提案があり評価を上げた。")
    doc.add_heading("５　制度の見直しについて", level=2)
    doc.add_paragraph("　事務局から、令和７年度に小さな業務改善を気軽に報告できる「カイゼン報告」制度を新設し、"
                      "年間１００件の報告を目標とする案が示され、了承された。また、採用提案の実施状況の確認を"
                      "年２回（９月末及び３月末）行うこととした。")
    doc.add_paragraph("　次回の委員会は令和７年５月中旬に開催し、表彰式は令和７年３月１８日に行う。")
    doc.add_paragraph("以上")
    doc.save(path)


# ---------------------------------------------------------------- html
def make_html(path: Path) -> None:
    pmap = {p[0]: p for p in PROPOSALS}
    rows = []
    tot = [0, 0, 0]
    for d, a, b, c in DEPT_COUNTS:
        cells = "".join(f"<td>{fw(v) if v else '－'}</td>" for v in (a, b, c))
        rows.append(f"<tr><th scope=\"row\">{d}</th>{cells}</tr>")
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
    rows.append("<tr class=\"total\"><th scope=\"row\">合計</th>" + "".join(f"<td>{fw(v)}</td>" for v in tot) + "</tr>")
    awards = "\n".join(
        f"<tr><td>{a}</td><td>{no}</td><td>{pmap[no][2]}</td><td>{pmap[no][3]}　{pmap[no][4]}</td></tr>" for a, no in AWARDS)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>職員提案制度について｜椿ヶ瀬市</title></head>
<body>
<nav class="breadcrumb"><ol><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/shisei/gyokaku/">行財政改革</a></li><li>職員提案制度について</li></ol></nav>
<main>
<h1>職員提案制度について</h1>
<p class="update">更新日：令和７年３月２５日</p>
<p>椿ヶ瀬市では、職員一人ひとりが日常業務の中で気づいた改善のアイデアを提案し、市民サービスの向上と業務の効率化につなげる「職員提案制度」を平成２９年度から実施しています。</p>
<h2>制度の概要</h2>
<dl>
<dt>対象</dt><dd>市の全職員（会計年度任用職員を含む）。個人又はグループ（５人以内）で提案できます。</dd>
<dt>募集期間</dt><dd>毎年６月１日から８月３１日まで</dd>
<dt>テーマ</dt><dd>①窓口サービスの向上、②事務の効率化・ＤＸ、③経費節減・歳入確保、④職場環境・働き方改革</dd>
<dt>審査</dt><dd>所管部長による一次審査の後、職員提案審査委員会（委員長：副市長）が最終審査を行います。</dd>
<dt>表彰</dt><dd>最優秀賞（１件）、優秀賞（２件以内）、奨励賞（若干件）</dd>
</dl>
<h2>部局別の提案件数</h2>
<table border="1">
<caption>部局別提案件数（単位：件）</caption>
<thead><tr><th scope="col">部局</th><th scope="col">令和４年度</th><th scope="col">令和５年度</th><th scope="col">令和６年度</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="note">※「－」は提案がなかったことを示します。組織は令和６年度の名称です。</p>
<h2>令和６年度の表彰提案</h2>
<table border="1">
<thead><tr><th>賞</th><th>提案番号</th><th>提案名</th><th>所属</th></tr></thead>
<tbody>
{awards}
</tbody>
</table>
<h2>これまでに実現した主な提案</h2>
<ul>
<li>電子申請フォームの拡充（提案番号４０１、令和５年度完了）</li>
<li>納税通知書の封入封かん作業の外部化（提案番号４０４、令和６年度完了）</li>
<li>議会資料のタブレット配信（提案番号５１３、令和６年度完了）</li>
<li>会議録作成への音声認識ソフト活用（提案番号６０６、令和６年度完了）</li>
</ul>
<h2>お問い合わせ</h2>
<p>総務部　行政改革推進課　行革推進係　電話：０１２３－４５－６７８９（内線２３１）</p>
</main>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt(path: Path) -> None:
    n = len(PROPOSALS)
    grades = [grade(total(p)) for p in PROPOSALS]
    cnt = {g: grades.count(g) for g in "ＡＢＣＤ"}
    avg = sum(total(p) for p in PROPOSALS) / n
    lines = [
        "職員提案制度の運用状況と今後の方向性",
        "",
        "令和７年３月",
        "椿ヶ瀬市総務部行政改革推進課",
        "",
        "１　制度の沿革",
        "　本市の職員提案制度は、平成２９年度に「業務改善提案制度」として創設した。令和２年度からは、市の行財政改革大綱に",
        "合わせて募集テーマを設定する「テーマ設定型」に改め、現在は４つのテーマで募集している。創設から令和６年度までの",
        f"提案件数の累計は{fw(sum(h[1] for h in HISTORY))}件、採用件数の累計は{fw(sum(h[2] for h in HISTORY))}件である。",
        "",
        "２　提案件数の推移",
        "　提案件数は創設初年度の４１件をピークに減少傾向にあり、令和６年度は２０件と過去最少となった。一方、令和６年度は",
        "審査基準の見直しにより採用率が大きく上昇した。",
        "",
        "　------------------------------------------------",
        "　年度　　　　　提案件数　　採用件数　　採用率",
        "　------------------------------------------------",
    ]
    for y, a, b in HISTORY:
        rate = f"{100 * b / a:.1f}％"
        lines.append(f"　{y:　<8}{fw(a):>6}件{fw(b):>8}件{fw(rate):>10}")
    lines += [
        "　------------------------------------------------",
        "　※採用件数は判定Ａ及びＢの件数（令和３年度以前は「採用」とされた件数）。",
        "",
        "３　令和６年度の審査結果",
        f"　令和６年度は{fw(n)}件の提案があり、判定の内訳はＡ（実施）{fw(cnt['Ａ'])}件、Ｂ（条件付き実施）{fw(cnt['Ｂ'])}件、",
        f"Ｃ（継続研究）{fw(cnt['Ｃ'])}件、Ｄ（不採用）{fw(cnt['Ｄ'])}件であった。合計点の平均は{fw(f'{avg:.2f}')}点で、",
        "最高点は提案番号６０６「会議録作成への音声認識ソフト活用」の８５点である。グループによる提案は",
        f"{fw(sum(1 for p in PROPOSALS if p[5] == 'グループ'))}件で、すべてが採用（Ａ又はＢ）となった。",
        "",
        "４　効果額",
        "　令和６年度に採用となった提案の年間効果見込額の合計は",
        f"{fw(comma(sum(p[7] or 0 for p in PROPOSALS if grade(total(p)) in 'ＡＢ')))}千円である。また、令和４年度以降の採用提案による",
        f"令和６年度の効果額実績は{fw(comma(sum(r[8] or 0 for r in FOLLOWUP)))}千円となり、創設以来の効果額の累計は約１億２千万円に達した。",
        "",
        "５　課題と今後の方向性",
        "（１）若手職員の参加",
        "　入庁５年以内の職員からの提案は、令和６年度は２０件中３件にとどまった。令和７年度は新任研修の中で",
        "提案書の作成演習を行う。",
        "（２）実施状況のフォローアップ",
        "　採用後に見送りとなった提案（提案番号４１２、５１０）があったことから、実施状況の確認を年２回",
        "（９月末及び３月末）行い、結果を提案者に通知する。",
        "（３）カイゼン報告制度の新設",
        "　提案に至らない小さな改善を共有するため、令和７年度から「カイゼン報告」制度を新設し、年間１００件の報告を目標とする。",
        "（４）表彰の充実",
        "　最優秀賞の提案者には、人事評価において加点を行うことを検討する。",
        "",
        "以上",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_xlsx(DOCS / "令和６年度職員提案審査結果一覧.xlsx")
    make_pdf(DOCS / "資料３_採用提案の実施状況（令和４～６年度採用分）.pdf")
    make_docx(DOCS / "令和６年度第２回職員提案審査委員会_会議録.docx")
    make_html(DOCS / "職員提案制度について｜椿ヶ瀬市.html")
    make_txt(DOCS / "職員提案制度の運用状況と今後の方向性.txt")


if __name__ == "__main__":
    main()
