"""「見直しの対象になってる補助金」: 対象 said of what the document itself does to its rows (the 見直し of
「補助金等の見直し結果」) is every row of the table, no condition beyond the table."""
from __future__ import annotations


from assistant.query.compiled import compiled

_SUBJECT = compiled(r"の対象(?:に|と)?(?:な|だ|で|の|と|に|は|って)")


def subject_of_table(word: str, qn: str, context: str) -> bool:
    """True when `word` is 対象 said after the document's own word (「見直しの対象」 of a 見直し結果)."""
    if word != "対象":
        return False
    # (the word before の: its last 2–6 characters, 「市民生活部で見直し」 ending on 見直し)
    return any(any(len(before[-k:]) == k and before[-k:] in context for k in range(2, 7))
               for m in _SUBJECT.finditer(qn) for before in [qn[:m.start()]])
