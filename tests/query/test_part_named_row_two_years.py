"""A row named by part of its name (「農協」 clipping 農業協同組合, 「農業協同組合」 a piece of the name) with two years'
figures and their difference asked, over a town that lists its subsidies twice: a list of the amounts by year and a
sheet grading each subsidy by year. The part pins the same one row in both, so the documents are no rivals over which
thing is meant; the amount asked (いくら) is the list's figure, never the sheet's grade."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

AMOUNTS = """<html><head><title>梅ヶ丘町 補助金交付実績一覧</title></head><body><h1>梅ヶ丘町 補助金交付実績一覧</h1>
<p>（単位：千円）</p>
<table><tr><th>番号</th><th>補助金の名称</th><th>所管課</th><th>令和３年度</th><th>令和４年度</th><th>令和５年度</th></tr>
<tr><td>11</td><td>農業協同組合青年部活動補助金</td><td>農林課</td><td>520</td><td>480</td><td>450</td></tr>
<tr><td>12</td><td>商工会運営費補助金</td><td>商工観光課</td><td>3,200</td><td>3,100</td><td>3,000</td></tr>
<tr><td>13</td><td>観光協会事業補助金</td><td>商工観光課</td><td>1,800</td><td>1,900</td><td>2,050</td></tr>
<tr><td>14</td><td>老人クラブ活動費補助金</td><td>福祉課</td><td>960</td><td>990</td><td>1,040</td></tr>
</table></body></html>
"""

GRADES = """<html><head><title>梅ヶ丘町 補助金評価調書</title></head><body><h1>梅ヶ丘町 補助金評価調書</h1>
<table><tr><th>番号</th><th>補助金の名称</th><th>評価点</th><th>自己評価R3</th><th>自己評価R4</th><th>自己評価R5</th></tr>
<tr><td>11</td><td>農業協同組合青年部活動補助金</td><td>58</td><td>B</td><td>B</td><td>C</td></tr>
<tr><td>12</td><td>商工会運営費補助金</td><td>71</td><td>A</td><td>A</td><td>B</td></tr>
<tr><td>13</td><td>観光協会事業補助金</td><td>66</td><td>B</td><td>A</td><td>A</td></tr>
<tr><td>14</td><td>老人クラブ活動費補助金</td><td>62</td><td>B</td><td>B</td><td>B</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("part_named_row_two_years")
    (folder / "hojokin_kofu.html").write_text(AMOUNTS, encoding="utf-8")
    (folder / "hojokin_hyoka.html").write_text(GRADES, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "農協の補助金、令和３年度と比べて令和５年度はいくら減った？",
    "農業協同組合の補助金、令和３年度と比べて令和５年度はいくら減った？",
])
def test_two_years_of_a_row_named_by_part_of_its_name(town, question) -> None:
    answer = ask(town, question)
    keys = _table_rows(answer)
    assert (answer.status, answer.value, keys) == ("exact", 70, ["table_row:11"]), (answer.status, answer.value, answer.summary)


def test_an_amount_asked_is_no_grade(town) -> None:
    answer = ask(town, "令和3年度の農協の補助金はいくら？")
    assert (answer.status, str(answer.value)) == ("exact", "520"), (answer.status, answer.value, answer.summary)


def _table_rows(answer) -> list[str]:
    """The rows' keys, as table rows: rows read as the items another table grades are keyed practice and show their
    own table row as an excerpt keyed table_row (one decision for every set, issue 12)."""
    d = answer.to_dict()
    rows = [str(r.get("key", "")) for r in d["rows"]]
    shown = [str(e.get("key", "")) for e in d.get("excerpts") or [] if str(e.get("key", "")).startswith("table_row:")]
    rekeyed = rows and not any(k.startswith("table_row:") for k in rows) and len(shown) == len(rows)
    return shown if rekeyed else rows
