"""Write the made9 documents: reform reports of four municipalities (北見市, 射水市, 浦添市, 白山市)
in the shapes such reports are published in, into tests/questions/made9/docs/.

`python -m tests.questions.made9.make_documents` (needs fpdf2 and a Japanese font, see
tests/formats/make_pdf.py). The same bytes come out every time, so the committed files can be rewritten.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
STAMP = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- 北見市 (PDF, table over two pages)
KITAMI_HEADER = ["番号", "取組項目", "取組内容", "所管部署", "令和6年度\n評価", "令和7年度\n評価", "効果額\n（千円）"]
KITAMI_ROWS = [
    ["1", "窓口業務の民間委託", "市民課窓口の受付・交付業務を\n民間事業者へ委託する", "市民環境部市民課", "A", "A", "12,400"],
    ["2", "電子申請の拡充", "オンラインで申請できる手続を\n拡充する（目標200手続）", "総務部情報政策課", "B", "A", "3,100"],
    ["3", "公共施設の再配置", "公共施設等総合管理計画に基づき\n施設の集約化を進める", "企画政策部資産経営課", "B", "B", "－"],
    ["4", "使用料・手数料の見直し", "受益者負担の適正化を図るため\n4年ごとに算定を見直す", "企画政策部財政課", "A", "S", "21,800"],
    ["5", "市税収納率の向上", "コンビニ収納・スマートフォン\n決済の導入", "総務部税務課", "A", "A", "8,500"],
    ["6", "補助金の見直し", "補助金に終期を設定し\n効果を検証する", "企画政策部財政課", "C", "B", "4,200"],
    ["7", "ペーパーレス会議の推進", "庁内会議にタブレット端末を導入", "総務部情報政策課", "S", "S", "1,900"],
    ["8", "指定管理者制度の活用", "体育施設への指定管理者制度の\n導入", "教育委員会社会教育部\nスポーツ課", "B", "C", "－"],
    ["9", "ごみ収集業務の\n委託拡大", "直営で収集している区域を\n段階的に委託する", "市民環境部清掃事業課", "A", "B", "15,600"],
    ["10", "職員定員の適正化", "定員適正化計画に基づく\n職員数の管理", "総務部職員課", "A", "A", "32,000"],
    ["11", "公用車の削減", "公用車へのカーシェアリングの\n導入", "総務部総務課", "C", "C", "－"],
    ["12", "未利用地の売却", "未利用市有地の売却を促進する", "企画政策部資産経営課", "S", "A", "46,300"],
]


def kitami_pdf(font: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", format="A4")
    pdf.set_creation_date(STAMP)
    pdf.add_font("jp", fname=font)
    pdf.add_font("jp", style="B", fname=font)  # table headings are set in the "bold" face
    pdf.set_auto_page_break(False)

    def footer(n: int) -> None:
        pdf.set_xy(0, 285)
        pdf.set_font("jp", size=9)
        pdf.cell(210, 5, f"― {n} ―", align="C")

    def table(rows: list[list[str]]) -> None:
        pdf.set_font("jp", size=8)
        with pdf.table(col_widths=(10, 34, 52, 36, 16, 16, 18), text_align="LEFT",
                       line_height=4.5, first_row_as_headings=True) as t:
            for row in [KITAMI_HEADER] + rows:
                cells = t.row()
                for value in row:
                    cells.cell(value)

    pdf.add_page()
    pdf.set_font("jp", size=14)
    pdf.cell(0, 10, "北見市行政改革推進計画 令和7年度 取組状況報告書", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("jp", size=10)
    pdf.cell(0, 6, "令和8年6月　北見市総務部行政改革推進課", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "１　はじめに\n"
                   "　本市では、令和6年度から令和9年度までの4年間を計画期間とする「北見市行政改革推進計画」に"
                   "基づき、12の取組項目により行政改革を進めています。本報告書は、計画2年目となる令和7年度末時点の"
                   "各取組項目の進捗状況と効果額を取りまとめたものです。")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "２　評価の区分\n"
                   "　S：計画以上に進んでいる　A：計画どおり進んでいる　B：やや遅れている　C：遅れている（未着手を含む）")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "３　取組項目ごとの進捗状況")
    table(KITAMI_ROWS[:7])
    footer(1)
    pdf.add_page()
    pdf.set_y(15)
    table(KITAMI_ROWS[7:])
    pdf.ln(3)
    pdf.set_font("jp", size=9)
    pdf.multi_cell(0, 5, "※ 効果額は令和7年度の単年度の効果額（見込みを含む）です。\n"
                   "※ 「－」は効果額を算定していない取組項目です。\n"
                   "※ 番号8は、令和7年度に予定していた指定管理者の公募が不調となったため、令和8年度に再公募します。")
    footer(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- 射水市 (XLSX, one list sheet)
IMIZU_ROWS = [
    # No., 改革項目, 担当部局, 開始年度, 完了年度, 達成度, 財政効果（百万円）, 備考
    (1, "行政評価制度の見直し", "企画管理部", "平成30年度", "令和元年度", "◎", None, ""),
    (2, "下水道事業の公営企業会計への移行", "上下水道部", "平成30年度", "令和元年度", "◎", None, "令和2年4月1日移行"),
    (3, "市税等のコンビニ収納の導入", "財務部", "平成30年度", "平成30年度", "◎", 4.2, ""),
    (4, "公立保育園の民営化", "福祉保健部", "平成30年度", "令和2年度", "○", 38.5, "2園のうち1園は令和3年度に延期"),
    (5, "公共施設使用料の見直し", "財務部", "令和元年度", "令和2年度", "△", 6.0, "新型コロナウイルス感染症の影響により改定を一部見送り"),
    (6, "庁内情報システムの統合", "企画管理部", "令和元年度", "令和2年度", "◎", 12.3, ""),
    (7, "ごみ処理施設の広域化", "市民環境部", "平成30年度", "令和2年度", "×", None, "構成市町との協議を継続"),
    (8, "学校給食センターの統合", "教育委員会事務局", "令和元年度", "令和2年度", "○", 21.0, ""),
    (9, "市有地の売却", "財務部", "平成30年度", "令和2年度", "○", 55.8, ""),
    (10, "時間外勤務の縮減", "総務部", "平成30年度", "令和2年度", "△", 9.7, ""),
    (11, "ふるさと納税の推進", "産業経済部", "令和元年度", "令和2年度", "◎", 120.0, "返礼品の拡充"),
]


def imizu_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "取組実績一覧"
    ws["A1"] = "射水市行財政改革アクションプラン　取組実績一覧（平成30年度～令和2年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["H2"] = "令和3年7月　射水市財務部財政課"
    header = ["No.", "改革項目", "担当部局", "実施年度", None, "達成度", "財政効果\n（百万円）", "備考"]
    sub = [None, None, None, "開始", "完了", None, None, None]
    ws.append(header)
    ws.append(sub)
    for col in ("A", "B", "C", "F", "G", "H"):
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    thin = Side(style="thin")
    for row in IMIZU_ROWS:
        ws.append(list(row))
    last = 4 + len(IMIZU_ROWS)
    for r in ws.iter_rows(min_row=3, max_row=last, max_col=8):
        for c in r:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for r in range(5, last + 1):
        ws.cell(r, 7).number_format = "#,##0.0"
    ws.cell(last + 1, 1, "※ 達成度　◎：達成　○：概ね達成　△：一部未達成　×：未着手")
    ws.cell(last + 2, 1, "※ 財政効果は計画期間（平成30年度～令和2年度）の累計額。空欄は財政効果を見込まない項目。")
    for col, width in zip("ABCDEFGH", (5, 32, 16, 12, 12, 8, 11, 36)):
        ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = STAMP.replace(tzinfo=None)
    wb.save(path)


# ---------------------------------------------------------------- 浦添市 (DOCX, a Word table per 基本方針)
URASOE_POLICIES = [
    ("基本方針1　デジタル化による市民サービスの向上", [
        ("1-1", "行政手続のオンライン化", "デジタル推進課", "2024～2027年度", "概ね達成", "2,300"),
        ("1-2", "AI-OCRによる入力業務の効率化", "デジタル推進課", "2024～2025年度", "達成", "5,800"),
        ("1-3", "窓口へのキャッシュレス決済の導入", "市民課", "2024年度", "達成", "0"),
    ]),
    ("基本方針2　持続可能な財政運営", [
        ("2-1", "公共施設マネジメントの推進", "資産マネジメント課", "2024～2027年度", "未達成", "0"),
        ("2-2", "市営住宅の集約化", "住宅政策課", "2025～2027年度", "－", "－"),
        ("2-3", "下水道使用料の見直し", "下水道課", "2024～2026年度", "概ね達成", "18,000"),
    ]),
    ("基本方針3　組織・人材の活性化", [
        ("3-1", "会計年度任用職員の配置の適正化", "人事課", "2024～2026年度", "未達成", "0"),
        ("3-2", "職員提案制度の活性化", "人事課", "2024～2027年度", "達成", "0"),
        ("3-3", "外郭団体の経営改善", "行政経営課", "2024～2027年度", "概ね達成", "7,500"),
    ]),
]


def urasoe_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = STAMP.replace(tzinfo=None)
    doc.add_heading("浦添市行政改革実施計画　2024年度（令和6年度）取組状況", level=1)
    doc.add_paragraph("浦添市総務部行政経営課　2025年（令和7年）8月")
    doc.add_paragraph(
        "浦添市行政改革大綱（2024年度～2027年度）に基づく実施計画の各取組について、2024年度の進捗状況を"
        "「達成」「概ね達成」「未達成」の3区分で評価しました。効果額は2024年度の単年度の額です。")
    for title, rows in URASOE_POLICIES:
        doc.add_heading(title, level=2)
        table = doc.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("取組番号", "取組名", "主管課", "期間", "2024年度の進捗状況", "効果額（千円）")):
            cell.text = text
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text
    doc.add_paragraph("※ 取組2-2は2025年度から着手するため、2024年度は評価していません。")
    doc.add_paragraph("※ 効果額の「0」は、効果額が生じていない取組です。")
    doc.save(path)


# ---------------------------------------------------------------- 浦添市 (text, 【】 headings per item)
URASOE_SUBSIDIES = [
    ("敬老会補助金", "高齢者支援課", "縮小", "1,200", "令和8年度から", "参加者数の減少に合わせ、1人当たりの単価を見直す。"),
    ("商店街イベント補助金", "産業振興課", "統合", "800", "令和8年度から", "商店街ごとの補助を一本化し、共同イベントへの補助とする。"),
    ("自治会活動補助金", "市民協働課", "継続", "0", "－", "地域活動の基盤であり、現行どおりとする。"),
    ("スポーツ大会派遣補助金", "スポーツ振興課", "廃止", "650", "令和7年度から", "県の補助制度と重複するため廃止する。"),
    ("観光協会運営補助金", "観光振興課", "縮小", "2,000", "令和9年度から", "協会の自主財源の確保に合わせて段階的に縮小する。"),
    ("子ども会育成補助金", "こども未来課", "継続", "0", "－", "加入率向上の取組と併せて継続する。"),
    ("文化団体活動補助金", "文化振興課", "縮小", "300", "令和8年度から", "対象経費を公演・展示に要する経費に限定する。"),
]


def urasoe_text() -> str:
    lines = [
        "浦添市補助金見直し結果報告書（令和7年度）",
        "",
        "令和7年12月",
        "浦添市補助金等審査委員会",
        "",
        "１　見直しの概要",
        "　浦添市行政改革実施計画の取組「補助金の見直し」に基づき、令和7年度は団体運営・イベント等に対する"
        "補助金7件を審査し、見直し結果を次のとおり取りまとめた。",
        "",
        "２　補助金ごとの見直し結果",
        "",
    ]
    for n, (name, section, result, cut, when, reason) in enumerate(URASOE_SUBSIDIES, 1):
        lines += [
            f"（{n}）{name}",
            f"【担当課】{section}",
            f"【見直し結果】{result}",
            f"【削減額】{cut}千円",
            f"【実施時期】{when}",
            f"【理由】{reason}",
            "",
        ]
    total = sum(int(row[3].replace(",", "")) for row in URASOE_SUBSIDIES)
    lines += [
        "３　まとめ",
        f"　見直しの結果、廃止1件、統合1件、縮小3件、継続2件となり、削減額の合計は{total:,}千円の見込みである。",
        "※ 削減額は見直し前の令和7年度当初予算額との差額である。",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- 白山市 (HTML, a table under a legend)
HAKUSAN_ROWS = [
    ("1", "窓口受付のワンストップ化", "市民課", "2025年度～2026年度", "4", "3,000", "拡充"),
    ("2", "公民館の地域管理への移行", "生涯学習課", "2025年度～2028年度", "2", "1,500", "継続"),
    ("3", "市有施設の照明のLED化", "営繕課", "2024年度～2026年度", "5", "9,800", "継続"),
    ("4", "家庭ごみ有料化の検討", "環境課", "2025年度～2027年度", "3", "0", "継続"),
    ("5", "スクールバスの運行見直し", "学校教育課", "2025年度", "1", "0", "見直し"),
    ("6", "電子契約の導入", "契約検査課", "2025年度～2026年度", "3", "700", "継続"),
    ("7", "職員研修のオンライン化", "人事課", "2024年度～2025年度", "4", "1,200", "完了"),
    ("8", "温泉施設の民間譲渡", "観光推進課", "2025年度～2027年度", "2", "0", "継続"),
    ("9", "除雪業務の委託化", "道路課", "2024年度～2027年度", "3", "4,400", "継続"),
]


def hakusan_html() -> str:
    body = "\n".join(
        "<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in HAKUSAN_ROWS)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和7年度 行政改革の取組の評価結果｜白山市</title>
</head>
<body>
<div id="header"><a href="/">白山市ホームページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</div>
<h1>令和7年度 行政改革の取組の評価結果</h1>
<p class="update">更新日：2026年5月20日　担当：総務部行政経営室</p>
<p>白山市第3次行政改革推進プランの取組について、2025年度（令和7年度）の実績を評価しました。
評価は担当課の自己評価を行政改革推進本部で確認したものです。</p>
<p>達成度は次の5段階です。<br>
5：計画を大きく上回る　4：計画を上回る　3：計画どおり　2：計画をやや下回る　1：計画を下回る</p>
<table border="1">
<caption>取組ごとの評価結果（2025年度）</caption>
<thead>
<tr><th>番号</th><th>取組名</th><th>担当課</th><th>スケジュール</th><th>達成度</th><th>削減効果額（千円）</th><th>今後の方向性</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※ 削減効果額は2025年度の単年度の額です。</p>
<p>※ 番号5は、利用実態調査の結果を踏まえ、2026年度に運行計画を見直します。</p>
<div id="footer">白山市役所　〒924-8688 石川県白山市倉光二丁目1番地</div>
</body>
</html>
"""


def fixed_zip_times(path: Path) -> None:
    """Rewrite an XLSX/DOCX with one fixed time on every member: the libraries stamp the clock's time,
    and the committed files should not change when the script is run again."""
    members = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl sets "modified" to the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-06-01T00:00:00Z", data)
            members.append((info.filename, info.compress_type, data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, compression, data in members:
            info = zipfile.ZipInfo(name, date_time=STAMP.timetuple()[:6])
            info.compress_type = compression
            z.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def main() -> None:
    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "北見市_行政改革推進計画_令和7年度取組状況.pdf").write_bytes(kitami_pdf(font))
    imizu_xlsx(DOCS / "射水市_行財政改革アクションプラン_取組実績.xlsx")
    urasoe_docx(DOCS / "浦添市_行政改革実施計画_2024年度取組状況.docx")
    for office in DOCS.glob("*.[xd][lo][sc]x"):
        fixed_zip_times(office)
    (DOCS / "浦添市_補助金見直し結果報告書_R7.txt").write_text(urasoe_text(), encoding="utf-8")
    (DOCS / "白山市_行政改革の取組の評価結果_R7.html").write_text(hakusan_html(), encoding="utf-8")
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
