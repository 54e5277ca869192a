"""Facets: value counts of an answer's rows, and the Japanese follow-up that selects one value.

Pure logic (no Textual): the UI shows `facet_counts(answer)` beside the answer; choosing a value
asks the engine `followup_text(...)`, exactly what a user could type, and checks the engine's
rows against `facet_keys(...)` (the rows of the shown answer that carry the value).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.kinds.registry import facet_fields
from assistant.query.answer import Answer, Condition, Query
from assistant.query.conversation import Assistant
from assistant.labels import field_label, kind_label
from assistant.text.normalize import notation_key

_PREFIX = re.compile(r"^[（(][^)）]{1,4}[)）]")
_CITY_YEAR = re.compile(r"[（(][^)）]*[)）]")


@dataclass(frozen=True)
class Facet:
    field: str
    label: str
    values: list[tuple[str, int]]  # (value, count), most frequent first


def facet_values(field: str, row: dict, prefixes: dict[str, set[str]] | None = None) -> list[str]:
    """The facet values one row carries for a field (as the engine compares them).

    A department keeps its printed bureau prefix: (総)総務課 and (消)総務課 are different departments.
    A name printed without one (「(総)行政監理室、ICT推進室」) takes the prefix the name has elsewhere
    in the rows when it has exactly one (`prefixes`, from `department_prefixes`), as the engine
    matches (総)ICT推進室 to the bare ICT推進室 too."""
    v = row.get(field)
    items = v if isinstance(v, list) else [v]
    out: list[str] = []
    for item in items:
        if item in (None, "", "-"):
            continue
        text = str(item)
        if field == "departments" and not _PREFIX.match(text):
            known = (prefixes or {}).get(text, set())
            if len(known) == 1:
                text = next(iter(known)) + text
        if field == "chair_city" and _CITY_YEAR.search(text):
            # A chair that changes by year (岡山市(H16)・倉敷市(H17)) is neither city's alone: the engine
            # takes 「倉敷市が部会長」 as the cell naming that city and nothing else (op chair_sole),
            # leaving such rows out (saying so), and so does the facet.
            continue
        if text not in out:
            out.append(text)
    return out


def department_prefixes(rows: list[dict]) -> dict[str, set[str]]:
    """Each department name (without its prefix) → the bureau prefixes it is printed with in the rows."""
    out: dict[str, set[str]] = {}
    for r in rows:
        names = r.get("departments")
        for name in names if isinstance(names, list) else []:
            m = _PREFIX.match(str(name))
            if m:
                out.setdefault(str(name)[m.end():], set()).add(m.group(0))
    return out


def facet_counts(target: str, rows: list[dict]) -> list[Facet]:
    """Value counts by the facet fields of the answer's kind (fields with one value or none left out)."""
    out: list[Facet] = []
    if not rows or any(str(r.get("key", "")).startswith("group:") for r in rows[:1]):
        return out
    prefixes = department_prefixes(rows)
    for field in facet_fields(target):
        counter: Counter[str] = Counter()
        spellings: dict[str, Counter[str]] = {}
        for r in rows:
            seen = set()
            for v in facet_values(field, r, prefixes):
                key = _canon(field, v)
                spellings.setdefault(key, Counter())[v] += 1
                if key not in seen:
                    seen.add(key)
                    counter[key] += 1
        if not counter:
            continue
        if len(counter) == 1 and next(iter(counter.values())) == len(rows):
            continue  # every row has the same value: selecting it would change nothing
        shown = {key: spellings[key].most_common(1)[0][0] for key in counter}
        values = sorted(((shown[k], n) for k, n in counter.items()), key=lambda t: (-t[1], _natural(t[0])))
        out.append(Facet(field, field_label(field, target), values))
    return out


def facet_keys(rows: list[dict], field: str, value: str) -> list[str]:
    """Keys of the rows that carry the value (what the refined answer must contain)."""
    want = _canon(field, value)
    prefixes = department_prefixes(rows)
    return [r["key"] for r in rows if any(_canon(field, v) == want for v in facet_values(field, r, prefixes))]


def _canon(field: str, value: str) -> str:
    """Department names are compared as the engine compares them (ゴミ/ごみ, width, case)."""
    return notation_key(value) if field == "departments" else value


def followup_text(target: str, field: str, value: str) -> str:
    """The Japanese follow-up a user would type to keep only the rows with this value.
    The record kind is named at the end so the engine keeps the same kind of record."""
    kind = kind_label(target)
    if field == "departments":
        return f"そのうち担当部署が{value}の{kind}"
    if field == "ended":
        return f"そのうち{value}に終了した{kind}"
    if field in ("overall", "self_overall"):
        return f"そのうち総合評価が{value}の{kind}"
    if field == "themes":
        return f"そのうちテーマが{value}の{kind}"
    if field == "chair_city":
        return f"そのうち部会長が{value}の{kind}"
    if field in ("places", "subcommittee", "year"):
        return f"そのうち{value}の{kind}"
    return f"そのうち{field_label(field, target)}が{value}の{kind}"


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def removable(answer: Answer) -> list[dict]:
    """The answer's conditions that can be taken away one by one (not how it is shaped: a count, a
    group, an order), as they appear in `answer.understood`."""
    return list((answer.query or {}).get("conditions") or [])


def without_condition(assistant: Assistant, answer: Answer, index: int) -> Answer:
    """The answer again without its `index`-th condition (the others, its kind and its shape kept);
    the conversation then goes on from it (call with the app's lock held, in a worker)."""
    data = dict(answer.query or {})
    conditions = [Condition(**c) for c in data.pop("conditions", [])]
    removed = conditions.pop(index)
    q = Query(**{**data, "conditions": conditions, "notes": [f"条件「{removed.label}」を外しました"]})
    text = f"{answer.question}（「{removed.label}」を外す）"
    return assistant.run(q, text)
