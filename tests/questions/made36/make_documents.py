"""Write the made36 documents to tests/questions/made36/docs/: 紫波町 plan report (PDF, 平成28〜令和元年度),
上田市・東御市・青木村 joint projects (DOCX), 令和6年 case studies (HTML), 土浦市 evaluation sheet (TXT).

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made36.make_documents"""
from __future__ import annotations

import html
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.questions.made36 import data as D

DOCS = Path(__file__).parent / "docs"
rl_config.invariant = 1  # reproducible PDF bytes (no creation date)
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PDF_NAME = "紫波町_行政経営改革プラン_取組成果評価報告書_令和2年9月.pdf"
DOCX_NAME = "上田市_東御市_青木村_連携事業の進捗状況_令和6年度.docx"
HTML_NAME = "行政改革の取組事例集_令和6年3月.html"
TXT_NAME = "土浦市_事務事業評価シート_霞ケ浦流域広域連携推進事業_令和5年度.txt"


def averages(no: str) -> tuple[list[float], float, int]:
    """Per initiative: mean of each 総括 axis over its practice items (1 decimal), their sum, item count."""
    rows = [p for p in D.PRACTICES if p[1] == no]
    means = [round(sum(p[4][i] for p in rows) / len(rows) + 1e-9, 1) for i in range(4)]
    return means, round(sum(means), 1), len(rows)


# ------------------------------------------------------------------------------------------ PDF
def write_pdf(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    base = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("c", parent=base, fontSize=7.5, leading=9.5)
    h1 = ParagraphStyle("h1", parent=base, fontSize=18, leading=26, alignment=1)
    h2 = ParagraphStyle("h2", parent=base, fontSize=13, leading=20, spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=base, fontSize=11, leading=16, spaceBefore=6, spaceAfter=2)
    grid = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ])

    def P(text: str, style=cell) -> Paragraph:
        return Paragraph(html.escape(text), style)

    story: list = []
    story += [Spacer(1, 40 * mm), Paragraph(D.PLAN, h1), Paragraph(D.REPORT_TITLE, h1), Spacer(1, 20 * mm),
              Paragraph(D.REPORT_DATE, ParagraphStyle("c1", parent=base, alignment=1, fontSize=12)),
              Paragraph(D.COMMITTEE, ParagraphStyle("c2", parent=base, alignment=1, fontSize=12)), PageBreak()]

    story.append(Paragraph("1　はじめに", h2))
    story.append(Paragraph(
        f"平成28年度から令和元年度までの4年間を計画期間とする『{D.PLAN}』は、計画期間を終えました。"
        f"本委員会では、担当課による実践項目の自己評価を踏まえ、取組項目ごとに4年間の取組の成果を評価し、"
        f"本報告書として取りまとめました。令和2年度からは第2次プランに引き継がれています。", base))
    story.append(Paragraph("2　評価の方法", h2))
    story.append(Paragraph(
        "担当課は、実践項目ごとに毎年度の取組を A（計画以上）、B（計画どおり）、C（やや遅れ）、D（大幅な遅れ）の4段階で自己評価し、"
        "計画期間の終わりに【進捗度・連携度・効率性・創造性】の4項目を0～3点で総括して総合評価（A～D）を付けました。"
        "本委員会は取組項目ごとに5点満点で評価しました（5：大いに評価できる、3：おおむね評価できる、1：課題がある）。"
        "終了年度の欄が空欄の実践項目は令和2年度以降も継続しています。「-」はその年度に取組がないことを示します。", base))

    # 3 practice items (first, unlike the shipped report; 担当課 before the grades; 終了年度 last)
    story.append(PageBreak())
    story.append(Paragraph("3　実践項目別の取組状況", h2))
    head1 = ["番号", "取組No.", "実践項目", "担当課", "年度別評価（自己評価）", "", "", "",
             "総括", "", "", "", "", "", "終了年度"]
    head2 = ["", "", "", "", "平成28年度", "平成29年度", "平成30年度", "令和元年度",
             "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", ""]
    rows = [head1, head2]
    for code, ini, name, grades, scores, overall, end, dept in D.PRACTICES:
        rows.append([code, f"No.{ini}", P(name), P(dept)] + [g or "" for g in grades]
                    + [str(s) for s in scores] + [str(sum(scores)), overall, end])
    widths = [11 * mm, 14 * mm, 62 * mm, 38 * mm] + [16 * mm] * 4 + [12 * mm] * 5 + [15 * mm, 16 * mm]
    t = Table(rows, colWidths=widths, repeatRows=2)
    t.setStyle(grid)
    t.setStyle(TableStyle([("SPAN", (4, 0), (7, 0)), ("SPAN", (8, 0), (13, 0)),
                           ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                           ("SPAN", (3, 0), (3, 1)), ("SPAN", (14, 0), (14, 1)),
                           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dde8f0"))]))
    story.append(t)

    # 4 initiatives summary
    story.append(PageBreak())
    story.append(Paragraph("4　取組項目別の評価一覧", h2))
    head1 = ["No.", "取組項目", "テーマ", "", "", "", "", "", "", "実践項目数", "平均点", "", "", "", "合計",
             "担当課自己評価", "委員会評価"]
    head2 = ["", ""] + D.THEMES + ["", "進捗度", "連携度", "効率性", "創造性", "", "", ""]
    rows = [head1, head2]
    for no, name, themes, self_grade, score, _ in D.INITIATIVES:
        means, total, n = averages(no)
        rows.append([no, P(name)] + ["○" if th in themes else "" for th in D.THEMES] + [str(n)]
                    + [f"{m:.1f}" for m in means] + [f"{total:.1f}", self_grade, f"{score:.1f}"])
    widths = [10 * mm, 55 * mm] + [12 * mm] * 7 + [16 * mm] + [13 * mm] * 4 + [13 * mm, 20 * mm, 18 * mm]
    t = Table(rows, colWidths=widths)
    t.setStyle(grid)
    t.setStyle(TableStyle([("SPAN", (2, 0), (8, 0)), ("SPAN", (10, 0), (13, 0)),
                           ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (9, 0), (9, 1)),
                           ("SPAN", (14, 0), (14, 1)), ("SPAN", (15, 0), (15, 1)), ("SPAN", (16, 0), (16, 1)),
                           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dde8f0"))]))
    story.append(t)

    # 5 committee evaluation and comments per initiative
    story.append(PageBreak())
    story.append(Paragraph("5　取組項目ごとの委員会の評価と意見", h2))
    for no, name, _themes, _self, score, comments in D.INITIATIVES:
        story.append(Paragraph(f"No.{no}　{name}", h3))
        codes = "、".join(p[0] for p in D.PRACTICES if p[1] == no)
        story.append(Paragraph(f"対象の実践項目：{codes}", base))
        story.append(Paragraph(f"委員会評価　{score:.1f}点／5点", base))
        story.append(Paragraph("委員の意見", base))
        for c in comments:
            story.append(Paragraph(f"・{c}", base))

    # appendix: progress sheets
    story.append(PageBreak())
    story.append(Paragraph("【資料】実践項目進捗状況シート（令和元年度末）", h2))
    for code, sheet in D.SHEETS.items():
        p = next(x for x in D.PRACTICES if x[0] == code)
        ini = next(x for x in D.INITIATIVES if x[0] == p[1])
        years = [y for y in D.YEARS if y in sheet["content"]]
        story.append(Paragraph(f"進捗状況シート　実践項目{code}", h3))
        info = [["取組項目", P(f"No.{ini[0]} {ini[1]}")], ["実践項目", P(f"{code}　{p[2]}")], ["担当課", P(p[7])],
                ["取組終了", P(f"{p[6]}年度末 取組終了" if p[6] else "継続（令和2年度以降も実施）")]]
        t = Table(info, colWidths=[30 * mm, 200 * mm])
        t.setStyle(grid)
        t.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "LEFT")]))
        story += [t, Spacer(1, 3 * mm)]
        rows = [["年度", "番号", "取組内容", "区分"]]
        n = 0
        for y in years:
            for kind, text in sheet["content"][y]:
                n += 1
                rows.append([y, "①②③④⑤⑥⑦⑧⑨⑩"[n - 1], P(text), f"({kind})"])
        t = Table(rows, colWidths=[20 * mm, 14 * mm, 170 * mm, 20 * mm])
        t.setStyle(grid)
        story += [t, Spacer(1, 3 * mm)]
        rows = [["自己評価"] + years + ["評価の理由"]]
        labels = ["進捗度", "連携度", "効率性", "創造性", "総合評価"]
        for i, lab in enumerate(labels):
            rows.append([lab] + [str(D.SHEET_GRADES[code][y][i]) for y in years] + [""])
        rows = [r[:-1] for r in rows]
        t = Table(rows, colWidths=[24 * mm] + [18 * mm] * len(years))
        t.setStyle(grid)
        story += [t, Spacer(1, 2 * mm)]
        rows = [["年度", "評価の理由", "取組上の課題"]]
        for y in years:
            rows.append([y, P(sheet["reason"][y]), P(sheet["issue"][y])])
        t = Table(rows, colWidths=[20 * mm, 130 * mm, 80 * mm])
        t.setStyle(grid)
        story += [t, Spacer(1, 2 * mm), Paragraph(f"特記事項：{sheet['note']}", base), Spacer(1, 6 * mm)]

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=f"{D.PLAN} {D.REPORT_TITLE}",
                            author=D.COMMITTEE)
    doc.build(story)


# ------------------------------------------------------------------------------------------ DOCX
def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "IPAexGothic"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading(f"{D.JP_TITLE}（{D.JP_YEAR}）", level=1)
    doc.add_paragraph("上田地域定住自立圏の構成市村（上田市・東御市・青木村）が共同で進める連携事業について、"
                      "令和6年4月1日現在の進捗状況を取りまとめた。")
    doc.add_paragraph("進捗状況の区分：既に実施／今年度(R6)に実施予定／検討中（実施時期が決まっていないもの）。"
                      "部会名の括弧内は幹事市村。担当課の欄が空欄のものは当該市村に担当課を置いていない。")
    head1 = ["番号", "事業名", "事業内容", "進捗状況", "実績・予定", "部会（幹事市村）", "担当課", "", ""]
    head2 = ["", "", "", "", "", ""] + D.JP_MUNIS
    table = doc.add_table(rows=2, cols=9)
    table.style = "Table Grid"
    for r, head in enumerate([head1, head2]):
        for c, text in enumerate(head):
            table.cell(r, c).text = text
    table.cell(0, 6).merge(table.cell(0, 8)).text = "担当課"
    for c in range(6):
        merged = table.cell(0, c).merge(table.cell(1, c))
        merged.text = head1[c]
    for no, name, what, status, done, group, lead, depts in D.JOINT:
        cells = table.add_row().cells
        values = [no, name, what, status, done, f"{group}（{lead}）"] + depts
        for c, text in enumerate(values):
            cells[c].text = text
    doc.add_paragraph("※ 連携事業の数：12事業（令和6年4月1日現在）")
    doc.core_properties.title = f"{D.JP_TITLE}（{D.JP_YEAR}）"
    doc.core_properties.author = "上田地域定住自立圏共生ビジョン懇談会事務局"
    doc.save(str(path))


# ------------------------------------------------------------------------------------------ HTML
def write_html(path: Path) -> None:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           f"<title>{e(D.CS_TITLE)}（{e(D.CS_DATE)}）</title></head><body>",
           f"<h1>{e(D.CS_TITLE)}</h1>", f"<p>（{e(D.CS_DATE)}）</p>",
           "<p>各地方公共団体における行政改革の取組のうち、他団体の参考となる事例を取りまとめたものです。</p>",
           "<h2>事例一覧</h2>", '<table border="1"><thead><tr><th>No.</th><th>テーマ</th><th>団体名</th>'
           "<th>取組名</th></tr></thead><tbody>"]
    n = 0
    for topic, cases in D.CASES:
        for pref, place, title, _what, _effect in cases:
            n += 1
            org = pref if place == pref else f"{pref}{place}"
            out.append(f"<tr><td>{n}</td><td>{e(topic)}</td><td>{e(org)}</td><td>{e(title)}</td></tr>")
    out.append("</tbody></table>")
    n = 0
    for topic, cases in D.CASES:
        out.append(f"<h2>■ {e(topic)}</h2>")
        for pref, place, title, what, effect in cases:
            n += 1
            org = pref if place == pref else f"{pref}{place}"
            out += [f'<section id="case{n}">', f"<h3>事例{n}　{e(title)}</h3>", f'<p class="org">{e(org)}</p>',
                    "<h4>【取組】</h4>", f"<p>{e(what)}</p>", "<h4>【効果】</h4>", f"<p>{e(effect)}</p>", "</section>"]
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------ TXT
def write_txt(path: Path) -> None:
    ev = D.EV
    lines = [f"{D.EV_CITY}　事務事業評価シート（令和5年度決算）", "",
             "■ 事務事業の概要",
             f"事務事業コード：{ev['code']}",
             f"事業名：{ev['name']}",
             f"担当部：{ev['dept']}　　担当課：{ev['section']}",
             f"開始年度：{ev['start']}　　終了年度：{ev['end']}",
             f"施策：{ev['policy']}",
             "事業の目的：霞ケ浦流域の市町村が連携し、水質保全・観光振興などの広域的な課題に共同で取り組む。",
             "事業の対象：霞ケ浦流域の住民及び構成市町村の職員", "",
             "■ 事業費（単位：円）",
             "区分\t令和4年度決算\t令和5年度決算"]
    for label, vals in [("総事業費", ev["cost"]), ("特定財源", ev["special"]),
                        ("市の実質負担額", {y: ev["cost"][y] - ev["special"][y] for y in ev["cost"]})]:
        lines.append(f"{label}\t{vals['R4']:,}\t{vals['R5']:,}")
    lines += ["", "■ 業務の状況",
              f"人員（担当）：フルタイム {ev['staff_full']}人／パートタイム {ev['staff_part']}人",
              f"業務割合推計（当該事務／係全体事務×100）：{ev['share']}", ""]
    for head, (name, unit, direction, target, plan, actual) in [("■ 活動指標（市が何をするか）", D.EV_ACTIVITY),
                                                              ("■ 成果指標（市民・市がどうなったか）", D.EV_OUTCOME)]:
        lines += [head, f"指標名：{name}　単位：{unit}　めざす方向：{direction}　目標値：{target:,}",
                  "年度\t計画値\t実績値\t達成率(%)"]
        for y, label in zip(D.EV_YEARS, D.EV_YEAR_LABELS):
            a = actual.get(y)
            rate = f"{a / plan[y] * 100:.1f}" if a is not None else ""
            lines.append(f"{label}\t{plan[y]:,}\t{'' if a is None else f'{a:,}'}\t{rate}")
        lines.append("")
    lines += ["■ 実績報告（令和5年度）"] + [f"・{x}" for x in D.EV_REPORT]
    lines += ["", "■ 評価", D.EV_EVAL, "", "■ 今後の方針", D.EV_POLICY, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for p in DOCS.iterdir():
        p.unlink()
    write_pdf(DOCS / PDF_NAME)
    write_docx(DOCS / DOCX_NAME)
    write_html(DOCS / HTML_NAME)
    write_txt(DOCS / TXT_NAME)
    for p in sorted(DOCS.iterdir()):
        size = p.stat().st_size
        assert size < 200_000, (p, size)
        print(f"{p.name}\t{size:,} bytes")


if __name__ == "__main__":
    main()
