"""One member's score on one 観点, or the records some member scored so on a 観点, where a committee's paper prints a
table a row per member and a column per 観点 (initiative.member_points: {"石川委員": {"市民目線": 3, …}}):

- 「小野寺委員の発展性は何点？」 (after 「第3の柱の評価を見せて」, or naming the 柱): that cell of the one record;
- 「「市民目線」に4点をつけた委員がいる柱は？」: the records where at least one member gave that score (以上/以下 too).

The members and the 観点 are the paper's own words, read from the index; a question naming none of them, or two
観点, is left to the rest of the engine (None)."""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_KIND = "initiative"
_WORDS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_VALUE_ASKED = compiled(r"^[」』]?\s*(?:の点数|の点|の得点|の評価)?\s*(?:は|って|が)?\s*(?:何点|何ポイント|いくつ|どのくらい|どれくらい)")
_SCORED = compiled(r"^[」』]?\s*(?:に|で|が|は|の点数が|の評価が)?\s*(?P<n>\d+)\s*点\s*(?P<b>以上|以下|未満)?\s*(?:を|の)?\s*"
                   r"(?:つけ|付け|与え|入れ)(?:た|ている|てる)?\s*(?:委員|人)\s*(?:が|の)?\s*(?:いる|おる|ある)?")
_OPS = {"": "=", "以上": ">=", "以下": "<=", "未満": "<"}


def _points(value) -> dict:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def point_words(db) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(members, 観点) the index's member tables print, longest first; read once per open index."""
    if id(db) not in _WORDS:
        members: set[str] = set()
        axes: set[str] = set()
        has = db.execute(f"SELECT 1 FROM pragma_table_info('{_KIND}') WHERE name = 'member_points'").fetchone() \
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_KIND,)).fetchone() else None
        for (value,) in (db.execute(f"SELECT member_points FROM [{_KIND}] WHERE member_points IS NOT NULL") if has else []):
            for member, cells in _points(value).items():
                members.add(member)
                axes.update(k for k, v in _points(cells).items() if isinstance(v, (int, float)))
        order = lambda w: (-len(w), w)  # noqa: E731
        _WORDS[id(db)] = (tuple(sorted(members, key=order)), tuple(sorted(axes, key=order)))
    return _WORDS[id(db)]


def _said(words: tuple[str, ...], text: str) -> list[str]:
    return [w for w in words if w in text and not any(w != o and w in o and o in text for o in words)]


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    if "member_points" not in assistant.executor.columns.get(_KIND, []):
        return None
    members, axes = point_words(assistant.db)
    said = nfkc(question)
    axis = _said(axes, said)
    if len(axis) != 1:
        return None
    axis = axis[0]
    after = said[said.index(axis) + len(axis):]
    member = _said(members, said)
    if len(member) == 1 and _VALUE_ASKED.match(after):
        return _cell(assistant, q, question, member[0], axis)
    scored = _SCORED.match(after)
    if not member and scored:
        return _any_member(assistant, q, question, axis, _OPS[scored.group("b") or ""], int(scored.group("n")),
                           said[said.index(axis):said.index(axis) + len(axis) + scored.end()])
    return None


def _records(assistant: "Assistant", q: "Query", used: str) -> list[dict] | None:
    """The records the rest of the question chooses (its conditions but those the words read here made)."""
    from assistant.query.conversation import _BODY_SAID, _SCORE_WORDS_FIELDS, _with

    rest = [c for c in q.conditions if not (c.field in _SCORE_WORDS_FIELDS or (
        c.field != "source" and isinstance(c.value, str) and c.op in ("match", "contains")
        and (nfkc(c.value) in used or bool(_BODY_SAID.fullmatch(nfkc(c.value))))))]
    probe = _with(q, rest)
    probe.target, probe.aggregate, probe.value_field, probe.agg_field = _KIND, "", "", ""
    probe = assistant.executor.resolve(probe)[0]
    assistant._place_caveat = ""
    if assistant._scope_by_places(probe, []) is not None:
        return None
    return [r for r in assistant.executor.select(probe)[0] if _points(r.get("member_points"))]


def _cell(assistant: "Assistant", q: "Query", question: str, member: str, axis: str) -> Answer | None:
    rows = None
    if not q.conditions and len(assistant.context_rows or []) == 1 \
            and _points(assistant.context_rows[0].get("member_points")):
        rows = list(assistant.context_rows)  # (「第3の柱の評価を見せて」 then 「小野寺委員の発展性は何点？」)
    elif q.target in (_KIND, "") and q.conditions:
        rows = _records(assistant, q, member + axis)
    if not rows or len(rows) != 1:
        return None
    value = _points(_points(rows[0].get("member_points")).get(member)).get(axis)
    if not isinstance(value, (int, float)):
        return None
    row = rows[0]
    name = f"{row.get('code', '')} {row.get('title') or ''}".strip()
    return Answer(question=q.question, target=_KIND, rows=rows, count=1, value=value, status="exact",
                  summary=f"{name} の{member}の{axis}は {value} 点です（委員ごと・観点ごとの評価点）。",
                  understood=[{"field": "member_points", "op": "value", "value": [member, axis],
                               "label": f"{member}の「{axis}」の点数"}],
                  notes=[f"「{member}」「{axis}」を評価表の委員と観点として読みました"], query=q.to_dict())


def _any_member(assistant: "Assistant", q: "Query", question: str, axis: str, op: str, n: int, used: str) -> Answer | None:
    if q.target not in (_KIND, ""):
        return None
    rows = _records(assistant, q, used)
    if not rows:
        return None
    holds = {"=": lambda v: v == n, ">=": lambda v: v >= n, "<=": lambda v: v <= n, "<": lambda v: v < n}[op]
    chosen = [r for r in rows if any(isinstance(v := _points(cells).get(axis), (int, float)) and holds(v)
                                     for cells in _points(r.get("member_points")).values())]
    sign = {"=": "", ">=": "以上", "<=": "以下", "<": "未満"}[op]
    shown = f"「{axis}」に{n}点{sign}をつけた委員がいる"
    unused = [w for w in dict.fromkeys(q.unused) if w not in used and not re.fullmatch(r"つけ[たて]?|付け[たて]?|委員|いる|点数?", w)]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    names = "、".join(f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in chosen[:5]) + (" ほか" if len(chosen) > 5 else "")
    label = kind_label(_KIND)
    return Answer(question=q.question, target=_KIND, rows=chosen, count=len(chosen), value=None, caveat=caveat,
                  status="partial" if unused else ("exact" if chosen else "no_match"), unused=unused,
                  summary=caveat + f"{shown}{label}は {len(chosen)}件です" + (f"（{names}）。" if chosen else "。"),
                  understood=[c.to_dict() for c in q.conditions if c.field == "source"]
                  + [{"field": "member_points", "op": op, "value": [axis, n], "label": shown}],
                  notes=["委員ごと・観点ごとの評価点から選びました"], query=q.to_dict())
