"""made130's fee documents beside the shipped corpus: a count asked in the counter the column's own name ends
with (「所管課は何課」) counts the column's different values, never lists them as if answered."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE = ROOT / "tests" / "questions"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made130_fee_tables")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((MADE / "made130" / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def test_counter_of_the_column_counts_its_values(assistant) -> None:
    # 所管課 is merged over each facility's four rows: 32 rows, 4 different 課
    for said in ("施設使用料の一覧に出てくる所管課は何課？", "施設使用料の表の所管課は全部で何課ある？"):
        a = ask(assistant, said)
        assert a.status == "exact", said
        assert a.value == 4, said
    # no counter said: the values are asked, not how many
    b = ask(assistant, "施設使用料の表で村民会館大ホールの所管課は？")
    assert b.value != 4


def _codes(answer) -> set[str]:
    return {str(r.get("number") or r.get("No.")) for r in answer.rows}


def test_mark_said_by_印_and_by_its_note(assistant) -> None:
    # 備考 prints ※ on the six rows where the 1.5倍 cap applies; a note under the table says so
    a = ask(assistant, "施設使用料で※印がついている区分は全部で何区分？")
    assert a.status == "exact" and a.value == 6
    b = ask(assistant, "激変緩和の1.5倍上限がかかってる区分がある施設はどこ？")
    assert b.status == "exact" and _codes(b) == {"S-01", "S-05", "S-06", "S-07"}
    c = ask(assistant, "夜間区分で激変緩和の上限が適用された施設は？")
    assert _codes(c) == {"S-01", "S-06", "S-07"}
    # 料金 is a word of the table's columns, no word of the note's own: 「料金がかかる」 names no mark
    d = ask(assistant, "料金がかかる施設は？")
    assert not any(x.get("field") == "備考" for x in d.understood)


def test_fee_compared_with_the_neighbours_column(assistant) -> None:
    # 近隣３町村平均 is said 近隣平均; the memo naming 納税証明書 among other towns' fees prints no such column,
    # so it is no second source of the row
    a = ask(assistant, "納税証明書、うちの改定案と近隣平均の差は何円？")
    assert a.status == "exact" and a.value == 33
    b = ask(assistant, "改定案の額が近隣３町村平均より低い手数料は？")
    assert b.status == "exact" and {str(r["number"]) for r in b.rows} == {"7", "8", "15", "19", "25"}
    c = ask(assistant, "改定後に近隣平均より高くなってしまう手数料ある？")
    assert c.status == "exact" and {str(r["number"]) for r in c.rows} == {"10", "11", "12"}


def test_fee_said_by_its_kind_going_down(assistant) -> None:
    a = ask(assistant, "使用料が今より下がる施設ってある？")
    assert a.status == "exact" and _codes(a) == {"S-04"}


def test_own_columns_and_restated_counts(assistant) -> None:
    # 生涯学習課 and 施設 are words of the shipped plan too; 全日 and 改定後 are this table's own
    a = ask(assistant, "生涯学習課が所管する施設の全日料金、改定後の合計はいくら？")
    assert a.status == "exact" and a.value == 24600
    # 「8施設平均」: the eight 午前 rows' number said again
    b = ask(assistant, "午前区分の改定率って8施設平均で何％になる？")
    assert b.status == "exact" and b.value == 19.8
    # a number of rows the conditions do not choose is no restatement: never answered as if read
    c = ask(assistant, "午前区分の改定率って5施設平均で何％になる？")
    assert c.status != "exact"


def test_amount_of_the_revision(assistant) -> None:
    # テニスコート 夜間: 800 → 1,200
    a = ask(assistant, "テニスコートの夜間って改定で何円上がるの？")
    assert a.status == "exact" and a.value == 400
    # the eleven 引上げ fees: 改定案 less 現行, added up
    b = ask(assistant, "引上げになる手数料の引上げ額を全部足すといくら？")
    assert b.status == "exact" and b.value == 1100


def test_order_by_the_amount_said_before_the_rows(assistant) -> None:
    a = ask(assistant, "改定後の全日料金が高い施設、上から3つ")
    assert a.status == "exact" and [str(r["number"]) for r in a.rows][:3] == ["S-01", "S-03", "S-05"]


def test_rows_of_criteria_called_区分(assistant) -> None:
    # the 減免基準 table has no 区分 column: its rows are the 区分 asked
    a = ask(assistant, "減免基準で新設される区分は？")
    assert a.status == "exact" and {str(r["number"]) for r in a.rows} == {"7", "9"}
    # where a column is 区分, the word is that column's, read as before
    b = ask(assistant, "施設使用料で改定率がマイナスの区分は？")
    assert any(u.get("field") == "区分" for u in b.understood)


def test_facilities_counted_not_their_rows(assistant) -> None:
    # 施設 is merged over four 区分 rows: 「何施設」 counts the facilities (S-01, S-05, S-06, S-07), not 11 rows
    a = ask(assistant, "改定率が40％以上の区分がある施設は何施設？")
    assert a.status == "exact" and a.value == 4
    # 何件 of the 区分 still counts the rows
    b = ask(assistant, "改定率が40％以上の区分は何件？")
    assert b.value == 11
