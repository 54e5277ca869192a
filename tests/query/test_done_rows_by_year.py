"""「令和５年度に改修したのはどこ？」 over a web page's 年度別の改修実績 (年度 over several rows, 「実施なし」 written across a
year with none) beside its 年度別の集計 (改修件数): the deed the caption records (改修実績) said as a verb asks the rows
of what was done, not the count column 改修件数 said by its deed; a row saying only 「実施なし」 is no record (never
listed, coded or counted) though its year is one the table covers (「４年間の合計」); 「県の補助を使った改修」 is the
value 県補助 of 財源 (its owner said with の) and the value used; 「改修費」 is the one cost column (工事費) of the
table recording 改修 as done; 「一度でも改修した」 within years said is any row of them.
Made document of 鵜ノ浦市 (nothing of tests/questions/made186's 鷗ヶ峰町 bridges: other facilities, years and words)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>集会施設の改修実績｜鵜ノ浦市</title></head><body>
<h1>集会施設の改修実績</h1>
<h2>年度別の改修実績</h2>
<table>
<tr><th>年度</th><th>施設番号</th><th>施設名</th><th>工事内容</th><th>工事費（千円）</th><th>財源</th></tr>
<tr><td rowspan="2">令和３年度</td><td>K12</td><td>港南集会所</td><td>屋根防水</td><td>2,800</td><td>市単独</td></tr>
<tr><td>K07</td><td>汐見集会所</td><td>外壁塗装</td><td>4,100</td><td>県補助</td></tr>
<tr><td>令和４年度</td><td colspan="5">実施なし</td></tr>
<tr><td rowspan="2">令和５年度</td><td>K03</td><td>岬台集会所</td><td>空調更新</td><td>6,300</td><td>県補助</td></tr>
<tr><td>K12</td><td>港南集会所</td><td>トイレ洋式化</td><td>1,900</td><td>市単独</td></tr>
<tr><td>令和６年度</td><td>K09</td><td>北浜集会所</td><td>照明LED化</td><td>1,500</td><td>市単独</td></tr>
</table>
<h2>年度別の集計</h2>
<table>
<tr><th>年度</th><th>改修件数（件）</th><th>工事費（千円）</th></tr>
<tr><td>令和３年度</td><td>2</td><td>6,900</td></tr>
<tr><td>令和４年度</td><td>－</td><td>－</td></tr>
<tr><td>令和５年度</td><td>2</td><td>8,200</td></tr>
<tr><td>令和６年度</td><td>1</td><td>1,500</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    docs = tmp_path_factory.mktemp("unoura_repairs")
    (docs / "集会施設の改修実績｜鵜ノ浦市.html").write_text(HTML, encoding="utf-8")
    index = tmp_path_factory.mktemp("unoura_repairs_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question", ["令和５年度に改修したのはどこ？", "令和５年度に改修した集会所"])
def test_rows_done_in_a_year(city, question):
    city.reset()
    answer = city.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"K03", "K12"}, answer.summary


def test_nothing_done_row_is_no_record(city):
    city.reset()
    answer = city.ask("改修実績の工事費、４年間の合計は？")
    assert answer.value == 16600, answer.summary
    assert not any("実施なし" in code for code in _codes(answer)), answer.summary


def test_value_said_with_its_owner_used(city):
    city.reset()
    answer = city.ask("県の補助を使った改修は何件？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 2 and _codes(answer) == {"K07", "K03"}, answer.summary


def test_cost_said_by_the_deed_recorded(city):
    city.reset()
    answer = city.ask("R3からR5までの改修費って合わせていくら？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 15100, answer.summary


def test_done_at_least_once_within_years(city):
    city.reset()
    answer = city.ask("R5からR6までに一度でも改修した集会所は？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"K03", "K12", "K09"}, answer.summary
