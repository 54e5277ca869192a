"""Figures one record's text labels by place names (「電話加入権30本(岡山市22本,倉敷市8本)」「倉敷市研修に岡山市(6名)
参加」「倉敷市から岡山市へ9人、岡山市から倉敷市へ1人」), asked for two of the index's municipalities (or two ways
between them, 「倉敷市→岡山市と岡山市→倉敷市」): which has more (the place), or the gap (the number).

The record is the one the question names by its title. The figures read are those of the thing the question says
(a word of the text: the bracket after 電話加入権) or of the date it says (H15.6 → the entries dated H15.06.xx);
each place must print exactly one figure there, in one unit. Entries saying the same thing twice (two auctions)
must agree on which is larger, and on one gap, or nothing is answered. The answer is a search (the text shown, to
be checked there). Other questions: None."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_WHICH = compiled(r"どっち|どちら")
_MORE = compiled(r"(?P<up>多い|多かった|大きい)|(?P<down>少ない|少なかった|小さい)")
# (「…でどれだけ違う」「差は」: a number asked; 「違いは」 alone may ask how they differ in words)
_GAP = compiled(r"差|開き|(?:どれだけ|どれくらい|どのくらい|何[人名本件個回台社]|いくつ)\s*(?:の)?\s*(?:違う|違い|違っ)")
# A dated entry as the tables print it (H15.06.25, H17.04~) and as a question says it (H15.6).
_DATE = compiled(r"(?<![A-Za-z\d])([HRS])\s*(\d{1,2})\s*[.．]\s*(\d{1,2})(?:\s*[.．]\s*\d{1,2})?")
_UNITS = r"本|名|人|件|社|台|回|個|か所|箇所|団体|店舗"
_ARROW = r"\s*(?:→|⇒|->|から)\s*"


def _dates(text: str) -> list[tuple[int, str, int, int]]:
    return [(m.start(), m.group(1), int(m.group(2)), int(m.group(3))) for m in _DATE.finditer(text)]


def _labels(said: str, places: list[str]) -> list[tuple[str, str | None]] | None:
    """The two labels asked: two places, or two ways (from, to) between them."""
    ways = [(m.group(1), m.group(2)) for m in compiled(
        "(" + "|".join(map(re.escape, places)) + ")" + _ARROW + "(" + "|".join(map(re.escape, places)) + ")").finditer(said)]
    ways = [w for w in ways if w[0] != w[1]]
    if len(ways) == 2 and ways[0] != ways[1]:
        return ways
    found = sorted({(said.find(p), p) for p in places if p in said})
    return [(p, None) for _, p in found] if len(found) == 2 else None


def _figures(window: str, label: tuple[str, str | None]) -> set[tuple[int, str]]:
    a, b = map(re.escape, (label[0], label[1] or ""))
    if label[1] is None:
        pattern = a + r"\s*[(（]?\s*(\d[\d,]*)\s*(" + _UNITS + r")(?![一-龥])"
    else:
        pattern = a + _ARROW + b + r"(?:[(（][^()（）]{0,12}[)）])?\s*(?:へ|に)?\s*(\d[\d,]*)\s*(" + _UNITS + r")(?![一-龥])"
    return {(int(m.group(1).replace(",", "")), m.group(2)) for m in compiled(pattern).finditer(window)}


def _windows(text: str, words: list[str], said_date: tuple[str, int, int] | None) -> list[str]:
    """The parts of the text the question's thing or date picks: the bracket after each occurrence of the word said,
    or the entries of the date said (together)."""
    if said_date is not None:
        marks = _dates(text)
        picked = [text[s:(marks[i + 1][0] if i + 1 < len(marks) else len(text))]
                  for i, (s, era, y, m) in enumerate(marks) if (era, y, m) == said_date]
        return ["".join(picked)] if picked else []
    out = []
    for w in words:
        for m in compiled(re.escape(w) + r"[^()（）\s]{0,12}[(（][^()（）]*[)）]").finditer(text):
            out.append(m.group(0))
    return out


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question)
    which = _WHICH.search(said) and _MORE.search(said)
    if not which and not _GAP.search(said):
        return None
    places = sorted(assistant.lexicon.municipalities, key=len, reverse=True)
    # (the record named by its title: the parser's @title:<kind> condition, or its code)
    codes = [c for c in q.conditions if (c.field == "code" or c.field == f"@title:{q.target}") and c.op == "="
             and not isinstance(c.value, list)]
    if len(codes) != 1 or not places or not q.target or q.target not in assistant.executor.tables:
        return None
    labels = _labels(said, places)
    if labels is None:
        return None
    rows = [dict(r) for r in assistant.db.query(f"SELECT * FROM [{q.target}] WHERE code = ?", [str(codes[0].value)])]
    if len(rows) != 1:
        return None
    row = rows[0]
    text = nfkc(" ".join(str(v) for k, v in row.items() if isinstance(v, str) and k not in ("key", "source", "code")))
    dates = _dates(said)
    said_date = dates[0][1:] if len(dates) == 1 else None
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match" and str(c.value) in text]
    if said_date is None and not words:
        return None
    pairs = []
    for window in _windows(text, words, said_date):
        figs = [_figures(window, label) for label in labels]
        if all(len(f) == 1 for f in figs):
            (x, ux), (y, uy) = figs[0].pop(), figs[1].pop()
            if ux == uy or {ux, uy} <= {"人", "名"}:
                pairs.append(((x, f"{x}{ux}"), (y, f"{y}{uy}"), window))
    if not pairs:
        return None
    names = ["→".join(p for p in label if p) for label in labels]
    shown = "、".join(f"{names[0]} {a[1]}・{names[1]} {b[1]}" for a, b, _ in pairs)
    title = f"{row.get('code', '')} {row.get('title') or ''}".strip()
    if which:
        low = bool(_MORE.search(said).group("down"))
        winners = {(0 if (a[0] < b[0]) == low else 1) for a, b, _ in pairs if a[0] != b[0]}
        if len(winners) != 1 or any(a[0] == b[0] for a, b, _ in pairs):
            return None
        value = names[winners.pop()]
        summary = f"{title} の本文では {shown} で、{'少ない' if low else '多い'}のは {value} です"
        label = f"{names[0]}と{names[1]}の数を比べる"
    else:
        gaps = {abs(a[0] - b[0]) for a, b, _ in pairs}
        if len(gaps) != 1:
            return None
        value = gaps.pop()
        summary = f"{title} の本文では {shown} で、差は {value} です"
        label = f"{names[0]}と{names[1]}の数の差"
    understood = [{"field": "code", "op": "=", "value": row.get("code"), "label": title},
                  {"field": "text", "op": "figure", "value": names, "label": label}]
    return Answer(question=question, target=q.target, status="search", count=1, rows=[row], value=value,
                  summary=summary + "（本文に地名とともに書かれた数から読んだ値です。抜粋で確かめてください）。",
                  excerpts=[{"key": row.get("key"), "kind": q.target, "field": "text", "source": row.get("source"),
                             "line": row.get("line"), "text": w} for _, _, w in pairs],
                  understood=understood, query=q.to_dict())
