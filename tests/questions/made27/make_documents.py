"""Write the made27 editions (other cities and years of the shipped kinds) into docs/."""
from __future__ import annotations

import html
from pathlib import Path

from docx import Document
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl import Workbook

from tests.questions.made27 import data as d

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


# --- (a) plan report as DOCX: committee section first, then the lists as Word tables ---------------
def _table(doc, header_rows: list[list[str]], rows: list[list[str]]):
    table = doc.add_table(rows=0, cols=len(header_rows[0]))
    table.style = "Table Grid"
    for values in header_rows + rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    return table


def _merge_header(table, row: int, start: int, end: int) -> None:
    """Merge a group heading (総合評価 over the year columns) the way Word users draw it."""
    text = table.rows[row].cells[start].text
    merged = table.cell(row, start).merge(table.cell(row, end))
    merged.text = text


def plan_report(path: Path) -> None:
    doc = Document()
    doc.add_heading(d.PLAN_TITLE, level=0)
    doc.add_paragraph("取組の有効性に関する意見書")
    doc.add_paragraph("令和7年8月6日")
    doc.add_paragraph("千歳市行政改革推進委員会")
    doc.add_heading("1 はじめに", level=1)
    doc.add_paragraph(
        "令和3年度からスタートした『千歳市行政改革推進プラン』は、令和6年度で計画期間を終えました。"
        "本委員会では、4年間の取組の有効性について評価を行い、意見書として取りまとめました。")
    doc.add_heading("2 評価方法について", level=1)
    doc.add_paragraph(
        "毎年度、担当課が実践項目の自己評価を行い、【進捗度・連携度・効率性・創造性】の4項目で0～3の4段階で評価し、"
        "総合評価（A～D）を行った。委員会では取組項目ごとに次の基準で評価を行い、意見を述べた。")
    _table(doc, [["評点", "基準"]], [["5", "非常に評価できる"], ["4", ""], ["3", "おおむね評価できる"],
                                     ["2", ""], ["1", "課題あり"]])
    doc.add_heading("3 取組項目別の評価について", level=1)
    for no, title, themes, score in d.INITIATIVES:
        doc.add_heading(f"{no} {title}", level=2)
        summary = d.initiative_summary(no)
        _table(doc, [["テーマ"] + [""] * (len(d.THEMES) - 1) + ["合計", "総合評価"], d.THEMES + ["", ""]],
               [["○" if t in themes else "" for t in d.THEMES] + [f"{summary['total']:.1f}", summary["grade"]]])
        items = [p for p in d.PRACTICES if p[1] == no]
        _table(doc, [["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当課"]],
               [[p[0], p[2], *map(str, p[4]), str(d.total(p[4])), d.grade(d.total(p[4])), p[5], p[6]] for p in items])
        doc.add_paragraph("委員の意見等")
        bullets = " ".join(f"・{c}" for c in d.COMMENTS[no])
        _table(doc, [["委員評価", f"{score} /5", "意見", bullets]], [])
    doc.add_heading("4 取組状況一覧", level=1)
    doc.add_paragraph("行政改革推進プラン取組状況一覧【取組項目別】")
    head1 = ["No.", "取組項目"] + ["テーマ"] * len(d.THEMES) + ["実践項目数"] + ["平均値"] * 4 + \
            ["合計", "担当課自己評価(総合評価)", "委員会評価平均"]
    head2 = ["", ""] + d.THEMES + [""] + d.SCORE_NAMES + ["", "", ""]
    rows = []
    for no, title, themes, score in d.INITIATIVES:
        s = d.initiative_summary(no)
        rows.append([str(no), title] + ["○" if t in themes else "" for t in d.THEMES] + [str(s["count"])]
                    + [f"{a:.1f}" for a in s["avgs"]] + [f"{s['total']:.1f}", s["grade"], f"{score}"])
    table = _table(doc, [head1, head2], rows)
    _merge_header(table, 0, 2, 1 + len(d.THEMES))
    _merge_header(table, 0, 3 + len(d.THEMES), 6 + len(d.THEMES))
    doc.add_paragraph("行政改革推進プラン取組状況一覧【実践項目別】")
    head1 = ["小No.", "大No.", "取組項目", "実践項目"] + ["総合評価(自己評価)"] * 4 + ["総括自己評価"] * 6 + ["取組終了", "担当課(実践項目)"]
    head2 = ["", "", "", ""] + d.PLAN_YEARS + d.SCORE_NAMES + ["合計", "総合評価", "", ""]
    titles = {no: title for no, title, _, _ in d.INITIATIVES}
    rows = [[p[0], f"No.{p[1]}", titles[p[1]], p[2]] + [g.strip() for g in p[3]]
            + [*map(str, p[4]), str(d.total(p[4])), d.grade(d.total(p[4])), p[5], p[6]] for p in d.PRACTICES]
    table = _table(doc, [head1, head2], rows)
    _merge_header(table, 0, 4, 7)
    _merge_header(table, 0, 8, 13)
    doc.add_heading("5 総評", level=1)
    a_or_b = sum(d.grade(d.total(p[4])) in "AB" for p in d.PRACTICES)
    doc.add_paragraph(
        f"『千歳市行政改革推進プラン』は、令和3年度から令和6年度までの4年間の取組期間において、担当課における自己評価は、"
        f"全{len(d.PRACTICES)}項目のうち総合評価がA及びBとなったものが{a_or_b}項目となり、おおむね良好に取組が進められたものと評価できる。"
        "令和7年度からスタートした『第2次千歳市行政改革推進プラン』では、DXの推進と職員の働き方改革をさらに進めることを期待する。")
    doc.add_heading("6 行政改革推進委員会委員名簿（敬称略）", level=1)
    _table(doc, [["氏名", "所属等", "備考"]], [
        ["佐々木一郎", "千歳商工会議所 副会頭", "委員長"], ["高橋美香", "公立千歳科学技術大学 教授", "副委員長"],
        ["松本健", "公募", ""], ["中川由紀", "千歳市町内会連合会 理事", ""], ["小野寺翔", "公募", ""]])
    doc.save(path)


# --- (b) case studies as HTML --------------------------------------------------------------------
def case_studies(path: Path) -> None:
    e = html.escape
    parts = [f"<html><head><meta charset='utf-8'><title>{e(d.CASES_TITLE)}</title></head><body>",
             f"<h1>{e(d.CASES_TITLE)}</h1><p>({e(d.CASES_DATE)})</p><h2>目次</h2><ul>"]
    parts += [f"<li>{e(topic)} P{i + 2}</li>" for i, (topic, _) in enumerate(d.CASES)]
    parts.append("</ul>")
    for topic, cases in d.CASES:
        parts.append(f"<h2>{e(topic)}</h2>")
        for place, title, works, effects in cases:
            parts.append(f"<h3>〈{e(place)}の取組事例:{e(title)}〉</h3><p>【取組】</p>")
            parts += [f"<p>・{e(w)}</p>" for w in works]
            parts.append("<p>【効果】</p>")
            parts += [f"<p>・{e(x)}</p>" for x in effects]
    parts.append("<h2>★共同調達の参加市の比較</h2><table border='1'><tr><th>市</th><th>参加年度</th><th>調達品目</th></tr>"
                 "<tr><td>高松市</td><td>令和3年度</td><td>コピー用紙、トナー</td></tr>"
                 "<tr><td>丸亀市</td><td>令和3年度</td><td>コピー用紙、トナー</td></tr>"
                 "<tr><td>坂出市</td><td>令和4年度</td><td>コピー用紙</td></tr></table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


# --- (c) newsletter as PDF -----------------------------------------------------------------------
def newsletter(path: Path) -> None:
    pdf = FPDF()
    pdf.add_font("ipa", fname=FONT)
    pdf.set_font("ipa", size=11)
    pdf.add_page()
    w = pdf.epw

    def line(text: str, size: int = 11, h: float = 6) -> None:
        pdf.set_font("ipa", size=size)
        pdf.multi_cell(w, h, text, new_x="LMARGIN", new_y="NEXT")

    t = d.NEWS_TRAINING
    line(f"松江市 市民協働ニュース {d.NEWS_VOL}", 16, 9)
    line("≫松江市 市民協働推進会議（協働推進員研修）を実施しました。", 13, 8)
    line("松江市では、令和8年度から各課に「協働推進員」を配置することから、推進員となる職員を対象とした協働研修を実施しました。"
         "研修では協働の意義や推進員に期待される役割を共有し、ワークショップで協働のパートナーと事業アイディアを検討しました。")
    line(f"実施日時 ： {t['date']}")
    line(f"参加者 ： {t['people']}    満足度（平均） ： {t['satisfaction']}")
    line("研修中にいただいた質問と回答をご紹介します。")
    pdf.set_font("ipa", size=10)
    with pdf.table(col_widths=(45, 55), headings_style=FontFace(emphasis="")) as table:
        header = table.row()
        header.cell("いただいた質問")
        header.cell("回答")
        for q, a in d.NEWS_QA:
            row = table.row()
            row.cell(q)
            row.cell(a)
    pdf.ln(4)
    c = d.NEWS_CALL
    line(f"『{c['title']}』提案を募集しています！", 13, 8)
    line("市民団体と松江市（行政）が協働して地域の課題を解決する事業を募集しています。提案の前に市の担当課と事前に協議してください。")
    line(f"募集期間：{c['period']}")
    line(f"募集説明会：{c['briefing']} 松江市市民活動センター")
    pdf.ln(4)
    m = d.NEWS_MODEL
    line("令和7年度『市民協働推進モデル事業』のご紹介", 13, 8)
    line(f"事業名 {m['name']}")
    line(f"実施団体 {m['group']}")
    line(f"担当部署 {m['dept']}")
    line(f"■協働のススメ～松江市職員インタビュー～ {m['staff']}")
    line("外国人住民の方は災害時の情報が届きにくいことが課題でした。多言語に詳しいNPOの皆さんと一緒に、"
         "やさしい日本語と5か国語の防災ガイドを作成し、市内の日本語教室で防災講座を開きました。")
    pdf.output(str(path))


# --- (d) joint projects as plain text (columns in another order) ----------------------------------
def joint_projects(path: Path) -> None:
    a, b = d.JOINT_CITIES
    lines = ["", f"{a}・{b} 連携事業の進捗状況 (令和6年度)", "",
             "番号\t事業項目\t部会名称 (部会長)\t担当部署\t\t進捗状況\t\t事業内容",
             f"\t\t\t{a}\t{b}\t既に実施\t今年度({d.JOINT_YEAR})に実施予定\t"]
    for no, item, group, head, dept_a, dept_b, done, planned, content in d.JOINTS:
        lines.append("\t".join([str(no), item, f"{group} ({head})", dept_a, dept_b, done, planned, content]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- (e) evaluation sheet as XLSX (label and value cells) -----------------------------------------
def program_sheet(path: Path) -> None:
    s = d.SHEET
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    rows: list[list] = [
        ["事務事業評価シート（令和5年度決算）"],
        ["事務事業コード", s["code"]], ["事業名", s["name"]], ["担当部名", s["bu"]], ["担当課名", s["ka"]],
        ["開始年度", s["start"]], ["終了年度", s["end"]], ["施策", s["policy"]],
        ["何をする事業か (概要)", s["outline"]],
        ["歳出", "年度", "総事業費"],
    ]
    rows += [["", year, cost] for year, cost in s["costs"].items()]
    rows += [["人員(担当)", "フルタイム", s["staff"]["フルタイム"]], ["", "パートタイム", s["staff"]["パートタイム"]],
             ["業務割合推計 (当該事務/係全体事務×100)", s["share"]]]
    for heading, (name, unit, target, years) in (("活動指標 ※市が何をするか", s["activity"]),
                                                 ("成果指標 ※市民(市)がどうなったか", s["outcome"])):
        rows += [[heading, "指標名", name], ["", "単位", unit], ["", "目標値", target],
                 ["", "年度", "計画値", "実績値", "達成率"]]
        for year, (plan, actual) in years.items():
            rate = f"{actual / plan * 100:.1f}%" if actual is not None else ""
            rows.append(["", year, plan, actual if actual is not None else "", rate])
    rows += [["実績報告", s["report"]], ["評価", s["evaluation"]], ["今後の方針(改善策)", s["policy_next"]]]
    for row in rows:
        ws.append(row)
    wb.save(path)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    plan_report(DOCS / "chitose_gyokaku_plan_iken.docx")
    case_studies(DOCS / "soumu_gyokaku_jirei_r6.html")
    newsletter(DOCS / "matsue_kyodo_news_vol12.pdf")
    joint_projects(DOCS / "maebashi_takasaki_renkei_r6.txt")
    program_sheet(DOCS / "iida_jimujigyo_hyoka_2003015.xlsx")
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
