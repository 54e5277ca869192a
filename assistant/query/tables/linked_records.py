"""Rows of a table that are another document's records: 「財政効果額一覧で…実施項目は？」 over a sheet whose
rows (番号 Ⅱ-1-③ | 実施項目 未利用市有地の売却) are the items a plan's report lists under the same number and
the same name, and calls by the word the question says (実施項目). The rows listed are then those records
(their keys), the table's cells kept beside them, so an answer from the sheet names the plan's items.

Only when every row listed is one record by both its number and its name, of records the document
calls by the table's own word for its rows, and the question says that word: a sheet of another plan
numbered alike, or rows named otherwise, stay the table's rows."""
from __future__ import annotations

import re

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_GENERIC = {"item", "table_row", "count_fact", "doc"}


def _squeezed(text) -> str:
    return "".join(nfkc(str(text or "")).split())


def _kinds_called(db) -> list[tuple[str, bool]]:
    """The record tables holding a code, a title and the word their document calls them by (True), or a
    code and a title only (False: a joint-projects list, its 事業 called by no word of its own). Read once per open
    index (the reader's memo, which a build clears whenever it changes a table)."""
    memo = getattr(db, "memo", None)
    if memo is not None and "kinds_called" in memo:
        return memo["kinds_called"]
    out = []
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if name in _GENERIC or not re.fullmatch(r"[a-z_]+", name):
            continue
        columns = {row[1] for row in db.execute(f"PRAGMA table_info([{name}])").fetchall()}
        if {"key", "code", "title"} <= columns and name in _LISTED_KINDS | {n for n in [name] if "called" in columns}:
            out.append((name, "called" in columns))
    if memo is not None:
        memo["kinds_called"] = out
    return out


# Kinds whose records are rows of a list (番号 | 事業名): a 工程表 of the same 番号 and 事業名 lists them again.
_LISTED_KINDS = {"joint_project"}


def row_words(name: str) -> tuple[str, ...]:
    """What a table's naming column calls its rows: its header, and the header without 名 or 名称
    (推進項目名 names 推進項目, as the report calls them)."""
    bare = re.sub(r"(?:名称|名)$", "", name or "")
    return tuple(w for w in dict.fromkeys((name, bare)) if len(w) >= 2)


def _tail_said(question: str, name: str) -> str:
    """「総合評価がＣだった方針は？」 over 推進方針名: the rows' word said by its last two characters or more,
    as what the question asks for (…方針は？), is that word (the records are still looked up by the whole)."""
    bare = row_words(name)[-1] if row_words(name) else ""
    for size in range(len(bare) - 1, 1, -1):
        tail = bare[-size:]
        if re.search(re.escape(tail) + r"(?:は|を|が|って)?(?:どれ|どこ|なに|何)?(?:ですか|でしょうか)?[?？。]?\s*$", nfkc(question).strip()):
            return bare
    return ""


def as_linked_records(db, question: str, answer: Answer, name: str) -> None:
    """Rekey (in place) the answer's rows as the records they are, when they all are."""
    word = next((w for w in row_words(name) if _key(w) in _key(question)), "") or _tail_said(question, name)
    # (no word said: 「累計の効果額が大きい順にトップ３」 over a plan's table of effects 番号 │ 項目名 │ …, its rows the items
    # its progress sheet calls 改革項目 — the table's word the tail of theirs — under the same number and name)
    tails = () if word else tuple(w for w in row_words(name) if len(w) >= 2 and w != name)
    if answer.target != "table_row" or not answer.rows or not (word or tails):
        return
    rows = answer.rows
    measure = next((c.get("field") for c in answer.understood if c.get("op") in ("max", "min")), None)
    if measure:
        # 「差引がいちばん大きい実施項目」: the rows ranked after the best are the table's still (context)
        def number(r):
            try:
                return float(str(r.get(measure)).replace(",", ""))
            except (TypeError, ValueError):
                return None
        first = number(rows[0])
        rows = [r for r in rows if first is not None and number(r) == first]
    codes = {_squeezed(r.get("number")) for r in rows}
    if "" in codes or not codes:  # (no row ranked first read as a number: ▲13,580 …, none to rekey)
        return
    for kind, called in _kinds_called(db):
        found: dict[str, list[tuple[str, str]]] = {}
        if not word and not called:
            continue
        held = __import__("json").dumps(sorted(codes))
        if word:
            query = (f"SELECT key, code, title FROM [{kind}] WHERE {'called = ? AND ' if called else ''}"
                     f"code IN (SELECT value FROM json_each(?))", [word, held] if called else [held])
        else:
            ends = " OR ".join("(called LIKE ? AND length(called) > ?)" for _ in tails)
            query = (f"SELECT key, code, title FROM [{kind}] WHERE ({ends}) AND code IN (SELECT value FROM json_each(?))",
                     [p for t in tails for p in (f"%{t}", len(t))] + [held])
        for key, code, title in db.execute(*query).fetchall():
            found.setdefault(_squeezed(code), []).append((key, _squeezed(title)))
        keys = []
        for r in rows:
            # (a row whose name is the value asked, 「…実施項目は？」 of a table headed 実施項目, keeps it under its column)
            same = [k for k, title in found.get(_squeezed(r.get("number")), [])
                    if title == _squeezed(r.get("title") or r.get(name))]
            if len(same) != 1:
                break
            keys.append(same[0])
        else:
            for r, key in zip(rows, keys):
                r["table_key"] = r["key"]
                r["key"] = key
            answer.target = kind
            word = word or kind_label(kind)
            answer.notes.append(f"表の行は、番号と名前が同じ{word}の記録（{'、'.join(str(r.get('number')) for r in rows[:5])}"
                                f"{' ほか' if len(rows) > 5 else ''}）として示しています")
            return
