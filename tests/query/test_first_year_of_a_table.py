"""「…の成果指標、表の最初の年度の計画値は？」: of records held one per year (a program sheet's indicators), a year
said by its place from the first is counted in the table's own years, not the years another report grades
(shipped corpus: the program sheet's indicators start a year after the plan report's first graded year)."""
from __future__ import annotations


def _indicator(db):
    for program, type_ in db.execute("SELECT DISTINCT i.program, i.type FROM indicator i"):
        rows = list(db.execute("SELECT year, plan, actual FROM indicator WHERE program = ? AND type = ? ORDER BY year",
                               [program, type_]))
        title = db.execute("SELECT name FROM program WHERE code = ?", [program]).fetchone()
        names = {r[0] for r in db.execute("SELECT DISTINCT indicator FROM indicator WHERE program = ? AND type = ?",
                                          [program, type_])}
        if title and len(rows) >= 3 and len(names) == 1 and rows[0][1] is not None and rows[0][2] in (None, ""):
            return title[0], type_, rows
    raise AssertionError("no indicator table of several years")


def test_the_first_year_is_the_tables_first(assistant, db):
    title, type_, rows = _indicator(db)
    answer = assistant.ask(f"{title}の{type_}、表の最初の年度の計画値は？")
    assert answer.status == "exact" and answer.value == rows[0][1], answer.summary
    assert any(u.get("value") == rows[0][0] for u in answer.understood)
    assistant.reset()
    answer = assistant.ask(f"{title}の{type_}、2年目の計画値は？")
    assert any(u.get("value") == rows[1][0] for u in answer.understood), answer.summary


def test_the_first_years_blank_is_not_the_next_years_figure(assistant, db):
    title, type_, rows = _indicator(db)
    answer = assistant.ask(f"{title}の{type_}、最初の年度の実績値は？")
    assert answer.value is None and any(u.get("value") == rows[0][0] for u in answer.understood), answer.summary
