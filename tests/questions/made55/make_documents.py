"""Write made55/docs/: five other municipalities' administrative-reform documents from data.py."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import data  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

XLSX = DOCS / "豊中市_公共施設等長寿命化計画_対象施設一覧_令和7年度改訂.xlsx"
DOCX = DOCS / "高崎市_職員提案制度の実施結果_令和6年度.docx"
PDF = DOCS / "藤沢市_市民意識調査_施策別満足度・重要度の推移_令和6年度.pdf"
HTML = DOCS / "松本市_部局別課別職員配置状況_令和7年4月1日現在.html"
TXT = DOCS / "大分市_行財政改革推進計画_数値目標の進捗状況_令和6年度実績.txt"


def write_xlsx() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "対象施設一覧"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = data.TOYONAKA_TITLE + "（令和7年度改訂）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "基準日：令和7年4月1日　　計画期間：令和8年度～令和11年度"
    ws["G2"] = "豊中市 都市経営部 資産活用課"
    heads1 = ["No.", "施設分類", "施設名", "建築年", "築年数（年）", "延床面積（㎡）", "改修計画", None, None, "備考"]
    heads2 = [None, None, None, None, None, None, "改修予定年度", "改修内容", "概算費用（百万円）", None]
    for c, h in enumerate(heads1, 1):
        ws.cell(4, c, h)
    for c, h in enumerate(heads2, 1):
        if h:
            ws.cell(5, c, h)
    for c in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=9)
    r = 6
    start = {}
    for i, (cat, name, built, year, area, plan, note) in enumerate(data.TOYONAKA, 1):
        start.setdefault(cat, [r, r])[1] = r
        ws.cell(r, 1, i)
        ws.cell(r, 2, cat)
        ws.cell(r, 3, name)
        ws.cell(r, 4, built)
        ws.cell(r, 5, data.TOYONAKA_BASE_YEAR - year)
        ws.cell(r, 6, area)
        if plan:
            ws.cell(r, 7, plan[0])
            ws.cell(r, 8, plan[1])
            ws.cell(r, 9, plan[2])
        else:
            for c in (7, 8, 9):
                ws.cell(r, c, "―")
        if note:
            ws.cell(r, 10, note)
        r += 1
    for cat, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 6, sum(row[4] for row in data.TOYONAKA))
    ws.cell(r, 9, sum(row[5][2] for row in data.TOYONAKA if row[5])).number_format = "#,##0"
    last = r
    for row in ws.iter_rows(min_row=4, max_row=last, max_col=10):
        for cell in row:
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in ws.iter_rows(min_row=6, max_row=last, min_col=6, max_col=6):
        for cell in row:
            cell.number_format = "#,##0"
    for i, note in enumerate(data.TOYONAKA_NOTES):
        ws.cell(last + 2 + i, 1, note)
    for col, w in zip("ABCDEFGHIJ", (5, 14, 18, 10, 10, 12, 12, 18, 12, 16)):
        ws.column_dimensions[col].width = w
    wb.save(XLSX)


def write_docx() -> None:
    from docx import Document

    rows = data.TAKASAKI
    total = len(rows)
    by = {k: [r for r in rows if r[3] == k] for k in ("優秀賞", "採用", "不採用")}
    adopted = by["優秀賞"] + by["採用"]
    effect = sum(r[4] for r in adopted if r[4] is not None)
    done = [r for r in adopted if r[5] == "実施済"]
    doc = Document()
    doc.add_heading("令和6年度 職員提案制度の実施結果について", level=1)
    doc.add_paragraph("高崎市 総務部 行政改革推進課　令和7年5月")
    doc.add_heading("1 概要", level=2)
    doc.add_paragraph(
        "職員提案制度は、職員一人ひとりの創意工夫を事務改善や市民サービスの向上に生かすため、"
        "高崎市職員提案規程に基づき実施しているものです。")
    doc.add_paragraph(
        f"令和6年度は全庁から計{total}件の提案があり、令和5年度の{data.TAKASAKI_PREV_TOTAL}件から"
        f"{total - data.TAKASAKI_PREV_TOTAL}件増加しました。職員提案審査会（令和7年2月14日開催）において審査した結果、"
        f"優秀賞{len(by['優秀賞'])}件、採用{len(by['採用'])}件、不採用{len(by['不採用'])}件となりました。")
    doc.add_paragraph(
        f"優秀賞及び採用とした{len(adopted)}件の年間効果見込額は合計{effect:,}千円です。"
        f"このうち{len(done)}件は令和7年3月末までに実施済みとなっています。")
    doc.add_heading("2 提案一覧", level=2)
    heads = ["No.", "提案名", "提案部", "採用区分", "年間効果見込額（千円）", "実施状況"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        t.rows[0].cells[c].text = h
    for no, name, dept, grade, eff, status in rows:
        cells = t.add_row().cells
        shown = "" if grade == "不採用" else ("―" if eff is None else f"{eff:,}")
        for c, v in enumerate([str(no), name, dept, grade, shown, status]):
            cells[c].text = v
    doc.add_paragraph("※ 年間効果見込額の「―」は、効果を金額で算定していないもの（市民の利便性向上など）を示す。")
    doc.add_paragraph("※ 不採用の提案は、年間効果見込額・実施状況とも空欄とした。")
    doc.add_heading("3 今後の取組", level=2)
    doc.add_paragraph(
        "実施状況が「検討中」の提案については、所管課において費用対効果を精査し、令和7年度中に実施の可否を判断します。"
        "また、令和7年度からは提案の受付を通年とし、部単位のチーム提案も受け付けます。")
    doc.save(DOCX)


def write_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    h = ParagraphStyle("h", fontName="IPAexG", fontSize=14, leading=20)
    p = ParagraphStyle("p", fontName="IPAexG", fontSize=9.5, leading=15)
    n = ParagraphStyle("n", fontName="IPAexG", fontSize=8.5, leading=12)
    story = [
        Paragraph("藤沢市 市民意識調査（令和6年度） 施策別 満足度・重要度の推移", h),
        Spacer(1, 4 * mm),
        Paragraph("1 調査の概要", p),
        Paragraph("調査対象：市内在住の18歳以上の市民3,000人（住民基本台帳から無作為抽出）", p),
        Paragraph("調査期間：令和6年7月1日～7月26日　調査方法：郵送配布・郵送又はインターネット回答", p),
        Paragraph("有効回答数：1,412件（有効回答率47.1％）", p),
        Spacer(1, 3 * mm),
        Paragraph("2 施策別の満足度・重要度", p),
        Paragraph("市の26施策について、満足度を過去3回の調査と比較し、令和6年度調査の重要度を併せて示す。"
                  "満足度が最も高いのは「ごみの減量・リサイクル」、重要度が最も高いのは「地域医療体制の充実」であった。", p),
        Spacer(1, 3 * mm),
    ]
    y1, y2, y3 = data.FUJISAWA_YEARS
    head = [["No.", "施策", "満足度（％）", "", "", "前回比\n（ポイント）", "重要度（％）"],
            ["", "", y1, y2, y3, "", y3]]
    body = []
    for no, name, a, b, c, imp in data.FUJISAWA:
        d = round(c - b, 1)
        diff = f"+{d:.1f}" if d > 0 else (f"▲{-d:.1f}" if d < 0 else "0.0")
        body.append([str(no), name, "―" if a is None else f"{a:.1f}", f"{b:.1f}", f"{c:.1f}", diff, f"{imp:.1f}"])
    t = Table(head + body, repeatRows=2, colWidths=[10 * mm, 55 * mm, 20 * mm, 20 * mm, 20 * mm, 22 * mm, 22 * mm],
              rowHeights=[9 * mm, 7 * mm] + [9.5 * mm] * len(body))
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "IPAexG", 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (2, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (5, 0), (5, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e8e8e8")),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"),
    ]))
    story += [t, Spacer(1, 3 * mm)] + [Paragraph(x, n) for x in data.FUJISAWA_NOTES]

    def footer(canvas, doc_):
        canvas.setFont("IPAexG", 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"－ {doc_.page} －")

    SimpleDocTemplate(str(PDF), pagesize=A4, topMargin=18 * mm, bottomMargin=18 * mm,
                      title="藤沢市 市民意識調査 施策別満足度・重要度").build(story, onFirstPage=footer, onLaterPages=footer)


def write_html() -> None:
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
      "<title>部局別・課別 職員配置状況（令和7年4月1日現在）｜松本市</title>\n</head>\n<body>\n")
    w('<p class="breadcrumb">ホーム ＞ 市政情報 ＞ 行政改革 ＞ 定員管理</p>\n')
    w("<h1>部局別・課別 職員配置状況（令和7年4月1日現在）</h1>\n")
    w("<p>松本市定員適正化計画に基づき、正職員と会計年度任用職員の配置状況を部局別・課別に公表します。</p>\n")
    w('<table border="1">\n<caption>表 部局別・課別 職員配置状況（単位：人）</caption>\n<thead>\n')
    w('<tr><th rowspan="2">部</th><th rowspan="2">課</th><th rowspan="2">正職員</th>'
      '<th colspan="3">会計年度任用職員</th><th rowspan="2">合計</th></tr>\n')
    w("<tr><th>フルタイム</th><th>パートタイム</th><th>計</th></tr>\n</thead>\n<tbody>\n")
    grand = [0, 0, 0]
    for dept, sections in data.MATSUMOTO:
        w(f'<tr><th rowspan="{len(sections) + 1}">{dept}</th>')
        first = True
        tot = [0, 0, 0]
        for name, s, f, p in sections:
            if not first:
                w("<tr>")
            first = False
            w(f"<td>{name}</td><td>{s}</td><td>{f}</td><td>{p}</td><td>{f + p}</td><td>{s + f + p}</td></tr>\n")
            if not name.startswith("（再掲）"):
                tot = [tot[0] + s, tot[1] + f, tot[2] + p]
        s, f, p = tot
        w(f'<tr class="subtotal"><td>計</td><td>{s}</td><td>{f}</td><td>{p}</td><td>{f + p}</td><td>{s + f + p}</td></tr>\n')
        grand = [grand[0] + s, grand[1] + f, grand[2] + p]
    s, f, p = grand
    w(f'<tr class="total"><th colspan="2">総計</th><td>{s}</td><td>{f}</td><td>{p}</td><td>{f + p}</td><td>{s + f + p}</td></tr>\n')
    w("</tbody>\n</table>\n")
    for note in data.MATSUMOTO_NOTES:
        w(f'<p class="note">{note}</p>\n')
    w("<p>お問い合わせ：松本市 総務部 職員課 人事担当</p>\n</body>\n</html>\n")
    HTML.write_text("".join(out), encoding="utf-8")


def write_txt() -> None:
    lines = [
        "大分市行財政改革推進計画（令和5年度～令和8年度）",
        "数値目標の進捗状況（令和6年度実績）",
        "",
        "令和7年8月　大分市 企画部 行政改革推進課",
        "",
        "本計画では、取組の成果を測るため11項目の数値目標を設定している。",
        "基準値は令和4年度、目標値は計画最終年度（令和8年度）の値である。",
        "目標値に「以下」とある項目は、値が小さいほど改善を示す。",
        "",
    ]
    for no, item, policy, unit, base, target, direction, actual, dept, note in data.OITA:
        lines += [
            f"［目標{no}］",
            f"【目標項目】{item}",
            f"【基本方針】{policy}",
            f"【基準値】{data.fmt_value(base, unit)}（令和4年度）",
            f"【目標値】{data.fmt_value(target, unit)}{direction}（令和8年度）",
            f"【R6実績】{'―' if actual is None else data.fmt_value(actual, unit)}",
            f"【担当課】{dept}",
        ]
        if note:
            lines.append(f"【備考】{note}")
        lines.append("")
    lines += ["※ 進捗の評価は令和8年度の最終評価時に行う。", "以上"]
    TXT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    write_xlsx()
    write_docx()
    write_pdf()
    write_html()
    write_txt()
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
