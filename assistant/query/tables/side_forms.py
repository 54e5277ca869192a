"""The words users say for a column of one side of a table whose two sides repeat the same sub-columns
(旧組織 部 | 課 ‖ 新組織 部 | 課, 職員数 旧 | 新, 改正前 | 改正後, 現行 | 見直し後): 「新しい課」「旧の部」
「前の課」「職員数（新）」「新の係数」. The side said chooses the column; a word of one side is never given
to the other, and only where both sides are printed."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

# 「旧組織（Ｒ７）課」「新組織（Ｒ８）部」: the side, what it is of (組織), a date in brackets, the unit word.
_UNIT_SIDE = re.compile(r"^(?P<side>旧|新|現行|改正前|改正後|見直し後|変更前|変更後)(?P<of>[一-龥]{0,3}?)\s*(?:[(（](?P<label>[^()（）]{0,16})[)）])?\s*(?P<unit>部|課|局|室|係|部名|課名|局名|担当課|所属)$")
# 「職員数旧」「係数 新」: a measure under one merged label, then its side.
_MEASURE_SIDE = re.compile(r"^(?P<base>[^\s旧新]{2,8}?)\s*(?P<side>旧|新)$")

_OLD = ("旧", "現行", "改正前", "変更前")
_SAID = {
    "old": ("旧の{u}", "旧{u}", "前の{u}", "今の{u}", "これまでの{u}", "元の{u}", "もとの{u}", "以前の{u}", "現在の{u}"),
    "new": ("新しい{u}", "新の{u}", "新{u}", "新たな{u}", "今度の{u}", "4月からの{u}", "改編後の{u}", "改正後の{u}"),
}
_SAID_MEASURE = {
    "old": ("{b}({s})", "{s}の{b}", "前の{b}", "以前の{b}", "改編前の{b}"),
    "new": ("{b}({s})", "{s}の{b}", "新しい{b}", "改編後の{b}", "新体制の{b}"),
}
# 「R8の職員数」「職員数（Ｒ７）」: the label a side's unit columns print in brackets (旧組織（Ｒ７）課) says that side of
# its measures too, where the two sides' labels differ.
_SAID_LABELLED = ("{l}の{b}", "{b}({l})", "{l}時点の{b}")


def _side(word: str) -> str:
    return "old" if word in _OLD else "new"


def side_forms(columns: list) -> list:
    """The columns, each of a side whose other side is printed too given the forms of its side."""
    units: dict[tuple[str, str], dict[str, object]] = {}
    measures: dict[str, dict[str, object]] = {}
    labels: dict[str, set[str]] = {"old": set(), "new": set()}
    for c in columns:
        h = nfkc(c.header).strip()
        if (m := _UNIT_SIDE.match(h)) and not c.numeric:
            units.setdefault((m.group("of"), m.group("unit")), {})[_side(m.group("side"))] = (c, m.group("side"))
            if (m.group("label") or "").strip():
                labels[_side(m.group("side"))].add(m.group("label").strip())
        elif (m := _MEASURE_SIDE.match(h)) and c.numeric:
            measures.setdefault(m.group("base"), {})[_side(m.group("side"))] = (c, m.group("side"))
    extra: dict[str, tuple[str, ...]] = {}
    taken = {f for c in columns for f in c.forms}
    for (_, unit), sides in units.items():
        if len(sides) != 2:
            continue
        word = unit[:-1] if unit.endswith("名") else unit
        for side, (c, _) in sides.items():
            forms = [f.format(u=w) for f in _SAID[side] for w in dict.fromkeys((unit, word))]
            extra[c.header] = tuple(f for f in forms if f not in taken)
    for base, sides in measures.items():
        if len(sides) != 2:
            continue
        for side, (c, said) in sides.items():
            forms = [f.format(b=base, s=said) for f in _SAID_MEASURE[side]]
            if len(labels[side]) == 1 and not labels[side] & labels["old" if side == "new" else "new"]:
                forms += [f.format(b=base, l=label.lower()) for f in _SAID_LABELLED for label in labels[side]]
            extra[c.header] = tuple(f for f in forms if f not in taken)
    if not extra:
        return columns
    return [replace(c, forms=(*c.forms, *extra[c.header])) if extra.get(c.header) else c for c in columns]


def caption_sides(columns: list, caption: str) -> list:
    """「表　部別管理職数（単位：人）」 over 部名 | 旧 | 新 | 増減: the bare sides are the caption's measure before and
    after (「旧の管理職数」「管理職数（新）」; the measure said alone is neither side: which is unsaid), the change its change (「管理職数の
    増減」). Only where both sides stand bare and the measure is no column's word already."""
    from assistant.query.tables.caption_measure import caption_measure

    measure = caption_measure(caption)
    heads = {nfkc(c.header).strip(): c for c in columns if c.numeric}
    if not measure or not {"旧", "新"} <= set(heads) or any(measure in c.forms for c in columns):
        return columns
    forms = {heads["旧"].header: (f"旧の{measure}", f"{measure}(旧)", f"前の{measure}", f"改編前の{measure}"),
             heads["新"].header: (f"新の{measure}", f"{measure}(新)", f"改編後の{measure}")}
    change = heads.get("増減")
    if change is not None:
        forms[change.header] = (f"{measure}の増減", f"{measure}増減")
    return [replace(c, forms=(*c.forms, *forms[c.header])) if c.header in forms else c for c in columns]


# 「職員数、新体制で合計何人」「係数は改編前だと」: the side said apart from the measure, as where the sum is taken.
_SIDE_APART = {
    "new": r"新体制|新組織|新しい組織|新しい体制|改編後|改正後|見直し後|変更後",
    "old": r"旧体制|旧組織|今の組織|現在の組織|これまでの組織|改編前|改正前|見直し前|変更前",
}
# 「増える」「減った」「変わらない」「比べて」: a change between the sides said
_CHANGE_SAID = re.compile(r"増え|増加|増員|減っ|減ら|減る|減り|減少|減員|変わ|上が|下が|比べ|比較|差")
# what each side is said as just before the measure: a form side_forms gives every measure of two sides
_SIDE_BEFORE = {"new": "新体制の", "old": "改編前の"}


def as_side_said_apart(question: str, tables: list) -> str:
    """The question with a side said apart from the measure it is of (「企画財政部の課の職員数、新体制で合計何人？」) said
    before that measure (「新体制の職員数」), where a table prints the measure under both sides and the question says
    the measure once with no side and that one side alone; as it is otherwise."""
    text = nfkc(question)
    if _CHANGE_SAID.search(text):
        return question  # 「職員数が新体制で減る」: the side is where a change lands, both sides compared
    bases = {m.group("base") for t in tables for c in t.columns if c.numeric
             and (m := _MEASURE_SIDE.match(nfkc(c.header).strip()))
             and any(nfkc(o.header).strip() == m.group("base") + ("新" if m.group("side") == "旧" else "旧")
                     or nfkc(o.header).strip() == m.group("base") + " " + ("新" if m.group("side") == "旧" else "旧")
                     for o in t.columns)}
    said = [b for b in bases if text.count(b) == 1]
    if len(said) != 1:
        return question
    base = said[0]
    at = text.index(base)
    sides = [(side, m) for side, words in _SIDE_APART.items()
             for m in re.finditer(rf"[、,]?\s*(?:{words})\s*(?:で(?:は|も)?|だと|の場合(?:は)?)(?!き)", text)
             if m.start() >= at + len(base) or m.end() <= at]
    if len(sides) != 1 or re.search(rf"(?:{'|'.join(_SIDE_APART.values())}|旧|新|前の|後の|[(（])\s*(?:の\s*)?$", text[:at]) \
            or re.match(r"\s*[(（]", text[at + len(base):]):
        return question
    side, m = sides[0]
    text = text[:m.start()] + ("、" if m.group(0).startswith(("、", ",")) and m.start() > 0 else "") + text[m.end():] \
        if m.start() > at else text[:m.start()] + text[m.end():]
    at = text.index(base)
    return text[:at] + _SIDE_BEFORE[side] + text[at:]
