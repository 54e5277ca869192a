"""A table of counts by a group and year (課 │ 令和元年度 │ 令和２年度 │ 令和３年度, captioned 「課別申請件数（単位：件）」)
whose note says its dash means nothing was there (「※「－」は申請がなかったことを示します。」): a row going from 「－」 to
a figure grew, 「１件もなかった」 typed in full width is a count of 0, and 「3年間の合計で申請がいちばん多い課は何件？」
adds each row's three year columns and answers the largest sum. A list of one year beside it cannot read 「3年間」:
said of it, the word is left unread (made180 m180-039 040 041 over 椿ヶ瀬市's 部局別提案件数)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

NOTE = "※「－」は申請がなかったことを示します。課の名称は令和３年度のものです。"

PAGE = """<html><head><meta charset="utf-8"><title>補助金申請の状況｜楓ヶ丘町</title></head><body>
<h1>補助金申請の状況</h1>
<p>楓ヶ丘町では、地域活動への補助金を令和元年度から受け付けています。</p>
<h2>課別の申請件数</h2>
<table border="1">
<caption>課別申請件数（単位：件）</caption>
<thead><tr><th scope="col">課</th><th scope="col">令和元年度</th><th scope="col">令和２年度</th><th scope="col">令和３年度</th></tr></thead>
<tbody>
<tr><th scope="row">地域振興課</th><td>４</td><td>６</td><td>５</td></tr>
<tr><th scope="row">環境保全課</th><td>３</td><td>２</td><td>４</td></tr>
<tr><th scope="row">子育て支援課</th><td>１</td><td>－</td><td>２</td></tr>
<tr><th scope="row">文化スポーツ課</th><td>５</td><td>３</td><td>３</td></tr>
<tr><th scope="row">農林課</th><td>－</td><td>１</td><td>－</td></tr>
<tr class="total"><th scope="row">合計</th><td>１３</td><td>１２</td><td>１４</td></tr>
</tbody>
</table>
<p class="note">{note}</p>
</body></html>
"""

LIST = """<html><head><meta charset="utf-8"><title>令和３年度 補助金審査結果｜楓ヶ丘町</title></head><body>
<h1>令和３年度 補助金審査結果</h1>
<table border="1">
<thead><tr><th>申請番号</th><th>事業名</th><th>担当課</th><th>合計点</th></tr></thead>
<tbody>
<tr><td>301</td><td>里山保全ボランティア</td><td>環境保全課</td><td>72</td></tr>
<tr><td>302</td><td>子ども食堂の運営</td><td>子育て支援課</td><td>81</td></tr>
<tr><td>303</td><td>商店街の夜市</td><td>地域振興課</td><td>64</td></tr>
</tbody>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def noted(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("dash_none_noted")
    (folder / "補助金申請の状況.html").write_text(PAGE.format(note=NOTE), encoding="utf-8")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def unnoted(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("dash_none_unnoted")
    (folder / "補助金申請の状況.html").write_text(PAGE.format(note="課の名称は令和３年度のものです。"), encoding="utf-8")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def one_year_list(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("dash_none_list")
    (folder / "補助金審査結果.html").write_text(LIST, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> set[str]:
    return {str(r.get("title")) for r in answer.rows}


def test_a_row_from_a_dash_the_note_defines_as_none_grew(noted) -> None:
    answer = ask(noted, "課ごとの申請件数を教えて", "R2からR3で増えたところは？")
    assert answer.status == "exact" and _names(answer) == {"環境保全課", "子育て支援課"}, answer.summary


def test_a_dash_no_note_defines_is_still_no_figure(unnoted) -> None:
    answer = ask(unnoted, "課ごとの申請件数を教えて", "R2からR3で増えたところは？")
    assert "子育て支援課" not in _names(answer), answer.summary


def test_none_at_all_typed_in_full_width(noted) -> None:
    answer = ask(noted, "令和２年度に申請が１件もなかった課は？")
    assert answer.status == "exact" and _names(answer) == {"子育て支援課"}, answer.summary


def test_the_years_counted_then_summed_and_the_figure_asked(noted) -> None:
    answer = ask(noted, "3年間の合計で申請がいちばん多い課は何件？")
    assert answer.status == "exact" and float(answer.value) == 15, (answer.value, answer.summary)
    answer = ask(noted, "3年間の合計で申請がいちばん多い課は？")
    assert answer.value == "地域振興課", (answer.value, answer.summary)


def test_years_counted_over_a_list_of_one_year_are_unread(one_year_list) -> None:
    answer = ask(one_year_list, "3年間の合計点がいちばん高い事業は？")
    assert answer.status != "exact" or "3年間" in answer.unused, (answer.status, answer.unused, answer.summary)
