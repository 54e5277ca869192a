"""A category value of two two-kanji words said by the first kanji of each (随意契約 → 随契, 指名停止 → 指停), as such
terms are clipped in speech: 「随契を除いて」 is said of the rows whose 入札方式 is 随意契約. Read from the table's own
values, only where the clipped form is no other value's and no part of any."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re


_TWO_WORDS = re.compile(r"([一-龥])[一-龥]([一-龥])[一-龥]")


def clipped_values(t, values: dict[str, set[str]], key, dashes: set[str]) -> list[tuple[str, str, object]]:
    """(clipped form, "value", (value's search form, its columns)) for each 4-kanji value of a column of few
    values repeated over the rows (a category: 入札方式), where the clipped form names that value only."""
    out: dict[str, tuple[str, set[str]] | None] = {}
    for c in t.columns:
        if c.numeric or c.years_inside or c.header in (t.name, t.number, "見出し"):
            continue
        cells = list(printed_cells(t, c.header))
        distinct = {v for v in cells if v} - dashes
        if len(distinct) < 2 or len(distinct) * 2 > len(t.rows):
            continue
        for v in distinct:
            m = _TWO_WORDS.fullmatch(v)
            if m is None:
                continue
            clip = key(m.group(1) + m.group(2))
            out[clip] = (key(v), values.get(key(v), {c.header})) if clip not in out else None
    return [(w, "value", held) for w, held in out.items() if held is not None
            and not any(w in vk for vk in values) and w not in key(t.doc_title + t.caption)]


# 「書かない窓口で受付」「オンライン申請可」「電子申請対応」: a category that is a thing and a predicate after it (受付,
# 可, 対応), said by the thing alone (「書かない窓口の手続」「オンライン申請には載っていない」).
_PREDICATE_TAIL = re.compile(r"^(?P<head>.{4,}?)(?:(?:で|に|にて)?(?:受付|対応|実施|利用)(?:可能?|中)?|(?:で|に|にて)?可能?)$")


def predicate_clipped_values(t, values: dict[str, set[str]], key, dashes: set[str]) -> list[tuple[str, str, object]]:
    """(the thing, "value", (value's search form, its columns)) for each category value of a column of few values
    repeated over the rows whose printed form is a thing and a predicate, where the thing names that value only and
    is no value itself."""
    out: dict[str, tuple[str, set[str]] | None] = {}
    for c in t.columns:
        if c.numeric or c.years_inside or c.header in (t.name, t.number):
            continue
        cells = list(printed_cells(t, c.header))
        distinct = {v for v in cells if v} - dashes
        if len(distinct) < 2 or len(distinct) * 2 > len(t.rows):
            continue
        for v in distinct:
            m = _PREDICATE_TAIL.fullmatch(key(v))
            if m is None or m.group("head") in values:
                continue
            head = m.group("head")
            if any(head in key(o) for o in distinct if o != v):
                continue  # (the thing is part of another value too: it names neither)
            held = (key(v), values.get(key(v), {c.header}))
            if head in out and out[head] is not None and out[head][0] != held[0]:
                out[head] = None
            elif head not in out:
                out[head] = held
    return [(w, "value", held) for w, held in out.items() if held is not None]


# 「下水道の車」 of a ledger whose 所属課 prints 下水道課: a unit of the organisation said without its 課 (部, 室, 係…).
# (a stem of three letters or more: 市民 of 市民課, 教育 of 教育部 are everyday words, 「市民の利用」 names no 課)
_UNIT_SUFFIX = re.compile(r"^(?P<stem>.{3,}?)(?:課|部|室|係|局|センター)$")


def unit_stem_values(t, values: dict[str, set[str]], key, dashes: set[str], qn: str) -> list[tuple[str, str, object]]:
    """(the stem, "value", (value's search form, its columns)) for each value of a column of organisation units (every
    value ends in 課, 部, 室…) said in the question by its stem alone, a particle after it (「下水道の」, not 下水道事業 nor 行政改革推進プラン read
    as 行政改革推進ぷらん);
    only where the stem is no value of its own and part of no other value of any column (総務 of 総務課 and 総務部 names neither)."""
    out: dict[str, tuple[str, set[str]] | None] = {}
    for c in t.columns:
        if c.numeric or c.years_inside or c.header == t.number:
            continue
        distinct = {v for v in printed_cells(t, c.header) if v} - dashes
        if len(distinct) < 2 or not all(re.search(r"(?:課|部|室|係|局|センター)$", key(v)) for v in distinct):
            continue
        for v in distinct:
            unit = _UNIT_SUFFIX.match(key(v))
            if unit is None:
                continue
            stem = unit.group("stem")
            if stem in values or any(stem in vk for vk in [*values, *map(key, distinct)] if vk != key(v)) \
                    or not re.search(re.escape(stem) + r"(?=の|が|は|を|と|で|に|も|、|\s)", qn):
                continue
            held = (key(v), values.get(key(v), {c.header}))
            out[stem] = held if stem not in out or out[stem] == held else None
    return [(w, "value", held) for w, held in out.items() if held is not None]
