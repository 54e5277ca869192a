"""Tables whose rows are places (a prefecture's survey of its municipalities): each row is said by its name.

A table of municipalities (| No. | 市町村名 | … |, or 市町村名 alone as its row header) is about the places it
names. Where the same municipalities are the rows of tables of other documents too (the survey's matrix, its
staff numbers, its financial ratios), each document numbers them its own way or not at all: the name is what
joins them, so a row is shown (and keyed) by its name, 「北浜市」. A single table of places (a 圏域's list of its
members) keeps its own No. as the key, and tables of other rows without a code keep their place in the file.
"""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 北浜市, 若葉町, 森下村, 鶬野県, 中央区: a proper name and the kind of local government it is
_PLACE = re.compile(r"[一-龥々ぁ-んァ-ヶー]{1,6}[都道府県市町村区]")
# (「中央地区」「北部地区」: a district of one town, no local government of its own)
_DISTRICT = re.compile(r".*(?:地区|学区|校区)")
# A numbering column that only counts the rows: No., 番号 (not 回, the round a meeting was)
_COUNTING = re.compile(r"(?:no\.?|番号|№|通番|連番)", re.IGNORECASE)


def _said(r: dict, header: str) -> str:
    return "".join(nfkc(str(r["cells"].get(header) or "")).split())


def rows_are_places(t) -> bool:
    """Whether the table's rows are places: its name column names a place on (nearly) every row, each once,
    and any numbering column only counts them (1, 2, 3 …)."""
    memo = getattr(t, "_places", None)
    if memo is not None:
        return memo
    names = [_said(r, t.name) for r in t.rows] if t.name else []
    places = [n for n in names if _PLACE.fullmatch(n) and not _DISTRICT.fullmatch(n)]
    ok = len(places) >= 3 and len(set(places)) == len(places) and len(names) - len(places) <= 2
    if ok and t.number and t.number != t.name:
        ok = bool(_COUNTING.fullmatch("".join(nfkc(t.number).split())))
        numbers = [_said(r, t.number) for r in t.rows if _PLACE.fullmatch(_said(r, t.name))]
        # (a memo's 【鷺沢市】 blocks, read as items, print no number: their 番号 is blank on every row)
        ok = ok and (all(n.isdigit() for n in numbers) or not any(numbers))
    try:
        object.__setattr__(t, "_places", ok)
    except Exception:  # (a table that keeps no memo is read again)
        pass
    return ok


def mark_shared_places(tables: list) -> None:
    """Mark (`_shared_places`) each table of places whose municipalities are, half of them at least, the rows of
    a table of places of another document too."""
    named = {id(t): {place_of(t, r) for r in t.rows} - {""} for t in tables if rows_are_places(t)}
    for t in tables:
        mine = named.get(id(t), set())
        shared = bool(mine) and any(o.source != t.source and len(mine & named[id(o)]) * 2 >= len(mine)
                                    for o in tables if id(o) in named and o is not t)
        try:
            object.__setattr__(t, "_shared_places", shared)
        except Exception:
            pass


def place_of(t, r: dict) -> str:
    """The place a row names, where its name is one (not a district); "" otherwise."""
    name = _said(r, t.name)
    return name if _PLACE.fullmatch(name) and not _DISTRICT.fullmatch(name) else ""


def place_of_row(t, r: dict) -> str:
    """The place a row of a table of places is, where it is one (「北浜市」) and the places are rows of other
    documents' tables too; "" otherwise."""
    if not rows_are_places(t) or not getattr(t, "_shared_places", False):
        return ""
    name = _said(r, t.name)
    return name if _PLACE.fullmatch(name) and not _DISTRICT.fullmatch(name) else ""


# What users call a municipality as a row: 「…の団体は？」「何団体」「自治体」 (the header says 市町村名 or 団体名)
_PLACE_ROW_WORDS = ("団体", "自治体", "市町村")
# ... and what a question asking for one of them ends with (「…の団体は？」「…のところは？」)
PLACE_ASKED = (*_PLACE_ROW_WORDS, "ところ")


def place_words(t) -> list:
    """The table's columns, its name column also said by the words for a municipality where its rows are places."""
    from dataclasses import replace

    if not t.name or not rows_are_places(t):
        return t.columns
    return [replace(c, forms=(*c.forms, *(w for w in _PLACE_ROW_WORDS if w not in c.forms))) if c.header == t.name else c
            for c in t.columns]


# What a memo calls its blocks of other municipalities' figures (「他自治体の事例で」「事例自治体の」「参考事例の中で」)
CASES_WORD = "事例"


def place_cases_word(t) -> str:
    """事例 for a table of blocks each naming a place (a memo's 【鷺沢市】 blocks read as items): each is that place's
    case; "" for other tables (a prefecture's table of its municipalities is no collection of cases)."""
    if not t.name or not rows_are_places(t):
        return ""
    return CASES_WORD


# 「他団体」「他の自治体」「他市」「近隣の村」「近隣村」「事例自治体」: the rows said as municipalities other than the reader's
_OTHERS = re.compile(r"(?:他|ほか|よそ|近隣|周辺|近く)\s*の?\s*(?:団体|自治体|市町村|市区町村|市町|町村|市|町|村)"
                     r"|事例\s*(?:の)?\s*(?:団体|自治体)")


def others_called(t, said: str) -> bool:
    """Whether the question (as said, NFKC) calls the rows of a memo's blocks of places (place_cases_word) as other
    municipalities."""
    # (「…ている他団体は？」 reaches the tables said as 「…ている事例は？」, grammar/phrasings other_municipalities_asked)
    return t.row_word == CASES_WORD and bool(_OTHERS.search(said) or CASES_WORD in said)
