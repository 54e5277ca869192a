"""A plan's own report in Word with one table per item whose ROWS are the fiscal years (年度 │ 取組内容 │ 進捗 │
所管課), each item under a heading of the plan's groups (推進方針N) and with labelled years above its table
(追加年度／完了年度), an item added later numbered with a mark (新1), a department renamed from one year on,
and a closing table counting the grades per year; beside it the committee's web page scoring each group by
member (one column per member and the mean) with its opinions in <details> blocks. Indexed for real; the
town, its items and its members are made up (other years, other words than any shipped edition)."""
from __future__ import annotations

import io

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from tests.conversation_helpers import ask, assistant_over
from tests.formats.make_pdf import japanese_font

DOCX = "北浦町_行政改革推進計画_実施状況報告書.docx"
HTML = "北浦町行政改革懇話会_評価.html"
YEARS = ("令和3年度", "令和4年度", "令和5年度")
GROUPS = [  # number, title, [(code, title, added, done, [(grade, department) per year from `added`])]
    (1, "窓口サービスの向上", [
        ("1", "証明書のコンビニ交付", "", "", [("B", "住民課"), ("A", "住民課"), ("S", "住民課")]),
        ("2", "庁内システムの標準化", "", "令和4年度", [("C", "企画課"), ("A", "デジタル推進課")]),
        ("新1", "オンライン相談の導入", "令和4年度", "", [("C", "デジタル推進課"), ("B", "デジタル推進課")]),
    ]),
    (2, "財政の健全化", [
        ("3", "補助金の見直し", "", "", [("A", "財政課"), ("A", "財政課"), ("A", "財政課")]),
        ("4", "遊休地の売却", "", "令和5年度", [("C", "管財課"), ("B", "管財課"), ("S", "管財課")]),
    ]),
    (3, "職員の育成", [
        ("5", "研修体系の再編", "", "", [("B", "総務課"), ("B", "総務課"), ("A", "総務課")]),
    ]),
]
MEMBERS = ("佐藤委員", "鈴木委員", "高橋委員")
SCORES = {1: (4, 5, 4, "4.3"), 2: (3, 3, 2, "2.7"), 3: (3, 4, 4, "3.7")}
OPINIONS = {1: ["コンビニ交付の利用者が増えている。", "オンライン相談は周知を強めるべきである。"],
            2: ["遊休地の売却益の使い道を示してほしい。"], 3: ["研修の効果を測る指標を設けること。"]}


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("北浦町 行政改革推進計画 実施状況報告書（令和3年度～令和5年度）", 0)
    document.add_paragraph("進捗は S（計画以上）、A（計画どおり）、B（やや遅れ）、C（遅れ）の4段階。"
                           "令和4年度から企画課の情報部門はデジタル推進課となった。")
    counts = {y: {g: 0 for g in "SABC"} for y in YEARS}
    for no, title, items in GROUPS:
        document.add_heading(f"推進方針{no}　{title}", 1)
        for code, name, added, done, rows in items:
            document.add_heading(f"改革項目 {code}　{name}", 2)
            line = f"完了年度：{done or '―（継続）'}"
            document.add_paragraph(f"追加年度：{added}　{line}" if added else line)
            table = document.add_table(rows=1, cols=4)
            for cell, text in zip(table.rows[0].cells, ("年度", "取組内容", "進捗", "所管課")):
                cell.text = text
            first = YEARS.index(added) if added else 0
            for year, (grade, dept) in zip(YEARS[first:], rows):
                counts[year][grade] += 1
                for cell, text in zip(table.add_row().cells, (year, f"{name}を進めた。", grade, dept)):
                    cell.text = text
    document.add_paragraph("進捗の集計")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("年度", "S", "A", "B", "C")):
        cell.text = text
    for year in YEARS:
        for cell, text in zip(table.add_row().cells, (year, *(str(counts[year][g]) for g in "SABC"))):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def html() -> str:
    out = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>評価結果 | 北浦町</title></head><body>",
           "<h1>令和5年度 北浦町行政改革懇話会 評価結果</h1>",
           "<table><tr><th>No.</th><th>推進方針</th>" + "".join(f"<th>{m}</th>" for m in MEMBERS) + "<th>平均</th></tr>"]
    for no, title, _ in GROUPS:
        *points, mean = SCORES[no]
        out.append(f"<tr><td>{no}</td><td>{title}</td>" + "".join(f"<td>{p}</td>" for p in points) + f"<td>{mean}</td></tr>")
    out += ["</table>", "<h2>委員の意見</h2>"]
    for no, title, _ in GROUPS:
        items = "".join(f"<li>{o}</li>" for o in OPINIONS[no])
        out.append(f"<details><summary>推進方針{no}　{title}</summary><ul>{items}</ul></details>")
    out.append("<p>令和6年5月20日　北浦町行政改革懇話会</p></body></html>")
    return "\n".join(out)


def test_each_item_is_read_with_its_years_departments_and_group():
    text = to_text(docx_bytes(), DOCX).text
    assert registry.detect(text) is plan_report
    doc = registry.parse(text, DOCX)
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(items) == ["1", "2", "新1", "3", "4", "5"]
    assert (items["2"]["r3"], items["2"]["r4"], items["2"]["ended"]) == ("C", "A", "R4")
    assert items["2"]["departments"] == ["企画課", "デジタル推進課"]
    assert (items["2"]["r3_dept"], items["2"]["r4_dept"]) == (["企画課"], ["デジタル推進課"])
    assert (items["新1"]["started"], items["新1"]["ended"], items["新1"].get("r3")) == ("R4", "", None)
    assert (items["4"]["initiative"], items["4"]["grade_word"], items["4"]["called"]) == ("2", "進捗", "改革項目")
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert (groups["1"]["title"], groups["1"]["n_practice"], groups["1"]["called"]) == ("窓口サービスの向上", 3, "推進方針")
    # (the closing table of counts is no year of the last item)
    assert (items["4"]["r3"], items["4"]["r5"]) == ("C", "S")


def test_the_committee_page_gives_member_scores_and_opinions():
    doc = registry.parse(to_text(html().encode("utf-8"), HTML).text, HTML)
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["2"]["committee_score"] == 2.7 and groups["2"]["axes"]["高橋委員"] == 2
    opinions = [r.fields["text"] for r in doc.records if r.kind == "comment"]
    # (the page's closing date and signature is no opinion)
    assert opinions == OPINIONS[1] + OPINIONS[2] + OPINIONS[3]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_rows")
    (folder / DOCX).write_bytes(docx_bytes())
    (folder / HTML).write_text(html(), encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, expected", [
    ("北浦町で令和4年度の進捗がAの改革項目は？", ["1", "2", "3"]),
    ("北浦町で2023年度に進捗Sだった項目は？", ["1", "4"]),
    ("北浦町で一度でも進捗Cがついた改革項目", ["2", "4", "新1"]),
    ("北浦町でまだ完了していない改革項目", ["1", "3", "5", "新1"]),
    ("北浦町で担当課がデジタル推進課の改革項目", ["2", "新1"]),
    ("北浦町の推進方針2の改革項目", ["3", "4"]),
    ("北浦町で途中で追加された改革項目", ["新1"]),
    ("北浦町で担当課が変わった改革項目", ["2"]),
    ("北浦町で完了年度が令和4年度の改革項目", ["2"]),
    # (the department of the year said: 企画課 until its renaming, デジタル推進課 after; DX is no grade D)
    ("北浦町で令和3年度に企画課が担当していた改革項目は？", ["2"]),
    ("北浦町で令和4年度にデジタル推進課が担当していた改革項目は？", ["2", "新1"]),
    ("北浦町の懇話会で鈴木委員が5点をつけた推進方針は？", ["1"]),
    ("北浦町の懇話会評価で平均が3.0未満の推進方針はどれ？", ["2"]),
])
def test_asked(assistant, question, expected):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r["code"]) for r in answer.rows) == sorted(expected), answer.summary


@pytest.mark.parametrize("turns, value", [
    (("北浦町の改革項目4の令和4年度の進捗は？",), "B"),
    (("北浦町の改革項目新1の令和5年度の進捗は？",), "B"),
    (("北浦町の改革項目2の令和3年度の担当課は？",), "企画課"),
    (("北浦町の改革項目2の令和4年度の担当課は？",), "デジタル推進課"),
    # (which group has the most items: main answers the record itself, its e225785)
    (("北浦町の懇話会で推進方針1の平均は？", "高橋委員の点数は？"), 4),
    (("北浦町で、S評価がいちばん多かった年度は？",), "令和5年度"),
    (("北浦町で改革項目がいちばん多い推進方針は？",), "1"),
    (("北浦町で委員評価がいちばん低い推進方針は？",), "2"),
    (("北浦町の懇話会で鈴木委員の点数がいちばん低い推進方針は？",), "2"),
])
def test_values(assistant, turns, value):
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.value == value, answer.summary


@pytest.mark.parametrize("question", ["北浦町で令和4年度に企画課が担当していた改革項目は？",
                                      "北浦町で令和3年度と令和4年度に企画課が担当した改革項目は？"])
def test_a_department_in_a_year_it_no_longer_had_is_none(assistant, question):
    answer = ask(assistant, question)
    assert not answer.rows, answer.summary


def test_opinions_of_a_group(assistant):
    answer = ask(assistant, "北浦町の懇話会は推進方針2についてどんな意見を出した？")
    assert any("売却益" in str(r.get("text")) for r in answer.rows), answer.summary


def test_the_same_layout_in_a_workbook_with_labels_in_cells():
    """A sheet printing the labelled years as cells (完了年度 │ 2024年度), years in 西暦, groups called 基本目標,
    and a letter the report gives no legend for (S), kept as printed."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    rows = [("南川市 行政改革実行計画 評価報告（2023年度～2025年度）",), (), ("基本目標1 業務の効率化",), (),
            ("改革項目 1 RPAの導入",), ("完了年度", "2024年度"), ("年度", "取組内容", "評価", "所管課"),
            ("2023年度", "導入", "A", "情報課"), ("2024年度", "全庁展開", "S", "情報課"), (),
            ("改革項目 2 文書の電子化",), ("追加年度", "2024年度", "完了年度", "継続"), ("年度", "取組内容", "評価", "所管課"),
            ("2024年度", "電子化", "C", "総務課"), ("2025年度", "電子化", "A", "総務課"), (),
            ("基本目標2 財源の確保",), (), ("改革項目 3 使用料の見直し",), ("完了年度", "継続"),
            ("年度", "取組内容", "評価", "所管課"), ("2023年度", "見直し", "B", "財政課")]
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    doc = registry.parse(to_text(out.getvalue(), "南川市.xlsx").text, "南川市.xlsx")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert (items["1"]["ended"], items["1"]["r5"], items["1"]["r6"], items["1"]["initiative"]) == ("R6", "A", "S", "1")
    assert (items["2"]["started"], items["2"]["ended"], items["2"]["r6"]) == ("R6", "", "C")
    assert items["3"]["initiative"] == "2"


def test_a_blocks_own_label_under_the_papers_opinions_heading_is_no_opinion():
    """A paper heading its opinions once above the blocks may still state a block's judgement first."""
    text = "\n".join(["北浦町行政改革懇話会 意見書", "", "各委員からの意見", "",
                      "推進方針1 窓口サービスの向上", "懇話会の判定：十分", "利用者が増えている。", "",
                      "推進方針2 財政の健全化", "懇話会の判定：不十分", "売却益の使い道を示すこと。", "周知を強めること。", "",
                      "令和6年5月20日 北浦町行政改革懇話会"])
    doc = registry.parse(text, "iken.txt")
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert (groups["1"]["judgement"], groups["2"]["judgement"]) == ("十分", "不十分")
    assert [r.fields["text"] for r in doc.records if r.kind == "comment"] == [
        "利用者が増えている。", "売却益の使い道を示すこと。", "周知を強めること。"]


@pytest.mark.skipif(japanese_font() is None, reason="no Japanese font on this machine (fonts-ipaexfont-gothic)")
def test_the_same_report_as_a_pdf():
    """The Word report printed to PDF (tables ruled, headings as lines): the same items, groups and years."""
    from tests.kinds.format_editions import to_pdf

    pdf = to_pdf(to_text(docx_bytes(), DOCX).text, japanese_font())
    doc = registry.parse(to_text(pdf, "北浦町.pdf").text, "北浦町.pdf")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(items) == ["1", "2", "新1", "3", "4", "5"]
    assert (items["4"]["r3"], items["4"]["r5"], items["4"]["ended"], items["4"]["initiative"]) == ("C", "S", "R5", "2")
