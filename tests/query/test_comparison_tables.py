"""A staffing report's tables (tests/questions/made140, 鵆ノ森市): a comparison with similar municipalities printed in
HTML under a two-row header (部門 │ 鵆ノ森市 {職員数, 人口１万人当たり} │ 類似団体平均 │ 差 │ 比較), its rows named by
divisions of two letters (議会, 民生); the progress table of the plan's 取組(1)〜(8) by year (◎○△×); the committee's
tally of its opinions (区分 │ 件数 │ 意見番号). A made edition of another town (other divisions, 人口千人当たり, another
caption) shows nothing is read off the first one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made140" / "docs"

_OTHER_TOWN = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>職員数の比較｜若草町</title></head><body>
<h1>類似団体との職員数比較</h1>
<p>本町の部門別職員数を人口千人当たりに換算し、類似団体の平均と比べました。</p>
<table><caption>人口千人当たり職員数の比較（単位：人）</caption>
<thead><tr><th rowspan="2">部門</th><th colspan="2">若草町</th><th rowspan="2">類似団体平均</th><th rowspan="2">比較</th></tr>
<tr><th>職員数</th><th>人口千人当たり</th></tr></thead>
<tbody>
<tr><th>議会</th><td>5</td><td>0.21</td><td>0.25</td><td>下回る</td></tr>
<tr><th>税務</th><td>31</td><td>1.30</td><td>1.21</td><td>超過</td></tr>
<tr><th>衛生</th><td>48</td><td>2.02</td><td>2.10</td><td>下回る</td></tr>
<tr><th>土木</th><td>66</td><td>2.78</td><td>2.40</td><td>超過</td></tr>
<tr><th>消防</th><td>92</td><td>3.87</td><td>3.60</td><td>超過</td></tr>
</tbody></table>
<ol><li>※1 人口は令和７年１月１日現在の住民基本台帳人口（23,771人）です。</li></ol>
</body></html>
"""


def _assistant(tmp_path_factory, name: str, files: dict[str, bytes]) -> Assistant:
    folder = tmp_path_factory.mktemp(name)
    for file, data in files.items():
        (folder / file).write_bytes(data)
    index = tmp_path_factory.mktemp(name + "_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def chidori(tmp_path_factory):
    return _assistant(tmp_path_factory, "made140", {p.name: p.read_bytes() for p in DOCS.iterdir()})


@pytest.fixture(scope="module")
def wakakusa(tmp_path_factory):
    return _assistant(tmp_path_factory, "wakakusa", {"職員数の比較.html": _OTHER_TOWN.encode()})


def _keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.to_dict()["rows"])


def test_rows_of_divisions_are_keyed_by_their_names(chidori) -> None:
    answer = ask(chidori, "類似団体平均を超過している部門は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["table_row:商工", "table_row:土木", "table_row:民生", "table_row:消防"], answer.summary


def test_rate_column_under_its_group_is_read_with_the_captions_noun(chidori) -> None:
    # (the figure of 職員数 beside it, 130, is another column's; 「１万人」 is the rate's unit, no count of 10000)
    answer = ask(chidori, "消防の人口１万人当たり職員数は？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 11.52, answer.summary


def test_people_asked_of_a_column_of_words_is_no_count_of_rows(chidori) -> None:
    answer = ask(chidori, "類似団体比較で使ってる人口は何人？")
    assert answer.value != 10, answer.summary
    assert answer.status != "exact" or answer.value == 112846, answer.summary


def test_progress_rows_are_the_plans_items_by_their_numbers(chidori) -> None:
    answer = ask(chidori, "R5で△だった取組は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["practice:(1)", "practice:(5)", "practice:(7)"], answer.summary
    answer = ask(chidori, "人事課以外が担当で、R6に○だった取組は？")
    assert _keys(answer) == ["practice:(1)", "practice:(2)", "practice:(3)", "practice:(5)"], answer.summary


def test_a_tallys_count_is_the_figure_its_row_prints(chidori) -> None:
    answer = ask(chidori, "【評価】の意見は何件あった？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 5, answer.summary


def test_another_towns_edition(wakakusa) -> None:
    answer = ask(wakakusa, "類似団体平均を超過している部門は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["table_row:土木", "table_row:消防", "table_row:税務"], answer.summary
    answer = ask(wakakusa, "土木の人口千人当たり職員数は？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 2.78, answer.summary
