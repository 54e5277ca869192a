"""「そのうち基本方針1のものは？」 over a plan printing 「基本方針1 …」 lines above its tables: the rows printed
between that line and the next line of the same word (基本方針2 …), when no column holds the word (read by
question.py as a 「section」 mention, bound to those rows)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# (「令和6年1月」 is a date, 「第3回」 a count: no section)
_SECTION = re.compile(r"(?P<word>(?!令和|平成|昭和)[一-龥ァ-ヶー]{2,6}?)\s*(?P<n>\d{1,2})(?![\d\-－‐.．年月日度号回])")


def section_rows(db, t, question: str) -> tuple[str, list[str], tuple[int, int]] | None:
    """(the section said, the keys of the table's rows under it, its span in the search form), or None."""
    qn = _key(question)
    text = None
    for m in _SECTION.finditer(nfkc(question)):
        word, n = m.group("word"), int(m.group("n"))
        if any(_key(word) in _key(h) for c in t.columns for h in (c.header, *c.forms)):
            continue  # (a column's own word: read by the table's reading)
        if any(_key(f"{word}{n}") in _key(str(r["cells"].get(h) or "")) for r in t.rows for h in r["cells"]):
            continue  # (printed in the rows themselves)
        if text is None:
            got = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
            text = nfkc((got[0] if got else "") or "").splitlines()
        heads = [(i + 1, int(h.group(1))) for i, line in enumerate(text)
                 if (h := re.match(rf"^\s*{re.escape(word)}\s*(\d{{1,2}})(?![\d\-－‐.．])\s*\S", line))]
        numbers = [k for _, k in heads]
        if len(heads) < 2 or n not in numbers or len(set(numbers)) != len(numbers):
            continue
        start = next(line for line, k in heads if k == n)
        end = min((line for line, _ in heads if line > start), default=len(text) + 1)
        keys = [r["key"] for r in t.rows if start < (r.get("line") or 0) < end]
        if not keys:
            continue
        said = _key(m.group(0))
        at = qn.find(said)
        return f"{word}{n}", keys, ((at, at + len(said)) if at >= 0 else (0, 0))
    return None

