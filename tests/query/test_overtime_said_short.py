"""A made-up town's sheet of overtime by section (no set's words, codes or figures): a two-row header with 時間外労働時間
over 令和５年度 | 令和６年度, people past a bound (年720時間超の人数, 月80時間超の延べ人数) and a note 「「－」は該当者なし」.

Staff say the hours by their kind of work alone (「時間外が2000時間を超えた」), the people past a bound by the bound as
their verb (「月80時間を超えた職員が一人もいない」), and a dash the note calls 「該当者なし」 is none of them (0)."""
from __future__ import annotations

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, section, staff, hours R5, hours R6, 年720時間超 R5, R6, 月80時間超 延べ)
SECTIONS = [("K11", "企画調整係", 9, 2450, 2610, 2, 1, 4), ("K12", "広報広聴係", 6, 1320, 1180, "－", "－", "－"),
            ("K21", "道路維持係", 11, 2890, 2230, 3, 2, 7), ("K22", "公園緑地係", 7, 1210, 1350, 1, "－", 2),
            ("K31", "介護保険係", 10, 1980, 2140, 1, 2, "－")]


def _sheet(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "係別時間外"
    ws.append(["係別 時間外労働の状況（令和５・６年度）"])
    ws.append(["単位：時間、人"])
    ws.append([])
    ws.append(["係コード", "係名", "職員数", "時間外労働時間", None, "年720時間超の人数", None, "月80時間超の延べ人数"])
    ws.append([None, None, None, "令和５年度", "令和６年度", "令和５年度", "令和６年度", None])
    for cell in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5"):
        ws.merge_cells(cell)
    for row in SECTIONS:
        ws.append(list(row))
    ws.append([])
    ws.append(["※「－」は該当者なし。"])
    wb.save(path)


def _marks_page(path) -> None:
    """Another document of the same town grading its measures by year (○△×), each by the 係 in charge."""
    rows = "".join(f"<tr><td>{n}</td><td>{title}</td><td>{section}</td><td>{a}</td><td>{b}</td></tr>"
                   for n, title, section, a, b in [("1", "定時退庁日の徹底", "企画調整係", "△", "○"),
                                                   ("2", "除雪作業の外部委託", "道路維持係", "×", "△"),
                                                   ("3", "公園巡回の夜間短縮", "公園緑地係", "○", "○")])
    path.write_text(
        "<html><head><title>時間外労働縮減の取組状況｜桜ヶ丘町</title></head><body><h1>時間外労働縮減の取組状況</h1>"
        "<p>単位：時間</p><table><tr><th>番号</th><th>取組名</th><th>担当係</th><th>令和５年度</th><th>令和６年度</th></tr>"
        f"{rows}</table></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("overtime_said_short")
    _sheet(folder / "係別時間外労働の状況.xlsx")
    _marks_page(folder / "時間外労働縮減の取組状況.html")
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


@pytest.mark.parametrize("question,value", [
    # hours summed, asked 「合わせて何時間」
    ("令和6年度の時間外、合わせて何時間？", 9510),
    # one row's change between two years, the series picked by the unit asked
    ("道路維持係はR5からR6で何時間減った？", 660),
    # an office called by its first words; of the year's figures the one in the unit asked; a table of marks
    # (○ in 令和５年度) gives no hours
    ("道路って令和５年度は何時間だった？", 2890),
    ("公園緑地係って令和５年度は何時間だった？", 1210),
])
def test_hours_asked_of_rows(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value is not None and float(answer.value) == value, (
        answer.status, answer.value, answer.unused, answer.summary)


@pytest.mark.parametrize("turns,names", [
    # an amount grows, a grade does not: the hours, not the other document's ○△× by 担当係
    (["令和５年度より時間外が増えた係ってどこ？"], ["介護保険係", "企画調整係", "公園緑地係"]),
    # a column listed by the rows' word (係ごと), which the other tables leave unread; then its change from the
    # year before, the measure asked before
    (["年720時間超えの人数、係ごとに出して", "前の年より増えたところは？"], ["介護保険係"]),
])
def test_change_of_hours_and_people(assistant, turns, names) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _names(answer) == names, (answer.status, answer.unused, answer.summary)

