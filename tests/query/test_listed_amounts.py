"""Records a passage lists with an amount each (「財政効果額 … 主な取組 ・ <実践項目名> 28億円 …」), ordered by that
amount when asked 「効果額の大きい順」: the list and the figures are read from the shipped corpus's passage."""
from __future__ import annotations

import pytest

from assistant.query.listed_amounts import _listed, yen
from assistant.text.normalize import nfkc


@pytest.mark.parametrize("printed, value", [("28億円", 28e8), ("7億7千万円", 7.7e8), ("1億1千万円", 1.1e8),
                                            ("37億6千万円", 37.6e8), ("1,200万円", 1.2e7), ("約3千円", 3000)])
def test_yen_of_an_amount_as_printed(printed, value):
    assert yen(printed) == pytest.approx(value)


def test_the_lines_listed_after_the_word():
    text = "2 効果額について\n効果額\n5億円\n主な取組\n・ 甲の推進 3億円\n・ 乙の導入 2億5千万円\n\n3 次の節\n・ 丙 1億円"
    assert _listed(text, "効果額") == [("甲の推進", "3億円"), ("乙の導入", "2億5千万円")]


def _listed_in_corpus(db):
    titles = {nfkc(t): c for c, t in db.execute("SELECT code, title FROM practice WHERE title != ''")}
    for (text,) in db.execute("SELECT text FROM passages WHERE instr(text, '効果額') > 0 AND instr(text, '円') > 0"):
        text = nfkc(text)
        word = next((w for w in ("財政効果額", "効果額") if w in text), "")
        listed = [(titles[n], a) for n, a in _listed(text, word) if n in titles]
        if len(listed) >= 2:
            return word, listed
    pytest.skip("no list of amounts by item in this corpus")


def test_items_listed_with_amounts_ordered_by_them(assistant, db):
    word, listed = _listed_in_corpus(db)
    want = [c for c, _ in sorted(listed, key=lambda p: -yen(p[1]))]
    answer = assistant.ask(f"{word}の主な取組として挙がっている実践項目を、効果額の大きい順に並べていただけますか。")
    assert [str(r["code"]) for r in answer.rows] == [str(c) for c in want], answer.summary
    assert answer.status == "exact" and not answer.unused
    assistant.reset()
    answer = assistant.ask(f"{word}の主な取組の実践項目を効果額の小さい順に")
    assert [str(r["code"]) for r in answer.rows] == [str(c) for c in reversed(want)], answer.summary


def test_an_amount_the_records_hold_is_ordered_by_their_field(assistant):
    answer = assistant.ask("事業費の大きい順に連携事業を並べて")
    assert not any(u.get("field") == "@listed" for u in answer.understood)
