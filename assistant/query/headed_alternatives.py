"""「公共施設マネジメントの見出し（総合管理計画に基づくもの・地方公会計を活用したもの）で紹介されている自治体は？」:
the records whose heading (a field said 見出し or テーマ) holds the word said before it and one of the alternatives in
the brackets; the records of every alternative together, each alternative naming one record at least (else
None: a part that names nothing is not dropped silently). Other questions: None."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.grammar.headed_alternatives import ALTERNATIVE_SEPARATOR, HEADING_ALTERNATIVES
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_HEADING_WORDS = ("見出し", "テーマ", "分野")


def _heading_fields() -> dict[str, list[str]]:
    """Each kind's text fields said with a heading's word (their label or words)."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    out: dict[str, list[str]] = {}
    for name, rk in record_kinds().items():
        for f in rk.fields:
            if isinstance(f, Field) and f.type == "text" and any(
                    w in said for w in _HEADING_WORDS for said in (f.label, *f.words)):
                out.setdefault(name, []).append(f.name)
    return out


def answer(assistant: "Assistant", question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    asked = HEADING_ALTERNATIVES.search(nfkc(question))
    if asked is None:
        return None
    head = asked.group("head").strip()
    alts = [re.sub(r"(?:もの|の)$", "", a).strip() for a in ALTERNATIVE_SEPARATOR.split(asked.group("alts"))]
    alts = [a for a in alts if len(a) >= 2]
    if len(alts) < 2:
        return None
    for kind, fields in _heading_fields().items():
        columns = assistant.executor.columns.get(kind, [])
        fields = [f for f in fields if f in columns]
        if kind not in assistant.executor.tables or not fields:
            continue
        rows = [dict(zip(columns, r)) for r in assistant.db.execute(
            f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{kind}] ORDER BY rowid").fetchall()]

        def heads(row: dict) -> list[str]:
            return [nfkc(str(row.get(f) or "")) for f in fields if head in nfkc(str(row.get(f) or ""))]

        chosen, per_alt = [], []
        for alt in alts:
            found = [r for r in rows if any(alt in h for h in heads(r))]
            per_alt.append(found)
            chosen += [r for r in found if r not in chosen]
        if not chosen:
            continue
        if any(not found for found in per_alt):
            return None  # (an alternative naming no heading: the answer would drop it silently)
        places = [p for r in chosen for p in _places(r)]
        summary = (f"見出しに「{head}」と「{'」か「'.join(alts)}」を含む{kind_label(kind)}は {len(chosen)}件です（"
                   + "、".join(f"{r.get('code')} {r.get('title') or r.get('heading') or ''}" for r in chosen) + "）。"
                   + (f"自治体: {'、'.join(dict.fromkeys(places))}。" if places else ""))
        understood = [{"field": fields[0], "op": "match", "value": f"{head}+{alt}",
                       "label": f"見出しに「{head}」と「{alt}」を含む"} for alt in alts]
        return Answer(question=question, target=kind, status="exact", count=len(chosen), rows=chosen,
                      value=None, summary=summary, understood=understood)
    return None


def _places(row: dict) -> list[str]:
    import json

    value = row.get("places")
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = [value]
    return [str(p) for p in (value or [])]
