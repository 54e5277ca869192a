"""Holdout documents of three municipalities (三条市, 小田原市, 鳴門市), one per format.

`python -m tests.questions.made24.make_documents` rewrites tests/questions/made24/docs/. The facts live in
the tables below; questions.jsonl was answered from them and from the lines the format layer makes of the
written files. No loader was written for these layouts: they measure how the engine reads unseen documents.
Dates and metadata are fixed so the files come out the same every time.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FIXED = dt.datetime(2025, 6, 2, 9, 0, 0)
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# 三条市 (新潟県): 行財政改革実施計画 progress, one sheet per fiscal year.
# 番号, 基本方針, 取組項目, 担当課, 効果額 計画(千円), 効果額 実績(千円), 進捗, 備考 (None = blank cell)
SANJO_R6 = [
    (1, "歳入の確保", "市税収納率の向上", "収納課", 18000, 21500, "◎", "コンビニ・スマホ決済の利用増"),
    (2, "歳入の確保", "ふるさと納税の拡充", "地域経営課", 40000, 52300, "◎", None),
    (3, "歳入の確保", "未利用市有地の売却", "財務課", 25000, 9800, "△", "入札不調1件"),
    (4, "歳入の確保", "広告収入の拡大", "広報課", 1500, 1620, "○", None),
    (5, "歳出の見直し", "公共施設の複合化", "公共施設マネジメント課", 30000, 12000, "△", "基本計画の策定が遅れ"),
    (6, "歳出の見直し", "電力調達の見直し", "財務課", 12000, 14100, "◎", None),
    (7, "歳出の見直し", "補助金の整理合理化", "財務課", 8000, 8000, "○", None),
    (8, "業務改革", "電子申請の拡大", "デジタル推進課", None, None, "○", "効果額の算定なし"),
    (9, "業務改革", "RPAの導入拡大", "デジタル推進課", 3000, 2100, "△", None),
    (10, "業務改革", "窓口のワンストップ化", "市民窓口課", None, None, "×", "令和7年度着手予定"),
    (11, "組織・人材", "定員の適正化", "人事課", 45000, 45000, "○", None),
    (12, "組織・人材", "時間外勤務の縮減", "人事課", 6000, 4200, "△", None),
    (13, "組織・人材", "職員提案制度の活性化", "人事課", None, None, "○", "令和6年度新規"),
]
SANJO_R5 = [
    (1, "歳入の確保", "市税収納率の向上", "収納課", 15000, 16200, "◎", None),
    (2, "歳入の確保", "ふるさと納税の拡充", "地域経営課", 35000, 33800, "○", None),
    (3, "歳入の確保", "未利用市有地の売却", "財務課", 20000, 22400, "◎", "旧保育所跡地を売却"),
    (4, "歳入の確保", "広告収入の拡大", "広報課", 1500, 1380, "△", None),
    (5, "歳出の見直し", "公共施設の複合化", "公共施設マネジメント課", None, None, "○", "基本構想を策定"),
    (6, "歳出の見直し", "電力調達の見直し", "財務課", 10000, 10500, "○", None),
    (7, "歳出の見直し", "補助金の整理合理化", "財務課", 8000, 5600, "△", None),
    (8, "業務改革", "電子申請の拡大", "デジタル推進課", None, None, "○", None),
    (9, "業務改革", "RPAの導入拡大", "デジタル推進課", 2000, 2300, "◎", None),
    (10, "業務改革", "窓口のワンストップ化", "市民窓口課", None, None, "×", None),
    (11, "組織・人材", "定員の適正化", "人事課", 40000, 41000, "○", None),
    (12, "組織・人材", "時間外勤務の縮減", "人事課", 5000, 5200, "○", None),
]
SANJO_LEGEND = "凡例　◎：計画以上に進んでいる　○：計画どおり　△：計画より遅れている　×：未着手"

# 小田原市 (神奈川県): 事務事業評価結果報告書 (令和6年度実施事業), Word, one table per 部.
# 事業番号, 事務事業名, 担当課, 決算額(千円), 評価, 今後の方向性
ODAWARA_EVAL = {
    "企画部": [
        ("K-01", "広報紙発行事業", "広報広聴課", 24310, "B", "改善"),
        ("K-02", "移住定住促進事業", "企画政策課", 15880, "A", "拡充"),
        ("K-03", "シティプロモーション事業", "企画政策課", 9420, "C", "縮小"),
    ],
    "総務部": [
        ("S-01", "職員研修事業", "職員課", 6150, "B", "継続"),
        ("S-02", "庁舎維持管理事業", "管財契約課", 112600, "B", "継続"),
        ("S-03", "統計調査事業", "情報統計課", 3280, "A", "継続"),
        ("S-04", "電子入札運用事業", "管財契約課", 4900, "C", "改善"),
    ],
    "福祉健康部": [
        ("F-01", "高齢者外出支援事業", "高齢介護課", 38750, "C", "改善"),
        ("F-02", "健康ポイント事業", "健康づくり課", 7630, "B", "継続"),
        ("F-03", "敬老祝品贈呈事業", "高齢介護課", 12200, "D", "廃止"),
    ],
    "環境部": [
        ("E-01", "ごみ減量推進事業", "環境政策課", 5540, "A", "拡充"),
        ("E-02", "環境美化推進事業", "環境保護課", 3910, "B", "継続"),
        ("E-03", "生ごみ処理機購入補助事業", "環境政策課", 2080, "C", "縮小"),
    ],
}
ODAWARA_GRADES = [
    ("A", "目的を十分に達成している"),
    ("B", "目的を概ね達成している"),
    ("C", "目的の達成に課題がある"),
    ("D", "事業の抜本的な見直しが必要"),
]

# 小田原市: 行政改革推進計画の取組状況 (web page). 基本方針 -> (No, 取組名, 所管課, 取組期間, 状況)
ODAWARA_PLAN = {
    "基本方針1　持続可能な財政運営": [
        (1, "使用料・手数料の見直し", "財政課", "令和5年度～令和7年度", "実施中"),
        (2, "市有財産の利活用", "管財契約課", "令和5年度～令和8年度", "実施中"),
        (3, "ふるさと納税の推進", "企画政策課", "令和5年度～令和6年度", "完了"),
        (4, "下水道事業の経営健全化", "下水道経営課", "令和6年度～令和9年度", "遅れ"),
    ],
    "基本方針2　デジタル化による行政サービスの向上": [
        (5, "行政手続のオンライン化", "デジタル化推進課", "令和5年度～令和7年度", "実施中"),
        (6, "キャッシュレス決済の導入", "会計課", "令和5年度～令和6年度", "完了"),
        (7, "AI議事録作成システムの導入", "デジタル化推進課", "令和6年度", "完了"),
        (8, "窓口予約システムの導入", "市民課", "令和7年度～令和8年度", "未着手"),
    ],
    "基本方針3　効率的な組織運営": [
        (9, "公共施設の再編", "資産経営課", "令和5年度～令和9年度", "遅れ"),
        (10, "指定管理者制度の見直し", "行政管理課", "令和6年度～令和7年度", "実施中"),
        (11, "職員の働き方改革", "職員課", "令和5年度～令和7年度", "遅れ"),
        (12, "業務の外部委託の推進", "行政管理課", "令和7年度～令和8年度", "検討中"),
    ],
}
ODAWARA_STATUS = ["完了", "実施中", "遅れ", "検討中", "未着手"]

# 鳴門市 (徳島県): 補助金見直し一覧 (令和7年度当初予算), PDF; the table runs onto a second page.
# No, 補助金名, 所管課, R6予算額(千円), R7予算額(千円), 見直し区分, 備考
NARUTO_SUBSIDIES = [
    (1, "町内会活動補助金", "市民協働課", 4800, 4800, "継続", ""),
    (2, "自主防災組織育成補助金", "危機管理課", 2100, 2400, "拡充", "資機材購入を対象に追加"),
    (3, "商店街活性化補助金", "商工政策課", 3500, 2800, "縮小", ""),
    (4, "観光協会運営補助金", "観光振興課", 12000, 11000, "縮小", "事業費補助へ移行"),
    (5, "まつり開催補助金", "観光振興課", 6500, 6500, "継続", ""),
    (6, "老人クラブ活動補助金", "長寿介護課", 3200, 3000, "縮小", ""),
    (7, "シルバー人材センター運営補助金", "長寿介護課", 9800, 9800, "継続", ""),
    (8, "母子寡婦福祉会補助金", "子ども家庭課", 450, 0, "廃止", "令和6年度で終了"),
    (9, "私立保育所運営費補助金", "子ども家庭課", 58000, 61500, "拡充", ""),
    (10, "放課後児童クラブ運営補助金", "子ども家庭課", 21000, 23800, "拡充", "2クラブ増"),
    (11, "スポーツ少年団補助金", "スポーツ課", 1200, 1200, "継続", ""),
    (12, "体育協会補助金", "スポーツ課", 5600, 5000, "縮小", ""),
    (13, "文化協会補助金", "生涯学習課", 1800, 1800, "継続", ""),
    (14, "婦人会活動補助金", "生涯学習課", 300, 0, "廃止", "団体解散のため"),
    (15, "農業用施設整備補助金", "農林水産課", 7500, 6000, "縮小", ""),
    (16, "漁業振興補助金", "農林水産課", 4200, 4200, "継続", ""),
    (17, "新規就農者支援補助金", "農林水産課", 3000, 3600, "拡充", ""),
    (18, "住宅リフォーム補助金", "建築住宅課", 10000, 8000, "縮小", ""),
    (19, "合併処理浄化槽設置補助金", "環境政策課", 8400, 8400, "継続", ""),
    (20, "生ごみ処理容器購入補助金", "環境政策課", 350, 0, "統合", "No.21に統合"),
    (21, "ごみ減量化推進補助金", "環境政策課", 1200, 1500, "継続", "No.20を統合"),
    (22, "防犯灯設置補助金", "危機管理課", 2600, 2600, "継続", ""),
    (23, "空き家改修補助金", "都市政策課", 5000, 6000, "拡充", ""),
    (24, "バス路線維持補助金", "都市政策課", 42000, 45500, "拡充", "燃料費高騰分"),
    (25, "企業立地奨励補助金", "商工政策課", 30000, 20000, "縮小", ""),
    (26, "中小企業融資利子補給補助金", "商工政策課", 4000, 0, "廃止", "国の制度へ移行"),
]
NARUTO_FIRST_PAGE_ROWS = 17


def yen(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for sheet_name, era, rows in (("令和6年度", "令和6年度（2024年度）", SANJO_R6), ("令和5年度", "令和5年度（2023年度）", SANJO_R5)):
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = f"三条市行財政改革実施計画　{era}　進捗状況"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "（単位：千円）"
        ws["H2"] = "令和7年5月末現在" if sheet_name == "令和6年度" else "令和6年5月末現在"
        # Header over two rows: 効果額 spans 計画 and 実績; the other headers are merged down.
        heads = ["番号", "基本方針", "取組項目", "担当課", "効果額", None, "進捗", "備考"]
        for col, head in enumerate(heads, 1):
            if head:
                ws.cell(row=3, column=col, value=head)
        ws.cell(row=4, column=5, value="計画")
        ws.cell(row=4, column=6, value="実績")
        ws.merge_cells("E3:F3")
        for col in "ABCDGH":
            ws.merge_cells(f"{col}3:{col}4")
        r = 5
        start = r
        for i, (no, policy, item, dept, plan, actual, mark, note) in enumerate(rows):
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=3, value=item)
            ws.cell(row=r, column=4, value=dept)
            if plan is not None:
                ws.cell(row=r, column=5, value=plan).number_format = "#,##0"
            if actual is not None:
                ws.cell(row=r, column=6, value=actual).number_format = "#,##0"
            ws.cell(row=r, column=7, value=mark)
            if note:
                ws.cell(row=r, column=8, value=note)
            last = i + 1 == len(rows) or rows[i + 1][1] != policy
            if last:
                # 基本方針 is one merged cell over its items, as such workbooks are laid out.
                ws.cell(row=start, column=2, value=policy).alignment = Alignment(vertical="center")
                if r > start:
                    ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
                start = r + 1
            r += 1
        ws.cell(row=r, column=1, value="合計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(row=r, column=5, value=sum(x[4] or 0 for x in rows)).number_format = "#,##0"
        ws.cell(row=r, column=6, value=sum(x[5] or 0 for x in rows)).number_format = "#,##0"
        ws.cell(row=r + 2, column=1, value=SANJO_LEGEND)
        ws.cell(row=r + 3, column=1, value="※効果額は前年度比の財政効果額。効果額の算定が困難な取組は空欄。")
        for col, width in zip("ABCDEFGH", (6, 12, 24, 22, 10, 10, 6, 28)):
            ws.column_dimensions[col].width = width
    wb.properties.creator = "三条市 行政課"
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)


def write_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.author = "小田原市 企画部 企画政策課"
    doc.core_properties.created = doc.core_properties.modified = FIXED
    doc.add_heading("令和6年度　事務事業評価結果報告書", level=0)
    doc.add_paragraph("令和7年8月　小田原市")
    doc.add_heading("１　事務事業評価の概要", level=1)
    total = sum(len(v) for v in ODAWARA_EVAL.values())
    doc.add_paragraph(
        f"本市では、令和6年度に実施した事務事業のうち{len(ODAWARA_EVAL)}部{total}事業について、"
        "担当課による自己評価と行政改革推進本部による二次評価を行いました。"
        "評価結果は令和8年度予算編成に反映します。"
    )
    doc.add_heading("２　評価の区分", level=1)
    for grade, meaning in ODAWARA_GRADES:
        doc.add_paragraph(f"{grade}：{meaning}")
    doc.add_paragraph("今後の方向性は「拡充」「継続」「改善」「縮小」「廃止」の5区分としています。")
    doc.add_heading("３　部別の評価結果", level=1)
    for n, (dept, rows) in enumerate(ODAWARA_EVAL.items(), 1):
        doc.add_heading(f"（{n}）{dept}", level=2)
        table = doc.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        for cell, head in zip(table.rows[0].cells, ("事業番号", "事務事業名", "担当課", "決算額（千円）", "評価", "今後の方向性")):
            cell.text = head
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = yen(value) if isinstance(value, int) else value
        doc.add_paragraph(f"{dept}計　{yen(sum(r[3] for r in rows))}千円")
    doc.add_heading("４　今後の対応", level=1)
    doc.add_paragraph("評価がC又はDの事業は、担当課が改善計画を作成し、令和7年度中に進捗を確認します。")
    doc.add_paragraph("問合せ先　企画部 企画政策課 行政改革係（内線2231）")
    for p in doc.paragraphs:
        for run in p.runs:
            run.font.size = run.font.size or Pt(10.5)
    doc.save(path)


def write_html(path: Path) -> None:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        "<title>小田原市第3次行政改革推進計画の取組状況（令和6年度末）｜小田原市</title>",
        "<style>.label{padding:2px 6px;border-radius:3px;font-size:90%}.done{background:#ccc}"
        ".doing{background:#cef}.late{background:#fcc}.plan{background:#ffc}.none{background:#eee}</style>",
        "</head><body>",
        '<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</nav>',
        "<main>",
        "<h1>第3次行政改革推進計画の取組状況（令和6年度末）</h1>",
        '<p class="update">更新日：2025年6月20日</p>',
        "<p>第3次小田原市行政改革推進計画（令和5年度～令和9年度）に掲げた取組の、令和7年3月31日時点の状況をお知らせします。</p>",
        "<h2>状況の区分</h2><ul>",
    ]
    css = {"完了": "done", "実施中": "doing", "遅れ": "late", "検討中": "plan", "未着手": "none"}
    explain = {
        "完了": "取組を終えたもの", "実施中": "計画どおり実施しているもの", "遅れ": "計画より遅れているもの",
        "検討中": "実施方法を検討しているもの", "未着手": "まだ着手していないもの",
    }
    for label in ODAWARA_STATUS:
        parts.append(f'<li><span class="label {css[label]}">{label}</span>　{explain[label]}</li>')
    parts.append("</ul>")
    for policy, rows in ODAWARA_PLAN.items():
        parts.append(f"<h2>{html.escape(policy)}</h2>")
        parts.append('<table border="1"><thead><tr><th>No.</th><th>取組名</th><th>所管課</th><th>取組期間</th><th>状況</th></tr></thead><tbody>')
        for no, name, dept, period, status in rows:
            parts.append(
                f"<tr><td>{no}</td><td>{html.escape(name)}</td><td>{dept}</td><td>{period}</td>"
                f'<td><span class="label {css[status]}">{status}</span></td></tr>'
            )
        parts.append("</tbody></table>")
    parts += [
        "<h2>問い合わせ先</h2>",
        "<p>企画部 企画政策課 行政改革係　電話：0465-33-1234（代表）</p>",
        "</main><footer>&copy; Odawara City</footer></body></html>",
    ]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def write_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("鳴門市 財政課")
    pdf.add_font("ipa", "", FONT)
    pdf.set_auto_page_break(False)
    widths = (10, 58, 28, 22, 22, 16, 34)
    heads = ("No.", "補助金名", "所管課", "R6予算額", "R7予算額", "見直し区分", "備考")

    def header_row() -> None:
        pdf.set_font("ipa", size=8.5)
        for w, h in zip(widths, heads):
            pdf.cell(w, 7, h, border=1, align="C")
        pdf.ln()

    def body_row(values: tuple[str, ...]) -> None:
        for i, (w, v) in enumerate(zip(widths, values)):
            pdf.cell(w, 7, v, border=1, align="R" if i in (3, 4) else ("C" if i in (0, 5) else "L"))
        pdf.ln()

    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 10, "補助金見直し一覧（令和7年度当初予算）", align="C")
    pdf.ln(12)
    pdf.set_font("ipa", size=9)
    pdf.multi_cell(0, 5, "鳴門市補助金等見直し方針（令和6年10月策定）に基づき、市が交付する補助金26件の見直しを行い、"
                         "その結果を令和7年度当初予算に反映しました。", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5, "（単位：千円）", align="R")
    pdf.ln(6)
    header_row()
    for k, row in enumerate(NARUTO_SUBSIDIES):
        if k == NARUTO_FIRST_PAGE_ROWS:
            pdf.set_font("ipa", size=8)
            pdf.cell(0, 6, "（次ページへ続く）", align="R")
            pdf.set_y(-15)
            pdf.cell(0, 6, "- 1 -", align="C")
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "補助金見直し一覧（つづき）")
            pdf.ln(8)
            header_row()
        no, name, dept, r6, r7, kind, note = row
        body_row((str(no), name, dept, yen(r6), yen(r7), kind, note))
    r6_total = sum(r[3] for r in NARUTO_SUBSIDIES)
    r7_total = sum(r[4] for r in NARUTO_SUBSIDIES)
    body_row(("", "合計", "", yen(r6_total), yen(r7_total), "", ""))
    pdf.ln(4)
    pdf.set_font("ipa", size=8.5)
    for line in (
        "※見直し区分　拡充：補助額を増額　継続：現行どおり　縮小：補助額を減額　廃止：令和7年度から交付しない　統合：他の補助金にまとめる",
        "※R6予算額は令和6年度当初予算額、R7予算額は令和7年度当初予算額。",
    ):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-15)
    pdf.cell(0, 6, "- 2 -", align="C")
    pdf.output(str(path))


def write_txt(path: Path) -> None:
    marks = {m: sum(1 for r in SANJO_R6 if r[6] == m) for m in "◎○△×"}
    plan = sum(r[4] or 0 for r in SANJO_R6)
    actual = sum(r[5] or 0 for r in SANJO_R6)
    text = f"""━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　三条市　行革だより　第8号
　令和7年7月発行　　編集：三条市 総務部 行政課
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■１　令和6年度の実施計画の進捗がまとまりました

　三条市行財政改革実施計画（令和5年度～令和8年度）の{len(SANJO_R6)}項目について、
令和6年度の進捗状況を取りまとめました。
　　計画以上（◎）　{marks['◎']}項目
　　計画どおり（○）{marks['○']}項目
　　遅れ（△）　　　{marks['△']}項目
　　未着手（×）　　{marks['×']}項目
　財政効果額は、計画{plan:,}千円に対し実績{actual:,}千円でした。
ふるさと納税の寄附額が大きく伸びた一方、未利用市有地の売却は入札不調があり
計画を下回りました。

■２　行財政改革推進委員会を開催しました

　令和7年2月14日（金）、市役所本庁舎で第3回委員会を開催し、
委員の皆さんから次のようなご意見をいただきました。
（１）公共施設の複合化は、地域の方への説明を丁寧に行い、早めに計画を示してほしい。
（２）ＲＰＡは導入した業務の効果を検証し、時間の削減量を公表してはどうか。
（３）時間外勤務の縮減は、特定の課に業務が集中していないか確認が必要。
（４）窓口のワンストップ化は市民の関心が高いので、着手の時期を明らかにしてほしい。

■３　職員提案の表彰

　令和6年度は職員から42件の提案があり、次の3件を表彰しました。
　　最優秀賞　「公用車の予約をオンライン化」（財務課）
　　優秀賞　　「窓口の混雑状況をホームページで発信」（市民窓口課）
　　優秀賞　　「会議録の作成に音声認識を活用」（議会事務局）

■４　今後の予定

　・令和7年8月　　第1回行財政改革推進委員会
　・令和7年10月　 令和8年度予算への反映方針の決定
　・令和8年3月　　実施計画の改訂案の公表

お問い合わせ：総務部 行政課 行政改革係　電話 0256-34-5511（代表）
"""
    path.write_text(text, encoding="utf-8")


def fix_zip_times(path: Path) -> None:
    """Rewrite an Office file's zip entries with a fixed time so reruns give the same bytes.

    openpyxl stamps the save time into docProps/core.xml whatever `modified` says, so that is fixed too."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            if name == "docProps/core.xml":
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            dst.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    write_xlsx(DOCS / "三条市_行財政改革実施計画_進捗状況.xlsx")
    write_docx(DOCS / "小田原市_事務事業評価結果報告書_令和6年度.docx")
    write_html(DOCS / "小田原市_行政改革推進計画_取組状況.html")
    write_pdf(DOCS / "鳴門市_補助金見直し一覧_令和7年度.pdf")
    write_txt(DOCS / "三条市_行革だより_第8号.txt")
    for office in DOCS.glob("*.xlsx"):
        fix_zip_times(office)
    for office in DOCS.glob("*.docx"):
        fix_zip_times(office)


if __name__ == "__main__":
    main()
