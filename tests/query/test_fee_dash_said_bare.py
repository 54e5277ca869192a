"""A fee table by part of the day whose cells print a dash where a slot is not let (室名 │ 午前 │ 午後 │ 夜間 │ 全日):
a dash typed bare after the column (「夜間が－の部屋」), in quotes, or after the word for what the column's cells hold
(「夜間の料金が－になっている」) asks the rows printing the dash (tables/question.py _DASH_SAID) — never the column's
fees of every row, answered as if the dash were not said. Another town's hall, whose dash is 「―」 and whose rows
are 室, beside a notice naming one of the rooms."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>文化会館の利用料金｜楢岡町</title></head>
<body><main>
<h1>楢岡町文化会館の利用料金</h1>
<h2>利用料金（１区分あたり）</h2>
<table border="1">
<thead><tr><th>室名</th><th>定員</th><th>午前<br>（9:00～12:00）</th><th>午後<br>（13:00～17:00）</th><th>夜間<br>（18:00～22:00）</th></tr></thead>
<tbody>
<tr><th>多目的ホール</th><td>200人</td><td>４,０００円</td><td>５,５００円</td><td>６,０００円</td></tr>
<tr><th>第１研修室</th><td>30人</td><td>６００円</td><td>８００円</td><td>９００円</td></tr>
<tr><th>第２研修室</th><td>18人</td><td>４００円</td><td>５００円</td><td>６００円</td></tr>
<tr><th>音楽練習室</th><td>10人</td><td>―</td><td>１,２００円</td><td>―</td></tr>
<tr><th>展示ギャラリー</th><td>－</td><td>７００円</td><td>７００円</td><td>―</td></tr>
</tbody></table>
<ul><li>※ 音楽練習室は午前と夜間、展示ギャラリーは夜間の貸出しを行っていません（表中「―」）。</li></ul>
</main></body></html>
"""

_NOTICE = """楢岡町 文化会館だより 第5号

１　音楽練習室の防音工事
　音楽練習室の防音工事は令和9年度に行う予定です。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hall_fees")
    (folder / "文化会館の利用料金｜楢岡町.html").write_text(_PAGE, encoding="utf-8")
    (folder / "文化会館だより第5号.txt").write_text(_NOTICE, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question", [
    "夜間が－の室は？",
    "夜間が「－」の室",
    "夜間は―の室はどこ？",
    "夜間で－になってる室は？",
    "夜間の料金が－になっている室",
    "夜間の利用料金が「―」の室は？",
    "夜間に使えない室は？",
])
def test_a_dash_said_after_a_slot_column_asks_the_rows_printing_it(town, question) -> None:
    dashed = ask(town, question)
    assert dashed.status == "exact" and _names(dashed) == {"音楽練習室", "展示ギャラリー"}, (question, dashed.summary)


def test_the_dash_of_another_slot_column(town) -> None:
    dashed = ask(town, "午前が－の室は？")
    assert dashed.status == "exact" and _names(dashed) == {"音楽練習室"}, dashed.summary


def test_a_dash_inside_a_code_is_no_dash_said(town) -> None:
    fee = ask(town, "第２研修室の夜間の料金は？")
    assert fee.status == "exact" and fee.value == 600, fee.summary


def test_a_dash_no_condition_reads_is_said_unused(town) -> None:
    # (「1区分の」 between the column and its fee word: the dash is not bound to the column here, and the answer
    # says so first rather than giving the 夜間 fees as if no dash were said; dash_said.py)
    unread = ask(town, "夜間の1区分の料金が－の室は？")
    assert unread.status != "exact" or _names(unread) == {"音楽練習室", "展示ギャラリー"}, unread.summary
    if unread.status == "partial":
        assert "－" in unread.unused, unread.unused
