"""Measures printed one after another, each a record of its own: a Word table of two columns
(label | value) per measure under a bare 「取組N」, and a web page's <ol> whose items hold a name,
a 「担当：…」 line and a status badge the page's legend explains."""
from __future__ import annotations

import io

import docx

from assistant.formats import to_text
from assistant.kinds.generic import loader as generic

MEASURES = [
    ("窓口申請のオンライン化", "情報政策課", "A"),
    ("補助金の見直し", "財政課", "C"),
    ("職員提案制度の活性化", "人事課", "S"),
]


def _pair_tables_docx() -> bytes:
    document = docx.Document()
    document.add_heading("湊川市行政改革推進計画 令和7年度進捗状況", level=1)
    document.add_paragraph("進捗の区分　S：目標を上回る　A：順調　C：遅れている")
    for n, (name, office, grade) in enumerate(MEASURES, 1):
        document.add_paragraph(f"取組{n}")
        table = document.add_table(rows=0, cols=2)
        for label, value in (("取組名", name), ("担当課", office), ("目標（令和8年度）", "手続120件"), ("進捗", grade)):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _items(text: str, source: str) -> list[dict]:
    return [r.fields for r in generic.parse(text, source).records if r.kind == "item"]


def test_each_pair_table_is_one_measure_numbered_by_the_line_above_it() -> None:
    source = "minato.docx"
    items = _items(to_text(_pair_tables_docx(), source).text, source)
    assert [(i["number"], i["title"], i["fields"]["担当課"], i["fields"]["進捗"]) for i in items] == [
        (str(n), name, office, grade) for n, (name, office, grade) in enumerate(MEASURES, 1)]
    # 「取組2」 numbers the measure under it; it is no heading the next measures sit under
    assert len({i["heading"] for i in items}) == 1, [i["heading"] for i in items]
    assert not any(i["heading"].startswith("取組") for i in items)


STATUS_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>取組状況｜湊川市</title></head>
<body><main>
<h1>行財政改革の取組状況</h1>
<p>主な取組の状況をお知らせします。</p>
<p>状況の見方：<span class="badge">完了</span> 取組を終えたもの、<span class="badge">実施中</span> 取り組んでいるもの、
<span class="badge">検討中</span> 実施に向けて検討しているもの</p>
<ol>
<li><p>電子契約の導入</p><p>担当：契約検査課</p><span class="badge">完了</span></li>
<li><p>保育所の民営化</p><p>担当：こども保育課</p><span class="badge">実施中</span></li>
<li><p>支所機能の再編</p><p>担当：地域振興課</p><span class="badge">検討中</span></li>
</ol>
<p>お問い合わせ：湊川市 行政改革推進室</p>
</main></body></html>"""


def test_an_ordered_list_item_of_several_lines_is_numbered_as_a_browser_shows_it() -> None:
    lines = to_text(STATUS_PAGE.encode("utf-8"), "minato.html").text.split("\n")
    assert "1. 電子契約の導入" in lines and "3. 支所機能の再編" in lines
    # a one-line list item stays as it was (no number added to a menu or a plain list)
    plain = to_text("<html><body><ol><li>一つ目</li><li>二つ目</li></ol></body></html>".encode(), "p.html").text
    assert plain.split("\n")[:2] == ["一つ目", "二つ目"]


def test_each_list_item_is_a_measure_with_its_office_and_the_status_its_badge_says() -> None:
    source = "minato.html"
    items = _items(to_text(STATUS_PAGE.encode("utf-8"), source).text, source)
    assert [(i["number"], i["title"], i["fields"].get("担当"), i["fields"].get("状況")) for i in items] == [
        ("1", "電子契約の導入", "契約検査課", "完了"),
        ("2", "保育所の民営化", "こども保育課", "実施中"),
        ("3", "支所機能の再編", "地域振興課", "検討中"),
    ]
    # the legend is no heading and no measure; the contact line under the list is the page's
    assert items[-1]["fields"] == {"担当": "地域振興課", "状況": "検討中"}
    assert not any("見方" in i["heading"] for i in items)


def test_a_word_standing_alone_in_an_item_without_a_legend_is_no_field() -> None:
    text = "取組の状況\n\n1. 電子契約の導入\n担当：契約検査課\n完了\n"
    items = _items(text, "t.txt")
    assert items[0]["fields"] == {"担当": "契約検査課"}
