"""Write made42/docs/: 安曇野市 plan report (DOCX), 弘前市・黒石市・平川市 joint projects (XLSX),
case studies (DOCX), 鹿沼市 evaluation sheet (HTML), 松江市 newsletter (PDF)."""
from __future__ import annotations

from pathlib import Path

from . import data as D

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "安曇野市_行財政改革推進プラン_取組の評価に関する意見書_令和5年8月.docx"
JOINT_FILE = "弘前市_黒石市_平川市_連携事業の進捗状況_令和2年度.xlsx"
CASES_FILE = "行政改革の取組事例集_令和3年3月.docx"
EVAL_FILE = "鹿沼市_事務事業評価シート_県西地域広域連携推進事業_令和3年度決算.html"
NEWS_FILE = "松江市_市民協働だより_Vol12.pdf"

WAREKI = dict(zip(D.YEARS, D.YEAR_LABELS))


def g(v):
    return "" if v is None else v


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = str(v)
    return t


def make_plan():
    from docx import Document
    doc = Document()
    doc.add_heading(f"{D.PLAN}　{D.REPORT_TITLE}", 0)
    doc.add_paragraph(f"{D.REPORT_DATE}　{D.COMMITTEE}")
    doc.add_heading("1 実践項目の評価一覧", 1)
    head = [*D.YEAR_LABELS, "番号", "実践項目", "担当課", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了"]
    rows = [head]
    for code, ino, title, grades, s, overall, end, dept in D.PRACTICES:
        rows.append([*(g(x) for x in grades), code, title, dept, *s, sum(s), overall, WAREKI.get(end, "")])
    table(doc, rows)
    doc.add_paragraph("評価欄の「-」は取組終了後、空欄は未着手を示す。")
    doc.add_heading("2 取組項目ごとの評価と委員会の意見", 1)
    for no, name, themes, selfg, score, comments in D.INITIATIVES:
        n = sum(1 for p in D.PRACTICES if p[1] == no)
        doc.add_heading(f"取組項目{no}　{name}", 2)
        doc.add_paragraph(f"テーマ：{'・'.join(themes)}　実践項目数：{n}　自己評価：{selfg}　委員会評価：{score:.1f}／5")
        doc.add_paragraph("委員の意見")
        for c in comments:
            doc.add_paragraph(c, style="List Bullet")
    doc.add_heading("参考 進捗状況シート（令和4年度）", 1)
    for code, ino, title, grades, _, overall, end, dept in D.PRACTICES:
        s = D.SHEETS.get(code)
        if not s:
            continue
        doc.add_heading(f"実践項目{code}　{title}", 2)
        doc.add_paragraph(f"取組項目：{ino}　担当課：{dept}　取組終了：{s['end'] or '（継続）'}")
        rows = [["年度", "取組内容", "自己評価", "評価の理由", "取組上の課題"]]
        for y, lab, gr in zip(D.YEARS, D.YEAR_LABELS, grades):
            if y not in s["content"] and gr in (None, "-"):
                continue
            rows.append([lab, s["content"].get(y, ""), g(gr), s["reason"].get(y, ""), s["issue"].get(y, "")])
        table(doc, rows)
        if s["note"]:
            doc.add_paragraph(f"特記事項：{s['note']}")
    doc.save(DOCS / PLAN_FILE)


def make_joint():
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "連携事業"
    ws.append([D.JOINT_TITLE])
    ws.append([])
    ws.append(["番号", "事業項目", "事業内容", "進捗状況", "部会名（部会長市）", *(f"担当課（{c}）" for c in D.JOINT_CITIES)])
    for no, item, content, status, bukai, chair, depts in D.JOINT:
        ws.append([int(no), item, content, status, f"{bukai}（{chair}）", *(depts[c] for c in D.JOINT_CITIES)])
    ws.append([])
    ws.append(["※ 進捗状況の「令和2年度実施予定」は今年度に実施する予定の事業を示す。"])
    wb.save(DOCS / JOINT_FILE)


def make_cases():
    from docx import Document
    doc = Document()
    doc.add_heading(D.CASES_TITLE, 0)
    last = None
    for head, places, act, eff in D.CASES:
        if head != last:
            doc.add_heading(f"★{head}", 1)
            last = head
        doc.add_paragraph(f"〈{'・'.join(places)}の取組事例〉")
        doc.add_paragraph("【取組】")
        doc.add_paragraph(act)
        doc.add_paragraph("【効果】")
        doc.add_paragraph(eff)
    doc.save(DOCS / CASES_FILE)


def make_eval():
    ys = D.EVAL_YEAR_LABELS
    def row(label, vals):
        return f"<tr><th>{label}</th>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
    cost = [f"{D.EVAL_COST[y]:,}" for y in D.EVAL_YEARS]
    spec = [f"{D.EVAL_SPECIAL[y]:,}" for y in D.EVAL_YEARS]
    gen = [f"{D.EVAL_COST[y] - D.EVAL_SPECIAL[y]:,}" for y in D.EVAL_YEARS]
    def ind(spec_):
        name, unit, vals = spec_
        out = [f"<tr><th colspan=4>{name}（{unit}）</th></tr>"]
        out.append(row("計画", [vals[y][0] for y in D.EVAL_YEARS]))
        out.append(row("実績", [vals[y][1] for y in D.EVAL_YEARS]))
        out.append(row("達成率（%）", [f"{vals[y][1] / vals[y][0] * 100:.1f}" for y in D.EVAL_YEARS]))
        return "\n".join(out)
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{D.EVAL_CITY} 事務事業評価シート {D.EVAL_NAME}</title></head>
<body><h1>事務事業評価シート（令和3年度決算）</h1>
<table border="1">
<tr><th>事業番号</th><td>{D.EVAL_CODE}</td><th>事務事業名</th><td>{D.EVAL_NAME}</td></tr>
<tr><th>部名</th><td>{D.EVAL_DEPT[0]}</td><th>課名</th><td>{D.EVAL_DEPT[1]}</td></tr>
<tr><th>事業開始年度</th><td>{D.EVAL_START}</td><th>連携団体</th><td>{'、'.join(D.EVAL_PARTNERS)}</td></tr>
</table>
<h2>事業費の推移（単位：円）</h2>
<table border="1"><tr><th></th>{''.join(f'<th>{y}</th>' for y in ys)}</tr>
{row('総事業費', cost)}
{row('特定財源', spec)}
{row('一般財源', gen)}
</table>
<h2>成果指標</h2>
<table border="1"><tr><th></th>{''.join(f'<th>{y}</th>' for y in ys)}</tr>
{ind(D.EVAL_OUTCOME)}
</table>
<h2>活動指標</h2>
<table border="1"><tr><th></th>{''.join(f'<th>{y}</th>' for y in ys)}</tr>
{ind(D.EVAL_ACTIVITY)}
</table>
<h2>評価</h2>
<p>総合評価：{D.EVAL_GRADE}　今後の方向性：{D.EVAL_DIRECTION}</p>
<p>令和2年度は感染症の影響で会議の一部を中止したが、令和3年度はオンライン会議を併用して開催回数を回復させた。</p>
</body></html>
"""
    (DOCS / EVAL_FILE).write_text(html, encoding="utf-8")


def make_news():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    c = canvas.Canvas(str(DOCS / NEWS_FILE), pagesize=A4)
    y = 800
    def line(text, size=10.5):
        nonlocal y
        while text:
            chunk, text = text[:44], text[44:]
            c.setFont("IPAexG", size)
            c.drawString(50, y, chunk)
            y -= size + 7
    T, C, M = D.TRAINING, D.CALL, D.MODEL
    line(f"{D.NEWS_TITLE} {D.NEWS_VOL}", 16)
    line("発行：松江市 まちづくり推進課")
    y -= 8
    line(f"■ 研修報告「{T['title']}」", 12)
    line(f"{T['date']}に開催し、{T['participants']}人が参加しました。アンケートでは{T['satisfaction']}%の方が「満足」と回答しました。")
    y -= 8
    line("■ 協働事業提案制度 Q&A", 12)
    for q, a in D.QA:
        line(f"いただいた質問：{q}")
        line(f"回答：{a}")
    y -= 8
    line(f"■ {C['name']}を募集します", 12)
    line(f"募集期間：{C['start']}～{C['end']}")
    line(f"説明会：{C['briefing']}")
    line(f"問合せ：{C['contact']}")
    y -= 8
    line("■ モデル事業の紹介", 12)
    line(f"事業名：{M['name']}")
    line(f"実施団体：{M['org']}")
    line(f"担当部署：{M['dept']}")
    line(M["summary"])
    c.save()


def main():
    DOCS.mkdir(exist_ok=True)
    make_plan(); make_joint(); make_cases(); make_eval(); make_news()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
