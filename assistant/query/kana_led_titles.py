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


def lengthened(q: Query, question: str, titles: Iterable[str]) -> None:
    """Each keyword (a text match) the question types right after hiragana that a title writes with it, in place."""
    said = nfkc(question)
    titles = [nfkc(t) for t in titles]
    for i, c in enumerate(q.conditions):
        word = str(c.value)
        if c.field != "text" or c.op != "match" or not word or re.match(r"[ぁ-ゖ]", word):
            continue
        at = said.find(word)
        run = _KANA_BEFORE.search(said[:at]) if at > 0 else None
        if run is None:
            continue
        for k in range(len(run.group(1)), 0, -1):
            longer = run.group(1)[-k:] + word
            # (the title's word must begin there: at the title's start or after a mark, never after a letter —
            # 「手続きのデジタル化」「資源の活用」 write のデジタル and の活用, but as a particle, not as a word)
            # (compiled once for all the titles, and tried only on those holding the word: about 1.8 ms a question)
            begins = re.compile(r"(?<![ぁ-ゖァ-ヶー一-龥々A-Za-z0-9])" + re.escape(longer))
            if any(longer in t and begins.search(t) for t in titles):
                q.conditions[i] = Condition("text", "match", longer, f"本文に「{longer}」を含む")
                break
