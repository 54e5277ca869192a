"""A fee table priced by part of the day (施設区分 │ 午前 │ 午後 │ 夜間, in 円) whose 夜間 column prints a dash for a facility
that is not let in the evening: the everyday word for a part of the day says its column (「夜借りると」 → 夜間,
day_part_forms.py, even right before a verb's kanji), the thing a 「…区分」 column divides names the rows
(「…施設は」, short_names.thing_forms), and a fee column said with a negated verb of lending or using asks the rows
printing no fee there (「夜間は使えない施設」, unpriced_cells.py). Another town's page beside a newsletter that names
one of the facilities without its fee."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>市民体育館の使用料｜桐ノ沢町</title></head>
<body><main>
<h1>市民体育館の使用料</h1>
<p>更新日：2026年2月1日</p>
<h2>使用料（１回あたり）</h2>
<table border="1">
<thead><tr><th>施設区分</th><th>午前<br>（8:30～12:00）</th><th>午後<br>（12:30～17:00）</th><th>夜間<br>（17:30～22:00）</th></tr></thead>
<tbody>
<tr><th>競技場（全面）</th><td>３,０００円</td><td>３,６００円</td><td>４,２００円</td></tr>
<tr><th>競技場（半面）</th><td>１,５００円</td><td>１,８００円</td><td>２,１００円</td></tr>
<tr><th>武道場</th><td>１,２００円</td><td>１,４００円</td><td>１,６００円</td></tr>
<tr><th>弓道場</th><td>６００円</td><td>７００円</td><td>－</td></tr>
<tr><th>会議室</th><td>４００円</td><td>５００円</td><td>６００円</td></tr>
</tbody></table>
<ul><li>※ 弓道場には照明がないため、夜間はご利用いただけません。</li></ul>
</main></body></html>
"""

_NEWS = """桐ノ沢町 スポーツ推進だより 第12号

１　武道場で親子剣道教室を開きました
　１月18日（日）の午前、市民体育館の武道場で親子剣道教室を開き、24組が参加しました。
２　弓道場の改修について
　弓道場の屋根の改修は令和8年度に行う予定です。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fees")
    (folder / "市民体育館の使用料｜桐ノ沢町.html").write_text(_PAGE, encoding="utf-8")
    (folder / "スポーツ推進だより第12号.txt").write_text(_NEWS, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}


def test_a_part_of_the_day_said_in_everyday_words(town) -> None:
    night = ask(town, "武道場を夜借りるといくら？")
    assert night.status == "exact" and night.value == 1600, night.summary
    morning = ask(town, "会議室を朝使うといくら？")
    assert morning.status == "exact" and morning.value == 400, morning.summary


def test_a_fee_column_said_with_a_negated_verb_asks_the_rows_with_no_fee(town) -> None:
    for question in ("夜間は使えない施設は？", "夜は貸してない施設はどこ？"):
        none = ask(town, question)
        assert none.status == "exact" and _names(none) == {"弓道場"}, (question, none.summary)


def test_a_fee_column_said_with_a_verb_not_negated_keeps_its_fees(town) -> None:
    fee = ask(town, "競技場（半面）の夜間の使用料は？")
    assert fee.status == "exact" and fee.value == 2100, fee.summary
