"""The same items judged again under each heading (a table per 四半期, 評価項目 │ 評価 │ 所見 with 正確性・迅速性・接遇
under 第１四半期, again under 第２四半期 …): 「一度でもＣがついた項目」 is an item with some row of that value,
「４四半期ずっとＡだった」 one whose every row holds it, 「第３四半期から第４四半期で評価が下がった」 one whose grade
under the second heading is below its grade under the first. Each item is answered once (its row under the last
heading read), never once per heading."""
from __future__ import annotations

import re
from collections import defaultdict

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

HEAD = "見出し"
# 「一度でも」「一回でも」「いずれかの四半期で」: some heading's row holds the value
_EVER = re.compile(r"(?:一度|1度|一回|1回|いちど)でも|いずれかの[一-龥]{1,4}で|どこかで")
# 「４四半期ずっと」「全四半期で」「すべての四半期で」「毎回」: every heading's row holds it
_ALWAYS = re.compile(r"(?:\d{1,2}\s*(?:四半期|期|回|か月|カ月|ヶ月)\s*)?(?:ずっと|とも|通して|を通じて|連続(?:で|して)?)"
                     r"|(?:全|すべての|全部の)\s*(?:四半期|期|回)\s*(?:で|とも|を通じて)|毎回|毎期")
# 「第３四半期から第４四半期で評価が下がった」: the grade under one heading against another's
_FROM_TO = re.compile(r"第?\s*(?P<a>\d{1,2})\s*(?P<unit>四半期|期|回)?\s*(?:から|より|→)\s*(?:第\s*)?(?P<b>\d{1,2})\s*(?:四半期|期|回)?"
                      r"\s*(?:に(?:かけて)?|で|の間に?)?[、,]?\s*(?:[一-龥]{1,6}(?:が|は))?\s*"
                      r"(?P<dir>下がっ|下がる|低下|悪くなっ|悪化|上がっ|上がる|上昇|良くなっ|よくなっ|改善)")


def _items(t) -> dict[str, list[dict]] | None:
    """The item name → its rows in heading order, when every heading lists the same items once each; else None."""
    if not t.name or t.name == HEAD or not any(c.header == HEAD for c in t.columns):
        return None
    by_head: dict[str, list[str]] = defaultdict(list)
    rows: dict[str, list[dict]] = defaultdict(list)
    for r in t.rows:
        head = nfkc(str(r["cells"].get(HEAD) or "")).strip()
        name = nfkc(str(r["cells"].get(t.name) or "")).strip()
        if not head or not name:
            return None
        by_head[head].append(name)
        rows[name].append(r)
    sets = [tuple(sorted(v)) for v in by_head.values()]
    if len(sets) < 2 or len(set(sets)) != 1 or len(set(sets[0])) != len(sets[0]) or len(sets[0]) < 2:
        return None
    return dict(rows)


def _holds(row: dict, conds: list[Cond]) -> bool:
    for c in conds:
        v = _key(nfkc(str(row["cells"].get(c.header) or "")).strip())
        want = _key(str(c.value))
        if (c.op == "eq" and v != want) or (c.op == "ne" and v == want):
            return False
    return True


def _heading_number(row: dict) -> int | None:
    m = re.search(r"第\s*(\d{1,2})", nfkc(str(row["cells"].get(HEAD) or "")))
    return int(m.group(1)) if m else None


def _heading_core(head: str) -> str:
    """A heading as said: without its bracketed months or notes and its leading number (（２）下期 → 下期)."""
    core = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", nfkc(head)).strip()
    core = re.sub(r"^(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、]?)\s*", "", core).strip()
    return _key(core)


# 「上期から下期で判定が下がった」: two headings said by name, a verb of the grade going down or up after them
_NAMED_MOVE = re.compile(r"^\s*(?:に(?:かけて)?|で|の間に?)?[、,]?\s*(?:[一-龥]{1,6}(?:が|は))?\s*"
                         r"(?P<dir>下がっ|下がる|低下|悪くなっ|悪化|上がっ|上がる|上昇|良くなっ|よくなっ|改善)")


def _named_pair(items: dict[str, list[dict]], said: str) -> tuple[int, int, str, re.Match] | None:
    """(index of the first heading, of the second, the words said, the verb) for 「<見出し>から<見出し>で…下がった」."""
    order = []
    for r in next(iter(items.values())):
        order.append(_heading_core(str(r["cells"].get(HEAD) or "")))
    qn = _key(said)
    for i, a in enumerate(order):
        for j, b in enumerate(order):
            if i == j or len(a) < 2 or len(b) < 2:
                continue
            m = re.search(re.escape(a) + r"\s*(?:から|より|→)\s*" + re.escape(b), qn)
            verb = _NAMED_MOVE.match(qn[m.end():]) if m else None
            if verb:
                return i, j, qn[m.start():m.end() + verb.end()], verb
    return None


def read_heading_items(db, question: str, reading) -> bool:
    """Replace (in place) the value conditions read on every row with the items they hold once, always or between
    two headings; True when done."""
    t = reading.table
    items = _items(t)
    if items is None:
        return False
    said = nfkc(question)
    qn = _key(question)
    values = [c for c in reading.conds if c.op in ("eq", "ne") and c.header not in (HEAD, t.name)
              and isinstance(c.value, str)]
    heads = [c for c in reading.conds if c.header == HEAD]
    moved = _FROM_TO.search(said)
    named = _named_pair(items, said) if not moved else None
    if (moved or named) and not values:
        graded = [c for c in t.columns if not c.numeric and c.header not in (HEAD, t.name)]
        from assistant.query.tables.question import _ranks

        ranked = [(c, rank) for c in graded if (rank := _ranks(db, t, [c.header]))
                  and all(isinstance(v, (int, float)) for v in rank.values()) and len(rank) >= 2]
        if len(ranked) != 1:
            return False
        col, rank = ranked[0]
        if moved:
            a, b = int(moved.group("a")), int(moved.group("b"))
            verb, words, unit = moved.group("dir"), moved.group(0), moved.group("unit") or ""
            shown = f"第{a}から第{b}{unit}"
        else:
            a, b, words, verb_m = named
            verb = verb_m.group("dir")
            first = next(iter(items.values()))
            shown = f"{_heading_core(str(first[a]['cells'].get(HEAD)))}から{_heading_core(str(first[b]['cells'].get(HEAD)))}"
        down = verb.startswith(("下が", "低下", "悪"))
        keys = []
        for name, rs in items.items():
            at = {_heading_number(r): r for r in rs} if moved else dict(enumerate(rs))
            if a not in at or b not in at:
                return False  # (a heading said that no row sits under: left as first read)
            ga = rank.get(_key(nfkc(str(at[a]["cells"].get(col.header) or "")).strip()))
            gb = rank.get(_key(nfkc(str(at[b]["cells"].get(col.header) or "")).strip()))
            if ga is not None and gb is not None and (gb < ga if down else gb > ga):
                keys.append(at[b]["key"])
        word = "低下" if down else "上昇"
        reading.conds = [c for c in reading.conds if c not in heads] + [
            Cond(t.name, "rows", keys, f"{shown}で{col.header}が{word}")]
        _take(reading, qn, words)
        return True
    ever, always = _EVER.search(said), _ALWAYS.search(said)
    if not values or bool(ever) == bool(always):
        return False
    from assistant.query.tables.answer import _holds as holds  # (a heading said: 「上期も下期もずっと」)

    keys = []
    for name, rs in items.items():
        rs = [r for r in rs if all(holds(r, t, c) for c in heads)]
        if not rs:
            continue
        held = [r for r in rs if _holds(r, values)]
        if (always and len(held) == len(rs)) or (ever and held):
            keys.append((held[-1] if ever else rs[-1])["key"])
    shown = "・".join(c.label for c in values)
    reading.conds = [c for c in reading.conds if c not in values and c not in heads] + [
        Cond(t.name, "rows", keys, f"{shown}（{'いずれかの見出しで' if ever else 'すべての見出しで'}）")]
    _take(reading, qn, (ever or always).group(0))
    return True


def _take(reading, qn: str, said: str) -> None:
    at = qn.find(_key(said))
    if at >= 0:
        reading.spans.append((at, at + len(_key(said))))
