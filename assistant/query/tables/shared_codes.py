"""Rows a page only numbers (a <dl> of 「R5-002　…」 entries, its rows 名称 and 番号) named by the table whose
codes they print: when every code of theirs is a row code of another document's table (提案番号 of a 職員提案一覧),
they are those rows' kind (提案), so 「削減時間が一番多い提案は」 asks for one of them, not for a figure."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# (a code that says what it is: letters or a hyphen beside its digits, R5-002, J-0203; bare 1, 2, 3 number anything)
_CODE = re.compile(r"(?=.*\d)(?=.*[A-Za-z\-])[A-Za-z0-9\-]{3,12}")


def _codes(table) -> set[str]:
    if not table.number:
        return set()
    codes = {nfkc(str(r["cells"].get(table.number) or "")).strip() for r in table.rows}
    return codes if codes and all(_CODE.fullmatch(c) for c in codes) else set()


def _word_of_names(name: str) -> str:
    """提案名 → 提案: what a naming column's header says its rows are; "" for a header saying nothing (名称)."""
    word = re.sub(r"(?:の)?(?:名称|名)$", "", name)
    return word if word and word != name and len(word) >= 2 else ""


def name_rows_by_shared_codes(tables: list) -> None:
    """Set row_word, in place, on tables named only 名称 whose codes (3 or more) all are another source's rows."""
    for t in tables:
        if t.row_word or t.name not in ("", "名称"):
            continue
        own = _codes(t)
        if len(own) < 3:
            continue
        named = {(w, o.source) for o in tables if o.source != t.source and (w := _word_of_names(o.name)) and own <= _codes(o)}
        if len({w for w, _ in named}) == 1 and len({s for _, s in named}) == 1:
            t.row_word, t.rows_of = named.pop()
    for t in tables:
        # (「■ 施設番号 3 椚ヶ原町民プール」 blocks numbered 1, 2-1, 3 …: bare numbers say nothing alone, but each block's
        # code with its name is a row of a table naming its rows 施設名 — in the same document or another; the word
        # before the numbers may have named them already, 施設)
        if t.rows_of or t.name not in ("", "名称"):
            continue
        own = _pairs(t)
        if len(own) < 3:
            continue
        words = {w: o.source for o in tables if o is not t and (w := _word_of_names(o.name)) and own <= _pairs(o)}
        if len(words) == 1:
            t.row_word, t.rows_of = next(iter(words.items()))


def _pairs(table) -> set[tuple[str, str]]:
    """(code, name) of each row, when every row prints both; none else."""
    if not table.number or not table.name:
        return set()
    pairs = {(nfkc(str(r["cells"].get(table.number) or "")).strip(), re.sub(r"\s+", "", nfkc(str(r["cells"].get(table.name) or ""))))
             for r in table.rows}
    # (a code printed twice, two instructions of one 施設, is no row per record: its rows are not those records)
    return pairs if all(code and name for code, name in pairs) and len(pairs) == len(table.rows) \
        and len({code for code, _ in pairs}) == len(pairs) else set()


def show_as_rows(conn, answer) -> None:
    """Set answer.shown_keys, in place, for a page's entries that are another table's rows by their code: each is
    shown under that row's key (table_row:R5-006), the entry's own key as `record`; the rows themselves stay."""
    if answer is None:
        return
    keyed = [r for r in (*answer.rows, *answer.excerpts) if isinstance(r, dict) and str(r.get("key", "")).startswith("item:")
             and r.get("source") and str(r.get("number") or "").strip()]
    if not keyed:
        return
    from assistant.query.tables.read import read_tables

    coded: dict[str, set[str]] = {}
    for t in read_tables(conn):
        if t.rows_of:  # (bare numbers too, where each block's code came with its name: _pairs)
            coded.setdefault(t.source, set()).update(_codes(t) | {code for code, _ in _pairs(t)})
    for r in keyed:
        code = nfkc(str(r["number"])).strip()
        if code in coded.get(str(r["source"]), ()):
            answer.shown_keys.setdefault(str(r["key"]), f"table_row:{code}")


def part_of_another(table, others: list) -> bool:
    """Whether every row of the table (by a code of 3 or more) is a row of another document's table listing more
    (表彰者一覧's 提案番号 among the 職員提案一覧's): a question reading both alike is of the whole list.
    Bare numbers (606, 611) say what row they are only with its name: then each (number, name) is the other's."""
    own = _codes(table)
    if len(own) >= 3 and any(o.source != table.source and own < _codes(o) for o in others):
        return True
    pairs = _pairs(table)
    if not all(code.isdigit() for code, _ in pairs):
        return False  # (codes of letters, 未-16: a list of the lent ones beside the whole list is a table of its own)
    return len(pairs) >= 3 and any(o.source != table.source and pairs < _pairs(o) for o in others)
