"""A follow-up that drops one condition of the conversation by naming it (「じゃあ取組項目は問わずに、…」「テーマの
条件は外して、…」「委員評価は関係なく」): that condition goes, every other one stays, and the rest of the question
is read as a follow-up of what is left. The words name a field or a kind (取組項目, テーマ, 担当課); the conditions
in force are matched by the field they are on, or by their label's field word. A word that names no condition in
force is left in the question, where it stays unused (the answer is partial and says so)."""
from __future__ import annotations

import copy
from dataclasses import dataclass

from assistant.query.grammar.followups import DROPS
from assistant.query.vocabulary import KIND_WORDS, VALUE_FIELDS

# (the parser's forms of a field's conditions before they are resolved: 担当部署 is said as @dept, of one city's
# side as @city_dept beside it)
_SAID_AS = {"departments": ("@dept", "@city_dept", "departments")}


@dataclass
class Dropped:
    """A follow-up that drops a condition of the previous query: the question left, the query without it."""
    question: str  # the question without the words that dropped the condition
    context: object  # the previous query without it (a copy: the conversation's own is not changed)
    labels: list[str]  # the labels of the conditions dropped, for the answer's note


def _fields_named(word: str) -> set[str]:
    fields = {f for w, f in VALUE_FIELDS if w == word} | {k for w, k in KIND_WORDS if w == word}
    return fields | {said for f in list(fields) for said in _SAID_AS.get(f, ())}


def _names(c, word: str, fields: set[str]) -> bool:
    if c.field in fields or any(c.field.startswith(f"@title:{f}") for f in fields):
        return True
    # (a condition's label starts with the field word it is on: 「取組項目 = 12「…」」「テーマ ∋ 民活」)
    head = str(c.label or "").split(" ", 1)[0]
    return head == word


def dropped(question: str, context) -> Dropped | None:
    """The question with one named condition of `context` dropped, or None when it names none in force."""
    if context is None or not context.conditions:
        return None
    m = DROPS.regex.search(question)
    if m is None:
        return None
    word = m.group("what")  # (kanji and katakana only: 「じゃあ」 before it is no part of it)
    fields = _fields_named(word)
    gone = [c for c in context.conditions if _names(c, word, fields)]
    if not gone:
        return None
    kept = copy.copy(context)
    kept.conditions = [c for c in context.conditions if c not in gone]
    rest = (question[:m.start("what")].rstrip("、, ") + ("、" if m.start("what") else "") + question[m.end():]).strip("、, ")
    return Dropped(rest, kept, [c.label for c in gone])
