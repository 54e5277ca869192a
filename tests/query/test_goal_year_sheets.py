"""An education board's evaluation as a made-up town prints it (not made108's words, years or codes): a workbook of
one sheet per fiscal year whose header runs over two rows (成果指標 merged over 指標名│単位│目標値│実績値│達成率),
items coded with their last part in brackets (1-(2)), a column naming each row's 基本方針 (Ⅰ …), an item added in
the second year; a report of one page per 基本方針 with its 総括評価 of the year and the year before and an expert's
findings; minutes whose members speak on a line of their own (○柚木委員) in the paragraph under it."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (group, code, name, dept, {year: (goal, actual, rate, grade, amount)})
ITEMS = [
    ("Ⅰ 学びの充実", "1-(1)", "読書活動の推進", "指導課", {3: (50, 45, 90.0, "B", 1200), 4: (52, 53, 101.9, "A", 1300), 5: (54, 50, 92.6, "B", 1350)}),
    ("Ⅰ 学びの充実", "1-(2)", "理科教育の充実", "指導課", {3: (30, 31, 103.3, "A", 800), 4: (32, 33, 103.1, "A", 820), 5: (34, 35, 102.9, "A", 900)}),
    ("Ⅱ 健やかな体", "2-(1)", "水泳指導の充実", "体育課", {3: (60, 30, 50.0, "D", 400), 4: (60, 45, 75.0, "C", 420), 5: (60, 61, 101.7, "A", 430)}),
    ("Ⅱ 健やかな体", "2-(2)", "放課後運動の推進", "体育課", {4: (10, 7, 70.0, "C", 2100), 5: (12, 13, 108.3, "A", 2500)}),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for n, year in enumerate((3, 4, 5)):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = f"令和{'３４５'[n]}年度"
        ws["A1"] = f"令和{'３４５'[n]}年度 楠ヶ浦町教育委員会 施策評価一覧"
        top = ["基本方針", "施策番号", "施策名", "担当課", "成果指標", "", "", "", "", "評価", "決算額（千円）", "備考"]
        sub = ["基本方針", "施策番号", "施策名", "担当課", "指標名", "単位", "目標値", "実績値", "達成率（％）", "評価", "決算額（千円）", "備考"]
        for col, (a, b) in enumerate(zip(top, sub), 1):
            ws.cell(3, col, a)
            ws.cell(4, col, b)
        row = 5
        for group, code, name, dept, years in ITEMS:
            if year not in years:
                continue
            goal, actual, rate, grade, amount = years[year]
            for col, v in enumerate((group, code, name, dept, f"{name}の指標", "％", goal, actual, rate, grade, amount), 1):
                ws.cell(row, col, v)
            row += 1
        ws.cell(row + 1, 1, "（注１）達成率は実績値÷目標値×100。令和４年度から2-(2)を新設した。")
        ws.cell(row + 2, 1, "評価の凡例 Ａ：達成 Ｂ：概ね達成 Ｃ：やや遅れ Ｄ：遅れ")
    wb.save(path)


REPORT = "\n".join([
    "楠ヶ浦町教育委員会 点検評価報告書（令和５年度対象）", "",
    "基本方針Ⅰ 学びの充実",
    "■ 総括評価 令和５年度：B （前年度（令和４年度）：A）",
    "■ 学識経験者の所見",
    "楠ヶ浦短期大学教授 榎本 聡",
    "読書活動は前年度の水準を保てなかった。学校図書館の活用を求めたい。",
    "－2－", "",
    "基本方針Ⅱ 健やかな体",
    "■ 総括評価 令和５年度：A （前年度（令和４年度）：C）",
    "■ 学識経験者の所見",
    "元楠ヶ浦町立中学校長 蓮沼 修",
    "水泳指導は外部指導者の活用で大きく改善した。",
    "－3－",
])

MINUTES = "\n".join([
    "令和６年第５回楠ヶ浦町教育委員会定例会 会議録", "",
    "○教育長", "　御意見をお願いします。",
    "○柚木委員", "　1-(1)の読書活動について、学年別の貸出冊数を示してください。",
    "○指導課長", "　1-(1)については次回お示しします。",
    "○梶原委員", "　2-(1)の水泳指導は改善しました。2-(2)も同じ手法が使えるのではないでしょうか。",
    "（休憩　午後２時３０分）",
    "○柚木委員", "　2-(2)の放課後運動について、参加者の声を聞いてください。",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("goal_year_sheets")
    _workbook(folder / "施策評価一覧.xlsx")
    (folder / "点検評価報告書.txt").write_text(REPORT, encoding="utf-8")
    (folder / "定例会会議録.txt").write_text(MINUTES, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    # a year's grade, each sheet's own (the two-row header and the bracketed codes read)
    ("令和4年度にC評価だった施策は？", ["2-(1)", "2-(2)"]),
    ("3年間ずっとA評価だった施策は？", ["1-(2)"]),
    # an item added in the second year's sheet
    ("令和4年度から新しく追加された施策は？", ["2-(2)"]),
    # 「前年度（R4）より下がった」: the bracketed year is the base, the year after it the one compared
    ("前年度（R4）より評価が下がった施策は？", ["1-(1)"]),
    # 「目標値を達成できなかった」 of a year: that year's 達成率 below 100
    ("令和5年度に目標値を達成できなかった施策は？", ["1-(1)"]),
    ("令和4年度に目標を達成した施策は？", ["1-(1)", "1-(2)"]),
    # 「3年とも載っている」: on every year's sheet of the span (the item added later is not)
    ("令和3年度から5年度まで3年とも載っている施策のうち、一度もB評価を取れていないものは？", ["1-(2)", "2-(1)"]),
    ("令和3年度から5年度まで3年とも載っている施策でC評価がついたことがあるのは？", ["2-(1)"]),
])
def test_grades_of_sheets_per_year(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_group_column_and_amounts_of_a_year(assistant) -> None:
    # the 基本方針 column groups the items; each sheet's 決算額 is that year's amount
    answer = ask(assistant, "基本方針Ⅱの施策の令和5年度決算額の合計はいくら？")
    assert answer.value == 2930, (answer.status, answer.value, answer.summary)


def test_bracketed_code_named(assistant) -> None:
    answer = ask(assistant, "2-(1)の令和5年度の実績値は？")
    assert answer.value == 61, (answer.status, answer.value, answer.summary)


def test_overall_grade_of_a_goal_by_year(assistant) -> None:
    # 総括評価 of each 基本方針's page: the year's and the year before's, as year grades of the goal
    answer = ask(assistant, "令和5年度の総括評価がAだった基本方針は？")
    assert answer.status == "exact" and [str(r.get("no")) for r in answer.rows] == ["II"], (answer.status, answer.summary)


def test_members_speaking_on_a_line_of_their_own(assistant) -> None:
    answer = ask(assistant, "放課後運動について意見を述べた委員は誰？")
    said = answer.summary + " ".join(str(r.get("member")) for r in answer.rows)
    assert "柚木" in said and "教育長" not in said, answer.summary


def test_expert_named_as_teacher_with_findings(assistant) -> None:
    # 「榎本先生が所見を書いている」: the expert whose findings a goal's page prints, addressed as 先生
    answer = ask(assistant, "榎本先生が所見を書いているのはどの基本方針？")
    assert answer.status == "exact" and [str(r.get("no")) for r in answer.rows] == ["I"], (answer.status, answer.summary)


def test_change_of_a_figure_between_two_years_said(assistant) -> None:
    # 「令和3年度から5年度で何ポイント伸びた」: the item's figure of each year said, and the change between them
    answer = ask(assistant, "1-(1)の実績値は令和3年度から5年度で何ポイント伸びた？")
    assert answer.status == "exact" and answer.value == 5, (answer.status, answer.value, answer.summary)
    fell = ask(assistant, "2-(1)の実績値は令和3年度から令和5年度でどれだけ減った？")
    assert fell.status != "exact" and fell.value is None, (fell.status, fell.summary)  # (it rose: said, not turned round)


def test_moved_from_the_year_before_with_no_year_said(assistant) -> None:
    # 「前年度より上がった」 with no year: some year to the next (the goals print two), never exact on a word left loose
    answer = ask(assistant, "総括評価が前の年より上がった基本方針はどれ？")
    assert [str(r.get("no")) for r in answer.rows] == ["II"] and answer.status != "exact", (answer.status, answer.summary)
