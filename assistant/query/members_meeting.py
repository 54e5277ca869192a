"""「8点以上をつけた委員が3人以上いる重点項目」: records chosen by how many of the members a committee's paper
lists (its own words, 委員A…委員E, read from the index as the records' axes) scored them so.

The score asked (N点以上/以下/未満/超, or exactly N点) and the number of members asked (M人以上/以下/未満, or
exactly M人) are both read from the question; the rest of it chooses the records as any other question would.
A question of another shape is left to the rest of the engine (None).
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.axes import axis_words
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_BOUND = r"(?P<{0}>以上|以下|未満|超|より多く|より少なく)?"
# 「8点以上をつけた委員が3人以上いる」「8点以上の委員が3人以上」「7点以下をつけた委員が2人いる」
_ASKED = compiled(
    r"(?P<score>\d+(?:\.\d+)?)\s*点\s*" + _BOUND.format("sb")
    + r"\s*(?:を|の|で)?\s*(?:(?:つけ|付け|与え|入れ)(?:た|ている|てる)|評価した|採点した)?\s*(?:委員|人|メンバー)\s*(?:が|は)?\s*"
    r"(?P<n>\d+)\s*(?:人|名)\s*" + _BOUND.format("nb") + r"\s*(?:いる|おる|ある)?")
_BODY_AFTER = r"[一-龥]{0,4}(?:委員会|審議会|懇話会|懇談会|協議会|推進会議)"
_OPS = {"": "=", "以上": ">=", "以下": "<=", "未満": "<", "超": ">", "より多く": ">", "より少なく": "<"}
# Words the reading uses up: the verbs of scoring, the members, the counts.
_TAKEN = compiled(r"^(?:\d+(?:\.\d+)?点|\d+人|\d+名|つけた|付けた|つけている|与えた|入れた|いる|委員|採点|点数)")


def _holds(value: float, op: str, bound: float) -> bool:
    return {"=": value == bound, ">=": value >= bound, "<=": value <= bound, ">": value > bound, "<": value < bound}[op]


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    said = nfkc(question)
    m = _ASKED.search(said)
    kind = "initiative"
    if m is None or q.target not in (kind, "") or "axes" not in assistant.executor.columns.get(kind, []):
        return None
    members = [w for w in axis_words(assistant.db, kind)]
    if len(members) < 2:
        return None
    score, n = float(m.group("score")), int(m.group("n"))
    score_op, n_op = _OPS[m.group("sb") or ""], _OPS[m.group("nb") or ""]
    from assistant.query.conversation import _BODY_SAID, _SCORE_WORDS_FIELDS, _with

    asked_text = said[m.start():m.end()]
    def body_or_asked(c) -> bool:
        # (「藤見沢市行政経営改革推進懇話会で」: the body whose members scored, named as its paper names it, and the
        # words of the reading itself (「3人」) are no words to find in the records' text)
        if c.field == "source" or not isinstance(c.value, str) or c.op not in ("match", "contains"):
            return False
        value = nfkc(c.value)
        return value in asked_text or bool(_BODY_SAID.fullmatch(value)) or bool(
            re.search(re.escape(value) + _BODY_AFTER, said))

    rest = [c for c in q.conditions if not (c.field in _SCORE_WORDS_FIELDS or body_or_asked(c))]
    probe = _with(q, rest)
    probe.target, probe.aggregate, probe.value_field, probe.agg_field = kind, "", "", ""
    probe = assistant.executor.resolve(probe)[0]
    assistant._place_caveat = ""
    if assistant._scope_by_places(probe, []) is not None:  # (a city named: its documents, as _document_axes does)
        return None
    rows = []
    for r in assistant.executor.select(probe)[0]:
        try:
            axes = json.loads(r.get("axes") or "{}")
        except (TypeError, ValueError):
            continue
        scores = {k: v for k, v in axes.items() if k in members and isinstance(v, (int, float))}
        if scores:
            rows.append((r, sum(1 for v in scores.values() if _holds(float(v), score_op, score))))
    if not rows:
        return None
    chosen = [r for r, k in rows if _holds(k, n_op, n)]
    unused = [w for w in dict.fromkeys(q.unused) if w not in asked_text and not _TAKEN.match(w)]
    sign = {"=": "", ">=": "以上", "<=": "以下", "<": "未満", ">": "超"}
    shown = f"{m.group('score')}点{sign[score_op]}をつけた委員が{n}人{sign[n_op]}"
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": "axes", "op": "members", "value": [score_op, score, n_op, n], "label": shown}]
    label = kind_label(kind)
    names = "、".join(f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in chosen[:5]) + (" ほか" if len(chosen) > 5 else "")
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    summary = caveat + f"{shown}の{label}は {len(chosen)}件です" + (f"（{names}）。" if chosen else "。")
    counted = bool(re.search(r"何件|いくつ|何項目", said))
    return Answer(question=q.question, target=kind, rows=chosen, count=len(chosen), value=len(chosen) if counted else None,
                  summary=summary, caveat=caveat, status="partial" if unused else ("exact" if chosen else "no_match"),
                  unused=unused, understood=understood,
                  notes=[f"委員ごとの点数（{'・'.join(members)}）から数えました"], query=q.to_dict())


# 「重点項目Ⅳの点数を見せて」「…の点数は？」: the scores of one record asked as a whole.
_SHOW = compiled(r"(?:点数|得点|採点結果|評価点)\s*(?:を|は|って)?\s*(?:見せて|教えて|知りたい|出して|表示|一覧|[?？]|$)")


def shown(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    """One record whose committee paper prints each member's score, its 点数 asked with no member named: every
    member's score and the committee's (the average the paper prints), not a 合計 it does not have."""
    kind = "initiative"
    said = nfkc(question)
    if q.target != kind or not _SHOW.search(said) or "axes" not in assistant.executor.columns.get(kind, []):
        return None
    members = axis_words(assistant.db, kind)
    if any(m in said for m in members):
        return None
    from assistant.query.conversation import _with

    probe = _with(q, list(q.conditions))
    probe.aggregate, probe.value_field, probe.agg_field = "", "", ""
    probe = assistant.executor.resolve(probe)[0]
    assistant._place_caveat = ""
    if assistant._scope_by_places(probe, []) is not None:  # (a city named: its documents, as _document_axes does)
        return None
    rows = [r for r in assistant.executor.select(probe)[0] if r.get("axes") not in (None, "", "{}")]
    if len(rows) != 1:
        return None
    row = rows[0]
    try:
        axes = json.loads(row["axes"]) if isinstance(row["axes"], str) else dict(row["axes"])
    except (TypeError, ValueError):
        return None
    scores = {k: v for k, v in axes.items() if k in members and isinstance(v, (int, float))}
    if not scores:
        return None
    mean = row.get("committee_score")
    scale = row.get("committee_scale")
    out_of = f"（{scale:g}点満点）" if isinstance(scale, (int, float)) else ""
    listed = "、".join(f"{k} {v}点" for k, v in scores.items())
    summary = (f"{row.get('code', '')} {row.get('title') or ''} の委員ごとの点数{out_of}は {listed}"
               + (f"、平均 {mean}点" if isinstance(mean, (int, float)) else "") + " です。")
    unused = list(dict.fromkeys(q.unused))
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": "axes", "op": "value", "value": list(scores), "label": "委員ごとの点数を答える"}]
    return Answer(question=q.question, target=kind, rows=[row], count=1,
                  value=mean if isinstance(mean, (int, float)) else None, summary=caveat + summary, caveat=caveat,
                  status="partial" if unused else "exact", unused=unused, understood=understood,
                  notes=["「点数」を委員ごとの点数と平均として読みました"], query=q.to_dict())
