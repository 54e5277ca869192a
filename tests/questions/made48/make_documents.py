"""Write docs/ for made48 from data.py: plan report PDF, joint projects CSV, case studies DOCX,
newsletter HTML, evaluation sheet HTML."""
from __future__ import annotations

import csv
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def plan_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    h1 = ParagraphStyle("h1", fontName="IPAexG", fontSize=16, leading=22, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=14)
    cell = ParagraphStyle("c", fontName="IPAexG", fontSize=8.5, leading=11)
    grid = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ])
    story = [Paragraph(D.PLAN_TITLE, h1), Paragraph(f"{D.PLAN_DATE}　{D.COMMITTEE}", body), Spacer(1, 6),
             Paragraph("1 評価の概要", h2),
             Paragraph("本委員会は、計画期間（2023年度～2026年度）の終了に当たり、6つの重点項目について10点満点で評価を行った。"
                       "評価区分は、8点以上を「順調」、6点以上8点未満を「概ね順調」、6点未満を「要改善」とした。", body),
             Spacer(1, 6)]
    rows = [["No.", "重点項目", "実施項目数", "委員会評価（10点満点）", "評価区分"]]
    for no, name, score, _ in D.INITIATIVES:
        n = sum(1 for it in D.ITEMS if it[1] == no)
        rows.append([str(no), name, f"{n}項目", f"{score:.1f}点", D.band(score)])
    t = Table(rows, colWidths=[14 * mm, 70 * mm, 26 * mm, 48 * mm, 30 * mm])
    t.setStyle(grid)
    story += [t, Paragraph("2 重点項目ごとの委員会意見", h2)]
    for no, name, score, ops in D.INITIATIVES:
        story.append(Paragraph(f"重点項目{no}　{name}（委員会評価 {score:.1f}点／10点）", body))
        for op in ops:
            story.append(Paragraph(f"　・{op}", body))
        story.append(Spacer(1, 3))
    story += [PageBreak(), Paragraph("3 実施項目別 年度別評価一覧", h2),
              Paragraph("評価　A：計画以上に進んだ　B：計画どおり進んだ　C：やや遅れている　D：大幅に遅れている　"
                        "「未」：取組開始前　「―」：取組終了後　※年度は西暦で表示（2023年度＝令和5年度）", body),
              Spacer(1, 4)]
    head1 = ["No.", "重点項目", "実施項目", "年度別評価", "", "", "", "担当課", "所管部", "備考"]
    head2 = ["", "", "", "2023", "2024", "2025", "2026", "", "", ""]
    rows = [head1, head2]
    names = {no: name for no, name, _, _ in D.INITIATIVES}
    for no, ini, name, grades, ka, bu, note in D.ITEMS:
        rows.append([str(no), Paragraph(f"{ini} {names[ini]}", cell), Paragraph(name, cell), *list(grades), ka, bu,
                     Paragraph(note, cell)])
    t = Table(rows, colWidths=[12 * mm, 48 * mm, 62 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 28 * mm, 26 * mm, 36 * mm],
              repeatRows=2)
    st = TableStyle(grid.getCommands() + [
        ("SPAN", (3, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (7, 0), (7, 1)), ("SPAN", (8, 0), (8, 1)), ("SPAN", (9, 0), (9, 1)),
        ("ALIGN", (3, 0), (6, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 1), colors.lightgrey),
        ("TOPPADDING", (0, 2), (-1, -1), 9), ("BOTTOMPADDING", (0, 2), (-1, -1), 9),
    ])
    t.setStyle(st)
    story.append(t)
    for no, (ind, unit, vals, issue) in D.SHEETS.items():
        it = next(i for i in D.ITEMS if i[0] == no)
        story += [PageBreak(), Paragraph(f"進捗管理シート　実施項目No.{no}　{it[2]}", h1),
                  Paragraph(f"重点項目：{it[1]} {names[it[1]]}　　担当課：{it[4]}（{it[5]}）", body), Spacer(1, 6),
                  Paragraph(f"目標指標：{ind}（単位：{unit}）", body), Spacer(1, 4)]
        rows = [["年度", "目標値", "実績値", "達成率", "評価"]]
        for y, (tg, ac) in vals.items():
            rate = ac / tg * 100 if unit != "時間" else tg / ac * 100
            rows.append([f"{y}年度（令和{D.reiwa(y)}年度）", f"{tg:g}", f"{ac:g}", f"{rate:.1f}%", it[3][D.YEARS.index(y)]])
        t = Table(rows, colWidths=[60 * mm, 30 * mm, 30 * mm, 30 * mm, 20 * mm])
        t.setStyle(grid)
        story += [t, Spacer(1, 6), Paragraph(f"取組上の課題：{issue}", body)]
        if unit == "時間":
            story.append(Paragraph("※時間外勤務時間は少ないほど良いため、達成率は目標値÷実績値で算出した。", body))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=D.PLAN_TITLE)
    doc.build(story)


def joint_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([D.JOINT_TITLE])
        w.writerow(["連携番号", "事業名", "概要", "実施状況", "幹事団体", "担当（鶴ヶ丘市）", "担当（北浜町）"])
        for row in D.JOINT:
            w.writerow(row)


def cases_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(D.CASES_TITLE, 0)
    doc.add_paragraph(f"{D.CASES_ORG}　2026年3月")
    theme = None
    for no, th, place, title, act, eff in D.CASES:
        if th != theme:
            doc.add_heading(th, 1)
            theme = th
        doc.add_heading(f"{no} {title}（{place}）", 2)
        doc.add_paragraph(f"（1）取組内容　{act}")
        doc.add_paragraph(f"（2）成果　{eff}")
    doc.save(str(path))


def newsletter_html(path: Path) -> None:
    n = D.NEWS
    e = html.escape
    tr = n["研修会"]
    qa = "".join(f"<dt>Q. {e(q)}</dt><dd>A. {e(a)}</dd>" for q, a in n["QA"])
    bo = n["募集"]
    sh = n["紹介"]
    text = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(D.NEWS_TITLE)}</title></head>
<body>
<header><h1>{e(D.NEWS_TITLE)}</h1><p>発行：{e(D.CITY)} 市民生活部 協働推進課　{e(D.NEWS_DATE)}発行</p></header>
<section><h2>研修会を開催しました</h2>
<p>{e(tr['日時'])}、{e(tr['会場'])}で「{e(tr['名称'])}」を開催し、市民活動団体や町内会の皆さん{tr['参加者数']}人が参加しました。</p></section>
<section><h2>よくあるご質問</h2><dl>{qa}</dl></section>
<section><h2>協働事業提案を募集します</h2>
<ul><li>受付期間：{e(bo['受付期間'])}</li><li>補助上限額：1事業当たり{e(bo['上限額'])}</li><li>採択予定：{e(bo['採択予定'])}</li></ul></section>
<section><h2>協働事業紹介</h2>
<table><tr><th>事業名</th><td>{e(sh['事業名'])}</td></tr><tr><th>実施団体</th><td>{e(sh['実施団体'])}</td></tr>
<tr><th>担当課</th><td>{e(sh['担当課'])}</td></tr></table></section>
</body></html>
"""
    path.write_text(text, encoding="utf-8")


def eval_html(path: Path) -> None:
    v = D.EVAL
    e = html.escape
    ys = sorted(v["costs"])
    head = "".join(f"<th>{y}年度</th>" for y in ys)
    def ind_rows(kind, ind):
        name, unit, vals = ind
        plan = "".join(f"<td>{vals[y][0]:,}</td>" for y in ys)
        act = "".join(f"<td>{vals[y][1]:,}</td>" for y in ys)
        rate = "".join(f"<td>{vals[y][1] / vals[y][0] * 100:.1f}%</td>" for y in ys)
        return (f"<tr><th rowspan='3'>{kind}</th><th rowspan='3'>{e(name)}（{unit}）</th><th>計画</th>{plan}</tr>"
                f"<tr><th>実績</th>{act}</tr><tr><th>達成率</th>{rate}</tr>")
    costs = "".join(f"<td>{v['costs'][y]:,}</td>" for y in ys)
    text = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(D.SHEET_TITLE)} {v["事業番号"]}</title></head><body>
<h1>{e(D.SHEET_TITLE)}（{e(v['評価年度'])}）</h1>
<table border="1">
<tr><th>事業番号</th><td>{v['事業番号']}</td><th>事業名</th><td>{e(v['事業名'])}</td></tr>
<tr><th>所管部</th><td>{e(v['所管部'])}</td><th>所管課</th><td>{e(v['所管課'])}</td></tr>
<tr><th>事業開始年度</th><td colspan="3">{e(v['開始年度'])}</td></tr>
</table>
<h2>事業費の推移（単位：千円）</h2>
<table border="1"><tr><th>区分</th>{head}</tr><tr><th>事業費（決算額）</th>{costs}</tr></table>
<h2>指標</h2>
<table border="1"><tr><th>区分</th><th>指標名</th><th></th>{head}</tr>
{ind_rows('活動指標', v['activity'])}
{ind_rows('成果指標', v['outcome'])}
</table>
<h2>評価</h2>
<table border="1"><tr><th>今後の方向性</th><td>{e(v['方向性'])}</td></tr><tr><th>評価・課題</th><td>{e(v['評価'])}</td></tr></table>
</body></html>
"""
    path.write_text(text, encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    plan_pdf(DOCS / "tsurugaoka_gyokaku_hyoka_2023-2026.pdf")
    joint_csv(DOCS / "tsurugaoka_kitahama_renkei_2025.csv")
    cases_docx(DOCS / "gyokaku_senshin_jireishu_2026.docx")
    newsletter_html(DOCS / "kyodo_dayori_12.html")
    eval_html(DOCS / "jimujigyo_hyoka_2025-0318.html")
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
