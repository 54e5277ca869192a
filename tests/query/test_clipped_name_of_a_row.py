"""「農協の補助金は？」 over a town's list of subsidies: 農協 is the clipped name (first kanji of 農業, of 協同組合) of the
body one subsidy's name holds, 農業協同組合青年部活動補助金; no name prints 農協, so the row is that one, said so."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>椎ノ木町 補助金一覧（令和６年度）</title></head><body><h1>椎ノ木町 補助金一覧（令和６年度）</h1>
<table><tr><th>番号</th><th>補助金の名称</th><th>所管課</th><th>交付額（千円）</th></tr>
<tr><td>1</td><td>農業協同組合青年部活動補助金</td><td>農林課</td><td>450</td></tr>
<tr><td>2</td><td>商工会運営費補助金</td><td>商工観光課</td><td>3,200</td></tr>
<tr><td>3</td><td>観光協会事業補助金</td><td>商工観光課</td><td>1,800</td></tr>
<tr><td>4</td><td>老人クラブ活動費補助金</td><td>福祉課</td><td>960</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clipped_row_name")
    (folder / "hojokin_ichiran.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_row_said_by_the_clipped_name_of_its_body(town) -> None:
    answer = ask(town, "農協の補助金は？")
    keys = [str(r["key"]) for r in answer.to_dict()["rows"]]
    assert answer.status == "exact" and keys == ["table_row:1"], (answer.status, keys, answer.summary)
