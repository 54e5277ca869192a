"""An acronym said for a name the documents spell out once with it in brackets (「GCF」 for
「ガバメントクラウドファンディング(GCF)」): read as the name where the documents print the acronym only so, the name
is one of the records' titles (or their part) and exactly one name is printed before it; stated in a note."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from assistant.query.compiled import compiled

# An acronym as typed: two to six Latin capitals (half or full width after NFKC), not inside a longer word; typed
# all in small letters (「gcf」, a search box's habit) it is the same acronym.
_ACRONYM = compiled(r"(?<![A-Za-z0-9])([A-Z]{2,6}|[a-z]{2,6})(?![A-Za-z0-9])")


def expansions(db, acronym: str) -> set[str]:
    """The names the passages print right before 「(acronym)」 (a run of kanji, kana or katakana)."""
    from assistant.store.search import passage_sql

    memo = getattr(db, "memo", None)
    cache = memo.setdefault("acronyms", {}) if memo is not None else {}
    if acronym in cache:
        return cache[acronym]
    found: set[str] = set()
    built = passage_sql(acronym)
    if built is not None:
        sql, params = built
        before = compiled(r"([一-龥々ぁ-んァ-ヶー・]{2,40})\s*[(（]\s*" + re.escape(acronym) + r"\s*[)）]")
        for (text,) in db.execute(f"SELECT text FROM passages WHERE id IN ({sql}) LIMIT 200", params).fetchall():
            found |= {m.group(1) for m in before.finditer(str(text or ""))}
    cache[acronym] = found
    return found


def spelled_out(text: str, expand: Callable[[str], set[str]] | None, titles: Iterable[str],
                notes: list[str] | None = None) -> str:
    """`text` with each acronym the documents spell out (and print nowhere else as a title's word) in full."""
    if expand is None:
        return text
    titles = tuple(titles)
    for typed in dict.fromkeys(m.group(1) for m in _ACRONYM.finditer(text)):
        acronym = typed.upper()
        if any(acronym in t.upper() for t in titles):
            continue  # a title writes it so (「RPAの導入」): the acronym is the documents' own word
        names = expand(acronym)
        # (the name printed is the end of the run before the bracket: the longest end a title holds)
        # (at least half the run and four characters: 「ション」 of a longer name is no name)
        held = {n[i:] for n in names for i in range(len(n) - 1)
                if len(n) - i >= max(4, (len(n) + 1) // 2) and any(n[i:] in t for t in titles)}
        held = {h for h in held if not any(h != o and h in o for o in held)}
        if len(held) != 1:
            continue
        name = held.pop()
        if name in text:
            continue
        text = _ACRONYM.sub(lambda m: name if m.group(1) == typed else m.group(0), text)
        if notes is not None:
            notes.append(f"「{typed}」を「{name}」とみなしました")
    return text
