"""Write docs/ for made59: five documents of other municipalities, built from data.py.

Run from the project root:  .venv/bin/python -m tests.questions.made59.make_documents
"""
from __future__ import annotations

from pathlib import Path

from tests.questions.made59 import data as D

HERE = Path(__file__).parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def fmt(n) -> str:
    """Number with thousands separators; ▲ for negatives; 「―」 for None."""
    if n is None:
        return "―"
    if n < 0:
        return f"▲{-n:,}"
    return f"{n:,}"


def wareki_year(y: int) -> str:
    return "令和元年" if y == 2019 else f"令和{y - 2018}年"


# --- helpers shared with make_questions ---------------------------------------------------
def staff_change(row) -> int:
    vals = row[1]
    return vals[2025][1] - vals[2023][1]


def staff_total(year: int, which: int):
    vals = [r[1][year][which] for r in D.STAFF_ROWS if r[0] != D.STAFF_REPEAT]
    if any(v is None for v in vals):
        return None
    return sum(vals)


def per_person(users, cost_k):
    if not users:
        return None
    return int(cost_k * 1000 / users + 0.5)


def fac_totals():
    users = sum(r[2] for r in D.FAC_ROWS if r[2])
    cost = sum(r[3] for r in D.FAC_ROWS)
    return users, cost, per_person(users, cost)


# --- 1. xlsx ------------------------------------------------------------------------------
def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = f"{D.STAFF_CITY}定員適正化計画（第4次）進捗状況"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "（単位：人、各年4月1日現在）"
    # two-row header on rows 4-5
    ws.cell(4, 1, "部門")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    col = 2
    for y in D.STAFF_YEARS:
        ws.cell(4, col, f"{y}年")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "計画値")
        ws.cell(5, col + 1, "実績値")
        col += 2
    ws.cell(4, col, "増減（人）")
    ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.cell(4, col + 1, "備考")
    ws.merge_cells(start_row=4, start_column=col + 1, end_row=5, end_column=col + 1)
    last_col = col + 1
    r = 6
    for name, vals, note in D.STAFF_ROWS:
        ws.cell(r, 1, name)
        c = 2
        for y in D.STAFF_YEARS:
            plan, act = vals[y]
            ws.cell(r, c, plan)
            ws.cell(r, c + 1, act if act is not None else "―")
            c += 2
        ws.cell(r, c, fmt(staff_change((name, vals))))
        if note:
            ws.cell(r, c + 1, note)
        r += 1
    ws.cell(r, 1, "合計")
    c = 2
    for y in D.STAFF_YEARS:
        ws.cell(r, c, staff_total(y, 0))
        t = staff_total(y, 1)
        ws.cell(r, c + 1, t if t is not None else "―")
        c += 2
    ws.cell(r, c, fmt(staff_total(2025, 1) - staff_total(2023, 1)))
    total_row = r
    for rr in range(4, total_row + 1):
        for cc in range(1, last_col + 1):
            cell = ws.cell(rr, cc)
            cell.border = box
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
            cell.alignment = Alignment(horizontal="center" if rr < 6 else None, vertical="center")
    r = total_row + 2
    for n in D.STAFF_NOTES:
        ws.cell(r, 1, n)
        r += 1
    ws.cell(r + 1, 1, "令和7年（2025年）9月　総務部 職員課")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["K"].width = 26
    wb.save(path)


# --- 2. docx ------------------------------------------------------------------------------
def write_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading(f"令和6年度（2024年度）{D.EVAL_CITY}行政評価 外部評価結果報告書", level=1)
    doc.add_paragraph(
        f"{D.EVAL_CITY}行政評価委員会は、令和6年7月から10月にかけて、市が選定した6事業について外部評価を実施した。"
        "評価区分は「拡充」「改善」「現状維持」「縮小」「廃止・休止」の5区分とし、各事業の結果は次のとおりである。")
    for no, name, dept, grade, comment, ind, costs, vals in D.EVAL_ITEMS:
        doc.add_heading(f"評価対象事業 {no}", level=2)
        doc.add_paragraph(f"【事業名】{name}")
        doc.add_paragraph(f"【所管】{dept}")
        doc.add_paragraph(f"【評価】{grade}")
        doc.add_paragraph(f"【委員コメント】{comment}")
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        hdr = ["区分"] + D.EVAL_YEARS
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h
        t.cell(1, 0).text = "事業費（千円）"
        t.cell(2, 0).text = ind
        for i in range(3):
            t.cell(1, i + 1).text = fmt(costs[i]) + ("※" if no == 5 and i == 2 else "")
            t.cell(2, i + 1).text = fmt(vals[i])
        if no == 5:
            doc.add_paragraph(D.EVAL_NOTE_5)
    doc.add_heading("評価結果の内訳", level=2)
    t = doc.add_table(rows=len(D.EVAL_GRADES) + 2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "評価区分"
    t.cell(0, 1).text = "件数"
    for i, g in enumerate(D.EVAL_GRADES, start=1):
        t.cell(i, 0).text = g
        t.cell(i, 1).text = str(sum(1 for it in D.EVAL_ITEMS if it[3] == g))
    t.cell(len(D.EVAL_GRADES) + 1, 0).text = "合計"
    t.cell(len(D.EVAL_GRADES) + 1, 1).text = str(len(D.EVAL_ITEMS))
    doc.add_paragraph("令和6年11月　藤沢市行政評価委員会")
    doc.save(path)


# --- 3. pdf -------------------------------------------------------------------------------
def write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    c = canvas.Canvas(str(path), pagesize=A4)
    W, H = A4
    cols = [("施設区分", 80), ("施設名", 170), ("利用者数（人）", 85), ("運営コスト（千円）", 95), ("1人当たりコスト（円）", 95)]
    x0 = 40
    rh = 22

    def header(y):
        x = x0
        c.setFont("IPAexG", 9)
        for name, w in cols:
            c.rect(x, y - rh, w, rh)
            c.drawCentredString(x + w / 2, y - rh + 7, name)
            x += w
        return y - rh

    def row(y, cells):
        x = x0
        c.setFont("IPAexG", 9)
        for i, ((_, w), v) in enumerate(zip(cols, cells)):
            c.rect(x, y - rh, w, rh)
            if i >= 2:
                c.drawRightString(x + w - 5, y - rh + 7, v)
            else:
                c.drawString(x + 4, y - rh + 7, v)
            x += w
        return y - rh

    def cells_for(i, r):
        first = i == 0 or D.FAC_ROWS[i - 1][0] != r[0]
        return [r[0] if first else "", r[1], fmt(r[2]), fmt(r[3]), fmt(per_person(r[2], r[3]))]

    c.setFont("IPAexG", 15)
    c.drawString(x0, H - 60, f"{D.FAC_CITY}公共施設の利用者数と1人当たりコスト（令和6年度実績）")
    c.setFont("IPAexG", 10)
    c.drawString(x0, H - 85, "本表は、2024年度（令和6年度）の市有施設の利用状況と運営コストを施設区分ごとにまとめたものである。")
    c.drawString(x0, H - 100, "運営コストは人件費・委託料・光熱水費・修繕費等の合計である。")
    y = H - 130
    c.setFont("IPAexG", 9)
    c.drawRightString(x0 + sum(w for _, w in cols), y + 4, "（令和7年3月31日現在）")
    y = header(y)
    for i, r in enumerate(D.FAC_ROWS[: D.FAC_PAGE1_ROWS]):
        y = row(y, cells_for(i, r))
    c.setFont("IPAexG", 9)
    c.drawCentredString(W / 2, 30, "― 1 ―")
    c.showPage()
    y = H - 60
    c.setFont("IPAexG", 9)
    c.drawString(x0, y + 4, "（前ページからの続き）")
    y = header(y)
    for i, r in enumerate(D.FAC_ROWS[D.FAC_PAGE1_ROWS:], start=D.FAC_PAGE1_ROWS):
        # page 2 starts mid-group: スポーツ施設 is not repeated
        y = row(y, cells_for(i, r))
    users, cost, pp = fac_totals()
    y = row(y, ["合計", "", fmt(users), fmt(cost), fmt(pp)])
    y -= 20
    c.setFont("IPAexG", 9)
    for n in D.FAC_NOTES:
        c.drawString(x0, y, n)
        y -= 15
    c.drawCentredString(W / 2, 30, "― 2 ―")
    c.showPage()
    c.save()


# --- 4. html ------------------------------------------------------------------------------
def write_html(path: Path) -> None:
    from html import escape

    yrs = "".join(f"<th>{escape(y)}</th>" for y in D.DX_YEARS)
    body = []
    for name, dept, now, *marks in D.DX_ROWS:
        tds = "".join(f"<td>{escape(m)}</td>" for m in marks)
        body.append(f"      <tr><td>{escape(name)}</td><td>{escape(dept)}</td><td>{escape(now)}</td>{tds}</tr>")
    counts = "".join(f"<td>{sum(1 for r in D.DX_ROWS if r[3 + i] == '●')}</td>" for i in range(3))
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>窓口手続のデジタル化ロードマップ｜{D.DX_CITY}</title></head>
<body>
  <h1>{D.DX_CITY} 窓口手続のデジタル化ロードマップ（令和7年度～令和9年度）</h1>
  <p>{D.DX_CITY}DX推進計画に基づき、市民の利用が多い窓口手続について、オンライン申請の開始時期を次のとおり定めました。
  （令和7年6月 総務部 DX推進課）</p>
  <table border="1">
    <thead>
      <tr><th rowspan="2">手続名</th><th rowspan="2">所管課</th><th rowspan="2">現状</th><th colspan="3">実施予定</th></tr>
      <tr>{yrs}</tr>
    </thead>
    <tbody>
{chr(10).join(body)}
    </tbody>
    <tfoot>
      <tr><td colspan="3">オンライン申請開始（●）の件数</td>{counts}</tr>
    </tfoot>
  </table>
  <p>{escape(D.DX_LEGEND)}</p>
  <p>{escape(D.DX_NOTE)}</p>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# --- 5. txt -------------------------------------------------------------------------------
def reform_totals():
    cut = sum(i[3] for i in D.REFORM_ITEMS if i[4] == "削減")
    inc = sum(i[3] for i in D.REFORM_ITEMS if i[4] == "増収")
    return cut + inc, cut, inc


def write_txt(path: Path) -> None:
    total, cut, inc = reform_totals()
    lines = [
        f"{D.REFORM_CITY}行財政改革の取組実績（令和6年度）",
        "",
        "令和7年6月",
        f"{D.REFORM_CITY}行政改革推進本部",
        "",
        "1　概要",
        f"　{D.REFORM_CITY}行財政改革推進計画（2022年度～2026年度）に基づき、2024年度（令和6年度）に実施した主な取組の実績を報告する。"
        "各取組の末尾の括弧内は担当課である。",
        "",
        "2　主な取組の実績",
    ]
    for no, name, dept, amt, kind, sent in D.REFORM_ITEMS:
        lines.append(f"({no}) {name}")
        lines.append(f"　{sent}")
        lines.append("")
    lines += [
        "3　効果額のまとめ",
        f"　(1)から(9)までの取組による令和6年度の効果額の合計は、約{total:,}千円（うち歳出削減約{cut:,}千円、歳入増約{inc:,}千円）である。",
        "　(10)については効果額を算定していないため、合計に含めていない。",
        D.REFORM_NOTE_7,
        D.REFORM_NOTE_8,
        "",
        "4　今後の取組",
        "　令和7年度（2025年度）は、計画期間の後半に向けて、施設の複合化とデジタル化による業務改善を重点的に進める。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


FILES = {
    "takasaki_teiin_tekiseika.xlsx": write_xlsx,
    "fujisawa_gaibu_hyoka_r6.docx": write_docx,
    "matsumoto_shisetsu_cost_r6.pdf": write_pdf,
    "fukui_madoguchi_dx_roadmap.html": write_html,
    "imizu_gyozaikaikaku_jisseki_r6.txt": write_txt,
}


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for name, fn in FILES.items():
        fn(DOCS / name)
        print(f"{name}: {(DOCS / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
