"""Write the made29 editions to tests/questions/made29/docs/:
  室蘭市 plan report (XLSX), 宇都宮市・鹿沼市 joint projects (DOCX), 山梨県 case studies (PDF),
  松本市 newsletter (plain text), 上田市 program evaluation sheet (HTML).

Run: .venv/bin/python -m tests.questions.made29.make_documents"""
from __future__ import annotations

import datetime
import html
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from docx import Document
from fpdf import FPDF

from tests.questions.made29 import data as d

DOCS = Path(__file__).parent / "docs"
# Fixed document dates keep the generated files identical from run to run.
STAMP = datetime.datetime(2027, 7, 27, 9, 0, 0)
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def _settle_zip(path: Path) -> None:
    """Rewrite an Office file with fixed entry times and core-property dates: openpyxl and
    python-docx stamp the time of saving, which would make every run a new file for git."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    when = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + when.encode(), data)
            z.writestr(zipfile.ZipInfo(name, STAMP.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- (a) plan report as a workbook
def plan_workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "取組項目別"
    ws.append([f"{d.PLAN_TITLE} 取組の有効性に関する意見書"])
    ws.append(["令和9年7月27日 室蘭市行政改革推進審議会"])
    ws.append([])
    ws.append(["行政改革プラン取組状況一覧【取組項目別】"])
    ws.append(["No.", "取組項目", "テーマ"] + [""] * 6 + ["実践項目数", "平均値", "", "", "", "合計",
                                                       "担当課自己評価(総合評価)", "審議会評価平均"])
    ws.append(["", ""] + list(d.THEMES) + ["", "進捗度", "連携度", "効率性", "創造性", "", "", ""])
    ws.merge_cells("C5:I5")
    ws.merge_cells("K5:N5")
    for no, title, themes, score in d.INITIATIVES:
        av = d.averages(no)
        n = sum(1 for p in d.PRACTICES if p[1] == no)
        ws.append([no, title] + ["○" if t in themes else None for t in d.THEMES]
                  + [n, *av, round(sum(av), 1), d.initiative_self(no), score])

    ws = wb.create_sheet("実践項目別")
    ws.append(["行政改革プラン取組状況一覧【実践項目別】"])
    ws.append(["小No.", "大No.", "取組項目", "実践項目", "総合評価(自己評価)", "", "", "",
               "総括自己評価", "", "", "", "", "", "取組終了", "担当課"])
    ws.append(["", "", "", ""] + list(d.PLAN_YEARS) + ["進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "", ""])
    ws.merge_cells("E2:H2")
    ws.merge_cells("I2:N2")
    titles = {no: t for no, t, _, _ in d.INITIATIVES}
    for p in d.PRACTICES:
        code, no, name, grades, scores, ended, dept = p
        ws.append([int(code) if code.isdigit() else code, f"No.{no}", titles[no], name]
                  + [g or None for g in grades] + list(scores) + [d.total(p), d.overall(p), ended or None, dept])

    ws = wb.create_sheet("委員の意見")
    ws.append(["取組項目別の委員評価及び委員の意見"])
    ws.append(["No.", "取組項目", "委員評価(5点満点)", "委員の意見"])
    for no, title, _, score in d.INITIATIVES:
        first = ws.max_row + 1
        for i, text in enumerate(d.COMMENTS[no]):
            ws.append([no, title, score, "・" + text] if i == 0 else [None, None, None, "・" + text])
        last = ws.max_row
        if last > first:  # the committee's sheet merges an initiative's cells over its comments
            for col in "ABC":
                ws.merge_cells(f"{col}{first}:{col}{last}")
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.created = wb.properties.modified = STAMP
    wb.save(path)
    _settle_zip(path)


# ---------------------------------------------------------------- (b) joint projects as a Word table
def joint_docx(path: Path) -> None:
    a, b = d.JOINT_CITIES
    doc = Document()
    doc.add_heading(f"{a}・{b} 連携事業の進捗状況 (令和7年度)", level=1)
    doc.add_paragraph(f"{a}と{b}の連携事業について、令和7年9月末現在の進捗状況を取りまとめた。")
    table = doc.add_table(rows=2, cols=8)
    table.style = "Table Grid"
    top = ["番号", "事業項目", "事業内容", "進捗状況", "", "部会名称 (部会長)", "担当課", ""]
    sub = ["", "", "", "既に実施", f"今年度({d.JOINT_YEAR})に実施予定", "", a, b]
    for i, (t, s) in enumerate(zip(top, sub)):
        table.rows[0].cells[i].text = t
        table.rows[1].cells[i].text = s
    table.cell(0, 3).merge(table.cell(0, 4)).text = "進捗状況"
    table.cell(0, 6).merge(table.cell(0, 7)).text = "担当課"
    for no, item, content, done, planned, group, chair, dept_a, dept_b in d.JOINT:
        cells = table.add_row().cells
        for i, v in enumerate([str(no), item, content, done, planned, f"{group} ({chair})", dept_a, dept_b]):
            cells[i].text = v
    doc.add_paragraph("※空欄は該当なし。")
    doc.core_properties.created = doc.core_properties.modified = STAMP
    doc.save(path)
    _settle_zip(path)


# ---------------------------------------------------------------- (c) case studies as a PDF
class _Pdf(FPDF):
    def para(self, h: float, text: str, **kw) -> None:
        """A paragraph that leaves the cursor at the next line's left margin."""
        self.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT", **kw)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("ipa", size=9)
        self.cell(0, 8, f"- {self.page_no()} -", align="C")


def cases_pdf(path: Path) -> None:
    pdf = _Pdf(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.add_font("ipa", style="B", fname=FONT)  # table headings are bold; the font has one weight
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("ipa", size=16)
    pdf.para(10, d.CASE_TITLE, align="C")
    pdf.set_font("ipa", size=11)
    pdf.para(7, f"({d.CASE_DATE} {d.CASE_ISSUER}総務部市町村課)", align="C")
    pdf.ln(4)
    pdf.para(7, "目次")
    topics = list(dict.fromkeys(c[0] for c in d.CASES))
    for t in topics:
        pdf.para(7, f"★{t}")
    seen: set[str] = set()
    for topic, lead, heading, _places, work, effect, table in d.CASES:
        if topic not in seen:
            seen.add(topic)
            pdf.add_page()
            pdf.set_font("ipa", size=13)
            pdf.para(9, f"★{topic}")
            pdf.set_font("ipa", size=10.5)
            if lead:
                pdf.para(6.5, f"- {lead}")
        pdf.ln(3)
        pdf.set_font("ipa", size=11.5)
        pdf.para(8, f"〈{heading}〉")
        pdf.set_font("ipa", size=10.5)
        pdf.para(7, "【取組】")
        for line in work:
            pdf.para(6.5, f"・ {line}")
        if table:
            caption, head, rows = table
            pdf.para(7, caption)
            with pdf.table(col_widths=(40, 40, 40, 40), text_align="CENTER") as t:
                for r in [head] + rows:
                    row = t.row()
                    for v in r:
                        row.cell(v)
        pdf.para(7, "【効果】")
        for line in effect:
            pdf.para(6.5, f"・ {line}")
    pdf.set_creation_date(STAMP.replace(tzinfo=datetime.timezone.utc))
    pdf.output(str(path))


# ---------------------------------------------------------------- (d) newsletter as plain text
def newsletter_text() -> str:
    t, c, m = d.TRAINING, d.CALL, d.MODEL
    qa = "\n".join(f"Q. {q}\nA. {a}\n" for q, a in d.QAS)
    return f"""{d.NEWS_CITY} 市民協働ニュースレター Vol.{d.NEWS_VOL}
(令和8年2月発行 {d.NEWS_CITY} 市民協働推進課)

Contents
>> {d.NEWS_CITY} 協働推進員研修 実施報告
>> 『令和8年度 {d.NEWS_CITY}市民協働推進モデル事業』を募集
>> 令和7年度「市民協働推進モデル事業」のご紹介 Vol.2

≫{t['title']}

{d.NEWS_CITY}では、令和8年4月から各課に「協働推進員」を配置します。配置に先立ち、各課の推薦を受けた職員を対象に
協働の基礎や推進員の役割を学ぶ研修を実施しました。グループワークでは、自分の課の事業から市民団体と協働できる
ものを一つずつ選び、協働の相手と進め方を話し合いました。

実施日時 : {t['date']} {t['time']}
参加者 : {t['participants']}    満足度(平均) : {t['satisfaction']}

研修で参加者の皆様からいただいた質問と回答をご紹介します。

いただいた質問 / 回答

{qa}
------------------------------------------------------------

{c['title']}

行政と市民団体が協働することで、より効果的に市の課題を解決できる事業を募集しています。
市の担当課と事前に協議のうえ、市民団体から提案してください。(要件等の詳細は募集要項をご覧ください)

募集期間 : {c['from']}から{c['to']}まで
募集説明会 : {c['briefing']} 会場 {c['place']}

------------------------------------------------------------

令和7年度「市民協働推進モデル事業」のご紹介 Vol.2

市の各課と市民団体が力を合わせて地域の課題解決に取り組む「市民協働推進モデル事業」の
令和7年度採択事業をご紹介します。

事業名 : {m['name']}
実施団体 : {m['organization']}
担当部署 : {m['department']}

■協働を通じて、目指すこと。
買い物に困っている高齢者のもとへ移動販売車が定期的に訪れ、買い物の機会をつくるとともに、
販売員が声をかけることで、ひとり暮らしの高齢者の見守りにつなげる。

■協働のススメ ～{d.NEWS_CITY}職員インタビュー～ {m['affiliation']} {m['interviewee']}さん

協働を通じてどのような効果が生まれていますか?
移動販売の販売員さんから「最近元気がない」といった気づきを連絡していただき、
地域包括支援センターの訪問につながった例が、令和7年度は12件ありました。

よりよい協働の実践に向けて展望を教えてください
販売ルートを令和8年度には3地区から5地区に広げる予定です。町会とも連携して、見守りの輪を広げたいと思います。
"""


# ---------------------------------------------------------------- (e) program evaluation sheet as HTML
def program_html() -> str:
    p = d.PROGRAM
    rows: list[tuple[str, str]] = [
        ("事務事業コード", p["code"]), ("事業名", p["name"]), ("担当部名", p["bureau"]), ("担当課名", p["section"]),
        ("施策の柱", p["pillar"]), ("開始年度", p["start"]), ("終了年度", p["end"]), ("施策", p["policy"]),
        ("対象", "圏域の住民"), ("意図", "・圏域の市町村が役割を分担し、生活に必要な機能を確保している"),
        ("何をする事業か (概要)", f"定住自立圏を形成する{p['members']}の1市1町1村が、共生ビジョンに基づき、"
                                 "医療・公共交通・公共施設の相互利用などの連携事業を行う。"),
        ("何の為にやるのか (目的)", "圏域全体で必要な生活機能を確保し、人口の定住を促進する。"),
        ("課題", "連携事業の成果が住民に伝わりにくいこと。構成市町村で事業の優先度が異なること。"),
    ]
    cost_rows = "".join(f"<tr><td>{y}</td><td>{html.escape(v)}</td></tr>" for y, v in p["costs"])
    ind_html = []
    for typ, name, unit, direction, goal, years, method in d.INDICATORS:
        year_rows = "".join(
            f"<tr><td>{y}</td><td>{plan}</td><td>{actual}</td><td>{unit}</td><td>{rate}</td><td>%</td><td></td></tr>"
            for y, plan, actual, rate in years)
        ind_html.append(f"""
<h3>{typ}</h3>
<table border="1">
<tr><th>指標名</th><td colspan="6">{name}</td></tr>
<tr><th>単位</th><td>{unit}</td><th>指標数値のめざす方向</th><td>{direction}</td><th>目標値</th><td colspan="2">{goal}</td></tr>
<tr><th>年度</th><th>計画値</th><th>実績値</th><th>単位</th><th>達成率</th><th></th><th>所見</th></tr>
{year_rows}
<tr><th>指標値の算定・把握方法</th><td colspan="6">{method}</td></tr>
</table>""")
    kv = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>事務事業評価シート {p['code']} {p['name']}</title></head>
<body>
<h1>事務事業評価シート(令和6年度決算)</h1>
<p>上田市</p>
<h2>事務事業名、担当課等</h2>
<table border="1">{kv}</table>
<h2>事業費の推移</h2>
<table border="1">
<tr><th>年度</th><th>総事業費(円)</th></tr>
{cost_rows}
</table>
<table border="1">
<tr><th>特定財源(令和6年度決算)</th><td>{p['revenue']}</td></tr>
<tr><th>市の実質負担額(=総事業費−特定財源)</th><td>{p['burden']}</td></tr>
</table>
<h2>業務分析(量と質)</h2>
<table border="1">
<tr><th>人員(担当) フルタイム</th><td>{p['fulltime']}</td></tr>
<tr><th>パートタイム</th><td>{p['parttime']}</td></tr>
<tr><th>業務割合推計 (当該事務/係全体事務×100)</th><td>{p['share']}</td></tr>
<tr><th>業務の難易度</th><td>普通</td></tr>
</table>
{''.join(ind_html)}
<h2>事業の評価・改善/実績報告</h2>
<table border="1">
<tr><th>実績報告</th><td>共生ビジョン懇談会を2回、圏域連携会議を5回開催した。図書館の広域利用、病児保育の相互利用、
圏域内の路線バスの共通回数券の発行を行った。圏域内公共施設の相互利用件数は3,350件となった。</td></tr>
<tr><th>評価</th><td>相互利用件数は計画を上回ったが、圏域連携会議は1回を書面開催に切り替えたため計画に届かなかった。</td></tr>
<tr><th>今後の方針(改善策)</th><td>第3次共生ビジョンの策定に向け、住民アンケートを実施して連携事業を見直す。</td></tr>
</table>
</body></html>
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    plan_workbook(DOCS / "muroran_gyokaku_plan_ikensho_r9.xlsx")
    joint_docx(DOCS / "utsunomiya_kanuma_renkei_r7.docx")
    cases_pdf(DOCS / "yamanashi_gyokaku_jireishu_r8.pdf")
    (DOCS / "matsumoto_kyodo_news_vol3.txt").write_text(newsletter_text(), encoding="utf-8")
    (DOCS / "ueda_jimujigyo_hyoka_3000127.html").write_text(program_html(), encoding="utf-8")
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
