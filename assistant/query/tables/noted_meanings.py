"""A note saying what an empty cell means (「施行日が「－」のものは据置き」): the question says the meaning
(「据え置くもの」「据置きになる」), which is that column left empty (a dash); negated, the column filled."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.facts import _key
from assistant.query.tables.cells import _EMPTY
from assistant.text.normalize import nfkc

# 「施行日が「－」のものは据置き」「実施時期が「―」の項目は未定」: a column, a dash in brackets, its meaning.
_NOTE = re.compile(r"(?P<col>[^\s、。「」『』:：()（）]{1,12}?)(?:欄)?(?:が|は)[「『](?P<val>[^」』]{1,3})[」』]"
                   r"の(?:もの|行|項目|施設|事業|取組)?(?:は|を)(?P<meaning>[一-龥][一-龥ぁ-ん]{0,7}?)(?=[。、,，\s]|とした|とする|です|$)")
_NEGATED = re.compile(r"[かきさしたちなにまみらりわ]?(?:ない|なかった|ず|ません|ていない|てない)")


def _said_forms(meaning: str) -> re.Pattern | None:
    """「据置き」 → 据え置く, 据え置き, 据置, 据え置かない…: its kanji in order, kana between and after."""
    kanji = re.findall(r"[一-龥]", meaning)
    if len(kanji) < 2:
        return None
    return re.compile("".join(re.escape(k) + r"[ぁ-ん]{0,2}" for k in kanji[:-1]) + re.escape(kanji[-1])
                      + r"[ぁ-ん]{0,2}?")


# 「※効果額は、…の差額。「－」は委託開始から間もないため未算定。」: a note on one column (its name first)
# saying later what a dash in it means, as 未X (not X yet).
_NOTE_ON_COLUMN = re.compile(r"※\s*(?P<col>[^\s、。「」『』:：()（）※]{1,12}?)(?:欄)?(?:は|が)[^※]*?[「『](?P<val>[^」』]{1,3})[」』]"
                             r"(?:は|の(?:もの|行|項目)?は)[^。※]*?(?P<meaning>未[一-龥]{2,4})(?=[。、,，\s]|です|$)")


def _not_yet_said(qn: str, meaning: str) -> re.Pattern | None:
    """「未算定」 → (まだ)算定されていない, 算定していない…; negated (no negation: 算定された), the column filled."""
    return re.compile(r"(?:まだ)?" + re.escape(meaning[1:]) + r"(?:され|し|でき)?") if meaning.startswith("未") else None


def read_noted_meaning(db, t, qn: str, free, take) -> None:
    """Take the meaning a note gives a dash as the column's emptiness (「据え置く」 = 施行日 「－」)."""
    for _, header, meaning in _dash_notes(db, t):
        if header is None:
            continue
        forms = _said_forms(_key(meaning))
        if forms is None:
            continue
        for said in forms.finditer(qn):
            if not free(said.start(), said.end()):
                continue
            neg = _NEGATED.match(qn, said.end())
            end = neg.end() if neg else said.end()
            take(said.start(), end, "presence", (header, "filled" if neg else "empty"))
            return
    headers = {_key(c.header): c.header for c in t.columns}
    for col, meaning in _column_notes(db, t):
        header = headers.get(col) or next((c.header for c in t.columns if col in c.forms), None)
        if header is None:
            continue
        forms = _not_yet_said(qn, _key(meaning))
        for said in forms.finditer(qn) if forms is not None else ():
            if not free(said.start(), said.end()):
                continue
            neg = _NEGATED.match(qn, said.end())
            # (「未算定」 is the dash: 「算定されていない」 the empty cells, 「算定された」 the filled ones)
            take(said.start(), neg.end() if neg else said.end(), "presence", (header, "empty" if neg else "filled"))
            return


def dash_meaning(db, t, header: str) -> str:
    """What a note says a dash in the column means (「施行日が「－」のものは据置き」 → 据置き), or ""."""
    return next((meaning for col, _, meaning in _dash_notes(db, t) if col == _key(header)), "")


def _column_notes(db, t) -> tuple[tuple[str, str], ...]:
    """(the column, keyed; meaning) of each note of the table's document saying later what a dash in it means."""
    return _column_notes_in(_text_of(db, t.source), t.caption or "")


@lru_cache(maxsize=256)
def _column_notes_in(text: str, caption: str) -> tuple[tuple[str, str], ...]:
    return tuple((_key(m.group("col")), m.group("meaning")) for m in _NOTE_ON_COLUMN.finditer(nfkc(" ".join([text, caption])))
                 if nfkc(m.group("val")).strip() in _EMPTY)


def _text_of(db, source: str) -> str:
    from assistant.query.tables.per_table import document_text

    return document_text(db, source)


def _dash_notes(db, t) -> tuple[tuple[str, str | None, str], ...]:
    """(the column as the note says it, keyed; the table's column so called or None; meaning) of each note
    of the table's document on a dash in a column."""
    return _notes_in(_text_of(db, t.source), t.caption or "", tuple(c.header for c in t.columns))


@lru_cache(maxsize=256)  # (a document's notes are read for each question over its tables)
def _notes_in(text: str, caption: str, headers: tuple[str, ...]) -> tuple[tuple[str, str | None, str], ...]:
    by_key = {_key(h): h for h in headers}
    return tuple((_key(m.group("col")), by_key.get(_key(m.group("col"))), m.group("meaning"))
                 for m in _NOTE.finditer(nfkc(" ".join([text, caption]))) if nfkc(m.group("val")).strip() in _EMPTY)
