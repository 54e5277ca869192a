"""「実践項目15と14、R5の評価どっちが上？」: of the records named by number, which is higher (or lower)
on the field said: the rows ordered by it, and the order said (a tie said as a tie)."""
from __future__ import annotations

import copy
import re

from assistant.query.answer import Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「どっちが上」「どちらが高い」「いいのはどっち」: the direction asked (下・低・悪 ask the lower).
_ASKED = compiled(r"(?:どっち|どちら|どれ|いずれ)(?:の方|のほう)?(?:が|の方が|のほうが)\s*(?P<dir>上|高|良|よ|い[いー]|優|下|低|悪|劣)"
                  r"|(?P<dir2>上|高い|良い|よい|いい|低い|下|悪い)(?:の|ほう|方)(?:は|って)\s*(?:どっち|どちら|どれ)")
_LOWER = "下低悪劣"
# The words of the comparison itself, which no condition uses.
_COMPARISON_WORDS = compiled(r"^(?:上|高い?|良い?|よい|いい|優れ.*|下|低い?|悪い?|劣.*|違い|どっち|どちら|方|ほう)$")


def compared_field(q: Query, year_field) -> str:
    """The field the named records are compared on: the value asked (総合評価は), else the one year
    whose grade is said (「R5の評価」, read as a condition that the year is graded)."""
    if q.value_field:
        return q.value_field
    years = [c.field for c in q.conditions if c.op == "evaluated" and year_field(c.field)]
    return years[0] if len(years) == 1 else ""


def which_is_higher(assistant, question: str, q: Query):
    """The answer, or None when the question is no such comparison of two or more named records."""
    from assistant.kinds.registry import is_year_field
    from assistant.labels import field_label, kind_label
    from assistant.query.lexicon import grade_rank_sql

    m = _ASKED.search(nfkc(question))
    named = [c for c in q.conditions if (c.field in ("code", "@no") or c.field.startswith("@title:")) and c.op == "in"
             and len(c.value or []) >= 2]
    if m is None or len(named) != 1 or q.aggregate or q.target not in assistant.executor.tables:
        return None
    field = compared_field(q, is_year_field)
    if not field or field not in assistant.executor.columns.get(q.target, []):
        return None
    lower = (m.group("dir") or m.group("dir2") or "")[:1] in _LOWER
    again = copy.copy(q)
    again.conditions = [c for c in q.conditions if not (c.field == field and c.op == "evaluated")]
    again.value_field = ""
    again.unused = [w for w in q.unused if not _COMPARISON_WORDS.match(w)]
    answer = assistant.run(again, question)
    answer.caveat = answer.caveat if answer.status != "exact" else ""
    if answer.error or len(answer.rows) < 2:
        return None
    keys = [str(r.get("key")) for r in answer.rows]
    values = {k: r.get(field) for k, r in zip(keys, answer.rows)}
    numeric = all(_number(v) is not None for v in values.values())
    if numeric:
        ranks = {k: _number(v) for k, v in values.items()}
    else:
        expr = grade_rank_sql(f"t.[{field}]", assistant.lexicon.grade_scale)
        ranks = dict(assistant.db.execute(
            f"SELECT t.key, {expr} FROM [{q.target}] t WHERE t.key IN ({','.join('?' * len(keys))})", keys).fetchall())
    unranked = [k for k in keys if ranks.get(k) is None]
    label = field_label(field, q.target)
    said = {k: f"{r.get('code', '')}（{values[k] if values[k] not in (None, '') else '記載なし'}）"
            for k, r in zip(keys, answer.rows)}
    ranked = sorted((k for k in keys if k not in unranked), key=lambda k: ranks[k], reverse=not lower)
    rows = {str(r.get("key")): r for r in answer.rows}
    answer.rows = [rows[k] for k in ranked + unranked]
    answer.value = None
    word = "低い" if lower else "高い"
    if len(ranked) < 2:
        answer.status = "partial"
        answer.summary = f"{label}が比べられる値ではありません（{'、'.join(said[k] for k in keys)}）。"
    elif len({ranks[k] for k in ranked}) == 1:
        answer.summary = f"{label}は {'、'.join(said[k] for k in ranked)} で同じです。"
    else:
        best = [k for k in ranked if ranks[k] == ranks[ranked[0]]]
        answer.value = rows[best[0]].get("code") if len(best) == 1 else None
        answer.summary = (f"{label}は {'、'.join(said[k] for k in best)} が{word}です"
                          f"（{' ＞ '.join(said[k] for k in ranked) if not lower else ' ＜ '.join(said[k] for k in ranked)}）。")
    if unranked and len(ranked) >= 2:
        answer.summary += f"{'、'.join(said[k] for k in unranked)} は比べられる値がありません。"
    answer.understood.append({"field": field, "op": "order", "value": None,
                              "label": f"{label}の{word}順（{kind_label(q.target)}を比べる）"})
    if answer.caveat and answer.status != "exact":
        answer.summary = answer.caveat + answer.summary  # (a word unused is still said first)
    return answer


def _number(value) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


# 「一番早く取組が終わったのは」「取組終了がいちばん遅い」: the items whose end year is the earliest (latest).
_END_EXTREME = compiled(r"(?:いちばん|一番|最も)\s*(?P<w>早く|遅く|先に|後に|早い|遅い)\s*(?:取組が|取り組みが)?\s*(?:終わった|終了した|終わる|終了する|完了した)"
                        r"|(?:取組|取り組み)?終了(?:年度)?(?:が|の)\s*(?:いちばん|一番|最も)\s*(?P<w2>早い|遅い|古い|新しい)")
_END_WORDS = compiled(r"^(?:早く|遅く|先に|後に|早い|遅い|古い|新しい|いちばん|一番|最も)$")


def earliest_end(assistant, question: str, q: Query):
    """The answer to 「…の中で一番早く取組が終わったのは」 (the items of the earliest end year, ties kept),
    or None when the question asks no such thing."""
    from assistant.query.answer import Condition
    from assistant.text.wareki import label_to_fy

    m = _END_EXTREME.search(nfkc(question))
    if m is None or q.target != "practice" or q.aggregate or "ended" not in assistant.executor.columns.get("practice", []):
        return None
    late = (m.group("w") or m.group("w2") or "") in ("遅く", "後に", "遅い", "新しい")
    again = copy.copy(q)
    again.conditions = [c for c in q.conditions if c.field != "ended"
                        and not (c.field == "text" and _END_WORDS.match(str(c.value)))] + [
        Condition("ended", "not_empty", None, "取組終了 = 記載あり（終了済み）")]
    again.unused = [w for w in q.unused if not _END_WORDS.match(w)]
    again.value_field = ""
    answer = assistant.run(again, question)
    years = {str(r.get("ended")): label_to_fy(str(r.get("ended"))) for r in answer.rows}
    known = [fy for fy in years.values() if fy is not None]
    if answer.error or not known:
        return None
    best = max(known) if late else min(known)
    label = next(y for y, fy in years.items() if fy == best)
    answer.rows = [r for r in answer.rows if years.get(str(r.get("ended"))) == best]
    answer.count = len(answer.rows)
    word = "遅い" if late else "早い"
    names = "、".join(f"{r.get('code', '')} {r.get('title', '')}".strip() for r in answer.rows)
    answer.summary = ((answer.caveat if answer.status != "exact" and answer.caveat else "")
                      + f"取組終了が最も{word}のは {label} で、{names} です（{answer.count}件）。")
    answer.understood.append({"field": "ended", "op": "latest" if late else "earliest", "value": label,
                              "label": f"取組終了が最も{word}もの（{label}）"})
    return answer
