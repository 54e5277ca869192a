"""The date a paper was issued, read from its own front matter: the heading that names the paper and the
date printed on the line right under it (「取組の有効性に関する意見書 / 令和7年7月30日」,
「…令和6年度進捗状況シート / 令和7年5月」).

Asked 「…意見書はいつ付で出された」 (grammar/paper_dates.py), the answer is that date and nothing else: a date
from the text about other things (the plan's period, a meeting's day) is never the paper's. Strict on purpose:
the heading must end with the paper's kind word, every part of the name must be printed in the heading, the
document's title or the lines just above it (「【資料編】」), and the date must be the very next line. Anything
less, or two headings of different dates, leaves the question to the engine as before."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.grammar.canon import canonicalise
from assistant.query.grammar.paper_dates import PAPER_DATE, PAPER_KINDS
from assistant.text.normalize import nfkc, notation_key

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

# A line that is a date and nothing else (a cover's 「令和7年7月30日」「令和7年5月」「2025年5月」, 付 or 現在 after it).
_DATE_LINE = compiled(r"(?:(?:令和|平成|昭和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
                      r"(?:\s*[(（][^)）]{1,3}[)）])?(?:\s*(?:付け?|現在))?")
_KIND_LAST = compiled(PAPER_KINDS + r"$")
_HEADING_MAX = 60  # a heading is a short line; a sentence ending in 計画 is no cover
_ABOVE = 6  # lines above a heading that may name the part it opens (「【資料編】」)


def answer(db: IndexReader, question: str) -> Answer | None:
    """The paper's cover date, or None when the question asks no such thing or no single heading answers it."""
    from assistant.query.parse import normalize_question

    m = PAPER_DATE.regex.search(canonicalise(normalize_question(question)).text)
    if m is None:
        return None
    name = nfkc(m.group("name"))
    kind = _KIND_LAST.search(name)
    if kind is None:
        return None
    parts = [notation_key(p) for p in name.split("の") if p.strip()]
    titles = {d["source"]: d["title"] or "" for d in db.query("SELECT source, title FROM documents")}
    found: list[tuple[dict, dict]] = []
    for h in list(db.query("SELECT source, line, text FROM passages WHERE length(text) <= ? AND rtrim(text) LIKE ? "
                      "ORDER BY source, line", [_HEADING_MAX, "%" + kind.group(0)])):
        heading = notation_key(h["text"])
        if not heading.endswith(notation_key(kind.group(0))) or parts[-1] not in heading:
            continue  # (the name's last part, with its kind word, is the heading's own)
        near = list(db.query("SELECT key, line, text, field FROM passages WHERE source = ? AND line BETWEEN ? AND ? "
                        "ORDER BY line, id", [h["source"], h["line"] - _ABOVE, h["line"] + 4]))
        above = " ".join(notation_key(p["text"]) for p in near if p["line"] < h["line"])
        said = heading + " " + above + " " + notation_key(titles.get(h["source"], ""))
        if not all(p in said for p in parts):
            continue
        after = [p for p in near if p["line"] > h["line"] and p["text"].strip()]
        if after and _DATE_LINE.fullmatch(nfkc(after[0]["text"]).strip()):
            found.append((h, after[0]))
    dates = {nfkc(d["text"]).strip() for _, d in found}
    if len(dates) != 1:
        return None  # no cover, or covers of different days: not this module's to choose
    heading, dated = found[0]
    day = dates.pop()
    source = heading["source"]
    title = titles.get(source, "") or source
    excerpt = {"key": dated["key"], "source": source, "line": dated["line"], "text": dated["text"],
               "field": dated["field"], "highlights": [[0, len(dated["text"])]]}
    return Answer(question=question, target="passage", status="exact", count=1, value=day,
                  understood=[{"field": "document", "op": "=", "value": source, "label": f"文書: {title}"},
                              {"field": "issued", "op": "=", "value": day,
                               "label": f"「{heading['text'].strip()}」の見出しの次の行に印刷された日付"}],
                  rows=[{"key": f"doc:{source}", "title": title, "excerpt": dated["text"]}], columns=["title", "excerpt"],
                  excerpts=[excerpt],
                  summary=(f"「{heading['text'].strip()}」の日付は {day} です（{source} {heading['line']}行目の見出しの"
                           f"次の行、{dated['line']}行目に印刷）。"))
