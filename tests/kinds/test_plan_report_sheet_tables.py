"""A town's progress sheets published alone as a web page (its 進行管理表): one <table> per item, captioned
「実施事項3　公用車の削減（所管：管財課）」, rows 年度 × 計画 │ 実績 │ 自己評価 (A–C) and a closing row
「今後の方向性 │ 継続」 spanning the columns. Nothing else of the plan is printed: each sheet is its item,
named by the town's own word (実施事項). Indexed for real beside another report's items of the same
numbers; the town and its items are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from tests.conversation_helpers import ask, assistant_over

SOURCE = "shinko_kanri.html"
SHEETS = [  # number, title, department, [(year, plan, result, grade)], direction
    (3, "公用車の削減", "管財課", [("令和5年度", "削減計画の策定", "計画を策定", "A"), ("令和6年度", "5台削減", "3台削減", "B"),
                                  ("令和7年度", "5台削減", "削減できず", "C")], "見直し"),
    (5, "窓口の電子申請", "住民課", [("令和5年度", "対象手続の選定", "選定できず", "C"), ("令和6年度", "10手続の電子化", "未実施", "C"),
                                  ("令和7年度", "20手続の電子化", "未実施", "C")], "見直し"),
    (8, "職員研修の充実", "総務課", [("令和5年度", "研修体系の見直し", "見直しを完了", "A"), ("令和6年度", "新研修の実施", "新研修を4回実施", "A"),
                                  ("令和7年度", "研修の定着", "研修を6回実施", "A")], "終了"),
]


def html() -> str:
    out = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>みなみ町 進行管理表</title></head><body>",
           "<h1>みなみ町行政改革実施計画 進行管理表（令和7年度末）</h1>",
           "<p>自己評価　A：計画どおり　B：一部未達　C：未達成</p>"]
    for no, title, dept, years, direction in SHEETS:
        out.append(f"<table border='1'><caption>実施事項{no}　{title}（所管：{dept}）</caption>")
        out.append("<tr><th>年度</th><th>計画</th><th>実績</th><th>自己評価</th></tr>")
        out += [f"<tr><td>{y}</td><td>{p}</td><td>{r}</td><td>{g}</td></tr>" for y, p, r, g in years]
        out.append(f"<tr><th>今後の方向性</th><td colspan='3'>{direction}</td></tr></table>")
    return "\n".join(out + ["</body></html>"])


def test_each_sheet_is_an_item_with_its_grades_direction_and_entries():
    text = to_text(html().encode("utf-8"), SOURCE).text
    assert registry.detect(text) is plan_report
    doc = registry.parse(text, SOURCE)
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(items) == ["3", "5", "8"]
    assert (items["3"]["title"], items["3"]["departments"], items["3"]["called"]) == ("公用車の削減", ["管財課"], "実施事項")
    assert (items["3"]["r5"], items["3"]["r6"], items["3"]["r7"], items["3"]["future_policy"]) == ("A", "B", "C", "見直し")
    entries = [r.fields for r in doc.records if r.kind == "sheet_entry" and r.fields["practice"] == "3"]
    assert [(e["year"], e["plan"], e["result"], e["result_heading"]) for e in entries][1] == ("R6", "5台削減", "3台削減", "実績")


def test_a_single_table_of_years_is_no_such_document():
    text = "\n".join(["実施事項3 公用車の削減", "年度\t計画\t実績\t自己評価", "令和5年度\t策定\t策定\tA"])
    assert not plan_report.detect(text)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheet_tables")
    (folder / SOURCE).write_text(html(), encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, expected", [
    ("今後の方向性が見直しの実施事項は？", ["3", "5"]),
    ("令和7年度の自己評価がCだった実施事項", ["3", "5"]),
    ("2024年度の自己評価がAの実施事項", ["8"]),
    ("自己評価が3年間すべてCの実施事項", ["5"]),
])
def test_asked(assistant, question, expected):
    answer = ask(assistant, question)
    assert sorted((str(r["code"]) for r in answer.rows), key=int) == expected, answer.summary


def test_a_years_result_and_the_direction_of_one_item(assistant):
    result = ask(assistant, "公用車の削減の実施事項の令和6年度の実績は")
    assert result.status == "exact" and result.value == "3台削減", result.summary
    direction = ask(assistant, "実施事項8の進行管理表", "今後の方向性は？")
    assert direction.value == "終了", direction.summary
