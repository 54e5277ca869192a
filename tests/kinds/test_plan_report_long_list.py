"""A plan report published as a LONG progress list and a committee's text, each made here: the workbook prints
one row per item × fiscal year (the item's name repeated, 年度 in 西暦, the year's grade in words of the town's
own scale, listed by a legend table on a second sheet, the committee's score on one row of each item only, an
item that starts in a later year); the text heads each initiative with 「■重点方針N …」, names the items it
covers (「対象取組事項：1～3」) and scores it 「評価：３（５段階）」 in full-width digits, with 「・」 opinions.
The list is read as practice items with a grade per year, the text as initiatives and opinions, tied in the
index by the covered numbers. The town, plan and items are made up (and so are their words: 取組事項,
重点方針, 着実 / 遅延 / 休止)."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = "南浦町行政経営改革計画"
SCALE = ("良好", "着実", "遅延", "休止")
# code: (name, department, {year: grade}, committee score)
ITEMS = {
    1: ("公金収納の電子化", "会計課", {2024: "着実", 2025: "良好", 2026: "良好"}, 5),
    2: ("補助金の見直し", "財政課", {2024: "遅延", 2025: "遅延", 2026: "遅延"}, 2),
    3: ("町有地の売却", "財政課", {2024: "休止", 2025: "着実", 2026: "着実"}, 3),
    4: ("窓口の一元化", "住民課", {2025: "遅延", 2026: "着実"}, 3),
    5: ("施設の統廃合", "管財課", {2024: "着実", 2025: "着実", 2026: "遅延"}, 2),
}
INITIATIVES = {1: ("財源の確保", "1～3", "３", ("公金収納は着実に進んでいる。", "補助金の見直しは遅れており、終期の設定が必要である。")),
               2: ("行政運営の効率化", "４～５", "２", ("施設の統廃合は住民への説明を丁寧に行われたい。",
                                                      "窓口の一元化は令和7年度の遅延を踏まえ、工程を見直されたい。"))}


def workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append([f"{PLAN}　取組事項の進捗状況（2024年度～2026年度）"])
    ws.append(["※状況の区分は「凡例」シートのとおり。委員会評価は2026年度の行のみ。"])
    ws.append(["No.", "事項名", "担当課", "年度", "状況", "委員会評価"])
    for code, (name, dept, years, score) in ITEMS.items():
        for year, grade in years.items():
            ws.append([code, name, dept, year, grade, score if year == 2026 else None])
    legend = wb.create_sheet("凡例")
    legend.append(["状況", "説明"])
    for word in SCALE:
        legend.append([word, f"{word}の状態"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def opinions() -> str:
    lines = [f"{PLAN}に関する意見", "", "令和9年3月", "南浦町行政経営改革委員会", ""]
    for no, (title, covers, score, said) in INITIATIVES.items():
        lines += [f"■重点方針{'１２'[no - 1]}　{title}", f"　対象取組事項：{covers}", f"　評価：{score}（５段階）", "　委員の意見"]
        lines += [f"　・{s}" for s in said]
        lines.append("")
    return "\n".join([*lines, "以上", ""])


def test_the_long_list_is_pivoted_into_items_with_yearly_grades():
    doc = registry.parse(to_text(workbook(), "list.xlsx").text, "list.xlsx")
    assert doc.kind == "plan_report"
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items, key=int) == [str(c) for c in ITEMS]
    # 西暦 2024 is the field of 令和6年度; a year without a row is no grade, and gives the item's start
    assert (items["1"]["r6"], items["1"]["r8"], items["4"]["r6"]) == ("着実", "良好", "")
    assert (items["4"]["started"], items["1"]["started"]) == ("R7", "R6")
    assert items["2"]["committee_score"] == 2 and items["3"]["departments"] == ["財政課"]
    assert items["1"]["called"] == "取組事項" and items["1"]["grade_word"] == "状況"
    grades = [r for r in doc.records if r.kind == "grade" and r.fields["practice"] == "4"]
    assert [(g.fields["fiscal_year"], g.fields["grade"]) for g in grades] == [(2024, ""), (2025, "遅延"), (2026, "着実")]


def test_the_committee_text_gives_initiatives_scores_and_opinions():
    doc = registry.parse(opinions(), "iken.txt")
    assert doc.kind == "plan_report"
    initiatives = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {c: (f["title"], f["committee_score"], f["covers"], f["called"]) for c, f in initiatives.items()} == {
        "1": ("財源の確保", 3, ["1", "2", "3"], "重点方針"), "2": ("行政運営の効率化", 2, ["4", "5"], "重点方針")}
    comments = [r for r in doc.records if r.kind == "comment"]
    assert [c.code for c in comments] == ["1-1", "1-2", "2-1", "2-2"]  # (「以上」 closes the text: no opinion)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    (folder / "minamiura_shinchoku.xlsx").write_bytes(workbook())
    (folder / "minamiura_iken.txt").write_text(opinions(), encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted((str(r["code"]) for r in answer.rows), key=int)


@pytest.mark.parametrize("question, expected", [
    ("南浦町の取組事項で2026年度に良好だったものは？", ["1"]),
    # a question in 令和 reaches the 西暦 rows; the list's own heading of the grade (状況) names it
    ("令和7年度に状況が遅延だった取組事項", ["2", "4"]),
    ("令和6年度に休止で令和7年度に着実になった取組事項", ["3"]),
    ("3年間ずっと遅延している取組事項", ["2"]),
    ("一度も「遅延」がついていない取組事項", ["1", "3"]),
    ("委員会評価が3以上の取組事項", ["1", "3", "4"]),
    ("令和7年度以降に始まった取組事項", ["4"]),
    ("財政課の取組事項", ["2", "3"]),
    # the items the committee's text says each initiative covers
    ("重点方針2の取組事項", ["4", "5"]),
])
def test_questions_over_the_long_list(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == expected


def test_the_year_grade_and_the_papers_score(assistant):
    assistant.reset()
    answer = assistant.ask("窓口の一元化の2026年度の状況は")
    assert answer.status == "exact" and answer.value == "着実", answer.summary
    assistant.reset()
    answer = assistant.ask("評価が3の重点方針は？")  # (the paper labels the committee's score 評価)
    assert answer.status == "exact" and _codes(answer) == ["1"], answer.summary
    assistant.reset()
    answer = assistant.ask("重点方針2の評価は何点")
    assert answer.status == "exact" and answer.value == 2, answer.summary
    assistant.reset()
    assert [r["code"] for r in assistant.ask("重点方針1の委員の意見").rows] == ["1-1", "1-2"]
    assistant.reset()
    assistant.ask("重点方針1の取組事項")
    assert assistant.ask("その委員会評価の平均は？").value == pytest.approx(3.33, abs=0.01)


def test_a_grade_word_the_opinions_mention_is_a_word_to_find(assistant):
    assistant.reset()
    answer = assistant.ask("令和7年度の遅延に触れている委員の意見")
    assert answer.status == "exact" and [r["code"] for r in answer.rows] == ["2-2"], answer.summary
    assistant.reset()
    answer = assistant.ask("令和7年度の遅延に触れている意見はどの重点方針")
    assert answer.status == "exact" and _codes(answer) == ["2"], answer.summary
