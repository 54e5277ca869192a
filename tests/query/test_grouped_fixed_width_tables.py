"""A fixed-width text table printed in groups, each under its own label line (【東地区】) with a blank
line between the groups, its header and its total each between rules, is one table: a question over
its columns answers from every group's rows (the subtotals and the total spaced out with its footnote
mark, 「合　計　※１」, are no rows). 「…のは何番？」 over a column 番号 asks that column."""
from __future__ import annotations

import pytest

from assistant.formats.plain import fixed_width_tables
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

RULE = "-" * 72
TABLE = "\n".join([
    "　　　　施設の来館者数の推移",
    "",
    "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：人）",
    RULE,
    "番号    名称                2021年度    2022年度    2023年度",
    RULE,
    "【東地区】",
    "E-1     東図書館※２           12,300      13,100       9,800",
    "E-2     東公民館                4,200       4,400       4,900",
    "        　　地区計             16,500      17,500      14,700",
    "",
    "【西地区】",
    "W-1     西体育館               21,000      25,500      26,100",
    "W-2     西児童館                3,100       2,900       3,300",
    "W-3     西集会所                  800         950       1,020",
    "        　　地区計             24,900      29,350      30,420",
    "",
    RULE,
    "        合　計　※１            41,400      46,850      45,120",
    RULE,
    "※１　2021年度は一部休館。",
    "※２　東図書館は2023年度に改修のため休館した。",
    "",
])

QA = "\n".join([
    "住民説明会の質疑",
    "",
    "| 番号 | 地区 | 質問要旨 | 回答課 |",
    "|---|---|---|---|",
    "| Q1 | 東 | 図書館はいつ再開するのか。 | 文化振興課 |",
    "| Q2 | 西 | 体育館の駐車場を広げてほしい。 | 体育課 |",
    "| Q3 | 西 | 集会所は残るのか。 | 文化振興課 |",
    "",
])


def test_groups_of_a_fixed_width_table_are_one_table():
    lines = fixed_width_tables(TABLE).split("\n")
    rows = [line for line in lines if "\t" in line]
    assert rows[0].split("\t") == ["番号", "名称", "2021年度", "2022年度", "2023年度"]
    assert "W-3\t西集会所\t800\t950\t1,020" in rows
    assert any(r.split("\t")[1] == "合 計 ※１" for r in rows)  # the total ruled off is the table's too
    assert "【西地区】" in lines  # the group's label stays, a heading of the rows under it


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grouped")
    (folder / "来館者数の推移.txt").write_text(TABLE, encoding="utf-8")
    (folder / "説明会の質疑.txt").write_text(QA, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return index


@pytest.fixture
def assistant(index):
    return Assistant(open_index(index))  # (a new conversation for each question)


def test_a_condition_reads_every_group(assistant):
    answer = assistant.ask("2023年度の来館者数が4,000人を超えている施設は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.count == 3, answer.summary  # (the 地区計 and 合計 rows are no facilities)
    assert all(w in answer.summary for w in ("東公民館", "西体育館", "東図書館"))


def test_a_mean_over_one_group_leaves_its_subtotal_out(assistant):
    answer = assistant.ask("西地区の施設の2023年度の来館者数は平均すると何人？")
    assert answer.value == pytest.approx(30420 / 3, abs=0.01), answer.summary


def test_which_number_asks_the_number_column(assistant):
    answer = assistant.ask("説明会で文化振興課が回答した質問は何番？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert "Q1" in answer.summary and "Q3" in answer.summary and "Q2" not in answer.summary
