"""「基本方針３の取組に対する意見」 over a table whose column cites a plan's items by their word and code (該当箇所
「取組３－１」「取組１－２」「全般」): the items of that group are those the plan's own records file under it (practice 3-1 …
of initiative 3, in a document that numbers its groups with the word said: 「基本方針３」), so the rows asked are those
citing one of them. Read only where the cited codes are that plan's items, two or more rows cite them, and the
group said is one of its groups."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「基本方針3の取組」: the group's word and number, の, the items' word
_SAID = compiled(r"(?P<word>[一-龥ァ-ヶー]{2,6}?)(?P<n>\d{1,2})の(?P<item>[一-龥ァ-ヶー]{2,4}?)(?=に|へ|の|で|は|が|を|$)")


def _cited_codes(t, item: str) -> tuple[str, dict[str, str]]:
    """(the column citing items by the word and a code, row key → code cited), or ("", {})."""
    cite = re.compile(rf"^{re.escape(item)}\s*(\d{{1,2}}(?:\s*[-‐－]\s*\d{{1,2}}){{1,2}})$")
    for c in t.columns:
        if c.numeric or c.header == t.number:
            continue
        codes = {}
        for r in t.rows:
            m = cite.match(_key(str(r["cells"].get(c.header) or "")))
            if m:
                codes[r["key"]] = re.sub(r"\s*[-‐－]\s*", "-", m.group(1))
        if len(codes) >= 2:
            return c.header, codes
    return "", {}


def cited_group_rows(db, t, qn: str, free) -> tuple[str, list[str], tuple[int, int]] | None:
    """(what the group is said to be, the keys of this table's rows citing its items, its span in qn), or None."""
    for m in _SAID.finditer(qn):
        if not free(*m.span()):
            continue
        column, codes = _cited_codes(t, m["item"])
        if not codes:
            continue
        plans: dict[str, dict[str, str]] = {}  # source → item code → its group's number
        for code, group, source in db.execute("SELECT code, initiative, source FROM practice").fetchall():
            plans.setdefault(str(source), {})[nfkc(str(code or "")).strip()] = nfkc(str(group or "")).strip()
        for source, groups in sorted(plans.items()):
            if not set(codes.values()) <= set(groups) or m["n"] not in groups.values():
                continue  # (another plan's items, or no group of that number)
            text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
            if not re.search(rf"{re.escape(m['word'])}\s*{m['n']}(?!\d)", _key(str((text[0] if text else "") or ""))):
                continue  # (the plan does not call its groups by the word said)
            keys = [k for k, code in codes.items() if groups.get(code) == m["n"]]
            items = sorted({code for code in codes.values() if groups.get(code) == m["n"]})
            label = f"{column}が{m['word']}{m['n']}の{m['item']}（{'・'.join(items) or 'なし'}）"
            return label, keys, m.span()
    return None
