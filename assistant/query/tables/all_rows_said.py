"""「6分類の目標削減率の平均」「全30施設の」: the table's rows said by their count and their own word (分類 of 分類名,
施設 of 施設番号): every row, no condition. Read only where the count said is the number of rows the table has;
any other count is left unread (the answer is then not given as certain)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「分類名」「施設番号」: the rows' own word before the naming column's tail
_NAMING_TAIL = re.compile(r"(?:番号|名称|名|No\.?|NO\.?|№|コード|ID)$")


def _row_words(t) -> set[str]:
    words = set()
    for h in (t.name, t.number):
        h = "".join(nfkc(str(h or "")).split())
        m = _NAMING_TAIL.search(h)
        if m and m.start() >= 2:
            words.add(_key(h[:m.start()]))
    # (「6税目」 of rows named 個人市民税 … under 区分: the word their names say they are, read.py)
    named = next((c for c in t.columns if c.header == t.name), None) if t.name else None
    words |= {_key(f) for f in (named.forms if named else ()) if re.fullmatch(r"[一-龥]目", f)}
    return {w for w in words if re.fullmatch(r"[一-龥]{2,4}", w)}


def read_all_rows_said(t, qn: str, free, take) -> None:
    words = _row_words(t)
    if not words or not t.rows:
        return
    said = re.compile(rf"(?:全|全部で|すべての|全ての)?\s*(?P<n>\d{{1,3}})\s*(?:つの)?\s*(?:{'|'.join(map(re.escape, words))})"
                      r"\s*(?:すべて|全て|全部|全体)?(?=の|で|に|について|を|は)")
    for m in said.finditer(qn):
        if free(*m.span()) and int(m.group("n")) == len(t.rows):
            take(*m.span(), "filler")
