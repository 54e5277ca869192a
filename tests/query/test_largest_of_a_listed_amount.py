"""「財政効果額の主な取組で一番大きいのはどれでいくら？」 asked in one question: the largest line of the list a passage
prints under the amount's word (as after that figure was read), named as its record with the amount printed.
Expected answers are read from the index, never written here."""
from __future__ import annotations


import pytest

from assistant.query.listed_amounts import _LINE, yen
from assistant.text.normalize import nfkc


def _list_under(db, word: str):
    for (text,) in db.execute("SELECT text FROM passages WHERE instr(text, ?) > 0 AND instr(text, '円') > 0", [word]):
        body = nfkc(text)
        lines = [m for ln in body[body.find(word):].split("\n") if (m := _LINE.match(ln))]
        if len(lines) >= 2:
            return [(m.group("name").strip(), m.group("amount")) for m in lines]
    pytest.skip(f"no list under {word}")


@pytest.mark.parametrize("tail, pick", [("一番大きいのはどれでいくら？", max), ("最も小さいのは？", min)])
def test_extreme_line_of_the_list_under_the_amount_word(assistant, tail, pick):
    db = assistant.db
    listed = _list_under(db, "財政効果額")
    name, amount = pick(listed, key=lambda t: yen(t[1]))
    answer = assistant.ask(f"財政効果額の主な取組で{tail}")
    assert name in answer.summary and amount in answer.summary, answer.summary
    assert "前の回答" not in answer.summary
