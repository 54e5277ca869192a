"""A table's first column of short names (部門 │ 議会, 税務, 民生 …) that names its rows though its words are of two
characters, which the general rule (three or more) leaves unread lest a column of grades or states name them."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

# The header of a column listing the divisions, bodies or kinds a table's rows are of: what such a column is called,
# not what one document's rows are (部門, 部局, 課名, 職種, 団体名, 区分 …)
_QUALIFIER = re.compile(r"(?<=[^\s()\d])\([^()]{1,12}\)$")
_DIVISION_HEADER = re.compile(r"(?:部門|部局|部署|部|課|局|所属|職種|分野|団体|施設|地区|区分|種別|名称|名)(?:名)?"
                              r"|(?P<thing>[一-龥ァ-ヶー]{1,4}?)(?:区分|種別)")


def _division(header: str):
    """The match of a header of divisions (_DIVISION_HEADER), None otherwise. 「部屋区分」 divides things, the rooms
    its rows name; 「評価区分」「判定区分」 divide the outcomes of an act (拡充, 縮小, 廃止 — grades, a tally's rows), their
    word a verbal noun (Sudachi's サ変可能), so no name of things."""
    m = _DIVISION_HEADER.fullmatch(nfkc(header or "").strip())
    if m and m.group("thing"):
        from assistant.text.tokenize import morphemes

        words = morphemes(m.group("thing"))
        if not words or words[-1].part_of_speech()[2] == "サ変可能":
            return None
    return m


def short_names_column(columns: list, rows: list[dict]) -> str:
    """The header of the first column when it is a column of divisions whose every row holds its own word of two or
    more characters (no digits or codes, no word repeated: a column of grades repeats its marks); "" otherwise.
    Only with four rows or more: a few rows of unlike words may be anything."""
    texts = [c for c in columns if c.header != "見出し"]
    if len(rows) < 4 or not texts:
        return ""
    first = texts[0]
    if first.numeric or first.years_inside or not _division(first.header):
        return ""
    if _own_words(first.header, rows):
        return first.header
    # (| 部門 | (merged across both) | over | 一般行政 | 議会 |, | 一般行政 | 税務 |: the first column groups the rows, each
    # group's name repeated, and the column beside it, left unnamed under the merged header cell, names them)
    second = texts[1] if len(texts) >= 2 and columns.index(texts[1]) == columns.index(first) + 1 else None
    if second is None or second.numeric or second.years_inside or not _UNNAMED.fullmatch(second.header):
        return ""
    groups = [nfkc(str(r["cells"].get(first.header) or "")).strip() for r in rows if not r.get("continues")]
    if len(set(groups)) == len(groups) or not all(groups):
        return ""
    return second.header if _own_words(second.header, rows) else ""


def thing_forms(columns: list, name: str) -> list:
    """「部屋区分」 naming the rows (大ホール, 和室 …): the thing it divides (部屋) says the rows too — 「貸してない部屋」
    asks for the rooms, no value of the column. Not where another column is said so already."""
    m = _division(name)
    thing = m.group("thing") if m else None
    if not thing or len(thing) < 2 or any(thing in c.forms for c in columns):
        return columns
    return [replace(c, forms=(*c.forms, thing)) if c.header == name else c for c in columns]


# the name a column left unnamed in its header is given when read (列2)
_UNNAMED = re.compile(r"列\d{1,2}")


def _own_words(header: str, rows: list[dict]) -> bool:
    """Whether every row holds its own word of two or more characters under the header (no digits or codes, none
    repeated)."""
    values = [nfkc(str(r["cells"].get(header) or "")).strip() for r in rows if not r.get("continues")]
    # (「高齢者（70歳以上）」: a name qualified by a bracketed note is still a word; the note's digits are no code)
    words = [_QUALIFIER.sub("", v) for v in values]
    return len(set(values)) == len(values) and all(
        len(w) >= 2 and not re.search(r"[\d\s,.%A-Za-z()\-]", w) for w in words)


# The header of a column naming the items a table judges or lists (評価項目, 点検項目, 項目名): some of its words
# are of two characters (接遇), which the general rule leaves unread, and a long remark beside it (所見) would name
# the rows instead.
_ITEM_HEADER = re.compile(r"[一-龥]{0,4}項目(?:名)?")


def item_names_column(columns: list, rows: list[dict], under: list[str]) -> str:
    """The header of the first text column when it is called the rows' items (評価項目) and every row holds a word
    of two or more characters, no digits or codes, none repeated under one heading (a table per 四半期 repeats
    its items, each once); "" otherwise. Only with two rows or more under every heading."""
    texts = [c for c in columns if c.header != "見出し"]
    if len(rows) < 2 or not texts:
        return ""
    first = texts[0]
    if first.numeric or first.years_inside or not _ITEM_HEADER.fullmatch(nfkc(first.header).strip()):
        return ""
    own = [(u, nfkc(str(r["cells"].get(first.header) or "")).strip())
           for u, r in zip(under, rows) if not r.get("continues")]
    if len(set(own)) != len(own) or not all(
            len(v) >= 2 and not re.search(r"[\d\s,.%A-Za-z()\-]", v) for _, v in own):
        return ""
    return first.header


def level_forms(columns: list, name: str) -> list:
    """| 部門 | (merged across both) | over | 一般行政 | 議会 |: where the rows are named by the column left unnamed
    beside a column grouping them, the merged header's word (部門) and its 小- form (小部門) say the rows' names,
    and the 大- form (大部門) the groups: the user says 「部門」 for the finest rows."""
    if not _UNNAMED.fullmatch(name or ""):
        return columns
    at = next((n for n, c in enumerate(columns) if c.header == name), 0)
    if at == 0:
        return columns
    group = columns[at - 1]
    word = nfkc(group.header).strip()
    if not _division(word):
        return columns
    out = list(columns)
    out[at] = replace(columns[at], forms=tuple(sorted({*group.forms, "小" + word, name}, key=len, reverse=True)))
    out[at - 1] = replace(group, forms=("大" + word,))
    return out
