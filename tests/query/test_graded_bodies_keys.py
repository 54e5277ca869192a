"""A made-up city's review of the bodies it funds (no set's words, years or codes): a workbook grading each 出資法人
year by year (法人番号 │ 法人名 │ 令和５年度評価 │ 令和６年度評価) beside a sheet grading its 指定管理施設 the same way.
The bodies are what the review reports on, not its own items: they stay table rows (table_row:<code>), while the
graded facilities stay the report's items (practice:<code>)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, R5, R6)
BODIES = [
    ("1", "一般財団法人白樺台市まちづくり公社", "B", "A"),
    ("2", "白樺台市土地開発公社", "C", "C"),
    ("3", "株式会社白樺台ふるさと振興", "A", "B"),
    ("4", "社会福祉法人白樺台市福祉事業団", "B", "C"),
    ("5", "公益財団法人白樺台市体育協会", "S", "S"),
]
FACILITIES = [("H1", "白樺台市民会館", "A", "B"), ("H2", "白樺台温水プール", "C", "C"),
              ("H3", "白樺台こども館", "B", "A"), ("H4", "白樺台郷土館", "B", "C")]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "出資法人"
    ws.append(["白樺台市 出資法人の経営評価"])
    ws.append([])
    ws.append(["法人番号", "法人名", "令和５年度評価", "令和６年度評価"])
    for row in BODIES:
        ws.append(list(row))
    ws = wb.create_sheet("指定管理施設")
    ws.append(["白樺台市 指定管理施設の評価"])
    ws.append([])
    ws.append(["施設番号", "施設名", "令和５年度評価", "令和６年度評価"])
    for row in FACILITIES:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("graded_bodies_keys")
    _workbook(folder / "出資法人等評価結果.xlsx")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("令和6年度の評価がCの法人は？", ["table_row:2", "table_row:4"]),
    ("R5からR6で評価が上がった法人", ["table_row:1"]),
    ("令和6年度の評価がCの施設は？", ["practice:H2", "practice:H4"]),
])
def test_graded_bodies_stay_table_rows_and_graded_facilities_items(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)
