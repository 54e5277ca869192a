"""Writes the made15 documents: five reform reports of four municipalities (岩見沢市, 佐世保市, 飯田市,
各務原市) in the shapes these reports take when published, each with its own header words, grade
system and year notation.

    python -m tests.questions.made15.make_documents      (from the project root; needs a Japanese font
                                                          for the PDF, see tests/formats/make_pdf.py)
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from tests.formats.make_pdf import japanese_font

DOCS = Path(__file__).parent / "docs"

# --- 岩見沢市: 事務事業評価の結果一覧 (text as exported from the evaluation spreadsheet) -------------
IWAMIZAWA_JIGYO = [
    # 番号, 事業名, 担当課, 令和6年度決算額（千円）, 前年度比, 評価, 今後の方向性
    ("1", "市民活動補助金交付事業", "市民環境部 協働推進課", "8,620", "96.5%", "B", "縮小"),
    ("2", "高齢者除雪サービス事業", "健康福祉部 高齢介護課", "31,450", "112.4%", "A", "拡充"),
    ("3", "地域公共交通運行支援事業", "企画財政部 企画室", "54,300", "101.2%", "B", "継続"),
    ("4", "広報紙発行事業", "総務部 秘書広報課", "18,900", "94.1%", "B", "継続"),
    ("5", "敬老祝金支給事業", "健康福祉部 高齢介護課", "12,600", "88.0%", "C", "廃止"),
    ("6", "公民館講座開催事業", "教育部 生涯学習課", "6,240", "99.3%", "B", "縮小"),
    ("7", "移住定住促進事業", "企画財政部 企画室", "22,800", "135.6%", "A", "拡充"),
    ("8", "窓口案内業務", "市民環境部 戸籍住民課", "9,150", "100.0%", "A", "継続"),
    ("9", "市営住宅維持管理事業", "建設部 建築住宅課", "41,700", "103.8%", "C", "縮小"),
    ("10", "ごみ減量啓発事業", "市民環境部 環境課", "4,380", "91.7%", "B", "継続"),
    ("11", "商店街にぎわい創出事業", "経済部 商工労働課", "15,200", "120.5%", "D", "廃止"),
    ("12", "市民プール運営事業", "教育部 スポーツ振興課", "27,600", "97.2%", "B", "継続"),
]


def iwamizawa_text() -> str:
    lines = [
        "令和7年度 岩見沢市事務事業評価結果一覧（令和6年度実施事業）",
        "",
        "岩見沢市では、限られた財源を効果的に配分するため、毎年度、実施した事務事業の成果を所管課が評価し、",
        "行政改革推進本部で今後の方向性を決定しています。令和7年度は12事業を評価しました。",
        "",
        "\t".join(("番号", "事業名", "担当課", "令和6年度決算額（千円）", "前年度比", "評価", "今後の方向性")),
    ]
    lines += ["\t".join(row) for row in IWAMIZAWA_JIGYO]
    lines += [
        "",
        "※前年度比は、令和6年度決算額の令和5年度決算額に対する割合です。",
        "※評価　A：成果が十分に上がっている　B：概ね成果が上がっている　C：成果が不十分　D：成果が上がっていない",
        "※方向性　拡充：事業を拡大する　継続：現状のまま継続する　縮小：規模を縮小する　廃止：令和8年度までに廃止する",
        "",
        "岩見沢市 企画財政部 企画室 行政改革担当",
    ]
    return "\n".join(lines) + "\n"


# --- 岩見沢市: 行政改革推進プランの取組状況, one table per 年度 on one web page ----------------------
IWAMIZAWA_PLAN = [
    # No., 取組名, 所管部署, R6評価, R6効果額（百万円）, R7評価, R7効果額（百万円）
    ("1", "業務改善運動の推進", "総務部 総務課", "3", "0.0", "4", "0.5"),
    ("2", "市有施設の光熱水費削減", "総務部 財産管理課", "4", "6.2", "4", "7.1"),
    ("3", "窓口手数料のキャッシュレス化", "市民環境部 戸籍住民課", "2", "0.0", "4", "0.3"),
    ("4", "除雪業務の効率化", "建設部 道路課", "3", "12.0", "2", "8.5"),
    ("5", "特別会計への繰出金の適正化", "企画財政部 財政課", "5", "40.0", "5", "42.5"),
    ("6", "学校施設の適正配置", "教育部 教育総務課", "1", "0.0", "2", "0.0"),
    ("7", "国民健康保険税の収納対策", "市民環境部 保険年金課", "4", "9.8", "3", "7.6"),
    ("8", "職員の時間外勤務縮減", "総務部 職員課", "3", "5.5", "3", "6.0"),
]
IWAMIZAWA_PLAN_NEW_R7 = ("9", "生成AIの業務活用", "企画財政部 情報政策課", "3", "0.2")


def iwamizawa_html() -> str:
    def table(caption: str, rows: list[tuple[str, ...]]) -> str:
        head = "<tr><th>No.</th><th>取組名</th><th>所管部署</th><th>評価</th><th>効果額（百万円）</th></tr>"
        body = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table border=\"1\">\n<caption>{caption}</caption>\n<thead>{head}</thead>\n<tbody>\n{body}\n</tbody>\n</table>"

    r6 = [(n, name, dept, g6, e6) for n, name, dept, g6, e6, _, _ in IWAMIZAWA_PLAN]
    r7 = [(n, name, dept, g7, e7) for n, name, dept, _, _, g7, e7 in IWAMIZAWA_PLAN] + [IWAMIZAWA_PLAN_NEW_R7]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>岩見沢市行政改革推進プラン 取組状況 - 岩見沢市</title></head>
<body>
<div id="header"><a href="/">岩見沢市ホームページ</a> &gt; 市政情報 &gt; 行政改革</div>
<h1>岩見沢市行政改革推進プランの取組状況（令和6年度・令和7年度）</h1>
<p>岩見沢市行政改革推進プランに掲げた取組について、各年度の取組状況を所管部署が5段階で評価しました。
令和7年度から「生成AIの業務活用」を取組に加えています。</p>
<p>評価の基準：5 計画を大きく上回った／4 計画を上回った／3 計画どおり／2 計画を下回った／1 未着手</p>
<h2>令和6年度の取組状況</h2>
{table("令和6年度", r6)}
<h2>令和7年度の取組状況</h2>
{table("令和7年度", r7)}
<p>※効果額は、取組を実施しなかった場合と比べた当該年度の財政効果です（単位：百万円）。</p>
<p>お問い合わせ：企画財政部 企画室（電話 0126-00-0000）</p>
</body>
</html>
"""


# --- 佐世保市: 取組状況一覧, a ruled PDF table that runs onto a second page with the header repeated ---
SASEBO = [
    # 番号, 取組項目, 主管課, 期間, 効果額（千円）, 達成度
    ("1", "電子申請の拡大", "総務部 デジタル推進課", "2024〜2026", "3,200", "A"),
    ("2", "公共施設の再配置", "財務部 資産経営課", "2023〜2027", "45,000", "B"),
    ("3", "ペーパーレス会議の推進", "総務部 総務課", "2024〜2025", "1,150", "S"),
    ("4", "市税のコンビニ納付拡大", "財務部 納税課", "2025", "800", "A"),
    ("5", "使用料・手数料の見直し", "財務部 財政課", "2025〜2026", "18,600", "B"),
    ("6", "補助金の整理合理化", "財務部 財政課", "2024〜2026", "12,400", "C"),
    ("7", "指定管理者制度の活用", "企画部 政策経営課", "2023〜2027", "9,800", "A"),
    ("8", "窓口業務の民間委託", "市民生活部 市民課", "2025〜2027", "6,300", "B"),
    ("9", "水道料金徴収業務の包括委託", "水道局 営業課", "2024〜2025", "7,700", "S"),
    ("10", "ふるさと納税の推進", "企画部 政策経営課", "2023〜2027", "120,000", "S"),
    ("11", "職員提案制度の活性化", "総務部 人事課", "2025", "0", "C"),
    ("12", "未利用地の売却", "財務部 資産経営課", "2024〜2027", "64,500", "A"),
    ("13", "ごみ収集業務の見直し", "環境部 環境施設課", "2026〜2027", "−", "−"),
    ("14", "時間外勤務の縮減", "総務部 人事課", "2024〜2027", "15,300", "B"),
    ("15", "学校給食調理業務の委託", "教育委員会 学校給食課", "2025〜2027", "22,000", "A"),
    ("16", "広告収入の確保", "財務部 財政課", "2024〜2027", "2,600", "B"),
    ("17", "RPAによる定型業務の自動化", "総務部 デジタル推進課", "2025〜2026", "4,100", "A"),
    ("18", "港湾施設使用料の適正化", "港湾部 みなと整備課", "2025", "5,400", "C"),
]


def sasebo_pdf(font: str) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 2, tzinfo=dt.timezone.utc))  # same bytes every time
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=13)
    pdf.add_page()
    pdf.cell(0, 10, "佐世保市行財政改革推進計画　2025年度（令和7年度）取組状況一覧", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 6, "佐世保市行財政改革推進計画に掲げた18の取組項目について、2025年度の取組状況を主管課が"
                   "自己評価し、行財政改革推進会議で確認しました。達成度は S（目標を上回って達成）、A（目標どおり達成）、"
                   "B（一部未達成）、C（未達成）の4段階です。", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("jp", size=10)
    # tall rows so that the table runs onto page 2, where fpdf2 repeats the heading row
    with pdf.table(col_widths=(14, 52, 44, 30, 34, 18), text_align=("CENTER", "LEFT", "LEFT", "CENTER", "RIGHT", "CENTER"),
                   line_height=8, padding=3, headings_style=FontFace(emphasis=None, fill_color=(220, 220, 220)),
                   repeat_headings=1) as table:
        table.row(["番号", "取組項目", "主管課", "期間", "効果額（千円）", "達成度"])
        for row in SASEBO:
            table.row(list(row))
    pdf.ln(3)
    pdf.multi_cell(0, 6, "※期間は取組の実施年度（西暦）です。効果額は2025年度の実績額です。\n"
                   "※番号13は2026年度からの取組のため、2025年度は評価の対象外です（「−」）。\n"
                   "佐世保市 企画部 政策経営課", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# --- 飯田市: 進捗管理表, a cover sheet, then the items under a title row ------------------------------
IIDA = [
    # 取組番号, 取組名, 担当部局, スケジュール, 令和6年度の取組実績, 進捗状況, 効果額（千円）
    ("1", "窓口のワンストップ化", "市民協働部 市民課", "R6〜R8", "転入手続の窓口を1か所に集約した。", "○", "0"),
    ("2", "公用車の削減", "総務部 管財課", "R5〜R7", "公用車を8台削減し、カーシェアを導入した。", "◎", "3,600"),
    ("3", "保育所の民営化", "こども未来部 保育課", "令和元年度〜令和7年度", "移管先法人の選定が遅れ、1園の移管を延期した。", "△", "28,000"),
    ("4", "下水道事業の経営健全化", "上下水道局 経営課", "R6〜R10", "経営戦略を改定し、使用料の在り方を検討した。", "○", "11,000"),
    ("5", "行政評価の見直し", "総務部 行政改革推進室", "R6", "評価シートを簡素化し、全課で運用を開始した。", "◎", "0"),
    ("6", "債権管理の一元化", "財務部 収納課", "R6〜R7", "条例の制定に至らなかった。", "×", "0"),
    ("7", "電子契約の導入", "財務部 契約検査課", "R7〜R8", "令和7年度からの取組のため実績なし。", "×", "0"),
    ("8", "公共施設の長寿命化計画", "財務部 財産活用課", "R5〜R9", "個別施設計画を3施設分策定した。", "○", "0"),
    ("9", "観光施設の指定管理", "産業経済部 観光課", "R6〜R8", "公募に応募がなく、再公募とした。", "△", "4,200"),
    ("10", "会議録作成のAI活用", "総務部 情報政策課", "R6", "音声認識による会議録作成を全庁に導入した。", "◎", "1,800"),
    ("11", "市民提案型協働事業", "市民協働部 協働推進課", "R6〜R8", "市民団体から5件の提案を採択した。", "○", "0"),
    ("12", "施設使用料の減免見直し", "教育委員会 生涯学習課", "R6〜R7", "減免基準の改正案を作成したが、周知が遅れた。", "△", "2,500"),
]


def iida_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["B3"] = "飯田市行政改革実施計画"
    cover["B3"].font = Font(size=16, bold=True)
    cover["B5"] = "令和6年度 進捗管理表"
    cover["B8"] = "この進捗管理表は、行政改革実施計画の各取組について、令和6年度末時点の進捗状況を担当部局が記入したものです。"
    cover["B10"] = "進捗状況の記号"
    cover["B11"] = "◎：計画以上に進んでいる"
    cover["B12"] = "○：計画どおり進んでいる"
    cover["B13"] = "△：計画より遅れている"
    cover["B14"] = "×：未着手・実施できなかった"
    cover["B16"] = "効果額は令和6年度の実績額（単位：千円）です。"
    cover["B19"] = "令和7年5月　飯田市 総務部 行政改革推進室"
    cover.column_dimensions["B"].width = 90

    sheet = wb.create_sheet("取組一覧")
    sheet["A1"] = "令和6年度 行政改革実施計画 取組状況（令和7年3月31日現在）"
    sheet["A1"].font = Font(size=13, bold=True)
    sheet.merge_cells("A1:G1")
    header = ["取組番号", "取組名", "担当部局", "スケジュール", "令和6年度の取組実績", "進捗状況", "効果額（千円）"]
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for number, name, dept, schedule, result, grade, effect in IIDA:
        sheet.append([int(number), name, dept, schedule, result, grade, int(effect.replace(",", ""))])
    for row in sheet.iter_rows(min_row=3, min_col=7, max_col=7):
        row[0].number_format = "#,##0"
    for column, width in zip("ABCDEFG", (9, 26, 24, 22, 48, 10, 14)):
        sheet.column_dimensions[column].width = width
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 5, 1)
    wb.save(path)


# --- 各務原市: 実施計画の実績報告, a Word table numbered 1-(1)-① with a 区分 column --------------------
KAKAMIGAHARA = [
    # 番号, 取組事項, 区分, 主管課, 実施時期, 達成度, 財政効果（千円）
    ("1-(1)-①", "行政手続のオンライン化", "継続", "情報政策課", "令和6年度〜令和9年度", "概ね達成", "2,400"),
    ("1-(1)-②", "キャッシュレス決済の導入", "新規", "会計課", "令和7年度〜令和8年度", "達成", "600"),
    ("1-(2)-①", "窓口サービスの時間延長", "継続", "市民課", "令和6年度", "達成", "0"),
    ("1-(2)-②", "書かない窓口の導入", "新規", "市民課", "令和7年度〜令和9年度", "未達成", "0"),
    ("2-(1)-①", "定員適正化計画の推進", "継続", "人事課", "令和6年度〜令和9年度", "概ね達成", "48,000"),
    ("2-(1)-②", "会計年度任用職員の配置見直し", "新規", "人事課", "令和7年度", "未達成", "0"),
    ("2-(2)-①", "職員研修の充実", "継続", "人事課", "平成30年度〜令和9年度", "達成", "0"),
    ("3-(1)-①", "市税収納率の向上", "継続", "収税課", "令和6年度〜令和9年度", "達成", "15,600"),
    ("3-(1)-②", "遊休資産の売却・貸付", "継続", "管財課", "令和6年度〜令和8年度", "概ね達成", "33,000"),
    ("3-(2)-①", "補助金の見直し", "継続", "財政課", "令和6年度〜令和7年度", "未達成", "5,000"),
    ("3-(2)-②", "公共施設の統廃合", "新規", "財政課", "令和7年度〜令和9年度", "概ね達成", "0"),
    ("3-(2)-③", "企業版ふるさと納税の活用", "新規", "企画政策課", "令和7年度〜令和9年度", "達成", "12,000"),
    ("4-(1)-①", "市民活動団体との協働推進", "継続", "市民協働課", "令和6年度〜令和9年度", "概ね達成", "0"),
    ("4-(1)-②", "指定管理施設のモニタリング強化", "継続", "行政経営課", "令和6年度〜令和8年度", "達成", "0"),
]


def kakamigahara_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 6, 1)
    doc.add_heading("各務原市第4次行政改革大綱実施計画　令和7年度実績報告", level=1)
    doc.add_paragraph("各務原市では、第4次行政改革大綱に基づく実施計画を定め、行政改革に取り組んでいます。"
                      "本計画の計画期間は、令和6年度から令和9年度までの4年間です。")
    doc.add_paragraph("このたび、令和7年度の各取組事項の実績を主管課が評価し、取りまとめましたので報告します。"
                      "区分の「新規」は本計画で新たに加えた取組、「継続」は第3次実施計画から引き続く取組です。")
    doc.add_paragraph("達成度　達成：令和7年度の目標を達成した　概ね達成：目標の8割以上を達成した　未達成：目標の8割に満たない")
    doc.add_paragraph("基本方針　1 市民サービスの向上　2 簡素で効率的な組織　3 健全な財政運営　4 協働によるまちづくり")
    header = ["番号", "取組事項", "区分", "主管課", "実施時期", "達成度", "財政効果（千円）"]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in KAKAMIGAHARA:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("※財政効果は令和7年度の効果額（見込みを含む）です。")
    doc.add_paragraph("各務原市 総務部 行政経営課")
    doc.save(path)


def main() -> None:
    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "岩見沢市_事務事業評価結果一覧_令和7年度.txt").write_text(iwamizawa_text(), encoding="utf-8")
    (DOCS / "岩見沢市_行政改革推進プラン_取組状況_R6_R7.html").write_text(iwamizawa_html(), encoding="utf-8")
    (DOCS / "佐世保市_行財政改革推進計画_取組状況一覧_2025年度.pdf").write_bytes(sasebo_pdf(font))
    iida_xlsx(DOCS / "飯田市_行政改革実施計画_進捗管理表_令和6年度.xlsx")
    kakamigahara_docx(DOCS / "各務原市_第4次行政改革大綱実施計画_令和7年度実績報告.docx")
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
