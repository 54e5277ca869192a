"""A made-up town's graded list of its 指定管理者 (no set's words or codes): 「令和5年度の評価の分布は？Bは何件？」 names
the distribution and one grade of it; the count asked is that grade's rows (3), not the one group left (1)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (number, name, 令和4年度, 令和5年度)
ROWS = [("1", "椋平町スポーツ振興会", "A", "B"), ("2", "椋平町文化事業協会", "B", "B"),
        ("3", "椋平町緑化公社", "C", "A"), ("4", "椋平町観光物産協会", "B", "C"),
        ("5", "椋平町給食サービス", "A", "B"), ("6", "椋平町交通公社", "B", "A")]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果"
    ws.append(["椋平町 指定管理者評価結果"])
    ws.append([])
    ws.append(["番号", "指定管理者名", "令和4年度評価", "令和5年度評価"])
    for row in ROWS:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("distribution_one_value")
    _workbook(folder / "指定管理者評価結果.xlsx")
    return assistant_over(folder)


def test_one_value_of_a_distribution_counts_its_rows(assistant) -> None:
    answer = ask(assistant, "令和5年度の評価の分布ってどうなってる？Bは何件？")
    assert answer.status == "exact" and answer.count == 3, (answer.status, answer.count, answer.unused, answer.summary)
