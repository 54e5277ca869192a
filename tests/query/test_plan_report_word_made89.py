"""A next edition's plan report in Word (made89): one table per 改革項目 under its heading, yearly grades of a letter
scale its legend lists as a table (Ｓ > Ａ > Ｂ > Ｃ, 「－」 before the start, 「／」 after completion), 主／副 departments
in one cell, a summary table under a two-row header (総括評価, うち完了, 財政効果額 with ▲); the committee's paper,
the joint projects' list over a page break. Read by their shapes, asked as a resident would."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_ROOT = Path(__file__).resolve().parents[2]
_MADE89 = _ROOT / "tests" / "questions" / "made89" / "docs"


def _copy(folder: Path, source: Path) -> None:
    for doc in source.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)


@pytest.fixture(scope="module")
def made89(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made89_docs")
    _copy(folder, _MADE89)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def with_corpus(tmp_path_factory) -> Assistant:
    """made89's documents beside the shipped corpus (another city's plan, graded R2–R5)."""
    folder = tmp_path_factory.mktemp("made89_corpus")
    _copy(folder, _MADE89)
    _copy(folder, _ROOT / "corpus")
    return assistant_over(folder)


def codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_a_letter_legend_laid_out_as_a_table_grades_S(made89) -> None:
    answer = ask(made89, "令和11年度の評価がＳだった取組は何件？")
    assert (answer.status, answer.value) == ("exact", 9), answer.summary


def test_a_slash_after_completion_is_no_grade(made89) -> None:
    answer = ask(made89, "民間活力の活用のところで、令和11年度の評価がＢ以下だった取組は？")
    assert (answer.status, codes(answer)) == ("exact", ["5-3", "5-4"]), answer.summary


def test_never_at_or_above_a_grade(made89) -> None:
    answer = ask(made89, "一度もＡ以上の評価を取れていない取組は？")
    assert (answer.status, codes(answer)) == ("exact", ["2-2", "2-5", "4-4", "5-3", "5-4", "6-4", "7-4", "8-3"]), answer.summary


def test_main_and_sub_departments_of_one_cell(made89) -> None:
    sub = ask(made89, "デジタル推進課が副担当になってる取組を教えて")
    assert (sub.status, codes(sub)) == ("exact", ["3-2", "4-1", "7-3", "8-3"]), sub.summary
    either = ask(made89, "資産経営課が関わってる取組（主・副どちらも）は？")
    assert (either.status, codes(either)) == ("exact", ["1-3", "1-6", "2-1", "2-2", "2-4"]), either.summary
    some = ask(made89, "改革項目３の取組を一覧で見せて", "そのうち副担当の課がついているのは？")
    assert (some.status, codes(some)) == ("exact", ["3-2", "3-4", "3-6"]), some.summary


def test_the_items_of_an_initiative_named_by_its_title_in_the_paper(made89) -> None:
    answer = ask(made89, "公共施設の最適化の改革項目で、一度もＣがついていない取組は？")
    assert (answer.status, answer.target, codes(answer)) == ("exact", "practice", ["2-1", "2-3", "2-4"]), answer.summary


def test_the_summary_tables_columns(made89) -> None:
    negative = ask(made89, "財政効果額が▲になってる改革項目は？")
    assert (negative.status, codes(negative)) == ("exact", ["4", "8"]), negative.summary
    total = ask(made89, "改革項目の財政効果額の合計は？")
    assert (total.status, total.value) == ("exact", 1013190), total.summary
    joined = ask(made89, "自己評価（総括評価）はＢなのに、委員会評価が3.5以上だった改革項目は？")
    assert (joined.status, codes(joined)) == ("exact", ["7", "8"]), joined.summary


def test_the_group_with_the_most_items_meeting_a_condition(made89) -> None:
    answer = ask(made89, "完了した取組の数がいちばん多い改革項目はどれ？")
    assert (answer.status, codes(answer)) == ("exact", ["4"]), answer.summary


def test_lower_than_the_value_just_given(made89) -> None:
    answer = ask(made89, "改革項目６の委員会評価は何点？", "それより低い評価だった改革項目は？")
    assert (answer.status, codes(answer)) == ("exact", ["2", "5", "7"]), answer.summary


def test_what_the_committee_asks_for(made89) -> None:
    answer = ask(made89, "数値目標を設定するよう求められている改革項目はどれ？")
    assert (answer.status, codes(answer)) == ("exact", ["1", "5", "7"]), answer.summary


def test_joint_projects_over_a_page_break_and_ended(made89) -> None:
    absent = ask(made89, "樫ノ尾町が参加していない連携事業はどれ？")
    assert (absent.status, sorted(int(c) for c in codes(absent))) == ("exact", [20, 22, 28]), absent.summary
    ended = ask(made89, "終了した連携事業は何件？")
    assert (ended.status, ended.value) == ("exact", 5), ended.summary


def test_the_plans_whole_amount(with_corpus) -> None:
    total = ask(with_corpus, "刷新プラン全体の財政効果額は合計でいくら？")
    assert (total.status, total.value) == ("exact", 1013190), total.summary


def test_a_year_said_within_one_plans_years(with_corpus) -> None:
    answer = ask(with_corpus, "令和９年度までに完了した取組は何件？")
    assert (answer.status, answer.value) == ("exact", 7), answer.summary
    mixed = ask(with_corpus, "一度もＡ以上の評価を取れていない取組は？")
    assert mixed.status == "partial", mixed.summary  # (no year said: both cities' items, and said so)


def test_items_the_opinions_name_by_number(made89) -> None:
    answer = ask(made89, "委員会の意見の中で、番号を挙げて名指しされている具体的取組はどれ？")
    assert (answer.status, codes(answer)) == ("exact", ["1-6", "2-2", "2-4", "3-6", "4-4", "5-3", "8-3"]), answer.summary


def test_places_the_opinions_mention_by_name(made89) -> None:
    answer = ask(made89, "葛籠田町や樫ノ尾町の名前が出てくる委員意見は、どの改革項目に対するもの？")
    assert answer.status == "exact" and sorted({str(r.get("initiative")) for r in answer.rows}) == ["2", "6"], answer.summary
