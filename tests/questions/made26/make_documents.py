"""Write the made26 editions (another city's plan report as PDF, joint projects as XLSX, an evaluation
sheet as DOCX, a newsletter as HTML) into docs/.

Run: .venv/bin/python -m tests.questions.made26.make_documents
"""
from pathlib import Path

import docx
import openpyxl
from fpdf import FPDF
from fpdf.fonts import FontFace

from . import data as d

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def avg(values):
    return round(sum(values) / len(values), 1)


def items_of(no):
    return [p for p in d.PRACTICE if p[1] == no]


def initiative_row(ini):
    no, name, themes, score, _ = ini
    items = items_of(no)
    means = [avg([p[4][k] for p in items]) for k in range(4)]
    total = round(sum(means), 1)
    marks = ["○" if t in themes else "" for t in d.THEMES]
    return [str(no), name, *marks, str(len(items)), *[f"{m:.1f}" for m in means], f"{total:.1f}",
            d.initiative_self_grade(total), f"{score:.1f}"]


class Report(FPDF):
    def __init__(self):
        super().__init__(orientation="L", format="A4")
        self.add_font("ipa", "", FONT)
        self.set_font("ipa", size=9)
        self.set_auto_page_break(True, margin=12)

    def footer(self):
        self.set_y(-10)
        self.set_font("ipa", size=8)
        self.cell(0, 6, f"- {self.page_no()} -", align="C")
        self.set_font("ipa", size=9)

    def heading(self, text, size=12):
        self.set_font("ipa", size=size)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("ipa", size=9)

    def para(self, text):
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def grid(self, rows, widths, size=7.5, head=1):
        """A table; a cell given as (text, colspan, rowspan) spans, as in a two-row heading."""
        self.set_font("ipa", size=size)
        with self.table(col_widths=widths, text_align="CENTER", line_height=4.6,
                        headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225)),
                        num_heading_rows=head, first_row_as_headings=head > 0) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    if isinstance(c, tuple):
                        row.cell(c[0], colspan=c[1], rowspan=c[2])
                    else:
                        row.cell(c)
        self.set_font("ipa", size=9)
        self.ln(3)


# Two heading rows as in the shipped list: year grades under 総合評価(自己評価), the four-year
# scores under 総括自己評価.
PRACTICE_HEAD = [[("小No.", 1, 2), ("大No.", 1, 2), ("実践項目", 1, 2), ("総合評価(自己評価)", 4, 1),
                  ("総括自己評価", 6, 1), ("取組終了", 1, 2), ("担当課(実践項目)", 1, 2)],
                 ["R4", "R5", "R6", "R7", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価"]]
PRACTICE_W = [10, 10, 58, 8, 8, 8, 8, 11, 11, 11, 11, 9, 12, 13, 70]


def practice_row(p, with_ini=True):
    code, no, name, grades, scores, end, dept, _ = p
    total = sum(scores)
    head = [code, f"No.{no}"] if with_ini else [code]
    return [*head, name, *grades, *map(str, scores), str(total), d.overall(total), end, dept]


def plan_report():
    city = d.PLAN_CITY
    pdf = Report()
    pdf.add_page()
    pdf.ln(30)
    pdf.heading(f"{city}行政改革プラン", 20)
    pdf.heading("取組の成果に関する意見書", 16)
    pdf.ln(10)
    pdf.heading("令和8年7月24日", 12)
    pdf.heading(f"{city}行政改革推進委員会", 12)

    pdf.add_page()
    pdf.heading("1 はじめに")
    pdf.para(f"令和4年度から取り組んできた『{city}行政改革プラン』は、令和7年度をもって4年間の計画期間を終えた。"
             "本委員会では、担当課による自己評価を踏まえ、取組項目ごとに成果を評価し、意見書として取りまとめた。"
             "令和8年4月からは、デジタル化の取組を統合した『第2次行政改革プラン』がスタートしている。")
    pdf.heading("2 評価方法")
    pdf.para("毎年度、担当課が実践項目について【進捗度・連携度・効率性・創造性】の4項目を0～3の4段階で自己評価し、"
             "合計点により総合評価（A～D）を行った（合計10点以上A、7～9点B、4～6点C、3点以下D）。"
             "委員会では取組項目ごとに5段階（5 非常に評価できる、3 おおむね評価できる、1 課題あり）で評価し、"
             "各委員の評価の平均を委員評価とした。取組終了欄は、実践項目を終了した年度を示す（空欄は継続中）。")

    pdf.heading("3 行政改革プラン取組状況一覧【取組項目別】")
    head = ["No.", "取組項目", *d.THEMES, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計",
            "担当課自己評価(総合評価)", "委員会評価平均"]
    widths = [9, 52, 11, 14, 11, 11, 11, 11, 11, 14, 12, 12, 12, 12, 12, 20, 18]
    pdf.grid([head] + [initiative_row(i) for i in d.INITIATIVES], widths)

    pdf.add_page()
    pdf.heading("4 行政改革プラン取組状況一覧【実践項目別】")
    pdf.grid(PRACTICE_HEAD + [practice_row(p) for p in d.PRACTICE], PRACTICE_W, head=2)

    pdf.add_page()
    pdf.heading("5 取組の成果の評価")
    for ini in d.INITIATIVES:
        no, name, themes, score, comments = ini
        if pdf.will_page_break(90):
            pdf.add_page()
        pdf.heading(f"{no} {name}", 11)
        row = initiative_row(ini)
        pdf.grid([["テーマ", "実践項目数", "平均値(進捗度・連携度・効率性・創造性)", "合計", "総合評価"],
                  ["・".join(themes), row[9], " / ".join(row[10:14]), row[14], row[15]]], [60, 20, 80, 20, 20])
        pdf.grid([["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当課"]]
                 + [[p[0], p[2], *map(str, p[4]), str(sum(p[4])), d.overall(sum(p[4])), p[5], p[6]]
                    for p in items_of(no)],
                 [12, 70, 13, 13, 13, 13, 11, 15, 15, 80])
        pdf.para(f"委員会の意見　委員評価 {score:.1f} /5")
        for c in comments:
            pdf.para("・" + c)
        pdf.ln(2)

    pdf.add_page()
    pdf.heading("6 総評")
    pdf.para("4年間で実践項目の多くが成果を上げ、特に行政手続のオンライン化は高く評価できる。"
             "一方で、市民協働の推進は課題が残るため、次期計画で重点的に取り組んでほしい。")

    pdf.add_page()
    pdf.heading("【資料編】令和7年度進捗状況シート", 14)
    for p in d.PRACTICE:
        code, no, name, grades, scores, end, dept, note = p
        pdf.add_page()
        pdf.heading(f"No.{no} {d.INITIATIVES[no - 1][1]}", 11)
        pdf.grid([["実践項目", f"{code} {name}"], ["担当課", dept],
                  ["テーマ", "・".join(d.INITIATIVES[no - 1][2])]], [40, 200], head=0)
        started = [y for y, g in zip(d.YEARS, grades) if g not in ("", "-")]
        plan = [["工程表(予定含む)", *[f"{y}年度" for y in d.YEARS]],
                ["", *[("取組開始" if y == started[0] else "工程どおり") if y in started else "" for y in d.YEARS]]]
        pdf.grid(plan, [40, 50, 50, 50, 50])
        work = [["年度", "取組内容", "取組結果"]]
        for y in started:
            tag = "(新)" if y == started[0] else "(継)"
            work.append([y, f"{name}に向けた取組", f"{tag} {name}の取組を進めた。"])
        pdf.grid(work, [20, 100, 120])
        if end:
            pdf.para(f"取組終了の場合記入 → 令和 {end[1:]} 年 3 月取組終了")
        pdf.grid([["取組に対する自己評価", *d.YEARS, "総括"],
                  ["総合評価", *grades, d.overall(sum(scores))]], [50, 30, 30, 30, 30, 30])
        pdf.grid([["特記事項", note]], [40, 200], head=0)
    pdf.output(DOCS / f"{city}_行政改革プラン_取組の成果に関する意見書.pdf")


def joint_projects():
    a, b = d.JOINT_CITIES
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "連携事業"
    ws.append([f"{a}・{b} 連携事業の進捗状況（令和7年度）"])
    ws.append(["番号", "事業項目", "事業内容", "進捗状況", None, "部会名称 (部会長)", "担当部署", None])
    ws.append([None, None, None, "既に実施", "今年度(R7)に実施予定", None, a, b])
    for cells in ("D2:E2", "G2:H2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"):
        ws.merge_cells(cells)
    for row in d.JOINT:
        ws.append([row[0], *[c or None for c in row[1:]]])
    for col, w in zip("ABCDEFGH", (6, 28, 50, 30, 30, 22, 16, 16)):
        ws.column_dimensions[col].width = w
    wb.save(DOCS / f"{a}・{b}_連携事業の進捗状況_令和7年度.xlsx")


def yen(n):
    return f"{n:,}"


def evaluation_sheet():
    s = d.SHEET
    doc = docx.Document()
    doc.add_heading(f"事務事業評価シート（令和6年度決算）　{s['city']}", level=1)

    def table(rows):
        t = doc.add_table(rows=0, cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = v
        doc.add_paragraph("")

    table([["事務事業コード", s["code"], "事業名", s["name"]],
           ["担当部名", s["部"], "担当課名", s["課"]],
           ["施策の柱", s["柱"], "施策", s["施策"]],
           ["開始年度", s["開始年度"], "終了年度", s["終了年度"]]])
    table([["何をする事業か（概要）",
            "鴻巣市、北本市、桶川市の3市で県央地域広域連携推進協議会を設け、公共施設の相互利用や職員の合同研修などの広域連携事業を行う。"],
           ["何の為にやるのか（目的）", "県央地域の調和のとれた発展のため、広域的な課題について連携して取り組む。"],
           ["誰・何に対する事業か（事業の対象）", "3市の住民及び職員"],
           ["課題", "各市の施設予約の方法が異なり、相互利用の手続が分かりにくいこと。"]])
    years = list(s["costs"])
    table([["歳出・歳入", *years],
           ["総事業費（合計）", *[yen(s["costs"][y]) for y in years]],
           ["特定財源計", *[yen(s["特定財源"][y]) for y in years]],
           ["市の実質負担額（＝総事業費－特定財源）", *[yen(s["costs"][y] - s["特定財源"][y]) for y in years]]])
    table([["人員（担当）", "フルタイム", str(s["人員"]["フルタイム"]), "パートタイム", str(s["人員"]["パートタイム"])]])
    for label, key in (("活動指標 ※市が何をするか", "活動指標"), ("成果指標 ※市民（市）がどうなったか", "成果指標")):
        name, unit, target, by_year = s[key]
        rows = [[label, "指標名", name, "単位", unit], ["指標数値のめざす方向", "増加", "目標値", str(target), ""],
                ["年度", "計画値", "実績値", "達成率", "所見"]]
        for y, (plan, actual) in by_year.items():
            rate = f"{actual / plan * 100:.1f}%" if actual is not None else ""
            rows.append([y, str(plan), "" if actual is None else str(actual), rate, ""])
        table(rows)
    table([["実績報告", "3市の連携により、公共施設の相互利用、合同防災訓練、職員合同研修（テーマ「ファシリテーション研修」参加者31名）を実施した。"],
           ["評価", "相互利用件数は計画値を上回ったが、連携事業の実施件数は計画に届かなかった。"],
           ["今後の方針（改善策）", "施設予約システムの共通化を検討し、相互利用の手続を簡素化する。"]])
    doc.save(DOCS / f"{s['city']}_事務事業評価シート_{s['code']}_{s['name']}.docx")


def newsletter():
    n = d.NEWS
    qa = "\n".join(f"<tr><td>{q}</td><td>{a}</td></tr>" for q, a in n["qa"])
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{n['city']} 市民協働だより Vol.{n['vol']}</title></head>
<body>
<h1>{n['city']} 市民協働だより Vol.{n['vol']}</h1>
<h2>≫{n['city']} 協働推進員研修を実施しました。</h2>
<p>各課の協働推進員を対象に、協働の意義と事業の進め方を学ぶ研修を実施しました。</p>
<p>実施日時：{n['研修日']}<br>参加者：{n['参加者']}名　満足度（平均）：{n['満足度']}点</p>
<p>研修中にいただいた質問と回答をご紹介します。</p>
<table border="1"><tr><th>いただいた質問</th><th>回答</th></tr>
{qa}
</table>
<h2>『令和8年度{n['city']}協働事業提案制度』提案を募集しています！</h2>
<p>募集期間：{n['募集期間']}</p>
<h2>令和7年度 協働事業のご紹介</h2>
<p>事業名　{n['事業名']}<br>実施団体　{n['実施団体']}<br>担当部署　{n['担当部署']}</p>
<p>移動販売車による買い物支援と、見守り活動を組み合わせて実施しています。</p>
</body></html>
"""
    (DOCS / f"{n['city']}_市民協働だより_Vol{n['vol']}.html").write_text(html, encoding="utf-8")


def main():
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    plan_report()
    joint_projects()
    evaluation_sheet()
    newsletter()
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
