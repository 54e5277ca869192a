"""「2022年度にCついた実践項目」→「それの2023年度は？」: a year said of the one record just answered
(それの, その実践項目の) asks that year's grade of it; 「じゃあ2023年度は？」 moves the condition's year."""
from __future__ import annotations


def _one_item_graded(db):
    """A year, a grade of it that exactly one item has, and that item's next year's grade."""
    for year, after in (("r2", "r3"), ("r3", "r4"), ("r4", "r5")):
        for grade in "ABCD":
            rows = db.execute(f"SELECT code, {after} FROM practice WHERE {year} = ?", [grade]).fetchall()
            if len(rows) == 1 and rows[0][1] in ("A", "B", "C", "D"):
                return int(year[1:]), grade, rows[0][0], rows[0][1]
    raise AssertionError("no grade of a year held by one item alone")


def test_its_year_asks_the_grade_of_the_record(assistant, db):
    n, grade, code, then = _one_item_graded(db)
    for asked in ("それの{y}年度は？", "その実践項目の{y}年度は？"):
        assistant.reset()
        assistant.ask(f"{2018 + n}年度に{grade}ついた実践項目")
        answer = assistant.ask(asked.format(y=2019 + n))
        assert answer.value == then, answer.summary
        assert [r["code"] for r in answer.rows] == [code]


def test_a_year_said_alone_after_jaa_moves_the_condition(assistant, db):
    n, grade, code, then = _one_item_graded(db)
    assistant.reset()
    assistant.ask(f"R{n}に{grade}の実践項目")
    answer = assistant.ask(f"じゃあR{n + 1}は？")
    want = db.execute(f"SELECT count(*) FROM practice WHERE r{n + 1} = ?", [grade]).fetchone()[0]
    assert answer.value is None and len(answer.rows) == want


def test_which_record_of_a_kind_the_rows_before_belong_to(assistant, db):
    comment, initiative = db.execute("SELECT text, initiative FROM comment WHERE length(text) > 30 ORDER BY line LIMIT 1").fetchone()
    word = comment[comment.index("、") + 1:][:6] if "、" in comment[:20] else comment[:6]
    for asked in ("それどの取組のやつ？", "どの取組の意見？", "それはどの取組項目？"):
        assistant.reset()
        first = assistant.ask(f"「{word}」に触れた委員の意見")
        assert str(initiative) in {str(r.get("initiative")) for r in first.rows}
        answer = assistant.ask(asked)
        assert answer.target == "initiative", (asked, answer.summary)
        assert {r["code"] for r in answer.rows} == {str(r.get("initiative")) for r in first.rows}


def test_a_year_alone_said_of_one_record_named_asks_its_grade(assistant, db):
    n, grade, code, then = _one_item_graded(db)
    for asked in ("実践項目{c}のR{y}は？", "実践項目{c}の{w}年度はどうだった？"):
        assistant.reset()
        answer = assistant.ask(asked.format(c=code, y=n + 1, w=2019 + n))
        assert answer.value == then and [r["code"] for r in answer.rows] == [code], answer.summary
