"""「評価項目５つが全部A以上」「評価項目に一つでもCがついた」 over columns printed under one spanning header (評価項目 │
管理運営 | サービス向上 | 利用者満足 | 収支 | 法令遵守, read as 評価項目管理運営 …): the header said names those columns
together, and the bound holds on every one of them (すべて・全部・いずれも) or on some (一つでも・どれか・いずれか, or
「…にCがある」). Without this the header's last word (評価) reads as another column (総合評価) with the bound, a
confident wrong answer."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond

_ALL = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+(?:つ|項目|個))?(?:が|は|とも|の)?\s*(?:すべて|全て|全部|いずれも|どれも|ともに|とも|全項目)")
_ANY = re.compile(r"(?:一つでも|1つでも|ひとつでも|一項目でも|1項目でも|一個でも|どれか(?:一つ)?|いずれか(?:一つ)?|どこか)")
_HAS = re.compile(r"^(?:に|で|の中に|のうち)(?:.{0,6}?)(?:が|の)?(?:ある|あった|ついた|ついて|付いた|付いて|含まれ)")
_COUNT = re.compile(r"^(?:が|の)?([0-9]+)(?:つ|項目|個)")
_OF = re.compile(r"(?:[0-9]+(?:つ|項目|個))?(?:が|は|に|の|で|とも)")
_BOUNDS = ("lt", "le", "gt", "ge", "eq", "ne", "in")
# 「前期の事業費を全部足すと」「全部でいくら」: 全部 of a sum is every cell added up, no bound on every column
_ADDED = re.compile(r"^(?:を|で)?\s*(?:足|たし|合わせ|あわせ|合計|合算|で(?:いくら|何|なん))")


def _group(t, qn: str) -> tuple[str, list, int] | None:
    """The spanning header said (the longest prefix said that two or more columns' headers share and no column
    is named alone), its columns, and where it is said."""
    best = None
    for c in t.columns:
        header = _key(c.header)
        for n in range(len(header) - 2, 1, -1):
            prefix = header[:n]
            at = qn.find(prefix)
            if at < 0 or any(_key(o.header) == prefix for o in t.columns):
                continue
            members = [o for o in t.columns if _key(o.header).startswith(prefix) and len(_key(o.header)) > n + 1]
            # (three items or more, none the rows' name or number: 手続ID and 手続名 are no items of 手続;
            # the header said as what the bound is of, 「評価項目が」「評価項目５つが」「評価項目に」)
            if len(members) >= 3 and not any(o.header in (t.name, t.number) for o in members) \
                    and _OF.match(qn, at + n) and (best is None or len(prefix) > len(best[0])):
                best = (prefix, members, at)
            break
    return best


def read_column_group(question: str, reading) -> bool:
    """Replace (in place) the bound read on one column outside the group with the bound on all or any of the group."""
    qn = _key(question)
    t = reading.table
    said = _group(t, qn)
    if said is None:
        return False
    prefix, members, at = said
    after = qn[at + len(prefix):]
    every = _ALL.match(re.sub(r"^(?:が|は|の)", "", after)) or _ALL.search(after[:12])
    if every and _ADDED.match(after[after.find(every.group(0)) + len(every.group(0)):]):
        every = None
    some = _ANY.search(after[:12]) or _HAS.search(after)
    if bool(every) == bool(some):
        return False
    names = {o.header for o in members}
    bound = [c for c in reading.conds if c.op in _BOUNDS and c.header not in names
             and c.header in {x.header for x in t.columns} and not t.column(c.header).numeric]
    if len(bound) != 1:
        return False
    c = bound[0]
    if all(o.numeric for o in members) and isinstance(c.value, str) and _num_like(c.value) is None:
        return False  # (a word of a text column, 浄化センター, is no bound on columns of figures)
    count = _COUNT.match(after)
    if count and int(count.group(1)) != len(members):
        return False  # (「評価項目３つが…」 of five: which three is not said)
    if count:
        # (「評価項目５つが」: the five counted, not a row numbered 5)
        n = int(count.group(1))
        reading.conds[:] = [x for x in reading.conds if not (x.header == t.number and (
            str(x.value) == count.group(1) or (x.op == "numbers" and tuple(x.value) == (n, n))))]
    parts = [Cond(o.header, c.op, c.value, c.label.replace(c.header, o.header)) for o in members]
    said_bound = c.label.replace(c.header, "").lstrip("がはの")
    at_cond = reading.conds.index(c)
    if every:
        reading.conds[at_cond:at_cond + 1] = parts
    else:
        reading.conds[at_cond:at_cond + 1] = [Cond("|".join(o.header for o in members), "or", parts,
                                                   "・".join(o.header for o in members) + f"のどれかが{said_bound}")]
    reading.spans.append((at, at + len(prefix) + (count.end() if count else 0)))
    for m in (every, some):
        if m is not None and m.group(0):
            start = qn.find(m.group(0), at + len(prefix))
            reading.spans.append((start, start + len(m.group(0))))
    return True


def _num_like(value: str) -> float | None:
    try:
        return float(re.sub(r"[,，\s]", "", value))
    except ValueError:
        return None
