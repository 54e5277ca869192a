"""「事務事業の見直しって、もう終わった？」: a yes/no question of one named row, answered from the column
that says where each row stands (状況: 完了 / 継続) as はい or いいえ, with the cell as printed."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.text.normalize import nfkc

# The question ends asking whether something is done (終わった？, 完了した取組？, 終了済みですか).
_DONE_ASKED = re.compile(
    r"(?:もう|既に|すでに)?\s*(?P<verb>終わ(?:った|ってる|っている|りました|ってます)|終え(?:た|ている|てる)"
    r"|(?:完了|終了)(?:した|している|してる|してます|しています|しました|済み?|ずみ))"
    r"(?:の|もの|取組|取り組み|事業|項目)?(?:ですか|なの|なんですか|か)?\s*[?？]?\s*$")
# The words a status column says a row is done with.
_DONE_CELL = re.compile(r"^(?:完了|終了|達成|実施済|完了済|終了済|済)")


def status_column(t) -> str | None:
    """The column holding states, one of them a done word and another not (完了 beside 継続)."""
    for c in t.columns:
        if c.numeric or c.header == t.name:
            continue
        values = set(printed_cells(t, c.header)) - {""}
        if 2 <= len(values) <= 8 and any(_DONE_CELL.match(v) for v in values) \
                and any(not _DONE_CELL.match(v) for v in values) and all(len(v) <= 8 for v in values):
            return c.header
    return None


# 「もう達成できた？」「もう反映済みになってる？」: asked with a word the status column prints itself.
_STATE_ASKED = re.compile(
    r"(?:もう|既に|すでに)\s*(?P<word>[一-龥ァ-ヶー]{2,6}?(?:済み?|ずみ)?)\s*(?:に|と)?\s*"
    r"(?:でき(?:た|ている|てる|ました|ています)|し(?:た|ている|てる|ました|ています)"
    r"|な(?:った|っている|ってる|っています|りました))(?:の|もの)?(?:ですか|なの|なんですか|か)?\s*[?？]?\s*$")


def state_column(t, word: str) -> str | None:
    """The column of short states one of which is the word asked (達成 among 達成 / 一部達成 / 未着手)."""
    for c in t.columns:
        if c.numeric or c.header == t.name:
            continue
        values = set(printed_cells(t, c.header)) - {""}
        if 2 <= len(values) <= 8 and all(len(v) <= 8 for v in values) and word in values:
            return c.header
    return None


def _forms(word: str) -> tuple[str, ...]:
    """A state as printed: 達成済み, 達成済, 達成; 対応 of 対応済."""
    return (word, word.rstrip("み"), word + "み", word + "済", word + "済み")


def answer_done_asked(question: str, reading, answer, name_of, row_of, inherited=()) -> bool:
    """Turn the answer into はい/いいえ when the question asks whether the one row it names is done; asked
    with the word its status column prints (「もう達成できた？」), the answer's value is the state as printed."""
    t = reading.table
    state = _STATE_ASKED.search(nfkc(question)) if not _DONE_ASKED.search(nfkc(question)) else None
    if state is None and not _DONE_ASKED.search(nfkc(question)):
        return False
    word = ""
    if state is not None:
        word = re.sub(r"ずみ$", "済み", state.group("word"))
        # (the column the question's reading bound the word to, when it did: 「令和6年度末の状況が達成」
        # rather than the previous year's column printing 達成 too)
        bound = [c.header for c in reading.conds if c.op == "eq" and c.header in {col.header for col in t.columns}
                 and nfkc(str(c.value)).strip() in _forms(word)]
        # (「もう対応したの？」 over 対応済／一部対応／未対応: the state said with its 済)
        column = (bound[0] if len(bound) == 1 else None) or next(
            (c for f in _forms(word) if (c := state_column(t, f))), None)
        if column is None:
            return False
    # (the one row of the answer before: 「補助金のことを言ってる提言は？」「それってもう対応したの？」)
    keys = [k for c in reading.conds if c.op == "rows" for k in c.value] \
        or [k for c in inherited if c.op == "rows" and len(c.value) == 1 for k in c.value]
    column = status_column(t) if not word else column
    if len(keys) != 1 or column is None or answer.unused:
        return False
    row = next((r for r in t.rows if r["key"] == keys[0]), None)
    if row is None:
        return False
    cell = nfkc(str(row["cells"].get(column) or "")).strip()
    if not cell:
        return False
    yes = bool(_DONE_CELL.match(cell)) if not word else cell in _forms(word)
    answer.value = ("はい" if yes else "いいえ") if not word else cell
    answer.count = 1
    answer.rows = [row_of(t, row)]
    answer.status = "exact"
    answer.excerpts = [{"key": row["key"], "source": t.source, "line": row["line"], "field": "table_row",
                        "text": row.get("text") or " / ".join(f"{h}: {v}" for h, v in row["cells"].items() if v),
                        "highlights": []}]
    answer.caveat = ""
    answer.summary = (f"{'はい' if yes else 'いいえ'}。{name_of(t, row)} の{column}は「{cell}」です"
                      f"（{t.doc_title}の表）。")
    answer.understood = [u for u in answer.understood if u.get("field") != column] + [
        {"field": column, "op": "ask", "value": column, "label": f"{column}が終わった状態かどうか" if not word else f"{column}が{word}かどうか"}]
    return True
