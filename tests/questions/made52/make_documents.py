"""Write the made52 documents into docs/ (xlsx plan report, pdf committee opinions, html joint projects, docx evaluation sheet)."""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data as D  # noqa: E402

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def wareki_w(y: str) -> str:
    return f"{D.WESTERN[y]}年度\n({y.replace('R', '令和')}年度)"


def done_text(done: str) -> str:
    return f"{done.replace('R', '令和')}年度" if done else "継続"


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    acts = D.action_dicts()
    wb = Workbook()
    ws = wb.active
    ws.title = "方策別集計"
    ws["A1"] = f"{D.PLAN}(令和5年度～令和8年度) 推進状況総括表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"{D.CITY} 総務部行政経営課 {D.REPORT_DATE}"
    ws.append([])
    ws.append(["方策No.", "推進方策", "アクション数", "うち完了", "うち継続", "観点別評価合計の平均", "S", "A", "B", "C"])
    for n, name in D.INITIATIVES.items():
        mine = [a for a in acts if a["init"] == n]
        avg = round(sum(a["total"] for a in mine) / len(mine), 1)
        ws.append([n, name, len(mine), sum(1 for a in mine if a["done"]), sum(1 for a in mine if not a["done"]), avg]
                  + [sum(1 for a in mine if a["judge"] == j) for j in "SABC"])
    ws.append(["計", "", len(acts), sum(1 for a in acts if a["done"]), sum(1 for a in acts if not a["done"]),
               round(sum(a["total"] for a in acts) / len(acts), 1)] + [sum(1 for a in acts if a["judge"] == j) for j in "SABC"])
    ws.append([])
    ws.append(["※委員会評価は別冊「推進委員会意見書」を参照。番号に「新」が付くアクションは計画期間中に追加したもの。"])
    ws.column_dimensions["B"].width = 34
    for n, name in D.INITIATIVES.items():
        s = wb.create_sheet(f"方策{n}")
        s["A1"] = f"推進方策{n}　{name}"
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = "年度別達成状況　◎:計画以上　○:計画どおり　△:やや遅れ　×:未着手・大幅な遅れ　－:対象年度外"
        s["A3"] = "観点別評価は各5点満点(合計20点)。総合判定 S:18点以上 A:14～17点 B:10～13点 C:9点以下"
        head1 = ["番号", "アクション名", "年度別達成状況", "", "", "", "観点別評価(最終)", "", "", "", "合計", "総合判定", "完了年度", "所管部", "所管課"]
        head2 = ["", ""] + [wareki_w(y) for y in D.YEARS] + D.VIEWPOINTS + ["", "", "", "", ""]
        s.append([])
        s.append(head1)
        s.append(head2)
        s.merge_cells("C5:F5")
        s.merge_cells("G5:J5")
        for col in ("A", "B", "K", "L", "M", "N", "O"):
            s.merge_cells(f"{col}5:{col}6")
        for a in acts:
            if a["init"] != n:
                continue
            s.append([a["code"], a["name"]] + [a["grades"][y] for y in D.YEARS]
                     + [a["scores"][v] for v in D.VIEWPOINTS] + [a["total"], a["judge"], done_text(a["done"]), a["bu"], a["ka"]])
        for row in s.iter_rows(min_row=5, max_row=6):
            for c in row:
                c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        s.column_dimensions["B"].width = 34
        s.column_dimensions["O"].width = 22
    wb.save(path)


def write_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName="IPAexG", fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=12.5, leading=18, spaceBefore=8)
    story = [Paragraph(f"{D.PLAN}に関する意見書", h1), Spacer(1, 4 * mm),
             Paragraph(f"{D.REPORT_DATE}　{D.COMMITTEE}", body), Spacer(1, 4 * mm),
             Paragraph("本委員会は、令和5年度から令和8年度までの4年間の取組について、推進方策ごとに委員7名が"
                       "5点満点で評価を行い、その平均を委員会評価とした。評語は、4.0点以上を「高く評価できる」、"
                       "3.5点以上4.0点未満を「概ね評価できる」、3.5点未満を「一層の取組が必要」とした。", body),
             Spacer(1, 4 * mm)]
    for n, name in D.INITIATIVES.items():
        sc = D.COMMITTEE_SCORE[n]
        story.append(Paragraph(f"推進方策{n}　{name}", h2))
        t = Table([["委員会評価", f"{sc:.1f}点(5点満点)", "評語", D.committee_word(sc)]], colWidths=[28 * mm, 40 * mm, 18 * mm, 50 * mm])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (0, 0), colors.lightgrey), ("BACKGROUND", (2, 0), (2, 0), colors.lightgrey)]))
        story += [t, Spacer(1, 2 * mm), Paragraph("委員の主な意見", body)]
        for i, op in enumerate(D.OPINIONS[n]):
            story.append(Paragraph(f"{'①②③④⑤'[i]} {op}", body))
    story += [Spacer(1, 6 * mm), Paragraph(f"委員会評価の平均は{sum(D.COMMITTEE_SCORE.values()) / 6:.1f}点であった。", body)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      title=f"{D.PLAN} 意見書").build(story)


def write_html(path: Path) -> None:
    e = html.escape
    rows = []
    fields = []
    for f in [j[1] for j in D.JOINT]:
        if f not in fields:
            fields.append(f)
    for f in fields:
        mine = [j for j in D.JOINT if j[1] == f]
        for i, (num, _f, name, status, lead, start, depts) in enumerate(mine):
            cells = []
            if i == 0:
                cells.append(f'<th rowspan="{len(mine)}" scope="rowgroup">{e(f)}</th>')
            cells += [f"<td>{num}</td>", f"<td>{e(name)}</td>", f"<td>{e(status)}</td>", f"<td>{e(lead)}</td>",
                      f"<td>{start}年度</td>"] + [f"<td>{e(d)}</td>" for d in depts]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    doc = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(D.JOINT_TITLE)}</title></head>
<body>
<h1>{e(D.JOINT_TITLE)}</h1>
<p>{e(D.JOINT_ASOF)}　{e('・'.join(D.MUNIS))} 広域行政推進協議会</p>
<p>状況の区分:実施済(事業を実施し継続中又は完了)、実施中(令和7年度に実施)、検討中(実施に向けて協議中)。
担当課欄の「—」は、その市町が当該事業に参加していないことを示す。開始年度は西暦で表示(予定を含む)。</p>
<table border="1">
<thead>
<tr><th rowspan="2">分野</th><th rowspan="2">番号</th><th rowspan="2">事業名</th><th rowspan="2">状況</th><th rowspan="2">幹事市町</th><th rowspan="2">開始年度</th><th colspan="3">担当課</th></tr>
<tr>{''.join(f'<th>{e(m)}</th>' for m in D.MUNIS)}</tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>事業数 計{len(D.JOINT)}件</p>
</body></html>
"""
    path.write_text(doc, encoding="utf-8")


def write_docx(path: Path) -> None:
    from docx import Document

    E = D.EVAL
    doc = Document()
    doc.add_heading(f"{E['city']} 事務事業評価表({E['eval_year']}評価)", level=1)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for k1, v1, k2, v2 in [("事業コード", E["code"], "事業名", E["name"]), ("所管部", E["bu"], "所管課", E["ka"]),
                           ("事業開始年度", E["start"], "根拠計画", E["basis"])]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = k1, v1, k2, v2
    doc.add_paragraph("")
    doc.add_paragraph(f"事業の目的:{E['purpose']}")
    doc.add_paragraph("1 コストの推移(単位:千円)")
    ys = E["years"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["区分", f"{ys[0]}年度 決算", f"{ys[1]}年度 決算", f"{ys[2]}年度 予算"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    cost = E["cost"]
    total = tuple(cost["事業費"][i] + cost["人件費"][i] for i in range(3))
    for name, vals in list(cost.items()) + [("総コスト(事業費+人件費)", total)]:
        c = t.add_row().cells
        c[0].text = name
        for i, v in enumerate(vals):
            c[i + 1].text = f"{v:,}"
    doc.add_paragraph("")
    doc.add_paragraph("2 指標の推移(達成率は実績値÷目標値。窓口平均待ち時間は値が小さいほど良いため目標値÷実績値)")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["指標区分", "指標名(単位)", "区分"] + [f"{ys[0]}年度", f"{ys[1]}年度"]):
        t.rows[0].cells[i].text = h
    for kind, name, unit, tg, ac, low in E["indicators"]:
        for label, vals in [("目標値", tg[:2]), ("実績値", ac[:2]),
                            ("達成率", [f"{D.rate(tg[i], ac[i], low)}%" for i in range(2)])]:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = kind, f"{name}({unit})", label
            for i, v in enumerate(vals):
                c[3 + i].text = v if isinstance(v, str) else f"{v:,}"
    doc.add_paragraph(f"{ys[2]}年度目標値:" + "、".join(f"{n} {tg[2]:,}{u}" for _k, n, u, tg, _a, _l in E["indicators"]))
    doc.add_paragraph("")
    doc.add_paragraph("3 評価")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(list(E["ratings"]) + ["今後の方向性"]):
        t.rows[0].cells[i].text = h
    c = t.add_row().cells
    for i, v in enumerate(list(E["ratings"].values()) + [E["direction"]]):
        c[i].text = v
    doc.add_paragraph("評価の基準 A:十分 B:概ね十分 C:不十分。今後の方向性は 拡充/継続/見直し/廃止 のいずれか。")
    doc.save(path)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write_xlsx(OUT / "sakuragaoka_kaikaku_plan_suishin_R5-R8.xlsx")
    write_pdf(OUT / "sakuragaoka_suishin_iinkai_ikensho.pdf")
    write_html(OUT / "kouiki_renkei_3shicho_R7.html")
    write_docx(OUT / "jimujigyo_hyoka_madoguchi_dx.docx")
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
