"""A word of a record's title that begins in hiragana before katakana or kanji (「とまチョップ水」), which the
tokenizer cuts at the script change (チョップ水, とま left as grammar): the keyword read is lengthened back over the
hiragana typed right before it, as far as some title writes it so. The titles are the index's own vocabulary, so
a particle before a word (「…のデジタル化」) is never taken in: the title's word must begin with the hiragana, at the
title's start or after a mark."""
from __future__ import annotations

import re
from typing import Iterable

from assistant.query.answer import Condition, Query
from assistant.text.normalize import nfkc

_KANA_BEFORE = re.compile(r"([ぁ-ゖ]{1,6})$")
_LETTER = re.compile(r"[ぁ-ゖァ-ヶー一-龥々A-Za-z0-9]")


def _begins_word(title: str, word: str) -> bool:
    """Whether `word` stands in `title` at its start or after a mark, never after a letter (as
    re.search(r"(?<![ぁ-ゖァ-ヶー一-龥々A-Za-z0-9])" + re.escape(word), title)). Not a pattern per word:
    its class of every kanji took `re` about 0.6 ms to compile, and over other towns' documents a
    conversation's patterns outgrow re's cache, so each question compiled it again."""
    at = title.find(word)
    while at != -1:
        if at == 0 or not _LETTER.match(title, at - 1):
            return True
        at = title.find(word, at + 1)
    return False


def lengthened(q: Query, question: str, titles: Iterable[str]) -> None:
    """Each keyword (a text match) the question types right after hiragana that a title writes with it, in place."""
    said = nfkc(question)
    read: list[str] | None = None  # (the titles, normalised when a keyword first follows hiragana: most questions' none)
    for i, c in enumerate(q.conditions):
        word = str(c.value)
        if c.field != "text" or c.op != "match" or not word or re.match(r"[ぁ-ゖ]", word):
            continue
        at = said.find(word)
        run = _KANA_BEFORE.search(said[:at]) if at > 0 else None
        if run is None:
            continue
        if read is None:
            read = [nfkc(t) for t in titles]
        for k in range(len(run.group(1)), 0, -1):
            longer = run.group(1)[-k:] + word
            # (the title's word must begin there: at the title's start or after a mark, never after a letter —
            # 「手続きのデジタル化」「資源の活用」 write のデジタル and の活用, but as a particle, not as a word)
            # (tried only on the titles holding the word)
            if any(longer in t and _begins_word(t, longer) for t in read):
                q.conditions[i] = Condition("text", "match", longer, f"本文に「{longer}」を含む")
                break
