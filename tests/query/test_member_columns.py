"""A table whose columns are named by two header rows, a measure over one column per member (令和７年度負担金 over
杣ノ木町 | … | 鶫原町 | 合計; made88's 負担金 PDF, read with the joint-projects list): the member said anywhere picks its
column though it is also a place; the measure said beside it is no second column (its 合計); a change column's
sign read with the table's latest year said; a word in a change column (皆増) stops a sum rather than being left
out of it; 「合計すると」 is the verb, no column named 合計."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made88" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made88_members")
    for name in ("01_広域連携事業一覧.xlsx", "02_令和7年度広域連携事業負担金.pdf"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.mark.parametrize("turns,value", [
    # the town's own column, the year and the measure said between it and the verb
    (("病児保育の相互利用について、苧環村の令和7年度負担金はいくらでしょうか（千円）。",), 1450),
    (("杣ノ木町の令和7年度負担金は合計でいくら？",), 71080),
    (("鶫原町の負担金を合計するといくら？",), 41310),
])
def test_member_column(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.value == value, (answer.status, answer.summary)


def test_decrease_of_the_latest_year(assistant) -> None:
    answer = ask(assistant, "令和7年度の負担金が前年度より減っている事業はどれですか。")
    assert sorted(str(r.get("番号") or r.get("number")) for r in answer.rows) == \
        ["広-01", "広-03", "広-08", "広-10", "広-11"], (answer.status, answer.summary)


def test_change_column_with_words_is_not_summed(assistant) -> None:
    # (the 増減 column printing 皆増 beside its figures is not added up, -2090: the change of the totals is the
    # total column's sum less the previous year's total column's, tables/member_totals.py)
    answer = ask(assistant, "負担金の総額は前年度と比べてどれだけ増えましたか（千円）。")
    assert answer.value == 19510 and answer.status == "exact", answer.summary


def test_adding_up_is_no_column(assistant) -> None:
    answer = ask(assistant, "負担金の一覧で鶫原町の分を見たいんだけど。", "合計するといくら？")
    assert not (answer.status == "exact" and any(u.get("field") == "令和6年度合計" for u in answer.understood)), answer.summary
