"""A town page's own table (開催日 │ 会場 │ 出席者数, a 合計 row) ranked by a column said with the thing before it
(「懇談会の出席者がいちばん多かった会場」「…会場は？」): the rows are the index's table rows, answered with their keys
(the 会場), not read again from the passage as a search, and a place column the question names is a column of the
table. Another town's page than the holdout's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>地域懇談会の開催について｜桐ヶ丘村</title></head><body>
<h1>地域懇談会の開催について</h1>
<p>更新日：2025年3月1日</p>
<h2>懇談会の開催結果</h2>
<table border="1">
<tr><th>開催日</th><th>会場</th><th>出席者数</th></tr>
<tr><td>令和7年1月11日（土）</td><td>西部交流センター</td><td>35人</td></tr>
<tr><td>令和7年1月18日（土）</td><td>村民ホール</td><td>52人</td></tr>
<tr><td>令和7年1月25日（土）</td><td>東山集会所</td><td>12人</td></tr>
<tr><td>令和7年2月1日（土）</td><td>桐ヶ丘小学校体育館</td><td>28人</td></tr>
<tr><td colspan="2">合計</td><td>127人</td></tr>
</table>
<h2>お問い合わせ</h2><p>桐ヶ丘村 総務課 企画係</p>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder: Path = tmp_path_factory.mktemp("page_table_ranked_rows")
    (folder / "地域懇談会の開催について_桐ヶ丘村.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, code", [
    ("懇談会の出席者がいちばん多かった会場", "村民ホール"),
    ("懇談会の出席者数が一番少なかった会場は？", "東山集会所"),
    ("出席者数が一番多い会場は？", "村民ホール"),  # (「会場は」: the place asked is a column the question names)
])
def test_the_rows_ranked_are_the_tables_rows(assistant, question, code) -> None:
    a = ask(assistant, question).to_dict()
    keys = [r["key"] for r in a["rows"]]
    assert a["status"] == "exact" and keys == [f"table_row:{code}"], (a["status"], a["summary"], keys)
