"""An amount table whose note defines its dash (「※「－」は該当なし」): 「補助金を出している」「貸付金を受けている」 ask
for an amount there (not the column's values, not every row), and a row going from 「－」 to a figure grew. A table
whose dash no note defines keeps the dash as no figure. Over a real index of a made city's page (made131)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made131" / "docs"
PAGE = "shiteki_kanyo_R6.html"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("given")
    shutil.copy(DOCS / PAGE, folder / PAGE)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def undefined(tmp_path_factory):
    folder = tmp_path_factory.mktemp("undefined")
    html = (DOCS / PAGE).read_text(encoding="utf-8").replace("「－」は該当なし。", "数値は決算額です。")
    assert html != (DOCS / PAGE).read_text(encoding="utf-8")
    (folder / PAGE).write_text(html, encoding="utf-8")
    return assistant_over(folder)


def numbers(answer) -> set[str]:
    return {str(r.get("number")) for r in answer.rows}


@pytest.mark.parametrize("question, expected", [
    ("R6に補助金を出している団体は？", {"1", "2", "5", "6", "7", "10", "11", "12"}),
    ("令和６年度に市から貸付金を受けている団体", {"3", "4", "8", "12"}),
])
def test_an_amount_given_is_an_amount_there(page, question, expected) -> None:
    answer = ask(page, question)
    assert numbers(answer) == expected, (answer.status, answer.summary)
    assert any(u["op"] == "nonzero" for u in answer.understood), answer.understood


def test_a_count_of_rows_given_an_amount(page) -> None:
    answer = ask(page, "R6に補助金を出している団体は何団体？")
    assert answer.count == 8, (answer.status, answer.summary)


def test_a_dash_the_note_defines_as_none_is_zero(page) -> None:
    answer = ask(page, "補助金がR5よりR6で増えた団体は？")
    assert numbers(answer) == {"5", "7", "11", "12"}, answer.summary


def test_a_dash_no_note_defines_is_no_figure(undefined) -> None:
    answer = ask(undefined, "補助金がR5よりR6で増えた団体は？")
    assert "12" not in numbers(answer), answer.summary


def test_a_sum_said_as_its_amount_in_the_pages_unit(page) -> None:
    # (「合計額」 is the sum; the bracket 「（指定管理料を含む）」 says what the figure covers, no unit: the page's 千円)
    answer = ask(page, "委託料のR6合計額は？（千円）")
    assert answer.status == "exact" and float(answer.value) == 451500, (answer.status, answer.summary)
    assert "451,500千円" in answer.summary, answer.summary


def test_two_measures_of_a_row_compared_with_the_dash_as_none(page) -> None:
    # (「AよりBのほうが多い」, the year said once before both; 3, 4 and 9 print 「－」 as their 補助金)
    answer = ask(page, "R6で補助金より委託料のほうが多い団体は？")
    assert answer.status == "exact" and numbers(answer) == {"1", "2", "3", "4", "7", "9"}, answer.summary


def test_two_measures_compared_over_a_dash_no_note_defines(undefined) -> None:
    answer = ask(undefined, "R6で補助金より委託料のほうが多い団体は？")
    assert numbers(answer) == {"1", "2", "7"}, answer.summary


def test_a_note_naming_what_its_dash_is_in_scopes_it(tmp_path) -> None:
    # (「評価別施設数の「-」は該当なし」 over one table says nothing of another table's dash: a score not given)
    from assistant.query.tables.dash_zero import dash_scopes

    page = (DOCS / PAGE).read_text(encoding="utf-8").replace("「－」は該当なし。", "評価別施設数の「－」は該当なし。")
    (tmp_path / PAGE).write_text(page, encoding="utf-8")
    scoped = assistant_over(tmp_path)
    assert dash_scopes(scoped.db, PAGE) == {"評価別施設数"}
    answer = ask(scoped, "補助金がR5よりR6で増えた団体は？")
    assert "12" not in numbers(answer), answer.summary
