"""Write docs/ for made71: an .xlsx 事務事業評価結果一覧, a .pdf 行財政改革実施計画, a .docx 外部評価委員会答申
(水城野市), an .html 公共施設再編計画 (岩瀬台町) and a .txt 職員研修実績 (朱鷺原町)."""
import datetime as dt
import html
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_XLSX = "01_水城野市_令和7年度事務事業評価結果一覧.xlsx"
F_PDF = "02_水城野市_行財政改革実施計画_R7-R11.pdf"
F_DOCX = "03_水城野市行政改革外部評価委員会_答申.docx"
F_HTML = "04_岩瀬台町_公共施設再編計画.html"
F_TXT = "05_朱鷺原町_令和6年度職員研修実績.txt"


# ------------------------------------------------------------------------------------ xlsx
def eval_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果一覧"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="DDDDDD")

    ws["A1"] = D.EVAL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["N2"] = "（金額の単位：千円）"
    # three header rows (3-5)
    head = {
        "A3": "No.", "B3": "所管部", "C3": "所管課", "D3": "事業名",
        "E3": "事業費（千円）", "E4": "決算額", "E5": "令和5年度", "F5": "令和6年度",
        "G3": "人件費（千円）", "G4": "令和6年度",
        "H3": "成果指標（令和6年度）", "H4": "指標名", "I4": "目標", "J4": "実績", "K4": "達成率（％）",
        "L3": "評価", "L4": "一次評価", "M4": "二次評価", "N3": "今後の方向性",
    }
    for ref, v in head.items():
        ws[ref] = v
    for rng in ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:F3", "E4:F4", "G4:G5", "H3:K3", "H4:H5", "I4:I5",
                "J4:J5", "K4:K5", "L3:M3", "L4:L5", "M4:M5", "N3:N5"]:
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=3, max_row=5, max_col=14):
        for c in row:
            c.alignment, c.border, c.fill = center, box, grey
            c.font = Font(bold=True)

    r = 6
    start_of_bu = {}
    for j in D.JIGYO:
        vals = [j["no"], j["bu"] if j["bu"] not in start_of_bu else None, j["ka"], j["name"], j["c5"], j["c6"],
                j["jin"], j["ind"], j["tgt"], j["act"], D.rate(j), j["g1"], j["g2"], j["dir"]]
        start_of_bu.setdefault(j["bu"], r)
        for k, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=k, value=v)
            c.border = box
            if k in (5, 6, 7, 9, 10):
                c.number_format = "#,##0.0" if isinstance(v, float) else "#,##0"
            if k == 11:
                c.number_format = "0.0"
            if k in (1, 12, 13, 14):
                c.alignment = Alignment(horizontal="center")
        r += 1
    # merge 所管部 cells per block (real sheets merge them; only the first row keeps the value)
    bus = list(dict.fromkeys(j["bu"] for j in D.JIGYO))
    for b in bus:
        first = start_of_bu[b]
        last = first + sum(1 for j in D.JIGYO if j["bu"] == b) - 1
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        ws.cell(row=first, column=2).alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
    # 合計 row
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=5, value=sum(j["c5"] for j in D.JIGYO))
    ws.cell(row=r, column=6, value=sum(j["c6"] for j in D.JIGYO))
    ws.cell(row=r, column=7, value=sum(j["jin"] for j in D.JIGYO))
    for k in range(1, 15):
        c = ws.cell(row=r, column=k)
        c.border, c.font = box, Font(bold=True)
        if k in (5, 6, 7):
            c.number_format = "#,##0"
    ws.cell(row=r, column=1).alignment = center
    r += 2
    notes = [
        "※一次評価は所管課による自己評価、二次評価は行政改革推進本部による評価である。",
        "※評価の区分　A：成果が十分に上がっている　B：概ね成果が上がっている　C：成果が不十分である　D：成果がほとんど上がっていない",
        "※今後の方向性　拡充／継続／改善／縮小／廃止",
        "※達成率は、実績を目標で除したもの（小数点第2位を四捨五入）。",
    ]
    for n in notes:
        ws.cell(row=r, column=1, value=n)
        r += 1
    for col, w in zip("ABCDEFGHIJKLMN", [5, 11, 12, 26, 11, 11, 11, 24, 9, 9, 10, 8, 8, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E6"
    wb.save(OUT / F_XLSX)


# ------------------------------------------------------------------------------------ pdf
def plan_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("b", fontName="IPAex", fontSize=9, leading=13)
    h1 = ParagraphStyle("h1", fontName="IPAex", fontSize=15, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="IPAex", fontSize=12, leading=16, spaceBefore=10, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName="IPAex", fontSize=10, leading=14, spaceBefore=6, spaceAfter=2)
    story = [Paragraph(D.PLAN_TITLE, h1),
             Paragraph("令和7年3月　水城野市 企画財政部 企画課", st), Spacer(1, 6),
             Paragraph("本計画は、水城野市行財政改革大綱に基づき、推進項目ごとの取組と年度別の工程を定めるものである。"
                       "工程表の記号は次のとおり。　検討：検討・準備　　実施：実施（開始）　　→：継続して実施　　"
                       "●：完了（目標達成）予定　　空欄：取組なし", st),
             Paragraph("効果額（見込み）は、令和7年度から令和11年度までの5年間の累計額（単位：千円）である。"
                       "金額に換算できない取組は「―」と表示している。", st)]
    header = ["取組内容"] + [D.WAREKI[y] for y in D.PY]
    for p, pname in D.POLICIES.items():
        story.append(Paragraph(f"基本方針{p}　{pname}", h2))
        for s in [s for s in D.SUISHIN if s["pol"] == p]:
            body = [header]
            for k, (name, marks) in enumerate(s["rows"]):
                body.append([f"{'①②③'[k]}{name}"] + marks)
            t = Table(body, colWidths=[190, 58, 58, 58, 58, 58])
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), "IPAex"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            eff = f"{s['effect']:,}千円" if s["effect"] is not None else "―"
            story.append(KeepTogether([
                Paragraph(f"推進項目{s['code']}　{s['name']}　（担当課：{s['ka']}）", h3),
                Paragraph(f"目標指標：{s['kpi']}", st), Spacer(1, 3), t, Spacer(1, 3),
                Paragraph(f"効果額（見込み）：{eff}", st)]))
    SimpleDocTemplate(str(OUT / F_PDF), pagesize=A4, leftMargin=40, rightMargin=40,
                      title=D.PLAN_TITLE).build(story)


# ------------------------------------------------------------------------------------ docx
def toshin_docx():
    doc = Document()
    p = doc.add_paragraph(D.TOSHIN_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("水城野市長　様")
    p = doc.add_paragraph(f"水城野市行政改革外部評価委員会\n委員長　{D.CHAIR}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(D.TOSHIN_TITLE, 0)
    doc.add_paragraph("令和7年5月20日付けで諮問のあった水城野市の行政改革の推進について、本委員会で5回にわたり審議を重ねた結果を、"
                      "次のとおり答申する。")
    doc.add_heading("はじめに", 1)
    doc.add_paragraph("本市は令和7年度から新たな行財政改革実施計画に取り組んでいる。人口減少と施設の老朽化が進むなか、"
                      "限られた経営資源で市民サービスを維持するため、本委員会は次の8項目を提言する。")
    doc.add_paragraph(f"なお、各提言の末尾の「対応区分」は、答申後に市が整理した{D.TAIO_AS_OF}現在の対応状況であり、"
                      "対応済・一部対応・未対応の3区分で示している。")
    doc.add_heading("提言", 1)
    for t in D.TEIGEN:
        doc.add_heading(f"提言{t['no']}　{t['title']}", 2)
        doc.add_paragraph("【現状と課題】").runs[0].bold = True
        doc.add_paragraph(t["issue"])
        doc.add_paragraph("【提言内容】").runs[0].bold = True
        doc.add_paragraph(t["body"])
        doc.add_paragraph(f"関係課：{t['ka']}")
        doc.add_paragraph(f"対応区分：{t['taio']}")
    doc.add_heading("おわりに", 1)
    doc.add_paragraph("本答申の趣旨を踏まえ、市が行政改革を着実に進めることを期待する。")
    doc.add_heading("資料1　委員名簿", 1)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "氏名", "区分", "役職"]):
        c.text = h
    for k, (name, kubun, role) in enumerate(D.MEMBERS, 1):
        cells = tb.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = str(k), name, kubun, role
    doc.add_paragraph("（敬称略）")
    doc.add_heading("資料2　審議経過", 1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["回", "開催日", "主な内容"]):
        c.text = h
    for m in D.MEETINGS:
        cells = tb.add_row().cells
        for c, v in zip(cells, m):
            c.text = v
    doc.save(OUT / F_DOCX)


# ------------------------------------------------------------------------------------ html
def facilities_html():
    e = html.escape
    summary_rows = []
    for ch in D.CHIKU:
        fs = [f for f in D.SHISETSU if f["chiku"] == ch]
        summary_rows.append(f"<tr><th scope=\"row\">{ch}</th>"
                            + "".join(f"<td>{sum(1 for f in fs if f['policy'] == p)}</td>" for p in D.POLICY)
                            + f"<td>{len(fs)}</td></tr>")
    summary_rows.append("<tr><th scope=\"row\">計</th>"
                        + "".join(f"<td>{sum(1 for f in D.SHISETSU if f['policy'] == p)}</td>" for p in D.POLICY)
                        + f"<td>{len(D.SHISETSU)}</td></tr>")
    sections = []
    for ch in D.CHIKU:
        blocks = []
        for f in [f for f in D.SHISETSU if f["chiku"] == ch]:
            when = D.WAREKI[f["when"]] if f["when"] else "―"
            blocks.append(f"""<dl class="shisetsu">
  <dt>施設名</dt><dd>{e(f['name'])}</dd>
  <dt>所在地区</dt><dd>{ch}</dd>
  <dt>施設分類</dt><dd>{e(f['kind'])}</dd>
  <dt>延床面積</dt><dd>{f['area']:,.1f}㎡</dd>
  <dt>築年数</dt><dd>{D.age(f)}年（{D.era(f['built'])}建築）</dd>
  <dt>方針</dt><dd>{f['policy']}</dd>
  <dt>時期</dt><dd>{when}</dd>
  <dt>備考</dt><dd>{e(f['note'])}</dd>
</dl>""")
        sections.append(f"<section>\n<h2>{ch}</h2>\n" + "\n".join(blocks) + "\n</section>")
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{D.FAC_TITLE} | 岩瀬台町公式ホームページ</title></head>
<body>
<nav><a href="/">トップ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; 公共施設再編計画</nav>
<main>
<h1>{D.FAC_TITLE}</h1>
<p>岩瀬台町では、公共施設等総合管理計画に基づき、町が保有する施設の今後の方針を地区ごとに定めました。
方針は「存続」「集約」（他の施設へ機能を移す）「廃止」「譲渡」（民間等へ譲り渡す）の4区分です。
時期は方針を実施する年度で、存続の施設は「―」としています。築年数は令和7年4月1日時点です。</p>
<h2>方針別の施設数</h2>
<table border="1">
<thead><tr><th>地区</th>{''.join(f'<th>{p}</th>' for p in D.POLICY)}<th>計</th></tr></thead>
<tbody>
{chr(10).join(summary_rows)}
</tbody>
</table>
{chr(10).join(sections)}
<p>お問い合わせ：岩瀬台町 総務課 財産管理係</p>
</main>
<footer>&copy; 岩瀬台町</footer>
</body>
</html>
"""
    (OUT / F_HTML).write_text(page, encoding="utf-8")


# ------------------------------------------------------------------------------------ txt
WD = "月火水木金土日"


def date_text(d):
    y, m, day = d[:3]
    w = WD[dt.date(y, m, day).weekday()]
    if (y, m) >= (2024, 10):                      # the second half of the year was written in 和暦
        s = f"令和{y - 2018}年{m}月{day}日（{w}）"
    else:
        s = f"{y}年{m}月{day}日（{w}）"
    if len(d) == 5:
        m2, d2 = d[3], d[4]
        s += f"～{m2}月{d2}日（{WD[dt.date(y, m2, d2).weekday()]}）"
    return s


def training_txt():
    L = [D.TRAIN_TITLE, "", "令和7年4月　朱鷺原町総務課 人事研修係", "",
         "令和6年度（2024年4月～2025年3月）に実施した職員研修の実績は次のとおりです。",
         "満足度は、受講後アンケートで「満足」「やや満足」と回答した受講者の割合です。", ""]
    for k in D.KENSHU:
        L += [f"■{k['name']}",
              f"　区分　　：{k['kubun']}（{k['keishiki']}）",
              f"　実施日　：{date_text(k['date'])}",
              f"　対象　　：{k['taisho']}",
              f"　講師　　：{k['koshi']}",
              f"　受講者数：{k['n']}人",
              f"　満足度　：{k['sat']:.1f}%",
              ""]
    L += ["※区分のうち「特別」は、法令等により全職員の受講が求められる研修です。",
          "※（オンライン）はWeb会議システム又はeラーニングによる実施です。", ""]
    (OUT / F_TXT).write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    eval_xlsx(); plan_pdf(); toshin_docx(); facilities_html(); training_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
