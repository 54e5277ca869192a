"""Write the made58 documents into docs/ (5 files) from data.py."""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def write_workbook(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws.append([f"{D.PLAN}　推進事項の進捗状況（2023年度～2025年度）"])
    ws["A1"].font = Font(bold=True)
    ws.append(["※進捗の区分は「凡例」シートを参照。委員会評価は2025年度の行にのみ記載（5段階）。"])
    ws.append(["番号", "項目名", "所管課", "年度", "進捗", "委員会評価"])
    for no, name, dept, prog, score in D.ITEMS:
        for year in D.YEARS:
            if year not in prog:
                continue
            ws.append([no, name, dept, year, prog[year], score if year == D.LAST_YEAR else None])
    for col, width in zip("ABCDEF", (6, 30, 16, 8, 8, 12)):
        ws.column_dimensions[col].width = width
    lg = wb.create_sheet("凡例")
    lg.append(["進捗", "説明"])
    for word in D.PROGRESS_WORDS:
        lg.append([word, D.LEGEND[word]])
    lg.append([])
    lg.append(["委員会評価", "5：大いに評価できる　4：評価できる　3：概ね妥当　2：改善が必要　1：抜本的な見直しが必要"])
    wb.save(path)


def write_committee(path: Path) -> None:
    lines = [
        f"{D.PLAN}に関する意見書",
        "",
        f"{D.COMMITTEE_DATE}",
        f"{D.COMMITTEE}",
        "",
        f"　本委員会は、{D.PLAN}（計画期間：{D.PLAN_PERIOD}）の令和7年度までの取組状況について審議し、",
        "取組方針ごとに評価と意見を取りまとめたので、次のとおり報告する。",
        "",
    ]
    for no, title, score, items in D.POLICIES:
        lo, hi = items[0], items[-1]
        lines.append(f"■取組方針{str(no).translate(ZEN)}　{title}")
        lines.append(f"　対象推進事項：{str(lo).translate(ZEN)}～{str(hi).translate(ZEN)}")
        lines.append(f"　評価：{str(score).translate(ZEN)}（５段階）")
        lines.append("　委員の意見")
        for op in D.OPINIONS[no]:
            lines.append(f"　・{op}")
        lines.append("")
    lines.append("以上")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def yen(v):
    return "－" if v is None else f"{v:,}"


def write_joint_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    title = ParagraphStyle("t", fontName="IPAexG", fontSize=13, leading=18)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9, leading=12)
    cell = ParagraphStyle("c", fontName="IPAexG", fontSize=8, leading=10)
    story = [
        Paragraph(f"{D.REGION}　連携事業一覧（令和7年度）", title),
        Spacer(1, 6),
        Paragraph(f"構成市町村：{'、'.join(D.MEMBERS)}（連携中枢都市：{D.MEMBERS[0]}）", body),
        Paragraph("事業費の単位は千円。「全市町」は圏域の全ての構成市町村が参加する事業。", body),
        Spacer(1, 8),
    ]
    rows = [["番号", "事業名", "連携市町", "開始年度", "R6事業費\n（千円）", "R7事業費\n（千円）"]]
    for no, name, who, start, r6, r7 in D.JOINT:
        members = who if who == D.ALL else "・".join(who)
        rows.append([str(no), Paragraph(name, cell), Paragraph(members, cell), f"令和{start}年度", yen(r6), yen(r7)])
    t = Table(rows, colWidths=[28, 140, 150, 60, 55, 55], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (4, 1), (5, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(t)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=36, rightMargin=36).build(story)


def write_cases(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("行財政改革 先進事例集（令和7年度版）", level=1)
    doc.add_paragraph(f"{D.PLAN}の推進に当たり参考とした他自治体の先進事例を紹介する。")
    for town, pref, theme, outline, effect in D.CASES:
        doc.add_heading(f"{town}（{pref}）", level=2)
        doc.add_paragraph(f"テーマ：{theme}")
        p = doc.add_paragraph()
        p.add_run("取組の概要").bold = True
        doc.add_paragraph(outline)
        p = doc.add_paragraph()
        p.add_run("効果").bold = True
        doc.add_paragraph(effect)
    doc.save(path)


def write_sheets(path: Path) -> None:
    items = {no: (name, dept) for no, name, dept, _, _ in D.ITEMS}
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        f"<title>{D.PLAN} 進行管理表</title></head><body>",
        f"<h1>{D.PLAN} 進行管理表（令和7年度末時点）</h1>",
        "<p>自己評価　A：計画どおり実施　B：一部未実施　C：実施できなかった</p>",
    ]
    for no, (years, direction) in D.SHEETS.items():
        name, dept = items[no]
        out.append(f"<table border=\"1\">")
        out.append(f"<caption>推進事項{no}　{html.escape(name)}（所管：{dept}）</caption>")
        out.append("<tr><th>年度</th><th>計画</th><th>実績</th><th>自己評価</th></tr>")
        for r, (plan, actual, grade) in years.items():
            out.append(f"<tr><td>令和{r}年度</td><td>{html.escape(plan)}</td><td>{html.escape(actual)}</td><td>{grade}</td></tr>")
        out.append(f"<tr><th>今後の方向性</th><td colspan=\"3\">{direction}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_workbook(DOCS / "kitaminato_kaikaku_shinchoku.xlsx")
    write_committee(DOCS / "kitaminato_iinkai_ikensho.txt")
    write_joint_pdf(DOCS / "minato_renkei_jigyo_r7.pdf")
    write_cases(DOCS / "senshin_jirei_r7.docx")
    write_sheets(DOCS / "kitaminato_shinko_kanri.html")
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
