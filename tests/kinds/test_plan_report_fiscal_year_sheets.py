"""A plan report as a workbook of one sheet per fiscal year and a summary sheet (fiscal_year_sheets.py), and its
committee's paper printing each judgement beside the previous year's (opinion_paper.py): read by their shape,
asked by the year's grade and department, the end year as printed, the groups' own word with a number."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

LEGEND = "評価の凡例：◎＝計画以上 ○＝計画どおり △＝やや遅れ ×＝未着手"
# (group, [(code, name, {year: (dept, grade, note)})]) — years 2031–2033 in the 西暦 title of each sheet.
GROUPS = [
    ("重点方針1（A） 窓口の改善", [
        ("A-1", "証明書のコンビニ交付", {2031: ("住民課", "○", ""), 2032: ("住民課", "◎", "本年度で取組終了")}),
        ("A-2", "窓口予約の導入", {2031: ("総務課", "△", ""), 2032: ("総務課", "○", ""), 2033: ("情報課", "◎", "組織改編で移管")}),
        ("A-3", "書かない窓口", {2032: ("住民課", "×", "2032年度新規"), 2033: ("住民課", "△", "")}),
    ]),
    ("重点方針2（B） 歳入の確保", [
        ("B-1", "町税の口座振替", {2031: ("税務課", "×", ""), 2032: ("税務課", "△", ""), 2033: ("税務課", "○", "")}),
        ("B-2", "遊休地の貸付", {2031: ("財産課", "○", ""), 2032: ("財産課", "○", ""), 2033: ("財産課", "○", "")}),
    ]),
]
FINAL = {"A-1": ("◎", "2032年度"), "A-2": ("○", "継続"), "A-3": ("△", "継続"), "B-1": ("○", "継続"), "B-2": ("○", "継続")}


def workbook(path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for year in (2031, 2032, 2033):
        ws = wb.create_sheet(f"FY{year}")
        ws.append([f"湖畔町行政改革実行計画 進捗状況（{year}年度）"])
        ws.append([LEGEND])
        ws.append(["取組コード", "取組名", "担当課", "評価", "備考"])
        for group, items in GROUPS:
            rows = [(code, name, by_year[year]) for code, name, by_year in items if year in by_year]
            if rows:
                ws.append([group])
            for code, name, (dept, mark, note) in rows:
                ws.append([code, name, dept, mark, note or None])
    ws = wb.create_sheet("総括")
    ws.append(["湖畔町行政改革実行計画 総括"])
    ws.append(["取組コード", "取組名", "担当課（最終）", "最終評価", "終了年度"])
    for _, items in GROUPS:
        for code, name, by_year in items:
            last = by_year[max(by_year)][0]
            ws.append([code, name, last, *FINAL[code]])
    wb.save(path)


PAPER = """湖畔町行政改革推進委員会 意見書
委員会評価は S、A、B、C の4段階であり、括弧内は前年度の委員会評価である。
重点方針1 窓口の改善
委員会評価：A （前年度：B）
【委員の主な意見】
・窓口予約は利用が伸びている。
重点方針2 歳入の確保
委員会評価：B （前年度：A）
【委員の主な意見】
・口座振替の勧奨を強めること。
"""


def test_year_sheets_are_items(tmp_path):
    from assistant.formats import to_text

    workbook(tmp_path / "plan.xlsx")
    text = to_text((tmp_path / "plan.xlsx").read_bytes(), "plan.xlsx").text
    assert registry.detect(text) is plan_report
    records = plan_report.parse(text, "plan.xlsx").records
    items = {r.code: r.fields for r in records if r.kind == "practice"}
    assert set(items) == {"A-1", "A-2", "A-3", "B-1", "B-2"}
    assert items["A-1"]["r14"] == "◎" and items["A-1"]["r15"] == "" and items["A-1"]["ended"] == "R14"
    assert items["A-2"]["r14_dept"] == ["総務課"] and items["A-2"]["r15_dept"] == ["情報課"]
    assert items["A-2"]["state"] == "継続" and not items["A-2"]["ended"] and items["A-2"]["final_grade"] == "○"
    assert items["A-3"]["started"] == "R14" and items["A-3"]["r13"] == "" and "started" not in items["A-2"]
    assert items["B-1"]["initiative"] == "2" and items["B-1"]["initiative_title"] == "歳入の確保"
    groups = {r.code: r.fields for r in records if r.kind == "initiative"}
    assert groups["1"]["n_practice"] == 3 and groups["1"]["called"] == "重点方針"


def test_paper_keeps_previous_judgement():
    records = plan_report.parse(PAPER, "paper.txt").records
    groups = {r.code: r.fields for r in records if r.kind == "initiative"}
    assert (groups["1"]["judgement"], groups["1"]["judgement_previous"]) == ("A", "B")
    assert (groups["2"]["judgement"], groups["2"]["judgement_previous"]) == ("B", "A")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_sheets")
    workbook(folder / "plan.xlsx")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_year_sheets_asked(assistant):
    answer = assistant.ask("2032年度に◎だった取組は？")
    assert (answer.status, _codes(answer)) == ("exact", ["A-1"]), answer.summary
    answer = assistant.ask("令和15年度に情報課が担当していた取組は？")
    assert _codes(answer) == ["A-2"], answer.summary
    assistant.reset()
    answer = assistant.ask("重点方針2の取組は？")
    assert _codes(answer) == ["B-1", "B-2"], answer.summary
    assistant.reset()
    answer = assistant.ask("証明書のコンビニ交付はもう終わった？")
    assert (answer.status, answer.value) == ("exact", "2032年度"), answer.summary
    assistant.reset()
    answer = assistant.ask("遊休地の貸付は終了してますか")
    assert (answer.status, answer.value) == ("exact", "継続"), answer.summary


def test_judgements_ranked_by_the_papers_scale(assistant):
    records = plan_report.parse(PAPER, "paper.txt").records
    assert next(r for r in records if r.kind == "initiative").fields["judgement_scale"] == ["S", "A", "B", "C"]
    assistant.reset()
    answer = assistant.ask("委員会でA以上の評価をもらってる重点方針は？")
    assert (answer.status, _codes_no(answer)) == ("exact", ["1"]), answer.summary
    assistant.reset()
    answer = assistant.ask("委員会の評価が前年度より下がった重点方針は？")
    assert (answer.status, _codes_no(answer)) == ("exact", ["2"]), answer.summary
    assistant.reset()
    answer = assistant.ask("委員会評価がいちばん低い重点方針")
    assert (answer.status, _codes_no(answer)) == ("exact", ["2"]), answer.summary
    assistant.reset()
    assistant.ask("窓口の改善の委員会評価は？")
    answer = assistant.ask("前の年は？")
    assert (answer.status, answer.value) == ("exact", "B"), answer.summary


def _codes_no(answer) -> list[str]:
    return sorted(str(r.get("no") or r.get("code")) for r in answer.rows)


def test_years_of_the_sheets_asked(assistant):
    assistant.reset()
    answer = assistant.ask("途中から新しく加わった取組は？")
    assert (answer.status, _codes(answer)) == ("exact", ["A-3"]), answer.summary
    assistant.reset()
    answer = assistant.ask("2032年度以降で◎を取ったことがある取組は？")
    assert (answer.status, _codes(answer)) == ("exact", ["A-1", "A-2"]), answer.summary
    assistant.reset()
    answer = assistant.ask("2032年度、評価がついた取組のうち○は何％？小数第1位まで")
    assert (answer.status, answer.value) == ("exact", 40.0), answer.summary  # (2 of the 5 rows of that sheet)
    assistant.reset()
    answer = assistant.ask("×の数、2031年度と2033年度でいくつ減った？")
    assert (answer.status, answer.value) == ("exact", 1), answer.summary
