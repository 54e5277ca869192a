"""A compound said in a spelling no document writes (「コンビニ納付」), read as the one record title's words it is
near: its head written as said (コンビニ) and its two-kanji tail (納付) in place of a two-kanji word of that title
sharing one of its kanji (収納, of 「コンビニ等を利用した市税収納委託」). The titles are the index's own vocabulary;
only one record and one such word may fit, and the reading is a guess, so the answer says it first (partial)."""
from __future__ import annotations

import re
from typing import Callable

from assistant.query.answer import Condition
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_KANJI2 = re.compile(r"[一-龥]{2}")
# The note this reading leaves (conversation.py makes the answer partial and says it first).
NEAR_READ = compiled(r"「[^「」]{2,16}」は本文に見当たらない表記のため、題名の「[^「」]{1,20}」と「[^「」]{2}」"
                     r"（「[^「」]{2}」の近い表記として）で探しました")


def near_spelled(word: str, titles_with: Callable[[str], list[str]]) -> tuple[list[Condition], str] | None:
    """The two conditions (head, the title's word for the tail) and the note, or None. `titles_with(head)` gives the
    titles of the records (under the question's other conditions) whose text holds the head."""
    from assistant.text.tokenize import morphemes  # (Sudachi, loaded once the question is read)

    said = nfkc(word)
    parts = morphemes(said)
    if len(parts) < 2 or any(m.part_of_speech()[0] not in ("名詞", "接尾辞") for m in parts):
        return None
    tail = parts[-1].surface()
    head = said[:len(said) - len(tail)]
    if len(head) < 2 or not _KANJI2.fullmatch(tail):
        return None
    found: set[tuple[str, str]] = set()
    for title in titles_with(head):
        title = nfkc(title)
        if head not in title:
            continue  # (the head must be the title's own word, not any passage's)
        for m in morphemes(title):
            w = m.surface()
            if w != tail and _KANJI2.fullmatch(w) and len(set(w) & set(tail)) == 1 \
                    and m.part_of_speech()[0] == "名詞":
                found.add((title, w))
    if len(found) != 1:
        return None
    (_, near), = found
    note = (f"「{word}」は本文に見当たらない表記のため、題名の「{head}」と「{near}」（「{tail}」の近い表記として）"
            f"で探しました")
    return [Condition("text", "match", head, f"本文に「{head}」を含む"),
            Condition("text", "match", near, f"本文に「{near}」を含む")], note
