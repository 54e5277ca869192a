"""「令和に入ってから導入された改善事例はどこの自治体？」「2020年度以降に始めた事例は？」: cases chosen by the year
their text labels for the verb said (「導入年度：令和２年度」「開始年度：2019年度」), 和暦 and 西暦 alike.

Only case studies, and only a year printed on a labelled line of the verb's own word (導入 → 導入年度/導入年/導入時期,
開始・始め → 開始年度/開始年): a case whose text labels no such year is left out and said, and the answer is then
partial (its year is not known to be outside the span). Questions of another shape are left to the engine (None).
"""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.query.text_figures import (KINDS, _WHO_ASKED, _names, _names_the_document, _of_the_collection,
                                          _said_of_the_collection, _selected)
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_ERA_START = {"令和": 2019, "平成": 1989}
# 「令和に入ってから」「令和になって以降」: an era from its first year; 「2020年度以降」「令和3年度から」「平成30年度より前」: a bound.
_SPAN = compiled(r"(?:(?P<era>令和|平成)\s*に\s*(?:入って|なって|はいって)\s*(?:から|以降)"
                 r"|(?P<y>(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年度?|(?:19|20)\d{2}\s*年度?)\s*"
                 r"(?P<op>以降|以後|から|より後|より前|以前|まで))"
                 r"(?P<gap>[^、。?？]{0,6}?)(?P<verb>導入|開始|始め|始ま|着手)")
_LABEL = {"導入": "導入", "開始": "開始", "始め": "開始", "始ま": "開始", "着手": "(?:着手|開始)"}


def _labelled_year(text: str, word: str) -> int | None:
    """The fiscal year the text prints on a line labelled with the word (「導入年度：令和２年度」)."""
    for m in re.finditer(rf"{word}(?:年度|年|時期)\s*[:：]\s*([^\n]{{1,20}})", nfkc(text)):
        years = find_years(m.group(1))
        if years:
            return years[0].fiscal_year
    return None


def _read_start(label: object) -> int | None:
    """The fiscal year of a case's start_year label (R1, H28), where the collection's reader read one."""
    from assistant.text.wareki import label_fiscal_year

    text = str(label or "")
    return label_fiscal_year(text) if re.fullmatch(r"[RH]\d{1,2}", text) else None


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    span = _SPAN.search(said)
    if span is None:
        return None
    q = _of_the_collection(assistant, q, said)
    if q.target not in KINDS or q.target not in assistant.executor.tables or q.aggregate:
        return None
    if span.group("era"):
        low, high, shown = _ERA_START[span.group("era")], None, f"{span.group('era')}に入ってから"
    else:
        years = find_years(span.group("y"))
        if not years:
            return None
        fy, op = years[0].fiscal_year, span.group("op")
        low, high = {"以降": (fy, None), "以後": (fy, None), "から": (fy, None), "より後": (fy + 1, None),
                     "より前": (None, fy - 1), "以前": (None, fy), "まで": (None, fy)}[op]
        shown = span.group("y") + op
    word = _LABEL[span.group("verb")]
    spanned = span.group(0)
    rest = [c for c in q.conditions if not (c.field == "text" and (
        str(c.value) in spanned or find_years(str(c.value)) or str(c.value) in ("導入", "開始", "着手")))
        and not _names_the_document(assistant, q, c)]
    rest = [c for c in rest if not _said_of_the_collection(assistant, q, rest, c)]
    probe = copy.copy(q)
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = rest, "", "", "", "", None
    rows = _selected(assistant, probe)
    read, silent = [], []
    for r in rows:
        fy = _labelled_year("\n".join(str(r.get(f) or "") for f in ("details", "summary", "measures", "effects", "notes")), word)
        if fy is None:
            fy = _read_start(r.get("start_year"))  # (the year the reader read from the case's prose: 「令和元年度に開始し」)
        if fy is None:
            silent.append(r)
        else:
            read.append((r, fy))
    if not read:
        return None
    chosen = [r for r, fy in read if (low is None or fy >= low) and (high is None or fy <= high)]
    label = kind_label(q.target)
    verb_label = "導入" if word == "導入" else "開始"
    unused = [w for w in q.unused if w not in spanned and not find_years(w)]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    if silent:
        caveat += f"{_names(silent)} は本文に{verb_label}年度の記載がないため、含めていません。"
    summary = (f"本文の「{verb_label}年度」で比べると、{shown}{'' if span.group('era') else 'に'}{verb_label}された{label}は "
               + (f"{len(chosen)}件です（{_names(chosen)}）。" if chosen else "ありません。"))
    if chosen and _WHO_ASKED.search(said):
        from assistant.query.place_names import municipalities_of
        summary += "自治体は " + "、".join(str(municipalities_of(r.get("places")) or r.get("code")) for r in chosen) + " です。"
    understood = [c.to_dict() for c in rest] + [{"field": "text", "op": "year_span", "value": [low, high],
                                                 "label": f"本文の{verb_label}年度が{shown}"}]
    notes = ["読んだ年度: " + "、".join(f"{r.get('code')} {fy}年度" for r, fy in read)]
    return Answer(question=q.question, target=q.target, rows=chosen, count=len(chosen), value=None,
                  summary=caveat + summary, caveat=caveat, status="partial" if (unused or silent) else "exact",
                  unused=unused, understood=understood, notes=notes)
