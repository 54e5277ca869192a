"""Write made44/docs/: 刈谷市 subsidy review (XLSX) and KPI progress (HTML), 丸亀市 fee revision (PDF) and
council answers (TXT), 鈴鹿市 individual facilities plan summary (DOCX), all from data.py."""
from __future__ import annotations

from pathlib import Path

from . import data as D

DOCS = Path(__file__).resolve().parent / "docs"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"


def yen(v) -> str:
    return f"{v:,}"


# ------------------------------------------------------------------ 刈谷市 補助金 (xlsx)
def make_subsidies(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "令和6年度　補助金等の見直し結果一覧"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:J1")
    ws["A2"] = "刈谷市　企画財政部　財務課"
    ws["J2"] = "（単位：千円）"
    heads = ["No.", "所管部", "所管課", "補助金等の名称", "交付先"]
    for i, h in enumerate(heads, start=1):
        ws.cell(3, i, h)
        ws.merge_cells(start_row=3, start_column=i, end_row=4, end_column=i)
    ws.cell(3, 6, "補助金額")
    ws.merge_cells("F3:H3")
    for i, y in enumerate(D.SUBSIDY_YEARS):
        ws.cell(4, 6 + i, y)
    ws.cell(3, 9, "見直し区分")
    ws.merge_cells("I3:I4")
    ws.cell(3, 10, "見直しの内容")
    ws.merge_cells("J3:J4")
    row = 5
    dept_start = {}
    for no, dept, div, name, to, amounts, kind, note in D.SUBSIDIES:
        if dept not in dept_start:
            dept_start[dept] = row
            ws.cell(row, 2, dept)
        ws.cell(row, 1, no)
        ws.cell(row, 3, div)
        ws.cell(row, 4, name)
        ws.cell(row, 5, to)
        for i, a in enumerate(amounts):
            c = ws.cell(row, 6 + i, a)
            c.number_format = "#,##0"
        ws.cell(row, 9, kind)
        ws.cell(row, 10, note)
        row += 1
    # 所管部 merged vertically over its rows
    depts = list(dept_start)
    for i, dept in enumerate(depts):
        start = dept_start[dept]
        end = (dept_start[depts[i + 1]] if i + 1 < len(depts) else row) - 1
        if end > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
    ws.cell(row, 1, "合計")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    for i in range(3):
        c = ws.cell(row, 6 + i, sum(s[5][i] for s in D.SUBSIDIES))
        c.number_format = "#,##0"
    last = row
    for r in ws.iter_rows(min_row=3, max_row=last, max_col=10):
        for c in r:
            c.border = box
            c.alignment = Alignment(vertical="center", wrap_text=True)
    notes = [
        "※1　見直し区分　継続：現行どおり継続　拡充：補助対象・補助額を拡大　縮小：補助額・補助率を縮減　"
        "統合：他の補助金等と統合　廃止：補助金等を廃止",
        "※2　令和6年度予算額が0の補助金等は、令和5年度をもって終了したもの又は他の補助金等に統合したもの。",
        "※3　金額は千円未満を四捨五入しているため、合計が一致しない場合がある。",
    ]
    for i, n in enumerate(notes):
        ws.cell(last + 2 + i, 1, n)
    widths = [5, 12, 13, 30, 22, 12, 12, 12, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path)


# ------------------------------------------------------------------ 丸亀市 使用料・手数料 (pdf)
def make_fees(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexGothic", GOTHIC))
    pdfmetrics.registerFont(TTFont("IPAexMincho", MINCHO))
    title = ParagraphStyle("t", fontName="IPAexGothic", fontSize=15, leading=22, alignment=1)
    h = ParagraphStyle("h", fontName="IPAexGothic", fontSize=11.5, leading=18, spaceBefore=8)
    body = ParagraphStyle("b", fontName="IPAexMincho", fontSize=10, leading=16)
    note = ParagraphStyle("n", fontName="IPAexMincho", fontSize=8.5, leading=13)

    def footer(canvas, doc):
        canvas.setFont("IPAexGothic", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {doc.page} -")

    story = [
        Paragraph("使用料・手数料の改定について", title),
        Paragraph("（令和7年4月1日改定）", ParagraphStyle("s", parent=title, fontSize=10.5)),
        Spacer(1, 4 * mm),
        Paragraph("令和6年12月　丸亀市 総務部 財政課", ParagraphStyle("r", parent=body, alignment=2)),
        Paragraph("1　改定の趣旨", h),
        Paragraph(
            "本市の公共施設の使用料及び各種手数料は、平成27年度の見直し以降、約10年にわたり据え置いてきました。"
            "この間、光熱水費や人件費をはじめとする施設の維持管理経費は大きく増加しており、施設を利用する方と"
            "利用しない方との負担の公平性を確保する観点から、「丸亀市使用料・手数料の設定に関する基本方針」に基づき"
            "料金を見直すこととしました。", body),
        Paragraph("2　見直しの基本的な考え方", h),
        Paragraph("（1）原価（維持管理経費）に施設の性質別負担割合を乗じて算定した額を基本とします。", body),
        Paragraph("（2）急激な負担増とならないよう、引上げ幅は原則として現行料金の2割以内とします。", body),
        Paragraph("（3）算定額が現行料金を下回る場合は、算定額まで引き下げます。", body),
        Paragraph("（4）減免制度は現行どおりとします。", body),
        Paragraph("3　施設使用料の改定内容", h),
        Paragraph("（単位：円）", ParagraphStyle("u", parent=note, alignment=2)),
    ]
    head = ["No.", "施設名", "区分", "単位", "現行料金", "改定後料金", "増減率"]
    rows = [head]
    spans = []
    prev = None
    for no, fac, kind, unit, old, new in D.FACILITY_FEES:
        r = len(rows)
        name = fac if fac != prev else ""
        if fac != prev:
            spans.append([r, r])
        else:
            spans[-1][1] = r
        prev = fac
        rt = D.rate(old, new)
        rows.append([str(no), name, kind, unit, yen(old), yen(new), "据置" if rt == 0 else f"{rt:+.1f}%"])
    t = Table(rows, colWidths=[10 * mm, 40 * mm, 28 * mm, 32 * mm, 20 * mm, 22 * mm, 18 * mm], repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "IPAexGothic"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("ALIGN", (4, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    merged = [("SPAN", (1, a), (1, b)) for a, b in spans if b > a]
    t.setStyle(TableStyle(style + merged))
    story += [t]
    story += [
        Paragraph("※1　料金は消費税及び地方消費税相当額を含みます。冷暖房設備の使用料は別途加算します。", note),
        Paragraph("※2　改定後の料金は、令和7年4月1日以後の使用分から適用します（同日前に許可を受けたものを除く）。", note),
        Paragraph("※3　城乾コミュニティセンター調理室は、算定額が現行料金を下回るため引き下げます。", note),
        Paragraph("4　手数料の改定内容", h),
        Paragraph("（単位：円）", ParagraphStyle("u2", parent=note, alignment=2)),
    ]
    rows2 = [["No.", "手数料の名称", "単位", "現行", "改定後"]]
    for no, name, unit, old, new in D.CERT_FEES:
        rows2.append([str(no), name, unit, yen(old), yen(new)])
    t2 = Table(rows2, colWidths=[10 * mm, 62 * mm, 20 * mm, 24 * mm, 24 * mm])
    t2.setStyle(TableStyle(style[:4] + [("ALIGN", (3, 1), (-1, -1), "RIGHT")] + style[5:]))
    story += [t2,
              Paragraph("※　犬の登録手数料は、県内他市町との均衡を考慮し据え置きます。", note),
              Spacer(1, 4 * mm),
              Paragraph("【問合せ先】丸亀市 総務部 財政課　電話 0877-24-8800（代表）", body)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=20 * mm, bottomMargin=22 * mm,
                            title="使用料・手数料の改定について", author="丸亀市")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ 鈴鹿市 個別施設計画 (docx)
def make_facilities(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "MS Mincho"
    st.font.size = Pt(10.5)
    doc.add_heading("鈴鹿市公共施設個別施設計画【概要版】", 0)
    doc.add_paragraph("令和3年3月策定　令和5年3月改訂　鈴鹿市 総務部 資産経営課")
    doc.add_heading("1　計画の概要", 1)
    doc.add_paragraph(
        "本計画は、「鈴鹿市公共施設等総合管理計画」に基づき、施設ごとの今後の方向性と対策の実施時期を定めるものです。"
        "計画期間は令和3年度から令和12年度までの10年間とし、おおむね5年ごとに見直します。")
    doc.add_paragraph(
        "本市の公共施設の多くは昭和40年代後半から昭和50年代にかけて整備されており、今後一斉に更新時期を迎えます。"
        "このため、長寿命化による更新費用の平準化と、施設の複合化・集約化による総量の適正化を進めます。")
    doc.add_heading("2　対象施設の方向性", 1)
    doc.add_paragraph("主な対象施設の建物の状況と今後の方向性は、次のとおりです。")
    t = doc.add_table(rows=2, cols=9)
    t.style = "Table Grid"
    h1 = ["施設類型", "No.", "施設名", "地区", "建物の状況", "", "", "今後の方針", ""]
    h2 = ["", "", "", "", "建築年", "延床面積（㎡）", "構造", "方向性", "実施時期"]
    for c in range(9):
        t.cell(0, c).text = h1[c]
        t.cell(1, c).text = h2[c]
    t.cell(0, 4).merge(t.cell(0, 6)).text = "建物の状況"
    t.cell(0, 7).merge(t.cell(0, 8)).text = "今後の方針"
    for c in range(4):
        t.cell(0, c).merge(t.cell(1, c)).text = h1[c]
    first = {}
    for no, kind, name, area, built, floor, struct, way, when in D.BUILDINGS:
        cells = t.add_row().cells
        r = len(t.rows) - 1
        if kind not in first:
            first[kind] = r
            cells[0].text = kind
        vals = [str(no), name, area, built, f"{floor:,.1f}", struct, way, when]
        for i, v in enumerate(vals):
            cells[1 + i].text = v
    kinds = list(first)
    for i, k in enumerate(kinds):
        start = first[k]
        end = (first[kinds[i + 1]] if i + 1 < len(kinds) else len(t.rows)) - 1
        if end > start:
            t.cell(start, 0).merge(t.cell(end, 0)).text = k
    doc.add_paragraph("※1　建築年は、主たる建物の建築年（和暦）を示す。増築部分は含まない。")
    doc.add_paragraph("※2　延床面積は附属棟を含む。構造　RC造：鉄筋コンクリート造、SRC造：鉄骨鉄筋コンクリート造、S造：鉄骨造、W造：木造")
    doc.add_paragraph("※3　実施時期は、方向性に基づく工事又は措置の着手予定年度。「－」は計画期間内に大規模な措置を予定しないもの。")
    doc.add_heading("3　方向性の区分", 1)
    for line in [
        "長寿命化：計画的な予防保全により、目標使用年数を80年に延ばす。",
        "建替え：老朽化が著しく、長寿命化が困難なため建て替える。",
        "複合化：近隣の施設と機能を一つの建物にまとめる。",
        "集約化：同種の施設を統合し、施設数を減らす。",
        "民間譲渡：民間事業者に建物を譲渡し、運営を移管する。",
        "廃止：施設の供用を廃止し、建物を解体又は売却する。",
        "現状維持：当面は現状のまま維持管理を行う。",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("4　複合化の考え方", 1)
    doc.add_paragraph(
        "白子地区では、白子地区市民センターと白子公民館を一つの建物に複合化し、令和9年度の着手を予定しています。"
        "複合化により延床面積を約2割縮減するとともに、地域の活動拠点としての機能を高めます。")
    doc.save(path)


# ------------------------------------------------------------------ 刈谷市 KPI (html)
def fmt(v) -> str:
    if v is None:
        return "－"
    if isinstance(v, float):
        return f"{v:,.1f}"
    return f"{v:,}"


def make_kpi(path: Path) -> None:
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           "<title>行政改革推進計画 KPIの進捗状況（令和6年度実績）｜刈谷市</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           ".sec td{background:#eef}.num{text-align:right}</style></head><body>",
           '<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; '
           '<a href="/shisei/gyokaku/">行政改革</a> &gt; KPIの進捗状況</div>',
           "<h1>第3次刈谷市行政改革推進計画　KPIの進捗状況（令和6年度実績）</h1>",
           '<p class="update">更新日：2025年7月15日</p>',
           "<p>第3次刈谷市行政改革推進計画（令和4年度～令和7年度）では、取組ごとにKPI（重要業績評価指標）を設定し、"
           "毎年度その進捗状況を公表しています。令和6年度の実績は次のとおりです。</p>",
           "<h2>KPIの進捗状況一覧</h2>",
           "<table>",
           "<thead>",
           '<tr><th rowspan="2">No.</th><th rowspan="2">取組項目</th><th rowspan="2">KPI</th>'
           '<th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和3年度）</th>'
           '<th rowspan="2">目標値<br>（令和7年度）</th><th colspan="3">実績値</th>'
           '<th rowspan="2">達成状況</th><th rowspan="2">担当課</th></tr>',
           "<tr><th>令和4年度</th><th>令和5年度</th><th>令和6年度</th></tr>",
           "</thead>", "<tbody>"]
    policy = None
    for no, pol, item, kpi, unit, base, target, acts, div in D.KPIS:
        if pol != policy:
            policy = pol
            out.append(f'<tr class="sec"><td colspan="11">{D.POLICIES[pol]}</td></tr>')
        cells = [str(no), item, kpi, unit, fmt(base), fmt(target), *map(fmt, acts),
                 D.mark(base, target, acts[2]), div]
        tds = "".join(f'<td class="num">{c}</td>' if 4 <= i <= 8 else f"<td>{c}</td>" for i, c in enumerate(cells))
        out.append(f"<tr>{tds}</tr>")
    out += ["</tbody>", "</table>",
            '<div class="note"><p>【達成状況の見方】（進捗率＝（令和6年度実績値－基準値）÷（目標値－基準値））</p>',
            "<ul><li>◎：目標値を達成</li><li>○：進捗率70％以上</li><li>△：進捗率40％以上70％未満</li>"
            "<li>×：進捗率40％未満</li></ul>",
            "<p>※ コピー用紙購入枚数、公共施設の延床面積、時間外勤務時間は、値が小さいほど良い指標です。</p>",
            "<p>※ 電子契約は令和5年度から導入したため、令和4年度の実績はありません（－）。</p></div>",
            "<h2>今後の取組</h2>",
            "<p>達成状況が×となった取組については、担当課において原因を分析し、令和7年度の取組内容を見直します。"
            "特に窓口サービス満足度は、繁忙期の待ち時間の長さが主な要因と考えられるため、オンライン予約の導入を検討します。</p>",
            '<div class="contact"><h2>このページに関するお問い合わせ</h2>'
            "<p>企画財政部 行政経営課　電話：0566-62-1000（代表）</p></div>",
            "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ 丸亀市 答弁要旨 (txt)
def make_qa(path: Path) -> None:
    lines = ["丸亀市議会　令和6年12月定例会", "一般質問　答弁要旨（行財政運営関係分）", "",
             "※この資料は、一般質問のうち行財政運営に関係するものについて、質問と答弁の要旨を取りまとめたものです。",
             "　正式な記録は会議録をご覧ください。", "",
             "　　　　　　　　　　　　　　　　　　　　　　　　　　　　丸亀市 総務部 総務課", ""]
    for no, title, who, party, ans, q, a in D.QA:
        lines += [f"{no}．{title}",
                  f"　質問者　{who[:2]} {who[2:]}議員（{party}）",
                  f"　答弁者　{ans}",
                  "　【質問要旨】",
                  f"　　{q}",
                  "　【答弁要旨】",
                  f"　　{a}",
                  ""]
    lines += ["以上"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_subsidies(DOCS / D.SUBSIDY_FILE)
    make_fees(DOCS / D.FEE_FILE)
    make_facilities(DOCS / D.FACILITY_FILE)
    make_kpi(DOCS / D.KPI_FILE)
    make_qa(DOCS / D.QA_FILE)
    for p in sorted(DOCS.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
