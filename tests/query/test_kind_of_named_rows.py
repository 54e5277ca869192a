"""A workbook of facilities grouped under heading rows (【２　子育て支援施設】 above 北児童センター, 南児童センター …):
「児童センター系の施設」 names the heading whose rows' names hold 児童センター — all that heading's rows, not rows of
other headings; a word the names under two headings hold names no heading. Another town's workbook than the
holdout's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("kind_of_named_rows")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "評価結果"
    ws.append(["三枝町　指定管理施設の評価結果"])
    ws.append(["施設番号", "施設名", "所管課", "評価（令和５年度）", "評価（令和６年度）"])
    groups = (("【１　社会教育施設】", [["11", "三枝町中央図書館", "生涯学習課", "A", "A"],
                                         ["12", "三枝町郷土資料館", "生涯学習課", "B", "B"],
                                         ["13", "三枝町中央公民館", "生涯学習課", "B", "A"]]),
              ("【２　子育て支援施設】", [["21", "北児童センター", "こども課", "A", "B"],
                                          ["22", "南児童センター", "こども課", "B", "A"],
                                          ["23", "中央子育てひろば", "こども課", "B", "C"]]))
    for heading, rows in groups:
        ws.append([heading])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
        for row in rows:
            ws.append(row)
    wb.save(folder / "指定管理施設評価結果.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r["key"]).rpartition(":")[2] for r in answer.to_dict()["rows"])


def test_the_heading_whose_rows_names_hold_the_word(assistant) -> None:
    a = ask(assistant, "児童センター系の施設のR6評価は？")
    assert a.status == "exact" and _codes(a) == ["21", "22", "23"], (a.status, a.summary, _codes(a))


def test_then_narrowed(assistant) -> None:
    a = ask(assistant, "児童センター系の施設のR6評価は？", "Aじゃないのはどれ？")
    assert a.status == "exact" and _codes(a) == ["21", "23"], (a.status, a.summary, _codes(a))


def test_a_word_of_names_under_two_headings_names_none(assistant) -> None:
    # (中央 is in 中央図書館, 中央公民館 and 中央子育てひろば: no one heading; never one guessed)
    a = ask(assistant, "中央系の施設のR6評価は？")
    assert not (a.status == "exact" and _codes(a) in (["11", "12", "13"], ["21", "22", "23"])), (a.status, a.summary)
