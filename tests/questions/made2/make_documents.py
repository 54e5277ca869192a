"""Writes the made2 documents: five reform documents of four municipalities that no loader was written
for, in five formats and shapes, for the independent question set next to this script.

    python -m tests.questions.made2.make_documents      # rewrites tests/questions/made2/docs/

The municipalities (朝日野市, 白鷺市, 若葉市, 湊川町) and every figure are made up; the shapes follow
documents such municipalities publish. The output is the same bytes every run (fixed dates), so the
committed files only change when this script does.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import re
import zipfile
from pathlib import Path

from tests.formats.make_pdf import japanese_font

DOCS = Path(__file__).parent / "docs"
FIXED = dt.datetime(2026, 6, 1, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# 1. 朝日野市 第3次行財政改革実施計画 進捗管理表 (XLSX): a cover sheet and one sheet per 基本方針, each
#    a table with 計画値/実績値/達成率 per fiscal year, a unit column and 効果額（千円）.
# ---------------------------------------------------------------------------------------------
ASAHINO_POLICIES = [
    ("基本方針1", "持続可能な財政運営", [
        ("1-1", "市税収納率の向上", "収納課", "市税収納率", "%", 98.5, 98.7, 98.7, 98.6, 12400),
        ("1-2", "公共施設の複合化・再編", "資産経営課", "延床面積削減量", "㎡", 1200, 1350, 2000, 1500, 38000),
        ("1-3", "使用料・手数料の見直し", "財政課", "見直し件数", "件", 10, 8, 12, 12, 5600),
        ("1-4", "ふるさと納税の推進", "企画課", "寄附額", "千円", 300000, 342000, 350000, 318500, 96000),
        ("1-5", "未利用市有地の売却", "資産経営課", "売却件数", "件", 3, 3, 4, 2, 41200),
    ]),
    ("基本方針2", "デジタル化による市民サービスの向上", [
        ("2-1", "行政手続のオンライン化", "情報政策課", "オンライン化した手続数", "手続", 60, 72, 100, 95, 8300),
        ("2-2", "窓口キャッシュレス決済の導入", "市民課", "導入窓口数", "窓口", 5, 5, 10, 11, 1200),
        ("2-3", "AI議事録作成システムの活用", "情報政策課", "削減時間", "時間", 2000, 2400, 3000, 2700, 4800),
        ("2-4", "書かない窓口の導入", "市民課", "対応手続数", "手続", 10, 6, 20, 18, 0),
    ]),
    ("基本方針3", "人材育成と組織力の強化", [
        ("3-1", "時間外勤務の縮減", "人事課", "職員1人当たり年間時間外勤務", "時間", 150, 162, 140, 138, 22000),
        ("3-2", "女性管理職比率の向上", "人事課", "女性管理職比率", "%", 18.0, 17.5, 20.0, 20.4, 0),
        ("3-3", "職員提案制度の活性化", "行政経営課", "職員提案件数", "件", 50, 63, 60, 41, 0),
    ]),
]


def rate(plan: float, actual: float, lower_is_better: bool) -> float:
    """達成率 as the plan states it: for a measure to be reduced (時間外勤務), plan ÷ actual."""
    return round(plan / actual if lower_is_better else actual / plan, 4)


def asahino_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["A1"] = "朝日野市第3次行財政改革実施計画 進捗管理表"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"] = "計画期間"
    cover["B3"] = "令和6年度～令和9年度"
    cover["A4"] = "対象年度"
    cover["B4"] = "令和6年度・令和7年度の実績"
    cover["A5"] = "作成"
    cover["B5"] = "令和8年6月 朝日野市 総務部 行政経営課"
    cover["A7"] = "基本方針"
    cover["B7"] = "名称"
    cover["C7"] = "取組数"
    for i, (sheet, name, items) in enumerate(ASAHINO_POLICIES, start=8):
        cover.cell(i, 1, sheet)
        cover.cell(i, 2, name)
        cover.cell(i, 3, len(items))
    cover["A12"] = "※達成率は実績値÷計画値（時間外勤務の縮減は計画値÷実績値）。効果額は令和6年度・令和7年度の合計。"
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 40

    header = ["番号", "取組項目", "担当課", "指標", "単位",
              "令和6年度計画値", "令和6年度実績値", "令和6年度達成率",
              "令和7年度計画値", "令和7年度実績値", "令和7年度達成率", "効果額（千円）"]
    for sheet, name, items in ASAHINO_POLICIES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"{sheet}　{name}"
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(header)
        for cell in ws[3]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True)
        for code, title, office, measure, unit, p6, a6, p7, a7, effect in items:
            lower = code == "3-1"
            ws.append([code, title, office, measure, unit, p6, a6, rate(p6, a6, lower),
                       p7, a7, rate(p7, a7, lower), effect])
            row = ws.max_row
            for col in (8, 11):
                ws.cell(row, col).number_format = "0.0%"
            for col in (6, 7, 9, 10, 12):
                ws.cell(row, col).number_format = "#,##0.0" if unit == "%" else "#,##0"
        ws.column_dimensions["B"].width = 30
        ws.column_dimensions["D"].width = 28
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "朝日野市"
    buffer = io.BytesIO()
    wb.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


# ---------------------------------------------------------------------------------------------
# 2. 白鷺市 事務事業評価結果 (PDF): a cover page with the grade legend, then one 事業 per page as a
#    ruled table of labelled fields.
# ---------------------------------------------------------------------------------------------
SHIRASAGI_ITEMS = [
    ("0101", "地域公共交通（コミュニティバス）運行事業", "都市整備部", "交通政策課", "平成22年度", 86400, "B", "継続",
     "利用者数は前年度比4.2％増加したが、目標の年間18万人には届かなかった。路線の見直しを継続する。"),
    ("0102", "空き家対策推進事業", "都市整備部", "住宅課", "平成28年度", 12750, "A", "拡充",
     "除却補助の申請が想定を上回り、管理不全空き家が32件解消した。補助枠を広げる。"),
    ("0201", "高齢者配食サービス事業", "健康福祉部", "高齢福祉課", "平成12年度", 23100, "C", "縮小",
     "民間事業者による配食が普及し、市の事業の利用者は減少している。対象者を見守りが必要な方に絞る。"),
    ("0202", "子ども医療費助成事業", "健康福祉部", "子育て支援課", "平成6年度", 412000, "B", "継続",
     "対象を高校生年代まで広げた初年度であり、制度の周知は進んだ。財源の確保が課題である。"),
    ("0301", "市民文化祭開催事業", "市民生活部", "文化振興課", "昭和55年度", 3200, "D", "廃止",
     "参加団体と来場者の減少が続き、所期の目的は達成したと判断する。令和7年度をもって終了する。"),
    ("0302", "窓口業務委託事業", "市民生活部", "市民窓口課", "令和2年度", 54600, "A", "継続",
     "委託により待ち時間が平均12分から7分に短縮し、職員3人分の業務量を削減した。"),
    ("0401", "中小企業融資あっせん事業", "産業振興部", "商工労政課", "平成元年度", 8900, "C", "縮小",
     "国の制度融資の拡充により利用が減少した。利子補給の対象を創業者に限定する。"),
    ("0402", "観光プロモーション事業", "産業振興部", "観光課", "平成25年度", 31500, "B", "拡充",
     "観光入込客数は回復傾向にあるが、外国人観光客の誘致が遅れている。SNSでの発信を強化する。"),
]


def shirasagi_pdf(font: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=16)
    pdf.add_page()
    pdf.cell(0, 12, "白鷺市 令和7年度 事務事業評価結果", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=11)
    pdf.multi_cell(0, 7, "令和6年度に実施した事務事業のうち8事業について、所管課による自己評価と行政評価委員会の"
                   "審査を経て、評価と今後の方向性を決定しました。事業費は令和6年度決算額（千円）です。\n"
                   "白鷺市 総合政策部 行政改革課　令和7年9月")
    pdf.ln(4)
    pdf.cell(0, 8, "評価の区分", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(20, 150), text_align="LEFT", first_row_as_headings=False) as table:
        for grade, meaning in (("区分", "内容"), ("A", "目標を上回る成果があった"), ("B", "おおむね目標どおりの成果があった"),
                               ("C", "目標を下回った"), ("D", "成果がほとんど見られなかった")):
            row = table.row()
            row.cell(grade)
            row.cell(meaning)
    for code, name, dept, office, start, cost, grade, direction, reason in SHIRASAGI_ITEMS:
        pdf.add_page()
        pdf.set_font("jp", size=13)
        pdf.cell(0, 10, "事務事業評価シート", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("jp", size=11)
        with pdf.table(col_widths=(45, 125), text_align="LEFT", first_row_as_headings=False) as table:
            for label, value in (("事業番号", code), ("事業名", name), ("所管部", dept), ("所管課", office),
                                 ("事業開始年度", start), ("事業費（千円）", f"{cost:,}"), ("評価", grade),
                                 ("今後の方向性", direction), ("評価の理由", reason)):
                row = table.row()
                row.cell(label)
                row.cell(value)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# 3. 若葉市 行政改革アクションプラン 進捗状況 (HTML): a summary table by 部 with counts, and a detail
#    table with 取組・部・課・進捗・完了予定 (完了予定 as 令和N年度末 or 西暦 year and month).
# ---------------------------------------------------------------------------------------------
WAKABA_ITEMS = [
    (1, "窓口業務の民間委託", "市民部", "市民課", "完了", "令和6年度末"),
    (2, "証明書のコンビニ交付拡大", "市民部", "市民課", "実施中", "令和8年度末"),
    (3, "マイナンバーカード活用の推進", "市民部", "戸籍住民課", "実施中", "2027年3月"),
    (4, "電子契約の導入", "総務部", "契約検査課", "完了", "令和7年度末"),
    (5, "ペーパーレス会議の推進", "総務部", "総務課", "完了", "2025年3月"),
    (6, "公用車の削減", "総務部", "管財課", "未着手", "令和9年度末"),
    (7, "RPAによる定型業務の自動化", "総務部", "デジタル推進課", "実施中", "2027年3月"),
    (8, "補助金の総点検", "財務部", "財政課", "実施中", "令和8年度末"),
    (9, "受益者負担の適正化", "財務部", "財政課", "未着手", "2028年3月"),
    (10, "市税のスマホ決済導入", "財務部", "納税課", "完了", "令和6年度末"),
    (11, "保育所の民営化", "こども未来部", "保育課", "実施中", "令和9年度末"),
    (12, "放課後児童クラブの運営委託", "こども未来部", "こども政策課", "未着手", "2029年3月"),
]


def wakaba_html() -> str:
    depts: list[str] = []
    for _, _, dept, *_ in WAKABA_ITEMS:
        if dept not in depts:
            depts.append(dept)
    states = ("完了", "実施中", "未着手")
    summary = []
    for dept in depts + ["合計"]:
        rows = [i for i in WAKABA_ITEMS if dept in (i[2], "合計")]
        summary.append([dept, str(len(rows))] + [str(sum(1 for i in rows if i[4] == s)) for s in states])

    def table(header: list[str], rows: list[list[str]], caption: str) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
        body = "\n".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
        return (f'<table border="1">\n<caption>{html.escape(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n'
                f"<tbody>\n{body}\n</tbody>\n</table>")

    detail = [[str(n), t, d, o, s, due] for n, t, d, o, s, due in WAKABA_ITEMS]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>若葉市行政改革アクションプラン 進捗状況 | 若葉市</title>
</head>
<body>
<header><p>若葉市公式ホームページ</p><nav><a href="/">トップ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</nav></header>
<main>
<h1>若葉市行政改革アクションプラン 進捗状況</h1>
<p>若葉市行政改革アクションプラン（令和6年度～令和9年度）に掲げた12の取組について、2026年3月31日現在の進捗状況をお知らせします。</p>
<h2>部ごとの進捗状況</h2>
{table(["部", "取組数", "完了", "実施中", "未着手"], summary, "表1 部ごとの取組数")}
<h2>取組ごとの進捗状況</h2>
{table(["No.", "取組", "部", "課", "進捗", "完了予定"], detail, "表2 取組一覧")}
<p>お問い合わせ：若葉市 総務部 行政改革推進課</p>
</main>
<footer><p>&copy; Wakaba City</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 4. 湊川町 集中改革プラン (DOCX): ◆ 基本方針 headings, ● measures, each measure a Word table of
#    【目標】【現状】【スケジュール】【担当】【効果額】.
# ---------------------------------------------------------------------------------------------
MINATOGAWA_POLICIES = [
    ("基本方針1　事務事業の見直し", [
        ("ごみ収集業務の民間委託", "令和7年度から町内全地区のごみ収集を民間事業者に委託する",
         "直営2地区、委託3地区", ("検討・事業者選定", "全地区委託開始", "効果検証"), "住民環境課", 18000),
        ("窓口業務の民間委託", "住民票の写し等の交付窓口の受付業務を令和8年度に委託する",
         "全て職員が対応", ("先進地調査", "仕様書作成", "委託開始"), "町民課", 9500),
        ("町営温泉施設の指定管理者制度導入", "令和7年4月から町営温泉「みなと湯」を指定管理者が運営する",
         "町の直営（年間赤字約2,000万円）", ("指定管理者の募集・選定", "指定管理開始", "運営評価"), "商工観光課", 14200),
    ]),
    ("基本方針2　定員管理と給与の適正化", [
        ("職員定数の削減", "職員数を令和8年4月1日までに148人とする（令和6年4月1日は156人）",
         "職員数156人", ("退職者不補充", "組織再編", "148人体制"), "総務課", 52000),
        ("特殊勤務手当の見直し", "特殊勤務手当を9種類から4種類に整理する",
         "9種類", ("見直し案作成", "条例改正", "新手当の適用"), "総務課", 3100),
    ]),
    ("基本方針3　財政の健全化", [
        ("町税等の収納率向上", "町税の現年度収納率を令和8年度に97.5％とする",
         "令和5年度 96.1％", ("コンビニ収納開始", "滞納整理の強化", "目標達成"), "税務課", 6800),
        ("遊休町有地の売却", "3か年で遊休町有地5区画を売却する",
         "売却可能地8区画", ("2区画売却", "2区画売却", "1区画売却"), "企画財政課", 27000),
        ("各種団体補助金の見直し", "団体運営補助金を一律10％削減し、事業費補助へ切り替える",
         "補助金46件", ("全件点検", "削減実施", "効果検証"), "企画財政課", 4400),
    ]),
]


def minatogawa_docx() -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.author = "湊川町"
    doc.add_heading("湊川町集中改革プラン", level=0)
    doc.add_paragraph("計画期間：令和6年度～令和8年度")
    doc.add_paragraph("令和6年3月　湊川町 総務課")
    total = sum(m[5] for _, measures in MINATOGAWA_POLICIES for m in measures)
    count = sum(len(measures) for _, measures in MINATOGAWA_POLICIES)
    doc.add_paragraph(f"人口減少と財政状況の悪化に対応するため、3つの基本方針のもとに{count}の取組を集中的に進めます。"
                      f"3か年の効果額の目標は合計{total:,}千円です。")
    number = 0
    for policy, measures in MINATOGAWA_POLICIES:
        doc.add_paragraph(f"◆{policy}").runs[0].font.size = Pt(13)
        for title, goal, now, schedule, office, effect in measures:
            number += 1
            doc.add_paragraph(f"●取組{number}　{title}")
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            sched = "\n".join(f"令和{y}年度：{s}" for y, s in zip((6, 7, 8), schedule))
            for label, value in (("【目標】", goal), ("【現状】", now), ("【スケジュール】", sched),
                                 ("【担当】", office), ("【効果額】", f"{effect:,}千円")):
                cells = table.add_row().cells
                cells[0].text = label
                cells[1].text = value
            doc.add_paragraph("")
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


# ---------------------------------------------------------------------------------------------
# 5. 朝日野市 第2次行政改革大綱 最終進捗報告 (text): an older plan in 平成 years, a count summary
#    (完了 n件・継続 n件) and numbered items 1-1, 1-2, 2-1 … with labelled lines.
# ---------------------------------------------------------------------------------------------
ASAHINO_OLD = [
    ("基本項目1　事務の効率化", [
        ("1-1", "文書管理システムの導入", "総務課", "完了", "平成28年度", 3200,
         "紙の文書の保管場所を4割削減し、文書の検索時間を短縮した。"),
        ("1-2", "窓口受付時間の延長", "市民課", "完了", "平成27年度", None,
         "毎週木曜日の窓口受付を19時まで延長した。"),
        ("1-3", "電子申請の拡大", "情報システム課", "継続", None, 1500,
         "電子申請できる手続を18件に拡大した。対象手続の拡大を第3次計画で引き続き進める。"),
        ("1-4", "庁内LANの再構築", "情報システム課", "完了", "平成30年度", 7800,
         "回線契約の見直しと機器の集約により運用経費を削減した。"),
    ]),
    ("基本項目2　財政の健全化", [
        ("2-1", "市税等のコンビニ収納", "納税課", "完了", "平成27年度", 2100,
         "市税・国民健康保険税のコンビニ収納を開始した。"),
        ("2-2", "市有財産の有効活用", "管財課", "継続", None, 15600,
         "庁舎の空きスペースの貸付と自動販売機の入札を実施した。"),
        ("2-3", "下水道使用料の改定", "下水道課", "完了", "平成29年度", 48000,
         "平成29年10月に使用料を平均8.5％改定した。"),
        ("2-4", "外郭団体の統廃合", "行政改革推進室", "完了", "平成31年度", 11000,
         "朝日野市観光協会と朝日野市物産振興会を統合した。"),
    ]),
    ("基本項目3　組織・人材の活性化", [
        ("3-1", "人事評価制度の導入", "職員課", "完了", "平成28年度", None,
         "全職員を対象とする人事評価を平成28年度から実施した。"),
        ("3-2", "定員適正化計画の推進", "職員課", "継続", None, 36000,
         "職員数を5年間で22人削減した。第3次計画で引き続き適正化を進める。"),
        ("3-3", "公共施設等総合管理計画の推進", "管財課", "継続", None, None,
         "計画を平成28年度に策定した。個別施設計画に基づく再編は第3次計画に引き継ぐ。"),
    ]),
]


def asahino_text() -> str:
    items = [i for _, group in ASAHINO_OLD for i in group]
    done = sum(1 for i in items if i[3] == "完了")
    total = sum(i[5] or 0 for i in items)
    lines = [
        "朝日野市第2次行政改革大綱 実施計画 最終進捗報告",
        "",
        "令和2年6月",
        "朝日野市 総務部 行政改革推進室",
        "",
        "計画期間：平成27年度～平成31年度（令和元年度）",
        "",
        "１　取組の状況（総括）",
        "",
        f"第2次行政改革大綱の実施計画に掲げた{len(items)}の取組項目の状況は次のとおりです。",
        "",
        f"　完了　{done}件",
        f"　継続　{len(items) - done}件（第3次行財政改革実施計画に引き継ぎます）",
        "",
        f"計画期間中の効果額の累計は{total:,}千円です。",
        "",
        "２　取組項目ごとの状況",
        "",
    ]
    for heading, group in ASAHINO_OLD:
        lines += [f"【{heading}】", ""]
        for code, title, office, state, year, effect, note in group:
            lines.append(f"{code}　{title}")
            lines.append(f"　　担当課：{office}")
            lines.append(f"　　状況：{state}" + (f"（{year}完了）" if year else "（第3次計画に引き継ぎ）"))
            lines.append(f"　　効果額：{effect:,}千円" if effect is not None else "　　効果額：－")
            lines.append(f"　　内容：{note}")
            lines.append("")
    lines.append("以上")
    return "\n".join(lines) + "\n"


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated FIXED, so the file is the same bytes every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-06-01T09:00:00Z", data)
            dst.writestr(fixed, data)
    return out.getvalue()


def write_all(folder: Path = DOCS) -> list[Path]:
    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "朝日野市_第3次行財政改革実施計画_進捗管理表.xlsx": asahino_xlsx(),
        "白鷺市_令和7年度事務事業評価結果.pdf": shirasagi_pdf(font),
        "若葉市_行政改革アクションプラン進捗状況.html": wakaba_html().encode("utf-8"),
        "湊川町_集中改革プラン.docx": minatogawa_docx(),
        "朝日野市_第2次行政改革大綱_最終進捗報告.txt": asahino_text().encode("utf-8"),
    }
    written = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.name, path.stat().st_size)
