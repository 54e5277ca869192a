"""Write made53/docs/: five documents of other municipalities from data.py."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def yen(v):
    return "―" if v is None else f"{v:,}"


# 1. xlsx: effects with a merged title row holding the unit, a two-row header, a 合計 row at the top,
#    merged 区分 cells, 小計 rows, ※ notes
def write_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "効果額集計"
    ws.append(["宇都宮市行政改革大綱 取組別効果額集計表（令和6年度実績）　（単位：万円）"] + [None] * 6)
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["No.", "区分", "取組項目", "所管課", "効果額（万円）", None, "備考"])
    ws.append([None, None, None, None, "令和6年度（単年度）", "累計（令和4～6年度）", None])
    for col in "ABCDG":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2")
    single = sum(e[4] or 0 for e in D.EFFECTS)
    total = sum(e[5] for e in D.EFFECTS)
    ws.append(["合計", None, None, None, single, total, None])
    ws.merge_cells("A4:D4")
    for kubun in ("歳入確保", "歳出削減"):
        rows = [e for e in D.EFFECTS if e[1] == kubun]
        first = ws.max_row + 1
        for no, k, name, ka, s, c, note in rows:
            ws.append([no, k, name, ka, "―" if s is None else s, c, note or None])
        ws.merge_cells(f"B{first}:B{ws.max_row}")
        ws.append([None, f"{kubun} 小計", None, None,
                   sum(e[4] or 0 for e in rows), sum(e[5] for e in rows), None])
        ws.merge_cells(f"B{ws.max_row}:D{ws.max_row}")
    ws.append(["※1 効果額は、取組を実施しなかった場合と比較した財政効果額を万円未満四捨五入で計上しています。"])
    ws.append(["※2 職員定数の適正化の効果額は、平均給与費に削減人数を乗じて算出しています。"])
    ws.append(["※3 「―」は当該年度に効果額がないことを示します。"])
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(vertical="center", wrap_text=False)
            if isinstance(c.value, int):
                c.number_format = "#,##0"
    for col, w in zip("ABCDEFG", (6, 10, 36, 22, 18, 20, 22)):
        ws.column_dimensions[col].width = w
    wb.save(DOCS / D.UTSUNOMIYA_FILE)


# 2. docx: councils with a two-row header (委員構成 over three columns), a note row inside the table,
#    「―」 and blank cells, a 合計 row, a target in the lead paragraph
def write_docx():
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("審議会等委員の構成状況（令和7年4月1日現在）", level=1)
    doc.add_paragraph("金沢市総務局 行政経営課")
    doc.add_paragraph(
        "本市では、「金沢市行政改革大綱」に基づき、審議会等の運営の透明化と市民参画の推進を図るため、"
        f"女性委員の登用率を令和8年度末までに{D.WOMEN_TARGET:.0f}％以上とすることを目標としています。"
        "また、公募委員の選任が可能な審議会等については、積極的に公募委員を登用することとしています。"
        "令和7年4月1日現在の状況は次のとおりです。")
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h1 = ["番号", "審議会等の名称", "所管課", "委員構成", "", "", "女性比率（%）", "備考"]
    h2 = ["", "", "", "委員数（人）", "うち女性（人）", "うち公募（人）", "", ""]
    for i, (a, b) in enumerate(zip(h1, h2)):
        t.cell(0, i).text = a
        t.cell(1, i).text = b
    for i in (0, 1, 2, 6, 7):
        t.cell(0, i).merge(t.cell(1, i)).text = h1[i]
    t.cell(0, 3).merge(t.cell(0, 5)).text = "委員構成"
    for no, name, ka, n, w, p, note in D.COUNCILS:
        if no == D.COUNCIL_NOTE_BEFORE:
            cells = t.add_row().cells
            m = cells[0].merge(cells[7])
            m.text = "※ 以下の審議会等は、法令等により委員の一部が関係団体の代表者等の充て職とされているものです。"
        cells = t.add_row().cells
        vals = [str(no), name, ka, str(n), str(w), "―" if p is None else str(p), f"{D.pct(w, n):.1f}", note]
        for c, v in zip(cells, vals):
            c.text = v
    n = sum(c[3] for c in D.COUNCILS)
    w = sum(c[4] for c in D.COUNCILS)
    p = sum(c[5] or 0 for c in D.COUNCILS)
    cells = t.add_row().cells
    m = cells[0].merge(cells[2])
    m.text = "合計"
    for c, v in zip(cells[3:], [str(n), str(w), str(p), f"{D.pct(w, n):.1f}", ""]):
        c.text = v
    doc.add_paragraph("※1 女性比率は、委員数に占める女性委員の割合（小数点以下第2位を四捨五入）です。")
    doc.add_paragraph("※2 公募欄の「―」は、公募委員の枠を設けていない審議会等を示します。")
    doc.add_paragraph(f"※3 女性比率が目標（{D.WOMEN_TARGET:.0f}％）に達していない審議会等については、"
                      "次回改選時に関係団体へ女性委員の推薦を依頼します。")
    doc.save(DOCS / D.KANAZAWA_FILE)


# 3. pdf: bid results on one landscape page, 不調 rows with 「―」, a legend and notes
def write_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    title = ParagraphStyle("t", fontName="IPAexG", fontSize=14, leading=18)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=8.5, leading=12)
    doc = SimpleDocTemplate(str(DOCS / D.HIMEJI_FILE), pagesize=landscape(A4),
                            topMargin=28, bottomMargin=28, leftMargin=30, rightMargin=30)
    story = [Paragraph("入札結果一覧（令和7年10月執行分）", title),
             Paragraph("姫路市 財政局 契約課　　令和7年11月5日公表", body), Spacer(1, 6),
             Paragraph("令和7年10月に執行した工事・業務委託・物品購入の入札結果を公表します。"
                       "金額はいずれも消費税及び地方消費税を含まない額です。", body), Spacer(1, 6)]
    rows = [["番号", "入札日", "件名", "契約方法", "予定価格（円）", "落札価格（円）", "落札率（%）", "落札者"]]
    for no, day, name, how, plan, price, who in D.BIDS:
        if price is None:
            rows.append([str(no), day, name, how, yen(plan), "―", "―", "不調"])
        else:
            rows.append([str(no), day, name, how, yen(plan), yen(price), f"{D.pct(price, plan):.1f}", who])
    t = Table(rows, colWidths=[30, 52, 200, 66, 84, 84, 60, 150], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (4, 1), (6, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8)]
    for note in ["※1 落札率＝落札価格÷予定価格×100（小数点以下第2位を四捨五入）",
                 "※2 「不調」は、入札参加者がいなかった又は全ての入札が予定価格を超えたため落札者が決定しなかったものです。"
                 "不調となった案件は、条件を見直したうえで再度入札を行います。",
                 "※3 一般競争入札は制限付き一般競争入札を含みます。"]:
        story.append(Paragraph(note, body))
    doc.build(story)


# 4. html: overtime by 部 and quarter, a two-row header with rowspan/colspan, units in headers,
#    △ for decreases, a note row inside the table, a 合計 row at the bottom
def write_html():
    head = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>時間外勤務の状況（令和6年度）｜川越市</title></head>
<body>
<p><a href="/">川越市トップ</a> &gt; 市政情報 &gt; 人事・給与 &gt; 時間外勤務の状況</p>
<h1>時間外勤務の状況（令和6年度）</h1>
<p>更新日：2025年6月20日　担当：総務部 職員課</p>
<p>川越市では、職員の健康保持とワーク・ライフ・バランスの推進のため、時間外勤務の縮減に取り組んでいます。
令和6年度（2024年度）の部別・四半期別の時間外勤務時間は次のとおりです。</p>
<table border="1">
<caption>部別・四半期別 時間外勤務時間（単位：時間）</caption>
<thead>
<tr><th rowspan="2">部名</th><th colspan="5">令和6年度</th><th rowspan="2">令和5年度<br>年間計（時間）</th><th colspan="2">前年度比</th></tr>
<tr><th>第1四半期<br>（4～6月）</th><th>第2四半期<br>（7～9月）</th><th>第3四半期<br>（10～12月）</th><th>第4四半期<br>（1～3月）</th><th>年間計（時間）</th><th>増減（時間）</th><th>増減率（%）</th></tr>
</thead>
<tbody>
"""
    body = []
    for name, *qs, prev in D.OVERTIME:
        if name == "選挙管理委員会事務局":
            body.append('<tr><td colspan="9">※ 選挙管理委員会事務局は、令和6年10月執行の衆議院議員総選挙に伴い第3四半期が増加しています。</td></tr>')
        cur = sum(qs)
        cells = [name] + [f"{q:,}" for q in qs] + [f"{cur:,}", f"{prev:,}", D.sankaku(cur - prev),
                                                   D.sankaku(D.change_pct(cur, prev), "{:.1f}")]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    qsum = [sum(r[i] for r in D.OVERTIME) for i in range(1, 5)]
    cur, prev = sum(qsum), sum(r[5] for r in D.OVERTIME)
    cells = ["合計"] + [f"{q:,}" for q in qsum] + [f"{cur:,}", f"{prev:,}", D.sankaku(cur - prev),
                                                  D.sankaku(D.change_pct(cur, prev), "{:.1f}")]
    body.append("<tr>" + "".join(f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>" for i, c in enumerate(cells)) + "</tr>")
    tail = """
</tbody>
</table>
<p>※1 「△」は減少を示します。</p>
<p>※2 管理職員を除く一般職の職員の時間外勤務時間です。会計年度任用職員を含みません。</p>
<p>※3 増減率は小数点以下第2位を四捨五入しています。</p>
<h2>今後の取組</h2>
<p>ノー残業デーの徹底、業務の平準化、RPA等の活用による事務の効率化により、令和7年度は全庁で前年度比5％の縮減を目指します。</p>
</body></html>
"""
    (DOCS / D.KAWAGOE_FILE).write_text(head + "\n".join(body) + tail, encoding="utf-8")


# 5. txt: energy use as tab-separated tables (as pasted from a spreadsheet), 「―」 for no gas, notes
def write_txt():
    lines = [
        "所沢市 庁舎等のエネルギー使用量（令和6年度）",
        "",
        "令和7年7月　所沢市 環境クリーン部 環境政策課",
        "",
        "本市は「所沢市役所エコオフィス計画」において、市の主要施設のエネルギー使用量を",
        f"令和7年度までに基準年度（令和元年度・2019年度）比で{-D.ENERGY_TARGET:.0f}％削減することを目標としています。",
        "令和6年度（2024年度）の主要7施設の使用量は次のとおりです。",
        "",
        "１　電気使用量（単位：kWh）",
        "",
        "施設名\t基準年度（令和元年度）\t令和5年度\t令和6年度\t基準年度比（%）",
    ]
    for name, b, r5, r6, *_ in D.ENERGY:
        lines.append("\t".join([name, f"{b:,}", f"{r5:,}", f"{r6:,}", D.sankaku(D.change_pct(r6, b), "{:.1f}")]))
    b, r5, r6 = (sum(e[i] for e in D.ENERGY) for i in (1, 2, 3))
    lines.append("\t".join(["計", f"{b:,}", f"{r5:,}", f"{r6:,}", D.sankaku(D.change_pct(r6, b), "{:.1f}")]))
    lines += ["", "２　都市ガス使用量（単位：m3）", "",
              "施設名\t基準年度（令和元年度）\t令和5年度\t令和6年度\t基準年度比（%）"]
    for name, _, _, _, b, r5, r6 in D.ENERGY:
        if b is None:
            lines.append("\t".join([name, "―", "―", "―", "―"]))
        else:
            lines.append("\t".join([name, f"{b:,}", f"{r5:,}", f"{r6:,}", D.sankaku(D.change_pct(r6, b), "{:.1f}")]))
    gas = [e for e in D.ENERGY if e[4] is not None]
    b, r5, r6 = (sum(e[i] for e in gas) for i in (4, 5, 6))
    lines.append("\t".join(["計", f"{b:,}", f"{r5:,}", f"{r6:,}", D.sankaku(D.change_pct(r6, b), "{:.1f}")]))
    lines += ["",
              "※1 基準年度比は、基準年度に対する令和6年度の増減率です。「△」は減少を示します。",
              "※2 東部クリーンセンター及び所沢図書館本館は都市ガスを使用していないため「―」としています。",
              "※3 市民文化センターは、令和6年度に大ホールの利用が再開したため、電気・ガスとも前年度より増加しています。",
              "",
              "３　今後の取組",
              "",
              "照明のLED化、空調設備の更新、デマンド監視装置による電力の見える化を進め、目標の達成を目指します。",
              ""]
    (DOCS / D.TOKOROZAWA_FILE).write_text("\n".join(lines), encoding="utf-8")


def main():
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    write_xlsx()
    write_docx()
    write_pdf()
    write_html()
    write_txt()
    for p in sorted(DOCS.iterdir()):
        print(f"{p.stat().st_size:>8,}  {p.name}")


if __name__ == "__main__":
    main()
