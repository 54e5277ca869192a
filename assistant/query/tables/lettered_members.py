"""Columns headed by a letter alone (Ａ │ Ｂ │ … │ Ｅ of scores) that the document names in its text as its members
(「審査員Ａ〜Ｅの５名が各２０点満点で採点し」): each column is said with that word before its letter (「審査員Ｅの点」),
and the word alone over a bound (「誰か審査員が13点以上」) is any of those columns. Read from the document's own
sentence, so another document's word (委員Ａ〜Ｃ, 評価者Ａ・Ｂ) names its columns alike."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「審査員Ａ〜Ｅ」「委員A～C」「評価者Ａ・Ｂ・Ｃ」: the word, then the first letter to the last (or the letters listed)
_NAMED = re.compile(r"(?P<word>[一-龥ァ-ヶー]{1,6}?(?:員|者|委員))\s*(?P<first>[A-Z])\s*(?:[〜～~\-－]\s*(?P<last>[A-Z])|(?P<listed>(?:[・、,]\s*[A-Z]){1,8}))")


def members_of_letters(db, tables: list) -> list:
    """The tables with their letter columns given the document's word for them (forms 審査員a …)."""
    out = []
    texts: dict[str, str] = {}
    for t in tables:
        letters = [c for c in t.columns if re.fullmatch(r"[A-Z]", nfkc(c.header).strip())]
        if len(letters) < 2:
            out.append(t)
            continue
        if t.source not in texts:
            row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
            texts[t.source] = nfkc(row[0]) if row else ""
        have = {nfkc(c.header).strip() for c in letters}
        word = ""
        for m in _NAMED.finditer(texts[t.source]):
            named = ({chr(i) for i in range(ord(m.group("first")), ord(m.group("last")) + 1)} if m.group("last")
                     else {m.group("first"), *re.findall(r"[A-Z]", m.group("listed") or "")})
            if named == have:
                word = m.group("word")
                break
        if not word:
            out.append(t)
            continue
        # (「審査員Ｅの点」「審査員Ｅの点数」: the member's score said with what it is)
        said = {c.header: tuple(_key(f"{word}{nfkc(c.header).strip()}{tail}") for tail in ("の点数", "の得点", "の点", ""))
                for c in letters}
        out.append(replace(t, columns=[replace(c, forms=(*said[c.header], *c.forms)) if c.header in said else c
                                       for c in t.columns]))
    return out
