"""Write docs/ for made74: an .xlsx subsidy review list and a .docx meeting record (南条野市), a .pdf
指定管理者 monitoring report and a .txt ふるさと納税 table (久米ヶ原町), an .html 新旧対照表 (槙ノ沢市)."""
import html
import unicodedata
from pathlib import Path

from docx import Document
from docx.shared import Pt
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


def subsidies_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    ws.append([D.SUB_TITLE])
    ws.append([D.SUB_NOTE])
    ws.append(D.SUB_HEADER)
    ws["A1"].font = Font(size=14, bold=True)
    for s in D.SUBSIDIES:
        ws.append([s["no"], s["name"], s["dept"], s["to"], s["r7"], s["r8"] if s["r8"] else "―",
                   s["kind"], D.tri(D.diff(s)), s["note"]])
    t7 = sum(s["r7"] for s in D.SUBSIDIES)
    t8 = sum(D.r8v(s) for s in D.SUBSIDIES)
    ws.append(["", "合計", "", "", t7, t8, "", D.tri(t8 - t7), ""])
    ws.append([])
    for n in D.SUB_FOOTNOTES:
        ws.append([n])
    for row in ws.iter_rows(min_row=4, max_row=4 + len(D.SUBSIDIES)):
        for c in row[4:6]:
            c.number_format = "#,##0"
        row[7].alignment = Alignment(horizontal="right")
    for col, w in zip("ABCDEFGHI", [5, 30, 14, 30, 14, 14, 10, 12, 34]):
        ws.column_dimensions[col].width = w
    for c in ws[3]:
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.font = Font(bold=True)
    wb.save(OUT / "01_南条野市_令和8年度補助金等見直し一覧.xlsx")


def minutes_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    doc.add_heading(D.MIN_TITLE, 1)
    doc.add_paragraph(f"日　時：{D.MIN_DATE}")
    doc.add_paragraph(f"場　所：{D.MIN_PLACE}")
    doc.add_paragraph("出席者：" + "、".join(f"{r} {n}" for r, n in D.MIN_ATTEND))
    r, n, why = D.MIN_ABSENT
    doc.add_paragraph(f"欠席者：{r} {n}（{why}）")
    doc.add_paragraph(D.MIN_STAFF)
    doc.add_paragraph("議　題：")
    for title, _ in D.MIN_AGENDA:
        doc.add_paragraph("　" + title)
    doc.add_heading("会議の経過", 2)
    doc.add_paragraph("開会（午後2時00分）　行政改革推進室長の進行により開会した。")
    for title, turns in D.MIN_AGENDA:
        doc.add_heading(title, 3)
        for who, what in turns:
            doc.add_paragraph(f"【{who}】　{what}")
    doc.add_paragraph("閉会（午後3時30分）")
    doc.add_paragraph("以上")
    doc.save(OUT / "02_南条野市_行政改革推進本部会議_議事録_R7第2回.docx")


def monitoring_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    body = ParagraphStyle("b", fontName="IPAex", fontSize=10, leading=15)
    small = ParagraphStyle("s", fontName="IPAex", fontSize=8, leading=11)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=14, leading=20)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=11, leading=16)
    story = []
    for k, f in enumerate(D.FACILITIES, 1):
        story += [Paragraph(f"{D.TOWN} {D.MON_TITLE}（{k}/{len(D.FACILITIES)}）", h1), Spacer(1, 6)]
        info = [["施設名", f["name"]], ["所管課", f["dept"]], ["指定管理者", f["op"]],
                ["指定期間", D.period_text(f)],
                ["利用者数", f"令和5年度　{f['users'][0]:,}人　／　令和6年度　{f['users'][1]:,}人"]]
        t = Table(info, colWidths=[80, 380])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (0, -1), colors.lightgrey)]))
        story += [t, Spacer(1, 10), Paragraph("1　評価項目別の評価", h2)]
        rows = [["評価項目", "評価"]] + [[it, g] for it, g in zip(D.MON_ITEMS, f["grades"])]
        t = Table(rows, colWidths=[260, 60])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story += [t, Spacer(1, 10), Paragraph(f"2　総合評価　　{f['total']}", h2), Spacer(1, 6),
                  Paragraph("3　所見", h2), Paragraph(f["view"], body), Spacer(1, 14),
                  Paragraph(D.GRADE_NOTE, small)]
        if k < len(D.FACILITIES):
            story.append(PageBreak())
    SimpleDocTemplate(str(OUT / "03_久米ヶ原町_指定管理者モニタリング評価_R6.pdf"), pagesize=A4,
                      title=f"{D.TOWN} {D.MON_TITLE}").build(story)


def _spans(keys):
    """rowspan per row index for consecutive equal keys: {start: n}; rows covered get 0."""
    out, i = {}, 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[i]:
            j += 1
        out[i] = j - i + 1
        for k in range(i + 1, j + 1):
            out[k] = 0
        i = j + 1
    return out


def org_html():
    e = html.escape
    R = D.ORG
    old_bu = _spans([r[0] for r in R])
    old_ka = _spans([(r[0], r[1]) if r[1] != "（新設）" else (k,) for k, r in enumerate(R)])
    # 新部 merged only inside one 旧部 group
    new_bu = _spans([(r[0], r[2]) if r[0] != "―" else (k,) for k, r in enumerate(R)])
    trs = []
    for k, (ob, ok, nb, nk, why) in enumerate(R):
        cells = []
        if old_bu[k]:
            cells.append(f'<td rowspan="{old_bu[k]}">{e(ob)}</td>' if old_bu[k] > 1 else f"<td>{e(ob)}</td>")
        if old_ka[k]:
            cells.append(f'<td rowspan="{old_ka[k]}">{e(ok)}</td>' if old_ka[k] > 1 else f"<td>{e(ok)}</td>")
        if new_bu[k]:
            cells.append(f'<td rowspan="{new_bu[k]}">{e(nb)}</td>' if new_bu[k] > 1 else f"<td>{e(nb)}</td>")
        cells.append(f"<td>{e(nk)}</td><td>{e(why)}</td>")
        trs.append("<tr>" + "".join(cells) + "</tr>")
    notes = "".join(f"<li>{e(n)}</li>" for n in D.ORG_NOTES)
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>組織機構改正について｜槙ノ沢市</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #666;padding:4px 8px}}</style></head>
<body>
<nav><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; 組織機構改正について</nav>
<h1>令和8年4月1日から市の組織が変わります</h1>
<p>槙ノ沢市では、行政改革大綱に基づき、デジタル化の推進と子ども・子育て施策の充実を図るため、令和8年4月1日に組織機構を改正します。
改正後は6部から8部体制となります。主な改正内容は次の新旧対照表のとおりです。</p>
<h2>{e(D.ORG_TITLE)}</h2>
<table>
<thead><tr><th colspan="2">旧（令和8年3月31日まで）</th><th colspan="2">新（令和8年4月1日から）</th><th rowspan="2">改正理由</th></tr>
<tr><th>旧部</th><th>旧課</th><th>新部</th><th>新課</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody></table>
<ul>{notes}</ul>
<p>お問い合わせ：槙ノ沢市 企画財政部 企画課（令和8年4月1日からは企画政策課）</p>
</body></html>
"""
    (OUT / "04_槙ノ沢市_組織機構改正_新旧対照表.html").write_text(page, encoding="utf-8")


def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)


def _pad(s, n, right=False):
    sp = " " * max(0, n - _w(s))
    return sp + s if right else s + sp


def furusato_txt():
    L = [D.FURU_TITLE, "", "久米ヶ原町 企画課 ふるさと納税推進係　令和7年5月作成", "",
         "■ 年度別 寄附件数・寄附額・返礼品（上位3品目）", ""]
    hdr = (_pad("年度", 12) + _pad("寄附件数（件）", 16, True) + _pad("寄附額（円）", 16, True) + "  "
           + _pad("返礼品1位", 24) + _pad("返礼品2位", 24) + "返礼品3位")
    L.append(hdr)
    L.append("-" * (_w(hdr) + 14))
    for lab, _, n, amt, top in D.FURU:
        L.append(_pad(lab, 12) + _pad(f"{n:,}", 16, True) + _pad(f"{amt:,}", 16, True) + "  "
                 + _pad(top[0], 24) + _pad(top[1], 24) + top[2])
    L.append("-" * (_w(hdr) + 14))
    L.append(_pad("合計", 12) + _pad(f"{sum(r[2] for r in D.FURU):,}", 16, True)
             + _pad(f"{sum(r[3] for r in D.FURU):,}", 16, True))
    L.append("")
    L += D.FURU_NOTES
    L.append("")
    (OUT / "05_久米ヶ原町_ふるさと納税_寄附実績.txt").write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    subsidies_xlsx(); minutes_docx(); monitoring_pdf(); org_html(); furusato_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
