"""Write made43/docs/: 佐久市 plan report (PDF, per initiative), 伊勢市・鳥羽市 joint projects (HTML),
牛久市 evaluation sheet (XLSX), case studies (TXT)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from . import data as D

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "佐久市_第2次行政経営改革プラン_最終評価報告書_令和3年8月.pdf"
JOINT_FILE = "伊勢市_鳥羽市_連携事業の進捗状況_令和5年度.html"
EVAL_FILE = "牛久市_事務事業評価シート_コミュニティバス運行事業_令和6年度決算.xlsx"
CASES_FILE = "地方公共団体における業務改革の取組事例_令和5年3月.txt"

HEAD = dict(zip(D.YEARS, D.YEAR_HEADS))        # H29 → "H29", R1 → "R元"
LABEL = dict(zip(D.YEARS, D.YEAR_LABELS))


def g(v):
    return "" if v is None else v


def make_plan():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    st = lambda size, **kw: ParagraphStyle(f"s{size}{len(kw)}", fontName="IPAexG", fontSize=size,
                                           leading=size * 1.45, wordWrap="CJK", **kw)
    H0, H1, H2, BODY, CELL = st(18, alignment=1), st(14), st(12), st(10), st(8)
    grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexG"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))])
    story = [Spacer(1, 120), Paragraph(D.PLAN, H0), Spacer(1, 10), Paragraph(D.REPORT_TITLE, H0), Spacer(1, 40),
             Paragraph(D.REPORT_DATE, st(12, alignment=1)), Paragraph(D.COMMITTEE, st(12, alignment=1)), PageBreak()]
    story += [Paragraph("1 評価の方法", H1),
              Paragraph("計画期間（平成29年度～令和2年度）の各年度に、担当課が実践項目ごとに達成度を評価し、最終年度に"
                        "総括として進捗度・効率性・連携度・創造性の4項目を0～3点で評価した上で総合評価を行った。"
                        "委員会は、取組項目ごとに5点満点で評価し、意見を付した。", BODY), Spacer(1, 6),
              Paragraph("各年度の達成度の凡例：" + "　".join(f"{m}＝{t}" for m, t in D.GRADE_LEGEND)
                        + "　―＝取組終了後　空欄＝未着手", BODY),
              Paragraph("総合評価の凡例：" + "　".join(f"{m}＝{t}" for m, t in D.OVERALL_LEGEND), BODY),
              Paragraph("年度欄の「H29」は平成29年度、「R元」は令和元年度を表す。", BODY), Spacer(1, 10),
              Paragraph("2 取組項目ごとの評価", H1)]
    head = ["番号", "実践項目", "担当課", *D.YEAR_HEADS, *D.SCORE_NAMES, "合計", "総合評価", "取組終了"]
    widths = [30, 170, 150, 32, 32, 32, 32, 36, 36, 36, 36, 30, 44, 44]
    for no, name, themes, selfg, score, comments in D.INITIATIVES:
        items = [p for p in D.PRACTICES if p[1] == no]
        story += [Spacer(1, 8), Paragraph(f"取組項目{no}　{name}", H2),
                  Paragraph(f"テーマ：{'・'.join(themes)}　　実践項目数：{len(items)}", BODY), Spacer(1, 4)]
        rows = [head]
        for code, _, title, grades, s, overall, end, dept in items:
            rows.append([code, title, dept, *(g(x) for x in grades), *s, sum(s), overall, HEAD.get(end, "")])
        t = Table(rows, colWidths=widths)
        t.setStyle(grid)
        story += [t, Spacer(1, 6),
                  Paragraph(f"担当部署の自己評価（総合）：{selfg}　　委員会評価：{score:.1f}点（5点満点）", BODY),
                  Paragraph("委員の意見", BODY)]
        story += [Paragraph(f"・{c}", BODY) for c in comments]
    story += [PageBreak(), Paragraph("資料　進捗状況シート（抜粋）", H1)]
    for code, ino, title, grades, _, overall, end, dept in D.PRACTICES:
        s = D.SHEETS.get(code)
        if not s:
            continue
        story += [Spacer(1, 10), Paragraph(f"【進捗状況シート】実践項目{code}　{title}", H2),
                  Paragraph(f"取組項目：{ino}　担当課：{dept}　取組終了：{s['end'] or '継続'}", BODY), Spacer(1, 4)]
        rows = [["年度", "取組内容", "達成度", "評価の理由", "取組上の課題"]]
        for y, gr in zip(D.YEARS, grades):
            if y not in s["content"] and gr in (None, "―"):
                continue
            rows.append([LABEL[y], Paragraph("<br/>".join(s["content"].get(y, [])), CELL), g(gr),
                         Paragraph(s["reason"].get(y, ""), CELL), Paragraph(s["issue"].get(y, ""), CELL)])
        t = Table(rows, colWidths=[60, 200, 40, 240, 220])
        t.setStyle(grid)
        story.append(t)
        if s["note"]:
            story += [Spacer(1, 4), Paragraph(f"特記事項：{s['note']}", BODY)]
    SimpleDocTemplate(str(DOCS / PLAN_FILE), pagesize=landscape(A4), leftMargin=30, rightMargin=30,
                      topMargin=30, bottomMargin=30, title=f"{D.PLAN} {D.REPORT_TITLE}").build(story)


def make_joint():
    e = escape
    rows = []
    spans = {}
    i = 0
    while i < len(D.JOINT):             # 部会 cells span consecutive rows of the same 部会
        j = i
        while j + 1 < len(D.JOINT) and D.JOINT[j + 1][5:7] == D.JOINT[i][5:7]:
            j += 1
        spans[i] = j - i + 1
        i = j + 1
    for k, (no, item, content, done, plan, bukai, chair, depts) in enumerate(D.JOINT):
        cells = [no, item, content, done, plan]
        tds = "".join(f"<td>{e(c)}</td>" for c in cells)
        if k in spans:
            rs = f' rowspan="{spans[k]}"' if spans[k] > 1 else ""
            tds += f"<td{rs}>{e(bukai)}<br>（{e(chair)}）</td>"
        tds += "".join(f"<td>{e(depts[c])}</td>" for c in D.JOINT_CITIES)
        rows.append(f"<tr>{tds}</tr>")
    body = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(D.JOINT_TITLE)}</title></head>
<body>
<h1>{e(D.JOINT_TITLE)}</h1>
<p>伊勢市と鳥羽市は、平成30年に締結した連携協約に基づき、次の事業に共同で取り組んでいます。</p>
<table border="1">
<thead>
<tr><th rowspan="2">番号</th><th rowspan="2">事業項目</th><th rowspan="2">事業内容</th><th colspan="2">進捗状況</th>
<th rowspan="2">部会名称<br>（部会長市）</th><th colspan="2">担当課</th></tr>
<tr><th>既に実施</th><th>今年度（R5）に実施予定</th>{''.join(f'<th>{c}</th>' for c in D.JOINT_CITIES)}</tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※ 担当課の空欄は、その市に担当課を置いていないことを示す。</p>
</body></html>
"""
    (DOCS / JOINT_FILE).write_text(html, encoding="utf-8")


def make_eval():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    ws.append([f"令和7年度 {D.EVAL_CITY}事務事業評価シート（令和6年度決算）"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["事務事業コード", D.EVAL_CODE, "事務事業名", D.EVAL_NAME])
    ws.append(["担当部名", D.EVAL_DEPT[0], "担当課名", D.EVAL_DEPT[1]])
    ws.append(["開始年度", D.EVAL_START, "終了年度", "なし"])
    ws.append(["施策", D.EVAL_POLICY])
    ws.append(["事業の概要", "市内6路線でコミュニティバス「かっぱ号」を運行し、交通不便地域の移動手段を確保する。"])
    ws.append(["事業の目的", "高齢者や学生など自家用車を使えない市民が、通院や通学、買物に出かけられるようにする。"])
    ws.append([])
    ws.append([f"事業費の推移（単位：{D.EVAL_UNIT}）"])
    ws.append(["区分", *(f"{y}決算" for y in D.EVAL_YEAR_LABELS)])
    ws.append(["総事業費", *(D.EVAL_COST[y] for y in D.EVAL_YEARS)])
    ws.append(["特定財源", *(D.EVAL_SPECIAL[y] for y in D.EVAL_YEARS)])
    ws.append(["一般財源", *(D.EVAL_COST[y] - D.EVAL_SPECIAL[y] for y in D.EVAL_YEARS)])
    for r in ws.iter_rows(min_row=12, max_row=14, min_col=2, max_col=4):
        for c in r:
            c.number_format = "#,##0"
    ws.append([])

    def indicator(title, spec, direction):
        name, unit, vals = spec
        ws.append([title])
        ws.append(["指標名", name, "単位", unit, "めざす方向", direction])
        ws.append(["年度", "計画値", "実績値", "達成率（%）"])
        for y, lab in zip(D.EVAL_IND_YEARS, D.EVAL_IND_LABELS):
            plan, act = vals[y]
            ws.append([lab, plan, act if act is not None else "", round(act / plan * 100, 1) if act is not None else ""])
            ws.cell(ws.max_row, 2).number_format = ws.cell(ws.max_row, 3).number_format = "#,##0"
            ws.cell(ws.max_row, 4).number_format = "0.0"
        ws.append([])

    indicator("成果指標（市民がどうなったか）", D.EVAL_OUTCOME, "増加")
    indicator("活動指標（市が何をしたか）", D.EVAL_ACTIVITY, "維持")
    ws.append(["評価"])
    ws.append(["総合評価", D.EVAL_GRADE, "（A：順調　B：おおむね順調　C：課題あり　D：見直しが必要）"])
    ws.append(["今後の方向性", D.EVAL_DIRECTION])
    ws.append(["評価の理由", "利用者数は回復傾向にあるが、計画値には届いていない。路線ごとの利用状況に差がある。"])
    ws.append(["今後の方針", "利用の少ない2路線についてデマンド型交通への転換を検討し、令和8年度からの運行見直しにつなげる。"])
    ws.column_dimensions["A"].width = 24
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=False, vertical="center")
    wb.save(DOCS / EVAL_FILE)


def place_line(places):
    """奈良県斑鳩町・安堵町: a prefecture is written once for towns of the same prefecture."""
    first, *rest = places
    pref = first[: first.index("県") + 1] if "県" in first else ""
    return "・".join([first, *(p[len(pref):] if pref and p.startswith(pref) else p for p in rest)])


def make_cases():
    out = [f"{D.CASES_TITLE}", f"（{D.CASES_DATE}）", "", "目次", ""]
    heads = []
    for h, *_ in D.CASES:
        if h not in heads:
            heads.append(h)
    out += [f"★{h} P{i + 2}" for i, h in enumerate(heads)] + [""]
    last = None
    for head, places, sub, act, eff in D.CASES:
        if head != last:
            out += [f"★{head}", "", f"- {D.CASE_LEADS[head]}", ""]
            last = head
        out += [f"〈{place_line(places)}の取組事例：{sub}〉", "", "【取組】", "", act, "", "【効果】", "", eff, ""]
        table = D.CASE_TABLES.get((head, places[0]))
        if table:
            out += [f"| {' | '.join(table[0])} |", "|" + "---|" * len(table[0])]
            out += [f"| {' | '.join(r)} |" for r in table[1:]] + [""]
    out += ["※ 各団体への照会結果をもとに作成した。数値は各団体の公表資料による。", ""]
    (DOCS / CASES_FILE).write_text("\n".join(out), encoding="utf-8")


def main():
    DOCS.mkdir(exist_ok=True)
    make_plan(); make_joint(); make_eval(); make_cases()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
