"""Write made46/docs/: five publications of 八王子市, 松江市 and 久留米市, from data.py.

Run from the worktree root: python -m tests.questions.made46.make_documents
"""
from __future__ import annotations

from pathlib import Path

from . import data as D

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"


def make_dx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗管理表"
    ws["A1"] = "八王子市DX推進計画（令和4年度～令和7年度）　進捗管理表（令和6年度末時点）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "令和7年6月　八王子市 デジタル推進室"
    h1 = ["No.", "分野", "取組名", "担当課", "KPI", "単位", "目標値\n（令和7年度）", "実績値", None, None, "進捗状況", "備考"]
    for c, v in enumerate(h1, 1):
        if v:
            ws.cell(3, c, v)
    for c in (1, 2, 3, 4, 5, 6, 7, 11, 12):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    for c, v in zip((8, 9, 10), ("令和4年度", "令和5年度", "令和6年度")):
        ws.cell(4, c, v)
    notes = {8: "値が小さいほど良い指標", 4: "令和6年度に全対象手続で導入済み", 7: "令和5年度から試行"}
    row = 5
    start = {}
    for no, field, name, div, kpi, unit, tgt, acts, st in D.DX:
        vals = [no, field, name, div, kpi, unit, tgt, *acts, st, notes.get(no, "")]
        for c, v in enumerate(vals, 1):
            if c == 2 and field in start:
                continue
            ws.cell(row, c, v)
        start.setdefault(field, [row, row])[1] = row
        row += 1
    for field, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.cell(a, 2).alignment = Alignment(vertical="center", wrap_text=True)
    ws.cell(row + 1, 1, "【進捗状況の区分】完了：目標を達成し取組を終了　順調：目標達成の見込み　概ね順調：一部に課題があるが概ね計画どおり　遅れ：計画より遅れている")
    ws.cell(row + 2, 1, "※ 実績値は各年度末（3月31日）時点。KPIが累計のものは累計値を記載。")
    for col, w in zip("ABCDEFGHIJKL", (5, 16, 26, 16, 22, 7, 11, 10, 10, 10, 10, 24)):
        ws.column_dimensions[col].width = w
    wb.save(path)


def make_shitei(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading("指定管理者制度導入施設の検証結果について", level=1)
    doc.add_paragraph("令和6年11月　松江市 行財政改革推進課")
    doc.add_heading("1　検証の目的", level=2)
    doc.add_paragraph("本市では、平成18年度から指定管理者制度を導入し、現在、指定管理者制度導入施設のうち令和6年度末で指定期間が満了する"
                      "12施設について、管理運営状況の評価と次期指定に向けた方針の検証を行いました。")
    doc.add_heading("2　評価の方法", level=2)
    doc.add_paragraph("利用者数、利用者満足度、収支状況、事業計画の履行状況を総合的に評価し、A（良好）、B（概ね良好）、C（改善を要する）の"
                      "3段階で判定しました。")
    doc.add_heading("3　検証結果一覧", level=2)
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    for c, v in enumerate(["No.", "施設名", "施設分類", "指定管理者", "現在の指定期間", "管理運営評価", "次期の方針", "所管課"]):
        t.cell(0, c).text = v
    t.cell(0, 5).merge(t.cell(0, 6)).text = "検証結果"
    for c, v in enumerate(["No.", "施設名", "施設分類", "指定管理者", "現在の指定期間", "管理運営評価", "次期の方針", "所管課"]):
        if c in (5, 6):
            t.cell(1, c).text = v
        else:
            t.cell(0, c).merge(t.cell(1, c)).text = v
    for r in D.SHITEI:
        cells = t.add_row().cells
        for c, v in enumerate(r):
            cells[c].text = str(v)
    doc.add_paragraph("※ 評価は令和5年度の実績に基づく。「地元譲渡」は地元団体への施設の無償譲渡をいう。")
    doc.add_heading("4　今後の対応", level=2)
    doc.add_paragraph("評価がCとなった施設については、利用者数の減少と老朽化が共通の課題となっています。鹿島多久の湯と島根町ふれあいセンターは"
                      "令和6年度末をもって廃止し、八雲林間スキー場は令和7年度から市の直営に戻したうえで、施設のあり方を改めて検討します。")
    doc.add_paragraph("また、東出雲体育館は、総合体育館との機能統合により、令和7年度から総合体育館の指定管理者が一体的に管理します。")
    doc.save(path)


def make_use(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("IPAexGothic", GOTHIC))
    pdfmetrics.registerFont(TTFont("IPAexMincho", MINCHO))
    title = ParagraphStyle("t", fontName="IPAexGothic", fontSize=15, leading=22, alignment=1)
    body = ParagraphStyle("b", fontName="IPAexMincho", fontSize=10, leading=15)
    note = ParagraphStyle("n", fontName="IPAexMincho", fontSize=8, leading=12)

    def footer(canvas, doc):
        canvas.setFont("IPAexGothic", 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, 10 * mm, f"- {doc.page} -")

    story = [Paragraph("令和5年度　公共施設利用状況報告書", title),
             Paragraph("令和6年7月　久留米市 総務部 資産経営課", ParagraphStyle("r", parent=body, alignment=2)),
             Paragraph("本報告書は、市が所有する主な公共施設について、令和5年度（令和5年4月～令和6年3月）の月別利用者数を取りまとめたものです。", body),
             Spacer(1, 3 * mm),
             Paragraph("（単位：人）", ParagraphStyle("u", parent=note, alignment=2))]
    rows = [["No.", "施設名", "区分", *D.MONTHS, "年間合計"]]
    for no, n, k, vals in D.USE:
        rows.append([str(no), n, k, *[f"{v:,}" for v in vals], f"{sum(vals):,}"])
    tot = [sum(u[3][m] for u in D.USE) for m in range(12)]
    rows.append(["", "合計", "", *[f"{v:,}" for v in tot], f"{sum(tot):,}"])
    t = Table(rows, repeatRows=1, colWidths=[9 * mm, 40 * mm, 24 * mm] + [15 * mm] * 12 + [19 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexGothic"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecd8"))]))
    story += [t, Spacer(1, 2 * mm),
              Paragraph("※1　中央公園体育館は、空調設備改修工事のため令和6年1月4日から3月31日まで休館しました。", note),
              Paragraph("※2　市民プールは屋外プールのため、7月～8月以外は一部の室内施設の利用のみです。", note),
              Paragraph("※3　利用者数は、施設の利用申請に基づく延べ人数です（図書館は入館者数）。", note)]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), topMargin=15 * mm, bottomMargin=18 * mm,
                            leftMargin=10 * mm, rightMargin=10 * mm, title="令和5年度 公共施設利用状況報告書", author="久留米市")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def make_taiko(path: Path) -> None:
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           "<title>第5次久留米市行政改革大綱（概要）｜久留米市</title></head><body>",
           '<nav><a href="/">トップページ</a> &gt; <a href="/shisei/">市政</a> &gt; 行政改革</nav>',
           "<h1>第5次久留米市行政改革大綱（概要）</h1>",
           "<p>更新日：2024年4月1日</p>",
           "<h2>大綱の期間</h2><p>令和6年度（2024年度）から令和9年度（2027年度）までの4年間</p>",
           "<h2>基本理念</h2><p>「市民とともに、変化に強い市役所へ」</p>",
           "<h2>主な取組</h2>"]
    for pol, items in D.TAIKO:
        out.append(f"<h3>{pol}</h3>")
        out.append("<ol>")
        for no, name, body, dept in items:
            out.append(f"<li>取組{no}　{name}<ul><li>{body}</li><li>所管：{dept}</li></ul></li>")
        out.append("</ol>")
    out += ["<h2>推進体制</h2><ul><li>市長を本部長とする行政改革推進本部で進捗を管理します。</li>"
            "<li>外部有識者による行政改革推進委員会に毎年度報告し、意見を聴きます。</li></ul>",
            "<p>※ 取組ごとの工程表は、大綱本編の別冊「実施計画」をご覧ください。</p>",
            "<h2>お問い合わせ</h2><p>総合政策部 行政経営課　電話：0942-30-9000</p></body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def make_pc(path: Path) -> None:
    L = ["「松江市行財政改革実行計画（案）」に対する意見募集の結果について", "",
         "1　意見募集期間　令和6年12月2日（月）～令和7年1月6日（月）",
         f"2　意見提出者数　9人（意見数 {len(D.PC)}件）",
         "3　反映区分"]
    for k, v in D.PC_KIND.items():
        L.append(f"　　{k}：{v}")
    L += ["", "4　意見の概要と市の考え方", ""]
    for no, where, op, ans, kind in D.PC:
        L += [f"No.{no}　【該当箇所】{where}",
              f"　（意見の概要）{op}",
              f"　（市の考え方）{ans}",
              f"　（反映区分）{kind}", ""]
    L += ["※ いただいたご意見は、趣旨を損なわない範囲で要約しています。",
          "問合せ先：松江市 政策部 行財政改革推進課　電話 0852-55-5000"]
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_dx(DOCS / D.DX_FILE)
    make_shitei(DOCS / D.SHITEI_FILE)
    make_use(DOCS / D.USE_FILE)
    make_taiko(DOCS / D.TAIKO_FILE)
    make_pc(DOCS / D.PC_FILE)
    for p in sorted(DOCS.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
