"""Write docs/ for made65: a .pdf 施策評価結果 (one page per 施策), an .xlsx 使用料・手数料 review with a
summary sheet, a .docx 審議会 会議録, an .html 指定管理者 monitoring table and a fixed-width .txt 効果額 table."""
import html
import unicodedata
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def num(v):
    if isinstance(v, float):
        return f"{v:,.1f}"
    return f"{v:,}"


def policy_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("b", fontName="IPAex", fontSize=9, leading=13)
    h1 = ParagraphStyle("h", fontName="IPAex", fontSize=14, leading=20)
    story = [Paragraph(f"令和6年度 {D.CITY} 行政評価（施策評価）結果", h1), Spacer(1, 6),
             Paragraph("評価は A（順調に進んでいる）、B（概ね順調）、C（やや遅れている）、D（遅れている）の4段階。"
                       "達成状況は、基準値からの動きが目標に向かっていれば↑、横ばいは→、目標から遠ざかっていれば↓とした。"
                       "令和7年8月　汐見ヶ原市 企画部 行政経営課", st), PageBreak()]
    for i, p in enumerate(D.POLICIES):
        lab = Table([["施策番号", p["no"]], ["施策名", p["name"]], ["主管課", p["dept"]],
                     ["評価", f"{p['grade']}（{D.GRADE_MEANING[p['grade']]}）"]], colWidths=[70, 330])
        lab.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                                 ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                 ("BACKGROUND", (0, 0), (0, -1), colors.lightgrey)]))
        body = [["指標名", "単位", "基準値", "R5実績", "R6実績", "目標値(R8)", "達成状況"]]
        for k in p["kpi"]:
            body.append([k[0], k[1]] + [num(v) for v in k[2:6]] + [k[6]])
        kt = Table(body, colWidths=[150, 35, 55, 55, 55, 60, 50])
        kt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                ("ALIGN", (2, 1), (-2, -1), "RIGHT"), ("ALIGN", (-1, 0), (-1, -1), "CENTER")]))
        story += [Paragraph(f"施策評価シート（{i + 1}/{len(D.POLICIES)}）", h1), Spacer(1, 6), lab, Spacer(1, 10),
                  Paragraph("■ 成果指標", st), Spacer(1, 4), kt, Spacer(1, 10),
                  Paragraph(f"■ 評価の理由：{p['name']}の取組は、成果指標の動きから{D.GRADE_MEANING[p['grade']]}と判断した。", st)]
        if i < len(D.POLICIES) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(OUT / "01_汐見ヶ原市_令和6年度_施策評価結果.pdf"), pagesize=A4).build(story)


def fees_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    ws.append(["汐見ヶ原市 使用料・手数料の見直し一覧（令和7年12月 行政経営課）"])
    ws.append(["改定率は（改定後料金－現行料金）÷現行料金×100、小数第2位を四捨五入。施行日が「－」のものは据置き。"])
    ws.append(["No.", "区分", "施設・手数料名", "所管課", "単位", "現行料金（円）", "改定後料金（円）",
               "改定率（%）", "施行日", "年間増収見込額（千円）", "備考"])
    for f in D.FEES:
        ws.append([f["no"], f["kind"], f["name"], f["dept"], f["unit"], f["old"], f["new"], f["rate"],
                   f["start"] or "－", f["gain"], f["note"]])
    for row in ws.iter_rows(min_row=4, min_col=6, max_col=7):
        for c in row:
            c.number_format = "#,##0"
    for row in ws.iter_rows(min_row=4, min_col=8, max_col=8):
        for c in row:
            c.number_format = "0.0"
    for col, w in zip("ABCDEFGHIJK", [5, 8, 26, 16, 8, 12, 12, 10, 16, 14, 30]):
        ws.column_dimensions[col].width = w
    ws["A1"].font = Font(bold=True, size=13)
    s = wb.create_sheet("所管課別集計")
    s.append(["所管課別の集計"])
    s.append(["所管課", "対象件数", "うち改定", "うち据置き", "年間増収見込額（千円）"])
    depts = []
    for f in D.FEES:
        if f["dept"] not in depts:
            depts.append(f["dept"])
    for d in depts:
        fs = [f for f in D.FEES if f["dept"] == d]
        s.append([d, len(fs), sum(1 for f in fs if f["start"]), sum(1 for f in fs if not f["start"]),
                  sum(f["gain"] for f in fs)])
    s.append(["合計", len(D.FEES), sum(1 for f in D.FEES if f["start"]), sum(1 for f in D.FEES if not f["start"]),
              sum(f["gain"] for f in D.FEES)])
    s.column_dimensions["A"].width = 18
    s.column_dimensions["E"].width = 22
    wb.save(OUT / "02_汐見ヶ原市_使用料手数料_見直し一覧.xlsx")


def minutes_docx():
    M = D.MEETING
    doc = Document()
    doc.add_heading(M["title"], 0)
    doc.add_paragraph(f"１　日　時　　{M['date']}")
    doc.add_paragraph(f"２　場　所　　{M['place']}")
    doc.add_paragraph("３　出席委員　　" + "、".join(f"{r} {n}" for r, n in M["present"]) + f"（{len(M['present'])}名）")
    doc.add_paragraph("４　欠席委員　　" + "、".join(f"{r} {n}" for r, n in M["absent"]) + f"（{len(M['absent'])}名）")
    doc.add_paragraph("５　事 務 局　　" + "、".join(f"{r} {n}" for r, n in M["staff"]))
    doc.add_paragraph("６　議　題")
    for k, a in enumerate(M["agenda"], 1):
        doc.add_paragraph(f"（{k}）{a}")
    doc.add_paragraph("７　会議の経過")
    doc.add_paragraph("会長が議事を進行し、事務局から資料に基づき説明があった後、質疑が行われた。主な質疑は次のとおり。")
    for who, text in D.DIALOG:
        doc.add_paragraph(f"{who}　{text}")
    doc.add_paragraph(f"８　次回開催　　{M['next']}")
    doc.add_paragraph("以上")
    doc.save(OUT / "03_椿野町_行政改革推進審議会_会議録.docx")


def monitoring_html():
    e = html.escape
    rows = []
    for f in D.FACILITIES:
        rows.append(f"<tr><td>{e(f['name'])}</td><td>{e(f['mgr'])}</td><td>{f['start']}～{f['end']}</td>"
                    f"<td>{f['grade']}</td><td>{f['r5']:,}</td><td>{f['r6']:,}</td></tr>")
    legend = "".join(f"<li>{g}：{e(t)}</li>" for g, t in D.FAC_GRADE.items())
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>指定管理者モニタリング結果（令和6年度） | 汐見ヶ原市</title></head>
<body>
<nav><a href="/">トップ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 指定管理者制度</nav>
<h1>指定管理者によるモニタリング結果（令和6年度実施分）</h1>
<p>市では、指定管理者制度を導入している施設について、毎年度、管理運営状況を評価しています。</p>
<table border="1">
<caption>令和6年度 指定管理施設 総合評価一覧（利用者数は延べ人数）</caption>
<thead><tr><th rowspan="2">施設名</th><th rowspan="2">指定管理者</th><th rowspan="2">指定期間</th><th rowspan="2">総合評価</th><th colspan="2">利用者数（人）</th></tr>
<tr><th>令和5年度</th><th>令和6年度</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>注記</h2>
<ul>
<li>総合評価の区分は次のとおりです。<ul>{legend}</ul></li>
<li>海浜公園キャンプ場は、令和6年8月の台風被害により約1か月休業しました。</li>
<li>指定期間の「R3.4.1～R8.3.31」は令和3年4月1日から令和8年3月31日までを表します。</li>
</ul>
<p>担当：汐見ヶ原市 企画部 行政経営課（令和7年9月30日更新）</p>
</body></html>
"""
    (OUT / "04_汐見ヶ原市_指定管理者モニタリング結果.html").write_text(page, encoding="utf-8")


def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" and ch not in "" else 1 for ch in s)


def _pad(s, n, right=False):
    sp = " " * max(0, n - _w(s))
    return sp + s if right else s + sp


def tri(v):
    return f"▲{-v:,}" if v < 0 else f"{v:,}"


def effect_txt():
    L = [f"{D.TOWN} 行政改革の効果額の推移（第5次行政改革大綱）", "",
         "（単位：千円）　▲はマイナス（導入経費等が削減効果を上回ったもの）", ""]
    hdr = _pad("取組", 26) + "".join(_pad(D.WAREKI[y], 12, True) for y in D.EFFECT_YEARS) + _pad("累計", 12, True) + "  状況"
    L.append(hdr)
    L.append("-" * _w(hdr))
    for e in D.EFFECTS:
        L.append(_pad(e["name"], 26) + "".join(_pad(tri(e["v"][y]), 12, True) for y in D.EFFECT_YEARS)
                 + _pad(tri(e["total"]), 12, True) + "  " + e["status"])
    L.append("-" * _w(hdr))
    tot = {y: sum(e["v"][y] for e in D.EFFECTS) for y in D.EFFECT_YEARS}
    L.append(_pad("合計", 26) + "".join(_pad(tri(tot[y]), 12, True) for y in D.EFFECT_YEARS)
             + _pad(tri(sum(tot.values())), 12, True))
    L += ["", "注1　状況の「完了」は、取組を終え効果額の計上を終了する予定のもの。",
          "注2　未利用町有地の売却は売却年度の売却額を計上している。",
          "", "椿野町 総務課 行革係（令和7年10月）", ""]
    (OUT / "05_椿野町_行革効果額の推移.txt").write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    policy_pdf(); fees_xlsx(); minutes_docx(); monitoring_html(); effect_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
