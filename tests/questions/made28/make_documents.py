"""Write the made28 documents (豊岡市, 日田市, 加賀市; five formats) into docs/.

Run: .venv/bin/python -m tests.questions.made28.make_documents
"""
from __future__ import annotations

import html
import unicodedata
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.questions.made28 import data as d

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

XLSX_NAME = "豊岡市_行財政改革実施計画_令和6年度進捗状況.xlsx"
DOCX_NAME = "豊岡市_行財政改革推進委員会_会議録_令和6年度第2回.docx"
PDF_NAME = "日田市_事務事業評価結果一覧_令和6年度.pdf"
HTML_NAME = "日田市_補助金見直し一覧_令和7年度.html"
TXT_NAME = "加賀市_行革だより_第12号.txt"


# --- 豊岡市 progress list: two-level heading, chapter rows, subtotals, blanks, notes ---------------
def write_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "令和6年度進捗"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "豊岡市行財政改革実施計画（令和5年度～令和8年度）　令和6年度 取組の進捗状況"
    ws.merge_cells("A1:M1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和7年6月　豊岡市 総務部 行財政改革推進課"
    ws.merge_cells("A2:M2")
    ws["A2"].alignment = Alignment(horizontal="right")
    top = {"A": "番号", "B": "取組項目", "C": "担当課", "D": "実施期間", "F": "目標指標", "G": "単位",
           "H": "令和6年度", "J": "進捗", "K": "効果額（千円）", "M": "備考"}
    sub = {"D": "開始", "E": "終了", "H": "目標値", "I": "実績値", "K": "計画", "L": "実績"}
    for col, text in top.items():
        ws[f"{col}4"] = text
    for col, text in sub.items():
        ws[f"{col}5"] = text
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5", "H4:I4", "J4:J5", "K4:L4", "M4:M5"):
        ws.merge_cells(rng)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for row in ws.iter_rows(min_row=4, max_row=5, max_col=13):
        for cell in row:
            cell.fill, cell.border = head_fill, box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    total_plan = total_actual = 0
    for chapter, items in d.TOYOOKA_CHAPTERS:
        ws.cell(r, 1, chapter).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for (no, name, dept, start, end, indicator, unit, target, actual, grade, plan, done, note) in items:
            values = [no, name, dept, start, end, indicator, unit, _number(target), _number(actual), grade,
                      plan, done, note or None]
            for c, v in enumerate(values, 1):
                cell = ws.cell(r, c, v)
                cell.border = box
                if isinstance(v, (int, float)) and c >= 8:
                    cell.number_format = "#,##0.0" if isinstance(v, float) else "#,##0"
            r += 1
        plan_sum = sum(i[10] or 0 for i in items)
        done_sum = sum(i[11] or 0 for i in items)
        total_plan, total_actual = total_plan + plan_sum, total_actual + done_sum
        ws.cell(r, 2, "小計")
        ws.cell(r, 11, plan_sum).number_format = "#,##0"
        ws.cell(r, 12, done_sum).number_format = "#,##0"
        r += 1
    ws.cell(r, 2, "合計").font = Font(bold=True)
    ws.cell(r, 11, total_plan).number_format = "#,##0"
    ws.cell(r, 12, total_actual).number_format = "#,##0"
    r += 2
    legend = "　".join(f"{g}：{text}" for g, text in d.TOYOOKA_GRADES)
    for note in (f"※進捗の区分　{legend}",
                 "※効果額は令和6年度の単年度の財政効果額（見込みを含む）。金額で表せない取組は空欄としている。",
                 "※目標値・実績値が空欄の取組は、令和7年度から着手するもの。"):
        ws.cell(r, 1, note)
        r += 1
    for col, width in zip("ABCDEFGHIJKLM", (6, 30, 22, 6, 6, 26, 7, 10, 10, 6, 10, 10, 24)):
        ws.column_dimensions[col].width = width
    wb.save(path)


def _number(text: str):
    """A cell value as Excel would hold it: numbers as numbers, an empty cell as None."""
    if not text:
        return None
    plain = text.replace(",", "")
    return float(plain) if "." in plain else int(plain)


# --- 豊岡市 minutes: info table, numbered 議事, opinion table with a merged two-row heading ---------
def write_docx(path: Path) -> None:
    m = d.TOYOOKA_MEETING
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "IPAexGothic"
    title = doc.add_paragraph(m["title"])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for label, value in (("日時", m["date"]), ("場所", m["place"]), ("出席者", m["members"]),
                         ("事務局", f"総務部長、{m['office']}長ほか3名")):
        cells = info.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("")
    doc.add_paragraph("１　開会")
    doc.add_paragraph("２　議事")
    doc.add_paragraph("（１）令和6年度 豊岡市行財政改革実施計画の上半期の進捗状況について")
    doc.add_paragraph("事務局から、25取組のうち令和6年度に着手した23取組の上半期の状況を説明した。"
                      "効果額は9月末時点で計画の約5割を確保しているが、指定管理者制度の導入拡大と"
                      "企業版ふるさと納税は計画を下回る見込みであることを報告した。")
    doc.add_paragraph("（２）前回の委員意見への市の対応について")
    doc.add_paragraph("事務局から、第1回及び今回の会議で出された委員意見と市の対応を次のとおり説明した。")
    table = doc.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    heads = ["番号", "委員の意見", "関連取組", "担当課", "市の対応", "", ""]
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["", "", "", "", "対応区分", "対応方針", "対応時期"]):
        cell.text = text
    for col in range(4):  # the single headings span both heading rows
        table.cell(0, col).merge(table.cell(1, col)).text = heads[col]
    table.cell(0, 4).merge(table.cell(0, 6)).text = "市の対応"
    for no, opinion, related, dept, kind, policy, when in d.TOYOOKA_OPINIONS:
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(no), opinion, f"No.{related}" if related else "", dept, kind, policy, when]):
            cell.text = text
    doc.add_paragraph("※対応区分　反映済み：対応を終えたもの／一部反映：一部を対応したもの／"
                      "検討中：対応を検討しているもの／対応困難：現時点で対応が難しいもの")
    doc.add_paragraph("（３）次期行財政改革大綱の策定方針について")
    doc.add_paragraph("事務局から、令和8年度に次期大綱（令和9年度～令和12年度）を策定する方針を説明した。"
                      "委員からは、市民アンケートを早めに実施し、若い世代の意見を反映してほしいとの意見があった。")
    doc.add_paragraph("３　その他")
    doc.add_paragraph("次回の委員会は令和7年7月下旬に開催し、令和6年度の実績を報告する。")
    doc.add_paragraph("４　閉会")
    doc.save(path)


# --- 日田市 evaluation list: one table over two pages, repeated heading, total, legend -------------
def write_pdf(path: Path) -> None:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.add_font("ipaexg", "", FONT)
    pdf.add_font("ipaexg", "B", FONT)  # table headings are bold; the face has no bold of its own
    pdf.set_font("ipaexg", size=13)
    pdf.add_page()
    pdf.cell(0, 9, "令和6年度 事務事業評価結果一覧（令和5年度実施事業）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipaexg", size=9)
    pdf.cell(0, 6, "日田市 総務企画部 企画課　令和6年9月", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("ipaexg", size=8.5)
    total = sum(e[3] for e in d.HITA_EVALUATIONS)
    rows = [["No.", "事務事業名", "所管課", "決算額（千円）", "達成率（％）", "評価", "今後の方向性"]]
    for no, name, dept, cost, rate, grade, direction in d.HITA_EVALUATIONS:
        rows.append([str(no), name, dept, f"{cost:,}", "－" if rate is None else f"{rate:.1f}", grade, direction])
    rows.append(["", f"合計（{len(d.HITA_EVALUATIONS)}事業）", "", f"{total:,}", "", "", ""])
    with pdf.table(col_widths=(10, 52, 32, 24, 22, 12, 24), text_align=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "CENTER"),
                   line_height=6.4, repeat_headings=1) as table:
        for values in rows:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(3)
    pdf.set_font("ipaexg", size=8)
    legend = "　".join(f"{g}：{t}" for g, t in d.HITA_GRADES)
    for note in ("※決算額は令和5年度の一般会計決算額（人件費を除く）。",
                 "※達成率は成果指標の目標値に対する実績値の割合。成果指標を設定していない事業は「－」。",
                 f"※評価　{legend}",
                 "※今後の方向性　拡充／継続／改善／縮小／休止／廃止"):
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --- 日田市 subsidy review: HTML table, 所管課 merged down with rowspan, blank cells, total -------
def write_html(path: Path) -> None:
    rows = d.HITA_SUBSIDIES
    spans: dict[int, int] = {}
    for i, row in enumerate(rows):
        if i and rows[i - 1][2] == row[2]:
            continue
        n = 1
        while i + n < len(rows) and rows[i + n][2] == row[2]:
            n += 1
        spans[i] = n
    body = []
    for i, (no, name, dept, to, r6, r7, kind, content) in enumerate(rows):
        dept_cell = f'<td rowspan="{spans[i]}">{html.escape(dept)}</td>' if i in spans else ""
        r7_text = "－" if r7 is None else f"{r7:,}"
        body.append(f"<tr><td>{no}</td><td>{html.escape(name)}</td>{dept_cell}<td>{html.escape(to)}</td>"
                    f'<td class="n">{r6:,}</td><td class="n">{r7_text}</td><td>{kind}</td>'
                    f"<td>{html.escape(content)}</td></tr>")
    r6_total = sum(r[4] for r in rows)
    r7_total = sum(r[5] or 0 for r in rows)
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>補助金の見直し結果（令和7年度） | 日田市</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #666;padding:2px 6px}} td.n{{text-align:right}}</style>
</head>
<body>
<div id="header"><a href="/">日田市ホームページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行財政改革</div>
<main>
<h1>補助金の見直し結果（令和7年度）</h1>
<p>更新日：2025年4月1日　担当：財政課</p>
<p>日田市補助金等見直し基準（令和5年10月策定）に基づき、令和6年度に交付した団体運営補助金・事業補助金を点検し、
令和7年度予算に反映しました。見直しの結果は次のとおりです。</p>
<table>
<caption>補助金見直し一覧（単位：千円）</caption>
<thead>
<tr><th rowspan="2">番号</th><th rowspan="2">補助金名</th><th rowspan="2">所管課</th><th rowspan="2">交付先</th><th colspan="2">金額</th><th rowspan="2">見直し区分</th><th rowspan="2">見直し内容</th></tr>
<tr><th>令和6年度交付額</th><th>令和7年度予算額</th></tr>
</thead>
<tbody>
{chr(10).join(body)}
</tbody>
<tfoot>
<tr><td></td><td>合計</td><td></td><td></td><td class="n">{r6_total:,}</td><td class="n">{r7_total:,}</td><td></td><td></td></tr>
</tfoot>
</table>
<p>※見直し区分　継続：現行どおり／拡充：対象や金額を広げる／縮減：補助率・金額を減らす／統合：他の補助金とまとめる／廃止：令和6年度で終了</p>
<p>※令和7年度予算額の「－」は、廃止または統合により予算を計上していないもの。</p>
<h2>お問い合わせ</h2>
<p>財政課 財政係　電話：0973-22-0000</p>
</main>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --- 加賀市 newsletter: free text, a space-aligned table with rules, numbered topics ---------------
def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(width - _width(text), 0)
    return space + text if right else text + space


def write_txt(path: Path) -> None:
    widths = (28, 30, 6, 14, 10)
    head = ["施設名", "指定管理者", "評価", "利用者数（人）", "前年度比"]
    lines = [
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
        "　加賀市 行革だより　第12号",
        "　令和7年4月発行　加賀市 総務部 行政経営課",
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
        "",
        "■ 第3次加賀市行政改革大綱 3年目を迎えて",
        "",
        "　令和5年度に始まった第3次加賀市行政改革大綱（令和5年度～令和9年度）は、今年度で3年目を迎えます。",
        "令和6年度は、全48項目の取組のうち40項目が計画どおりに進み、財政効果額は約3億2千万円となりました。",
        "詳しい進捗状況は市ホームページに掲載しています。",
        "",
        "■ 指定管理施設の評価結果（令和6年度）",
        "",
        "　指定管理者が管理する8施設について、利用者アンケートと現地調査をもとに評価しました。",
        "",
        "  " + "".join(_pad(h, w) for h, w in zip(head, widths)),
        "  " + "-" * sum(widths),
    ]
    for name, operator, grade, users, ratio in d.KAGA_FACILITIES:
        lines.append("  " + _pad(name, widths[0]) + _pad(operator, widths[1]) + _pad(grade, widths[2])
                     + _pad(f"{users:,}", widths[3] - 2, right=True) + "  " + _pad(f"{ratio:.1f}%", widths[4] - 2, right=True))
    lines.append("  " + "-" * sum(widths))
    legend = "　".join(f"{g}：{t}" for g, t in d.KAGA_FACILITY_GRADES)
    lines += [
        f"  ※評価　{legend}",
        "  ※評価がCの施設は、指定管理者に改善計画の提出を求めています。",
        "",
        "■ 今年度の主な取組",
        "",
    ]
    for no, heading, text, dept in d.KAGA_TOPICS:
        lines += [f"{no}．{heading}（担当：{dept}）", f"　{text}", ""]
    lines += [
        "■ 行政改革推進委員を募集します",
        "",
        "　加賀市行政改革推進委員会の市民委員を2名募集します。応募の締切は令和7年5月16日（金）です。",
        "",
        "【お問い合わせ】加賀市 総務部 行政経営課　電話 0761-72-0000",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / XLSX_NAME)
    write_docx(DOCS / DOCX_NAME)
    write_pdf(DOCS / PDF_NAME)
    write_html(DOCS / HTML_NAME)
    write_txt(DOCS / TXT_NAME)
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
