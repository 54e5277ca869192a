"""The cells an item's sentence holds, for items read as the rows of a table (「(3) 補助金の見直し」 over
「…により、年間約5,240千円の削減となった（財政課）。」): the office in brackets at its end, the one amount
of money it states and what that amount is (削減, 増収).

The words for them are the document's own: 「各取組の末尾の括弧内は担当課である」 names the office's
column 担当課, and the word for the amounts is the 〜額 the document says most (効果額 of 「効果額のまとめ」);
without such words, 所管課 and 金額. An item whose sentence states no amount, or two, has none."""
from __future__ import annotations

import re
from collections import Counter

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「（財政課）。」 at the end of the sentence (before its full stop).
_OFFICE_END = compiled(r"[(（]([^()（）]{2,20}?[課室部局所館])[)）]\s*。?\s*$")
# 「約5,240千円の削減」「18,650千円の増収となった」: an amount of money and what it is.
_AMOUNT = compiled(r"(?:約|およそ)?\s*(\d[\d,]*(?:\.\d+)?)\s*(千円|万円|百万円|億円|円)(?:の|を)?"
                   r"(削減|増収|減収|節減|縮減|歳入増|歳出削減|効果|減少|増加)?")
# 「括弧内は担当課である」「( )は所管課を示す」: the document naming what its brackets hold.
_BRACKETS_ARE = compiled(r"(?:括弧|かっこ|[(（]\s*[)）])内?(?:は|が)([一-龥]{2,5}?)(?:である|です|を示す|を表す|とする)")
_AMOUNT_WORD = compiled(r"([一-龥]{1,4}額)")


def sentence_words(text: str) -> tuple[str, str]:
    """(the header of the office column, the header of the amounts), read from the document's text."""
    text = nfkc(text or "")
    named = _BRACKETS_ARE.search(text)
    office = named.group(1) if named and re.search(r"[課室部局]$", named.group(1)) else "所管課"
    words = Counter(w for w in _AMOUNT_WORD.findall(text) if not re.search(r"[一二三四五六七八九十0-9]額$", w))
    amount = words.most_common(1)[0][0] if words else "金額"
    return office, amount


def sentence_cells(body: str, office_word: str, amount_word: str) -> dict[str, str]:
    """The office and the one amount (with what it is) of an item's paragraph, as cells."""
    body = nfkc(body or "").strip()
    first = re.split(r"\n\s*\n", body)[0]  # (a note paragraph under it is no part of the item's sentence)
    cells: dict[str, str] = {}
    office = _OFFICE_END.search(first)
    if office:
        cells[office_word] = office.group(1)
    amounts = [m for m in _AMOUNT.finditer(first)]
    if len(amounts) == 1:
        m = amounts[0]
        cells[f"{amount_word}({m.group(2)})"] = m.group(1)
        if m.group(3) and m.group(3) != "効果":
            cells["区分"] = m.group(3)
    return cells


def amount_of_fields(fields: dict[str, str], amount_word: str) -> dict[str, str]:
    """The one amount of money stated in the sentences of an item's labelled fields (講評：「…年間約85万円の
    削減が見込まれる。」), as the cell {"効果額(万円)": "85"}; none when no field's sentence states one,
    or several do."""
    found = []
    for label, value in fields.items():
        text = nfkc(value or "")
        if len(text) < 15 or _AMOUNT_WORD.fullmatch(label):
            continue  # (a sentence, not a figure of its own: 効果額：120万円 is a column already)
        found += [(label, m) for m in _AMOUNT.finditer(text)]
    if len(found) != 1 or any(amount_word in label for label in fields):
        return {}
    m = found[0][1]
    return {f"{amount_word}({m.group(2)})": m.group(1)}
