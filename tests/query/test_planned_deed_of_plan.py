"""「令和９年度に改修予定の施設」 over a plan titled 「…改修計画」 whose table lists its rows under a group row per year
(【令和８年度】 …): the deed the plan schedules said as planned (改修予定) names the plan's table, whose year groups the
year said picks — no word of a column, yet no word left unread. 「いちばんお金がかかる公園」 is the highest of its
one amount (概算額); 「計画期間３年間の」 is the whole plan's span (its three year groups), no word left unread
(a length it does not hold, ５年間, stays unread).
Made document of 鵜ノ浦市 (nothing of tests/questions/made186's 鷗ヶ峰町 bridge plan: other facilities, years, words)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

_PLAN = {"令和８年度": [("P04", "汐見公園", "遊具更新", "3,200"), ("P11", "岬台公園", "園路補修", "1,850")],
         "令和９年度": [("P02", "中央公園", "トイレ改築", "12,400"), ("P07", "北浜緑地", "照明LED化", "980"),
                    ("P09", "桜川公園", "遊具更新", "2,750")],
         "令和１０年度": [("P05", "港南公園", "園路補修", "2,100")]}


def _plan(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "年度別計画"
    ws.cell(1, 1, "鵜ノ浦市 都市公園施設改修計画（令和８～１０年度）")
    for c, v in enumerate(["公園番号", "公園名", "改修内容", "概算額（千円）"], 1):
        ws.cell(3, c, v)
    r = 4
    for year, rows in _PLAN.items():
        ws.cell(r, 1, f"【{year}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                ws.cell(r, c, v)
            r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    docs = tmp_path_factory.mktemp("unoura_parks")
    _plan(docs / "都市公園施設改修計画.xlsx")
    index = tmp_path_factory.mktemp("unoura_parks_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


def test_year_of_the_plans_deed(city):
    city.reset()
    answer = city.ask("令和９年度に改修予定の公園")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"P02", "P07", "P09"}, answer.summary


def test_costing_most(city):
    city.reset()
    answer = city.ask("改修計画で一番お金がかかるのはどの公園？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"P02"}, answer.summary


def test_plan_period_said_with_its_length(city):
    city.reset()
    answer = city.ask("計画期間３年間の概算額、合計いくら？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 23280, answer.summary
    city.reset()
    assert city.ask("計画期間５年間の概算額、合計いくら？").status != "exact"
