"""A plan's table of a target and a result per year (令和5年度目標 | 令和5年度実績 | …): two years of one row
said 「合わせると」 add up the years' results (what each year came to); a target is added only when said."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """若松市行政改革推進計画 令和6年度取組状況

番号\t取組項目\t担当課\t成果指標\t単位\t令和5年度目標\t令和5年度実績\t令和6年度目標\t令和6年度実績
1-1\t市有地の売却\t管財課\t売却額\t千円\t30,000\t32,500\t30,000\t21,000
1-2\t広告収入の確保\t財政課\t広告収入額\t千円\t2,000\t1,800\t2,200\t2,400
2-1\t電子申請の拡充\t情報政策課\t対象手続数\t件\t40\t45\t60\t58
2-2\t窓口の一元化\t市民課\t待ち時間\t分\t20\t22\t15\t16
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("years_added")
    (folder / "wakamatsu_2024.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_two_years_of_a_row_added_are_their_results(assistant):
    assistant.reset()
    answer = assistant.ask("若松市の市有地の売却、R5とR6の売却額を合わせるといくら？")
    assert answer.value == 53500 and answer.status == "exact", answer.summary
    assert any("実績" in n for n in answer.notes)


def test_the_targets_added_when_said(assistant):
    assistant.reset()
    assert assistant.ask("若松市の市有地の売却、R5とR6の目標を合わせるといくら？").value == 60000


def test_a_years_result_against_the_year_before_said_as_its_figure_getting_smaller(assistant):
    # 「令和6年度の実績の数値が前の年度より小さくなった」: 令和6年度実績 < 令和5年度実績 (not the targets)
    assistant.reset()
    answer = assistant.ask("若松市の計画で、令和6年度の実績の数値が前の年度より小さくなった取組はどれ？")
    assert sorted(r["title"] for r in answer.rows) == ["市有地の売却", "窓口の一元化"], answer.summary
    assert answer.status == "exact"
