"""「２年連続で選定された課は？」 over a list of one row per event with a column of its fiscal year (年度 │ 区分 │ 事例名 │
担当部署): the groups printed in N years in a row, each 課 of a joint 「税務課・市民課」 counted (group_runs.py). A run
said of such a list was dropped before (the list prints no year columns), the rows of every year listed as if it
were read. Anything else said is not read there: the question is left to the rest."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_LIST = """<html><head><title>雲雀野市 業務改善 優良事例選定一覧</title></head><body>
<h1>雲雀野市 業務改善 優良事例選定一覧</h1>
<table>
<tr><th>年度</th><th>区分</th><th>事例番号</th><th>事例名</th><th>担当部署</th></tr>
<tr><td>2021年度</td><td>金賞</td><td>K21-1</td><td>窓口番号札の電子化</td><td>市民課</td></tr>
<tr><td>2021年度</td><td>銀賞</td><td>K21-2</td><td>納税通知書の封入自動化</td><td>税務課・会計室</td></tr>
<tr><td>2022年度</td><td>金賞</td><td>K22-1</td><td>公用車予約のオンライン化</td><td>管財課</td></tr>
<tr><td>2022年度</td><td>銀賞</td><td>K22-2</td><td>転入者向け案内の一本化</td><td>市民課・税務課</td></tr>
<tr><td>2023年度</td><td>金賞</td><td>K23-1</td><td>議事録作成の自動化</td><td>議会事務局</td></tr>
<tr><td>2023年度</td><td>銀賞</td><td>K23-2</td><td>口座振替申込のスマホ対応</td><td>税務課</td></tr>
<tr><td>2024年度</td><td>金賞</td><td>K24-1</td><td>備品台帳のクラウド化</td><td>管財課・会計室</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("group_runs")
    (folder / "優良事例選定一覧.html").write_text(_LIST, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, groups", [
    ("３年連続で選定された課はどこ？", ["税務課"]),
    ("２年連続で選定されている部署は？", ["市民課", "税務課"]),
])
def test_groups_printed_in_years_in_a_row(assistant, question, groups) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.count == len(groups), answer.summary
    assert answer.value == "、".join(groups), answer.summary


def test_no_group_in_a_run_that_long(assistant) -> None:
    answer = ask(assistant, "４年連続で選定された課は？")
    assert answer.status == "no_match" and answer.count == 0, answer.summary


def test_a_word_besides_is_not_read_here(assistant) -> None:
    # (a year said before the run: which years is not what this reads; never answered as if unsaid)
    answer = ask(assistant, "2022年度から２年連続で選定された課は？")
    assert not ("値" in answer.summary and answer.status == "exact" and answer.value == "市民課、税務課")
