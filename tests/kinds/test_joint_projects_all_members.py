"""Joint projects of a made-up 連携中枢都市圏 as a PDF's table (tab-separated as the converter gives it): the
members are listed above the table (「構成市町村：…」), a project of every member says so in a word of its own
(「全市町」) instead of naming them, others join their names with 「・」, and the amount is printed in one
column per fiscal year (R5事業費 │ R6事業費, 千円, 「－」 where a project had no amount that year)."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from tests.conversation_helpers import ask, assistant_over

ROWS = [  # 番号, 事業名, 連携市町, 開始年度, R5, R6
    (1, "広域観光の推進", "全市町", "令和3年度", "8,000", "9,500"),
    (2, "消防指令の共同運用", "青峰市・川辺町", "令和4年度", "30,000", "28,000"),
    (3, "図書館の相互利用", "全市町", "令和4年度", "700", "700"),
    (4, "移住相談窓口", "川辺町・山里村", "令和5年度", "1,200", "1,800"),
    (5, "共同電子申請", "全市町", "令和6年度", "－", "4,000"),
]


def text() -> str:
    lines = ["あおみね連携中枢都市圏 連携事業一覧（令和6年度）",
             "構成市町村：青峰市、川辺町、山里村、浜中町（連携中枢都市：青峰市）",
             "事業費の単位は千円。「全市町」は圏域の全ての構成市町村が参加する事業。",
             "\t".join(["番号", "事業名", "連携市町", "開始年度", "R5事業費（千円）", "R6事業費（千円）"])]
    lines += ["\t".join(str(c) for c in row) for row in ROWS]
    return "\n".join(lines) + "\n"


def test_every_member_is_read_from_the_documents_list():
    doc = text()
    assert registry.detect(doc) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(doc, "renkei.txt").records}
    # 浜中町 takes part only through 「全市町」: a member all the same, read from the list above the table.
    assert records["1"]["members"] == {"青峰市": "○", "川辺町": "○", "山里村": "○", "浜中町": "○"}
    assert records["1"]["n_members"] == 4 and "全市町" in records["1"]["notes"][0]
    assert records["4"]["members"] == {"青峰市": "", "川辺町": "○", "山里村": "○", "浜中町": ""}
    assert records["2"]["costs_by_year"] == {"R5": {"total_cost": 30000}, "R6": {"total_cost": 28000}}
    assert records["5"]["costs_by_year"]["R5"] == {"total_cost": None} and records["5"]["cost_unit"] == "千円"
    # (no one year's amount is the project's 事業費)
    assert "total_cost" not in records["2"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("all_members")
    (folder / "renkei.txt").write_text(text(), encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted((str(r["code"]) for r in answer.rows), key=int)


@pytest.mark.parametrize("question, expected", [
    ("全市町が参加している連携事業は？", ["1", "3", "5"]),
    ("浜中町が参加している連携事業", ["1", "3", "5"]),
    ("山里村が加わっている連携事業", ["1", "3", "4", "5"]),
    ("令和6年度の事業費がいちばん多い連携事業は？", ["2"]),
    ("令和5年度より令和6年度の事業費が減った連携事業", ["2"]),
    ("令和5年度より令和6年度の事業費が増えた連携事業", ["1", "4"]),
])
def test_asked(assistant, question, expected):
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == expected, answer.summary


def test_a_years_sum_and_one_projects_amount(assistant):
    total = ask(assistant, "連携事業の令和5年度の事業費の合計は？")
    # (共同電子申請 has 「－」 for 令和5年度: said, not counted as 0)
    assert total.status == "exact" and total.value == 39900 and any("共同電子申請" in n for n in total.notes)
    one = ask(assistant, "連携事業の移住相談窓口のR6事業費は？")
    assert one.status == "exact" and one.value == 1800, one.summary
    none = ask(assistant, "連携事業の共同電子申請の令和5年度の事業費は？")
    assert none.value is None and "記載がありません" in none.summary


def test_a_year_the_list_does_not_print_is_said(assistant):
    answer = ask(assistant, "令和4年度の事業費がいちばん多い連携事業は？")
    assert answer.status != "exact" and not answer.rows and "令和4年度" in answer.summary


def test_a_year_of_something_else_is_no_column(assistant):
    """「令和5年度以降に始まった…の事業費」: the year dates the start, not an amount column; never summed as one."""
    answer = ask(assistant, "令和5年度以降に始まった連携事業の事業費の合計")
    assert answer.status != "exact" or answer.value is None, answer.summary
    assert answer.value not in (5800, 5800.0, 6000)  # (R6 or R5 amounts of 4 and 5)


def test_all_members_said_with_a_count_in_brackets():
    assert joint_projects.marks.is_all_members("全市町村（4市町村）") and joint_projects.marks.is_all_members("全市町")
    assert not joint_projects.marks.is_all_members("全庁") and not joint_projects.marks.is_all_members("青峰市")


def test_the_same_header_printed_again_goes_on_with_the_table():
    # (a workbook with a sheet per 分野 reads as one table printed again under each sheet's caption)
    head = "\t".join(["番号", "事業名", "連携市町", "開始年度", "R5事業費（千円）", "R6事業費（千円）"])
    first = ["\t".join(str(c) for c in row) for row in ROWS[:3]]
    second = ["\t".join(str(c) for c in row) for row in ROWS[3:]]
    doc = "\n".join(["あおみね連携中枢都市圏 連携事業一覧（防災分野）", "構成市町村：青峰市、川辺町、山里村、浜中町", head, *first, "",
                     "あおみね連携中枢都市圏 連携事業一覧（福祉分野）", "構成市町村：青峰市、川辺町、山里村、浜中町", head, *second]) + "\n"
    records = {r.code for r in joint_projects.parse(doc, "renkei.txt").records}
    assert records == {"1", "2", "3", "4", "5"}
