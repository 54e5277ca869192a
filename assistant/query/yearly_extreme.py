"""「（政策3の施策を一覧で）その中で令和5年度の達成率がいちばん低いのは？」 over records whose parts of each year hold
the figure asked (a measure sheet's 目標値・実績値・達成率 under each year), not the records themselves: the records
whose part of the year said holds the lowest (highest) figure (ties all named). 「2029年度の達成率が高い推進項目トップ3を
高い順に」 lists the first ones in that order, 「2029年度の達成率の平均は？」 averages the figures the parts print (a
dash is no figure: the records without one are left out and counted in the answer). A question naming no year, or a
figure no yearly part holds, is left to the rest of the engine (None)."""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field, record_kinds
from assistant.kinds.spec import Field
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import LINKS
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_AMONG = compiled(r"\s*(?:じゃあ|では)?[、,]?\s*(?:その中で|そのなかで|そのうち|この中で|うち)")
_SUPERLATIVE = compiled(r"(?:いちばん|一番|最も|もっとも)\s*(?P<how>高|低|大き|小さ|多|少)")
# 「高い推進項目トップ3」「上位3件」「低い順に5つ」: the first n in an order.
_TOP = compiled(r"(?:(?P<how>高|低|大き|小さ|多|少)(?:い|き)?\S{0,12}?)?(?:トップ|上位|ベスト|ワースト|下位)\s*(?P<n>\d{1,2})"
                r"|(?P<how2>高|低|大き|小さ|多|少)(?:い|き)?順に?\s*(?:上から)?\s*(?P<n2>\d{1,2})\s*(?:件|つ|個|項目)")
_ORDER_SAID = compiled(r"(?P<how>高|低|大き|小さ|多|少)(?:い|き)?順")
_AVERAGE = compiled(r"平均")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    m = _SUPERLATIVE.search(said)
    top = _TOP.search(said) if m is None else None
    mean = m is None and top is None and q.aggregate == "avg" and bool(_AVERAGE.search(said))
    years = [c.field for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)]
    if (m is None and top is None and not mean) or len(years) != 1 or not q.target:
        return None
    ex = assistant.executor
    cols = set(ex.columns.get(q.target, ()))
    asked = [(k, f) for (p, k) in LINKS if p == q.target and k in ex.tables and "year" in ex.columns.get(k, ())
             for f in getattr(record_kinds().get(k), "fields", ()) if isinstance(f, Field) and f.type == "number"
             and f.name not in cols and f.name in ex.columns.get(k, ())
             and any(w and nfkc(w) in said for w in (f.label, *f.words))]
    if len(asked) != 1:
        return None
    child, fld = asked[0]
    link = LINKS[q.target, child]
    probe = copy.copy(q)
    probe.value_field = probe.aggregate = probe.agg_field = ""
    if top is not None or mean:
        probe.order_by, probe.limit = "", None  # (the order asked is the figure's, read here)
    probe.unused = [w for w in q.unused if nfkc(w) not in (fld.label, *fld.words)]
    # (the figure's own word left over as a keyword names the figure, not words of the records' text)
    probe.conditions = [c for c in q.conditions if not (c.field == "text" and c.op == "match"
                                                        and nfkc(str(c.value)) in (fld.label, *fld.words))]
    probe = ex.resolve(probe)[0]
    rows = ex.select(probe)[0]
    before = {str(r.get("key")) for r in (getattr(assistant, "context_rows", None) or [])}
    if _AMONG.match(said) and before:
        # 「その中で…」: of the records the answer before listed (its conditions the parse may not carry over)
        rows = [r for r in rows if str(r.get("key")) in before]
    if not rows:
        return None
    year = years[0].upper()
    figures = {}
    for r in rows:
        got = ex.db.execute(f"SELECT [{fld.name}] FROM [{child}] WHERE [{link}] = ? AND source = ? AND upper(year) = ?",
                            [r.get("code"), r.get("source"), year]).fetchall()
        values = [g[0] for g in got if isinstance(g[0], (int, float))]
        if len(values) == 1:
            figures[r["key"]] = values[0]
    if not figures:
        return None
    if top is not None or mean:
        return _listed(q, probe, rows, figures, year, fld, child, said, top, before if _AMONG.match(said) else set())
    low = m.group("how") in ("低", "小さ", "少")
    best = (min if low else max)(figures.values())
    top = [dict(r) for r in rows if figures.get(r["key"]) == best]
    shown = int(best) if float(best).is_integer() else best
    names = "、".join(f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in top)
    unused = [w for w in probe.unused if w not in m.group(0)]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    summary = (caveat + f"{len(rows)}件のうち、{year}の{fld.label}が最も{'低い' if low else '高い'}のは {names}"
               f"（{shown}）です（{len(figures)}件の{year}の{fld.label}を比べました）。")
    understood = [c.to_dict() for c in probe.conditions] + (
        [{"field": "key", "op": "in", "value": sorted(before), "label": f"前の回答の{len(before)}件"}]
        if _AMONG.match(said) and before else []) + [
        {"field": f"{child}.{fld.name}", "op": "min" if low else "max", "value": year,
         "label": f"{year}の{fld.label}の{'最小' if low else '最大'}"}]
    return Answer(question=q.question, target=q.target, rows=top, count=len(top), value=shown if len(top) == 1 else None,
                  summary=summary, caveat=caveat, status="partial" if unused else "exact", unused=unused,
                  understood=understood, query=q.to_dict())


def _listed(q: Query, probe: Query, rows: list, figures: dict, year: str, fld: Field, child: str, said: str,
            top, before: set) -> Answer:
    """The first n records by the year's figure (in that order), or the figures' average."""
    from assistant.kinds.plan_report.cells import round_half_up

    how = (top.group("how") or top.group("how2")) if top is not None else ""
    if top is not None and not how:
        order = _ORDER_SAID.search(said)
        how = order.group("how") if order else ("低" if "下位" in top.group(0) or "ワースト" in top.group(0) else "高")
    low = how in ("低", "小さ", "少")
    said_words = (top.group(0),) if top is not None else ("平均",)
    unused = [w for w in probe.unused if not any(w in s for s in said_words)]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    status = "partial" if unused else "exact"
    without = len(rows) - len(figures)
    left = f"（{year}の{fld.label}の記載がない{without}件は除きました）" if without else ""
    understood = [c.to_dict() for c in probe.conditions] + (
        [{"field": "key", "op": "in", "value": sorted(before), "label": f"前の回答の{len(before)}件"}] if before else [])
    if top is None:
        values = list(figures.values())
        mean = round_half_up(sum(values) / len(values), 2)
        understood.append({"field": f"{child}.{fld.name}", "op": "avg", "value": year, "label": f"{year}の{fld.label}の平均"})
        summary = caveat + f"{len(figures)}件の{year}の{fld.label}の平均は {mean} です{left}。"
        return Answer(question=q.question, target=q.target, rows=[dict(r) for r in rows if r["key"] in figures],
                      count=len(figures), value=mean, summary=summary, caveat=caveat, status=status, unused=unused,
                      understood=understood, query=q.to_dict())
    n = int(top.group("n") or top.group("n2"))
    ranked = sorted((r for r in rows if r["key"] in figures), key=lambda r: figures[r["key"]], reverse=not low)
    first = [dict(r) for r in ranked[:n]]
    # (a tie at the cut is said, never decided silently)
    tied = len(ranked) > n and figures[ranked[n]["key"]] == figures[ranked[n - 1]["key"]]
    if tied:
        status, caveat = "partial", caveat + f"{n}位と同じ値の記録がほかにもあります。"
    shown = "、".join(f"{r.get('code', '')} {r.get('title') or ''}（{figures[r['key']]}）".strip() for r in first)
    understood.append({"field": f"{child}.{fld.name}", "op": "order", "value": year,
                       "label": f"{year}の{fld.label}の{'低い' if low else '高い'}順に{n}件"})
    summary = caveat + f"{year}の{fld.label}が{'低い' if low else '高い'}順に{len(first)}件: {shown}{left}。"
    return Answer(question=q.question, target=q.target, rows=first, count=len(first), value=None, summary=summary,
                  caveat=caveat, status=status, unused=unused, understood=understood, query=q.to_dict())
