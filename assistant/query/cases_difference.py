"""「群馬県の6町村と和歌山県の4町とでは、運用コスト削減見込みの割合に何ポイントの差がある」: two records, each
named by a place the question says (two 自治体 ∋ … conditions no one record meets together), and the figure
each one's text prints beside the label asked (「6町村全体で34%の運用コスト削減見込み」): their difference. Only
when each place names one record and its passages print one figure in the unit beside the label; the answer
is a search (both figures shown with their passages, to be checked there). Other questions: None."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# 「運用コスト削減見込みの割合に何ポイントの差」「入館者数は何人の違い」
_ASKED = compiled(r"(?P<label>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,15}?)(?:の割合|の率|の比率)?\s*(?:に|は|で|について|では)?\s*(?:は)?\s*何\s*"
                  r"(?P<unit>ポイント|[%％]|パーセント|人|名|件|千円|万円|億円|円|時間|日|回|か所|箇所)\s*(?:の|も|ほど|くらい)?\s*(?:差|違い|開き)")
_PRINTED = {"ポイント": r"[%％]|ポイント", "%": r"[%％]", "％": r"[%％]", "パーセント": r"[%％]", "人": r"人|名", "名": r"人|名",
            "か所": r"か所|箇所|ヶ所|カ所", "箇所": r"か所|箇所|ヶ所|カ所"}
_WORD = compiled(r"[ァ-ヶー]{2,}|[一-龥]{2,}")


def _figure(assistant: "Assistant", key: str, label: str, unit: str) -> tuple[float, str, dict] | None:
    """The one figure in the unit the record's passages print with the label's words (most words first)."""
    words = [label] + [w for w in _WORD.findall(label) if w != label]
    number = compiled(r"(\d[\d,]*(?:\.\d+)?)\s*(?:" + _PRINTED.get(unit, re.escape(unit)) + r")")
    scored = []
    for pid, source, line, field, text in assistant.db.execute(
            "SELECT id, source, line, field, text FROM passages WHERE key = ? ORDER BY id", [key]).fetchall():
        body = nfkc(str(text or ""))
        held = sum(len(w) for w in words if w in body)
        found = {m.group(1) for m in number.finditer(body)}
        if held and found:
            scored.append((held, found, {"key": key, "source": source, "line": line, "field": field, "text": text,
                                         "highlights": []}))
    if not scored:
        return None
    best = max(s for s, _, _ in scored)
    top = [(f, e) for s, f, e in scored if s == best]
    figures = {x for f, _ in top for x in f}
    if len(figures) != 1:
        return None
    printed = figures.pop()
    return float(printed.replace(",", "")), printed, top[0][1]


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str) or q.target not in assistant.executor.tables or q.aggregate:
        return None
    asked = _ASKED.search(nfkc(question))
    places = [c for c in q.conditions if c.field == "places" and c.op == "has"]
    if asked is None or len(places) != 2:
        return None
    label, unit = asked.group("label"), asked.group("unit")
    said = [str(x.value) for x in q.conditions if x.field == "text" and x.op == "match" and len(str(x.value)) >= 2]
    read = []
    for c in places:
        side = copy.copy(q)
        # (the words said are the figure's and the places' own, 「6町村」: the record is the place's, by its title's words)
        side.conditions = [x for x in q.conditions if x is c or (x not in places and x.field != "text")]
        rows = assistant.executor.select(assistant.executor.resolve(side)[0])[0]
        if len({str(r.get("key")) for r in rows}) > 1:
            rows = [r for r in rows if any(str(w) in nfkc(str(r.get("title") or "")) for w in said)]
        keys = list(dict.fromkeys(str(r.get("key")) for r in rows))
        if len(keys) != 1:
            return None
        figure = _figure(assistant, keys[0], label, unit)
        if figure is None:
            return None
        read.append((c, rows[0], figure))
    (c1, r1, (v1, p1, e1)), (c2, r2, (v2, p2, e2)) = read
    if r1.get("key") == r2.get("key"):
        return None
    diff = abs(v1 - v2)
    value = int(diff) if float(diff).is_integer() else round(diff, 4)
    shown = "%" if unit in ("ポイント", "%", "％", "パーセント") else unit
    summary = (f"{c1.value}の事例（{r1.get('code')}）は「{p1}{shown}」、{c2.value}の事例（{r2.get('code')}）は「{p2}{shown}」で、"
               f"差は {value}{'ポイント' if shown == '%' else unit} です（抜粋から読んだ値です: {e1.get('source')} {e1.get('line')}行目、"
               f"{e2.get('line')}行目）。")
    understood = [x.to_dict() for x in q.conditions if x.field != "text"] + [
        {"field": "text", "op": "diff", "value": label, "label": f"本文の「{label}」の数の差（{c1.value} と {c2.value}）"}]
    unused = [w for w in q.unused if w not in ("差", "違い", "開き")]
    return Answer(question=q.question, target="passage", status="search", count=2, rows=[r1, r2], excerpts=[e1, e2],
                  value=value, summary=summary, understood=understood, unused=unused, query=q.to_dict())
