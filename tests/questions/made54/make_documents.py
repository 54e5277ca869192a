"""Write docs/ for made54 from data.py: html plan report, docx committee opinions,
xlsx joint projects, pdf evaluation sheet."""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data as D  # noqa: E402

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def plan_html():
    h = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
         f"<title>{D.PLAN} 推進状況報告書（令和4年度～令和7年度）</title></head><body>",
         f"<h1>{D.PLAN} 推進状況報告書</h1>",
         "<p>計画期間：令和4年度（2022年度）～令和7年度（2025年度）　令和8年7月　白鷺市 企画政策課</p>",
         "<p>本報告書は、プランに掲げる実行項目の各年度の達成状況を基本方針ごとに取りまとめたものです。</p>",
         "<h2>凡例</h2><ul>",
         "<li>達成：年度目標を達成した</li>",
         "<li>概ね達成：年度目標の8割以上を達成した</li>",
         "<li>未達成：年度目標の8割未満にとどまった</li>",
         "<li>―：当該年度に取組を実施していない（開始前又は完了後）</li>",
         "<li>完了年度：取組を完了した年度。空欄は継続中</li></ul>"]
    for p, pname in D.POLICIES.items():
        h.append(f"<h2>基本方針{p}　{pname}</h2>")
        h.append('<table border="1">')
        h.append("<tr><th>取組</th><th>取組名</th><th>No.</th><th>実行項目</th>"
                 + "".join(f"<th>{D.YEAR_LABEL[y]}</th>" for y in D.YEARS)
                 + "<th>完了年度</th><th>所管課</th></tr>")
        for ino, (ip, iname) in D.INITIATIVES.items():
            if ip != p:
                continue
            items = [it for it in D.ITEMS if it[1] == ino]
            for k, (no, _, name, g, done, dept) in enumerate(items):
                row = "<tr>"
                if k == 0:
                    row += f'<td rowspan="{len(items)}">{ino}</td><td rowspan="{len(items)}">{iname}</td>'
                row += f"<td>{no}</td><td>{name}</td>"
                row += "".join(f"<td>{D.GRADE[c]}</td>" for c in g)
                row += f"<td>{D.YEAR_LABEL[done] if done else ''}</td><td>{dept}</td></tr>"
                h.append(row)
        h.append("</table>")
    h.append("</body></html>")
    (OUT / "shirasagi_plan_suishin_R4-R7.html").write_text("\n".join(h), encoding="utf-8")


def opinions_docx():
    from docx import Document
    doc = Document()
    doc.add_heading(f"{D.PLAN}に関する評価意見書", 0)
    doc.add_paragraph(f"令和8年8月25日　{D.COMMITTEE}")
    doc.add_paragraph("当委員会は、令和7年度までの取組状況について、各委員が取組ごとに5段階（5：十分な成果が上がっている～1：成果が上がっていない）で評価を行った。")
    doc.add_heading("1　取組ごとの評価点", 1)
    t = doc.add_table(rows=1, cols=3 + len(D.MEMBERS))
    hdr = ["取組", "取組名"] + D.MEMBERS + ["委員平均"]
    for c, v in zip(t.rows[0].cells, hdr):
        c.text = v
    for ino, (_, iname) in D.INITIATIVES.items():
        s = D.SCORES[ino]
        cells = t.add_row().cells
        vals = [str(ino), iname] + [str(x) for x in s] + [f"{sum(s) / len(s):.1f}"]
        for c, v in zip(cells, vals):
            c.text = v
    doc.add_heading("2　取組ごとの意見", 1)
    for ino, (_, iname) in D.INITIATIVES.items():
        doc.add_heading(f"取組{ino}　{iname}", 2)
        for op in D.OPINIONS[ino]:
            doc.add_paragraph(f"・{op}")
    doc.save(OUT / "shirasagi_iinkai_ikensho_R8.docx")


def joint_xlsx():
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "連携事業一覧"
    ws.append([f"{D.AREA} 連携事業一覧（令和7年度）"])
    ws.append(["○：当該市町村が参加している事業　事業費は令和7年度当初予算額（単位：千円）"])
    ws.append(["番号", "分野", "事業名", "開始年度", "事業費（千円）"] + D.MUNIS)
    for no, field, name, start, cost, part in D.JOINT:
        ws.append([no, field, name, start, cost]
                  + ["○" if str(i) in part else "" for i in range(len(D.MUNIS))])
        ws.cell(ws.max_row, 5).number_format = "#,##0"
    wb.save(OUT / "shirasagi_renkei_jigyo_R7.xlsx")


def sheet_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, Paragraph, Spacer, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    st = ParagraphStyle("j", fontName="IPAexG", fontSize=9, leading=13)
    P = D.PROGRAM
    ys = P["years"]
    story = [Paragraph("事務事業評価シート（令和7年度実施事業）", ParagraphStyle("t", fontName="IPAexG", fontSize=14, leading=18)),
             Spacer(1, 6)]
    base = [["事業番号", P["番号"], "事業名", P["事業名"]],
            ["所管課", P["所管課"], "開始年度", P["開始年度"]],
            ["根拠法令", P["根拠法令"], "", ""],
            ["事業の目的", P["目的"], "", ""]]
    story += [Table(base, colWidths=[70, 150, 70, 200]), Spacer(1, 8)]
    grid = [["指標", "区分", "単位"] + [D.YEAR_LABEL[y] for y in ys]]
    for kind in ("活動指標", "成果指標"):
        name, unit, vals = P[kind]
        grid.append([f"{kind}：{name}", "目標", unit] + [f"{vals[y][0]:,}" for y in ys])
        grid.append(["", "実績", unit] + [f"{vals[y][1]:,}" for y in ys])
    story += [Table(grid), Spacer(1, 8)]
    cost = [["事業費内訳（千円）"] + [D.YEAR_LABEL[y] for y in ys]]
    for k, v in P["内訳"].items():
        cost.append([k] + [f"{v[y]:,}" for y in ys])
    tot = {y: sum(v[y] for v in P["内訳"].values()) for y in ys}
    cost.append(["事業費合計"] + [f"{tot[y]:,}" for y in ys])
    for k, v in P["財源"].items():
        cost.append([f"財源：{k}"] + [f"{v[y]:,}" for y in ys])
    gen = {y: tot[y] - sum(v[y] for v in P["財源"].values()) for y in ys}
    cost.append(["財源：一般財源"] + [f"{gen[y]:,}" for y in ys])
    story += [Table(cost), Spacer(1, 8)]
    story += [Paragraph(f"評価：{P['評価']}", st), Paragraph(f"今後の方向性：{P['今後の方向性']}", st)]
    for t in story:
        if isinstance(t, Table):
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "IPAexG", 8),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(OUT / "shirasagi_jimujigyo_hyoka_0715.pdf"), pagesize=A4).build(story)


def main():
    OUT.mkdir(exist_ok=True)
    plan_html(); opinions_docx(); joint_xlsx(); sheet_pdf()


if __name__ == "__main__":
    main()
