"""A table of one column per member beside a total column (made88's 負担金 PDF: 令和7年度負担金 by town │ 合計 │
令和6年度合計), asked across its columns (tables/member_totals.py): a row's member share of its total, the total
column added up, its mean, the change from the previous year's total, a member's column over the whole, the member
adding up to most; and what is not read for certain is left to the rest."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.member_totals import member_columns
from assistant.query.tables.read import read_tables
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made88" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("member_totals")
    for name in ("01_広域連携事業一覧.xlsx", "02_令和7年度広域連携事業負担金.pdf"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def test_columns_read_from_the_headers(assistant) -> None:
    found = [m for t in read_tables(assistant.db) if (m := member_columns(t)) is not None]
    assert len(found) == 1
    m = found[0]
    assert len(m.members) == 5 and m.total.endswith("合計") and m.before.startswith("令和6年度")


@pytest.mark.parametrize("turns,value", [
    # the total column added up (the printed totals row is no row of the table)
    (("令和7年度の広域連携事業負担金は、5町村合わせて総額いくらですか（千円）。",), 223520),
    (("負担金の総額は前年度と比べてどれだけ増えましたか（千円）。",), 19510),
    (("R7に負担金が計上されている事業について、1事業あたりの負担金総額の平均は何千円？（千円未満四捨五入）",), 18627),
    # one row: its member cell over its total cell
    (("消防指令業務の共同運用の負担金のうち、杣ノ木町が占める割合は何％？小数第1位まででお願いします。",), 40.8),
    (("デマンド交通の負担金総額は？",), 10400),
    (("デマンド交通の負担金総額は？", "そのうち鳰ヶ浦町の分は何％になる？（小数第1位）"), 38.3),
    # a member's column: added up, over the whole
    (("負担金の一覧で鶫原町の分を見たいんだけど。", "合計するといくら？"), 41310),
    (("杣ノ木町の令和7年度負担金は合計でいくら？", "それって全体の何割くらい？パーセントで小数第1位まで。"), 31.8),
    (("杣ノ木町以外で、令和７年度の負担金合計がいちばん多い町村はどこ？",), "鳰ヶ浦町"),
    (("令和７年度の負担金合計がいちばん多い町村はどこ？",), "杣ノ木町"),
])
def test_across_member_columns(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


@pytest.mark.parametrize("turns", [
    # three of five members, unsaid which: no sum of all five
    ("3町村合わせて負担金の総額は？",),
    # a condition this reading has no place for
    ("福祉分野の事業の負担金総額は？",),
    # 「それの」 with no one record answered before: not the whole table's total
    ("じゃあ、それの令和7年度の負担金の合計はいくら？",),
    # a year the columns are not of
    ("令和5年度の負担金の総額は？",),
])
def test_not_read_for_certain(assistant, turns) -> None:
    answer = ask(assistant, *turns)
    assert answer.value not in (223520, 18626.67, 18627), (answer.status, answer.value, answer.summary)


def test_total_word_said_as_the_header(assistant) -> None:
    # 「負担金総額」 is the total column (合計)
    answer = ask(assistant, "2025年度の負担金総額が1,000万円以上の事業を挙げてください。")
    got = sorted(str(r.get("key", "")).split(":", 1)[-1] for r in answer.rows)
    assert answer.status == "exact" and got == ["広-01", "広-03", "広-06", "広-08", "広-09", "広-13"], answer.summary


def test_money_word_of_a_member_said_as_the_header(assistant) -> None:
    # 「鶫原町の負担額」 over 令和7年度負担金鶫原町: that member's column (the projects' own 本市負担額 is blank)
    answer = ask(assistant, "鶫原町の負担額がいちばん大きい連携事業は？")
    assert answer.status == "exact" and answer.value == "基幹系システムの共同利用(自治体クラウド)", answer.summary
