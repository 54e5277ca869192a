"""Asked of one named item: 「…ってもう終わってる？」 is its end year (R6, or blank: still going on), not a
condition; after the largest group, 「それぞれ何件？」 is its size; 「一番多いのはどこ？何件？」 gives the size
as the value (the name said too)."""
from __future__ import annotations

import pytest


def test_whether_an_item_has_ended_is_its_end_year(assistant, db):
    code, title, ended = db.execute("SELECT code, title, ended FROM practice WHERE coalesce(ended, '') <> '' "
                                    "ORDER BY line LIMIT 1").fetchone()
    answer = assistant.ask(f"{title}ってもう終わってる？")
    assert answer.value == ended and answer.status == "exact", answer.summary


def test_an_item_still_going_on_is_said_so(assistant, db):
    code, title = db.execute("SELECT code, title FROM practice WHERE coalesce(ended, '') = '' ORDER BY line LIMIT 1").fetchone()
    answer = assistant.ask(f"実践項目{code}って終了してる？")
    assert answer.value in (None, "") and "継続中" in answer.summary
    assert [r["code"] for r in answer.rows] == [code]


def test_the_size_of_the_largest_groups_asked_of_each(assistant, db):
    most = db.execute("SELECT max(n_practice) FROM initiative").fetchone()[0]
    assistant.ask("実践項目数がいちばん多い取組項目はどれ")
    answer = assistant.ask("それぞれ何件？")
    assert answer.value == most


@pytest.mark.parametrize("question", ["課ごとに実践項目の数を数えたら一番多いのはどこ？何件？"])
def test_the_size_asked_after_the_name_is_the_value(assistant, question):
    answer = assistant.ask(question)
    assert isinstance(answer.value, int) and str(answer.value) in answer.summary


@pytest.mark.parametrize("first, then, order", [
    ("審議会の委員評価がいちばん低い取組項目は", "その次に低いのは？", "ASC"),
    ("委員評価が一番高い取組項目", "2番目に高いのは？", "DESC"),
])
def test_the_next_after_the_extreme(assistant, db, first, then, order):
    values = [r[0] for r in db.execute(f"SELECT DISTINCT committee_score FROM initiative ORDER BY committee_score {order}")]
    want = {r[0] for r in db.execute("SELECT code FROM initiative WHERE committee_score = ?", [values[1]])}
    assistant.reset()
    assistant.ask(first)
    answer = assistant.ask(then)
    assert answer.value == values[1] and {r["code"] for r in answer.rows} == want


@pytest.mark.parametrize("question, late", [("一番早く終わった実践項目", False), ("取組終了がいちばん遅い実践項目", True)])
def test_the_earliest_or_latest_end(assistant, db, question, late):
    from assistant.text.wareki import label_to_fy

    ends = {r[0]: label_to_fy(r[0]) for r in db.execute("SELECT DISTINCT ended FROM practice WHERE coalesce(ended, '') <> ''")}
    best = max(ends, key=ends.get) if late else min(ends, key=ends.get)
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE ended = ?", [best])}
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_the_earliest_end_of_the_rows_before(assistant, db):
    assistant.reset()
    assistant.ask("窓口サービス課が担当してる実践項目 いくつ")
    answer = assistant.ask("その中で一番早く取組が終わったのは")
    rows = db.execute("SELECT code, ended FROM practice WHERE departments LIKE '%窓口サービス課%' AND coalesce(ended, '') <> ''").fetchall()
    from assistant.text.wareki import label_to_fy
    first = min(label_to_fy(e) for _, e in rows)
    assert {r["code"] for r in answer.rows} == {c for c, e in rows if label_to_fy(e) == first}


@pytest.mark.parametrize("then", ["終了年度がいちばん早いものは？", "終了年度が一番早いのは？"])
def test_the_earliest_end_said_bare_narrows_the_rows_before(assistant, db, then):
    # (いちばん typed in kana is 一番: no word to search for, so the question still narrows the item's rows
    # instead of starting again over every record, which answered another item's earliest ones)
    from assistant.text.wareki import label_to_fy

    ends: dict[str, dict[str, int]] = {}
    for init, code, ended in db.execute(
            "SELECT initiative, code, ended FROM practice WHERE coalesce(ended, '') <> ''").fetchall():
        ends.setdefault(init, {})[code] = label_to_fy(ended)
    overall = min(fy for codes in ends.values() for fy in codes.values())
    init = next(i for i, codes in sorted(ends.items()) if min(codes.values()) > overall)  # (another answer than all)
    title = db.execute("SELECT title FROM initiative WHERE code = ?", [init]).fetchone()[0]
    assistant.reset()
    assistant.ask(f"{title}の実践項目")
    answer = assistant.ask(then)
    first = min(ends[init].values())
    assert {r["code"] for r in answer.rows} == {c for c, fy in ends[init].items() if fy == first}, answer.summary
