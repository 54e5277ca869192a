"""Writes the made12 documents: reform reports of four municipalities no loader was written for.

`python -m tests.questions.made12.make_documents` (from the project root) rewrites docs/. The
documents imitate how such reports are published: an XLSX progress sheet with one sheet per fiscal
year, merged cells and a two-row header; a DOCX whose measures are numbered headings each followed by
prose and a small table; a landscape PDF exported from a spreadsheet (line breaks in cells, a 合計 row,
※ notes, a two-row 評価 header); an HTML page with <br> in cells and ◎/○/△/× explained only in a note;
and a plain-text review result with ① items.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FIXED_TIME = dt.datetime(2026, 3, 31, 9, 0, 0)


def _fixed_zip(path: Path) -> None:
    """Rewrites an XLSX/DOCX with one date on every zip entry, so that rerunning gives the same bytes."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    # openpyxl stamps the saving time into dcterms:modified whatever the workbook says
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    entries = [(name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                if name == "docProps/core.xml" else data) for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, FIXED_TIME.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)

# ---------------------------------------------------------------- 米沢市 (山形県), XLSX
# (no, 取組項目, 所管部署, 取組期間, {年度: (計画, 実績, 進捗度, 取組状況)}) ; 効果額は千円
YONEZAWA_GROUPS = [
    ("基本方針1　効率的な行政運営", [
        (1, "窓口業務の外部委託", "市民課", "R6～R8", {
            6: (12000, 10500, "B", "総合窓口の受付業務を委託。\n繁忙期の待ち時間が課題"),
            7: (15000, 15800, "S", "委託範囲を証明書交付まで拡大")}),
        (2, "AI-OCRによる申請書入力の自動化", "情報政策課", "R6～R7", {
            6: (3000, 3200, "A", "児童手当など5業務に導入"),
            7: (4000, 2100, "C", "読取精度の問題で対象業務の拡大を見送り")}),
        (3, "庁内会議のペーパーレス化", "情報政策課", "R6～R9", {
            6: (1500, 1500, "A", "部長会議でタブレットを使用"),
            7: (1800, 1900, "A", "全庁の会議へ拡大")}),
        (4, "公用車の集中管理と台数削減", "契約管財課", "R6～R8", {
            6: (6000, 6800, "S", "12台を削減"),
            7: (6000, 6000, "A", "予約システムを導入")}),
    ]),
    ("基本方針2　健全な財政運営", [
        (5, "市税等のコンビニ・スマホ納付の拡大", "収納課", "R6～R9", {
            6: (2500, 2000, "B", "スマホ決済は軽自動車税のみ"),
            7: (2500, 2600, "A", "全税目でスマホ決済に対応")}),
        (6, "使用料・手数料の見直し", "財政課", "R6～R7", {
            6: (8000, 0, "C", "改定案の議会提出を延期"),
            7: (8000, 8400, "S", "令和7年10月に改定")}),
        (7, "補助金の整理合理化", "財政課", "R6～R9", {
            6: (20000, 18000, "B", "終期を設定した補助金 14件"),
            7: (20000, 17500, "B", "団体との協議に時間を要した")}),
        (8, "ふるさと納税の推進", "ふるさと納税推進室", "R6～R9", {
            6: (50000, 62000, "S", "返礼品を30品目追加"),
            7: (60000, 58000, "B", "ポータルサイトの手数料が増加")}),
    ]),
    ("基本方針3　公共施設の適正管理", [
        (9, "地区公民館の集約", "生涯学習課", "R6～R9", {
            6: (2000, 1000, "B", "2館の統合に向け地区と協議"),
            7: (5000, 4800, "A", "2館を1館に統合")}),
        (10, "市営住宅の長寿命化と管理戸数の適正化", "建築住宅課", "R6～R9", {
            6: (4000, 4400, "A", "老朽住宅40戸を用途廃止"),
            7: (4500, 3000, "C", "入居者の移転が進まず")}),
        (11, "指定管理者制度の導入拡大", "行政管理課", "R7～R9", {
            7: (7000, 7200, "A", "体育施設3か所に導入")}),
    ]),
]
YONEZAWA_LEGEND = ("※進捗度　S：計画を上回って進んでいる　A：計画どおり進んでいる　"
                   "B：やや遅れている　C：遅れている　－：当該年度は取組なし")


def yonezawa_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="center")
    book = Workbook()
    book.remove(book.active)
    for year in (6, 7):
        sheet = book.create_sheet(f"令和{year}年度")
        sheet["A1"] = f"米沢市行財政改革推進計画　進捗管理表（令和{year}年度実績）"
        sheet["A1"].font = Font(size=14, bold=True)
        sheet.merge_cells("A1:H1")
        sheet["A2"] = "総務部行政管理課　　（単位：千円）"
        sheet.merge_cells("A2:H2")
        for col, text in (("A", "No."), ("B", "取組項目"), ("C", "所管部署"), ("F", "進捗度"),
                          ("G", "取組状況"), ("H", "取組期間")):
            sheet[f"{col}3"] = text
            sheet.merge_cells(f"{col}3:{col}4")
        sheet["D3"] = f"令和{year}年度 財政効果額"
        sheet.merge_cells("D3:E3")
        sheet["D4"], sheet["E4"] = "計画", "実績"
        row = 5
        for group, items in YONEZAWA_GROUPS:
            sheet.cell(row, 1, group).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            previous_dept, dept_start = None, row
            for no, title, dept, period, years in items:
                plan, actual, grade, note = years.get(year, ("－", "－", "－", f"令和{year + 1}年度から実施"))
                values = [no, title, dept, plan, actual, grade, note, period]
                for col, value in enumerate(values, start=1):
                    if col == 3 and dept == previous_dept:
                        continue  # the department cell is merged with the one above
                    cell = sheet.cell(row, col, value)
                    if isinstance(value, int) and col in (4, 5):
                        cell.number_format = "#,##0"
                if dept == previous_dept:
                    sheet.merge_cells(start_row=dept_start, start_column=3, end_row=row, end_column=3)
                else:
                    dept_start = row
                previous_dept = dept
                row += 1
        plan_total = sum(y[year][0] for _, items in YONEZAWA_GROUPS for *_, y in items if year in y)
        actual_total = sum(y[year][1] for _, items in YONEZAWA_GROUPS for *_, y in items if year in y)
        sheet.cell(row, 1, "合計")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        sheet.cell(row, 4, plan_total).number_format = "#,##0"
        sheet.cell(row, 5, actual_total).number_format = "#,##0"
        last = row
        sheet.cell(row + 2, 1, YONEZAWA_LEGEND)
        for r in range(3, last + 1):
            for c in range(1, 9):
                sheet.cell(r, c).border = box
                sheet.cell(r, c).alignment = wrap
                if r in (3, 4):
                    sheet.cell(r, c).fill = head_fill
        for col, width in zip("ABCDEFGH", (5, 34, 16, 10, 10, 8, 36, 10)):
            sheet.column_dimensions[col].width = width
    book.properties.created = book.properties.modified = FIXED_TIME
    book.save(path)
    _fixed_zip(path)


# ---------------------------------------------------------------- 足利市 (栃木県), DOCX
# (番号, 取組名, 担当部局, 実施期間, 達成度, 効果額(令和7年度, 千円 or None), 取組内容, 令和7年度の実績)
ASHIKAGA_SECTIONS = [
    ("Ⅰ　デジタル化による市民サービスの向上", [
        (1, "電子申請の拡充", "総務部　DX推進課", "令和6年度～令和8年度", 4, 1200,
         "子育て・介護・税の手続を中心に、オンラインで完結する手続を増やす。",
         "令和7年度は新たに42手続をオンライン化し、累計は186手続となった。"),
        (2, "窓口のキャッシュレス決済導入", "市民生活部　市民課", "令和7年度", 5, 300,
         "証明書の交付手数料をクレジットカード・電子マネーで支払えるようにする。",
         "2025年7月から本庁と全支所で導入し、利用率は窓口支払の31%となった。"),
        (3, "職員研修のオンライン化", "総務部　人事課", "令和6年度～令和9年度", 3, 800,
         "集合研修の一部をeラーニングに切り替え、旅費と会場費を削減する。",
         "新規採用職員研修の半分をオンライン化したが、管理職研修は集合形式のままである。"),
    ]),
    ("Ⅱ　効率的な行財政運営", [
        (4, "学校給食調理業務の民間委託", "教育委員会事務局　学校管理課", "令和7年度～令和9年度", 2, None,
         "直営の調理場3か所の調理業務を順次民間に委託する。",
         "委託先の公募を行ったが応募がなく、令和8年度に再公募する。"),
        (5, "下水道使用料の改定", "上下水道部　経営課", "令和6年度～令和7年度", 5, 45000,
         "経営戦略に基づき、令和7年度に下水道使用料を平均12%改定する。",
         "令和7年4月検針分から新料金を適用した。"),
        (6, "未利用市有地の売却", "総務部　管財課", "令和6年度～令和9年度", 3, 28500,
         "利用予定のない市有地を一般競争入札で売却する。",
         "7区画を公告し、5区画が落札された。"),
        (7, "イベント補助金の見直し", "産業観光部　観光振興課", "令和7年度～令和8年度", 1, None,
         "補助対象のイベントを成果指標で評価し、補助率を見直す。",
         "評価基準の作成が遅れ、見直しに着手できていない。"),
        (8, "保育所の統合", "健康福祉部　こども保育課", "令和8年度～令和9年度", 1, None,
         "利用児童の少ない市立保育所2か所を1か所に統合する。",
         "令和8年度からの取組であり、令和7年度は保護者への説明の準備を行った。"),
    ]),
]


def ashikaga_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED_TIME
    doc.core_properties.author = "足利市総務部行政経営課"
    doc.add_heading("足利市行政改革実施計画　令和7年度取組状況報告書", level=0)
    doc.add_paragraph("令和8年6月　足利市総務部行政経営課")
    doc.add_heading("はじめに", level=1)
    doc.add_paragraph(
        "本市では、足利市行政改革大綱に基づく足利市行政改革実施計画（計画期間：令和6年度～令和9年度）により、"
        "デジタル化による市民サービスの向上と効率的な行財政運営に取り組んでいます。"
        "本報告書は、計画の2年目である令和7年度の取組状況を取りまとめたものです。")
    doc.add_paragraph(
        "達成度は担当部局による5段階の評価で、5：計画以上に達成、4：計画どおり達成、3：概ね達成、"
        "2：一部未達成、1：未着手又は大幅な遅れ、としています。効果額は令和7年度の財政効果（千円）です。")
    for section, items in ASHIKAGA_SECTIONS:
        doc.add_heading(section, level=1)
        for no, title, dept, period, grade, effect, content, result in items:
            doc.add_heading(f"{no}　{title}", level=2)
            doc.add_paragraph(f"（取組内容）{content}")
            doc.add_paragraph(f"（令和7年度の実績）{result}")
            table = doc.add_table(rows=4, cols=2)
            table.style = "Table Grid"
            effect_text = f"{effect:,}千円" if effect is not None else "－"
            for row, (label, value) in enumerate((("担当部局", dept), ("実施期間", period),
                                                  ("達成度", str(grade)), ("効果額", effect_text))):
                table.cell(row, 0).text = label
                table.cell(row, 1).text = value
    doc.add_heading("おわりに", level=1)
    doc.add_paragraph("達成度が2以下の取組については、担当部局が改善策をまとめ、令和8年度の取組に反映します。")
    doc.save(path)
    _fixed_zip(path)


# ---------------------------------------------------------------- 周南市 (山口県), PDF
# (番号, 取組名, 取組内容, 主管課, 実施期間, 効果額(百万円 or None), 自己評価, 委員会評価)
SHUNAN_ITEMS = [
    (1, "書かない窓口の導入", "申請書の記入を不要とし、\n職員が聞き取って作成", "市民窓口課", "R6～R7", 2.5, "達成", "達成"),
    (2, "公共施設予約\nシステムの統合", "4つの予約システムを\n1つに統合", "デジタル推進課", "R6～R8", 4.0, "概ね達成", "概ね達成"),
    (3, "ごみ収集運搬業務の委託拡大", "直営で収集している3地区を\n順次委託", "環境政策課", "R7～R9", 18.3, "概ね達成", "未達成"),
    (4, "市有施設の照明LED化", "ESCO事業により\n48施設を一括更新", "施設マネジメント課", "R6～R8", 12.6, "達成", "達成"),
    (5, "徴収業務の一元化", "市税と国民健康保険税の\n滞納整理を一元化", "債権管理課", "R6～R9", 30.0, "達成", "概ね達成"),
    (6, "補助金のサンセット方式導入", "全ての補助金に\n終期（原則3年）を設定", "財政課", "R7～R8", 9.8, "未達成", "未達成"),
    (7, "職員定員の適正化", "定員管理計画に基づき\n一般行政職を削減", "人事課", "R6～R9", 55.2, "概ね達成", "概ね達成"),
    (8, "企業版ふるさと納税の活用", "地方創生事業への寄附を\n市外企業に働きかけ", "企画課", "R7～R9", 21.0, "達成", "概ね達成"),
    (9, "公用車へのカーシェア導入", "休日の公用車を\n市民向けカーシェアに活用", "管財課", "R8～R9", None, "－", "－"),
]
SHUNAN_NOTES = [
    "※1 効果額は令和7年度の見込額（単位：百万円、一般財源ベース）。",
    "※2 評価　達成：目標を達成した　概ね達成：目標の8割以上を達成した　未達成：目標の8割未満",
    "※3 委員会評価は周南市行財政改革推進委員会（令和7年11月18日開催）による。",
    "※4 「－」は令和7年度に取組がないもの。",
]


def shunan_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 3, 31, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=12)
    pdf.add_page()
    pdf.cell(0, 8, "周南市行財政改革推進プラン　取組一覧（令和7年度実績）", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=8)
    pdf.cell(0, 6, "令和7年12月　周南市企画部行政改革推進室", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    head = FontFace(fill_color=(221, 235, 247))
    widths = (10, 48, 62, 32, 20, 22, 22, 22)
    with pdf.table(col_widths=widths, text_align="CENTER", first_row_as_headings=False,
                   line_height=5) as table:
        top = table.row()
        for text in ("番号", "取組名", "取組内容", "主管課", "実施期間", "効果額\n（百万円）"):
            top.cell(text, rowspan=2, style=head)
        top.cell("評価", colspan=2, style=head)
        sub = table.row()
        sub.cell("自己評価", style=head)
        sub.cell("委員会評価", style=head)
        for no, title, content, dept, period, effect, own, committee in SHUNAN_ITEMS:
            row = table.row()
            row.cell(str(no))
            row.cell(title, align="LEFT")
            row.cell(content, align="LEFT")
            row.cell(dept)
            row.cell(period)
            row.cell(f"{effect:.1f}" if effect is not None else "－", align="RIGHT")
            row.cell(own)
            row.cell(committee)
        total = sum(item[5] for item in SHUNAN_ITEMS if item[5] is not None)
        last = table.row()
        last.cell("合計", colspan=5)
        last.cell(f"{total:.1f}", align="RIGHT")
        last.cell("")
        last.cell("")
    pdf.ln(3)
    for note in SHUNAN_NOTES:
        pdf.cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------- 由利本荘市 (秋田県), HTML
# (番号, 実施項目, 内容, 担当課, 実施年度, 進捗状況)
YURIHONJO_ITEMS = [
    (1, "本庁舎窓口の番号案内システム導入", "番号札と呼出表示で<br>待ち時間を見える化", "市民課", "平成30年度", "◎"),
    (2, "支所機能の見直し", "支所の業務を窓口業務に<br>重点化し職員を再配置", "総務課", "平成30年度～令和2年度", "○"),
    (3, "市税の口座振替推進", "納税通知書に<br>申込書を同封", "税務課", "2019年度～2021年度", "○"),
    (4, "保育園の民営化", "公立保育園2園を<br>社会福祉法人へ移管", "子育て支援課", "平成31年度～令和3年度", "△"),
    (5, "公民館の地域管理への移行", "地区公民館を<br>地域の運営委員会が管理", "生涯学習課", "H30～R2", "○"),
    (6, "ごみ処理施設の広域化検討", "近隣市町との<br>共同処理を検討", "生活環境課", "令和元年度～令和3年度", "×"),
    (7, "市営バス路線の再編", "利用の少ない路線を<br>デマンド型交通へ転換", "企画調整課", "平成30年度～令和元年度", "◎"),
    (8, "会計年度任用職員制度への移行", "臨時・非常勤職員の<br>任用と処遇を見直し", "人事課", "2019年度～2020年度", "○"),
    (9, "各種証明書のコンビニ交付", "マイナンバーカードで<br>住民票等を交付", "市民課", "平成31年度", "◎"),
    (10, "未利用施設の解体・売却", "旧校舎等5施設を<br>解体又は売却", "財産管理課", "2020年度～2021年度", "△"),
]


def yurihonjo_html(path: Path) -> None:
    rows = "\n".join(
        f"<tr><td>{no}</td><td>{html.escape(title)}</td><td>{content}</td><td>{html.escape(dept)}</td>"
        f"<td>{html.escape(years)}</td><td class=\"c\">{mark}</td></tr>"
        for no, title, content, dept, years, mark in YURIHONJO_ITEMS)
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3次行政改革大綱実施計画の進捗状況（令和元年度末）｜由利本荘市</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px}} .c{{text-align:center}}</style>
</head>
<body>
<div id="header"><a href="/">由利本荘市ホームページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</div>
<div id="main">
<h1>第3次行政改革大綱実施計画の進捗状況（令和元年度末）</h1>
<p class="update">更新日：2020年6月15日</p>
<p>由利本荘市では、第3次行政改革大綱に基づく実施計画により、行政改革に取り組んでいます。
令和元年度末（2020年3月31日）時点の各実施項目の進捗状況をお知らせします。</p>
<h2>実施項目の進捗状況</h2>
<table>
<thead>
<tr><th>番号</th><th>実施項目</th><th>内容</th><th>担当課</th><th>実施年度</th><th>進捗状況</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p class="note">注）進捗状況の記号　◎：完了　○：順調に進んでいる　△：遅れている　×：未着手又は中止</p>
<h2>お問い合わせ</h2>
<p>総務部 行政改革推進課　電話：0184-00-0000</p>
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 米沢市 (山形県), text
# (番号, 事業名, 所管課, 見直し区分, 見直し内容, 削減効果額(千円), 実施時期)
YONEZAWA_REVIEW = [
    ("廃止", [
        ("①", "敬老祝金支給事業", "高齢福祉課", "88歳の節目に支給している祝金を廃止し、記念品の贈呈に改める。", 3200, "令和8年度から"),
        ("②", "市民文化祭記念誌発行事業", "文化課", "記念誌の印刷を取りやめ、市のホームページに掲載する。", 450, "令和8年度から"),
    ]),
    ("縮小", [
        ("③", "花いっぱい運動推進事業補助金", "環境課", "補助率を2分の1から3分の1に引き下げる。", 600, "令和8年度から"),
        ("④", "市報配布委託事業", "広報広聴課", "配布回数を月2回から月1回に減らす。", 1800, "令和9年度から"),
        ("⑤", "成人式記念品贈呈事業", "生涯学習課", "記念品を廃止し、記念写真のデータ配信とする。", 350, "令和8年度から"),
    ]),
    ("統合", [
        ("⑥", "消防団員報酬支給事務", "消防本部総務課", "出動手当の支給事務と統合し、年1回の口座振込とする。", 0, "令和8年度から"),
    ]),
    ("手法の見直し", [
        ("⑦", "地域公共交通対策事業", "総合政策課", "路線バスへの補助を見直し、乗合タクシーを導入する。", 2400, "令和9年度から"),
    ]),
]


def yonezawa_review_txt(path: Path) -> None:
    items = [item for _, group in YONEZAWA_REVIEW for item in group]
    total = sum(item[4] for item in items)
    lines = [
        "令和7年度　事務事業見直し結果について",
        "",
        "令和8年2月",
        "米沢市総務部行政管理課",
        "",
        "1　見直しの概要",
        "",
        "　米沢市行財政改革推進計画に基づき、令和7年度は補助金・扶助費を中心に128事業を点検し、",
        f"次の{len(items)}事業について見直しを行うこととしました。見直しによる削減効果額は合計{total:,}千円（年額）です。",
        "",
        "2　見直し結果",
        "",
    ]
    for number, (kind, group) in enumerate(YONEZAWA_REVIEW, start=1):
        lines.append(f"（{number}）{kind}")
        lines.append("")
        for mark, name, dept, content, effect, start in group:
            effect_text = f"{effect:,}千円" if effect else "なし（事務の効率化）"
            lines += [
                f"　{mark}　{name}",
                f"　　所管課：{dept}",
                f"　　見直し内容：{content}",
                f"　　削減効果額：{effect_text}",
                f"　　実施時期：{start}",
                "",
            ]
    lines += [
        "3　今後の対応",
        "",
        "　見直しを行った事業は、令和8年度当初予算に反映します。関係団体には所管課から個別に説明します。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    yonezawa_xlsx(DOCS / "米沢市_行財政改革推進計画_進捗管理表.xlsx")
    ashikaga_docx(DOCS / "足利市_行政改革実施計画_令和7年度取組状況報告書.docx")
    shunan_pdf(DOCS / "周南市_行財政改革推進プラン_取組一覧_R7.pdf")
    yurihonjo_html(DOCS / "由利本荘市_第3次行政改革大綱実施計画_進捗状況.html")
    yonezawa_review_txt(DOCS / "米沢市_事務事業見直し結果_令和7年度.txt")
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
