"""「◎がいちばん多くついた年度は？」「◎の件数は令和3年度から令和6年度でいくつ増えた？」: the number of practice items
given one grade in each year the index grades them in, compared across the years — the year with the most (all of
them when tied), or the change from one year said to the other (count of the later minus the earlier).

The items are those the rest of the question chooses (a document named, a city's documents); a grade is a mark of
the documents' own scale (◎○△×, read from their legends) or a letter. Questions of another shape are left to the
rest of the engine (None)."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Condition, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text, label_fiscal_year

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_MARK = r"(?P<mark>[◎○△×]|(?<![A-Za-z])[SA-E](?![A-Za-z]))"
_MOST = compiled(_MARK + r"\s*(?:評価)?\s*(?:が|の)\s*(?:いちばん|一番|最も|もっとも)\s*(?P<way>多|少な)"
                 r"[^?？。]{0,12}?年度")
_CHANGE = compiled(_MARK + r"\s*(?:評価)?\s*(?:の)?(?:件数|数|項目数)\s*(?:は|が)?[^?？。]{0,30}?(?:いくつ|何件|どれだけ|どのくらい)"
                   r"\s*(?P<dir>増え|減っ|増加|減少|変わ)")
_YEAR_FIELD_RE = compiled(r"^[rh]\d{1,2}$")
# 「◎の数がいちばん多い実施項目」: the items given the grade in the most years (a year said after it asks the year instead).
_MOST_ITEMS = compiled(_MARK + r"\s*(?:評価)?\s*(?:の|が)?\s*(?:数|件数|回数|個数|年数)\s*(?:が|の)\s*(?:いちばん|一番|最も|もっとも)\s*"
                       r"(?P<way>多|少な)(?:い|かった)(?![^?？。]{0,12}?年度)")


def grade_count_items(assistant: "Assistant", question: str) -> Answer | None:
    """「◎の数がいちばん多い実施項目は？」: the items (of those the rest of the question chooses) given the grade in
    the most years they are graded in (all of them when tied); None for a question of another shape."""
    text = nfkc(question)
    asked = _MOST_ITEMS.search(text)
    if asked is None or "practice" not in assistant.executor.tables:
        return None
    mark = asked.group("mark")
    scale = getattr(assistant.lexicon, "grade_scale", ())
    scale = scale() if callable(scale) else scale
    if mark in "◎○△×" and mark not in scale:
        return None  # (no document's legend ranks that mark: left unread rather than guessed)
    q = assistant.parser.parse(f"{text[:asked.start()]}実践項目は？")
    if q.target != "practice" or q.unused:
        return None
    probe = copy.deepcopy(q)
    probe.aggregate, probe.value_field = "", ""
    fields = [f for f in assistant.executor.columns.get("practice", []) if _YEAR_FIELD_RE.match(f)]
    rows = assistant.executor.select(assistant.executor.resolve(probe)[0])[0]
    counted = [(sum(1 for f in fields if str(r.get(f) or "").upper() == mark), r) for r in rows]
    # (the items graded on the mark's own scale: marks of a legend, or letters)
    same = (lambda g: g in scale) if mark in scale else (lambda g: len(g) == 1 and g in "SABCDE")
    counted = [(n, r) for n, r in counted if any(same(str(r.get(f) or "").upper()) for f in fields)]
    if not counted:
        return None
    best = (max if asked.group("way") == "多" else min)(n for n, _ in counted)
    if best == 0 and asked.group("way") == "多":
        return None
    top = [r for n, r in counted if n == best]
    word = "多い" if asked.group("way") == "多" else "少ない"
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": "grade_times", "op": "max" if word == "多い" else "min", "value": mark,
         "label": f"{mark}がついた年度の数が最も{word}実践項目"}]
    names = "、".join(f"{r.get('code')} {r.get('title') or ''}".strip() for r in top[:10])
    return Answer(question=question, target="practice", status="exact", count=len(top), rows=top, understood=understood,
                  summary=f"{mark}がついた年度の数が最も{word}のは {names}（{best}回）です。")


def grade_count_years(assistant: "Assistant", question: str) -> Answer | None:
    text = nfkc(question)
    most, change = _MOST.search(text), _CHANGE.search(text)
    asked = most or change
    if asked is None or "practice" not in assistant.executor.tables:
        return None
    mark = asked.group("mark")
    scale = getattr(assistant.lexicon, "grade_scale", ())
    scale = scale() if callable(scale) else scale
    if mark in "◎○△×" and mark not in scale:
        return None  # (no document's legend ranks that mark: left unread rather than guessed)
    said_years = find_years(text) if change else []
    q = assistant.parser.parse(f"{text[:asked.start()]}実践項目は？")
    if q.target != "practice" or q.unused:
        return None
    probe = copy.deepcopy(q)
    # (a word of the document's title taken for its scope is no word its items' text must hold)
    titled = " ".join(c.label for c in q.conditions if c.field == "source")
    probe.conditions = [c for c in q.conditions if not (c.field == "text" and c.op == "match" and str(c.value) in titled)]
    probe.aggregate, probe.value_field = "", ""
    if assistant._scope_by_places(probe, []) is not None:
        return None
    fields = sorted((f for f in assistant.executor.columns.get("practice", []) if _YEAR_FIELD_RE.match(f)),
                    key=lambda f: label_fiscal_year(f.upper()))
    counts: dict[str, int] = {}
    for f in fields:
        one = copy.deepcopy(probe)
        one.conditions = probe.conditions + [Condition(f, "=", mark, f"{f.upper()}評価 = {mark}")]
        rows = assistant.executor.select(assistant.executor.resolve(one)[0])[0]
        counts[f] = len(rows)
    counts = {f: n for f, n in counts.items() if n or any(
        assistant.executor.select(assistant.executor.resolve(_with_field(probe, f))[0])[0])}
    if not counts or not any(counts.values()):
        return None
    shown = "、".join(f"{fy_text(label_fiscal_year(f.upper()))} {n}件" for f, n in counts.items())
    understood = [c.to_dict() for c in probe.conditions]
    if most:
        best = (max if most.group("way") == "多" else min)(counts.values())
        years = [fy_text(label_fiscal_year(f.upper())) for f, n in counts.items() if n == best]
        word = "多い" if most.group("way") == "多" else "少ない"
        understood.append({"field": "grade_by_year", "op": "max" if word == "多い" else "min", "value": mark,
                           "label": f"{mark}の実践項目の数が最も{word}年度"})
        return Answer(question=question, target="practice", status="exact", count=best,
                      value=years[0] if len(years) == 1 else "、".join(years), understood=understood,
                      summary=f"{mark}がついた実践項目が最も{word}のは{'・'.join(years)}（{best}件）です（年度ごと: {shown}）。")
    if len(said_years) != 2:
        return None
    first, last = sorted(said_years, key=lambda y: y.fiscal_year)[0], sorted(said_years, key=lambda y: y.fiscal_year)[-1]
    by_year = {label_fiscal_year(f.upper()): n for f, n in counts.items()}
    if first.fiscal_year not in by_year or last.fiscal_year not in by_year:
        return None
    diff = by_year[last.fiscal_year] - by_year[first.fiscal_year]
    understood.append({"field": "grade_by_year", "op": "diff", "value": mark,
                       "label": f"{mark}の実践項目の数の{fy_text(first.fiscal_year)}から{fy_text(last.fiscal_year)}への変化"})
    how = f"{diff}件増えています" if diff > 0 else f"{-diff}件減っています" if diff < 0 else "変わっていません"
    return Answer(question=question, target="practice", status="exact", count=diff, value=diff, understood=understood,
                  summary=(f"{mark}がついた実践項目は{fy_text(first.fiscal_year)} {by_year[first.fiscal_year]}件、"
                           f"{fy_text(last.fiscal_year)} {by_year[last.fiscal_year]}件で、{how}（年度ごと: {shown}）。"))


def _with_field(q: Query, f: str) -> Query:
    """The query with the year graded at all (a year no chosen item is graded in is no year of theirs)."""
    one = copy.deepcopy(q)
    one.conditions = q.conditions + [Condition(f, "evaluated", None, f"{f.upper()}評価あり")]
    return one
