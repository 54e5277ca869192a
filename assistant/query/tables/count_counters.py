"""「応募が1法人しかなかった」「応募法人が2つ以上あった」 over 応募法人数: a count column is said by its stem with
the number counted in the column's own counter (応募 + 1 + 法人, of 応募 + 法人 + 数), or in the plain counter つ
after any word the column is said by, or after the column's stem alone (「取組が4つしかない」 over 取組数: what the column
counts, said with a plain counter); 「…しかなかった」 says the figure is that number and no more, no negation."""
from __future__ import annotations

import re

from assistant.query.facts import _key

# 「しかなかった」「しかない」「しかいない」「しかありませんでした」: only that many
ONLY = re.compile(r"しか\s*(?:なかった|ない|無い|いない|いなかった|ありません(?:でした)?|おらず|なく)")


def own_counter(columns, before: str, after: str) -> tuple[int, str, int]:
    """(the counter's length, the column, where its stem starts) when the counter after a number, with the stem said
    just before the number, spells a count column's header (応募が + 1 + 法人 of 応募法人数); (0, "", 0) else. One
    column only: two alike are left unread."""
    found = set()
    for c in columns:
        key = _key(c.header)
        if not (c.numeric and c.year is None and key.endswith("数")):
            continue
        for n in (1, 2, 3):
            stem, counter = key[:-1 - n], key[-1 - n:-1]
            said = re.search(re.escape(stem) + r"\s*(?:が|は|も)?\s*$", before) if len(stem) >= 2 else None
            if said and re.fullmatch(r"[一-龥]+", counter) and after.startswith(counter):
                found.add((c.header, n, said.start(), said.start() + len(stem)))
    if len(found) != 1:
        return 0, "", 0
    header, n, start, _ = next(iter(found))
    return n, header, start


def count_column_said(columns, before: str) -> bool:
    """A count column (…数) is said before the number, whole or by one of its forms of three letters or more
    (応募法人 of 応募法人数), so a plain counter つ after the number counts that column's figure."""
    said = _key(before)
    return any(c.numeric and _key(c.header).endswith("数")
               and any(len(_key(f)) >= 3 and _key(f) in said for f in (c.header, *c.forms)) for c in columns)


# the plain counters any count is said in
_PLAIN = re.compile(r"つ|個|件")


def stem_counted(columns, before: str, after: str) -> tuple[int, str, int]:
    """(the plain counter's length, the column, where its stem starts) when the stem of a count column (取組 of 取組数)
    is said just before the number with が/は/も and a plain counter after it (「取組が4つ」「事業は5件以上」);
    (0, "", 0) else. One column only: two alike are left unread."""
    counter = _PLAIN.match(after)
    if not counter:
        return 0, "", 0
    found = set()
    for c in columns:
        key = _key(c.header)
        if not (c.numeric and c.year is None and key.endswith("数")) or len(key) < 3:
            continue
        said = re.search(re.escape(key[:-1]) + r"\s*(?:が|は|も)\s*$", before)
        if said:
            found.add((c.header, said.start()))
    if len(found) != 1:
        return 0, "", 0
    header, start = next(iter(found))
    return counter.end(), header, start
