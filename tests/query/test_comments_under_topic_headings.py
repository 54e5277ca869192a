"""Remarks listed in tables under headings that say what they are about (a public-comment result whose
（１）…について／（２）減免について headings stand over tables of 意見の要旨 / 市の考え方, made172's docx and
another town's made here): 「減免に関する意見」 asks the rows under 「減免について」, those whose own text says
免除 too, not only the ones printing 減免; a word some row under another heading prints as well is still read in
the rows' text, the heading alone would drop that row. Over a real index of the document."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

SECTIONS = [
    ("（１）使用料の額について", [
        ("1", "会議室の使用料が近隣市より高い。", "近隣市と同じ算定方法で見直します。", "参考"),
        ("2", "駐車場の料金も含めて一覧にしてほしい。", "一覧を作成して公表します。", "反映"),
        ("3", "値上げの幅を段階的にしてほしい。", "激変緩和のため段階的に改定します。", "反映"),
    ]),
    ("（２）減免について", [
        ("4", "子ども会の利用は減免すべきである。", "子ども会の利用は５割を減額します。", "反映"),
        ("5", "障害者団体の利用料は全額免除してほしい。", "現行の免除を継続します。", "参考"),
        ("6", "申請の手続を簡単にしてほしい。", "様式を簡素化します。", "一部反映"),
    ]),
    ("（３）駐車場について", [
        ("7", "駐車場の台数を増やしてほしい。", "敷地の制約から困難です。", "反映なし"),
        ("8", "駐車場の夜間照明を明るくしてほしい。", "照明を更新します。", "反映"),
    ]),
]


def _result(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("公共施設使用料の見直しに関するパブリックコメントの結果について", 1)
    doc.add_paragraph("見直し方針（案）について市民の皆様からご意見を募集しました。ご意見と市の考え方は次のとおりです。")
    for heading, rows in SECTIONS:
        doc.add_heading(heading, 2)
        table = doc.add_table(rows=1, cols=4)
        for cell, text in zip(table.rows[0].cells, ("意見No.", "意見の要旨", "市の考え方", "反映区分")):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("topic_headings")
    _result(folder / "使用料見直しパブリックコメントの結果.docx")
    return assistant_over(folder)


def _said(answer) -> list[str]:
    # (rows of the table, or the comments opinion_tables.py makes of it: the remark's text either way)
    return sorted(str(r.get("意見の要旨") or r.get("title") or r.get("text") or "") for r in answer.rows)


def _under(heading: str) -> list[str]:
    return sorted(text for h, rows in SECTIONS if h == heading for _n, text, _a, _c in rows)


@pytest.mark.parametrize("question", ["減免に関する意見を出して", "減免についての意見は？"])
def test_a_topic_a_heading_says_asks_the_rows_under_it(assistant, question):
    answer = ask(assistant, question)
    assert _said(answer) == _under("（２）減免について") and answer.status != "partial"


def test_a_topic_some_row_under_another_heading_prints_is_read_in_the_text(assistant):
    # 駐車場 is a heading, and remark 2 under 使用料の額 names it too: the heading alone would drop it
    answer = ask(assistant, "駐車場に関する意見は？")
    assert "駐車場の料金も含めて一覧にしてほしい。" in _said(answer)


def test_the_rows_are_numbered_by_their_own_numbering_column(assistant):
    # 「意見No.」 heads the numbering column as 意見番号 would: each row shows its own number (a comment's code begins
    # with it, where opinion_tables.py made comments of the rows)
    answer = ask(assistant, "減免に関する意見を出して")
    assert sorted(str(r.get("number") or str(r.get("code") or "").split("-")[0]) for r in answer.rows) == ["4", "5", "6"]
