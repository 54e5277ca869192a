"""A made-up town's list of the bodies it funds (no set's words or codes), each printed with its legal form and the
town's name (一般財団法人桜川町観光協会, 桜川ケーブルビジョン株式会社): staff call them without either (「観光協会の
令和5年度の経常収支比率は？」「ケーブルビジョンの…」), and the row is the one named."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (number, name, 令和4年度, 令和5年度)
BODIES = [("1", "一般財団法人桜川町観光協会", 96.5, 97.8), ("2", "桜川町土地開発公社", 88.1, 86.4),
          ("3", "桜川ケーブルビジョン株式会社", 104.2, 103.1), ("4", "社会福祉法人桜川町社会福祉協議会", 99.0, 100.6)]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "経営状況"
    ws.append(["桜川町 出資団体の経営状況"])
    ws.append(["単位：％"])
    ws.append(["番号", "団体名", "令和4年度経常収支比率", "令和5年度経常収支比率"])
    for row in BODIES:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("body_short_names")
    _workbook(folder / "桜川町出資団体の経営状況.xlsx")
    return assistant_over(folder)


@pytest.mark.parametrize("question,value", [
    ("観光協会の令和5年度の経常収支比率は？", 97.8),
    ("ケーブルビジョンの令和4年度の経常収支比率は？", 104.2),
])
def test_body_said_without_its_form_and_town(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value is not None and float(answer.value) == value, (
        answer.status, answer.value, answer.unused, answer.summary)
