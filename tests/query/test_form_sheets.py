"""A workbook of one evaluation form per sheet (label cells, merged value boxes, a table of a column per year, a
grade under a label, the chosen course as tick boxes) and a list sheet naming each item by number, name and
department only: each form one practice item, merged with its list row. A made-up town, other labels, years and
codes than any question set's; indexed beside the shipped corpus with a TSV of each item's funding by year."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from assistant.formats import xlsx
from assistant.kinds.generic.structure import item_start
from assistant.kinds.plan_report import form_sheets
from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over

# 事業番号, 事業名, 所管部, 所管課 (list sheet only), grade, course, costs R5–R7, indicator, lower is better, goals, actuals
ITEMS = [
    ("KS-1", "空き家相談窓口事業", "都市政策部", "住宅課", "Ａ", "拡大", (2100, 2300, 2500), "相談件数", False,
     (100, 110, 120), (105, 118, 126)),
    ("KS-2", "放置自転車対策事業", "都市政策部", "交通政策課", "Ｃ", "縮小", (5400, 5100, 4800), "放置台数", True,
     (300, 280, 260), (320, 290, 250)),
    ("KS-3", "読書推進事業", "文化部", "図書館", "Ｂ", "現状維持", (900, 900, 950), "貸出冊数", False,
     (5000, 5200, 5400), (4800, 5100, 5300)),
    ("KS-4", "文化財保存事業", "文化部", "文化振興課", "Ａ", "現状維持", (7000, 7600, 8100), "公開日数", False,
     (60, 60, 70), (62, 65, 71)),
    ("KS-5", "市民ギャラリー運営事業", "文化部", "文化振興課", "Ｂ", "拡大", (3300, 3200, 3400), "来館者数", False,
     (8000, 8200, 8400), (7900, 8300, 8350)),
]
COURSES = ("拡大", "現状維持", "縮小", "休止")


def _workbook() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["令和８年度 事務事業評価調書 対象一覧"])
    ws.append([])
    ws.append(["No.", "事業番号", "事業名", "所管課"])
    for n, (code, name, _bureau, office, *_) in enumerate(ITEMS, 1):
        ws.append([n, code, name, office])
    for code, name, bureau, _office, grade, course, costs, indicator, lower, goals, actuals in ITEMS:
        s = wb.create_sheet(code)
        s.append(["事務事業評価調書"])
        s.append(["事業番号", code, "事業名", name])
        s.merge_cells("D2:G2")
        s.append(["所管部", bureau, None, None, "電話", "内線301"])  # (no 所管課 on the form: the list's)
        s.append(["事業の概要", f"{name}を実施する。"])
        s.append([])
        s.append(["１ 事業費（単位：千円）"])
        s.append(["区分", None, "令和５年度", None, "令和６年度", None, "令和７年度"])
        s.append(["決算額", None, costs[0], None, costs[1], None, costs[2]])
        s.append([])
        s.append(["２ 成果指標"])
        s.append(["指標名", indicator, None, None, "単位", "件"])
        s.append(["指標の性格", "低下が望ましい（↓）" if lower else "上昇が望ましい（↑）"])
        s.append(["年度", None, "Ｒ５", None, "Ｒ６", None, "Ｒ７"])
        s.append(["目標値", None, goals[0], None, goals[1], None, goals[2]])
        s.append(["実績値", None, actuals[0], None, actuals[1], None, actuals[2]])
        s.append([])
        s.append(["３ 所管課評価（令和７年度）"])
        s.append(["評価", grade, "評価の理由", "指標の推移による。"])
        s.append([])
        s.append(["４ 今後の方向性"])
        s.append(["　".join(("☑" if c == course else "☐") + c for c in COURSES)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _funding() -> str:
    rows = ["事業費財源内訳", "単位：千円", "", "\t".join(("事業番号", "事業名", "年度", "事業費", "国庫支出金", "一般財源"))]
    for code, name, *_rest in ITEMS:
        costs = _rest[4]
        for year, cost in zip(("R5", "R6", "R7"), costs):
            state = cost // 4 if code in ("KS-2", "KS-4") else 0
            rows.append("\t".join((code, name, year, str(cost), str(state), str(cost - state))))
    return "\n".join(rows) + "\n"


def _text() -> str:
    return xlsx.extract(_workbook(), "t.xlsx").text


def test_each_form_is_one_item_with_its_labels_tick_and_years():
    text = _text()
    assert form_sheets.detect(text)
    doc = form_sheets.parse(text.splitlines(), "t.xlsx", "調書")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == [i[0] for i in ITEMS]
    ks2 = items["KS-2"]
    assert ks2["title"] == "放置自転車対策事業" and ks2["bureau"] == "都市政策部"
    assert ks2["departments"] == ["交通政策課"]  # (the list sheet's, the form printing none)
    assert ks2["overall"] == "C" and ks2["grade_word"] == "所管課評価"
    assert ks2["future_policy"] == "縮小"  # (the ticked box, not the first word)
    assert (ks2["cost_r5"], ks2["cost_r7"], ks2["cost_unit"]) == (5400, 4800, "千円")
    assert ks2["called"] == "事業"
    values = {r.code: r.fields for r in doc.records if r.kind == "sheet_value"}
    # a lower figure is the better one here: 250 against a target of 260 reaches it, 320 against 300 does not
    assert values["KS-2-R7"]["lower_better"] == 1 and values["KS-2-R7"]["rate"] >= 100
    assert values["KS-2-R5"]["rate"] < 100
    assert values["KS-1-R5"]["rate"] == pytest.approx(105.0)


def test_a_list_of_numbered_rows_alone_is_no_form():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["No.", "事業番号", "事業名", "所管課"])
    for n, (code, name, _b, office, *_) in enumerate(ITEMS, 1):
        ws.append([n, code, name, office])
    out = io.BytesIO()
    wb.save(out)
    assert not form_sheets.detect(xlsx.extract(out.getvalue(), "t.xlsx").text)


def test_a_block_opened_by_its_number_label_and_a_lettered_code_is_an_item():
    assert item_start("事業番号 J-03 消費生活相談事業") == ("J-03", "labelled", "消費生活相談事業")
    assert item_start("事業番号 KS-12　読書推進事業") == ("KS-12", "labelled", "読書推進事業")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("form_sheets")
    (folder / "令和８年度事務事業評価調書.xlsx").write_bytes(_workbook())
    (folder / "事業費財源内訳.txt").write_text(_funding(), encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("key", "")).partition(":")[2] for r in answer.rows}


@pytest.mark.parametrize("question,codes", [
    # (the items are called 事業 by their number's label: no other plan's 実践項目 graded A is one of them)
    ("所管課評価がＡだった事業はどれ？", {"KS-1", "KS-4"}),
    ("今後の方向性が縮小になっている事業", {"KS-2"}),
    # (the figure of the year said: R7's 達成率, worked out the other way round where lower is better)
    ("文化部の事業でＲ７に目標を達成したのは？", {"KS-4"}),
    # (an amount 「入っていない」 is 0 as much as a blank cell)
    ("令和７年度に国庫支出金が入っていない事業はどれ？", {"KS-1", "KS-3", "KS-5"}),
    # (and one 「入っている」 is an amount there, not a 0 written)
    ("令和７年度に国庫支出金が入ってる事業", {"KS-2", "KS-4"}),
    # (the year said alone is the year of the figure; 成果指標 is the kind the form's section names its indicator)
    ("Ｒ７に目標を達成した事業は？", {"KS-1", "KS-2", "KS-4"}),
    ("令和７年度に成果指標の目標を達成できた事業は？", {"KS-1", "KS-2", "KS-4"}),
])
def test_questions_over_the_forms(assistant, question, codes):
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _codes(answer) == codes, answer.summary


def test_a_follow_up_saying_a_year_narrows_by_that_years_figure(assistant):
    answer = ask(assistant, "文化部の事業を見せて", "その中でＲ７に目標を達成したのは？")
    assert answer.status == "exact" and _codes(answer) == {"KS-4"}, (answer.status, answer.summary, answer.unused)


def test_a_span_of_years_is_not_read_as_one_figures_year(assistant):
    # 「R5からR7までずっと」: every year of the span, never R5 alone with R7 taken as the year to prefer
    answer = ask(assistant, "R5からR7までずっと目標に届かなかった事業")
    assert answer.status != "exact" or _codes(answer) == {"KS-3"}, (answer.status, answer.summary)


def test_the_bureau_a_form_prints_groups_its_items(assistant):
    answer = ask(assistant, "事業の数が一番多い部はどこ？")
    assert answer.value == "文化部", answer.summary


def test_a_compound_ending_in_the_items_word_is_not_the_items(assistant):
    # 「構成事業」 is a word of its own: not read as the items, so not as a count of practice items
    answer = ask(assistant, "構成事業が２つ以上ある施策")
    assert not any(c.get("field") == "n_practice" for c in answer.understood), answer.understood


@pytest.fixture(scope="module")
def made128(tmp_path_factory) -> Assistant:
    """The made edition of a city's forms, committee report, 施策 table and funding TSV (tests/questions/made128)."""
    folder = tmp_path_factory.mktemp("made128_forms")
    for path in (Path(__file__).resolve().parents[1] / "questions" / "made128" / "docs").iterdir():
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def test_a_follow_up_narrows_the_items_listed_not_another_table(made128):
    # 「その中で」 after the 事業 of a department: those items narrowed (or said not to be), never the rows of the
    # 施策 table of another document that reads 目標を達成 too
    answer = ask(made128, "危機管理課の事業を見せて", "その中でＲ６に目標を達成したのは？")
    assert _codes(answer) <= {"J-01", "J-02"}, (answer.status, answer.summary)
    assert answer.rows or answer.status != "exact", answer.summary  # (nothing found said so, not stated as certain)


def test_a_table_of_groups_listing_their_items_keys_its_rows_as_those_groups(made128):
    # a 施策 table under 基本目標 headings with a 構成事業 column: its rows are the groups the 事業 belong to
    # (initiative), not items themselves, as 施策 under a plan's headings are where they list no items of their own
    answer = ask(made128, "施策評価がＣの施策")
    keys = {str(r.get("key", "")) for r in answer.to_dict()["rows"]}  # (the keys as the answer gives them)
    assert keys and all(k.startswith("initiative:") for k in keys), keys
