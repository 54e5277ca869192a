"""A made-up town's sheet of overtime by section (no set's words, codes or figures): a two-row header with 時間外労働時間
over 令和５年度 | 令和６年度, people past a bound (年720時間超の人数, 月80時間超の延べ人数) and a note 「「－」は該当者なし」.

Staff say the hours by their kind of work alone (「時間外が2000時間を超えた」), the people past a bound by the bound as
their verb (「月80時間を超えた職員が一人もいない」), and a dash the note calls 「該当者なし」 is none of them (0)."""
from __future__ import annotations

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, section, staff, hours R5, hours R6, 年720時間超 R6, 月80時間超 延べ)
SECTIONS = [("K11", "企画調整係", 9, 2450, 2610, 1, 4), ("K12", "広報広聴係", 6, 1320, 1180, "－", "－"),
            ("K21", "道路維持係", 11, 2890, 2230, 2, 7), ("K22", "公園緑地係", 7, 1210, 1350, "－", 2),
            ("K31", "介護保険係", 10, 1980, 2140, "－", "－")]


def _sheet(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "係別時間外"
    ws.append(["係別 時間外労働の状況（令和５・６年度）"])
    ws.append(["単位：時間、人"])
    ws.append([])
    ws.append(["係コード", "係名", "職員数", "時間外労働時間", None, "年720時間超の人数", "月80時間超の延べ人数"])
    ws.append([None, None, None, "令和５年度", "令和６年度", None, None])
    for cell in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5"):
        ws.merge_cells(cell)
    for row in SECTIONS:
        ws.append(list(row))
    ws.append([])
    ws.append(["※「－」は該当者なし。"])
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("overtime_said_short")
    _sheet(folder / "係別時間外労働の状況.xlsx")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return sorted(str(r.get("cells", {}).get("係名") or r.get("係名") or "") for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,names", [
    # the hours said by their kind of work alone
    ("R6の時間外が2000時間を超えた係は？", ["介護保険係", "企画調整係", "道路維持係"]),
    ("令和５年度より時間外労働が減った係", ["広報広聴係", "道路維持係"]),
    # people past the bound said by it as their verb; the dash 「該当者なし」 is none
    ("月80時間を超えた職員が一人もいない係は？", ["介護保険係", "広報広聴係"]),
])
def test_overtime_said_short(assistant, question, names) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _names(answer) == names, (answer.status, answer.unused, answer.summary)
