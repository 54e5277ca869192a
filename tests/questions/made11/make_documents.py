"""Writes the three made documents of tests/questions/made11/docs/ (run from the project root:
`python -m tests.questions.made11.make_documents`).

- kanoya_jissikeikaku_R6.pdf: 鹿屋市行政改革実施計画 令和6年度進捗状況報告書. The 計画期間 is stated only
  in the opening text, the grade legend (S/A/B/C) once above the table, the table runs over two pages
  with its header repeated, the 担当部局 cells break their line between 部 and 課, notes (※) follow.
- sanjo_taiko_dai5ji.docx: 三条市第5次行政改革大綱 with its 実施計画 as an appendix table (西暦 years,
  財政効果 in 千円) and the result of the 4th 大綱 given as counts in the text.
- komoro_suishiniinkai_R7-2.html: minutes of the 小諸市行財政改革推進委員会 (令和7年度第2回) with the
  progress table of the 実行プラン inside (5段階 grades, 効果額 in 百万円).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.formats.make_pdf import japanese_font

DOCS = Path(__file__).parent / "docs"

# 鹿屋市: 番号, 取組項目, 担当部局, 実施期間, 進捗度（R6）, 効果額（千円）
KANOYA = [
    ("1", "窓口業務の民間委託", "市民生活部\n市民課", "R6～R7", "A", "12,400"),
    ("2", "電子申請の拡充", "総務部\n情報政策課", "R6～R9", "S", "3,200"),
    ("3", "公共施設の統廃合\n（地区公民館）", "総務部\n財産管理課", "R6～R9", "B", "0"),
    ("4", "使用料・手数料の見直し", "総務部\n財政課", "R6～R7", "A", "8,600"),
    ("5", "ふるさと納税の推進", "企画部\n地域活力推進課", "R6～R9", "S", "45,000"),
    ("6", "補助金の整理合理化", "総務部\n財政課", "R6～R8", "B", "5,100"),
    ("7", "職員定員の適正化", "総務部\n人事課", "R6～R9", "A", "21,000"),
    ("8", "ペーパーレス会議の導入", "総務部\n情報政策課", "R6", "A", "1,500"),
    ("9", "下水道事業の経営改善", "建設部\n下水道課", "R6～R9", "C", "0"),
    ("10", "学校給食センターの\n運営見直し", "教育委員会\n学校教育課", "R7～R8", "－", "－"),
    ("11", "市税等の収納率向上", "総務部\n税務課", "R6～R9", "A", "18,300"),
    ("12", "指定管理者制度の活用", "総務部\n財産管理課", "R6～R8", "B", "2,700"),
    ("13", "RPA・AI-OCRの活用", "総務部\n情報政策課", "R6～R9", "A", "4,800"),
    ("14", "未利用地の売却", "総務部\n財産管理課", "R6～R7", "S", "32,000"),
]
KANOYA_HEADER = ("番号", "取組項目", "担当部局", "実施期間", "進捗度", "効果額（千円）")

# 三条市: 番号, 実施項目, 主管課, 取組内容, スケジュール, 財政効果（千円）
SANJO_PILLARS = {
    "1": "基本方針1　市民サービスの向上",
    "2": "基本方針2　持続可能な財政運営",
    "3": "基本方針3　組織力の強化",
}
SANJO = [
    ("1-1", "オンライン手続の拡大", "デジタル推進課", "申請・届出のオンライン化を進め、対象手続を200件に広げる。", "2025年度～2028年度", "0"),
    ("1-2", "書かない窓口の導入", "市民窓口課", "住民異動の届出で申請書の記入を不要にする。", "2025年度～2026年度", "2,000"),
    ("1-3", "キャッシュレス決済の導入", "会計課", "窓口の手数料・使用料の支払にキャッシュレス決済を導入する。", "2025年度", "0"),
    ("2-1", "公共施設の再編", "行政改革推進課", "公共施設等総合管理計画に基づき、類似施設を統合し延床面積を縮減する。", "2025年度～2028年度", "30,000"),
    ("2-2", "受益者負担の適正化", "財務課", "使用料・手数料を原価に基づいて見直す。", "2026年度～2027年度", "6,000"),
    ("2-3", "市有財産の有効活用", "管財課", "未利用の市有地を売却・貸付する。", "2025年度～2028年度", "15,000"),
    ("2-4", "企業版ふるさと納税の活用", "政策推進課", "地方創生の事業に企業からの寄附を募る。", "2025年度～2028年度", "10,000"),
    ("3-1", "人事評価制度の見直し", "人事課", "評価結果を処遇と育成に反映する仕組みにする。", "2026年度～2027年度", "0"),
    ("3-2", "時間外勤務の縮減", "人事課", "業務の平準化と管理職の勤務管理で時間外勤務を2割減らす。", "2025年度～2028年度", "12,000"),
    ("3-3", "業務の標準化・共通化", "行政改革推進課", "基幹業務システムの標準化に合わせて事務を共通化する。", "2027年度～2028年度", "5,000"),
]
SANJO_HEADER = ("番号", "実施項目", "主管課", "取組内容", "スケジュール", "財政効果（千円）")

# 小諸市: No., 取組名, 所管部署, 期間, 達成度（R6）, 効果額（百万円）
KOMORO = [
    ("1", "ごみ収集業務の委託拡大", "生活環境課", "R5～R7", "4", "6.2"),
    ("2", "市営住宅の集約化", "建設課", "R5～R9", "2", "0.0"),
    ("3", "保育園の民営化", "子育て支援課", "R5～R8", "3", "14.5"),
    ("4", "市税のコンビニ納付・スマホ決済", "税務課", "R5～R6", "5", "1.1"),
    ("5", "職員研修の見直し", "総務課", "R6～R7", "3", "0.3"),
    ("6", "温泉施設の民間譲渡", "商工観光課", "R5～R7", "1", "0.0"),
    ("7", "公用車の削減", "総務課", "R5～R6", "4", "2.4"),
    ("8", "図書館の指定管理者制度導入", "文化財・生涯学習課", "R6～R8", "3", "0.0"),
]
KOMORO_HEADER = ("No.", "取組名", "所管部署", "期間", "達成度（R6）", "効果額（百万円）")


def kanoya_pdf(font: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.add_font("jp", style="B", fname=font)  # the table headings are set in "bold"
    pdf.set_font("jp", size=14)
    pdf.add_page()
    pdf.cell(0, 10, "鹿屋市行政改革実施計画　令和6年度進捗状況報告書", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 6, "令和7年8月　鹿屋市総務部行政改革推進室\n\n"
                   "本市は、令和6年度から令和9年度までの4年間を計画期間とする行政改革実施計画に基づき、"
                   "14の取組項目を進めています。本報告書は、令和6年度の各取組の進捗度と効果額を取りまとめたものです。\n\n"
                   "【進捗度の区分】　S：計画以上に進んでいる　A：計画どおり進んでいる　B：やや遅れている　C：大幅に遅れている\n")
    widths = (12, 52, 36, 24, 18, 28)

    def table(rows):
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=6) as t:
            for row in (KANOYA_HEADER,) + tuple(rows):
                cells = t.row()
                for value in row:
                    cells.cell(value)

    table(KANOYA[:8])
    pdf.add_page()
    pdf.set_font("jp", size=10)
    table(KANOYA[8:])
    pdf.ln(4)
    pdf.multi_cell(0, 6, "※効果額は令和6年度の単年度の削減額及び増収額（見込みを含む）である。\n"
                   "※番号10は令和7年度から着手するため、令和6年度の進捗度及び効果額は「－」としている。\n"
                   "※効果額の合計は154,600千円である。")
    return bytes(pdf.output())


def sanjo_docx() -> bytes:
    import io

    from docx import Document

    doc = Document()
    doc.core_properties.created = dt.datetime(2025, 3, 1)
    doc.add_heading("三条市第5次行政改革大綱", level=0)
    doc.add_paragraph("令和7年3月　三条市")
    doc.add_heading("1　策定の趣旨", level=1)
    doc.add_paragraph("人口減少と高齢化が進むなか、限られた経営資源で質の高い行政サービスを提供し続けるため、"
                      "第5次行政改革大綱を策定します。計画期間は、令和7年度（2025年度）から令和10年度（2028年度）までの4年間とします。")
    doc.add_heading("2　第4次大綱の取組結果", level=1)
    doc.add_paragraph("第4次行政改革大綱（平成30年度～令和6年度）では40の実施項目に取り組み、"
                      "達成 24項目（60.0%）、概ね達成 11項目（27.5%）、未達成 5項目（12.5%）となりました。"
                      "未達成の項目は、本大綱の実施項目に引き継いでいます。")
    doc.add_heading("3　基本方針", level=1)
    for pillar in SANJO_PILLARS.values():
        doc.add_paragraph(pillar)
    doc.add_heading("4　推進体制", level=1)
    doc.add_paragraph("市長を本部長とする行政改革推進本部で進捗を管理し、毎年度、三条市行政改革推進委員会に報告します。")
    doc.add_page_break()
    doc.add_heading("別表　第5次行政改革大綱実施計画", level=1)
    table = doc.add_table(rows=1, cols=len(SANJO_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, SANJO_HEADER):
        cell.text = text
    current = None
    for row in SANJO:
        pillar = row[0].split("-")[0]
        if pillar != current:
            current = pillar
            merged = table.add_row().cells
            merged[0].merge(merged[-1]).text = SANJO_PILLARS[pillar]
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_paragraph("※財政効果は計画期間中の各年度の効果額の合計（見込み）。0は効果額を見込まない項目。")
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip_dates(buffer.getvalue())


def _fixed_zip_dates(data: bytes) -> bytes:
    """The same .docx with every part dated 2025-03-01, so that rerunning the script gives the same bytes."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2025, 3, 1, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def komoro_html() -> str:
    head = "".join(f"<th>{h}</th>" for h in KOMORO_HEADER)
    body = "\n".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in KOMORO)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>令和7年度第2回小諸市行財政改革推進委員会 会議録</title></head>
<body>
<h1>令和7年度第2回 小諸市行財政改革推進委員会 会議録</h1>
<table class="meta">
<tr><th>日時</th><td>令和7年10月21日（火）午後2時00分～午後3時40分</td></tr>
<tr><th>場所</th><td>小諸市役所 第1会議室</td></tr>
<tr><th>出席者</th><td>委員8名（欠席2名）、事務局（企画課）4名</td></tr>
</table>
<h2>1 開会</h2>
<p>事務局（企画課長）：定刻となりましたので、ただいまから令和7年度第2回小諸市行財政改革推進委員会を開会します。</p>
<h2>2 議事（1）小諸市行財政改革実行プランの令和6年度実績について</h2>
<p>事務局：資料1により、実行プラン（計画期間：2023年度～2027年度）の8つの取組の2024年度（令和6年度）の達成度を報告します。
達成度は、5：計画を上回った、4：計画どおり、3：おおむね計画どおり、2：やや遅れ、1：未着手・大幅な遅れ、の5段階です。</p>
<h3>資料1　実行プランの進捗状況（令和6年度実績）</h3>
<table border="1">
<tr>{head}</tr>
{body}
</table>
<p>※効果額は令和6年度の単年度の額。百万円未満は四捨五入。</p>
<p>※期間のR5は令和5年度（2023年度）を示す。</p>
<p>委員A：温泉施設の民間譲渡が1となっている理由を伺いたい。</p>
<p>事務局（商工観光課）：公募に応募がなかったため、譲渡の条件を見直して令和7年度に再公募する予定です。</p>
<p>委員B：保育園の民営化は効果額が大きいが、保護者への説明は十分か。</p>
<p>事務局（子育て支援課）：説明会を3回開催しました。移行後も市が運営状況を確認します。</p>
<p>委員長：市営住宅の集約化は遅れているので、入居者との調整の見通しを次回報告してほしい。</p>
<h2>3 その他</h2>
<p>次回の委員会は令和8年2月に開催予定。</p>
<h2>4 閉会</h2>
</body>
</html>
"""


def main() -> None:
    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "kanoya_jissikeikaku_R6.pdf").write_bytes(kanoya_pdf(font))
    (DOCS / "sanjo_taiko_dai5ji.docx").write_bytes(sanjo_docx())
    (DOCS / "komoro_suishiniinkai_R7-2.html").write_text(komoro_html(), encoding="utf-8")
    for path in sorted(DOCS.iterdir()):
        print(path, path.stat().st_size)


if __name__ == "__main__":
    main()
