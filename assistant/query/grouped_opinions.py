"""「公園施設について委員からどんな意見が出た？」: the opinions on the records a group word names, where the opinions
cite records by their number (「施設番号301(…)は、…」, kinds/generic/numbered_opinions.py: `cited`, `cited_as`) and
no opinion prints the group word itself. A table of the same documents numbering those records alike (施設番号) and
filing them under that word (見出し・区分 「公園施設」 over 301, 302, 303) says which they are; the opinions citing
those numbers are the answer.

Read only where the engine's own answer found no opinion holding the one word searched for; None otherwise."""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_OPINION = compiled(r"意見|指摘|発言|コメント")


def _key(text: object) -> str:
    return "".join(nfkc(str(text or "")).split())


def _searched_word(answer: Answer) -> str:
    """The one word the empty answer searched the opinions' text for, when nothing else shaped it."""
    words = [str(u.get("value")) for u in answer.understood if isinstance(u, dict)
             and u.get("field") == "text" and u.get("op") == "match" and u.get("value")]
    others = [u for u in answer.understood if isinstance(u, dict) and u.get("field") not in ("text", "source")]
    return words[0] if len(words) == 1 and not others else ""


def _cited_opinions(db) -> list[dict]:
    try:
        return [dict(r) for r in db.query(
            "SELECT * FROM comment WHERE coalesce(cited, '') <> '' ORDER BY source, line")]
    except Exception:  # (an index whose opinions print no citation has no such column)
        return []


def _folder(db, source: str) -> str:
    row = db.execute("SELECT path FROM documents WHERE source = ?", [source]).fetchone()
    return str(PurePosixPath(str(row[0] or "")).parent) if row else ""


def _numbers_filed_under(db, word: str, numbering: set[str], folders: set[str]) -> tuple[set[str], str]:
    """The numbers of the rows a table of the same documents files under the word (a column other than the rows'
    own number and name holding it whole), where the table numbers its rows as the opinions cite them; and where."""
    from assistant.query.tables.read import read_tables

    found: set[str] = set()
    where = ""
    for t in read_tables(db):
        if not t.number or _key(t.number) not in numbering or _folder(db, t.source) not in folders:
            continue
        for r in t.rows:
            cells = r["cells"]
            if any(_key(v) == _key(word) for h, v in cells.items() if h not in (t.number, t.name)):
                number = _key(cells.get(t.number))
                if number:
                    found.add(number)
                    where = where or (t.doc_title or t.source)
    return found, where


def answer(assistant, question: object, before: Answer) -> Answer | None:
    """The opinions citing the records the group word files, or None (see the module's docstring)."""
    if not isinstance(question, str) or not _OPINION.search(nfkc(question)):
        return None
    if before.target != "comment" or before.rows or before.count or before.error:
        return None
    word = _searched_word(before)
    if len(_key(word)) < 2:
        return None
    opinions = _cited_opinions(assistant.db)
    # (the word the opinions cite their records by, 施設番号 of 「施設番号301」)
    numbering = {re.sub(r"[0-9０-９].*$", "", _key(o.get("cited_as"))) for o in opinions} - {""}
    if not opinions or not numbering:
        return None
    folders = {_folder(assistant.db, s) for s in {str(o.get("source")) for o in opinions}}
    numbers, where = _numbers_filed_under(assistant.db, word, numbering, folders)
    if not numbers:
        return None
    rows = [o for o in opinions if _key(o.get("cited")) in numbers]
    shown = "・".join(sorted(numbers))
    label = f"「{word}」の{'・'.join(sorted(numbering))} {shown}（{where}）を挙げた意見"
    summary = (f"「{word}」は意見の本文にはありませんが、{where}で「{word}」に分類されている {shown} を挙げた意見は "
               f"{len(rows)}件です。")
    return Answer(question=question, target="comment", rows=rows, count=len(rows), status="exact",
                  understood=[{"field": "cited", "op": "in", "value": sorted(numbers), "label": label}],
                  summary=summary, notes=[f"「{word}」を{where}の分類として読み、その番号を挙げた意見を答えました"])
