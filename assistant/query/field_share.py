"""「総事業費のうち市の実質負担は何パーセント？」「特定財源は事業費の何割？」: the share one figure of a record is of
another figure of the same record (both its fields, said by their words), worked out from the two as stored and said
so. An answer that read the share asked as one figure only (the whole's amount) is no answer of it: when the two
fields are not both read, the answer says so and is not exact."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.vocabulary import VALUE_FIELDS
from assistant.text.normalize import nfkc

_WORDS = "|".join(re.escape(w) for w, _ in sorted(VALUE_FIELDS, key=lambda t: -len(t[0])))
_ASKED = r"(?:何\s*(?:パーセント|[%％]|(?P<tenths>割))|割合|比率)"
# 「AのうちBは何％」「Aに占めるBの割合」
_PART_AFTER = compiled(r"(?P<a>" + _WORDS + r")(?:額)?\s*(?:の)?\s*(?:うち|中で|なかで|に占める|に対する|に対して)[、,]?\s*(?:[^、,。?？]{0,6}?の)?\s*"
                       r"(?P<b>" + _WORDS + r")(?:額)?\s*(?:の|は|が|って)?\s*(?:は|が)?\s*(?:全体の)?\s*" + _ASKED)
# 「Bは、Aの何％」
_WHOLE_AFTER = compiled(r"(?P<b>" + _WORDS + r")(?:額)?\s*(?:は|が|って)[、,]?\s*(?P<a>" + _WORDS + r")(?:額)?\s*の\s*" + _ASKED)


def _number(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v or "").replace(",", "").strip()
    return float(s) if re.fullmatch(r"-?\d+(?:\.\d+)?", s) else None


def worked_out(question, answer: Answer) -> None:
    """Turns (in place) one record's figure, asked as a share of another of its figures, into that share."""
    if not isinstance(question, str) or len(answer.rows) != 1:
        return
    said = nfkc(question)
    m = _PART_AFTER.search(said) or _WHOLE_AFTER.search(said)
    if m is None:
        return
    fields = dict(VALUE_FIELDS)
    a, b = fields[m.group("a")], fields[m.group("b")]
    if a == b:
        return
    row = answer.rows[0]
    if a not in row or b not in row:
        return
    whole, part = _number(row.get(a)), _number(row.get(b))
    if whole is None or part is None or whole == 0:
        answer.status = "partial"
        answer.caveat = (f"{field_label(a, answer.target)}と{field_label(b, answer.target)}の両方の値が読めないため、"
                         "割合を計算できませんでした。")
        answer.summary = answer.caveat + answer.summary
        answer.value = None
        return
    tenths = bool(m.group("tenths")) and not re.search(r"パーセント|[%％]", said)
    share = part / whole * (10 if tenths else 100)
    share = int(share) if share == int(share) else round(share, 1)
    answer.value = share
    label_a, label_b = field_label(a, answer.target), field_label(b, answer.target)
    answer.summary = (f"{row.get('name') or row.get('title') or row.get('code') or ''} の{label_a} {whole:,.0f} のうち、"
                      f"{label_b} {part:,.0f} は {share}{'割' if tenths else '%'} です（{label_b} ÷ {label_a} で計算）。")
    answer.understood = [u for u in answer.understood if u.get("op") != "value"] + [
        {"field": b, "op": "share", "value": a, "label": f"{label_b} ÷ {label_a}"}]


# 「全95項目に占める割合も知りたい」 said beside a top (or bottom) record's figure: the whole, said by its number.
_OF_WHOLE_SAID = compiled(r"(?:全体?\s*)?(?P<n>\d+)\s*(?:件|項目|取組|個|事業|人|名|円|万円|千円)?\s*(?:に占める|に対する)\s*(?:割合|比率|シェア|パーセント)")


def of_whole_said(question, q, rows_of_all, answer: Answer) -> None:
    """The top record's figure as a share of the whole said, when the figure summed over every record is that whole;
    otherwise the answer says the share was not worked out and is not exact."""
    if not isinstance(question, str) or q.aggregate not in ("max", "min") or not q.agg_field:
        return
    m = _OF_WHOLE_SAID.search(nfkc(question))
    if m is None:
        return
    whole = int(m.group("n"))
    value = _number(answer.value) if answer.rows else None
    if value is None and answer.rows:
        value = _number(answer.rows[0].get(q.agg_field))
    summed = sum(v for v in (_number(r.get(q.agg_field)) for r in rows_of_all) if v is not None)
    label = field_label(q.agg_field, q.target)
    if value is None or not summed or abs(summed - whole) > 1e-9:
        answer.status = "partial" if answer.status == "exact" else answer.status
        answer.caveat = (f"「{m.group(0)}」の割合は、{label}の合計（{summed:g}）が{whole}と一致しないか値が読めないため、"
                         "計算していません。")
        answer.summary = answer.caveat + answer.summary
        return
    share = round(value / whole * 100, 1)
    answer.summary += f"{label} {value:g} は全体 {whole} の {share}% です（{value:g} ÷ {whole}）。"
    answer.notes.append(f"割合: {value:g} ÷ {whole}（{label}の合計 {summed:g}）")
