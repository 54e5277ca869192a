"""Facts a progress sheet states in words, asked of one item: the passage naming the year asked (「R3年度の正規職員数」,
stated in the entry of the year before) is read first, and 「何年から何年に延ばした」 asks both ends of a span."""
from __future__ import annotations

import unicodedata


def _first_read(answer) -> str:
    return unicodedata.normalize("NFKC", answer.summary).replace(" ", "")


def test_the_passage_naming_the_year_asked_comes_first(assistant):
    answer = assistant.ask("職員数の適正化のシートで、R3年度の正規職員数は何人と定めた？")
    assert answer.status == "search"  # (a passage to read, no value claimed)
    said = _first_read(answer)
    assert "R3年度の正規職員数" in said and "R4年度" not in said


def test_from_what_to_what_asks_a_span(assistant):
    answer = assistant.ask("競争入札参加資格の有効期間延長のシートでは、登録期間を何年から何年に延ばした？")
    assert "2年から4年" in _first_read(answer)


def test_a_years_score_read_on_the_sheet(assistant, db):
    answer = assistant.ask("ガバメントクラウドファンディングの進捗状況シートで、R5年度の進捗度の自己評価は何点？")
    row = db.conn.execute("select e.progress from self_eval e join practice p on p.key = e.practice_key "
                          "where p.title like 'ガバメントクラウドファンディング%' and e.year = 'R5'").fetchone()
    assert answer.status == "exact" and answer.value == row[0]
