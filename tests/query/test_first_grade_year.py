"""「…が初めてA評価になったのは何年度？」 of one item graded year by year: the first year whose grade is the
one said, read from the item's own yearly columns (shipped corpus)."""
from __future__ import annotations

from assistant.kinds.registry import year_fields


def _item_reaching(db, grade: str):
    """An item whose title names it alone, graded otherwise before its first year graded `grade`."""
    cols = [r[1] for r in db.execute("PRAGMA table_info(practice)")]
    years = year_fields(cols)
    for row in db.execute(f"SELECT code, title, {', '.join(years)} FROM practice WHERE title != ''"):
        grades = list(row[2:])
        if grade in grades and grades.index(grade) > 0 and grades[0] not in (None, "", "-") \
                and db.execute("SELECT count(*) FROM practice WHERE title = ?", [row[1]]).fetchone()[0] == 1:
            return row[0], row[1], years[grades.index(grade)].upper()
    raise AssertionError(f"no item reaching {grade} after another grade")


def test_the_first_year_of_a_grade_is_answered(assistant, db):
    code, title, year = _item_reaching(db, "A")
    for asked in ("{t}が初めてA評価になったのは何年度でしょうか。", "{t}がはじめてAを取ったのはいつ？"):
        assistant.reset()
        answer = assistant.ask(asked.format(t=title))
        assert answer.status == "exact" and answer.value == year, answer.summary
        assert [r["code"] for r in answer.rows] == [code]


def test_a_grade_no_year_has_is_said_so(assistant, db):
    code, title, _ = _item_reaching(db, "A")
    cols = [r[1] for r in db.execute("PRAGMA table_info(practice)")]
    grades = set(db.execute(f"SELECT {', '.join(year_fields(cols))} FROM practice WHERE code = ?", [code]).fetchone())
    absent = next(g for g in "DCB" if g not in grades)
    answer = assistant.ask(f"{title}が初めて{absent}評価になったのは何年度？")
    assert answer.value is None and "ありません" in answer.summary


def test_without_a_year_asked_it_is_a_condition_as_before(assistant):
    answer = assistant.ask("初めてA評価になった実践項目は")
    assert not any(u.get("op") == "first" for u in answer.understood)
