"""A made-up town's monthly overtime by section (no set's words or figures): a fiscal year's months printed under their
calendar years (令和６年 over ４月…１２月, 令和７年 over １月…３月), and its whole by fiscal year on a page of its own.

「どの月がいちばん多かった」「いちばん多かったのは何月」 of one row is its month at the extreme (the month, not the
calendar year printed over it); another fiscal year said is not these months'. 「全庁の」 over a table of a row per
year naming no parts is every row's own whole."""
from __future__ import annotations

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MONTHS = (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)
# (section, its figures April … March)
SECTIONS = [("企画調整係", [212, 251, 198, 187, 176, 190, 205, 199, 230, 214, 240, 236]),
            ("道路維持係", [140, 122, 131, 150, 128, 119, 136, 148, 301, 327, 296, 210]),
            ("公園緑地係", [96, 104, 152, 171, 166, 143, 101, 88, 79, 83, 91, 110])]


def _sheet(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月別（R6）"
    ws.append(["令和６年度 係別・月別の時間外労働時間"])
    ws.append(["単位：時間"])
    ws.append([])
    ws.append(["係名", "令和６年", *[None] * 8, "令和７年", None, None, "年間計"])
    ws.append([None, *[f"{m}月" for m in MONTHS], None])
    for cells in ("A4:A5", "B4:J4", "K4:M4", "N4:N5"):
        ws.merge_cells(cells)
    for name, figures in SECTIONS:
        ws.append([name, *figures, sum(figures)])
    wb.save(path)


def _yearly_page(path) -> None:
    path.write_text(
        "<html><head><title>職員の時間外労働の推移｜桜ヶ丘町</title></head><body><h1>職員の時間外労働の推移</h1>"
        "<table><tr><th>年度</th><th>時間外労働時間（時間）</th><th>職員数（人）</th></tr>"
        "<tr><td>令和３年度</td><td>11,940</td><td>45</td></tr><tr><td>令和４年度</td><td>10,870</td><td>44</td></tr>"
        "<tr><td>令和５年度</td><td>9,850</td><td>43</td></tr></table></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("month_of_row_extreme")
    _sheet(folder / "係別月別時間外労働.xlsx")
    _yearly_page(folder / "職員の時間外労働の推移.html")
    return assistant_over(folder)


@pytest.mark.parametrize("question,value", [
    ("道路維持係って令和6年度はどの月がいちばん多かった？", "1月"),
    ("公園緑地係の時間外がいちばん少なかったのは何月？", "12月"),
    ("令和3年度の全庁の時間外労働は何時間？", "11940"),
])
def test_month_and_whole(assistant, question, value) -> None:
    answer = ask(assistant, question)
    got = str(answer.value).replace(",", "").removesuffix(".0")
    assert answer.status == "exact" and got == value, (answer.status, answer.value, answer.unused, answer.summary)


def test_other_year_is_not_these_months(assistant) -> None:
    answer = ask(assistant, "道路維持係って令和5年度はどの月がいちばん多かった？")
    assert not (answer.status == "exact" and str(answer.value).endswith("月")), (answer.status, answer.value, answer.summary)


def _names(answer) -> list[str]:
    return sorted(str((r.get("cells") or {}).get("係名") or r.get("係名") or r.get("title") or "")
                  for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,names", [
    # some month under the bound; a run of months past it (道路維持係: 12月・1月・2月; 企画調整係 past it once only)
    ("一度でも月100時間を切った月がある係", ["公園緑地係"]),
    ("3か月以上連続で250時間を超えた係は？", ["道路維持係"]),
])
def test_bound_on_months(assistant, question, names) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _names(answer) == names, (answer.status, answer.unused, answer.summary)
