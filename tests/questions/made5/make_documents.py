"""Five made-up reform documents of other municipalities (鶴岡市, 伊那市, 今治市, 富良野市), in the shapes
such reports are usually published in, for the holdout question set made5/questions.jsonl.

`python -m tests.questions.made5.make_documents` (from the project root) rewrites docs/. The tables
below are the documents' contents; the questions were answered by reading the written files.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# 鶴岡市 XLSX: an action-plan progress table, grades S/A/B/C per fiscal year, 削減効果額 in 千円.
TSURUOKA = [
    # No, 取組項目, 取組内容, 担当部局, 実施期間, R6達成度, R7達成度, 削減効果額（千円）
    (1, "窓口業務の民間委託", "市民課窓口の受付・交付業務を民間事業者へ委託する", "市民部市民課", "R6～R8", "A", "S", 18500),
    (2, "公共施設予約システムの導入", "体育館・公民館の予約をオンライン化する", "教育委員会生涯学習課", "R6～R7", "B", "A", 2400),
    (3, "電子申請の拡充", "申請・届出の電子化対象を拡大する", "総務部情報企画課", "R6～R9", "A", "A", 5200),
    (4, "ペーパーレス会議の推進", "庁内会議資料をタブレット配布とする", "総務部総務課", "R6～R7", "S", "S", 1300),
    (5, "市税のスマホ決済納付の拡大", "スマートフォン決済で納付できる税目を増やす", "総務部収納課", "R7～R9", "－", "B", 800),
    (6, "下水道使用料の適正化", "経営戦略に基づき使用料を改定する", "上下水道部下水道課", "R6～R8", "C", "B", 12000),
    (7, "補助金の総点検", "全補助金の終期と効果を点検する", "企画部財政課", "R6～R9", "B", "B", 9600),
    (8, "公用車の削減とカーシェア導入", "公用車を削減し共用車を導入する", "総務部管財課", "R6～R8", "A", "B", 3100),
    (9, "RPAによる定型業務の自動化", "給与・会計の定型入力をRPAで自動化する", "総務部情報企画課", "R6～R9", "B", "A", 4700),
    (10, "指定管理者制度の導入拡大", "直営施設のうち3施設に指定管理者制度を導入する", "企画部財政課", "R7～R9", "－", "C", 0),
    (11, "職員研修のオンライン化", "階層別研修をオンライン配信とする", "総務部職員課", "R6～R7", "A", "S", 650),
    (12, "ごみ収集運搬業務の見直し", "収集ルートと委託範囲を見直す", "市民部廃棄物対策課", "R6～R9", "C", "C", 7800),
]

# 伊那市 DOCX: a report with one block of 【】 headings per measure, grades ◎○△×, 効果額 in 千円.
INA_POLICIES = [
    ("基本方針1　市民サービスの向上", [
        ("マイナンバーカードを活用した証明書のコンビニ交付", "市民課", "令和6年度～令和7年度", "◎",
         "住民票の写し等のコンビニ交付を開始し、交付件数の3割がコンビニ交付となった。", "1,200千円"),
        ("窓口のキャッシュレス決済導入", "会計課", "令和6年度", "◎",
         "本庁舎の全窓口でキャッシュレス決済を導入した。", "－"),
        ("オープンデータの公開拡大", "企画政策課", "令和6年度～令和9年度", "○",
         "公開データセットを40件から65件に増やした。", "－"),
    ]),
    ("基本方針2　効率的な行政運営", [
        ("保育所の統廃合", "子育て支援課", "令和6年度～令和9年度", "△",
         "地元説明会を開催したが、統合先の合意に至っていない。", "－"),
        ("学校給食センターの再編", "教育総務課", "令和7年度～令和9年度", "○",
         "再編基本計画を策定した。", "15,000千円"),
        ("業務委託契約の一括化", "契約検査課", "令和6年度～令和7年度", "○",
         "庁舎清掃と設備保守の契約を一本化した。", "4,300千円"),
        ("AI議事録作成システムの導入", "情報政策課", "令和6年度", "◎",
         "全課で利用を開始した。", "900千円"),
    ]),
    ("基本方針3　健全な財政運営", [
        ("使用料・手数料の見直し", "財政課", "令和6年度～令和8年度", "×",
         "受益者負担の算定方法の検討が遅れ、改定を見送った。", "－"),
        ("未利用市有地の売却", "財政課", "令和6年度～令和9年度", "○",
         "旧職員住宅用地など4筆を売却した。", "22,000千円"),
        ("ふるさと納税の返礼品拡充", "商工観光課", "令和6年度～令和8年度", "◎",
         "返礼品を120品目から210品目に拡充した。", "38,000千円"),
    ]),
]

# 伊那市 PDF: a ruled list of reviewed projects, 5-level ratings for 平成30年度 and 令和元年度.
INA_REVIEW = [
    # 番号, 事務事業名, 主管課, 平成30年度評価, 令和元年度評価, 見直し方針
    ("1", "敬老祝金支給事業", "長寿福祉課", "2", "2", "縮小"),
    ("2", "市民バス運行事業", "交通政策課", "3", "4", "継続"),
    ("3", "観光パンフレット作成事業", "商工観光課", "2", "1", "廃止"),
    ("4", "生涯学習講座開催事業", "生涯学習課", "4", "4", "継続"),
    ("5", "創業支援補助事業", "商工観光課", "3", "5", "拡充"),
    ("6", "施設清掃委託事業", "財政課", "3", "3", "継続"),
    ("7", "広報紙印刷事業", "秘書広報課", "4", "3", "縮小"),
    ("8", "農業用水路維持事業", "農林課", "5", "5", "拡充"),
]

# 今治市 HTML: a results table, 達成/概ね達成/未達成, 西暦 fiscal years, 効果額 in 百万円.
IMABARI = [
    # 番号, 区分, 取組名, 主管課, 期間, 達成度, 効果額（百万円）
    ("1", "市民サービスの向上", "行政手続のオンライン化", "デジタル推進課", "2024年度～2026年度", "概ね達成", "12.5"),
    ("2", "市民サービスの向上", "窓口受付時間の見直し", "市民課", "2024年度", "達成", "3.0"),
    ("3", "資産の最適化", "公共施設の複合化", "資産経営課", "2024年度～2026年度", "未達成", "0.0"),
    ("4", "資産の最適化", "水道料金の改定", "水道総務課", "2024年度～2025年度", "概ね達成", "48.0"),
    ("5", "資産の最適化", "市有財産の貸付拡大", "資産経営課", "2024年度～2026年度", "達成", "6.2"),
    ("6", "組織・人材", "時間外勤務の縮減", "人事課", "2024年度～2026年度", "概ね達成", "21.0"),
    ("7", "組織・人材", "外郭団体の見直し", "行政改革推進課", "2024年度～2026年度", "未達成", "0.0"),
    ("8", "財政の健全化", "電力調達の一括入札", "財政課", "2024年度", "達成", "15.3"),
    ("9", "財政の健全化", "ふるさと納税の推進", "地域振興課", "2024年度～2026年度", "達成", "120.0"),
    ("10", "財政の健全化", "業務のアウトソーシング", "行政改革推進課", "2025年度～2026年度", "－", "0.0"),
]

# 富良野市 text: a final report converted from PDF, one block per 取組番号, 進捗度 1-5, 効果額 in 千円.
FURANO = [
    # 番号, 取組名, 担当課, 実施時期, 進捗度, 効果額, 実績
    (1, "事務事業評価の見直し", "企画課", "平成31年度～令和3年度", 5, "なし",
     "評価シートを簡素化し、全事業で外部評価を実施した。"),
    (2, "窓口業務のワンストップ化", "市民環境課", "令和2年度～令和3年度", 4, "なし",
     "総合窓口を設置したが、福祉関係の手続は対象外のままである。"),
    (3, "公共施設等総合管理計画の推進", "財政課", "平成31年度～令和3年度", 3, "5,400千円",
     "個別施設計画を策定し、2施設を廃止した。"),
    (4, "ごみ処理手数料の改定", "市民環境課", "令和2年度", 5, "11,200千円",
     "指定ごみ袋の価格を改定した。"),
    (5, "職員定員の適正化", "総務課", "平成31年度～令和3年度", 4, "32,000千円",
     "定員適正化計画どおり職員数を8人削減した。"),
    (6, "電子決裁の導入", "総務課", "令和3年度", 2, "なし",
     "システムを導入したが、利用は一部の課にとどまる。"),
    (7, "ふるさと納税の推進", "商工観光課", "平成31年度～令和3年度", 5, "85,000千円",
     "寄附額が目標を上回った。"),
    (8, "スキー場運営の見直し", "商工観光課", "令和元年度～令和3年度", 1, "なし",
     "運営方法の検討に着手できなかった。"),
]


def write_tsuruoka(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗管理表"
    ws["A1"] = "鶴岡市行政改革実施計画（令和6年度～令和9年度）　進捗管理表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和8年6月　企画部行政改革推進室"
    header = ["No.", "取組項目", "取組内容", "担当部局", "実施期間", "R6達成度", "R7達成度", "削減効果額（千円）"]
    ws.append([])
    ws.append(header)
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in TSURUOKA:
        ws.append(list(row))
    for col, width in zip("ABCDEFGH", (5, 28, 44, 22, 11, 9, 9, 14)):
        ws.column_dimensions[col].width = width
    for cells in ws.iter_rows(min_row=5, min_col=8, max_col=8):
        cells[0].number_format = "#,##0"
    last = 4 + len(TSURUOKA)
    ws.cell(last + 2, 1, "達成度　S：計画以上に進んでいる　A：計画どおり　B：やや遅れている　C：遅れている　－：未着手")
    wb.properties.created = dt.datetime(2026, 6, 1)
    wb.properties.modified = dt.datetime(2026, 6, 1)
    wb.save(path)


def write_ina_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = dt.datetime(2025, 7, 1)
    doc.core_properties.modified = dt.datetime(2025, 7, 1)
    doc.add_heading("伊那市第4次行政改革大綱実施計画　令和6年度取組状況報告書", level=1)
    doc.add_paragraph("令和7年7月　伊那市総務部行政改革推進課")
    doc.add_paragraph("進捗状況の区分　◎：計画どおり完了　○：おおむね計画どおり　△：遅れている　×：未実施")
    number = 0
    for policy, measures in INA_POLICIES:
        doc.add_heading(policy, level=2)
        for name, section, schedule, grade, result, effect in measures:
            number += 1
            doc.add_heading(f"（{number}）{name}", level=3)
            doc.add_paragraph(f"【所管課】{section}")
            doc.add_paragraph(f"【スケジュール】{schedule}")
            doc.add_paragraph(f"【令和6年度の実績】{result}")
            doc.add_paragraph(f"【進捗状況】{grade}")
            doc.add_paragraph(f"【効果額】{effect}")
    doc.save(path)


def write_ina_pdf(path: Path) -> None:
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("a Japanese font is needed (Debian: fonts-ipaexfont-gothic)")
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2020, 6, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.add_font("jp", style="B", fname=font)
    pdf.set_font("jp", size=14)
    pdf.add_page()
    pdf.cell(0, 10, "伊那市　事務事業見直し結果一覧（平成30年度～令和元年度）", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 7, "評価は5段階（5：高い　4：やや高い　3：普通　2：やや低い　1：低い）で、"
                   "事業の必要性・有効性・効率性を総合して判定した。\n令和2年6月　伊那市企画部企画政策課")
    pdf.ln(4)
    header = ("番号", "事務事業名", "主管課", "平成30年度評価", "令和元年度評価", "見直し方針")
    with pdf.table(col_widths=(12, 70, 40, 30, 30, 30), text_align="LEFT") as table:
        for row in (header, *INA_REVIEW):
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.output(str(path))


def write_imabari(path: Path) -> None:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{value}</td>" for value in row) + "</tr>" for row in IMABARI)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>今治市行財政改革推進プラン 2024年度取組結果 | 今治市</title></head>
<body>
<nav><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行財政改革</nav>
<main>
<h1>今治市行財政改革推進プラン（2024年度～2026年度）2024年度取組結果</h1>
<p>更新日：2025年8月20日　担当：総務部行政改革推進課</p>
<p>今治市行財政改革推進プランに掲げた10の取組について、2024年度の結果を取りまとめました。</p>
<h2>取組結果一覧</h2>
<table border="1">
<thead><tr><th>番号</th><th>区分</th><th>取組名</th><th>主管課</th><th>期間</th><th>達成度</th><th>効果額（百万円）</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>達成度：達成＝目標を達成、概ね達成＝目標の8割以上、未達成＝目標の8割未満、－＝2024年度は取組なし</p>
<h2>お問い合わせ</h2>
<p>総務部行政改革推進課　電話：0898-00-0000</p>
</main>
<footer>© 今治市</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def write_furano(path: Path) -> None:
    lines = [
        "富良野市行政改革推進計画（平成31年度～令和3年度）",
        "最終年度実績報告書",
        "",
        "令和4年5月",
        "富良野市総務部企画課",
        "",
        "１　計画の概要",
        "本計画は、2019年度（平成31年度）から2021年度（令和3年度）までの3年間を期間とし、8つの取組を掲げた。",
        "進捗度は5段階（5：完了　4：概ね順調　3：一部遅れ　2：遅れ　1：未着手）で評価した。",
        "",
        "２　取組ごとの実績",
        "",
    ]
    for number, name, section, period, grade, effect, result in FURANO:
        lines += [
            f"取組番号{number}　{name}",
            f"担当課：{section}",
            f"実施時期：{period}",
            f"進捗度：{grade}",
            f"効果額：{effect}",
            f"実績：{result}",
            "",
        ]
    lines += [
        "３　総括",
        "8つの取組のうち、進捗度5（完了）は3項目、4（概ね順調）は2項目であった。",
        "効果額の合計は133,600千円となった。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def _fixed_zip_times(path: Path) -> None:
    """XLSX and DOCX are zips stamped with the time of writing; a fixed stamp keeps regeneration byte-stable."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps dcterms:modified with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            info.date_time = (2026, 1, 1, 0, 0, 0)
            out.writestr(info, data)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_tsuruoka(DOCS / "鶴岡市_行政改革実施計画_進捗管理表.xlsx")
    write_ina_docx(DOCS / "伊那市_令和6年度取組状況報告書.docx")
    for name in ("鶴岡市_行政改革実施計画_進捗管理表.xlsx", "伊那市_令和6年度取組状況報告書.docx"):
        _fixed_zip_times(DOCS / name)
    write_ina_pdf(DOCS / "伊那市_事務事業見直し結果一覧.pdf")
    write_imabari(DOCS / "今治市_行財政改革推進プラン_2024年度取組結果.html")
    write_furano(DOCS / "富良野市_行政改革推進計画_最終年度実績報告.txt")


if __name__ == "__main__":
    main()
