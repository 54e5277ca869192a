"""A review body's opinion printed in a column of a table of items (made95's review board PDF: 補助金番号 │ … │ 判定 │
審査会の附帯意見, 「－」 = none): each opinion is read as the body's comment on the row's item, under the item's code,
and a question about what the body said is answered with those comments; the rows stay table rows for their grades."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.opinion_columns import opinion_comments
from assistant.model import Record
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made95" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("opinion_columns")
    shutil.copy(DOCS / "R6_補助金等審査会_評価結果報告書.pdf", folder)
    return assistant_over(folder)


_TEXT = "外部評価委員会\nNo.\t事業名\t評価\t委員会意見\n"


def _row(line: int, code: str, opinion: str) -> Record:
    cells = {"No.": code, "事業名": f"事業{line}", "評価": "B", "委員会意見": opinion}
    return Record("table_row", f"x.txt:{line}", {"table": "", "cells": cells}, "x.txt", line, line)


def test_opinion_cells_are_comments_of_their_items() -> None:
    rows = [_row(3, "A-1", "継続が妥当。"), _row(4, "A-2", "－"), _row(5, "A-3", "成果指標を設定すること。")]
    found = opinion_comments(_TEXT, "x.txt", rows)
    assert [(c.code, c.fields["initiative"], c.line) for c in found] == [("A-1-1", "A-1", 3), ("A-3-1", "A-3", 5)]
    # (two rows are no table of opinions; a column of no codes names no items)
    assert opinion_comments(_TEXT, "x.txt", rows[:2]) == []
    named = [_row(k, f"名前{k}", "意見。") for k in range(3, 7)]
    assert opinion_comments(_TEXT, "x.txt", named) == []
    # (a table whose rows are the opinions themselves, no item named before the opinion: no comments of items)
    own = [Record("table_row", f"x.txt:{k}", {"table": "", "cells": {"番号": str(k), "委員の意見": f"意見{k}。",
                                                                     "担当課": "財政課"}}, "x.txt", k, k)
           for k in range(1, 5)]
    assert opinion_comments("推進委員会\n番号\t委員の意見\t担当課\n", "x.txt", own) == []


@pytest.mark.parametrize("turns,codes", [
    (("審査会の附帯意見で終期について触れているのはどの補助金？",), ["H-101", "H-204", "H-401"]),
    (("附帯意見で統合に言及されている補助金はどれ？",), ["H-105", "H-106", "H-208", "H-308", "H-406"]),
    (("審査会が「廃止が妥当」としたのはどの補助金？",), ["H-104", "H-203", "H-404", "H-502"]),
    (("老人クラブ連合会補助金の判定は？", "審査会の意見は何て書いてある？"), ["H-303"]),
])
def test_opinions_asked_are_comments(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    keys = [r["key"] for r in answer.to_dict()["rows"]]
    assert answer.status == "exact" and answer.target == "comment", (answer.status, answer.summary)
    assert sorted(k.split(":", 1)[1].rsplit("-", 1)[0].replace("－", "-") for k in keys) == codes, keys


def test_grades_stay_table_rows(assistant) -> None:
    answer = ask(assistant, "審査会の判定がＤだった補助金は？")
    assert answer.target == "table_row" and len(answer.rows) == 5, answer.summary
