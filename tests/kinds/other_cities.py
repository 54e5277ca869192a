"""Made reform documents of other municipalities, in the formats and layouts staff receive them:
a PDF progress list with a ruled table, a PDF with an unruled table, a two-column PDF report, an
Excel 事務事業評価シート (one sheet per project, label cells beside their values), an Excel progress
list, a Word 行革大綱の取組報告 (numbered items with 【所管課】 blocks) and a city web page with a
進捗状況 table and count facts. Cities, fiscal years, labels and grades differ from document to
document, so that nothing the generic kind and the question engine do is fitted to one of them.

The PDFs are written by fpdf2 with a Japanese font whose text layer carries the compatibility
characters of real PDFs (⾏ for 行, ⽬ for 目, ‧ for ・). A machine without such a font (CI) reads
the committed copies in tests/kinds/fixtures/; `python -m tests.kinds.other_cities` rewrites them.
"""
from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from tests.formats.helpers import xlsx_bytes
from tests.formats.make_pdf import COMPAT, _font_with_hyphenation_point, japanese_font

FIXTURES = Path(__file__).parent / "fixtures"

# ------------------------------------------------------------------ 青葉台市: PDF, ruled table
AOBADAI_ROWS = [
    ["No.", "取組項目", "所管課", "目標", "実績", "評価"],
    ["1", "窓口業務の民間委託", "市民課", "令和6年度までに委託開始", "令和5年度に事業者を選定", "B"],
    ["2", "ペーパーレス会議の推進", "行政経営課", "紙使用量30%削減", "紙使用量25%削減", "B"],
    ["3", "電子契約の導入", "契約課", "全契約の50%を電子化", "62%を電子化", "A"],
    ["4", "公共施設使用料の見直し", "財政課", "使用料の改定", "改定条例を可決", "A"],
    ["5", "市税のコンビニ納付拡大", "収納課", "収納率98.5%", "収納率97.9%", "C"],
    ["6", "職員提案制度の活性化", "人事課", "提案件数100件", "提案件数112件", "A"],
    # cells longer than their column: the PDF wraps them onto two lines
    ["7", "公用車の削減とカーシェアリングの導入", "管財課", "公用車10台削減", "公用車を8台削減しカーシェアリング2台を導入", "B"],
]


def _pdf(font: str):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))  # same bytes every time
    with tempfile.TemporaryDirectory() as folder:
        pdf.add_font("jp", fname=_font_with_hyphenation_point(font, folder))
    pdf.set_font("jp", size=10)
    return pdf


def aobadai_pdf(font: str) -> bytes:
    pdf = _pdf(font)
    pdf.add_page()
    pdf.set_font("jp", size=13)
    pdf.cell(0, 10, "青葉台市⾏財政改⾰実施計画 令和5年度 進捗状況⼀覧".translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 7, "実施計画に掲げた取組項目の令和5年度の進捗を、所管課の自己評価により取りまとめました。".translate(COMPAT))
    pdf.ln(2)
    pdf.cell(0, 7, "■ 評価の集計".translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    for line in ("A（目標を達成） 3項目（42.9%）", "B（概ね達成） 3項目（42.9%）", "C（未達成） 1項目（14.3%）"):
        pdf.cell(0, 7, line.translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 7, "■ 取組項目ごとの進捗状況".translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=8)
    # The list runs on to the next page without its header, under a page number.
    for rows, page in ((AOBADAI_ROWS[:5], "- 1 -"), (AOBADAI_ROWS[5:], "- 2 -")):
        with pdf.table(col_widths=(8, 42, 22, 40, 40, 10), text_align="LEFT", first_row_as_headings=False) as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value.translate(COMPAT))
        pdf.text(100, 285, page)
        if page == "- 1 -":
            pdf.add_page()
    return bytes(pdf.output())


# ------------------------------------------------------------------ 北浜村: PDF, unruled table
KITAHAMA_ROWS = [
    ["取組項目", "所管課", "目標値", "実績値", "達成状況"],
    ["ふるさと納税の推進", "企画課", "寄附額2億円", "寄附額2.4億円", "達成"],
    ["村営バス路線の再編", "住民課", "利用者1万人", "利用者8,200人", "未達成"],
    ["公民館の統廃合", "教育総務課", "3館を2館に", "協議中", "未達成"],
    ["AI議事録作成の導入", "総務課", "作成時間50%削減", "作成時間60%削減", "達成"],
]


def kitahama_pdf(font: str) -> bytes:
    """A table set as text at column positions, without rules (as word processors print lists)."""
    pdf = _pdf(font)
    pdf.add_page()
    pdf.set_font("jp", size=13)
    pdf.cell(0, 10, "北浜村 令和6年度 ⾏政改⾰実施計画 進捗⼀覧".translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 7, "各取組の目標値と実績値は次のとおりです。".translate(COMPAT))
    pdf.ln(3)
    x_positions = (12, 62, 92, 132, 172)
    y = pdf.get_y()
    for row in KITAHAMA_ROWS:
        for x, value in zip(x_positions, row):
            pdf.text(x, y + 5, value.translate(COMPAT))
        y += 8
    pdf.set_y(y + 6)
    pdf.multi_cell(0, 7, "達成 2項目、未達成 2項目となりました。".translate(COMPAT))
    return bytes(pdf.output())


# ------------------------------------------------------------------ 東山町: PDF, two columns
HIGASHIYAMA_LEFT = [
    "(1) 公用車の削減（担当：総務課）",
    "令和3年度は公用車を2台削減した。",
    "評価：A",
    "",
    "(2) 窓口のキャッシュレス決済（担当：会計課）",
    "税・手数料の窓口でキャッシュレス決済を導入した。",
    "評価：B",
    "",
    "(3) 町営プールの廃止（担当：生涯学習課）",
    "住民説明会を開催したが合意に至っていない。",
    "評価：C",
]
HIGASHIYAMA_RIGHT = [
    "(4) 図書館の指定管理者制度導入（担当：社会教育課）",
    "令和4年度からの導入に向け事業者を公募した。",
    "評価：B",
    "",
    "(5) 住民票のオンライン申請（担当：住民課）",
    "マイナンバーカードによるオンライン申請を開始した。",
    "評価：A",
    "",
    "(6) 水道料金の見直し（担当：上下水道課）",
    "審議会に諮問し、答申を受けた。",
    "評価：A",
]


def higashiyama_pdf(font: str) -> bytes:
    """A title across the page, then two columns of numbered items side by side."""
    pdf = _pdf(font)
    pdf.add_page()
    pdf.set_font("jp", size=13)
    pdf.cell(0, 10, "東山町 令和3年度 ⾏財政改⾰の取組報告".translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=9)
    top = pdf.get_y() + 4
    for x, lines in ((12, HIGASHIYAMA_LEFT), (110, HIGASHIYAMA_RIGHT)):
        y = top
        for line in lines:
            if line:
                pdf.text(x, y, line.translate(COMPAT))
            y += 6
    return bytes(pdf.output())


# ------------------------------------------------------------------ 桜川町: Excel 事務事業評価シート
SAKURAGAWA_PROJECTS = [
    # sheet, 事業名, 担当課, 事業費, 成果指標, 目標値, 実績値, 評価, 方向性
    ("01", "放課後児童クラブ運営事業", "こども家庭課", 48200, "待機児童数", "0人", "3人", "B", "拡充"),
    ("02", "高齢者配食サービス事業", "高齢福祉課", 12560, "利用者数", "400人", "412人", "A", "継続"),
    ("03", "地域公共交通運行事業", "都市計画課", 86300, "デマンド交通の利用者数", "15,000人", "11,240人", "C", "改善"),
]


def sakuragawa_xlsx() -> bytes:
    """One sheet per project: label cells with their values beside them, two pairs on a row."""
    sheets = {}
    for number, name, office, cost, indicator, target, actual, grade, direction in SAKURAGAWA_PROJECTS:
        sheets[f"評価シート{number}"] = [
            ["令和4年度 事務事業評価シート（桜川町）"],
            [],
            ["事業名", name, "", "担当課", office],
            ["事業費（千円）", cost, "", "事業期間", "平成28年度～"],
            ["事業の目的", "町民の生活を支える"],
            [],
            ["成果指標", indicator],
            ["目標値", target, "", "実績値", actual],
            [],
            ["評価", grade, "", "今後の方向性", direction],
        ]
    return xlsx_bytes(sheets, first_column=2)


# ------------------------------------------------------------------ 南台市: Excel progress list
MINAMIDAI_ROWS = [
    ["番号", "取組項目", "所管部署", "目標（令和7年度）", "令和5年度実績", "進捗"],
    ["Ⅰ-1", "電子申請の拡充", "DX推進室", "200手続", "145手続", "◎"],
    ["Ⅰ-2", "窓口案内の多言語化", "市民生活課", "5言語対応", "3言語対応", "○"],
    ["Ⅱ-1", "下水道事業の広域化", "下水道経営課", "協定締結", "検討会を設置", "△"],
    ["Ⅱ-2", "市債残高の縮減", "財政課", "残高400億円以下", "残高412億円", "△"],
    ["Ⅲ-1", "時間外勤務の削減", "職員課", "前年度比10%削減", "前年度比12%削減", "◎"],
]


def minamidai_xlsx() -> bytes:
    rows = [["南台市行政改革推進計画 進捗管理表（令和5年度）"], ["進捗：◎順調 ○概ね順調 △遅れ"], []]
    rows += MINAMIDAI_ROWS
    rows += [[], ["◎ 2件", "", "○ 1件", "", "△ 2件"]]
    return xlsx_bytes({"進捗管理表": rows}, first_column=1)


# ------------------------------------------------------------------ 港北市: Word 取組報告
KOHOKU_ITEMS = [
    ("■ 基本方針1 市民サービスの向上", [
        ("1", "オンライン手続の拡大", "デジタル推進課", "オンライン化手続数 150手続（令和7年度）",
         "112手続をオンライン化した。", "B（概ね順調）"),
        ("2", "窓口の待ち時間短縮", "市民窓口課", "平均待ち時間 15分以内", "平均待ち時間 12分", "A（順調）"),
    ]),
    ("■ 基本方針2 持続可能な財政運営", [
        ("3", "ごみ収集業務の委託拡大", "環境事業課", "委託率 80%", "委託率 64%", "C（遅れている）"),
        ("4", "未利用市有地の売却", "資産活用課", "5年間で10件売却", "3件を売却（1億2千万円）", "A（順調）"),
    ]),
]


def kohoku_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("港北市 第4次行政改革大綱 令和5年度 取組報告", level=1)
    document.add_paragraph("大綱に掲げた取組の令和5年度の実施状況を報告します。")
    for heading, items in KOHOKU_ITEMS:
        document.add_paragraph(heading)
        for number, title, office, target, actual, grade in items:
            document.add_paragraph(f"{number} {title}")
            document.add_paragraph(f"【所管課】{office}")
            document.add_paragraph(f"【目標】{target}")
            document.add_paragraph(f"【令和5年度の実績】{actual}")
            document.add_paragraph(f"【評価】{grade}")
    document.add_paragraph("■ 評価の集計")
    table = document.add_table(rows=0, cols=3)
    for row in (["評価", "件数", "割合"], ["A", "2", "50.0%"], ["B", "1", "25.0%"], ["C", "1", "25.0%"]):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ 川北市: Word table, two-row header
KAWAKITA_ROWS = [
    ["1", "事務の電子決裁化", "総務課", "電子決裁率90%", "電子決裁率93%", "◎"],
    ["2", "公共施設の長寿命化", "施設マネジメント課", "計画の策定", "計画を策定", "◎"],
    ["3", "補助金の整理合理化", "財政課", "10件廃止", "4件廃止", "△"],
]


def kawakita_docx() -> bytes:
    """A Word table whose header is two rows: 「令和5年度」 merged over 目標 and 実績, the other
    header cells merged down (Word repeats their text in the merged grid cells)."""
    import docx

    document = docx.Document()
    document.add_paragraph("川北市行政改革実施計画 令和5年度取組状況")
    document.add_paragraph("評価 ◎：計画どおり ○：概ね計画どおり △：遅れ")
    table = document.add_table(rows=2 + len(KAWAKITA_ROWS), cols=6)
    for n, name in enumerate(["No.", "取組項目", "所管課", "令和5年度", "", "評価"]):
        table.cell(0, n).text = name
    table.cell(1, 3).text = "目標"
    table.cell(1, 4).text = "実績"
    table.cell(0, 3).merge(table.cell(0, 4))
    for n in (0, 1, 2, 5):
        table.cell(0, n).merge(table.cell(1, n))
    for r, row in enumerate(KAWAKITA_ROWS, 2):
        for n, value in enumerate(row):
            table.cell(r, n).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ 西原市: web page
NISHIHARA_ROWS = [
    ["番号", "取組名", "担当課", "進捗状況", "達成度"],
    ["1-1", "市ホームページの刷新", "広報課", "令和4年10月に公開", "達成"],
    ["1-2", "証明書のコンビニ交付", "市民課", "交付率18%", "一部達成"],
    ["2-1", "下水道使用料の改定", "下水道課", "審議会で検討中", "未達成"],
    ["2-2", "保育所の民営化", "保育課", "1園を民営化", "達成"],
    ["3-1", "職員定数の適正化", "職員課", "定数1,020人", "未達成"],
]


def nishihara_html() -> bytes:
    rows = "\n".join(
        "<tr>" + "".join((f"<th>{c}</th>" if n == 0 else f"<td>{c}</td>") for c in row) + "</tr>"
        for n, row in enumerate(NISHIHARA_ROWS))
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>行財政改革推進プランの進捗状況（令和4年度） | 西原市</title></head>
<body>
<header id="header"><a href="/">西原市</a><form><input type="search"></form></header>
<nav id="gnavi"><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/shisei/">市政情報</a></li></ul></nav>
<div class="pankuzu"><a href="/">トップ</a> &gt; 市政情報 &gt; 行財政改革</div>
<div id="contents">
<h1>行財政改革推進プランの進捗状況（令和4年度）</h1>
<p class="update">更新日：2023年7月14日</p>
<p>西原市行財政改革推進プランに掲げた30項目の令和4年度の進捗状況をお知らせします。</p>
<h2>進捗状況の概要</h2>
<ul>
<li>達成 12項目（40.0%）</li>
<li>一部達成 10項目（33.3%）</li>
<li>未達成 8項目（26.7%）</li>
</ul>
<h2>主な取組の進捗状況</h2>
<table border="1">
{rows}
</table>
<p>お問い合わせ：行政経営課 電話 0000-00-0000</p>
</div>
<footer id="footer"><p>西原市役所 〒000-0000 西原市本町1-1</p><p>Copyright © Nishihara City</p></footer>
</body></html>"""
    return page.encode("utf-8")


PDFS = {"aobadai.pdf": aobadai_pdf, "kitahama.pdf": kitahama_pdf, "higashiyama.pdf": higashiyama_pdf}


def pdf_bytes(name: str) -> bytes:
    """The PDF written now when the machine has a Japanese font, else the committed copy."""
    font = japanese_font()
    if font is not None:
        return PDFS[name](font)
    return (FIXTURES / name).read_bytes()


def documents() -> dict[str, bytes]:
    """Every made document, by file name (the name says nothing of its format: content decides)."""
    docs = {name: pdf_bytes(name) for name in PDFS}
    docs["sakuragawa.xlsx"] = sakuragawa_xlsx()
    docs["minamidai.xlsx"] = minamidai_xlsx()
    docs["kohoku.docx"] = kohoku_docx()
    docs["kawakita.docx"] = kawakita_docx()
    docs["nishihara.html"] = nishihara_html()
    return docs


if __name__ == "__main__":
    found = japanese_font()
    if found is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, make in PDFS.items():
        (FIXTURES / name).write_bytes(make(found))
        print(FIXTURES / name, (FIXTURES / name).stat().st_size)
