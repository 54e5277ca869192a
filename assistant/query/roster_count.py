"""「行政改革推進審議会の委員は何人？」 where no figure is printed: the rows of that body's roster counted.

A roster is a passage whose first line names the body and says 名簿 (「6 行政改革推進審議会委員名簿（敬称略）」),
followed by its header row (氏名 …) and one row per member. The rows are counted up to a blank line or a line of
the secretariat (事務局), which lists staff, not members. A figure the documents print for the body (「委員12名」)
is stated_headcount.py's: this answers only when none is found by the engine. Two rosters of the body giving
different counts, or none, leave the question to the engine."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.grammar.canon import canonicalise
from assistant.query.grammar.roster_counts import ROSTER_COUNT
from assistant.text.normalize import nfkc, notation_key

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

_HEADER = compiled(r"(?:氏\s*名|名\s*前|委員名)(?:\s|$)")
_NOT_MEMBER = compiled(r"^\s*(?:[(（【]?\s*事務局|[【■◆●]|※)")
# 「委員12名」 printed for the body: a figure, not a roster, answers (stated_headcount.py reads it)
_PRINTED = compiled(r"(?:委員|構成員|メンバー)(?:定数|総数|数)?\s*(?:は|が|[:：])?\s*\d{1,4}\s*(?:名|人)")


def _rows(text: str) -> tuple[str, list[str]] | None:
    """(the roster's first line, its member rows) when the passage is a roster, else None."""
    lines = nfkc(text).split("\n")
    if "名簿" not in lines[0] or len(lines) < 3:
        return None
    at = next((i for i, line in enumerate(lines[1:4], 1) if _HEADER.match(line.strip())), None)
    if at is None:
        return None
    rows = []
    for line in lines[at + 1:]:
        if not line.strip() or _NOT_MEMBER.match(line):
            break
        rows.append(line.strip())
    if len(lines[at].split()) >= 2 and any(len(r.split()) < 2 for r in rows):
        return None  # (a row of one field under a header of several: a member's row broken over lines, not countable)
    return lines[0].strip(), rows


def answer(db: IndexReader, question: str) -> Answer | None:
    from assistant.query.parse import normalize_question

    m = ROSTER_COUNT.regex.search(canonicalise(normalize_question(question)).text)
    if m is None:
        return None
    body = notation_key(m.group("body"))
    parts = [p for p in body.split("の") if p]
    found = []
    for p in db.query("SELECT key, source, line, text, field FROM passages WHERE text LIKE '%名簿%'"):
        roster = _rows(p["text"] or "")
        if roster is None or not roster[1] or not all(part in notation_key(roster[0]) for part in parts):
            continue
        found.append((p, *roster))
    if not found or len({len(rows) for _, _, rows in found}) != 1:
        return None
    if any(_PRINTED.search(nfkc(t["text"] or "")) for t in db.query(
            "SELECT text FROM passages WHERE source = ? AND text LIKE ?", [found[0][0]["source"], f"%{m.group('body')[-3:]}%"])):
        return None  # (a figure printed near the body's name: not this module's to count over)
    p, head, rows = found[0]
    n = len(rows)
    excerpt = {"key": p["key"], "source": p["source"], "line": p["line"], "text": p["text"], "field": p["field"],
               "highlights": []}
    names = "、".join(re.split(r"\s", r, maxsplit=1)[0] for r in rows)
    return Answer(question=question, target="passage", status="exact", count=n, value=n,
                  understood=[{"field": "roster", "op": "count", "value": head,
                               "label": f"「{head}」の行の数（見出しの行を除く）"}],
                  rows=[{"key": p["key"], "title": head, "excerpt": p["text"]}], columns=["title", "excerpt"],
                  excerpts=[excerpt],
                  summary=(f"「{head}」に載っている{'委員' if m.group('who') == '委員' else '人'}は {n}人 です"
                           f"（{p['source']} {p['line']}行目の名簿の行を数えました）：{names}。"))
