"""「窓口サービス課と行政監理室、担当してる実践項目はどっちが多い？」「実践項目28と31の合計点の差は？」「取組項目1と16、
委員評価は同じ？」: a comparison frame of the grammar (grammar/compared_pairs.py) executed by asking each named side
alone and comparing the two answers (two_named.compare). A side said by its number alone takes the other's kind
word (取組項目3と5 → 取組項目5). None where no frame matches or a side is not read exactly."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.grammar.compared_pairs import (BARE_NUMBER, COUNT_SAID, COUNT_WORD, FRAMES, KIND_AND_NUMBER,
                                                    VALUE_WORD)
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_LONGEST = 200
_QUOTED = compiled(r"[「『]([^」』]{1,20})[」』]")


def sides_said(a: str, b: str, conv=None) -> tuple[str, str]:
    """The two sides as each is asked alone: a bare number after a kind and number takes that kind word; two bare
    numbers said after an answer (「その中で16と20、…」) take the kind of the records it listed."""
    kind = KIND_AND_NUMBER.match(a)
    if kind and BARE_NUMBER.match(b) and not BARE_NUMBER.match(a):
        b = f"{kind['k']}{b}"
    elif BARE_NUMBER.match(a) and BARE_NUMBER.match(b) and conv is not None:
        from assistant.labels import kind_label

        target = getattr(getattr(conv, "context", None), "target", "") or ""
        word = kind_label(target) if target else ""
        if word and word != target:
            a, b = f"{word}{a}", f"{word}{b}"
    return a, b


def _named_as(conv, side: str) -> tuple | None:
    """How a side names its thing, as the parser reads it alone: the kinds of its conditions (a record by number or
    title, a department, a year, …; none for a code the parser leaves to the record lookup, H-101); None where a
    word of it is not read."""
    from assistant.kinds.registry import is_year_field

    q = conv.parser.parse(side)
    if q.unused:
        return None

    def kind(field: str) -> str:
        if field in ("code", "@no") or field.startswith("@title:"):
            return "@record"
        return "@year" if is_year_field(field) else field
    # (not the records asked: 納税課 alone is read as a 部会 of joint projects, 契約課 as a department of practice
    # items; what is asked of each says the records, and compare() keeps the two to one kind)
    return tuple(sorted((kind(c.field), c.op) for c in q.conditions))


def parallel(conv, a: str, b: str) -> bool:
    """Whether the two sides name two things of one sort the same way (実践項目28 / 31, 窓口サービス課 / 行政監理室,
    R3 / R4). 「R4のA評価とB評価」 is no such pair: its second side leaves a word of the first unsaid, and asked alone
    it would be another set (総合評価 B, not R4 B); such sides are left to the readings of grouped differences."""
    one, two = _named_as(conv, a), _named_as(conv, b)
    return one is not None and one == two


def frame_of(question: str, after=None):
    """The first frame (after the one given) whose pattern reads the question, with its match; else (None, None)."""
    if not isinstance(question, str) or len(question) > _LONGEST:
        return None, None
    said = nfkc(question)
    for frame in FRAMES[FRAMES.index(after) + 1:] if after is not None else FRAMES:
        m = frame.compiled.match(said)
        if m is not None:
            return frame, m
    return None, None


def answer(conv, question: str) -> Answer | None:
    from assistant.query import two_named

    frame, m = frame_of(question)
    if frame is not None and frame.mode == "values_same":
        rec, first = m["a"].strip().rsplit("の", 1)
        said = two_named.compare(conv, question, f"{rec}の{first}", f"{rec}の{m['b'].strip()}", "", "", mode="same",
                                 counted=False, one_record=True, unit=m["unit"] or "")
        if said is not None:
            return said
        frame, m = frame_of(question, after=frame)
    if frame is not None and frame.mode == "values_difference":
        first = m["a"].strip()
        word = next((w for w in (p.search(first) for p in VALUE_WORD) if w is not None), None)
        if word is None:
            return None
        second = first[:word.start("word")] + m["b"].strip()
        return two_named.compare(conv, question, first, second, "", "", mode="difference", counted=False,
                                 one_record=True)
    if frame is None:
        return None
    a, b = sides_said(m["a"].strip(), m["b"].strip(), conv)
    if not parallel(conv, a, b):
        return None
    what, way = m["what"].strip(), m.groupdict().get("dir") or m.groupdict().get("rank") or ""
    counted = None
    if COUNT_SAID.search(what):  # (「実践項目数の差」「担当している実践項目の数は同じ？」: a count of each side's records)
        what, counted = COUNT_WORD.sub("", what), True
    elif frame.mode != "winner":
        counted = False
    elif way in ("多", "少な"):
        # (「R7予算が多い」: a figure of each named record, where each side is one; else a count of its records)
        figure = two_named.compare(conv, question, a, b, what, way, mode=frame.mode, counted=False, single=True)
        if figure is not None:
            return figure
    return (two_named.compare(conv, question, a, b, what, way, mode=frame.mode, counted=counted,
                              unit=m.groupdict().get("unit") or "", group_rows=True)
            or _one_side_unknown(conv, question, a, b))


def _one_side_unknown(conv, question: str, a: str, b: str) -> Answer | None:
    """Where one side names one record the index holds and the other names nothing it holds (「H-101とH-999」), no
    winner is chosen from the one alone: partial, saying which side is unknown. Else None (the question goes on
    to the other readings)."""
    saved = dict(conv.__dict__)
    known, unknown = [], []
    for side in (a, b):
        _restore(conv, saved)
        alone = conv._ask_one(side)
        # (a side named as one record: 「総合評価がAの実践項目とBの実践項目」 names sets, the second elliptical)
        if not alone.error and alone.status == "exact" and len(alone.rows) == 1 and not alone.unused:
            known.append(side)
        elif alone.status == "no_match" or alone.unused:
            unknown.append(side)
    _restore(conv, saved)
    if len(known) != 1 or len(unknown) != 1:
        return None
    summary = f"比べられません: 「{unknown[0]}」が資料のどれを指すか特定できません（「{known[0]}」は見つかりました）。"
    return Answer(question=question, target="", status="partial", summary=summary, caveat=summary, value=None,
                  count=0, rows=[], unused=[unknown[0]],
                  understood=[{"field": "*", "op": "compare", "value": None, "label": f"{a}と{b}を比べる"}],
                  notes=[], excerpts=[], sql=[])


def _restore(conv, state: dict) -> None:
    conv.__dict__.clear()
    conv.__dict__.update(state)


def which_holds(conv, question: str) -> Answer | None:
    """「AとB、…なのはどっち？」: each side resolved alone (it must name something the index holds), then asked with
    the condition; the side(s) whose answer lists rows hold it. A side not read exactly, alone or with the condition,
    leaves the question open: partial, saying which, and no winner chosen from the other alone."""
    from assistant.query.grammar.compared_pairs import DIRECTION_SAID, HOLDS, holds_asked

    if not isinstance(question, str) or len(question) > _LONGEST:
        return None
    said = nfkc(question)
    m = next((x for x in (f.compiled.match(said) for f in HOLDS) if x is not None), None)
    if m is None or DIRECTION_SAID.search(m["cond"].strip()):
        return None
    a, b = sides_said(m["a"].strip(), m["b"].strip(), conv)
    if a == b or any(w.startswith(("その", "それ", "この", "どっち", "どちら")) for w in (a, b)):
        return None
    from assistant.query.event_years import which_first  # (「…、委託を先に始めたのはどっち」: by the sheets' events)

    ordered = which_first(conv, question, a, b, m["cond"].strip())
    if ordered is not None:
        return ordered
    if _both_places(conv, a, b):
        # (「人事交流部会の部会長は岡山市と倉敷市のどちら」: which of two municipalities a record's field names,
        # a value asked of one record, not which of two named things holds a condition; left to the parser)
        return None
    saved = dict(conv.__dict__)
    sides, unread = [], []
    for side in (a, b):
        _restore(conv, saved)
        alone = conv._ask_one(side)
        _restore(conv, saved)
        asked = holds_asked(m, side)
        got = conv._ask_one(asked)
        if got.unused and set(got.unused) <= set(_QUOTED.findall(asked)):
            # (a word the user quoted, sought in a side where it is absent, is said not read; unquoted it is sought
            # as the same text condition and found absent)
            _restore(conv, saved)
            got = conv._ask_one(_QUOTED.sub(r"\1", asked))
        if alone.error or alone.status != "exact" or not alone.rows or alone.unused:
            unread.append((side, f"「{side}」が何を指すか特定できません"))
            continue
        if got.error or got.unused or got.status not in ("exact", "no_match") or got.target == "passage":
            why = "、".join(got.unused) if got.unused else ""
            unread.append((side, f"{side}について「{why or m['cond'].strip()}」を確かめられません"))
            continue
        code = str(alone.rows[0].get("code") or "") if len(alone.rows) == 1 else ""
        sides.append((side, code or side, got))
    _restore(conv, saved)
    cond = m["cond"].strip()
    understood = [{"field": "*", "op": "holds", "value": None, "label": f"{a}と{b}のうち「{cond}」に当たる方"}]
    if unread:
        # (a winner read from one side alone would be a guess: the comparison is said not to be made)
        summary = ("比べられません: " + "、".join(w for _, w in unread) + "。"
                   + "".join(f"{s}は{'当たります' if g.rows else '当たりません'}。" for s, _, g in sides))
        return Answer(question=question, target=sides[0][2].target if sides else "", status="partial",
                      summary=summary, caveat=summary, value=None, count=0, rows=[], understood=understood,
                      notes=[], excerpts=[], sql=[])
    held = [s for s in sides if s[2].rows]
    if len(held) == 1:
        other = next(s for s in sides if s is not held[0])
        value, summary = held[0][1], f"「{cond}」に当たるのは {held[0][0]} です（{other[0]}は当たりません）。"
    elif held:
        value, summary = "どちらも", f"{a}と{b}のどちらも{cond}に当たります。"
    else:
        value, summary = "どちらでもない", f"{a}も{b}も{cond}には当たりません。"
    rows = [r for s in held for r in s[2].rows]
    first = sides[0][2]
    return Answer(question=question, target=(held[0][2] if held else first).target, status="exact", summary=summary,
                  caveat="", value=value, count=len(rows), rows=rows, columns=(held[0][2] if held else first).columns,
                  understood=understood + [dict(c, label=f"{s[0]}: {c.get('label', '')}") for s in sides
                                           for c in s[2].understood],
                  notes=[], excerpts=[], sql=[q for s in sides for q in s[2].sql])


def _both_places(conv, a: str, b: str) -> bool:
    """Whether both sides are municipalities the corpus names (岡山市/倉敷市, 岡山/倉敷)."""
    cities = getattr(getattr(conv, "parser", None), "_city_words", None) or ()
    return a in cities and b in cities


def which_of_answer_before(conv, question: str) -> Answer | None:
    """「観光キャンペーン事業と広報紙の紙面交流ではどっち？」 after a list: each side resolved alone to its records,
    and the one among the records the answer before listed is the answer. A side not resolved, or no list before,
    leaves it: partial where a list was given, else None."""
    from assistant.query.grammar.compared_pairs import OF_THE_ANSWER_BEFORE

    if not isinstance(question, str) or len(question) > _LONGEST:
        return None
    m = OF_THE_ANSWER_BEFORE.compiled.match(nfkc(question))
    before = [str(r.get("key")) for r in (getattr(conv, "context_rows", None) or []) if r.get("key")]
    if m is None or not before:
        return None
    a, b = sides_said(m["a"].strip(), m["b"].strip(), conv)
    if a == b:
        return None
    saved = dict(conv.__dict__)
    sides, unread = [], []
    for side in (a, b):
        _restore(conv, saved)
        conv.context, conv.context_rows = None, []  # (the side named alone, not within the list before)
        alone = conv._ask_one(side)
        if alone.error or alone.status != "exact" or len(alone.rows) != 1 or alone.unused:
            unread.append(side)
            continue
        row = alone.rows[0]
        sides.append((side, str(row.get("code") or side), row, str(row.get("key")) in before))
    _restore(conv, saved)
    understood = [{"field": "*", "op": "holds", "value": None, "label": f"{a}と{b}のうち前の回答に含まれる方"}]
    if unread:
        summary = f"比べられません: 「{'」「'.join(unread)}」が何を指すか特定できません。"
        return Answer(question=question, target="", status="partial", summary=summary, caveat=summary, value=None,
                      count=0, rows=[], understood=understood, notes=[], excerpts=[], sql=[])
    held = [s for s in sides if s[3]]
    if len(held) == 1:
        value, summary = held[0][1], f"前の回答に含まれるのは {held[0][0]} です（もう一方は含まれません）。"
    elif held:
        value, summary = "どちらも", f"{a}も{b}も前の回答に含まれます。"
    else:
        value, summary = "どちらでもない", f"{a}も{b}も前の回答には含まれません。"
    # (a list said to be not sure, 「…は含めていません」, leaves a side outside it not sure either)
    sure = (getattr(conv, "_asked_before", None) or ("", "exact"))[1] == "exact" or len(held) == 2
    caveat = "" if sure else "前の回答は確かな一覧ではないため、含まれない側は資料で確かめてください。"
    return Answer(question=question, target=conv.context.target if conv.context is not None else "",
                  status="exact" if sure else "partial", summary=caveat + summary, caveat=caveat, value=value,
                  count=len(held), rows=[s[2] for s in held],
                  understood=understood, notes=[], excerpts=[], sql=[])
