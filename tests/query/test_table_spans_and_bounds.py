"""A city's table exported from a spreadsheet: spans in 西暦 without 年度 (「2024〜2026」, 「2025」 alone),
a grade legend sentence above the header, and a column of ratios (前年度比 96.5%)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """港南市行財政改革推進計画 2025年度取組状況一覧
達成度は
S（目標を上回って達成）、A（目標どおり達成）、B（一部未達成）、C（未達成）の4段階です。
番号\t取組項目\t主管課\t期間\t前年度比\t達成度
1\t電子申請の拡大\tデジタル推進課\t2024〜2026\t96.5%\tA
2\t公共施設の再配置\t資産経営課\t2023〜2027\t101.2%\tB
3\t市税のコンビニ納付\t納税課\t2025\t100.0%\tA
4\t補助金の整理合理化\t財政課\t2025〜2027\t88.0%\tC
5\t職員提案制度\t人事課\t2025\t104.0%\tS
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("spans")
    (folder / "konan_2025.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def titles(answer) -> list[str]:
    return sorted(r["title"] for r in answer.rows)


def test_a_year_alone_in_a_column_of_spans(assistant):
    assistant.reset()
    answer = assistant.ask("港南市で2025年度から始まる取組は？")
    assert titles(answer) == ["市税のコンビニ納付", "職員提案制度", "補助金の整理合理化"]
    assert answer.status == "exact"  # (the legend's 一部未達成 says nothing of the table being partial)


def test_the_span_that_runs_to_a_year_and_those_over_by_it(assistant):
    assistant.reset()
    assert titles(assistant.ask("港南市で期間が2027年度までの取組は？")) == ["公共施設の再配置", "補助金の整理合理化"]
    assistant.reset()
    assert titles(assistant.ask("港南市で令和7年度までに終わる取組は？")) == ["市税のコンビニ納付", "職員提案制度"]


def test_a_ratio_below_and_not_below_a_bound(assistant):
    assistant.reset()
    assert titles(assistant.ask("港南市で前年度比が100%を下回った取組は？")) == ["補助金の整理合理化", "電子申請の拡大"]
    assistant.reset()
    assert len(assistant.ask("港南市で前年度比が100%を下回っていない取組は？").rows) == 3


def test_the_legend_sentence_is_no_caption(assistant):
    assistant.reset()
    answer = assistant.ask("港南市の財政課の取組は？")
    assert titles(answer) == ["補助金の整理合理化"] and "4段階" not in answer.summary


ENDS = """北浜町行財政改革実施計画 取組の進捗状況
番号\t取組項目\t担当課\t実施期間開始\t実施期間終了
1\t窓口の一元化\t市民課\tR5\tR6
2\t公用車の削減\t管財課\tR5\tR7
3\t施設の統廃合\t資産経営課\tR6\tR9
4\t電子契約の導入\t契約課\tR6\tR8
"""


def test_two_years_said_with_one_era_and_within_them(tmp_path):
    # 「令和6〜7年度のうちに終わる」: ending in either year (実施期間終了), not a span said of the column
    (tmp_path / "kitahama.txt").write_text(ENDS, encoding="utf-8")
    assert not build_index([tmp_path], tmp_path / "gyokaku.db").skipped
    assistant = Assistant(open_index(tmp_path / "gyokaku.db"))
    answer = assistant.ask("北浜町の計画で、令和6〜7年度のうちに終わる取組はいくつ？")
    assert answer.value == 2 and answer.status == "exact", answer.summary
