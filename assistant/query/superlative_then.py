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
# (or 「…がいちばん低い改革項目の委員会意見は？」: the record's word, then の and what is asked of it)
_SUPERLATIVE = r"[^、,，？?]+?(?:いちばん|一番|最も|もっとも)\s*(?:高い|低い|多い|少ない|大きい|小さい|良い|悪い|早い|遅い)"
_SPLIT = compiled(r"^(?P<first>" + _SUPERLATIVE + r"[^、,，？?]{0,20}?)(?:について|に関して|に対して|に対する|の場合)\s*[、,，]?\s*"
                  r"(?P<second>[^、,，]{2,40})$"
                  r"|^(?P<first2>" + _SUPERLATIVE + r"[^、,，？?の]{0,12}?(?:項目|事業|取組|事項|施策))の(?P<second2>[^、,，の]{2,20}(?:は|って)?[？?]?)$")


def superlative_then(assistant, question: str) -> Answer | None:
    """The answer to the second part, of the one record the first names; None when the question is not so."""
    m = _SPLIT.match(nfkc(question).strip())
    if not m:
        return None
    first, second = (m.group("first"), m.group("second")) if m.group("first") else (m.group("first2"), m.group("second2"))
    saved = dict(assistant.__dict__)  # (the turns are undone when they do not name one record)

    def undone() -> None:
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)

    one = assistant._ask(first + "は？")
    if one.error or one.status != "exact" or len(one.rows) != 1:
        undone()
        return None
    answer = assistant._ask("その" + second)
    row = one.rows[0]
    # (the second turn must be of that record: its own row, or rows the answer says belong to it)
    of_it = [r.get("key") for r in answer.rows] == [row.get("key")] or any(
        str(c.get("label", "")).startswith("前の回答の") for c in answer.understood)
    if answer.error or answer.status not in ("exact", "partial") or not answer.rows or not of_it:
        undone()
        return None
    named = " ".join(str(row.get(k)) for k in ("code", "title") if row.get(k))
    answer.question = question
    answer.notes.insert(0, f"「{first}」を {named} と読み、その{second.rstrip('は？?って')}を答えました")
    return answer
