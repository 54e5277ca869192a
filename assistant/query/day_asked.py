"""「動物火葬場は何年何月何日をもって廃止された？」: a day asked (何月何日, 日付) of one record, answered by a field that
holds no day (取組終了 R6, a year): the day is read where the record's own parts state it (its sheet entries:
「R6年3月31日をもって施設を廃止した」), a date whose neighbours say the question's words (廃止); the answer is then
read from the text (status search, the passage shown). With no such date, the year is no answer to a day asked:
the answer says so (partial), never an exact year for a day.
"""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_DAY_ASKED = compiled(r"何\s*月\s*何\s*日|何日(?!\s*間)|日付|年月日")  # (何日間 asks a length, not a day)
_DATE = compiled(r"(?:(?:令和|平成|昭和|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_HAS_DAY = compiled(r"\d{1,2}\s*日|-\d{2}-\d{2}")
_KANJI_RUN = compiled(r"[一-龥ァ-ヶー]{2,}")
_ASKING = compiled(r"何")


def _pairs(question: str, title: str) -> set[str]:
    """The two-letter pieces of the question's words that are not the record's name (廃止, not 火葬)."""
    out = set()
    for run in _KANJI_RUN.findall(question):
        if _ASKING.search(run):
            continue
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    named = {title[i:i + 2] for i in range(len(title) - 1)}
    return {p for p in out if p not in named or p in _verbs_of(question)}


def _verbs_of(question: str) -> set[str]:
    """The nouns said right before a verb ending (廃止された, 開始した): what was done, kept though the name says it."""
    return {m.group(1)[-2:] for m in re.finditer(r"([一-龥]{2,})(?:され|した|する|して|になっ|となっ)", question)}


def _texts_of(db, key: str) -> list[tuple[str, int, str]]:
    """The passages of a record and of its parts (the tables holding its key in a `<kind>_key` column)."""
    kind = key.split(":", 1)[0]
    keys = [key]
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        cols = [r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]
        if f"{kind}_key" in cols and "key" in cols:
            keys += [r[0] for r in db.execute(f"SELECT key FROM [{table}] WHERE [{kind}_key] = ?", [key]).fetchall()]
    out = []
    for i in range(0, len(keys), 400):
        chunk = keys[i:i + 400]
        out += db.execute(f"SELECT source, line, text FROM passages WHERE key IN ({','.join('?' * len(chunk))}) "
                          "ORDER BY source, line", chunk).fetchall()
    return out


def day_asked(db, question: str, answer: Answer) -> None:
    if answer.error or answer.status != "exact" or len(answer.rows) != 1 or not isinstance(answer.rows[0], dict):
        return
    q = nfkc(question)
    if not _DAY_ASKED.search(q) or answer.value is None or _HAS_DAY.search(str(answer.value)):
        return
    if not any(u.get("op") == "value" for u in answer.understood) or any(u.get("op") == "days" for u in answer.understood):
        return
    if any(u.get("op") == "value" and "日数" in str(u.get("field") or "") for u in answer.understood):
        return  # (「取得日数は何日？」: the figure answered counts days, 何日 asks how many, no day of a month)
    row = answer.rows[0]
    key = str(row.get("key") or "")
    if ":" not in key:
        return
    pairs = _pairs(q, nfkc(str(row.get("title") or "")))
    best: dict[str, tuple[int, tuple[str, int, str]]] = {}
    for source, line, text in _texts_of(db, key):
        text = nfkc(text or "")
        for m in _DATE.finditer(text):
            around = text[max(0, m.start() - 12):m.end() + 16]
            score = sum(p in around for p in pairs)
            if score and score > best.get(m.group(0), (0, None))[0]:
                best[m.group(0)] = (score, (source, line, text))
    name = " ".join(str(p) for p in (row.get("code"), row.get("title")) if p)
    top = max((s for s, _ in best.values()), default=0)
    dates = [d for d, (s, _) in best.items() if s == top]
    if top and len(dates) == 1:
        source, line, text = best[dates[0]][1]
        said = answer.value
        answer.value = dates[0]
        answer.status = "search"
        answer.excerpts = [{"source": source, "line": line, "text": text}] + list(answer.excerpts)
        answer.summary = (f"{name} について、{source} {line}行目に「{dates[0]}」とあります（本文から読んだ日付です。"
                          f"表の値は {said}）。")
        return
    answer.status = "partial"
    answer.caveat = (f"日付（何月何日）を問われましたが、{name} の表には年度・年月までしか記載がなく、"
                     "本文からも日付を一つに読めませんでした。")
    answer.summary = answer.caveat + answer.summary
