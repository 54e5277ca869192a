"""Layouts read since made97, on a made-up town's plan review: a two-row header whose lower row runs the
years under each merged cell (令和4年度 | 令和5年度 | 令和6年度 under 実績値, R4 | R5 | R6 under 達成状況), so
each year's column is named; a table of goals by year with no numbering column, each goal's number printed
inside its name cell (「1窓口の改善」, then 〃); a follow-up (「そのうち…のは？」) answering the same rows as
the kind of record the question before asked them as; the row with the most entries of a column listing them (参加団体 「北浜町、南浜町、…」) as the one
「参加団体がいちばん多い」; and, after a search answer, a 「そのうち」 answered
from a whole table saying it did not narrow the passages found."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_PROGRESS = "\n".join([
    "北浜町行政改革プラン 取組別進捗状況一覧", "",
    "番号\t取組名\t担当課\t実績値\t\t\t達成状況\t\t\t備考",
    "番号\t取組名\t担当課\t令和4年度\t令和5年度\t令和6年度\tR4\tR5\tR6\t備考",
    "1-(1)-ア\t窓口の電子化\t住民課\t10\t20\t30\t○\t○\t◎",
    "1-(1)-イ\t証明書のコンビニ交付\t住民課\t5\t8\t9\t△\t△\t○",
    "2-(1)-ア\t会議の資料削減\t総務課\t100\t90\t90\t○\t△\t△",
    "2-(1)-イ\t庁内研修の充実\t人事課\t2\t4\t6\t○\t○\t◎", ""])

_GOALS = "\n".join([
    "北浜町行政改革プラン 基本目標別評価", "",
    "表１ 基本目標別の評価",
    "基本目標\t年度\t達成率（％）\t評価",
    "1窓口の改善\t令和5年度\t62.0\tB",
    "〃\t令和6年度\t81.5\tA",
    "2 内部事務の効率化\t令和5年度\t70.0\tB",
    "〃\t令和6年度\t92.0\tS",
    "3 人材の育成\t令和5年度\t55.0\tC",
    "〃\t令和6年度\t66.0\tB", ""])


_JOINT = "\n".join([
    "北浜町 広域共同処理の状況", "",
    "共同処理一覧",
    "番号\t事務名\t参加団体\t幹事団体",
    "広-1\t消防指令\t北浜町、南浜町、西浜村\t北浜町",
    "広-2\t電算共同運用\t北浜町、南浜町、西浜村、東浜町、海浜県\t海浜県",
    "広-3\tごみ処理\t北浜町、東浜町\t東浜町",
    "広-4\t介護認定審査\t北浜町、南浜町\t南浜町", ""])

_MINUTES = "\n".join([
    "北浜町行政改革推進委員会 会議録", "",
    "○山田委員　窓口の電子化について、利用が順調に伸びていると感じます。", "",
    "○事務局　ありがとうございます。引き続き周知に努めます。", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("year_run_headers")
    (folder / "北浜町_取組別進捗状況一覧.txt").write_text(_PROGRESS, encoding="utf-8")
    (folder / "北浜町_基本目標別評価.txt").write_text(_GOALS, encoding="utf-8")
    (folder / "北浜町_広域共同処理.txt").write_text(_JOINT, encoding="utf-8")
    (folder / "北浜町_推進委員会会議録.txt").write_text(_MINUTES, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


def test_each_year_under_a_merged_cell_names_its_column(assistant) -> None:
    answer = ask(assistant, "北浜町で令和6年度の達成状況が◎になった取組は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:1-(1)-ア", "practice:2-(1)-イ"], answer.summary
    answer = ask(assistant, "北浜町の1-(1)-イの令和5年度の実績値は？")
    assert answer.value == 8, answer.summary


def test_the_number_inside_a_name_cell_numbers_the_rows(assistant) -> None:
    answer = ask(assistant, "北浜町で令和6年度の評価がSだった基本目標は？")
    assert answer.status == "exact" and _keys(answer) == ["initiative:2"], answer.summary


def test_a_follow_up_keeps_the_kind_the_rows_were_asked_as(assistant) -> None:
    answer = ask(assistant, "北浜町で住民課が担当の取組は？", "そのうち令和6年度に◎になったのは？")
    assert answer.status == "exact" and _keys(answer) == ["practice:1-(1)-ア"], answer.summary


def test_a_narrowing_after_a_search_answer_says_it_did_not_narrow(assistant) -> None:
    first = ask(assistant, "北浜町の山田委員ってどの取組に意見出してる？")
    assert first.status == "search", first.summary
    answer = ask(assistant, "北浜町の山田委員ってどの取組に意見出してる？", "そのうち住民課が担当してるのは？")
    assert answer.status != "exact", answer.summary


def test_the_most_entries_of_a_listing_column(assistant) -> None:
    answer = ask(assistant, "北浜町の共同処理で参加団体がいちばん多いのはどれ？")
    assert answer.status == "exact" and [r["key"] for r in answer.to_dict()["rows"]] == ["joint_project:広-2"], answer.summary
