"""Write made56's documents into docs/: plan report (docx), committee opinions (html), joint projects (docx),
evaluation sheet (xlsx), newsletter (pdf)."""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def _font(run, size=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "IPAexGothic"
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    if size:
        run.font.size = Pt(size)


def _cell(cell, text, size=8):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    _font(run, size)


def plan_report(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(12))
    doc.add_heading(D.REPORT_TITLE, level=0)
    doc.add_paragraph(f"{D.REPORT_DATE}　{D.REPORT_BY}")
    doc.add_heading("1 報告の趣旨", level=1)
    doc.add_paragraph(
        f"{D.PLAN}（計画期間：{D.PLAN_PERIOD}）は、{len(D.INITIATIVES)}つの重点取組のもと、推進項目ごとに"
        f"{len(D.ITEMS)}の個別取組を定めて進めてきました。計画期間の終了に当たり、各年度の計画と実績（進捗評価）を"
        "重点取組ごとに取りまとめました。委員会の意見は別紙「委員会意見」のとおりです。")
    doc.add_heading("2 進捗評価の見方", level=1)
    legend = "、".join(f"{k}：{v}" for k, v in D.GRADE_LEGEND.items())
    doc.add_paragraph(
        f"進捗評価は担当課の自己評価により、実績欄に小文字のアルファベットで記載しています（{legend}）。"
        "計画欄は当該年度の取組段階（検討・準備・試行・設計・工事・実施・拡大）です。「－」は当該年度に取組がないことを示します。"
        "取組終了欄の「完了(R7)」は令和7年度に取組を完了したこと、「継続」は計画期間終了後も取組を続けることを示します。")
    doc.add_heading("3 重点取組別の進捗状況", level=1)
    for no, (name, groups) in D.INITIATIVES.items():
        doc.add_heading(f"重点取組{no}　{name}", level=2)
        items = [it for it in D.ITEMS if it[1] == no]
        ncols = 4 + 2 * len(D.YEARS) + 1
        table = doc.add_table(rows=2 + len(items), cols=ncols)
        table.style = "Table Grid"
        h0, h1 = table.rows[0].cells, table.rows[1].cells
        for i, label in enumerate(["番号", "推進項目", "個別取組", "担当課"]):
            h0[i].merge(h1[i])
            _cell(h0[i], label)
        for y, fy in enumerate(D.YEARS):
            c = 4 + 2 * y
            h0[c].merge(h0[c + 1])
            _cell(h0[c], D.YEAR_LABEL[fy])
            _cell(h1[c], "計画")
            _cell(h1[c + 1], "実績")
        h0[ncols - 1].merge(h1[ncols - 1])
        _cell(h0[ncols - 1], "取組終了")
        r = 2
        for group in groups:
            rows = [it for it in items if it[2] == group]
            first = r
            for code, _ini, _g, iname, depts, years, end in rows:
                cells = table.rows[r].cells
                _cell(cells[0], code)
                _cell(cells[2], iname)
                _cell(cells[3], "・".join(depts))
                for y, fy in enumerate(D.YEARS):
                    v = years[fy]
                    _cell(cells[4 + 2 * y], v[0] if v else "－")
                    _cell(cells[5 + 2 * y], v[1] if v else "－")
                _cell(cells[ncols - 1], end)
                r += 1
            top = table.cell(first, 1)
            if r - 1 > first:
                top = top.merge(table.cell(r - 1, 1))
            _cell(top, group)
        doc.add_paragraph("")
    doc.add_heading("4 今後に向けて", level=1)
    doc.add_paragraph("継続とした個別取組は、令和9年度からの次期プランに引き継ぎ、進捗評価を続けます。")
    doc.save(path)


def committee_html(path: Path) -> None:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
        f"<title>{esc(D.PLAN)} 委員会意見｜{esc(D.CITY)}</title></head><body>",
        f"<header><p>{esc(D.CITY)} 行政経営課</p><h1>{esc(D.PLAN)}に対する委員会意見</h1>",
        f"<p>{esc(D.COMMITTEE_DATE)}　{esc(D.COMMITTEE)}</p></header>",
        "<main>",
        "<p>本委員会は、計画期間（" + esc(D.PLAN_PERIOD) + "）の取組について、重点取組ごとに有効性を3段階で評価し、意見を付しました。</p>",
        "<p class=\"legend\">委員会評価　" + "　".join(f"{esc(k)}：{esc(v)}" for k, v in D.EVAL_LEGEND.items()) + "</p>",
    ]
    for no, (grade, ops) in D.OPINIONS.items():
        name = D.INITIATIVES[no][0]
        parts.append(f'<section id="torikumi{no}">')
        parts.append(f"<h2>重点取組{no}　{esc(name)}</h2>")
        parts.append(f'<p class="hyoka">委員会評価：<span>{esc(grade)}</span></p>')
        parts.append("<h3>委員会の意見</h3><ul>")
        parts.extend(f"<li>{esc(o)}</li>" for o in ops)
        parts.append("</ul></section>")
    parts.append("</main><footer><p>お問い合わせ：" + esc(D.CITY) + " 総務部 行政経営課</p></footer></body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def joint_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(D.JOINT_TITLE, level=0)
    doc.add_paragraph(
        f"{D.REGION}は、中心市である{D.CENTER}と" + "・".join(D.MEMBERS[1:]) +
        "の4市町村で構成しています。各連携事業の実施市町村を「構成市町村」欄に示します（◎は中心市）。"
        "事業費は令和7年度当初予算額（圏域全体、単位：千円）です。")
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    for c, label in zip(table.rows[0].cells,
                        ["番号", "政策分野", "連携事業", "構成市町村", "事業費（千円）", "進捗", "担当課（中心市）"]):
        _cell(c, label, 9)
    by_field: dict[str, list] = {}
    for p in D.JOINT:
        by_field.setdefault(p[1], []).append(p)
    for field, rows in by_field.items():
        first = len(table.rows)
        for no, _f, name, members, cost, status, dept in rows:
            cells = table.add_row().cells
            _cell(cells[0], no, 9)
            _cell(cells[2], name, 9)
            _cell(cells[3], "・".join(("◎" + m) if m == D.CENTER else m for m in members), 9)
            _cell(cells[4], f"{cost:,}" if cost is not None else "－", 9)
            _cell(cells[5], status, 9)
            _cell(cells[6], dept, 9)
        last = len(table.rows) - 1
        top = table.cell(first, 1)
        if last > first:
            top = top.merge(table.cell(last, 1))
        _cell(top, D.FIELDS[field], 9)
    doc.add_paragraph("※「令和8年度開始予定」の事業は令和7年度の事業費を計上していません。")
    doc.save(path)


def sheet_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    S = D.SHEET
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    ws["A1"] = S["title"]
    ws.merge_cells("A1:J1")
    ws["A2"] = D.CITY
    row = 3

    def label_value(label, value, height=1):
        nonlocal row
        ws.cell(row, 1, label)
        ws.merge_cells(start_row=row, start_column=1, end_row=row + height - 1, end_column=2)
        ws.cell(row, 3, value)
        ws.merge_cells(start_row=row, start_column=3, end_row=row + height - 1, end_column=10)
        row += height

    label_value("事業番号", S["number"])
    label_value("事務事業名", S["name"])
    label_value("担当部課", S["dept"])
    label_value("開始年度", S["start"])
    label_value("終了年度", S["end"])
    label_value("総合計画の位置付け", S["policy"])
    label_value("事業の目的", S["purpose"], 2)
    row += 1
    # indicators: label merged over 4 rows
    top = row
    ws.cell(row, 1, "成果等の指標")
    ws.merge_cells(start_row=row, start_column=1, end_row=row + 3, end_column=1)
    ws.cell(row, 2, "区分")
    ws.cell(row, 3, "指標名")
    ws.cell(row, 4, "単位")
    for i, fy in enumerate(S["years"]):
        c = 5 + 2 * i
        ws.cell(row, c, D.YEAR_LABEL[fy].split("（")[0])
        ws.merge_cells(start_row=row, start_column=c, end_row=row, end_column=c + 1)
        ws.cell(row + 1, c, "目標")
        ws.cell(row + 1, c + 1, "実績")
    for c in (2, 3, 4):
        ws.merge_cells(start_row=row, start_column=c, end_row=row + 1, end_column=c)
    row += 2
    for kind, key in (("活動指標", "activity"), ("成果指標", "outcome")):
        name, unit, vals = S[key]
        ws.cell(row, 2, kind)
        ws.cell(row, 3, name)
        ws.cell(row, 4, unit)
        for i, fy in enumerate(S["years"]):
            ws.cell(row, 5 + 2 * i, vals[fy][0])
            ws.cell(row, 6 + 2 * i, vals[fy][1])
        row += 1
    row += 1
    ws.cell(row, 1, "事業費（単位：千円）")
    ws.merge_cells(start_row=row, start_column=1, end_row=row + 3, end_column=1)
    ws.cell(row, 2, "区分")
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    for i, fy in enumerate(S["years"]):
        c = 5 + 2 * i
        ws.cell(row, c, D.YEAR_LABEL[fy].split("（")[0] + "決算")
        ws.merge_cells(start_row=row, start_column=c, end_row=row, end_column=c + 1)
    row += 1
    for label, vals in (("決算額", S["cost"]), ("うち特定財源", S["special"]),
                        ("うち一般財源", {fy: S["cost"][fy] - S["special"][fy] for fy in S["years"]})):
        ws.cell(row, 2, label)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        for i, fy in enumerate(S["years"]):
            c = 5 + 2 * i
            ws.cell(row, c, vals[fy])
            ws.cell(row, c).number_format = "#,##0"
            ws.merge_cells(start_row=row, start_column=c, end_row=row, end_column=c + 1)
        row += 1
    row += 1
    label_value("今後の方向性", S["direction"])
    label_value("評価の理由", S["comment"], 2)
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


def newsletter_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    N = D.NEWS
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName="IPAexG", fontSize=20, leading=26)
    h2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=13, leading=20, spaceBefore=10)
    p, t = N["proposals"], N["training"]
    flow = [
        Paragraph(f"{N['title']}　{N['issue']}", h1),
        Paragraph(f"{N['date']}発行　{D.CITY} 総務部 行政経営課", body),
        Spacer(1, 8),
        Paragraph("■ 職員提案制度　令和8年度の結果", h2),
        Paragraph(f"今年度の職員提案には{p['applied']}件の応募があり（前年度{p['applied_prev']}件）、"
                  f"審査の結果{p['adopted']}件を採用しました。最優秀賞は{p['best_by']}の「{p['best']}」です。", body),
        Paragraph("■ 研修報告", h2),
        Paragraph(f"{t['date']}に「{t['name']}」を開催しました。参加者は{t['participants']}名、"
                  f"満足度は5点満点で{t['satisfaction']}点でした。", body),
        Paragraph("■ 教えて！行革Q&amp;A", h2),
    ]
    for q, a in N["qa"]:
        flow.append(Paragraph(f"Ｑ　{q}", body))
        flow.append(Paragraph(f"Ａ　{a}", body))
        flow.append(Spacer(1, 4))
    flow += [
        Paragraph("■ お知らせ", h2),
        Paragraph(f"次回の{D.COMMITTEE}は{N['next_meeting']}に開催します。"
                  f"{D.PLAN}（{D.PLAN_PERIOD}）の最終評価について審議します。", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title=f"{N['title']} {N['issue']}").build(flow)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    plan_report(DOCS / "shirasagi_plan_shinchoku_hyoka.docx")
    committee_html(DOCS / "shirasagi_iinkai_iken.html")
    joint_docx(DOCS / "shirasagi_teijujiritsuken_renkei.docx")
    sheet_xlsx(DOCS / "shirasagi_jimujigyo_hyoka_07-jo-03.xlsx")
    newsletter_pdf(DOCS / "gyokaku_news_shirasagi_09.pdf")
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
