"""「実践項目の総合評価が全部Aになっている取組項目」「実践項目にA評価が1つもない取組項目」: the groups (initiatives)
whose items (practice) all got the grade, or none of them did, read over the items, not a grade of the group's own.

The grade is the items' 総合評価 (総括), or that of the one year the question names. A group with no item graded at
all is in neither answer (nothing to say of it). Read where the question asks for the groups, names their items
and says 全部 / すべて or 1つも…ない of a grade; anything else is left to the rest of the engine (None).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Condition
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_GROUP, _PART = "initiative", "practice"
_PART_WORDS = compiled(r"実践項目")
_G = r"(?P<g{n}>[A-DＡ-Ｄ])(?:評価)?(?:\s*[(（][^()（）]{1,8}[)）])?"
# 「全部Aになっている」「すべてA評価」「いずれもA」「Aばかり」: every item with the grade.
_ALL = compiled(r"(?:全部|すべて|全て|いずれも|どれも|みな|みんな|全件|全項目)\s*(?:が|の)?\s*" + _G.replace("{n}", "1")
                + r"|" + _G.replace("{n}", "2") + r"\s*(?:ばかり|だけ|のみ)")
# 「A評価が1つもない」「Aが一件もついていない」: no item with the grade.
_NONE = compiled(_G.replace("{n}", "3") + r"\s*(?:が|は|を)?\s*(?:1つ|一つ|ひとつ|1件|一件|1個|一個|1項目|一項目)も"
                 r"[^、。？?]{0,10}?(?:ない|なかった|ず|ません)"
                 r"|(?:1つ|一つ|ひとつ|1件|一件|1個|一個|1項目|一項目)も\s*" + _G.replace("{n}", "4")
                 + r"\s*(?:が|は|を|に)?[^、。？?]{0,10}?(?:ない|なかった|ず|ません)")
# Fields a parser may have read from the same words (the grade said of the group): replaced by this reading.
_ONE = compiled(r"一つ|ひとつ")
_GRADE_FIELDS = ("overall", "self_overall", "@overall")


def _grade(m) -> str:
    g = next(m.group(k) for k in ("g1", "g2", "g3", "g4") if k in m.re.groupindex and m.group(k))
    return nfkc(g)


def _read_here(c: Condition, m) -> bool:
    """A condition the parser made of this reading's own words: 「1つ」 as a keyword, 「実践項目が1つ」 as a count."""
    if m.re.pattern != _NONE.pattern:  # (_NONE is built on its first use: compiled._Deferred)
        return False
    if c.field == "text" and c.op == "match":
        return _ONE.sub("1つ", str(c.value)) in _ONE.sub("1つ", m.group(0))
    return c.field == "n_practice" and c.op == "=" and c.value == 1


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    if q.target != _GROUP or _PART not in assistant.executor.tables or not isinstance(question, str):
        return None
    said = nfkc(question)
    every, none = _ALL.search(said), _NONE.search(said)
    if (every is None) == (none is None) or not _PART_WORDS.search(said):
        return None
    m = every or none
    grade = _grade(m)
    part_cols = assistant.executor.columns.get(_PART, [])
    years = find_years(said)
    if len(years) > 1:
        return None
    field = years[0].label.lower() if years else "overall"
    if field not in part_cols or "initiative_key" not in part_cols:
        return None
    if any(c.field not in (*_GRADE_FIELDS, "source", field) and not _read_here(c, m) for c in q.conditions) \
            or q.aggregate not in ("", "count") or q.order_by or q.limit:
        return None
    # (words the parser left are those of the reading here: 全部A, 1つ, ない, the year)
    read = _ONE.sub("1つ", m.group(0)) + _ONE.sub("1つ", said[m.end():])
    if any(_ONE.sub("1つ", w) not in read and not find_years(w) for w in q.unused):
        return None
    rows = list(assistant.db.query(f"SELECT initiative_key, [{field}] AS g FROM [{_PART}]"))
    by_group: dict[str, list[str]] = {}
    for r in rows:
        if r["initiative_key"] and r["g"] not in (None, "", "-", "－"):
            by_group.setdefault(str(r["initiative_key"]), []).append(nfkc(str(r["g"])).upper())
    if every:
        chosen = [k for k, gs in by_group.items() if all(g == grade for g in gs)]
    else:
        chosen = [k for k, gs in by_group.items() if grade not in gs]
    groups = []
    for key in chosen:
        found = list(assistant.db.query(f"SELECT * FROM [{_GROUP}] WHERE key = ?", [key]))
        if not found:
            return None  # (a group its items name that the index does not hold: not guessed)
        groups.append(dict(found[0]))
    groups.sort(key=lambda g: (str(g.get("source") or ""), int(g.get("line") or 0)))
    fl = "総合評価" if field == "overall" else f"{field.upper()}評価"
    part = kind_label(_PART)
    label = (f"{part}の{fl}がすべて {grade} の" if every else f"{part}に{fl} {grade} が1つもない")
    understood = [Condition("@group", "all_eq" if every else "none_eq", {"field": field, "grade": grade},
                            label).to_dict()]
    shown = "、".join(f"{g.get('code', '')} {g.get('title') or ''}" for g in groups)
    summary = (f"{label}{kind_label(_GROUP)}は {len(groups)}件です" + (f"（{shown}）。" if groups else "。"))
    value = len(groups) if q.aggregate == "count" else None
    return Answer(question=q.question, target=_GROUP, rows=groups, count=len(groups), value=value, summary=summary,
                  status="exact", understood=understood, query=q.to_dict(),
                  notes=[f"{kind_label(_GROUP)}ごとに、その{part}の{fl}を見ました（評価のない{part}は数えません）"])
