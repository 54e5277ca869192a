"""「達成率が低い順にワースト３の指標」 where a dedicated kind is called 指標 (a program sheet's indicators) and another
document's table names its rows by a column ending in that word (成果指標名 │ 達成率 …): the table's rows are what the
question calls by it, when the table reads the question whole. The kind's records of other documents merely share a
word; the answer says which table it read, so a reader meaning the program sheet sees it."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled  # (a pattern per kind word: kept for the process, never evicted by re's own 512)
from assistant.query.vocabulary import KIND_WORDS
from assistant.text.normalize import nfkc

# The kind's word as the thing asked: followed by a particle, a question word or the question's end.
_AS_NOUN = r"(?:は|って|を|が|で|の|に|[?？、。]|$)"


def _squeezed(text) -> str:
    return "".join(nfkc(str(text or "")).split())


def rows_called_by_kind_word(question: str, target: str, tables):
    """The loose table answer (Answer, TableContext) when the question names `target` by a word that the table's
    naming column ends in and the table reads every word; None otherwise."""
    if not target:
        return None
    asked = _squeezed(question)
    kinds = {w for w, _ in KIND_WORDS}
    # (the word said whole, or as the tail of a longer kind word (成果指標): not 項目 of 「推進項目は」, a document's own
    # word for its records, which then scope the answer as on main)
    words = [w for w, k in KIND_WORDS if k == target and any(
        (m.group(1) + w) == w or (m.group(1) + w) in kinds
        for m in compiled(r"([一-龥々]*)" + re.escape(w) + _AS_NOUN).finditer(asked))]
    if not words:
        return None
    loose = tables(loose=True)
    if loose is None or loose[1] is None or loose[0].status != "exact" or loose[0].unused or not loose[0].rows:
        return None
    table = loose[1].table
    names = {re.sub(r"(?:名称|名)$", "", _squeezed(c.header)) for c in table.columns
             if re.search(r"(?:名称|名)$", _squeezed(c.header))}
    said = next((w for w in words for n in names if len(n) > len(w) and n.endswith(w)), "")
    if not said:
        return None
    title = _squeezed(table.doc_title) or table.source
    loose[0].notes.insert(0, f"「{said}」は「{title}」の表の行（{said}の名前の列がある表）と読みました")
    return loose
