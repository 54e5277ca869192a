"""Write the five made50 documents into docs/ from data.py.

Run: .venv/bin/python tests/questions/made50/make_documents.py
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def fmt(n: int) -> str:
    return f"{n:,}"


# 1. xlsx ---------------------------------------------------------------------------------------
def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "R5使途別"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = data.FURUSATO_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "上越市 総務管理部 財務課"
    ws["K2"] = "（単位：件、円）"
    ws["K2"].alignment = Alignment(horizontal="right")
    # two-row header
    ws["A4"] = "使途区分"
    ws.merge_cells("A4:A5")
    labels = ["第1四半期（4月～6月）", "第2四半期（7月～9月）", "第3四半期（10月～12月）", "第4四半期（1月～3月）", "年度計"]
    for i, lab in enumerate(labels):
        col = 2 + 2 * i
        ws.cell(row=4, column=col, value=lab)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(row=5, column=col, value="件数")
        ws.cell(row=5, column=col + 1, value="金額")
    for r in (4, 5):
        for c in range(1, 12):
            ws.cell(row=r, column=c).alignment = center
            ws.cell(row=r, column=c).border = box
            ws.cell(row=r, column=c).font = Font(bold=True)
    row = 6
    tot = [0] * 10
    for name, qs in data.FURUSATO:
        vals = []
        for n, amt in qs:
            vals += [n, amt]
        vals += [sum(q[0] for q in qs), sum(q[1] for q in qs)]
        ws.cell(row=row, column=1, value=name).border = box
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=2 + j, value=v)
            c.number_format = "#,##0"
            c.border = box
            tot[j] += v
        row += 1
    ws.cell(row=row, column=1, value="合計").border = box
    ws.cell(row=row, column=1).font = Font(bold=True)
    for j, v in enumerate(tot):
        c = ws.cell(row=row, column=2 + j, value=v)
        c.number_format = "#,##0"
        c.border = box
        c.font = Font(bold=True)
    row += 2
    for note in [
        "※金額は各四半期中に収納した寄附金の額（円単位）であり、返礼品の調達費・送料等の経費を差し引く前の額です。",
        "※「市長におまかせ」は、寄附者が使途を指定しなかった寄附です。",
        "※件数は寄附の申込件数（1回の申込で複数の返礼品を選択した場合も1件）です。",
    ]:
        ws.cell(row=row, column=1, value=note)
        row += 1
    ws.column_dimensions["A"].width = 26
    for c in "BCDEFGHIJK":
        ws.column_dimensions[c].width = 13
    wb.save(path)


# 2. docx ---------------------------------------------------------------------------------------
def write_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    doc.add_heading(data.SURVEY_TITLE, level=1)
    p = doc.add_paragraph("松本市 総務部 行政改革推進課")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("1　調査の概要", level=2)
    for k, v in data.SURVEY_INFO:
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("調査方法：窓口で手続を終えた来庁者に調査票を手渡し、庁舎内の回収箱で回収した。")

    doc.add_heading("2　設問別の満足度", level=2)
    doc.add_paragraph("各設問について、5段階で評価していただいた結果は次のとおりです。")
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text = "番号"
    h0[1].text = "設問"
    h0[2].text = "回答の割合（％）"
    h0[7].text = "回答数（件）"
    h0[0].merge(h1[0])
    h0[1].merge(h1[1])
    h0[7].merge(h1[7])
    h0[2].merge(h0[6])
    for i, lev in enumerate(data.LEVELS):
        t.rows[1].cells[2 + i].text = lev
    for no, q, pcts, n in data.SURVEY:
        cells = t.add_row().cells
        cells[0].text = no
        cells[1].text = q
        for i, v in enumerate(pcts):
            cells[2 + i].text = f"{v:.1f}"
        cells[7].text = fmt(n)
    doc.add_paragraph("※割合は、各設問の無回答を除いた回答数に対する割合です。")
    doc.add_paragraph("※「満足」と「やや満足」の合計を「満足度」として、前年度調査との比較に用いています。")

    doc.add_heading("3　来庁の目的（複数回答）", level=2)
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "来庁の目的"
    t2.rows[0].cells[1].text = "回答者数（人）"
    for name, n in data.PURPOSES:
        c = t2.add_row().cells
        c[0].text = name
        c[1].text = fmt(n)
    c = t2.add_row().cells
    c[0].text = "延べ回答数"
    c[1].text = fmt(sum(n for _, n in data.PURPOSES))
    doc.add_paragraph("※複数の目的で来庁された方は、該当するものすべてを選択しています。")

    doc.add_heading("4　今後の対応", level=2)
    doc.add_paragraph(
        "待ち時間の長さに対する不満が他の設問より多かったことから、令和7年度から窓口の混雑状況をウェブサイトで"
        "公開するとともに、「書かない窓口」の対象手続を拡大し、申請書の記入負担を軽減します。"
    )
    doc.save(path)


# 3. pdf ----------------------------------------------------------------------------------------
def write_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    title = ParagraphStyle("t", fontName="IPAexG", fontSize=14, leading=20, alignment=1)
    body = ParagraphStyle("b", fontName="IPAexG", fontSize=9.5, leading=15)
    cell = ParagraphStyle("c", fontName="IPAexG", fontSize=8, leading=10)
    story = [
        Paragraph(data.SHIWAKE_TITLE, title),
        Spacer(1, 4 * mm),
        Paragraph("富士市 総務部 行政経営課", ParagraphStyle("r", parent=body, alignment=2)),
        Spacer(1, 3 * mm),
        Paragraph("1．実施概要", body),
        Paragraph("実施日：2023年8月26日（土）・27日（日）　会場：富士市役所 本館9階 フィスコホール", body),
        Paragraph("対象事業：24事業（1日目 12事業、2日目 12事業）　判定人：無作為抽出による市民判定人 7名（各事業とも同一の7名）", body),
        Paragraph("予算額：令和5年度当初予算額（一般財源を含む事業費総額）", body),
        Spacer(1, 3 * mm),
        Paragraph("2．判定区分（凡例）", body),
        Paragraph("不要：事業そのものを廃止すべき　／　民間・国県へ：民間や国・県が実施すべき", body),
        Paragraph("要改善（市）：市が実施するが内容・手法の見直しが必要　／　現行どおり（市）：市が現行どおり実施", body),
        Paragraph("拡充：市が実施し、事業を拡充すべき", body),
        Paragraph("※判定結果は、判定人7名の票のうち最も多い区分としています。", body),
        Spacer(1, 3 * mm),
        Paragraph("3．判定結果", body),
        Spacer(1, 2 * mm),
    ]
    head0 = ["番号", "実施日", "事業名", "所管課", "予算額\n（万円）", "判定人の判定（票数）", "", "", "", "", "判定結果"]
    head1 = ["", "", "", "", ""] + [Paragraph(v, cell) for v in data.VERDICTS] + [""]
    rows = [head0, head1]
    for no, day, name, dept, budget, votes in data.SHIWAKE:
        verdict = data.VERDICTS[votes.index(max(votes))]
        rows.append([str(no), day, Paragraph(name, cell), Paragraph(dept, cell), fmt(budget)]
                    + [str(v) for v in votes] + [Paragraph(verdict, cell)])
    widths = [9 * mm, 17 * mm, 55 * mm, 28 * mm, 18 * mm] + [22 * mm] * 5 + [34 * mm]
    t = Table(rows, colWidths=widths, repeatRows=2, rowHeights=[None, None] + [9 * mm] * len(data.SHIWAKE))
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "IPAexG"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (4, 2), (9, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e6e6e6")),
        ("SPAN", (5, 0), (9, 0)),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (10, 0), (10, 1)),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"),
    ]))
    story.append(t)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("※判定結果は市の決定ではありません。市は判定結果を踏まえ、令和6年度予算編成において対応方針を決定します。", body))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                      topMargin=15 * mm, bottomMargin=15 * mm, title=data.SHIWAKE_TITLE).build(story)


# 4. html ---------------------------------------------------------------------------------------
def write_html(path: Path) -> None:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        f"<title>{e(data.ONLINE_TITLE)}｜高崎市</title></head><body>",
        '<div id="breadcrumb">ホーム ＞ 市政情報 ＞ 行政改革 ＞ 行政手続のオンライン化</div>',
        f"<h1>{e(data.ONLINE_TITLE)}</h1>",
        "<p>更新日：2024年4月1日　担当：高崎市 総務部 情報政策課</p>",
        "<p>高崎市では、市民の皆さまが市役所に来なくても手続ができるよう、年間の申請件数が多い手続から順次オンライン化を進めています。"
        "令和5年度の年間件数が1,000件以上の主な手続の状況は次のとおりです。</p>",
        "<h2>凡例</h2>",
        "<ul><li>済：オンライン化済み（「実施（予定）年度」はオンライン申請を開始した年度）</li>"
        "<li>予定：オンライン化を予定（「実施（予定）年度」は開始予定年度）</li>"
        "<li>検討中：実施時期未定（システム改修の方法を検討中）</li></ul>",
        "<table border=\"1\">",
        "<thead><tr><th>No.</th><th>所管課</th><th>手続名</th><th>年間件数<br>（令和5年度）</th><th>状況</th><th>実施（予定）年度</th></tr></thead>",
        "<tbody>",
    ]
    spans: dict[str, int] = {}
    for r in data.ONLINE:
        spans[r[1]] = spans.get(r[1], 0) + 1
    seen: set[str] = set()
    for no, dept, name, n, status, year in data.ONLINE:
        dept_cell = ""
        if dept not in seen:
            seen.add(dept)
            dept_cell = f'<td rowspan="{spans[dept]}">{e(dept)}</td>'
        out.append(f"<tr><td>{no}</td>{dept_cell}<td>{e(name)}</td><td>{fmt(n)}</td><td>{e(status)}</td><td>{e(year)}</td></tr>")
    out.append("</tbody>")
    total = sum(r[3] for r in data.ONLINE)
    out.append(f'<tfoot><tr><td colspan="3">合計（20手続）</td><td>{fmt(total)}</td><td colspan="2"></td></tr></tfoot>')
    out.append("</table>")
    out.append("<p>※年間件数は窓口・郵送・オンラインを合わせた令和5年度（2023年4月～2024年3月）の受付件数です。</p>")
    out.append("<p>※国のマイナポータル（ぴったりサービス）を利用する手続を含みます。</p>")
    out.append("<p>お問い合わせ：情報政策課 デジタル推進担当　電話 027-321-1111（代表）</p>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# 5. txt ----------------------------------------------------------------------------------------
def write_txt(path: Path) -> None:
    lines = [
        f"豊橋市 {data.PPP_TITLE}",
        "",
        "豊橋市 財務部 財産活用推進課",
        "",
        "本市では「豊橋市PPP/PFI手法導入優先的検討規程」に基づき、事業費の総額が10億円以上の施設整備事業等について、",
        "PPP/PFI手法の導入を優先的に検討しています。2024年3月末時点の検討状況は次のとおりです。",
        "",
        "【凡例】",
        "　概算事業費：設計・建設・維持管理・運営の合計額（税込、単位：百万円）",
        "　VFM：従来方式と比べたPPP/PFI手法による財政負担の削減率（導入可能性調査等における試算値）",
        "　検討段階：簡易検討完了 → サウンディング実施済 → 導入可能性調査中 → 導入可能性調査完了",
        "",
    ]
    for name, dept, kind, cost, method, vfm, stage, result in data.PPP:
        lines += [
            f"◇{name}",
            f"　所管課　　　：{dept}",
            f"　施設区分　　：{kind}",
            f"　概算事業費　：{fmt(cost)}百万円",
            f"　想定手法　　：{method}",
            f"　VFM　　　　：{'－（算定対象外）' if vfm is None else f'{vfm:.1f}％'}",
            f"　検討段階　　：{stage}",
            f"　結果・今後の予定：{result}",
            "",
        ]
    lines += [
        "※VFMが算定対象外の案件は、包括的民間委託・公募設置管理制度など、従来方式との比較によるVFM算定を行わない手法です。",
        "※概算事業費は検討時点の試算であり、今後の設計等により変動します。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / "joetsu_furusato_kifu_r5.xlsx")
    write_docx(DOCS / "matsumoto_madoguchi_survey_r6.docx")
    write_pdf(DOCS / "fuji_jigyo_shiwake_2023.pdf")
    write_html(DOCS / "takasaki_online_tetsuzuki.html")
    write_txt(DOCS / "toyohashi_ppp_pfi_kento.txt")
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
