"""「実践項目15と14、R5の評価どっちが上？」: records named by number compared on the field said, the
higher (or lower) first, with the order and a tie said; a value no grade ranks is said, not ranked."""
from __future__ import annotations

import pytest

_RANK = {"A": 3, "B": 2, "C": 1, "D": 0}


def _pair(db, field: str, differ: bool) -> tuple[str, str]:
    rows = db.execute(f"SELECT code, [{field}] FROM practice WHERE [{field}] IN ('A','B','C','D') ORDER BY line").fetchall()
    for i, (a, ga) in enumerate(rows):
        for b, gb in rows[i + 1:]:
            if (ga != gb) == differ:
                return (a, b) if _RANK[ga] < _RANK[gb] else (b, a)  # (the lower first, as a user might say)
    pytest.skip(f"no pair of items for {field}")


@pytest.mark.parametrize("asked", ["どっちが上？", "はどちらが高い？", "、いいのはどっち？"])
def test_the_higher_of_two_named_items_on_a_years_grade(assistant, db, asked):
    low, high = _pair(db, "r5", differ=True)
    answer = assistant.ask(f"実践項目{low}と{high}、R5の評価{asked}")
    assert answer.status == "exact", answer.summary
    assert [r["code"] for r in answer.rows] == [high, low]
    assert answer.summary.startswith(f"R5評価は {high}（")


def test_the_lower_is_asked_with_hikui(assistant, db):
    low, high = _pair(db, "r5", differ=True)
    answer = assistant.ask(f"実践項目{high}と{low}、R5の評価が低いのはどっち？")
    assert [r["code"] for r in answer.rows] == [low, high]


def test_a_tie_is_said_as_a_tie(assistant, db):
    a, b = _pair(db, "overall", differ=False)
    answer = assistant.ask(f"実践項目{a}と{b}で、総合評価はどっちがいい？")
    assert "同じ" in answer.summary and answer.value is None


def test_scores_compare_as_numbers(assistant, db):
    rows = db.execute("SELECT code, committee_score FROM initiative WHERE committee_score IS NOT NULL "
                      "ORDER BY line").fetchall()
    (a, sa), (b, sb) = next(((x, y) for i, x in enumerate(rows) for y in rows[i + 1:] if x[1] != y[1]))
    answer = assistant.ask(f"取組項目{a}と{b}の委員評価、どっちが高い")
    assert answer.value == (a if sa > sb else b)


def test_a_year_with_no_grade_is_not_ranked(assistant, db):
    rows = [r[0] for r in db.execute("SELECT code FROM practice WHERE r5 NOT IN ('A','B','C','D') ORDER BY line LIMIT 2")]
    if len(rows) < 2:
        pytest.skip("no two items without an R5 grade")
    answer = assistant.ask(f"実践項目{rows[0]}と{rows[1]}、R5の評価どっちが上？")
    assert answer.status != "exact"
    assert answer.value is None
