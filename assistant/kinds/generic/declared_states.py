"""「1-③ 構成団体派遣職員の計画的受入れ：実施済」 under a page that says 「状況の区分：実施済／実施中／未着手」: a
numbered list whose items end in one of the states the document declares. The state is the item's field
under the declared label (状況), not part of its name, so that 「未着手の取組」 is a condition on it and
「計画的受入れ」 keeps its own name.

Only states the document itself lists are taken: a name merely ending in a colon phrase stays whole."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「状況の区分：実施済／実施中／未着手」「進捗状況：完了・実施中・未着手」: a label, then 3 or more short states
_DECLARED_RE = re.compile(r"^\s*(?P<label>[一-龥ァ-ヶー]{2,8}?)(?:の区分|の凡例|区分)?\s*[:：]\s*"
                          r"(?P<states>[^\s／/・、,]{1,6}(?:\s*[／/・、,]\s*[^\s／/・、,]{1,6}){2,7})\s*$")
_SPLIT_RE = re.compile(r"\s*[／/・、,]\s*")
_TAIL_RE = re.compile(r"^(?P<name>.+?)\s*[:：]\s*(?P<state>[^\s:：]{1,6})$")


def declared_states(lines: list[str]) -> tuple[str, set[str]] | None:
    """The (label, states) a line of the document declares, or None (none, or two that disagree)."""
    found = set()
    for line in lines:
        m = _DECLARED_RE.match(nfkc(line))
        if m:
            found.add((m.group("label"), frozenset(_SPLIT_RE.split(m.group("states")))))
    return (lambda f: (f[0], set(f[1])))(found.pop()) if len(found) == 1 else None


def split_states(records: list[Record], lines: list[str]) -> list[Record]:
    """The items whose title ends in a declared state with that state as a field of their own; the records
    unchanged when fewer than two items of the document so end (a declaration about something else)."""
    declared = declared_states(lines)
    if declared is None:
        return records
    label, states = declared
    hits = {}
    for n, r in enumerate(records):
        if r.kind != "item" or not r.fields.get("number"):
            continue
        m = _TAIL_RE.match(nfkc(str(r.fields.get("title") or "")))
        if m and m.group("state") in states and label not in (r.fields.get("fields") or {}):
            hits[n] = m
    if len(hits) < 2:
        return records
    # (items of one line each, most of them: the lines the last of a list ran on over — a ※ note, the browser title a page's text ends with —
    # are the page's, not that item's fields)
    one_line = 2 * sum(1 for n in hits if (records[n].end_line or records[n].line) == records[n].line) > len(hits)
    out = list(records)
    for n, m in hits.items():
        r = out[n]
        if one_line and (r.end_line or r.line) > r.line and 0 < r.line <= len(lines):
            r = replace(r, fields={**r.fields, "fields": {}, "text": lines[r.line - 1].strip()}, end_line=r.line)
        fields = {**(r.fields.get("fields") or {}), label: m.group("state")}
        out[n] = replace(r, fields={**r.fields, "title": m.group("name").strip(), "fields": fields})
    return out
