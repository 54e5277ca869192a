"""Write the made39 documents (an edition from other cities, years and formats) into made39/docs/."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.questions.made39 import data as d

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PLAN_FILE = "大垣市_行財政改革推進プラン_取組の成果に関する意見書_令和4年8月.xlsx"
JOINT_FILE = "福山市_尾道市_連携事業の進捗状況_令和5年度.txt"
CASE_FILE = "東海地方_行政改革の取組事例_令和6年3月.pdf"
NEWS_FILE = "宮崎市_市民協働ニュース_Vol5.html"

YEAR_OF = dict(zip(d.YEARS, d.YEAR_HEADERS))


def plan_report(path: Path) -> None:
    """One sheet per part, in another order than the shipped report; year headers in 西暦."""
    wb = Workbook()
    # 進捗状況シート first
    ws = wb.active
    ws.title = "進捗状況シート"
    ws.append([f"{d.PLAN} 進捗状況シート（令和4年5月）"])
    for code, sheet in d.SHEETS.items():
        p = next(p for p in d.PRACTICES if p[0] == code)
        ws.append([])
        ws.append(["実践項目", code, p[2], "担当部署", p[7]])
        ws.append(["年度"] + d.YEAR_HEADERS)
        ws.append(["取組内容"] + [sheet["content"].get(y, "") for y in d.YEAR_HEADERS])
        ws.append(["自己評価"] + [g or "" for g in p[3]])
        ws.append(["取組上の課題"] + [sheet["issue"].get(y, "") for y in d.YEAR_HEADERS])
        ws.append(["取組終了", YEAR_OF[p[6]] if p[6] else ""])
        ws.append(["特記事項", sheet["note"]])
    # 委員の意見
    ws = wb.create_sheet("委員の意見")
    ws.append([f"Ⅰ 取組項目ごとの懇話会評価と委員の意見（{d.COMMITTEE}）"])
    for no, name, _themes, _self, score, comments in d.INITIATIVES:
        ws.append([])
        ws.append([f"取組項目{no}", name, "懇話会評価", f"{score:.1f}/5"])
        for i, c in enumerate(comments, 1):
            ws.append([f"{no}-{i}", c])
    # 実践項目一覧 (grades newest year first)
    ws = wb.create_sheet("実践項目一覧")
    ws.append([f"実践項目一覧（評価は年度の新しい順）"])
    ws.append(["番号", "取組項目", "実践項目名", *reversed(d.YEAR_HEADERS), "進捗度", "連携度", "効率性", "創造性", "合計",
               "総合評価", "取組終了", "担当部署"])
    for code, ino, name, grades, scores, total, end, dept in d.PRACTICES:
        ws.append([code, ino, name, *[g or "" for g in reversed(grades)], *scores, sum(scores), total,
                   YEAR_OF[end] if end else "", dept])
    # 取組項目一覧 last
    ws = wb.create_sheet("取組項目一覧")
    ws.append([f"{d.PLAN} {d.REPORT_TITLE}"])
    ws.append([f"{d.COMMITTEE}　{d.REPORT_DATE}"])
    ws.append(["No.", "取組項目", *d.THEMES, "実践項目数", "自己評価", "懇話会評価平均"])
    for no, name, themes, self_grade, score, _c in d.INITIATIVES:
        n = sum(1 for p in d.PRACTICES if p[1] == no)
        ws.append([no, name, *["○" if t in themes else "" for t in d.THEMES], n, self_grade, score])
    wb.save(path)


def joint_projects(path: Path) -> None:
    """Blocks of labelled lines instead of one tab table; the two cities' columns in one line each."""
    lines = [d.JOINT_TITLE, "", f"進捗状況の区分：既に実施／今年度(R5)に実施予定／検討中", ""]
    for no, item, content, status, bukai, chair, a, b in d.JOINT:
        lines += [
            f"【{no}】{item}",
            f"　事業内容：{content}",
            f"　進捗状況：{d.JOINT_STATUS[status]}",
            f"　部会：{bukai}（部会長市：{chair}）",
            f"　担当部署：{d.CITY_A} {a or '―'}／{d.CITY_B} {b or '―'}",
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")


def case_studies(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 60

    def line(text: str, size: int = 10) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont("IPAexG", size)
        c.drawString(50, y, text)
        y -= size + 8

    line(f"{d.CASE_TITLE}（{d.CASE_DATE}）", 14)
    line("")
    topic = None
    for t, places, act, eff in d.CASES:
        if t != topic:
            line(f"★{t}", 12)
            topic = t
        line(f"〈{'・'.join(places)}の取組事例〉")
        line(f"【取組】{act}")
        line(f"【効果】{eff}")
        line("")
    c.save()


def newsletter(path: Path) -> None:
    t, call, m = d.TRAINING, d.CALL, d.MODEL
    qa = "".join(f"<tr><td>{q}</td><td>{a}</td></tr>" for q, a in d.QA)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{d.NEWS_TITLE}</title></head>
<body>
<h1>{d.NEWS_TITLE}</h1>
<h2>{t['name']}を開催しました</h2>
<p>{d.NEWS_CITY}では、各課の協働推進リーダーを対象に、協働の進め方を学ぶ研修を開催しました。</p>
<dl><dt>開催日時</dt><dd>{t['date']}</dd><dt>参加者</dt><dd>{t['participants']}</dd><dt>満足度（平均）</dt><dd>{t['satisfaction']}</dd></dl>
<h2>研修で寄せられた質問</h2>
<table><tr><th>質問</th><th>回答</th></tr>{qa}</table>
<h2>{call['name']}を募集します</h2>
<p>募集期間：{call['period']}</p>
<p>事前説明会：{call['briefing']} 市役所本庁舎5階 会議室</p>
<h2>モデル事業の紹介</h2>
<table><tr><th>事業名</th><td>{m['name']}</td></tr><tr><th>実施団体</th><td>{m['org']}</td></tr>
<tr><th>担当部署</th><td>{m['dept']}</td></tr></table>
</body></html>
"""
    path.write_text(html, encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    plan_report(DOCS / PLAN_FILE)
    joint_projects(DOCS / JOINT_FILE)
    case_studies(DOCS / CASE_FILE)
    newsletter(DOCS / NEWS_FILE)


if __name__ == "__main__":
    main()
