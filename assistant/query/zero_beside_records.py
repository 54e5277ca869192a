"""「研修の質問と回答は何組ある？」 answered 0: no record of the kind prints the word, but the line that introduces
them does (「研修中に…いただいた質問と回答をご紹介します」, a heading 「（２）減免について」 over a list). An empty answer
over words is then no fact: the words may scope those records, which a search of the records' own text cannot
see. When no other step read it so (counted_under_parent.py, headings of tables), the answer is made partial and
says where the words stand, beside which records, instead of stating the 0 as exact."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# (how far before the first record of a run a passage still introduces it: a lead-in, a heading, a table's
# header line and a blank line or two between)
_LEAD_LINES = 8


def _text_words(answer: Answer) -> list[str]:
    return [str(u.get("value")) for u in answer.understood
            if isinstance(u, dict) and u.get("field") == "text" and u.get("op") == "match" and u.get("value")]


def guarded(assistant: "Assistant", answer: Answer) -> None:
    """Makes (in place) an empty answer over words partial when a word stands in a passage beside records of the
    asked kind (a few lines before one of them, in the same document) but in none of those records."""
    if answer.error or answer.rows or answer.count or answer.status not in ("exact", "no_match"):
        return
    kind = answer.target
    if kind not in assistant.executor.tables:
        return
    words = _text_words(answer)
    if not words:
        return
    if any(isinstance(u, dict) and u.get("field") not in ("text", "*", "source") for u in answer.understood):
        return  # (a score or a year beside the words emptied it: the no_match says which, the words met records)
    if not {"source", "line"} <= set(assistant.executor.columns.get(kind, [])):
        return
    found: list[tuple[str, int, str, str]] = []
    for word in words:
        # (a passage just before a record of the kind, its own or another record's: what introduces it)
        hit = assistant.db.execute(
            f"SELECT p.source, p.line, p.text FROM passages p JOIN [{kind}] r ON r.source = p.source "
            "AND p.line BETWEEN r.line - ? AND r.line WHERE p.kind != ? AND p.text LIKE ? ORDER BY p.source, p.line LIMIT 1",
            [_LEAD_LINES, kind, f"%{nfkc(word)}%"]).fetchone()
        if hit is not None:
            found.append((str(hit[0]), int(hit[1]), word, nfkc(str(hit[2] or "")).strip()))
    if not found:
        return
    where = "、".join(f"{source} {line}行目「{text[:40]}」" for source, line, _w, text in found[:3])
    said = "」「".join(dict.fromkeys(w for _s, _l, w, _t in found))
    caveat = (f"「{said}」は{kind_label(kind)}そのものには書かれていませんが、{kind_label(kind)}の前後の文（{where}）に"
              f"あります。その文が{kind_label(kind)}をまとめている可能性があるため、0件とは言い切れません。")
    answer.status = "partial"
    answer.caveat = caveat
    answer.summary = caveat + (answer.summary or "")
