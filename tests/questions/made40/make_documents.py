"""Write the made40 documents to tests/questions/made40/docs/: 東郷町 plan report (TXT, 令和5〜8年度, parts reordered,
no progress sheets), 三郷市 evaluation sheet (DOCX), 松本市・塩尻市 joint projects (PDF), 令和7年 case studies (XLSX).

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made40.make_documents"""
from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.questions.made40 import data as D

DOCS = Path(__file__).parent / "docs"
rl_config.invariant = 1  # reproducible PDF bytes (no creation date)
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

TXT_NAME = "東郷町_行財政改革推進プラン第2期_取組の評価に関する意見書_令和8年6月.txt"
DOCX_NAME = "三郷市_事務事業評価シート_江戸川流域広域連携推進事業_令和6年度決算.docx"
PDF_NAME = "松本市_塩尻市_連携事業の進捗状況_令和7年度.pdf"
XLSX_NAME = "行政改革の取組事例集_令和7年3月.xlsx"


def status(end: str) -> str:
    """This edition's own 終了 marker: 「完了（R6）」 in a 取組状況 column, 「実施中」 while it continues."""
    return f"完了（{end}）" if end else "実施中"


def freeze_zip(path: Path) -> None:
    """Make a DOCX/XLSX reproducible: fixed entry times and fixed created/modified dates in docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            if name == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", blob)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), blob, zipfile.ZIP_DEFLATED)


def averages(no: str) -> tuple[list[float], float, int]:
    rows = [p for p in D.PRACTICES if p[1] == no]
    means = [round(sum(p[4][i] for p in rows) / len(rows) + 1e-9, 1) for i in range(4)]
    return means, round(sum(means), 1), len(rows)


# ------------------------------------------------------------------------------------------ TXT
def write_txt(path: Path) -> None:
    L: list[str] = [D.PLAN, D.REPORT_TITLE, "", D.REPORT_DATE, D.COMMITTEE, "",
                    "1．はじめに",
                    f"令和5年度から令和8年度までの4年間を計画期間とする『{D.PLAN}』について、本懇話会は、"
                    "担当課による実践項目の自己評価（令和5年度から令和7年度までの3年度分）を踏まえ、取組項目ごとに意見を取りまとめました。"
                    "令和8年度の取組は計画期間の終了後に評価します。", "",
                    "2．評価の方法",
                    "担当課は実践項目ごとに年度の取組をA（計画以上）、B（計画どおり）、C（やや遅れ）、D（大幅な遅れ）で自己評価し、"
                    "【進捗度・連携度・効率性・創造性】の4項目を0～3点で総括して総合評価（A～D）を付けています。"
                    "取組状況の欄の「完了（R6）」は令和6年度をもって取組を完了したことを、「実施中」は令和8年度も取組を続けていることを示します。"
                    "年度欄の「－」は完了後の年度、空欄はその年度に未着手であることを示します。"
                    "懇話会の委員は取組項目ごとに5点満点で評価し、その平均を懇話会評価としました。", ""]
    # the committee part comes first in this edition
    L.append("3．取組項目ごとの懇話会の評価と委員の意見")
    for no, name, _themes, _self, score, comments in D.INITIATIVES:
        L += ["", f"【取組項目{no}】{name}",
              f"実践項目：{'・'.join(p[0] for p in D.PRACTICES if p[1] == no)}",
              f"懇話会評価　{score:.1f}／5.0", "＜委員の意見＞"]
        L += [f"〇{c}" for c in comments]
    L += ["", "4．実践項目の評価一覧（令和7年度末現在）",
          "番号\t取組項目\t実践項目名\t担当課\t令和5年度\t令和6年度\t令和7年度\t令和8年度\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価\t取組状況"]
    for code, ini, name, grades, scores, overall, end, dept in D.PRACTICES:
        L.append("\t".join([code, ini, name, dept] + [g or "" for g in grades] + ["－" if end else ""]
                           + [str(s) for s in scores] + [str(sum(scores)), overall, status(end)]))
    L += ["", "5．取組項目別の集計",
          "取組項目\t名称\tテーマ\t実践項目数\t進捗度平均\t連携度平均\t効率性平均\t創造性平均\t合計\t担当課自己評価\t懇話会評価"]
    for no, name, themes, self_grade, score, _ in D.INITIATIVES:
        means, total, n = averages(no)
        L.append("\t".join([no, name, "・".join(themes), str(n)] + [f"{m:.1f}" for m in means]
                           + [f"{total:.1f}", self_grade, f"{score:.1f}"]))
    L += ["", "以上"]
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------ DOCX
def write_docx(path: Path) -> None:
    ev = D.EV
    doc = Document()
    doc.styles["Normal"].font.name = "IPAexGothic"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading(f"{D.EV_CITY}　事務事業評価シート（令和6年度決算）", level=1)

    def kv(rows: list[tuple[str, str]]) -> None:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v

    doc.add_heading("事務事業の概要", level=2)
    kv([("事業名", ev["name"]), ("事務事業コード", ev["code"]), ("担当部", ev["dept"]), ("担当課", ev["section"]),
        ("開始年度", ev["start"]), ("終了年度", ev["end"]), ("施策", ev["policy"]),
        ("事業の目的", "江戸川流域の市が連携し、防災・観光・健康づくりなどの広域的な課題に共同で取り組む。"),
        ("事業の対象", "江戸川流域の住民及び構成市の職員")])
    doc.add_heading("事業費（単位：千円）", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, text in enumerate(["区分", "令和5年度決算", "令和6年度決算"]):
        t.rows[0].cells[c].text = text
    for label, vals in [("総事業費", ev["cost"]), ("特定財源", ev["special"]),
                        ("一般財源", {y: ev["cost"][y] - ev["special"][y] for y in ev["cost"]})]:
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = f"{vals['R5'] // 1000:,}"
        cells[2].text = f"{vals['R6'] // 1000:,}"
    doc.add_heading("業務の状況", level=2)
    kv([("人員", f"正規職員 {ev['staff_full']}人　会計年度任用職員 {ev['staff_part']}人"),
        ("業務割合推計", ev["share"])])
    for head, (name, unit, direction, target, plan, actual) in [("活動指標", D.EV_ACTIVITY), ("成果指標", D.EV_OUTCOME)]:
        doc.add_heading(head, level=2)
        doc.add_paragraph(f"指標名：{name}（単位：{unit}）　方向性：{direction}　最終目標値：{target:,}")
        t = doc.add_table(rows=1, cols=len(D.EV_YEARS) + 1)
        t.style = "Table Grid"
        for c, text in enumerate(["区分"] + D.EV_YEAR_LABELS):
            t.rows[0].cells[c].text = text
        for label, fn in [("計画値", lambda y: f"{plan[y]:,}"),
                          ("実績値", lambda y: f"{actual[y]:,}" if y in actual else ""),
                          ("達成率（％）", lambda y: f"{actual[y] / plan[y] * 100:.1f}" if y in actual else "")]:
            cells = t.add_row().cells
            cells[0].text = label
            for c, y in enumerate(D.EV_YEARS, start=1):
                cells[c].text = fn(y)
    doc.add_heading("令和6年度の主な実績", level=2)
    for x in D.EV_REPORT:
        doc.add_paragraph(x, style="List Bullet")
    doc.add_heading("評価（担当課）", level=2)
    doc.add_paragraph(D.EV_EVAL)
    doc.add_heading("今後の方向性", level=2)
    doc.add_paragraph(D.EV_POLICY)
    doc.core_properties.title = f"事務事業評価シート {ev['name']}"
    doc.core_properties.author = D.EV_CITY
    doc.core_properties.comments = ""  # python-docx writes "generated by python-docx" otherwise
    doc.save(str(path))


# ------------------------------------------------------------------------------------------ PDF
def write_pdf(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    base = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("c", parent=base, fontSize=7.5, leading=9.5)
    h1 = ParagraphStyle("h1", parent=base, fontSize=15, leading=22, alignment=1)

    def P(text: str) -> Paragraph:
        return Paragraph(html.escape(text), cell)

    story: list = [Paragraph(f"{D.JP_TITLE}（{D.JP_YEAR}）", h1), Spacer(1, 4 * mm),
                   Paragraph("松本市と塩尻市が連携中枢都市圏の取組として進める連携事業の、令和7年4月1日現在の進捗状況です。"
                             "進捗状況は「既に実施」又は「今年度(R7)に実施予定」で示しています。", base), Spacer(1, 4 * mm)]
    rows = [["番号", "事業項目", "事業内容", "進捗状況", "部会名称\n（部会長の市）", "担当部署", ""],
            ["", "", "", "", "", "松本市", "塩尻市"]]
    for no, name, what, st, group, lead, depts in D.JOINT:
        rows.append([no, P(name), P(what), P(st), P(f"{group}（{lead}）")] + [P(d) for d in depts])
    t = Table(rows, colWidths=[12 * mm, 42 * mm, 90 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm], repeatRows=2)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (5, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e8e8e8")),
    ]))
    story += [t, Spacer(1, 3 * mm), Paragraph(f"※ 連携事業の数：{len(D.JOINT)}事業", base)]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=f"{D.JP_TITLE}（{D.JP_YEAR}）",
                            author="松本市・塩尻市")
    doc.build(story)


# ------------------------------------------------------------------------------------------ XLSX
def write_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "事例一覧"
    ws["A1"] = D.CS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"（{D.CS_DATE}）"
    ws.append([])
    ws.append(["No.", "テーマ", "都道府県", "団体名", "取組名", "取組の内容", "効果"])
    n = 0
    for topic, cases in D.CASES:
        for pref, place, title, what, effect in cases:
            n += 1
            ws.append([n, topic, pref, place, title, what, effect])
    for col, width in zip("ABCDEFG", [6, 22, 10, 20, 30, 60, 40]):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=5):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.title = D.CS_TITLE
    wb.save(str(path))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for p in DOCS.iterdir():
        p.unlink()
    write_txt(DOCS / TXT_NAME)
    write_docx(DOCS / DOCX_NAME)
    freeze_zip(DOCS / DOCX_NAME)
    write_pdf(DOCS / PDF_NAME)
    write_xlsx(DOCS / XLSX_NAME)
    freeze_zip(DOCS / XLSX_NAME)
    for p in sorted(DOCS.iterdir()):
        size = p.stat().st_size
        assert size < 200_000, (p, size)
        print(f"{p.name}\t{size:,} bytes")


if __name__ == "__main__":
    main()
