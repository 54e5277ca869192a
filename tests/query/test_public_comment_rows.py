"""A public comment's result table whose target column is 対象 with its word (対象施設, 対象補助金) and names each
record with its code in brackets after the code's label (「市民体育館（施設番号12）」), or 「全体」: asked of as opinions
(意見, or パブコメ by name), its rows are comments on those codes, 「<code>-<番号>」; a row naming no record is a
comment on itself, keyed by its own number (tables/rows_are.py mark_opinion_rows)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_PAGE = """<html><head><meta charset="utf-8"><title>施設使用料の改定案に対する意見募集の結果｜柚木原市</title></head><body>
<h1>施設使用料の改定案に対する意見募集の結果</h1>
<h2>意見の概要と市の考え方</h2>
<table>
<tr><th>番号</th><th>対象施設</th><th>意見の要旨</th><th>市の考え方</th><th>対応</th></tr>
<tr><td>１</td><td>市民体育館（施設番号１２）</td><td>平日昼間の料金は据え置いてほしい。</td><td>利用状況を踏まえ据え置きます。</td><td>修正</td></tr>
<tr><td>２</td><td>全体</td><td>改定の周知期間を長くとってほしい。</td><td>半年前から周知します。</td><td>修正</td></tr>
<tr><td>３</td><td>文化会館（施設番号２７）</td><td>ホールの料金の引上げ幅が大きすぎる。</td><td>原案のとおりとします。</td><td>原案どおり</td></tr>
<tr><td>４</td><td>市民体育館（施設番号１２）</td><td>高校生の団体利用は減免してほしい。</td><td>今後の参考とします。</td><td>参考</td></tr>
<tr><td>５</td><td>郷土資料館（施設番号３１）</td><td>無料のままにしてほしい。</td><td>原案のとおりとします。</td><td>原案どおり</td></tr>
</table></body></html>
"""


def _numbers(answer) -> list[str]:
    """The rows' numbers as their comment keys print them (comment:<number>), the answer's rows being comments."""
    assert answer.rows_are == "comment", answer.summary
    return [str(r.get("number")) for r in answer.rows]


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("yunokihara_pubcom")
    (folder / "yunokihara_pubcom.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_rows_are_comments_on_the_bracketed_codes(town):
    a = ask(town, "対応が原案どおりになった意見は？")
    assert _numbers(a) == ["27-3", "31-5"]


def test_public_comments_named_so_and_a_row_on_no_record(town):
    a = ask(town, "修正になったパブコメ")
    assert _numbers(a) == ["12-1", "2"]
