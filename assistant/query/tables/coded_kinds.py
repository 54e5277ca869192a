"""A word for a sort of rows that no cell prints but the documents name (「コミュニティバス」「デマンド交通」 over a
table of routes coded C-1…, D-1… whose 運行形態 prints 定時定路線 / 区域デマンド): the rows of that sort, in the table
coding them and in any table whose cells open with those codes (a stop table's 路線 「D-1 山手地区デマンド」).

The sorts are those of a table whose codes open with a letter (C-1, D-2) and whose one column of few values is the
same for every code of a letter: the letter's value. A name is tied to a sort only by the documents:
- a legend line giving each code letter its name (「C＝コミュニティバス、D＝デマンド交通」), every letter on it a code
  letter (a line 「Ａ＝継続、Ｂ＝改善、Ｃ＝見直し」 of grades names no sort);
- a name sharing a word of three characters or more with one value only (デマンド交通 and 区域デマンド), that word
  alone too; and, of two names printed as a pair (「コミュニティバス・デマンド交通」) over a column of exactly two
  values, the other name is the other value.
The reading is said in the condition's label, so an answer shows which rows the word was taken for."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# A code opening with one capital letter: 「C-1」「D-12」 (a space and the route's name may follow in a cell).
_CODE = re.compile(r"^([A-Z])\s*[-‐－]\s*\d{1,3}(?![\d])")
# 「C＝コミュニティバス」「D：デマンド交通」: a letter and its name on a legend line.
_LETTER_ENTRY = re.compile(r"(?<![A-Za-z])([A-Z])\s*[=＝:：]\s*([一-龥ァ-ヶー]{2,12})")
# 「コミュニティバス・デマンド交通」: two names joined as a pair (katakana or kanji words, three characters or more).
_PAIR = re.compile(r"(?<![一-龥ァ-ヶー])([一-龥ァ-ヶー]{3,12})・([一-龥ァ-ヶー]{3,12})(?![一-龥ァ-ヶー・])")

_CACHE: dict[tuple, list[tuple[str, str, str, object]]] = {}


def _sorts(t) -> tuple[str, dict[str, str]] | None:
    """(the column, {code letter: its value}) of a table coding its rows by letter, or None."""
    if not t.number:
        return None
    letters: dict[str, str] = {}
    for r in t.rows:
        m = _CODE.match(nfkc(str(r["cells"].get(t.number) or "")).strip())
        if not m:
            return None
        letters[r["key"]] = m.group(1)
    if len(set(letters.values())) < 2:
        return None
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number):
            continue
        by_letter: dict[str, set[str]] = {}
        for r in t.rows:
            by_letter.setdefault(letters[r["key"]], set()).add(nfkc(str(r["cells"].get(c.header) or "")).strip())
        values = [next(iter(v)) for v in by_letter.values() if len(v) == 1]
        if len(values) == len(by_letter) and len(set(values)) == len(values) and all(values):
            return c.header, {k: next(iter(v)) for k, v in by_letter.items()}
    return None


def _names(db, t, column: str, sorts: dict[str, str]) -> list[tuple[str, str]]:
    """(name in search form, code letter) for each name the documents give a sort, longest first (a name given
    two sorts by two documents is none)."""
    texts = [nfkc(row[0] or "") for row in db.execute("SELECT text FROM document_texts")]
    out: dict[str, str] = {}
    for text in texts:
        for line in text.splitlines():
            entries = _LETTER_ENTRY.findall(line)
            if len(entries) >= 2 and all(letter in sorts for letter, _ in entries):
                for letter, name in entries:
                    _give(out, _key(name), letter)
    by_value = {_key(v): k for k, v in sorts.items()}
    shared: dict[str, str] = {}
    for text in texts:
        for pair in _PAIR.findall(text):
            tied = [(name, _tie(_key(name), by_value)) for name in pair]
            for name, (letter, word) in tied:
                if letter:
                    _give(out, _key(name), letter)
                    _give(shared, word, letter)
            if len(by_value) == 2 and sum(1 for _, (letter, _) in tied if letter) == 1:
                known = next(letter for _, (letter, _) in tied if letter)
                other = next(letter for letter in sorts if letter != known)
                _give(out, _key(next(name for name, (letter, _) in tied if not letter)), other)
    for word, letter in shared.items():
        _give(out, word, letter)
    printed = {_key(nfkc(str(v))) for r in t.rows for v in r["cells"].values() if v}
    return sorted(((n, k) for n, k in out.items() if k and n not in printed), key=lambda e: -len(e[0]))


def _give(names: dict[str, str], name: str, letter: str) -> None:
    """The letter for the name; "" once two letters are given it (no sort then)."""
    names[name] = letter if names.get(name, letter) == letter else ""


def _tie(name: str, by_value: dict[str, str]) -> tuple[str, str]:
    """(the letter, the shared word) of the one value sharing a word of 3 characters or more with the name."""
    hits = []
    for value, letter in by_value.items():
        word = _common(name, value)
        if len(word) >= 3:
            hits.append((letter, word))
    return hits[0] if len(hits) == 1 else ("", "")


def _common(a: str, b: str) -> str:
    """The longest run of characters both hold."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def coded_kind_rows(db, t, qn: str, free) -> tuple[str, list[str], tuple[int, int]] | None:
    """(what the word was read as, the keys of t's rows of that sort, its span in qn), or None."""
    from assistant.query.tables.read import read_tables

    for coder in read_tables(db, dedicated=True):
        found = _sorts(coder)
        if found is None:
            continue
        column, sorts = found
        forms = {_key(f) for c in t.columns for f in (c.header, *(getattr(c, "forms", None) or ()))}
        for name, letter in _cached(db, coder, column, sorts):
            for m in re.finditer(re.escape(name), qn):
                if not free(*m.span()) or any(name in f for f in forms):
                    continue
                run = re.match(r"[一-龥ァ-ヶー]+", qn[m.end():])
                if run and any(_key(name + run.group(0)) in _key(str(v or "")) for r in t.rows for v in r["cells"].values()):
                    continue  # (「スポーツ振興課」: the name inside a longer word a cell prints, a department's, names no sort)
                keys = _rows_of(t, coder, letter)
                if not keys:
                    continue
                end = m.end()
                # (「デマンド以外」「…の路線以外」: the other sorts' rows)
                other = re.match(r"(?:の[一-龥]{1,4})?(?:以外|でない|じゃない|ではない)", qn[end:])
                if other:
                    keys = [r["key"] for r in t.rows if r["key"] not in keys]
                    end += other.end()
                # (the word as the rows it was read for: the answer shows which sort was taken)
                label = f"{column}が{sorts[letter]}{'以外' if other else ''}（{coder.number}が{letter}-…の行）"
                return label, keys, (m.start(), end)
    return None


def _rows_of(t, coder, letter: str) -> list[str]:
    """The keys of t's rows of the sort: the coder's own rows of that letter, or rows of another table whose one
    column opens with a code of the coder's."""
    if t.source == coder.source and t.number == coder.number:
        return [r["key"] for r in t.rows
                if (m := _CODE.match(nfkc(str(r["cells"].get(t.number) or "")).strip())) and m.group(1) == letter]
    codes = {_key(nfkc(str(r["cells"].get(coder.number) or "")).strip()) for r in coder.rows}
    for c in t.columns:
        if c.numeric:
            continue
        opened = {}
        for r in t.rows:
            m = _CODE.match(nfkc(str(r["cells"].get(c.header) or "")).strip())
            if m:
                opened[r["key"]] = (_key(m.group(0)), m.group(1))
        if opened and len(opened) * 10 >= 8 * len(t.rows) and {code for code, _ in opened.values()} <= codes:
            return [k for k, (_, l) in opened.items() if l == letter]
    return []


def tables_of_said_kinds(db, tables: list, qn: str) -> list:
    """The tables holding rows of a sort named in qn (the coder and any table opening its cells with its codes):
    a name that also titles another document (「コミュニティバス・デマンド交通 運賃・割引のご案内」) must not keep the
    question from the tables of the rows it names."""
    out = []
    for t in tables:
        found = _sorts(t)
        if found is None:
            continue
        names = _cached(db, t, *found)
        said = [letter for name, letter in names if name in qn]
        if not said:
            continue
        out += [o for o in tables if o is t or _rows_of(o, t, said[0])]
    return out


def _cached(db, coder, column: str, sorts: dict[str, str]) -> list[tuple[str, str]]:
    key = (id(db), coder.source, len(coder.rows))
    if key not in _CACHE:
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[key] = _names(db, coder, column, sorts)
    return _CACHE[key]


def kind_names_said(db, tables: list, qn: str) -> set[str]:
    """The names of sorts said in qn (search form) that one of the tables holds rows of."""
    out: set[str] = set()
    for coder in read_coders(db):
        column, sorts = _sorts(coder)
        for name, letter in _cached(db, coder, column, sorts):
            if name in qn and any(_rows_of(t, coder, letter) for t in tables):
                out.add(name)
    return out


def read_coders(db) -> list:
    """The tables coding their rows by letter, with a column telling the letters' sorts apart."""
    from assistant.query.tables.read import read_tables

    return [t for t in read_tables(db, dedicated=True) if _sorts(t) is not None]
