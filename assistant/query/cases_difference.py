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
                  r"(?P<unit>ポイント|[%％]|パーセント|人|名|件|千円|万円|億円|円|時間|日|回|か所|箇所)\s*(?:の|も|ほど|くらい)?\s*(?:差|違い|違う|違っ|開き|異な)")
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


# 「運用コスト削減見込み、和歌山県の4町と群馬県の6町村で何ポイント差がある」: the label said first, before a comma.
_ASKED_FIRST = compiled(r"(?P<label>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,24}?)(?:の割合|の率|の比率)?\s*[、,]\s*[^、。?？]{2,40}?"
                        r"(?:で|では|とでは|の間で|の間には?)\s*何\s*(?P<unit>ポイント|[%％]|パーセント|人|名|件|千円|万円|億円|円|時間|日|回|か所|箇所)"
                        r"\s*(?:の|も|ほど|くらい)?\s*(?:差|違い|違う|違っ|開き|異な)")
# 「自治体クラウドの2つの事例で」: the two records the other words name, no place said
_TWO_SAID = compiled(r"(?:[二2]つ|両方|両者)\s*の?\s*(?:事例|取組|取り組み|ケース)")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str) or q.target not in assistant.executor.tables or q.aggregate:
        return None
    asked = _ASKED_FIRST.search(nfkc(question)) or _ASKED.search(nfkc(question))
    places = [c for c in q.conditions if c.field == "places" and c.op == "has"]
    if asked is not None and not places and _TWO_SAID.search(nfkc(question)):
        return _two_named_by_words(assistant, q, asked)
    if asked is None or len(places) != 2:
        return None
    label, unit = asked.group("label"), asked.group("unit")
    label = re.sub(r"^.*の", "", label) or label  # (「自治体クラウドの運用コスト削減見込み」: the label after の)
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


def _two_named_by_words(assistant: "Assistant", q: Query, asked: re.Match) -> Answer | None:
    """「自治体クラウドの2つの事例で、運用コスト削減見込みは何ポイント違う」: the records all the words said name (not
    the label's, the count's or the unit's), when they are exactly two, each printing one figure beside the label."""
    label, unit = asked.group("label"), asked.group("unit")
    label = re.sub(r"^.*の", "", label) or label
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"
             and str(c.value) not in label and label not in str(c.value) and str(c.value) != unit
             and not _TWO_SAID.fullmatch(str(c.value) + "の事例") and not re.fullmatch(r"[二2]つ|両方|両者", str(c.value))]
    if not words or any(c.field != "text" for c in q.conditions):
        return None
    probe = copy.copy(q)
    probe.conditions = [c for c in q.conditions if c.field == "text" and c.op == "match" and str(c.value) in words]
    probe.order_by, probe.limit, probe.aggregate, probe.value_field = "", None, "", ""
    rows = assistant.executor.select(assistant.executor.resolve(probe)[0])[0]
    keyed = list({str(r.get("key")): r for r in rows}.values())
    if len(keyed) != 2:
        return None
    read = [(r, _figure(assistant, str(r.get("key")), label, unit)) for r in keyed]
    if any(f is None for _, f in read):
        return None
    (r1, (v1, p1, e1)), (r2, (v2, p2, e2)) = read
    diff = abs(v1 - v2)
    value = int(diff) if float(diff).is_integer() else round(diff, 4)
    shown = "%" if unit in ("ポイント", "%", "％", "パーセント") else unit
    summary = (f"{r1.get('title')}（{r1.get('code')}）は「{p1}{shown}」、{r2.get('title')}（{r2.get('code')}）は「{p2}{shown}」で、"
               f"差は {value}{'ポイント' if shown == '%' else unit} です（抜粋から読んだ値です: {e1.get('source')} {e1.get('line')}行目、"
               f"{e2.get('line')}行目）。")
    understood = [x.to_dict() for x in probe.conditions] + [
        {"field": "text", "op": "diff", "value": label, "label": f"本文の「{label}」の数の差（{r1.get('code')} と {r2.get('code')}）"}]
    unused = [w for w in q.unused if w not in ("差", "違い", "違う", "開き", "異なる")]
    return Answer(question=q.question, target="passage", status="search", count=2, rows=[r1, r2], excerpts=[e1, e2],
                  value=value, summary=summary, understood=understood, unused=unused, query=probe.to_dict())


# 「自治体クラウドの事例で、コスト削減見込みが大きい方のグループの町村を全部」「…、和歌山と群馬でコスト削減見込みが
# 大きいのはどっち？」: of the records the question names, the one
# whose text prints the larger figure beside the label, and its places (of the kind said: 町村).
_LARGER = compiled(r"(?P<label>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,15}?)\s*(?:が|の)\s*(?P<dir>大きい|多い|高い|小さい|少ない|低い)\s*"
                   r"(?:方|ほう|の(?=\s*(?:は|って)\s*(?:どっち|どちら|どこ)))\s*の?\s*(?:グループ|事例|団体|自治体|地域|取組|もの)?\s*(?:の)?\s*(?P<who>市町村|町村|市町|自治体|団体|市|町|村)?")
_UNITS = ("%", "件", "人", "千円", "万円", "億円", "円", "時間", "日", "回")
_WHO = {"町村": ("町", "村"), "市町": ("市", "町"), "市": ("市",), "町": ("町",), "村": ("村",),
        "市町村": ("市", "町", "村"), "自治体": ("市", "町", "村"), "団体": ("市", "町", "村")}


# 「二つの事例のうち」「その中で」「どちらが」: of the records just shown.
_OF_THOSE = compiled(r"^\s*(?:[二2２]つ|両方|両者|それら|これら)?\s*の?\s*(?:事例|取組|もの)?\s*(?:の\s*)?(?:うち|中で|なかで)|^\s*(?:その|この)(?:うち|中|なか)|どちら")


def larger_group(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    """The record of the larger (smaller) figure printed beside the label, of two or more the question's words name;
    its places listed. Only when each record's passages print one figure in one unit beside the label."""
    if not isinstance(question, str):
        return None
    if q.target == "passage" and _LARGER.search(nfkc(question)):
        # (「自治体クラウド、和歌山と群馬で…が大きいのはどっち？」: no kind said; the records printing places are asked)
        for kind in assistant.executor.tables:
            if "places" in assistant.executor.columns.get(kind, []):
                again = copy.copy(q)
                again.target = kind
                said = larger_group(assistant, again, question)
                if said is not None:
                    return said
        return None
    if q.target not in assistant.executor.tables or "places" not in assistant.executor.columns.get(q.target, []):
        return None
    asked = _LARGER.search(nfkc(question))
    if asked is None:
        return None
    label = asked.group("label")
    # (「和歌山と群馬でコスト削減見込みが」: the two sides said before the label, each one record's place or title)
    two = re.match(r"^(?P<x>[^とで、,]{1,10})と(?P<y>[^とで、,]{1,10})で(?P<rest>.{2,})$", label)
    sides = [two["x"], two["y"]] if two else []
    if two:
        label = two["rest"]
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match" and str(c.value) not in sides
             and str(c.value) not in label and label not in str(c.value) and str(c.value) not in ("グループ", "事例", "団体")]
    probe = copy.copy(q)
    probe.conditions = [c for c in q.conditions if c.field == "text" and c.op == "match" and str(c.value) in words]
    probe.order_by, probe.limit, probe.aggregate, probe.value_field = "", None, "", ""
    referred = [dict(r) for r in (getattr(assistant, "context_rows", None) or [])
                if str(r.get("key", "")).startswith(f"{q.target}:")]
    if len(referred) >= 2 and _OF_THOSE.search(nfkc(question)):
        # (「自治体クラウドの事例について教えて」→「二つの事例のうち、…が大きい方はどの団体」: the records just shown)
        rows = referred
        probe.conditions = []
    else:
        if not words:
            return None
        rows = assistant.executor.select(assistant.executor.resolve(probe)[0])[0]
    if sides:
        of = {side: [r for r in rows if side in nfkc(str(r.get("title") or "")) + "".join(map(str, r.get("places") or []))]
              for side in sides}
        if any(len(found) != 1 for found in of.values()) or of[sides[0]][0] is of[sides[1]][0]:
            return None
        rows = [of[sides[0]][0], of[sides[1]][0]]
    if len(rows) < 2:
        return None
    for unit in _UNITS:
        read = [(r, _figure(assistant, str(r.get("key")), label, unit)) for r in rows]
        if all(f is not None for _, f in read):
            break
    else:
        return None
    larger = asked.group("dir") in ("大きい", "多い", "高い")
    best = (max if larger else min)(f[0] for _, f in read)
    top = [(r, f) for r, f in read if f[0] == best]
    if len(top) != 1:
        return None
    row, figure = top[0]
    suffixes = _WHO.get(asked.group("who") or "", ())
    places = [str(p) for p in (row.get("places") or []) if not suffixes or str(p).endswith(suffixes)]
    shown = "、".join(f"{r.get('title')}: {f[1]}{unit}" for r, f in read)
    word = "大きい" if larger else "小さい"
    summary = (f"「{label}」は {shown}。{word}方は {row.get('title')} で、"
               f"{asked.group('who') or '団体'}は {'・'.join(places)} です（抜粋から読んだ値です）。")
    return Answer(question=question, target=q.target, rows=[row], count=1, value="、".join(places), status="exact",
                  summary=summary, excerpts=[f[2] for _, f in read],
                  understood=[*(c.to_dict() for c in probe.conditions),
                              {"field": "@text_figure", "op": "max" if larger else "min", "value": label,
                               "label": f"本文の「{label}」の値が{word}方"}], query=probe.to_dict())
