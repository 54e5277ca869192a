"""「…で効率性が1だった年度はいつといつ」「…の総合評価がBだった年度はいつ」 of one record scored year by year in a part
of its own (a progress sheet's self-evaluation rows): the years whose row carries the score, the summary row (総括)
shown apart and never counted as a year. Expected years are read from the index."""
from __future__ import annotations

import pytest


def _record_with_a_repeated_score(db, field: str):
    rows = db.execute(f"SELECT p.code, p.title, s.year, s.[{field}] FROM self_eval s JOIN practice p ON p.key = s.practice_key "
                      "WHERE s.year <> '総括' ORDER BY p.line, s.line, s.code").fetchall()
    by: dict[tuple, dict] = {}
    for code, title, year, value in rows:
        by.setdefault((code, title), {}).setdefault(value, []).append(year)
    for (code, title), values in by.items():
        for value, years in values.items():
            if len(years) >= 2 and len(values) >= 2 and value is not None:
                if sum(1 for (_, t) in by if t == title) == 1:
                    return title, value, years
    pytest.skip(f"no record with a {field} score repeated over years")


@pytest.mark.parametrize("field,word", [("efficiency", "効率性"), ("overall", "総合評価")])
def test_years_of_the_score_said(assistant, db, field, word):
    title, value, years = _record_with_a_repeated_score(db, field)
    answer = assistant.ask(f"{title}で、{word}が{value}だった年度はいつといつ？")
    assert answer.value == "、".join(years), answer.summary
    assert "総括" not in answer.value


def test_a_word_naming_the_part_is_said_unread(assistant, db):
    title, value, years = _record_with_a_repeated_score(db, "efficiency")
    answer = assistant.ask(f"{title}のシートで、効率性の自己評価が{value}点だった年度はいつといつでしたか。")
    assert answer.value == "、".join(years), answer.summary
