"""Questions typed in romaji (「R2 shuuryou no jissen koumoku」): the romaji words read as kana, then as the known
words they sound like, each reading said in a note; a lone lowercase word or one that is no romaji is left as typed."""
from __future__ import annotations

import pytest

from assistant.query.romaji import hiragana, romaji_as_kana
from tests.conversation_helpers import ask


def _keys(answer) -> list[str]:
    return sorted(str(r.get("key")) for r in answer.rows if isinstance(r, dict))


@pytest.mark.parametrize("typed, kanji", [
    ("R2 shuuryou no jissen koumoku", "R2終了の実践項目"),
    ("soumuka ga tantou no jissen koumoku", "総務課が担当の実践項目"),
    ("iinkai no hyouka ga ichiban takai torikumi koumoku", "委員会の評価が一番高い取組項目"),
])
def test_romaji_reads_as_the_kanji_question(assistant, typed, kanji):
    said = ask(assistant, typed)
    written = ask(assistant, kanji)
    assert said.status == "exact" and _keys(said) == _keys(written) and _keys(written), said.summary
    assert said.value == written.value
    first = typed.split()[1] if typed.startswith("R2") else typed.split()[0]
    assert any(f"「{first}」を" in n for n in said.notes), said.notes


def test_words_that_are_no_romaji_stay_as_typed():
    assert hiragana("pdf") is None and hiragana("rpa") is None and hiragana("excel") is None
    assert hiragana("jissen") == "じっせん" and hiragana("hyouka") == "ひょうか" and hiragana("kan'i") == "かんい"
    # (one lowercase word alone is no romaji sentence: an English word or an acronym typed small)
    assert romaji_as_kana("ai の実践項目") == ("ai の実践項目", {})
    assert romaji_as_kana("RPA no jissen koumoku")[0] == "RPA の じっせん こうもく"
