"""Years said relative to now (今年度, 昨年度/前年度, 一昨年度, 「最初の年度から翌年度」) read from the years the asked
records' fields hold (never the machine's clock): 今年度 = the last graded year, 昨年度 = the one before, 一昨年度 = two
before; the answer says how each was read. A question naming a year keeps 前年度 relative to that year; a table's own
「今年度(…)」/「今年度の実施予定」 column is left as said. Records held one per year (a sheet's indicators) count
「最新の年度」 back from the years their asked field fills. 「初めて3になった年度」 of a yearly self-evaluation is the
first year carrying it. Expected answers are read from the index, never written here."""
from __future__ import annotations

import pytest

from assistant.kinds.registry import is_year_field, year_fields


def _graded_years(db) -> list[str]:
    cols = [r[1] for r in db.execute("PRAGMA table_info(practice)") if is_year_field(r[1])]
    held = [c for c in year_fields(cols)
            if db.execute(f"SELECT 1 FROM practice WHERE trim(coalesce([{c}], '')) NOT IN ('', '-', '－') LIMIT 1").fetchone()]
    if len(held) < 3 or len({s for (s,) in db.execute("SELECT DISTINCT source FROM practice")}) != 1:
        pytest.skip("no single practice list graded over three years")
    return held


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


@pytest.mark.parametrize("word,back", [("今年度", 1), ("昨年度", 2), ("一昨年度", 3)])
def test_a_relative_year_is_the_last_years_graded(assistant, db, word, back):
    year = _graded_years(db)[-back]
    said = assistant.ask(f"{word}にC評価だった実践項目は？")
    plain = assistant.ask(f"{year.upper()}にC評価だった実践項目は？")
    assert said.status == "exact" and _codes(said) == _codes(plain), said.summary
    assert any(f"「{word}」を資料の" in n and year.upper() in n for n in said.notes), said.notes


def test_the_year_before_beside_this_year(assistant, db):
    years = [y.upper() for y in _graded_years(db)]
    said = assistant.ask("前年度より今年度の評価が上がった実践項目は？")
    plain = assistant.ask(f"{years[-2]}より{years[-1]}の評価が上がった実践項目は？")
    assert said.status == "exact" and _codes(said) == _codes(plain), said.summary


def test_the_year_after_the_first(assistant, db):
    years = [y.upper() for y in _graded_years(db)]
    said = assistant.ask("最初の年度から翌年度にかけて評価が上がった実践項目を教えて")
    plain = assistant.ask(f"{years[0]}から{years[1]}にかけて評価が上がった実践項目を教えて")
    assert said.status == "exact" and _codes(said) == _codes(plain), said.summary


def test_an_end_year_said_relative(assistant, db):
    years = [y.upper() for y in _graded_years(db)]
    said = assistant.ask("昨年度で取組終了になった実践項目はどれ？")
    plain = assistant.ask(f"{years[-2]}で取組終了になった実践項目はどれ？")
    assert said.status == "exact" and _codes(said) == _codes(plain), said.summary
    until = assistant.ask("一昨年度までに取組が終わった実践項目は？")
    assert _codes(until) == _codes(assistant.ask(f"{years[-3]}までに取組が終わった実践項目は？")), until.summary


def test_a_year_named_keeps_the_year_before_its_own(assistant, db):
    years = [y.upper() for y in _graded_years(db)]
    said = assistant.ask(f"{years[-2]}に前年度より評価が上がった実践項目は？")
    assert not any("資料の最新年度" in n for n in said.notes), said.notes
    assert any(years[-3] in c["label"] and years[-2] in c["label"] for c in said.understood), said.understood


def test_a_tables_own_this_year_is_left_as_said(assistant):
    answer = assistant.ask("今年度の実施予定欄が何も書いてない連携事業はどれ？")
    assert not any("資料の最新年度" in n for n in answer.notes), answer.notes


def test_latest_year_of_records_held_per_year(assistant, db):
    rows = db.execute("SELECT p.name, i.indicator, i.type, i.year, i.actual FROM indicator i JOIN program p ON p.key = i.program_key "
                      "ORDER BY i.line").fetchall()
    by: dict[tuple, list] = {}
    for name, indicator, kind, year, actual in rows:
        by.setdefault((name, kind), []).append((indicator, year, actual))
    for (name, kind), items in by.items():
        filled = [(ind, y, a) for ind, y, a in items if a not in (None, "")]
        if len(filled) == 1 and len(items) > 2 and items[-1][1] != filled[0][1] \
                and sum(1 for (n, _k) in by if n == name) >= 1 and kind:
            break
    else:
        pytest.skip("no indicator whose actual is printed for one year only")
    answer = assistant.ask(f"{name}の{kind}、最新の年度の実績値は？")
    assert str(answer.value) == str(filled[0][2]), answer.summary
    assert any("「最新の年度」" in n and filled[0][1] in n for n in answer.notes), answer.notes


def test_first_year_a_score_is_reached(assistant, db):
    rows = db.execute("SELECT p.title, s.year, s.efficiency FROM self_eval s JOIN practice p ON p.key = s.practice_key "
                      "WHERE s.year <> '総括' ORDER BY p.line, s.line").fetchall()
    by: dict[str, list] = {}
    for title, year, value in rows:
        by.setdefault(title, []).append((year, value))
    for title, years in by.items():
        values = [v for _, v in years]
        last = values[-1]
        if last is not None and values.count(last) == 1 and len(values) >= 3 and list(by).count(title) == 1:
            break
    else:
        pytest.skip("no sheet whose last efficiency score is new")
    answer = assistant.ask(f"{title}で、自己評価の効率性が初めて{last}になったのはどの年度？")
    assert answer.value == years[-1][0], answer.summary


def test_after_a_year_named_this_year_is_still_the_last_and_the_year_before_its_own(assistant, db):
    years = [y.upper() for y in _graded_years(db)]
    assistant.ask(f"{years[-3]}にC評価だった実践項目は？")
    this = assistant.ask("そのうち今年度はBのものは？")
    assert any(years[-1] in c["label"] for c in this.understood), this.understood
    other = type(assistant)(db)
    other.ask(f"{years[-1]}にA評価だった実践項目は？")
    before = other.ask("そのうち前年度もAだったのは？")
    assert any(years[-2] in c["label"] for c in before.understood), before.understood
    assert not any("資料の最新年度" in n for n in before.notes), before.notes
