"""Write the made60 documents into docs/: PDF 個票, HTML 一覧, XLSX 広域連合, TXT 事例集, DOCX 行革だより."""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def fmt(value, unit: str) -> str:
    if value is None:
        return "―"
    if isinstance(value, float):
        return f"{value:.1f}{unit}"
    return f"{value:,}{unit}"


def period(item: dict) -> str:
    return f"令和{item['start']}年度～令和{item['end']}年度"


def write_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=10, leading=15)
    head = ParagraphStyle("h", fontName="IPAexG", fontSize=15, leading=22)
    sub = ParagraphStyle("s", fontName="IPAexG", fontSize=11, leading=17)
    grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story = [Paragraph(data.REPORT_TITLE, head), Spacer(1, 6),
             Paragraph(f"{data.REPORT_DATE}　{data.COMMITTEE}", sub), Spacer(1, 10),
             Paragraph(f"本書は、{data.PLAN}（計画期間 令和6年度～令和9年度）の改革項目ごとに、年度別の目標・実績・評価と、"
                       "委員会の意見を1項目1枚の個票にまとめたものです。評価は担当課の実績をもとに達成率（実績÷目標）で付けています。", body),
             Spacer(1, 10), Paragraph("評価の凡例", sub)]
    story.append(Table([["記号", "意味"]] + [list(r) for r in data.GRADE_LEGEND], colWidths=[50, 330], style=grid))
    story += [Spacer(1, 10), Paragraph("委員会評点は、委員7名が4点満点で付けた点数の平均です。", body),
              Spacer(1, 10), Paragraph("取組方針", sub)]
    story.append(Table([["記号", "取組方針", "改革項目数"]] +
                       [[k, v, f"{sum(1 for i in data.ITEMS if i['policy'] == k)}項目"] for k, v in data.POLICIES.items()],
                       colWidths=[50, 250, 80], style=grid))
    for item in data.ITEMS:
        story.append(PageBreak())
        story.append(Paragraph(f"改革項目個票　取組方針{item['policy']}　{data.POLICIES[item['policy']]}", sub))
        story.append(Spacer(1, 6))
        label = [["項目番号", item["code"]], ["項目名", item["name"]], ["所管課", item["dept"]],
                 ["取組期間", period(item)], ["指標", f"{item['indicator']}（単位：{item['unit']}）"]]
        story.append(Table(label, colWidths=[80, 330], style=grid))
        story.append(Spacer(1, 10))
        rows = [["年度", "目標", "実績", "評価"]]
        for y, v in data.item_years(item).items():
            actual = fmt(v["actual"], item["unit"])
            if v["target"] is not None and v["actual"] is None:
                actual = "（廃止）"
            rows.append([f"令和{y}年度", fmt(v["target"], item["unit"]), actual, v["grade"]])
        story.append(Table(rows, colWidths=[80, 110, 110, 50], style=grid))
        story.append(Spacer(1, 10))
        story.append(Paragraph(f"状況：{item['status']}" + (f"　備考：{item['note']}" if item.get("note") else ""), body))
        story.append(Paragraph(f"委員会評点：{item['score']:.1f}点（4点満点）", body))
        story.append(Spacer(1, 6))
        story.append(Paragraph("委員会意見", sub))
        story.append(Paragraph(item["opinion"], body))
    SimpleDocTemplate(str(path), pagesize=A4, title=data.REPORT_TITLE, author=data.COMMITTEE).build(story)


def write_html(path: Path) -> None:
    rows = []
    for item in data.ITEMS:
        cells = [item["code"], item["name"], item["dept"], data.final_grade(item), item["status"]]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    legend = "、".join(f"{g}：{m}" for g, m in data.GRADE_LEGEND)
    doc = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{data.PLAN} 改革項目一覧</title></head>
<body>
<h1>{data.PLAN} 改革項目一覧（令和9年度末現在）</h1>
<p>{data.CITY} 総務部 行政経営課</p>
<p>計画期間（令和6年度～令和9年度）の改革項目{len(data.ITEMS)}件の最終的な状況です。「最終年度の評価」は各項目の取組期間の最後の年度の評価で、廃止した項目は「―」としています。年度別の目標・実績と委員会意見は、改革項目個票（PDF）をご覧ください。</p>
<p>評価の凡例：{html.escape(legend)}</p>
<table border="1">
<thead><tr><th>番号</th><th>項目名</th><th>所管課</th><th>最終年度の評価</th><th>状況</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>状況：「完了」は取組期間内に目標を達成して終了したもの、「継続」は次期計画に引き継ぐもの、「廃止」は期間途中で取りやめたものです。</p>
</body></html>
"""
    path.write_text(doc, encoding="utf-8")


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for field in data.FIELDS:
        ws = wb.create_sheet(field)
        ws["A1"] = f"{data.UNION} 共同事業一覧（{field}分野）"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"構成団体：{'、'.join(data.MEMBERS)}　　事業費の単位：千円（{data.JP_YEARS[0]}～{data.JP_YEARS[-1]}年度）"
        header = ["番号", "事業名", "事業概要", "参加団体", "主担当"] + [f"{y}年度" for y in data.JP_YEARS]
        ws.append([])
        ws.append(header)
        ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=9)
        ws.cell(3, 6, "事業費（千円）").alignment = Alignment(horizontal="center")
        for row in data.JOINT:
            if row[1] != field:
                continue
            members = row[4] if row[4] == data.ALL else "、".join(row[4])
            costs = ["―" if c is None else c for c in row[6]]
            ws.append([row[0], row[2], row[3], members, row[5]] + costs)
        for col, width in zip("ABCDEFGHI", (6, 28, 50, 26, 10, 11, 11, 11, 11)):
            ws.column_dimensions[col].width = width
        for r in ws.iter_rows(min_row=5, min_col=6, max_col=9):
            for c in r:
                if isinstance(c.value, int):
                    c.number_format = "#,##0"
    wb.properties.title = f"{data.UNION} 共同事業一覧"
    wb.save(path)


def write_txt(path: Path) -> None:
    lines = [data.CASE_TITLE, "", data.CASE_PUBLISHER, "",
             "県内の市町村が取り組んだ行財政改革の事例を紹介します。数値は各団体からの報告によります。", ""]
    for n, title, places, summary, result in data.CASES:
        lines += [f"【事例{n}】{title}", "", f"【自治体】{'・'.join(places)}", "", f"【概要】{summary}", "",
                  f"【成果】{result}", "", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.title = f"{data.NEWS_TITLE} {data.NEWS_ISSUE}"
    doc.add_heading(f"{data.NEWS_TITLE}　{data.NEWS_ISSUE}", level=0)
    doc.add_paragraph(f"{data.NEWS_DATE}発行　{data.NEWS_PUBLISHER}")
    for date, heading, paras in data.NEWS:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(f"（{date}）")
        for p in paras:
            doc.add_paragraph(p)
    doc.add_paragraph("お問い合わせ：潮見市 総務部 行政経営課（内線2135）")
    doc.save(path)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_pdf(DOCS / "shiomi_kaikaku_kohyo_R6-R9.pdf")
    write_html(DOCS / "shiomi_kaikaku_ichiran.html")
    write_xlsx(DOCS / "shiomi_kouiki_kyodo_jigyo_2024-2027.xlsx")
    write_txt(DOCS / "unabara_jireishu_R8.txt")
    write_docx(DOCS / "shiomi_gyokaku_dayori_09.docx")
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
