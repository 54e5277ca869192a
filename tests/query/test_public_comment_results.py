"""Public-comment results (tests/questions/made137): an 意見 table whose 提出者番号 is merged down over a submitter's
rows, the draft plan's 取組一覧, a summary page of small tally tables (提出方法 │ 提出者数) and committee minutes whose
members cite 意見番号. A tally's short names key its rows; 多い said of the submitter's number counts their rows; a
member's 意見番号 are the rows of the 意見 table; 「課・室」 and 「大綱案」 read as said. A small tally of another
survey shows the keying is no one document's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made137" / "docs"

_SURVEY = """<html><body><h1>鶫台市 市民意識調査 回答状況</h1>
<table><caption>（１）回答方法別</caption>
<tr><th>回答方法</th><th>回答数（件）</th></tr>
<tr><td>WEB</td><td>１２０</td></tr><tr><td>郵送</td><td>８５</td></tr><tr><td>窓口</td><td>９</td></tr>
<tr><td>合計</td><td>２１４</td></tr></table></body></html>
"""


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made137_results")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey_tally")
    (folder / "回答状況.html").write_text(_SURVEY, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {r["key"] for r in answer.to_dict()["rows"]}


def test_tally_rows_are_keyed_by_their_names(results) -> None:
    answer = ask(results, "提出方法で、提出者が2人以上だったのはどれ？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:電子メール", "table_row:持参", "table_row:郵送"}, answer.summary
    assert ask(results, "電子メールで出した人は何人？").value == 6


def test_a_latin_name_of_another_tally(survey) -> None:
    answer = ask(survey, "回答数が50件以上の回答方法は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:WEB", "table_row:郵送"}, answer.summary


@pytest.mark.parametrize("question", ["大綱案の取組を担当してる課・室は全部でいくつ？", "取組を担当してる課・室はいくつ？"])
def test_offices_of_either_kind_counted(results, question) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and answer.value == 7, answer.summary


@pytest.mark.parametrize("question", ["一番たくさん意見を出した提出者は何番？", "意見が一番多い提出者番号は？"])
def test_the_submitter_of_most_rows(results, question) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and str(answer.value) == "3", answer.summary


def test_the_largest_number_is_still_its_size(results) -> None:
    assert ask(results, "提出者番号が一番大きいのは？").value == 12


@pytest.mark.parametrize("question, numbers", [("会議録で鈴木委員が言及した意見番号は？", {"14", "16", "18", "29"}),
                                               ("佐藤委員が触れた意見番号を全部", {"4", "24"})])
def test_a_members_cited_numbers_are_the_rows(results, question, numbers) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and _keys(answer) == {f"table_row:{n}" for n in numbers}, answer.summary


@pytest.mark.parametrize("question, value", [("パブコメの募集期間は何日間だった？", 31), ("第3次大綱の計画期間は何年間？", 5),
                                             ("パブコメの募集期間は何日間？初日を含めないで", 30)])
def test_a_stated_period_counted(results, question, value) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and answer.value == value, answer.summary


_PLAN = """鶫台市第２次行政経営プラン

１ 計画期間
　本プランの計画期間は、令和８年度から令和１２年度までとします。

２ 意見募集
　意見募集期間：令和８年２月１０日（火）～３月１１日（水）
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stated_period")
    (folder / "行政経営プラン.txt").write_text(_PLAN, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, value", [("行政経営プランの計画期間は何年間？", 5), ("プランの意見募集期間は何日間？", 30)])
def test_a_period_of_another_plan(plan, question, value) -> None:
    answer = ask(plan, question)
    assert answer.status == "exact" and answer.value == value, answer.summary


def test_the_office_holding_most_items_said_by_its_verb(results) -> None:
    answer = ask(results, "取組を一番多く受け持ってる担当課はどこ？")
    assert answer.status == "exact" and answer.value == "企画政策課", answer.summary


@pytest.mark.parametrize("question, codes", [
    ("成果指標で、目標値を現状値より小さく（減らす方向に）設定している取組は？", {"3-(1)", "4-(3)"}),
    ("R5の現状値が0になってる指標の取組", {"2-(3)", "3-(2)", "3-(3)"})])
def test_indicators_compared_as_said(results, question, codes) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and _keys(answer) == {f"practice:{c}" for c in codes}, answer.summary


def test_a_multiple_of_another_column(results) -> None:
    answer = ask(results, "現状値が0のものを除いて、目標値が現状値の5倍以上になっている取組は？")
    assert answer.status == "exact" and _keys(answer) == {"practice:1-(4)", "practice:2-(2)", "practice:2-(4)"}, answer.summary
    # (5倍 inclusive: 1 → 5 is one; a figure of 0 has no multiple)
    answer = ask(results, "目標値が現状値の6倍以上の取組は？")
    assert answer.status == "exact" and "practice:1-(4)" not in _keys(answer), answer.summary


@pytest.mark.parametrize("question, value", [("ふるさと納税の寄附額、目標値は現状値から何百万円増やす計画？", 115),
                                             ("ふるさと納税の寄附額、目標値と現状値の差は何円？", 115_000_000)])
def test_a_rows_figures_moved_in_its_own_unit(results, question, value) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and answer.value == value, answer.summary


def test_a_class_said_as_treated(results) -> None:
    answer = ask(results, "対象外扱いになった意見は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:6", "table_row:18"}, answer.summary


def test_the_person_of_a_number_then_narrowed(results) -> None:
    answer = ask(results, "提出者番号10の人の意見を見せて")
    assert answer.status == "exact" and _keys(answer) == {"table_row:26", "table_row:27", "table_row:28"}, answer.summary
    answer = ask(results, "提出者番号10の人の意見を見せて", "そのうち今後の参考扱いになったのは？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:28"}, answer.summary


@pytest.mark.parametrize("question, codes", [("意見が3件以上寄せられた取組は？", {"2-(1)", "2-(2)", "3-(1)"}),
                                             ("パブコメで意見が1件もこなかった取組ってある？", {"3-(5)"}),
                                             ("意見が1件以下の取組は？", {"1-(1)", "1-(3)", "1-(4)", "2-(5)", "3-(4)", "3-(5)", "4-(3)", "4-(4)"})])
def test_items_counted_by_the_opinions_naming_them(results, question, codes) -> None:
    answer = ask(results, question)
    assert answer.status == "exact" and _keys(answer) == {f"practice:{c}" for c in codes}, answer.summary


def test_a_word_the_count_cannot_use_is_not_dropped(results) -> None:
    answer = ask(results, "総務課で意見が3件以上寄せられた取組は？")
    assert _keys(answer) != {"practice:2-(1)", "practice:2-(2)", "practice:3-(1)"} or answer.status != "exact", answer.summary
