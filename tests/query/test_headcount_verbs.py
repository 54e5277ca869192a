"""A table of head counts (所属 │ 研修ごとの R5 │ R6, 単位：人) asked by the verb of taking part after the superlative
(「防災研修をいちばん多く受けた部署」「最も多く参加した」): the verb is what each figure counts, read with the
extreme, not left unused. Another town's workbook than the holdout's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("headcount_verbs")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "研修受講者数"
    ws.append(["楢原町　職員研修の受講者数（部署別）"])
    ws.append(["（単位：人）"])
    ws.append(["部署", "接遇研修R5", "接遇研修R6", "防災研修R5", "防災研修R6"])
    for row in (["総務課", 12, 9, 4, 7], ["住民課", 15, 18, 2, 3], ["建設課", 6, 5, 8, 11],
                ["教育課", 9, 14, 5, 2], ["合計", 42, 46, 19, 23]):
        ws.append(row)
    wb.save(folder / "職員研修受講者数.xlsx")
    return assistant_over(folder)


@pytest.mark.parametrize("question, code", [
    ("R6に防災研修をいちばん多く受けた部署は？", "建設課"),
    ("令和5年度に接遇研修に最も多く参加した部署", "住民課"),
    ("R5に防災研修を一番多く受講した部署は？", "建設課"),
])
def test_the_verb_of_taking_part_is_what_the_figures_count(assistant, question, code) -> None:
    a = ask(assistant, question).to_dict()
    keys = [r["key"] for r in a["rows"]]
    assert a["status"] == "exact" and keys == [f"table_row:{code}"], (a["status"], a["unused"], a["summary"], keys)
