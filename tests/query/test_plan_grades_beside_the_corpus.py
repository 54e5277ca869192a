"""Another town's plan printed as tables graded by year (方針 A/B/C, the 取組 under them ◎○△×, 令和5〜7年度) beside
the shipped corpus, whose reports grade R2–R5 (tests/questions/made179): a year said with no era (「６年度から７年度」)
is of the era the tables head their years with, and of the two tables graded by year, the one whose rows the question
calls by their word (取組名 → 取組, 方針 of the column numbering the rows 1, 2, 3) answers, not the heading the 取組 are
filed under; 「前年度より評価が下がった」 over columns headed by the year alone compares that year's grade."""
from __future__ import annotations

import shutil

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "鷲ノ尾町 図書館運営改善計画 進捗評価",
    "",
    "１ 基本方針別の評価",
    T.join(["方針", "名称", "令和5年度", "令和6年度", "令和7年度"]),
    T.join(["1", "読書環境の充実", "A", "B", "A"]),
    T.join(["2", "学習支援の強化", "B", "B", "C"]),
    T.join(["3", "運営体制の見直し", "C", "A", "A"]),
    "",
    "２ 取組別評価一覧",
    T.join(["取組番号", "取組名", "担当課", "令和5年度", "令和6年度", "令和7年度"]),
    "方針1 読書環境の充実",
    T.join(["1-(1)", "移動図書館の運行", "図書館", "○", "◎", "○"]),
    T.join(["1-(2)", "電子書籍の導入", "図書館", "△", "○", "△"]),
    "方針2 学習支援の強化",
    T.join(["2-(1)", "学習室の拡張", "社会教育課", "◎", "◎", "◎"]),
    T.join(["2-(2)", "調べ学習講座", "学校教育課", "○", "○", "×"]),
    "方針3 運営体制の見直し",
    T.join(["3-(1)", "開館時間の延長", "図書館", "×", "△", "○"]),
    ""])


@pytest.fixture(scope="module")
def both(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("plan_grades")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "鷲ノ尾町_図書館運営改善計画.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder / "docs")


def _codes(answer) -> set[str]:
    return {str(r.get("取組番号") or r.get("方針") or "") for r in answer.rows}


def test_eraless_years_of_the_tables_and_the_rows_called_so(both) -> None:
    answer = ask(both, "６年度から７年度で評価が下がった取組")
    assert answer.status in ("exact", "partial"), (answer.status, answer.summary)
    assert _codes(answer) == {"1-(1)", "1-(2)", "2-(2)"}, answer.summary


def test_rows_numbered_by_their_word_answer_not_the_headings(both) -> None:
    answer = ask(both, "R7でA評価の方針は？")
    assert answer.status == "exact" and _codes(answer) == {"1", "3"}, answer.summary
    keys = [str(r.get("key", "")) for r in answer.to_dict()["rows"]]
    assert sorted(k.split(":", 1)[1] for k in keys) == ["1", "3"], keys  # (keyed by the number, not the name)
    fell = ask(both, "令和7年度に前年度より評価が下がった方針")
    assert fell.status == "exact" and _codes(fell) == {"2"}, fell.summary


def test_span_of_the_years_and_a_count_held(both) -> None:
    never = ask(both, "３年間一度もＣがついていない方針はいくつ？")
    assert never.status == "exact" and never.count == 1, never.summary  # (「３年間」 is the three years printed)
    most = ask(both, "取組がいちばん多い担当課は何件持ってる？")
    assert most.status == "exact" and most.value == 3, most.summary
