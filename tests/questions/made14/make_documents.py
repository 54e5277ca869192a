"""Writes the made14 documents: reform reports of 帯広市, 大垣市, 諫早市 and 上越市 in the shapes
those cities' kind of reports are published in (merged-cell XLSX with a sheet per year, a DOCX with a
heading, paragraphs and a small table per measure, a PDF exported from a spreadsheet, an HTML page
with <br> cells and ◎○△× marks, a plain text report).

    python -m tests.questions.made14.make_documents   (from the project root)

The contents are invented by the author of the question set, who never saw the engine.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# ---------------------------------------------------------------- 帯広市 XLSX (one sheet per year)
OBIHIRO_ITEMS = [  # No., 取組項目, 所管部署, 取組内容
    (1, "窓口業務のオンライン化", "市民環境部\n戸籍住民課", "住民票の写し等の交付申請をオンラインで受け付け、\n窓口の待ち時間を短縮する。"),
    (2, "公共施設の使用料見直し", "総務部\n財政課", "受益者負担の原則に基づき、\n使用料を4年ごとに見直す。"),
    (3, "未利用市有地の売却", "総務部\n財政課", "利用予定のない市有地を一般競争入札により売却する。"),
    (4, "ごみ収集業務の民間委託拡大", "市民環境部\n清掃事業課", "直営で行っている収集区域を段階的に民間委託する。"),
    (5, "職員提案制度の活性化", "総務部\n職員課", "職員からの業務改善提案を募集し、優秀提案を表彰する。"),
    (6, "市税の口座振替推進", "総務部\n納税課", "口座振替の加入勧奨を行い、収納率の向上と事務の効率化を図る。"),
    (7, "保育所運営の見直し", "こども福祉部\nこども課", "公立保育所の統合・民営化を進める。"),
]
OBIHIRO_YEARS = {  # sheet: {No.: (計画, 実績, 進捗状況, 備考)}
    "令和6年度": {1: (0, 0, "A", ""), 2: (12000, 9500, "B", "改定は令和7年4月"), 3: (50000, 0, "C", "入札不調"),
              4: (30000, 32400, "S", ""), 5: (0, 0, "A", "提案件数 48件"), 6: (3000, 3200, "A", ""),
              7: (8000, 8000, "A", "")},
    "令和7年度": {1: (5000, 6100, "S", ""), 2: (12000, 12500, "A", ""), 3: (50000, 61000, "S", "令和6年度不調分を再入札"),
              4: (30000, 30000, "A", ""), 5: (0, 0, "B", "提案件数 21件"), 6: (3000, 2100, "B", ""),
              7: (8000, 0, "C", "統合時期を令和9年度に延期")},
}


def obihiro_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet_name, values in OBIHIRO_YEARS.items():
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = f"帯広市行財政改革推進計画　進捗管理表（{sheet_name}）"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:H1")
        ws["A2"] = "総務部行政改革推進課"
        ws.merge_cells("A2:H2")
        ws["A2"].alignment = Alignment(horizontal="right")
        # two header rows: 効果額（千円） spans 計画 and 実績
        for col, title in zip("ABCDGH", ("No.", "取組項目", "所管部署", "取組内容", "進捗状況", "備考")):
            ws[f"{col}4"] = title
            ws.merge_cells(f"{col}4:{col}5")
        ws["E4"] = "効果額（千円）"
        ws.merge_cells("E4:F4")
        ws["E5"], ws["F5"] = "計画", "実績"
        row = 6
        for no, name, dept, content in OBIHIRO_ITEMS:
            plan, actual, grade, note = values[no]
            for col, value in zip("ABCDEFGH", (no, name, dept, content, plan, actual, grade, note)):
                ws[f"{col}{row}"] = value
            row += 1
        # the two 財政課 items share one merged 所管部署 cell, as the office's sheet does
        ws.merge_cells("C7:C8")
        for r in ws.iter_rows(min_row=4, max_row=row - 1, max_col=8):
            for cell in r:
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        for r in range(6, row):
            ws[f"E{r}"].number_format = ws[f"F{r}"].number_format = "#,##0"
        ws[f"A{row + 1}"] = "進捗状況　S：計画を上回って進んでいる　A：計画どおり進んでいる　B：やや遅れている　C：遅れている"
        ws.merge_cells(f"A{row + 1}:H{row + 1}")
        ws[f"A{row + 2}"] = "効果額は一般会計の単年度の額（千円）。"
        ws.merge_cells(f"A{row + 2}:H{row + 2}")
        for col, width in zip("ABCDEFGH", (5, 26, 14, 44, 10, 10, 10, 26)):
            ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 4, 30)
    wb.save(path)


# ---------------------------------------------------------------- 帯広市 text (事務事業見直し)
OBIHIRO_TEXT = """帯広市 事務事業見直し結果（2025年度実施分）

2026年3月
帯広市総務部行政改革推進課

1 見直しの概要
　2025年度は、補助・給付事業やイベント事業を中心に6事業を対象として見直しを行いました。
　見直し区分は「廃止」「縮小」「統合」「継続」の4区分とし、効果額は見直しが完了した年度の一般会計の単年度の削減見込額です。

2 事業ごとの見直し結果

No.1 敬老祝金支給事業
【所管課】高齢者福祉課
【見直し区分】縮小
【見直し内容】支給対象を77歳・88歳・100歳の節目の年齢に限定する。
【効果額】6,800千円
【実施時期】2026年度から

No.2 市民まつり補助事業
【所管課】観光交流課
【見直し区分】継続
【見直し内容】来場者数が回復しているため現行どおり継続する。補助要綱は2027年度に再点検する。
【効果額】0千円
【実施時期】―

No.3 広報誌の全戸配布
【所管課】広報広聴課
【見直し区分】縮小
【見直し内容】配布を希望世帯に限り、電子版とアプリでの配信を拡充する。
【効果額】3,200千円
【実施時期】2026年度から

No.4 市営屋外プールの運営
【所管課】スポーツ課
【見直し区分】廃止
【見直し内容】施設の老朽化と利用者の減少により、2026年度末で廃止する。
【効果額】14,500千円
【実施時期】2027年度から

No.5 窓口用封筒の作成
【所管課】市民課
【見直し区分】統合
【見直し内容】各課で作成していた窓口用封筒を共通封筒に統合し、広告入り封筒とする。
【効果額】700千円
【実施時期】2025年度から

No.6 地域おこし協力隊推進事業
【所管課】地域振興課
【見直し区分】継続
【見直し内容】隊員の定住率が高いため現行どおり継続する。
【効果額】0千円
【実施時期】―

3 見直し結果のまとめ
　廃止 1事業、縮小 2事業、統合 1事業、継続 2事業
　効果額の合計 25,200千円
"""


# ---------------------------------------------------------------- 大垣市 DOCX (heading + paragraphs + small table)
OGAKI_MEASURES = [  # heading, 取組概要, 令和7年度の取組, 担当部局, 実施年度, 達成度, 財政効果（千円）
    ("RPA・AI-OCRの導入拡大", "定型的な入力作業にRPAとAI-OCRを導入し、職員の事務処理時間を削減する。",
     "介護保険の申請受付など新たに6業務へ導入し、年間約3,100時間の作業時間を削減した。",
     "総務部 情報政策課", "令和6年度～令和9年度", "4", "4,200"),
    ("指定管理者制度の導入推進", "公園施設の管理運営に指定管理者制度を導入し、サービスの向上と経費の削減を図る。",
     "市内3公園について指定管理者を公募し、令和8年4月からの指定に向けて選定を終えた。",
     "都市計画部 公園緑地課", "令和7年度～令和8年度", "3", "18,000"),
    ("補助金の総点検", "すべての補助金について終期を設定し、効果の検証を行う。",
     "全142件の補助金を点検し、11件を廃止、23件を減額した。本取組は令和7年度で終了する。",
     "総務部 財政課", "令和6年度～令和7年度", "5", "9,600"),
    ("市民課窓口の業務委託", "証明書交付などの窓口業務を民間事業者へ委託する。",
     "令和8年度からの委託開始に向けて、先行自治体の事例を調査した。",
     "市民活動部 市民課", "令和8年度～令和9年度", "1", "0"),
    ("ペーパーレス会議の推進", "庁内会議の資料をタブレット端末で共有し、印刷経費を削減する。",
     "部長会議など主要な会議の9割でペーパーレス化を実施した。",
     "総務部 総務課", "令和6年度～令和7年度", "4", "1,500"),
    ("下水道使用料の適正化", "経営戦略に基づき、下水道使用料の改定を検討する。",
     "審議会に諮問したが、答申が令和8年度にずれ込む見込みとなった。",
     "上下水道部 下水道課", "令和7年度～令和9年度", "2", "0"),
]


def ogaki_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 6, 15)
    doc.add_heading("大垣市第5次行政改革大綱実施計画　令和7年度取組状況報告書", level=1)
    doc.add_paragraph("令和8年6月　大垣市総務部行政経営課")
    doc.add_paragraph(
        "大垣市では、第5次行政改革大綱に基づく実施計画（計画期間：令和6年度から令和9年度までの4年間）により、"
        "行政改革に取り組んでいます。本報告書は、実施計画に掲げた6つの取組について、令和7年度の取組状況を取りまとめたものです。")
    doc.add_paragraph(
        "達成度は5段階で評価しています（5：計画を大きく上回った　4：計画を上回った　3：計画どおり　2：計画を下回った　1：未着手）。"
        "財政効果は令和7年度の単年度の効果額（千円）です。")
    for n, (title, outline, done, dept, years, grade, effect) in enumerate(OGAKI_MEASURES, 1):
        doc.add_heading(f"{n}　{title}", level=2)
        doc.add_paragraph(f"【取組概要】{outline}")
        doc.add_paragraph(f"【令和7年度の取組】{done}")
        table = doc.add_table(rows=2, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("担当部局", "実施年度", "達成度", "財政効果（千円）")):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, (dept, years, grade, effect)):
            cell.text = text
    doc.add_paragraph("以上")
    doc.save(path)


# ---------------------------------------------------------------- 諫早市 PDF (exported from a spreadsheet)
ISAHAYA_ROWS = [  # 番号, 取組名, 主管課, 取組内容, スケジュール, 目標, 実績, 評価, 効果額（百万円）
    ("1", "ふるさと納税の推進", "企画政策課", "返礼品の拡充と\nポータルサイトの追加", "2024年度～\n2027年度", "寄附額\n20億円", "寄附額\n23.5億円", "達成", "4.2"),
    ("2", "公用車の削減", "管財課", "稼働率の低い公用車を\n廃車し、共用化する", "2024年度～\n2025年度", "10台削減", "8台削減", "概ね達成", "1.8"),
    ("3", "市営住宅の集約化", "建築住宅課", "老朽化した団地を\n用途廃止し集約する", "2024年度～\n2028年度", "2団地の\n用途廃止", "0団地", "未達成", "0.0"),
    ("4", "電子申請の拡充", "情報政策課", "オンラインで申請できる\n手続を増やす", "2023年度～\n2026年度", "対象手続\n150件", "対象手続\n162件", "達成", "3.5"),
    ("5", "外郭団体の見直し", "行政管理課", "類似する2団体を\n統合する", "2024年度", "団体数\n1削減", "1削減", "達成", "12.0"),
    ("6", "学校給食センターの統合", "教育総務課", "3センターを\n2センターに統合する", "2025年度～\n2027年度", "統合基本計画\nの策定", "検討会議\n2回開催", "未達成", "0.0"),
    ("7", "イベント補助金の見直し", "財政課", "補助率の上限を設け\n一律に見直す", "2024年度～\n2025年度", "補助金\n10%削減", "8%削減", "概ね達成", "5.6"),
]


def isahaya_pdf(path: Path) -> None:
    from fpdf import FPDF, FontFace

    from tests.formats.make_pdf import japanese_font

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc))  # same bytes every time
    pdf.add_font("jp", fname=japanese_font())
    pdf.set_font("jp", size=13)
    pdf.add_page()
    pdf.cell(0, 9, "諫早市行財政改革プラン　取組実績一覧（令和6年度）", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=8)
    pdf.cell(0, 6, "令和7年7月　諫早市総務部行政管理課", align="R", new_x="LMARGIN", new_y="NEXT")
    header = ("番号", "取組名", "主管課", "取組内容", "スケジュール", "目標", "実績", "評価", "効果額\n（百万円）")
    total = sum(float(r[8]) for r in ISAHAYA_ROWS)
    with pdf.table(col_widths=(10, 42, 24, 52, 28, 28, 28, 18, 20), text_align="CENTER", line_height=4.5,
                   headings_style=FontFace(emphasis=None, fill_color=(220, 220, 220))) as table:
        for row in (header, *ISAHAYA_ROWS, ("合計", "", "", "", "", "", "", "", f"{total:.1f}")):
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(3)
    for note in ("※効果額は令和6年度決算見込みによる単年度の額（一般会計、百万円）です。",
                 "※評価　達成：目標を達成　概ね達成：目標の8割以上　未達成：目標の8割未満",
                 "※番号5は2024年度で取組を終了しました。"):
        pdf.cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------- 上越市 HTML (<br> cells, ◎○△×)
JOETSU_ROWS = [  # 番号, 取組事項, 担当課, 実施内容, 期間, 自己評価, 委員会評価
    ("1", "公共施設の統廃合", "財務部<br>管財課", "公共施設等総合管理計画に基づき<br>4施設を廃止した。", "平成30年度～<br>令和8年度", "○", "△"),
    ("2", "コンビニ交付の利用促進", "市民生活部<br>市民課", "マイナンバーカードによる<br>コンビニ交付の周知を行い、<br>交付率が42%となった。", "令和元年度～<br>令和7年度", "◎", "◎"),
    ("3", "公民館の地域管理移行", "教育委員会<br>生涯学習推進課", "2館で地域団体への<br>管理移行を協議した。", "令和3年度～<br>令和9年度", "△", "△"),
    ("4", "職員定員の適正化", "総務管理部<br>人事課", "定員適正化計画に基づき<br>職員数を1,812人とした。", "平成31年度～<br>令和7年度", "○", "○"),
    ("5", "スクールバス運行の委託", "教育委員会<br>学校教育課", "委託先の確保ができず<br>着手に至らなかった。", "令和7年度～<br>令和8年度", "×", "×"),
    ("6", "庁内文書の電子化", "総務管理部<br>行政改革推進室", "文書管理システムを導入し、<br>決裁の電子化率が91%となった。", "令和2年度～<br>令和7年度", "◎", "○"),
    ("7", "水道料金の改定", "ガス水道局<br>経営企画課", "料金改定の条例改正を行い、<br>令和7年10月から施行した。", "令和6年度～<br>令和7年度", "○", "○"),
]


def joetsu_html(path: Path) -> None:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in JOETSU_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>上越市行政改革推進計画 令和7年度実施状況 | 上越市ホームページ</title>
</head>
<body>
<nav><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</nav>
<main>
<h1>上越市行政改革推進計画 令和7年度実施状況</h1>
<p>更新日：2026年5月20日</p>
<p>上越市行政改革推進計画に掲げた取組について、令和7年度の実施状況と評価を公表します。
評価は担当課による自己評価と、上越市行政改革推進委員会による評価です。</p>
<h2>取組ごとの実施状況</h2>
<table border="1">
<thead>
<tr><th rowspan="2">番号</th><th rowspan="2">取組事項</th><th rowspan="2">担当課</th><th rowspan="2">令和7年度の実施内容</th><th rowspan="2">期間</th><th colspan="2">評価</th></tr>
<tr><th>自己評価</th><th>委員会評価</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>（注）評価欄の記号は、◎：計画以上に進んでいる、○：計画どおり進んでいる、△：計画より遅れている、×：未着手または中止 を表します。</p>
<h2>お問い合わせ</h2>
<p>総務管理部 行政改革推進室　電話：025-526-5111（代表）</p>
</main>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    obihiro_xlsx(DOCS / "帯広市_行財政改革推進計画_進捗管理表.xlsx")
    (DOCS / "帯広市_事務事業見直し結果_2025年度.txt").write_text(OBIHIRO_TEXT, encoding="utf-8")
    ogaki_docx(DOCS / "大垣市_第5次行政改革大綱実施計画_令和7年度取組状況報告書.docx")
    isahaya_pdf(DOCS / "諫早市_行財政改革プラン_取組実績一覧_令和6年度.pdf")
    joetsu_html(DOCS / "上越市_行政改革推進計画_令和7年度実施状況.html")


if __name__ == "__main__":
    main()
