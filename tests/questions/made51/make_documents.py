"""Write the five made51 documents into docs/ from data.py.  Run: python make_documents.py"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def num(v):
    return f"{v:,}" if isinstance(v, int) else f"{v:.1f}"


def make_xlsx() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価結果"
    ws["A1"] = "松本市 施策評価結果一覧（令和6年度実績）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "評価対象年度：令和6年度（2024年度）　評価基準日：令和7年3月31日　作成：行政経営課"
    head = ["施策", "基本事業", "事務事業", "担当課", "成果指標", "単位", "目標値", "実績値", "達成率（％）", "達成度", "今後の方向性"]
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r0 = 5
    for i, row in enumerate(D.SEISAKU):
        sei, kihon, jigyo, ka, shihyo, unit, tgt, act, hoko = row
        rt = D.rate(tgt, act)
        vals = [sei, kihon, jigyo, ka, shihyo, unit, tgt, act, rt, D.grade(rt), hoko]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r0 + i, column=c, value=v)
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if isinstance(v, float):
                cell.number_format = "0.0"
            elif isinstance(v, int):
                cell.number_format = "#,##0"
    # merge 施策 and 基本事業 over their runs
    for col in (1, 2):
        start = 0
        keys = [(r[0], r[1])[: col] for r in D.SEISAKU]
        for i in range(1, len(D.SEISAKU) + 1):
            if i == len(D.SEISAKU) or keys[i] != keys[start]:
                if i - 1 > start:
                    ws.merge_cells(start_row=r0 + start, start_column=col, end_row=r0 + i - 1, end_column=col)
                start = i
    n = r0 + len(D.SEISAKU) + 1
    ws.cell(row=n, column=1, value="※ 達成率＝実績値÷目標値×100（小数点第2位を四捨五入）")
    ws.cell(row=n + 1, column=1, value="※ 達成度　a：達成率100％以上　b：80％以上100％未満　c：80％未満")
    ws.cell(row=n + 2, column=1, value="※ 今後の方向性　拡充／継続／改善／縮小／統合　（事務事業評価シートによる担当課の評価）")
    for col, w in zip("ABCDEFGHIJK", (20, 24, 26, 22, 20, 6, 10, 10, 11, 8, 12)):
        ws.column_dimensions[col].width = w
    wb.save(DOCS / D.SEISAKU_FILE)


def make_docx() -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    doc.add_heading("高崎市　市税等の収納状況（令和6年度決算）", level=1)
    p = doc.add_paragraph("令和7年9月　財務部 納税課")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("１　債権別の収納率", level=2)
    doc.add_paragraph("令和5年度（2023年度）及び令和6年度（2024年度）の債権別の収納率は次のとおりである。（単位：％）")
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for c, label in ((0, "区分"), (1, "債権名"), (2, "所管課")):
        m = h0[c].merge(h1[c])
        m.text = label
    m = h0[3].merge(h0[4]); m.text = "令和5年度"
    m = h0[5].merge(h0[6]); m.text = "令和6年度"
    for c, label in zip(range(3, 7), ("現年度分", "滞納繰越分", "現年度分", "滞納繰越分")):
        h1[c].text = label
    groups: list[tuple[str, int, int]] = []
    for row in D.SHUNO:
        cells = t.add_row().cells
        kubun, name, ka, a, b, c, d = row
        cells[0].text = kubun
        cells[1].text = name
        cells[2].text = ka
        for j, v in enumerate((a, b, c, d)):
            cells[3 + j].text = f"{v:.1f}"
        idx = len(t.rows) - 1
        if groups and groups[-1][0] == kubun:
            groups[-1] = (kubun, groups[-1][1], idx)
        else:
            groups.append((kubun, idx, idx))
        if row is D.SHUNO[3]:  # 市税の小計 after the four 市税 rows
            sub = t.add_row().cells
            sub[1].text = D.SHUNO_SUBTOTAL[0]
            for j, v in enumerate(D.SHUNO_SUBTOTAL[1:]):
                sub[3 + j].text = f"{v:.1f}"
            groups[-1] = (kubun, groups[-1][1], len(t.rows) - 1)
    for kubun, a, b in groups:
        if b > a:
            top = t.cell(a, 0)
            for r in range(a + 1, b + 1):
                t.cell(r, 0).text = ""
            m = top.merge(t.cell(b, 0))
            m.text = kubun
    doc.add_paragraph("※ 収納率＝収入済額÷調定額×100（小数点第2位を四捨五入）。市税計は市税4税目の合計額により算出。")
    doc.add_paragraph("※ 国民健康保険税は国民健康保険特別会計、下水道使用料は下水道事業会計に属する。")
    doc.add_heading("２　収納対策の取組", level=2)
    for s in D.SHUNO_TEXT:
        doc.add_paragraph(s)
    doc.save(DOCS / D.SHUNO_FILE)


def make_pdf() -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 10, "長野市公用車適正配置計画（令和7年度～令和9年度）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=9)
    pdf.multi_cell(0, 5, "本計画は、公用車の保有台数を令和7年4月1日現在の台数から令和9年度末までに削減し、"
                   "あわせて次世代自動車への更新を進めるため、所管課ごとの削減予定台数を定めるものである。"
                   "（2025年度～2027年度）　所管：総務部 管財課", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("ipa", size=10)
    pdf.cell(0, 7, "１　計画の趣旨", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=9)
    pdf.multi_cell(0, 5, "　公用車の稼働率調査（令和6年度）の結果、稼働率が30％未満の車両が全体の約2割を占めたことから、"
                   "共用車の活用と配置の見直しにより保有台数の適正化を図る。", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ipa", size=10)
    pdf.cell(0, 7, "２　所管課別の削減予定台数", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    widths = [24, 36, 20, 15, 15, 15, 17, 22, 22]
    h = 7

    def header():
        pdf.set_font("ipa", size=8)
        x0, y0 = pdf.get_x(), pdf.get_y()
        labels = ["部局", "所管課", "保有台数\n（R7.4.1）"]
        x = x0
        for w, lab in zip(widths[:3], labels):
            pdf.set_xy(x, y0)
            pdf.multi_cell(w, h, lab, border=1, align="C", max_line_height=h / (lab.count("\n") + 1) if "\n" in lab else h)
            x += w
        pdf.set_xy(x, y0)
        pdf.cell(sum(widths[3:6]), h / 2 * 2 / 2, "削減予定台数", border=1, align="C")
        for w, lab in zip(widths[3:6], ("R7年度", "R8年度", "R9年度")):
            pdf.set_xy(x, y0 + h / 2)
            pdf.cell(w, h / 2, lab, border=1, align="C")
            x += w
        for w, lab in zip(widths[6:], ("削減計", "計画後台数\n（R10.4.1）", "うち次世代\n自動車")):
            pdf.set_xy(x, y0)
            pdf.multi_cell(w, h, lab, border=1, align="C", max_line_height=h / 2 if "\n" in lab else h)
            x += w
        pdf.set_xy(x0, y0 + h)

    # fix the two-level header: draw 削減予定台数 over half height
    header()
    groups: list[list[tuple]] = []
    for row in D.KOYO:
        if groups and groups[-1][0][0] == row[0]:
            groups[-1].append(row)
        else:
            groups.append([row])
    rh = 9
    pdf.set_font("ipa", size=9)
    for g in groups:
        if pdf.get_y() + rh * len(g) > 280:
            pdf.set_font("ipa", size=8)
            pdf.set_xy(pdf.l_margin, 285)
            pdf.cell(0, 5, f"- {pdf.page_no()} -", align="C")
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "（前頁からの続き）", new_x="LMARGIN", new_y="NEXT")
            header()
            pdf.set_font("ipa", size=9)
        x0, y0 = pdf.get_x(), pdf.get_y()
        pdf.cell(widths[0], rh * len(g), g[0][0], border=1, align="C")
        for i, (_bu, ka, have, c7, c8, c9, nextgen) in enumerate(g):
            pdf.set_xy(x0 + widths[0], y0 + i * rh)
            cut = c7 + c8 + c9
            vals = [ka, str(have), str(c7), str(c8), str(c9), str(cut), str(have - cut), str(nextgen)]
            for w, v in zip(widths[1:], vals):
                pdf.cell(w, rh, v, border=1, align="L" if v == ka else "R")
        pdf.set_xy(x0, y0 + rh * len(g))
    tot = [sum(r[k] for r in D.KOYO) for k in (2, 3, 4, 5)]
    cut = sum(tot[1:])
    vals = ["合計", "", str(tot[0]), str(tot[1]), str(tot[2]), str(tot[3]), str(cut), str(tot[0] - cut),
            str(sum(r[6] for r in D.KOYO))]
    for w, v in zip(widths, vals):
        pdf.cell(w, rh, v, border=1, align="C" if v == "合計" else "R")
    pdf.ln(rh + 3)
    pdf.set_font("ipa", size=8)
    for note in D.KOYO_NOTES:
        pdf.multi_cell(0, 4.5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, 285)
    pdf.cell(0, 5, f"- {pdf.page_no()} -", align="C")
    pdf.output(str(DOCS / D.KOYO_FILE))


def make_html() -> None:
    slots = "".join(f"<th>{s}</th>" for s in D.MADO_SLOTS)
    rows = []
    for d in D.MADO_DAYS:
        avg = "".join(f"<td>{v}</td>" for v in D.MADO_AVG[d])
        mx = "".join(f"<td>{v}</td>" for v in D.MADO_MAX[d])
        rows.append(f'<tr><th rowspan="2">{d}</th><td>平均</td>{avg}</tr>\n<tr><td>最大</td>{mx}</tr>')
    proc = "\n".join(
        f"<tr><td>{n}</td><td>{c:,}</td><td>{w}</td><td>{p}</td></tr>" for n, c, w, p in D.MADO_PROC)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>市民課窓口待ち時間調査結果（令和7年10月）｜船橋市</title></head>
<body>
<nav>ホーム ＞ 市政情報 ＞ 行財政改革 ＞ 窓口サービスの改善</nav>
<main>
<h1>市民課窓口待ち時間調査結果（令和7年10月）</h1>
<p>更新日：2025年11月14日　担当：市民生活部 市民課</p>
<p>窓口サービスの改善に向けて、市民課窓口（本庁舎1階）における待ち時間を調査しました。
調査期間は令和7年10月1日（水曜日）から10月31日（金曜日）までの開庁日（21日間）です。
待ち時間は、発券機で番号札を発行してから窓口で呼び出されるまでの時間です。</p>
<h2>1　曜日・時間帯別の待ち時間</h2>
<table border="1">
<caption>曜日・時間帯別の待ち時間（単位：分）</caption>
<thead><tr><th>曜日</th><th>区分</th>{slots}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>※ 平均は各曜日・時間帯に発券した番号札の待ち時間の平均値（1分未満四捨五入）、最大はその最大値です。</p>
<p>※ 毎週水曜日の17時15分から19時までの延長窓口は、本調査の対象外です。</p>
<h2>2　手続別の待ち時間と処理時間</h2>
<table border="1">
<caption>手続別の件数・待ち時間・処理時間（令和7年10月）</caption>
<thead><tr><th>手続</th><th>件数（件）</th><th>平均待ち時間（分）</th><th>平均処理時間（分）</th></tr></thead>
<tbody>
{proc}
</tbody>
</table>
<p>※ 処理時間は、窓口で呼び出されてから手続が完了するまでの時間です。</p>
<h2>3　今後の取組</h2>
<p>月曜日の午前中に待ち時間が長くなる傾向があることから、令和8年1月から月曜日午前の窓口を2か所増設するとともに、
待ち状況をスマートフォンで確認できる「窓口混雑状況表示サービス」を導入します。</p>
</main>
<footer>船橋市役所 市民生活部 市民課　電話：047-436-2111（代表）</footer>
</body>
</html>
"""
    (DOCS / D.MADO_FILE).write_text(html, encoding="utf-8")


def make_txt() -> None:
    lines = ["豊橋市行政改革推進本部会議　開催状況（令和7年度）", "",
             "　　　　　　　　　　　　　　　　　　　　令和8年2月　総務部 行政課", "",
             "　本部長：市長　副本部長：副市長　本部員：各部局長", ""]
    nums = "１２３４"
    for m in D.HONBU:
        lines.append(f"{nums[m['no'] - 1]}　第{m['no']}回会議")
        lines.append(f"　（1）日時　{m['date']}　{m['time']}（{m['seireki']}）")
        lines.append(f"　（2）場所　{m['place']}")
        lines.append(f"　（3）出席者　{m['attend']}名（本部長を含む）")
        lines.append("　（4）報告事項")
        for i, r in enumerate(m["report"], 1):
            lines.append(f"　　　{'①②③④'[i - 1]}　{r}")
        lines.append("　（5）協議事項")
        for i, (d, res) in enumerate(m["discuss"], 1):
            lines.append(f"　　　{'①②③④'[i - 1]}　{d}　→　{res}")
        lines.append("")
    lines += ["※ 協議結果の「継続審議」は、次回以降の会議で改めて協議するものです。",
              "※ 会議資料及び会議録は、行政課及び市政情報コーナーで閲覧できます。", ""]
    (DOCS / D.HONBU_FILE).write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_xlsx(); make_docx(); make_pdf(); make_html(); make_txt()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
