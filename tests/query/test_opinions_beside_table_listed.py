"""A made-up town's record of talks with its staff union (no set's words or numbers): the first meeting's opinions as a
table (番号 │ 関連施策 │ 区分 │ 意見の要旨 │ 回答), the second's as numbered paragraphs 【意見４】（関連施策：なし）（要望）
going on from the table's numbers. A question listing the table's rows by any word (「要望を全部」, no 意見 said) is
not the whole answer: it says so (partial), naming the opinions it left out."""
from __future__ import annotations

import docx
import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


def _paper(path) -> None:
    d = docx.Document()
    d.add_paragraph("令和７年度 勤務環境に関する労使協議の記録")
    d.add_paragraph("１　第１回（令和７年６月１２日）")
    rows = [("１", "A-1", "要望", "窓口の昼休み交代要員を確保してほしい。", "会計年度任用職員を配置する。（職員課）"),
            ("２", "－", "質問", "夏季休暇の取得期間は延ばせるのか。", "９月末まで延長する。（職員課）"),
            ("３", "B-2", "要望", "庁舎の空調を夜間も動かしてほしい。", "午後８時まで運転する。（管財課）")]
    table = d.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("番号", "関連施策", "区分", "意見の要旨", "回答")):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_paragraph("２　第２回（令和７年１１月６日）")
    for n, cited, kind, text, reply in (("４", "なし", "要望", "在宅勤務の回数を増やしてほしい。", "試行を広げる。（職員課）"),
                                         ("５", "A-3", "提案", "会議資料を電子化してはどうか。", "来年度から実施する。（情報政策課）")):
        d.add_paragraph(f"【意見{n}】（関連施策：{cited}）（{kind}）")
        d.add_paragraph(f"　{text}")
        d.add_paragraph(f"　→回答：{reply}")
    d.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("opinions_left_in_text")
    _paper(folder / "労使協議の記録.docx")
    return assistant_over(folder)


def test_rows_listed_without_the_paragraphs_are_not_certain(assistant) -> None:
    answer = ask(assistant, "労使協議で出た要望を全部")
    assert answer.status != "exact" and "意見4" in answer.caveat, (answer.status, answer.caveat, answer.summary)
