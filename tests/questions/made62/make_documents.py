"""Write docs/ for made62: a .docx plan report, an .html committee page, a .pdf joint-project table,
an .xlsx case-study list and a .txt evaluation sheet."""
import html
import unicodedata
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def plan_docx():
    doc = Document()
    doc.add_heading(f"{D.PLAN_TITLE}（令和5年度～令和8年度）", 0)
    doc.add_paragraph("令和9年6月　鶴ヶ丘市 総務部 行政改革推進室")
    doc.add_paragraph("達成度は S（計画を上回る）、A（計画どおり）、B（一部遅れ）、C（大幅な遅れ）の4段階で示す。"
                      "完了した行革項目は、完了年度の翌年度以降の行を設けていない。"
                      "令和7年度の組織改編により情報政策課はDX推進課となった。")
    for p, pname in D.PRIORITIES.items():
        doc.add_heading(f"重点事項{p}　{pname}", 1)
        for it in [i for i in D.ITEMS if i["pr"] == p]:
            doc.add_heading(f"行革項目 {it['code']}　{it['name']}", 2)
            notes = []
            if it["added"]:
                notes.append(f"追加年度：{D.WAREKI[it['added']]}")
            notes.append(f"完了年度：{D.WAREKI[it['done']]}" if it["done"] else "完了年度：―（継続）")
            doc.add_paragraph("　".join(notes))
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["年度", "取組内容", "達成度", "担当課"]):
                c.text = h
            for y in D.YEARS:
                g = it["grades"][y]
                if g is None:
                    continue
                r = t.add_row().cells
                r[0].text = D.WAREKI[y]
                r[1].text = f"{it['name']}について{D.CONTENT[g]}。"
                r[2].text = g
                r[3].text = it["dept"][y]
    doc.add_heading("達成度の集計", 1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["年度", "S", "A", "B", "C", "計"]):
        c.text = h
    for y in D.YEARS:
        gs = [i["grades"][y] for i in D.ITEMS if i["grades"][y]]
        r = t.add_row().cells
        r[0].text = D.WAREKI[y]
        for k, g in enumerate("SABC"):
            r[1 + k].text = str(gs.count(g))
        r[5].text = str(len(gs))
    doc.save(OUT / "01_鶴ヶ丘市_行財政改革実施計画_進捗評価報告書.docx")


def committee_html():
    e = html.escape
    rows = []
    for p, pname in D.PRIORITIES.items():
        s = D.SCORES[p]
        avg = f"{sum(s) / len(s):.1f}"
        rows.append("<tr><td>" + str(p) + "</td><td>" + e(pname) + "</td>"
                    + "".join(f"<td>{v}</td>" for v in s) + f"<td>{avg}</td></tr>")
    det = []
    for p, pname in D.PRIORITIES.items():
        lis = "".join(f"<li>{e(o)}</li>" for o in D.OPINIONS[p])
        det.append(f"<details><summary>重点事項{p}　{e(pname)}</summary><ul>{lis}</ul></details>")
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和8年度 行財政改革推進委員会 評価結果 | 鶴ヶ丘市</title></head>
<body>
<h1>令和8年度 鶴ヶ丘市行財政改革推進委員会 評価結果</h1>
<p>委員会は、行財政改革実施計画（令和5年度～令和8年度）の重点事項ごとに、各委員が5点満点で評価した。平均は小数第2位を四捨五入している。</p>
<table border="1">
<thead><tr><th>No.</th><th>重点事項</th>{''.join(f'<th>{m}</th>' for m in D.MEMBERS)}<th>平均</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>委員の意見</h2>
{chr(10).join(det)}
<p>令和9年7月15日　鶴ヶ丘市行財政改革推進委員会</p>
</body></html>
"""
    (OUT / "02_行財政改革推進委員会_評価結果.html").write_text(page, encoding="utf-8")


def joint_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("j", fontName="IPAex", fontSize=9, leading=12)
    h1 = ParagraphStyle("h", fontName="IPAex", fontSize=14, leading=18)
    head1 = ["番号", "事業名"] + D.MUNIS + [w for w, _ in D.JYEARS] + ["事務局"]
    head2 = ["", "", "", "", "", ""] + [s for _, s in D.JYEARS] + [""]
    body = [head1, head2]
    for j in D.JOINT:
        body.append([j["no"], j["name"]] + ["○" if m in j["members"] else "" for m in D.MUNIS]
                    + j["years"] + [j["office"]])
    t = Table(body, repeatRows=2)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)),
        ("SPAN", (9, 0), (9, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.lightgrey), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ]))
    story = [Paragraph(f"{D.REGION} 共同事業の実施状況（令和6年度～令和8年度）", h1), Spacer(1, 6),
             Paragraph("○は参加団体。年度欄の●は実施、△は検討・準備、空欄は実施なし。事務局は事業の取りまとめ団体。", st),
             Spacer(1, 8), t, Spacer(1, 8),
             Paragraph("構成団体：鶴ヶ丘市、港北町、白浜村、東山市　（令和8年4月現在）", st)]
    SimpleDocTemplate(str(OUT / "03_湾岸北部地域_共同事業一覧.pdf"), pagesize=landscape(A4)).build(story)


def cases_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "事例一覧"
    ws.append(["行政改革の先進事例集（2026年度版）　鶴ヶ丘市 行政改革推進室 調べ"])
    ws.append(["No.", "団体名", "都道府県", "分野", "取組名", "開始年度", "概要", "効果"])
    for c in D.CASES:
        ws.append([c["no"], c["org"], c["pref"], c["field"], c["title"], f"{c['start']}年度", c["summary"], c["effect"]])
    for col, w in zip("ABCDEFGH", [5, 12, 10, 12, 26, 10, 60, 60]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(OUT / "04_行政改革先進事例集_2026.xlsx")


def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s, n, right=False):
    sp = " " * max(0, n - _w(s))
    return sp + s if right else s + sp


def eval_txt():
    E = D.EVAL
    L = [E["title"], "",
         f"【事業番号】{E['no']}", f"【事業名】{E['name']}", f"【所管課】{E['dept']}", f"【開始年度】{E['start']}",
         f"【事業の目的】{E['purpose']}", "", "【事業費（千円）】"]
    L.append("".join(_pad(f"{y}年度", 14, True) for y in E["years"]))
    L.append("".join(_pad(f"{E['cost'][y]:,}", 14, True) for y in E["years"]))
    L += ["", "【指標】"]
    hdr = _pad("区分", 10) + _pad("指標名", 20) + _pad("単位", 6) + _pad("", 6) + "".join(_pad(f"{y}年度", 10, True) for y in E["years"])
    L.append(hdr)
    L.append("-" * _w(hdr))
    for ind in E["indicators"]:
        for lab, vals in (("目標", ind["plan"]), ("実績", ind["actual"]),
                          ("達成率", [f"{D.rate(p, a):.1f}%" for p, a in zip(ind["plan"], ind["actual"])])):
            first = lab == "目標"
            L.append(_pad(ind["kind"] if first else "", 10) + _pad(ind["name"] if first else "", 20)
                     + _pad(ind["unit"] if first else "", 6) + _pad(lab, 6)
                     + "".join(_pad(str(v), 10, True) for v in vals))
    L += ["", f"【評価結果】{E['evaluation']}", f"【今後の方向性】{E['direction']}", ""]
    (OUT / "05_事務事業評価表_オンライン申請推進事業.txt").write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    plan_docx(); committee_html(); joint_pdf(); cases_xlsx(); eval_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
