"""「実践項目数1位・2位の2つの取組項目を合わせると、実践項目全体（95項目）の何％？」: the share of a field's sum over
all records of one document that its first N records by that field make up. Worked out from the records as stored;
a tie at the Nth place, or a total said in the question that the records do not sum to, is said first and the answer
is partial. Questions of another shape are left to the rest of the engine (None)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.labels import field_label, kind_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import VALUE_FIELDS
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_WORDS = "|".join(re.escape(w) for w, _ in sorted(VALUE_FIELDS, key=lambda t: -len(t[0])))
# 「1位・2位」「1位と2位」「1位から3位」「上位3つ」: the first N by the field (largest first)
_FIRST_N = (r"(?:1\s*位\s*(?:[・、,と]\s*2\s*位(?P<third>\s*[・、,と]\s*3\s*位)?|(?:から|〜|~)\s*(?P<to>\d)\s*位(?:まで)?)"
            r"|上位\s*(?P<top>\d)\s*(?:つ|件|位|項目)?)")
_ASKED = compiled(r"(?P<field>" + _WORDS + r")\s*(?:が|の|で)?\s*" + _FIRST_N + r"\s*(?:の)?\s*(?:\d\s*(?:つ|件)の)?\s*"
                  r"[一-龥ァ-ヶー]{0,8}?\s*(?:を|は|の)?\s*(?:合わせると|合わせて|合計すると|足すと|足し合わせると)[、,]?\s*"
                  r"(?:[一-龥ァ-ヶー]{0,12}?全体\s*(?:[(（]\s*(?P<stated>\d[\d,]*)\s*[^)）]{0,6}[)）])?\s*の)?\s*"
                  r"何\s*(?:[%％]|パーセント)")


def _num(v) -> float | None:
    try:
        return float(str(v).replace(",", ""))
    except (TypeError, ValueError):
        return None


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question)
    m = _ASKED.search(said)
    if m is None:
        return None
    n = 3 if m.group("third") else int(m.group("to") or m.group("top") or 2)
    fld = dict(VALUE_FIELDS)[m.group("field")]
    kinds = [k for k, cols in assistant.executor.columns.items() if fld in cols]
    if len(kinds) != 1:
        return None
    kind = kinds[0]
    rows = [dict(r) for r in assistant.db.query(f"SELECT code, title, source, line, [{fld}] AS v FROM [{kind}]")]
    rows = [r for r in rows if _num(r["v"]) is not None]
    if not rows or len({r["source"] for r in rows}) != 1:
        return None  # (the records of several documents are no one whole)
    rows.sort(key=lambda r: -_num(r["v"]))
    if len(rows) <= n:
        return None
    top, total = rows[:n], sum(_num(r["v"]) for r in rows)
    part = sum(_num(r["v"]) for r in top)
    value = part / total * 100 if total else None
    if value is None:
        return None
    label, kl = field_label(fld, kind), kind_label(kind)
    fmt = lambda x: f"{x:g}"  # noqa: E731
    caveats = []
    if _num(rows[n - 1]["v"]) == _num(rows[n]["v"]):
        caveats.append(f"{label}が{n}位の{fmt(_num(rows[n - 1]['v']))}には同じ値の{kl}がほかにもあり、上位{n}件は一つに決まりません。")
    stated = _num(m.group("stated")) if m.group("stated") else None
    if stated is not None and stated != total:
        caveats.append(f"質問の全体（{fmt(stated)}）と{kl}の{label}の合計（{fmt(total)}）が一致しません。")
    names = "、".join(f"{r['code']} {r['title']}（{fmt(_num(r['v']))}）" for r in top)
    summary = (f"{label}の上位{n}件の{kl}（{names}）を合わせると {fmt(part)} で、{kl}全体の合計 {fmt(total)} の "
               f"{value:.4g}% です（{fmt(part)} ÷ {fmt(total)}）。")
    caveat = "".join(caveats)
    understood = [{"field": fld, "op": "order", "value": "desc", "label": f"{label}の高い順 上位{n}件"},
                  {"field": fld, "op": "share", "value": n, "label": f"上位{n}件の{label}の合計 ÷ 全体の合計"}]
    return Answer(question=q.question, target=kind, status="partial" if caveat else "exact", count=len(top),
                  rows=[{"key": f"{kind}:{r['code']}", "code": r["code"], "title": r["title"], fld: r["v"],
                         "source": r["source"], "line": r["line"]} for r in top],
                  value=value, summary=caveat + summary, caveat=caveat, understood=understood, query=q.to_dict())
