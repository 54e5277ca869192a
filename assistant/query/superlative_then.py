"""「委員会評点がいちばん低い改革項目について、委員会の意見は？」: one question naming a record by a superlative and
asking something of it. It is read as the two turns it stands for — the record first (「委員会評点がいちばん低い
改革項目は？」), then 「その委員会の意見は？」 of it — only when the first names exactly one record for certain;
otherwise the conversation is left as it was and the question is read whole."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Answer

# The record said by a superlative, then what is asked of it after 「について、」.
_SPLIT = compiled(r"^(?P<first>[^、,，？?]+?(?:いちばん|一番|最も|もっとも)\s*(?:高い|低い|多い|少ない|大きい|小さい|良い|悪い|早い|遅い)"
                  r"[^、,，？?]{0,20}?)(?:について|に関して|に対して|に対する|の場合)\s*[、,，]?\s*(?P<second>[^、,，]{2,40})$")


def superlative_then(assistant, question: str) -> Answer | None:
    """The answer to the second part, of the one record the first names; None when the question is not so."""
    m = _SPLIT.match(nfkc(question).strip())
    if not m:
        return None
    saved = dict(assistant.__dict__)  # (the turns are undone when they do not name one record)

    def undone() -> None:
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)

    first = assistant._ask(m.group("first") + "は？")
    if first.error or first.status != "exact" or len(first.rows) != 1:
        undone()
        return None
    second = assistant._ask("その" + m.group("second"))
    if second.error or second.status not in ("exact", "partial") or not (second.rows or second.excerpts):
        undone()
        return None
    row = first.rows[0]
    named = " ".join(str(row.get(k)) for k in ("code", "title") if row.get(k))
    second.question = question
    second.notes.insert(0, f"「{m.group('first')}」を {named} と読み、その{m.group('second').rstrip('は？?')}を答えました")
    return second
