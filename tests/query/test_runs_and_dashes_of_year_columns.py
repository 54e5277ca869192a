"""A town's progress sheet (figures by year and one year's 達成状況) beside its report grading the same 取組 in two
years (tests/questions/made177): 「２年連続で×」 is read only on a table printing that run of marks (the sheet's one
year of marks is no run, and the words are never dropped), and 「実績がない（－の）」 is the cells printing the dash,
not the figures of 0."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
SHEET = "\n".join([
    "楢崎町 窓口改革計画 取組別進捗管理表",
    T.join(["取組番号", "取組名", "担当課", "令和5年度実績", "令和6年度実績", "令和7年度実績", "達成状況（令和7年度）"]),
    T.join(["M-01", "窓口予約の導入", "市民課", "12", "30", "41", "○"]),
    T.join(["M-02", "手数料のキャッシュレス化", "会計課", "－", "0", "5", "×"]),
    T.join(["M-03", "申請書の簡素化", "市民課", "0", "8", "9", "△"]),
    T.join(["M-04", "夜間窓口の開設", "総務課", "－", "－", "2", "×"]),
    T.join(["M-05", "案内ロボットの設置", "情報課", "3", "4", "0", "×"]),
    ""])
REPORT = "\n".join([
    "楢崎町 窓口改革計画 令和7年度評価報告書",
    "取組別達成状況一覧",
    T.join(["取組番号", "取組名", "担当課", "R6達成状況", "R7達成状況"]),
    T.join(["M-01", "窓口予約の導入", "市民課", "○", "○"]),
    T.join(["M-02", "手数料のキャッシュレス化", "会計課", "×", "×"]),
    T.join(["M-03", "申請書の簡素化", "市民課", "△", "△"]),
    T.join(["M-04", "夜間窓口の開設", "総務課", "△", "×"]),
    T.join(["M-05", "案内ロボットの設置", "情報課", "×", "×"]),
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("runs_dashes")
    (folder / "楢崎町_取組別進捗管理表.txt").write_text(SHEET, encoding="utf-8")
    (folder / "楢崎町_評価報告書.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("取組番号") or "") for r in answer.rows}


def test_a_run_of_marks_is_read_where_the_years_are_printed(town) -> None:
    answer = ask(town, "２年連続で×だった取組っていくつ？")
    assert answer.count == 2 and _codes(answer) == {"M-02", "M-05"}, answer.summary


def test_none_said_with_the_dash_is_the_dash(town) -> None:
    answer = ask(town, "令和５年度の実績がない（－の）取組は何件？")
    assert answer.status == "exact" and answer.count == 2, answer.summary
    assert _codes(answer) == {"M-02", "M-04"}, answer.summary
