"""Write made45/docs/: 那須塩原市 plan report (HTML, one table per initiative), 寄居町・小川町 joint projects (DOCX),
飯能市 evaluation sheet (PDF), 大崎市 newsletter (TXT)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from . import data as D

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "那須塩原市_行政経営改革プラン_取組の評価に関する報告書_令和7年9月.html"
JOINT_FILE = "寄居町_小川町_広域連携事業の進捗状況_令和6年度.docx"
EVAL_FILE = "飯能市_事務事業評価シート_西川材利用促進事業_令和5年度決算.pdf"
NEWS_FILE = "大崎市_協働のまちづくり通信_第15号.txt"

WAREKI = dict(zip(D.YEARS, D.YEAR_LABELS))


def g(v):
    return "" if v is None else v


def html_table(rows, head=True):
    out = ["<table border=\"1\">"]
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(v))}</{tag}>" for v in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def make_plan():
    h = [f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{D.PLAN} {D.REPORT_TITLE}</title></head><body>",
         f"<h1>{D.PLAN}　{D.REPORT_TITLE}</h1>", f"<p>{D.REPORT_DATE}　{D.COMMITTEE}</p>",
         "<h2>評価の区分</h2><dl>"]
    for k, v in D.LEGEND:
        h.append(f"<dt>{k}</dt><dd>{v}</dd>")
    h.append("</dl><p>評価欄の「-」は取組終了後、空欄は未着手を示す。総括は成果・連携・効率・工夫の各4点満点。</p>")
    h.append("<h2>1 取組ごとの実践項目の評価</h2>")
    for no, name, theme, selfg, score, comments in D.INITIATIVES:
        h.append(f"<h3>取組{no}　{name}（テーマ：{theme}）</h3>")
        rows = [["番号", "実践項目", "担当課", *D.YEAR_LABELS, "成果", "連携", "効率", "工夫", "計", "総合評価", "終了年度"]]
        for code, ino, title, grades, s, overall, end, dept in D.PRACTICES:
            if ino != no:
                continue
            rows.append([code, title, dept, *(g(x) for x in grades), *s, sum(s), overall, WAREKI.get(end, "")])
        h.append(html_table(rows))
    h.append(f"<h2>2 取組の評価と懇話会委員の意見</h2>")
    for no, name, theme, selfg, score, comments in D.INITIATIVES:
        n = sum(1 for p in D.PRACTICES if p[1] == no)
        h.append(f"<h3>取組{no}　{name}</h3><dl>")
        h.append(f"<dt>テーマ</dt><dd>{theme}</dd><dt>実践項目数</dt><dd>{n}</dd>"
                 f"<dt>担当部局の自己評価</dt><dd>{selfg}</dd><dt>懇話会評価</dt><dd>{score:.1f}点（5点満点）</dd>")
        h.append("<dt>委員の意見</dt><dd><ul>" + "".join(f"<li>{escape(c)}</li>" for c in comments) + "</ul></dd></dl>")
    h.append("<h2>資料 進捗状況シート（令和6年度）</h2>")
    for code, ino, title, grades, _, overall, end, dept in D.PRACTICES:
        s = D.SHEETS.get(code)
        if not s:
            continue
        h.append(f"<h3>実践項目{code}　{title}</h3>")
        h.append(f"<p>取組：{ino}　担当課：{dept}　取組終了：{s['end'] or '（継続）'}</p>")
        rows = [["年度", "取組内容", "自己評価", "評価の理由", "取組上の課題"]]
        for y, lab, gr in zip(D.YEARS, D.YEAR_LABELS, grades):
            if y not in s["content"] and gr in (None, "-"):
                continue
            rows.append([lab, s["content"].get(y, ""), g(gr), s["reason"].get(y, ""), s["issue"].get(y, "")])
        h.append(html_table(rows))
        if s["note"]:
            h.append(f"<p>特記事項：{s['note']}</p>")
    h.append("</body></html>")
    (DOCS / PLAN_FILE).write_text("\n".join(h) + "\n", encoding="utf-8")


def make_joint():
    from docx import Document
    doc = Document()
    doc.add_heading(D.JOINT_TITLE, 0)
    doc.add_paragraph("令和7年3月　寄居町・小川町広域連携推進協議会")
    head = ["番号", "事業項目", "事業内容", "進捗状況", "分科会（幹事町）", *(f"担当課（{t}）" for t in D.JOINT_TOWNS)]
    t = doc.add_table(rows=1 + len(D.JOINT), cols=len(head))
    t.style = "Table Grid"
    for c, v in enumerate(head):
        t.cell(0, c).text = v
    for r, (no, item, content, status, bun, chair, depts) in enumerate(D.JOINT, 1):
        for c, v in enumerate([no, item, content, status, f"{bun}（{chair}）", *(depts[x] for x in D.JOINT_TOWNS)]):
            t.cell(r, c).text = v
    doc.add_paragraph("※ 進捗状況の「令和6年度実施予定」は今年度に実施する予定の事業を示す。担当課が空欄の町は検討に加わっていない。")
    doc.save(DOCS / JOINT_FILE)


def make_eval():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    c = canvas.Canvas(str(DOCS / EVAL_FILE), pagesize=A4)
    y = 800

    def line(text, size=10.5, x=50):
        nonlocal y
        c.setFont("IPAexG", size)
        c.drawString(x, y, text)
        y -= size + 7

    def cols(label, vals):
        nonlocal y
        c.setFont("IPAexG", 10.5)
        c.drawString(50, y, label)
        for i, v in enumerate(vals):
            c.drawRightString(330 + i * 90, y, str(v))
        y -= 17

    ys = D.EVAL_YEARS
    line(f"事務事業評価シート（令和5年度決算）　{D.EVAL_CITY}", 14)
    line(f"事業番号：{D.EVAL_CODE}　事務事業名：{D.EVAL_NAME}")
    line(f"部名：{D.EVAL_DEPT[0]}　課名：{D.EVAL_DEPT[1]}　事業開始年度：{D.EVAL_START}")
    y -= 6
    line("■ 事業費の推移（単位：円）", 12)
    cols("", D.EVAL_YEAR_LABELS)
    cols("総事業費", [f"{D.EVAL_COST[k]:,}" for k in ys])
    cols("特定財源（森林環境譲与税）", [f"{D.EVAL_SPECIAL[k]:,}" for k in ys])
    cols("一般財源", [f"{D.EVAL_COST[k] - D.EVAL_SPECIAL[k]:,}" for k in ys])
    for head, (name, unit, vals) in (("■ 活動指標", D.EVAL_ACTIVITY), ("■ 成果指標", D.EVAL_OUTCOME)):
        y -= 6
        line(f"{head}　{name}（{unit}）", 12)
        cols("", D.EVAL_YEAR_LABELS)
        cols("目標", [vals[k][0] for k in ys])
        cols("実績", [vals[k][1] for k in ys])
        cols("達成率（%）", [f"{vals[k][1] / vals[k][0] * 100:.1f}" for k in ys])
    y -= 6
    line("■ 評価", 12)
    line(f"総合評価：{D.EVAL_GRADE}　今後の方向性：{D.EVAL_DIRECTION}")
    line("令和4年度は新庁舎分館の木質化で使用量が目標を上回ったが、令和5年度は資材価格の高騰で補助の申請が減った。")
    c.save()


def make_news():
    T, C, M = D.TRAINING, D.CALL, D.MODEL
    out = [f"{D.NEWS_TITLE} {D.NEWS_VOL}", "発行：大崎市 市民協働推進部 まちづくり推進課", "",
           f"◆研修報告　{T['title']}",
           f"{T['date']}、市民活動サポートセンターで開催し、{T['participants']}人が参加しました。",
           f"参加者アンケートでは{T['satisfaction']}%の方が「満足」「やや満足」と回答しました。", "",
           "◆協働事業提案制度についてのQ&A"]
    for qq, a in D.QA:
        out += [f"いただいた質問　{qq}", f"回答　{a}", ""]
    out += [f"◆{C['name']}を募集します", f"募集期間　{C['start']}～{C['end']}", f"事前説明会　{C['briefing']}",
            f"問合せ先　{C['contact']}", "",
            "◆モデル事業の紹介", f"事業名　{M['name']}", f"実施団体　{M['org']}", f"担当部署　{M['dept']}", M["summary"], ""]
    (DOCS / NEWS_FILE).write_text("\n".join(out), encoding="utf-8")


def main():
    DOCS.mkdir(exist_ok=True)
    make_plan(); make_joint(); make_eval(); make_news()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
