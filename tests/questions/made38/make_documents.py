"""Write made38/docs/: 恵那市 plan report (HTML), 会津若松市・喜多方市 joint projects (XLSX),
館林市 evaluation sheet (PDF), 藤枝市 newsletter (DOCX)."""
from __future__ import annotations

from pathlib import Path

from . import data as D

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "恵那市_行政経営改革プラン_取組の評価に関する報告書_令和8年8月.html"
JOINT_FILE = "会津若松市_喜多方市_連携事業の進捗状況_令和5年度.xlsx"
EVAL_FILE = "館林市_事務事業評価シート_東毛地域広域連携推進事業_令和6年度決算.pdf"
NEWS_FILE = "藤枝市_市民協働ニュース_Vol9.docx"

WAREKI = dict(zip(D.YEARS, D.YEAR_LABELS))


def g(v):
    return "" if v is None else v


def make_html():
    init_rows = []
    for no, name, themes, selfg, score, _ in D.INITIATIVES:
        n = sum(1 for p in D.PRACTICES if p[1] == no)
        init_rows.append(f"<tr><td>{no}</td><td>{name}</td><td>{'・'.join(themes)}</td><td>{n}</td>"
                         f"<td>{selfg}</td><td>{score:.1f}</td></tr>")
    prac_rows = []
    for no, name, *_ in D.INITIATIVES:
        prac_rows.append(f'<tr class="group"><th colspan="13" style="text-align:left">取組項目{no}　{name}</th></tr>')
        for code, ino, title, grades, (s1, s2, s3, s4), overall, end, dept in D.PRACTICES:
            if ino != no:
                continue
            yrs = "".join(f"<td>{g(x)}</td>" for x in reversed(grades))  # newest year first
            prac_rows.append(
                f"<tr><td>{code}</td><td>{title}</td>{yrs}<td>{s1}</td><td>{s2}</td><td>{s3}</td><td>{s4}</td>"
                f"<td>{s1 + s2 + s3 + s4}</td><td>{overall}</td><td>{WAREKI.get(end, '')}</td><td>{dept}</td></tr>")
    sec = []
    for no, name, themes, selfg, score, comments in D.INITIATIVES:
        lis = "\n".join(f"<li>{c}</li>" for c in comments)
        sec.append(f'<section id="init{no}"><h3>取組項目{no}　{name}</h3>\n'
                   f"<p>所管課の自己評価：{selfg}　／　委員会評価：{score:.1f}点（5点満点）</p>\n"
                   f"<h4>委員会の意見</h4>\n<ul>\n{lis}\n</ul></section>")
    sheets = []
    for code, ino, title, grades, _, overall, end, dept in D.PRACTICES:
        s = D.SHEETS.get(code)
        if not s:
            continue
        rows = []
        for y, lab, gr in zip(D.YEARS, D.YEAR_LABELS, grades):
            if y not in s["content"] and gr in (None, "-"):
                continue
            rows.append(f"<tr><th>{lab}</th><td>{s['content'].get(y, '')}</td><td>{g(gr)}</td>"
                        f"<td>{s['reason'].get(y, '')}</td><td>{s['issue'].get(y, '')}</td></tr>")
        sheets.append(
            f'<section class="sheet"><h3>実践項目{code}　{title}</h3>\n'
            f"<p>取組項目：{ino}　担当課：{dept}　取組終了：{s['end'] or '（継続）'}</p>\n"
            f'<table border="1"><tr><th>年度</th><th>取組内容</th><th>自己評価</th><th>評価の理由</th><th>取組上の課題</th></tr>\n'
            + "\n".join(rows) + "\n</table>\n"
            + (f"<p>特記事項：{s['note']}</p>\n" if s["note"] else "") + "</section>")
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{D.PLAN} {D.REPORT_TITLE}｜{D.CITY}</title></head>
<body>
<nav><a href="/">トップ</a> &gt; 市政 &gt; 行財政改革 &gt; 行政経営改革プラン</nav>
<h1>{D.PLAN}<br>{D.REPORT_TITLE}</h1>
<p>{D.REPORT_DATE}　{D.COMMITTEE}</p>
<p>本委員会は、{D.PLAN}（計画期間：令和4年度～令和7年度）の最終年度を終えるにあたり、6つの取組項目と
{len(D.PRACTICES)}の実践項目について、各課の自己評価と進捗状況シートをもとに審議を行いました。その結果を報告します。</p>
<h2>1　取組項目の評価一覧</h2>
<table border="1">
<tr><th>No.</th><th>取組項目</th><th>テーマ</th><th>実践項目数</th><th>所管課の自己評価</th><th>委員会評価（5点満点）</th></tr>
{chr(10).join(init_rows)}
</table>
<h2>2　実践項目の評価一覧</h2>
<p>各年度の評価はA（計画以上）、B（概ね計画どおり）、C（計画を下回る）の3段階です。「-」は取組終了後の年度、空欄は未着手の年度です。
総括は進捗度・連携度・効率性・創造性をそれぞれ3点満点で採点し、その合計を踏まえて総合評価を定めています。番号のNは計画期間中に追加した項目です。</p>
<table border="1">
<tr><th rowspan="2">番号</th><th rowspan="2">実践項目</th><th colspan="4">年度別評価</th><th colspan="5">総括</th>
<th rowspan="2">総合評価</th><th rowspan="2">取組終了</th><th rowspan="2">担当課</th></tr>
<tr><th>令和7年度</th><th>令和6年度</th><th>令和5年度</th><th>令和4年度</th><th>進捗度</th><th>連携度</th><th>効率性</th><th>創造性</th><th>合計</th></tr>
{chr(10).join(prac_rows)}
</table>
<h2>3　取組項目ごとの委員会評価と意見</h2>
{chr(10).join(sec)}
<h2>参考　進捗状況シート（抜粋・令和8年5月作成）</h2>
{chr(10).join(sheets)}
<p>お問い合わせ：恵那市 総務部 行政改革推進室</p>
</body></html>
"""
    (DOCS / PLAN_FILE).write_text(html, encoding="utf-8")


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "連携事業"
    ws["A1"] = D.JOINT_TITLE
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "令和5年10月1日現在　会津若松市・喜多方市 広域連携推進会議"
    hdr1 = ["番号", "事業項目", "事業内容", "進捗状況", "部会名（部会長市）", "担当課", None]
    hdr2 = [None, None, None, None, None] + D.JOINT_CITIES
    for i, v in enumerate(hdr1, 1):
        ws.cell(row=4, column=i, value=v)
    for i, v in enumerate(hdr2, 1):
        if v:
            ws.cell(row=5, column=i, value=v)
    for col in "ABCDE":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("F4:G4")
    r = 6
    for no, item, desc, state, bukai, head, depts in D.JOINT:
        vals = [int(no), item, desc, state, f"{bukai}（{head}）"] + [depts[c] or None for c in D.JOINT_CITIES]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(row=r + 1, column=1, value="※進捗状況　実施済：令和4年度までに実施　令和5年度実施予定：今年度中に実施　検討中：実施時期未定")
    for col, w in zip("ABCDEFG", (6, 22, 44, 18, 20, 16, 16)):
        ws.column_dimensions[col].width = w
    wb.save(DOCS / JOINT_FILE)


def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    st = ParagraphStyle("j", fontName="IPAexG", fontSize=9, leading=13)
    h1 = ParagraphStyle("h", fontName="IPAexG", fontSize=14, leading=20)
    ts = TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                     ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def tbl(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(ts)
        return t

    P = lambda s: Paragraph(s, st)  # noqa: E731
    Y = D.EVAL_YEAR_LABELS
    head = [["事務事業コード", D.EVAL_CODE, "事業名", D.EVAL_NAME],
            ["担当部", D.EVAL_DEPT[0], "担当課", D.EVAL_DEPT[1]],
            ["開始年度", D.EVAL_START, "終了年度", "なし"],
            ["総合計画の施策", "5-3 広域連携の推進", "対象", "市民、連携市町の職員"]]
    purpose = [[P("事業の概要"), P(f"東毛地域の{len(D.EVAL_PARTNERS) - 2}市2町（" + "、".join(D.EVAL_PARTNERS)
                                 + "）で構成する東毛広域連携推進協議会において、観光・防災・公共施設の相互利用などの連携事業を協議し実施する。")],
               [P("目指す成果"), P("連携事業を通じて行政の効率化を図るとともに、住民が広域連携のメリットを実感できる地域とする。")]]
    cost = [["区分", *[f"{y}決算" for y in Y]],
            ["総事業費（円）", *[f"{D.EVAL_COST[y]:,}" for y in D.EVAL_YEARS]],
            ["特定財源（円）", *[f"{D.EVAL_SPECIAL[y]:,}" for y in D.EVAL_YEARS]],
            ["市の実質負担額（円）", *[f"{D.EVAL_COST[y] - D.EVAL_SPECIAL[y]:,}" for y in D.EVAL_YEARS]]]

    def ind(kind, spec):
        name, unit, vals = spec
        rows = [[kind, f"{name}（{unit}）", "", "", ""], ["", "区分", *Y]]
        rows.append(["", "計画", *[f"{vals[y][0]:,}" for y in D.EVAL_YEARS]])
        rows.append(["", "実績", *[f"{vals[y][1]:,}" for y in D.EVAL_YEARS]])
        rows.append(["", "達成率（%）", *[f"{vals[y][1] / vals[y][0] * 100:.1f}" for y in D.EVAL_YEARS]])
        return rows

    story = [Paragraph(f"令和6年度 事務事業評価シート（{D.EVAL_CITY}）", h1), Spacer(1, 6),
             tbl(head, [80, 150, 60, 230]), Spacer(1, 8),
             tbl(purpose, [80, 440]), Spacer(1, 8),
             P("■ コストの推移"), tbl(cost, [130, 130, 130, 130]), Spacer(1, 8),
             P("■ 指標"), tbl(ind("活動指標", D.EVAL_ACTIVITY) + ind("成果指標", D.EVAL_OUTCOME), [60, 130, 110, 110, 110]),
             Spacer(1, 8),
             P("■ 評価"),
             tbl([[P("総合評価"), P(f"{D.EVAL_GRADE}（概ね順調）")],
                  [P("今後の方向性"), P(f"{D.EVAL_DIRECTION}")],
                  [P("評価の理由"), P("令和6年度は協議回数が計画を上回った一方、連携イベントの参加者数は計画に届かなかった。"
                                  "県の地域連携補助金を活用し、市の実質負担を抑えながら事業を拡充する。")],
                  [P("課題と改善策"), P("連携市町の間で公共施設の利用料金が異なることが相互利用の妨げとなっている。"
                                   "令和7年度中に料金の統一に向けた協議を開始する。")]], [80, 440])]
    SimpleDocTemplate(str(DOCS / EVAL_FILE), pagesize=A4, title=f"事務事業評価シート {D.EVAL_NAME}",
                      leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36).build(story)


def make_docx():
    from docx import Document
    doc = Document()
    doc.add_heading(f"{D.NEWS_TITLE}　{D.NEWS_VOL}", level=1)
    doc.add_paragraph("発行：藤枝市 協働政策部 市民協働課　2025年12月")
    t = D.TRAINING
    doc.add_heading(f"■ {t['title']}を開催しました", level=2)
    doc.add_paragraph("市民活動団体と行政をつなぐ協働コーディネーターを育てるため、市職員と市民活動団体のメンバーを対象に養成講座を開催しました。"
                      "講座では協働の基本的な考え方を学んだあと、グループワークで地域の課題と解決のためのパートナーを考えました。")
    doc.add_paragraph(f"日時：{t['date']}")
    doc.add_paragraph(f"参加者：{t['participants']}名　　満足度（平均）：{t['satisfaction']}点")
    doc.add_heading("■ 講座で寄せられた質問にお答えします", level=2)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    tb.rows[0].cells[0].text = "質問"
    tb.rows[0].cells[1].text = "回答"
    for qq, a in D.QA:
        cells = tb.add_row().cells
        cells[0].text = qq
        cells[1].text = a
    c = D.CALL
    doc.add_heading(f"■ {c['name']}の提案を募集します", level=2)
    doc.add_paragraph("市民の皆さんと市が協力して地域の課題に取り組む事業の提案を募集します。")
    doc.add_paragraph(f"募集期間：{c['start']}～{c['end']}")
    doc.add_paragraph(f"事前説明会：{c['briefing']}")
    doc.add_paragraph(f"問合せ：{c['contact']}")
    m = D.MODEL
    doc.add_heading("■ 協働モデル事業の紹介", level=2)
    doc.add_paragraph(f"事業名：{m['name']}")
    doc.add_paragraph(f"実施団体：{m['org']}")
    doc.add_paragraph(f"担当課：{m['dept']}")
    doc.add_paragraph(m["summary"])
    doc.save(DOCS / NEWS_FILE)


def main():
    DOCS.mkdir(exist_ok=True)
    make_html()
    make_xlsx()
    make_pdf()
    make_docx()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
