"""A title's word beginning in hiragana before katakana (「とまチョップ水」) is sought whole, not cut at the script
change (チョップ水); hiragana a title does not write with the word (a particle) is not taken in."""
from __future__ import annotations

import re

import pytest

from assistant.text.normalize import nfkc


def _word(db) -> str:
    for (title,) in db.execute("SELECT title FROM practice"):
        m = re.match(r"[ぁ-ゖ]{2,}[ァ-ヶー]{2,}[一-龥]*", nfkc(str(title)))
        if m:
            return m.group(0)
    pytest.skip("no title with a word beginning in hiragana before katakana")


def _sought(answer) -> list[str]:
    return [u["value"] for u in answer.understood if u.get("field") == "text" and u.get("op") == "match"]


def test_word_sought_whole_as_the_title_writes_it(assistant, db):
    word = _word(db)
    answer = assistant.ask(f"{word}の販売店は何店舗？")
    assert word in _sought(answer) or word in answer.summary, (answer.understood, answer.summary)
    assert not any(w != word and w in word for w in _sought(answer)), answer.understood


def test_particle_before_a_word_is_not_taken_in(assistant, db):
    for (title,) in db.execute("SELECT title FROM practice"):
        m = re.search(r"[ぁ-ゖ]の([ァ-ヶー]{2,}[一-龥]*)", nfkc(str(title)))
        if m:
            break
    else:
        pytest.skip("no title writing a particle before katakana")
    answer = assistant.ask(f"苫小牧の{m.group(1)}の取組")
    assert not any(w.startswith("の") for w in _sought(answer)), answer.understood
