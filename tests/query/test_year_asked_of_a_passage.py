"""「…はいつ決めたと回答していましたか。年度で。」: the fiscal year printed beside the question's words in the passage
found is the value (a search still); 「協働の関係各課」 whose two words no record holds together keeps the head noun
(関係各課), leaving out the word said of it. Expected years are read from the index."""
from __future__ import annotations

import re

import pytest

from assistant.text.normalize import nfkc


def _answer_with_a_year(db):
    for question, answer in db.execute("SELECT question, answer FROM qa ORDER BY line"):
        text = nfkc(answer or "")
        years = re.findall(r"(?:令和|平成)\d{1,2}年度", text)
        m = re.match(r"(?:現在の)?([一-龥ァ-ヶー]{3,8})", text)
        if len(set(years)) == 1 and m and "決定" in text:
            return m.group(1), years[0]
    pytest.skip("no Q&A answer stating one fiscal year")


def test_year_asked_read_from_the_answer(assistant, db):
    word, year = _answer_with_a_year(db)
    answer = assistant.ask(f"ニュースレターのQ&Aで、{word}はいつ決めたと回答していましたか。年度で。")
    assert answer.value == year and answer.status != "exact", answer.summary


def test_head_noun_kept_over_the_word_said_of_it(assistant, db):
    word, year = _answer_with_a_year(db)
    answer = assistant.ask(f"ニュースレターのQ&Aで、協働の{word}はいつ決めたと回答していましたか。年度で。")
    said = [u.get("value") for u in answer.understood if u.get("field") == "text"]
    assert word in said and answer.value == year, answer.summary
