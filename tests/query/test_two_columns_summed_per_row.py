"""「令和5年度に補助金と負担金を合わせて5,000万円を超えてる団体」 over a table of both by year under 「（単位：千円、％）」:
each row's sum of the two columns of the year said (not of the first year printed), the amount said in 万円 compared
in the table's 千円 (the caption's units given each kind of column: amounts 千円, ratios ％); a 「－」 the note calls
該当なし (its bracketed gloss aside) is 0 in the sum. A made-up town."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "東杉町 関係団体への財政支出の状況", "（単位：千円、％）",
    T.join(["番号", "団体名", "町出資比率", "補助金令和4年度", "補助金令和5年度", "負担金令和4年度", "負担金令和5年度"]),
    T.join(["01", "東杉町社会福祉協議会", "－", "32,000", "31,500", "20,000", "19,000"]),
    T.join(["02", "東杉町観光協会", "100.0", "41,000", "12,000", "15,000", "16,000"]),
    T.join(["03", "東杉町体育協会", "50.0", "8,000", "7,800", "－", "－"]),
    T.join(["04", "東杉地域振興株式会社", "30.0", "－", "－", "45,000", "52,000"]),
    "※「－」は該当なし（支出がない団体）を示す。", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("two_columns_summed")
    (folder / "東杉町_関係団体財政支出.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_two_columns_of_the_year_said_summed_per_row(assistant) -> None:
    # (観光協会 passes 5,000万円 in 令和4年度 only; 地域振興 has no 補助金, its 負担金 alone passes)
    answer = ask(assistant, "令和5年度に補助金と負担金を合わせて5,000万円を超えてる団体")
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert sorted(str(r.get("title")) for r in answer.rows) == ["東杉地域振興株式会社", "東杉町社会福祉協議会"], answer.summary
