"""A made-up town's workbook of the bodies it funds, on two sheets: the first names each body in full
（一般社団法人…）, the second by its short form beside the staff counts (常勤職員数 │ うち県派遣). A follow-up over
the second sheet keeps the rows of the answer before by their numbers, printed alike on both sheets; and the part
column 「うち県派遣」 is said with its whole's word (「県派遣の常勤職員が２人以上」), not read as the whole."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (番号, 団体名, 略称, 出資比率, 常勤職員数, うち県派遣, 職員数)
BODIES = [("1", "一般社団法人みなみ川町観光振興機構", "観光振興機構", 100.0, 4, 3, 20),
          ("2", "みなみ川町水産加工株式会社", "水産加工", 60.0, 3, 1, 45),
          ("3", "公益財団法人みなみ川町体育協会", "体育協会", 100.0, 2, 0, 12),
          ("4", "みなみ川町地域交通株式会社", "地域交通", 25.0, 3, 2, 30)]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "出資の状況"
    ws.append(["みなみ川町 出資法人の出資の状況"])
    ws.append(["番号", "団体名", "出資比率"])
    for number, name, _, share, *_ in BODIES:
        ws.append([number, name, share])
    staff = wb.create_sheet("職員の状況")
    staff.append(["出資法人の職員の状況（令和5年4月1日現在）"])
    staff.append(["番号", "略称", "常勤職員数", "うち県派遣", "職員数"])
    for number, _, short, _, full, sent, total in BODIES:
        staff.append([number, short, full, sent, total])
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("sheet_short_names")
    _workbook(folder / "みなみ川町出資法人の状況.xlsx")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return sorted(str(r.get("title")) for r in answer.rows)


def test_part_column_said_with_its_whole(assistant) -> None:
    answer = ask(assistant, "県派遣の常勤職員が２人以上のところは？")
    assert answer.status == "exact" and _names(answer) == ["地域交通", "観光振興機構"], (answer.status, answer.summary)


def test_followup_over_the_other_sheet_keeps_the_rows_by_number(assistant) -> None:
    answer = ask(assistant, "出資比率が50%以上の団体", "そのうち県派遣の常勤職員が２人以上のところは？")
    assert answer.status == "exact" and _names(answer) == ["観光振興機構"], (answer.status, answer.summary)
