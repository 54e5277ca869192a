"""「R5からR6でどれだけ減った？」「利用者数は1年でどれだけ増えた？」 of one named row: the amount of the change
between its two columns, not the rows that changed so (which a change with no amount asked reads)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# An amount asked right before the verb of change.
# (「何ポイント上がった」「何トン減った」「何t減った」: the counter in katakana or in the unit's letters)
_AMOUNT_ASKED = re.compile(r"(?:どれだけ|どれくらい|どれぐらい|どのくらい|どのぐらい|どれほど|いくら|いくつ|何(?:[ァ-ヴー]{2,6}|[a-zA-Z]{1,3}|[一-龥]{0,3}))"
                           r"\s*(?:くらい|ぐらい)?\s*(?:減っ|減少し|下がっ|増え|増加し|伸び|上がっ|落ち)")
# 「1年で」「この1年間で」: over the span of the two columns, no condition on a row's own span.
_ONE_YEAR = re.compile(r"1\s*年(?:間)?で")


# 「どれだけ」「いくら」: an amount, never a number of rows (read as a count where no change is read)
_HOW_MUCH = re.compile(r"(?:どれだけ|どれくらい|どれぐらい|どのくらい|どのぐらい|どれほど|いくら)\s*(?:くらい|ぐらい)?\s*"
                       r"(?:減っ|減少し|下がっ|増え|増加し|伸び|上がっ|落ち)")


def _amount_not_counted(question: str, reading) -> bool:
    return not reading.aggregate or (reading.aggregate == "count" and bool(_HOW_MUCH.search(nfkc(question))))


def _one_row(reading) -> bool:
    """Whether the conditions name one row: by name (rows), or by the one number the table prints it with."""
    named = [c for c in reading.conds if c.op == "rows"]
    numbered = [c for c in reading.conds if c.op == "numbers" and c.value[0] == c.value[1]]
    if len(named) + len(numbered) != 1:
        return False
    if named:
        return len(named[0].value) == 1
    t, (n, _) = reading.table, numbered[0].value
    return sum(nfkc(str(r["cells"].get(numbered[0].header) or "")).strip() == str(n) for r in t.rows) == 1


def change_amount_asked(question: str, reading) -> bool:
    """Whether the reading is the amount of a change between two year columns of one named row (as_change_amount)."""
    if not _amount_not_counted(question, reading) or reading.asked or not _AMOUNT_ASKED.search(nfkc(question)):
        return False
    changes = [c for c in reading.conds if c.op in ("change_up", "change_down") and c.header.count("|") == 1]
    t = reading.table
    return _one_row(reading) and len(changes) == 1 and all(
        h in {c.header for c in t.columns} and t.column(h).year is not None for h in changes[0].header.split("|"))


def as_change_amount(question: str, reading) -> bool:
    """Turn a change condition over one named row into the difference asked (in place)."""
    qn = nfkc(question)
    if not _amount_not_counted(question, reading) or reading.asked or not _AMOUNT_ASKED.search(qn):
        return False
    changes = [c for c in reading.conds if c.op in ("change_up", "change_down") and c.header.count("|") == 1]
    if not _one_row(reading) or len(changes) != 1:
        return False
    before, after = changes[0].header.split("|")
    down = changes[0].op == "change_down"
    reading.conds = [c for c in reading.conds if c is not changes[0]
                     and not (c.op == "len_eq" and _ONE_YEAR.search(qn))]  # (「1年で」 is the two columns' span)
    one_year = _ONE_YEAR.search(_key(question))
    if one_year:
        reading.spans.append(one_year.span())
    reading.aggregate = "diff"
    reading.measure = f"{after}|{before}|{'down' if down else 'up'}"
    return True


# A column of each row's change since the time before (前回比, 前年度比, 増減): its sign is what a change said of
# one row reads first (「前回から下がった」 → 前回比 < 0).
_SINCE_BEFORE = re.compile(r"前回|前年|前年度|増減")


def as_change_column_amount(question: str, reading) -> bool:
    """「満足度は前回から何ポイント下がった？」 of one row, read as the sign of its change column (前回比 < 0) over a
    table printing the measure's years beside it (満足度 Ｒ７ │ Ｒ４ │ Ｒ１ │ 前回比): the amount asked is the
    latest year's figure less the one before (in place, as the difference of those two columns), the sign alone
    no answer to 何ポイント. Only where every year column is of one measure, so that which two are compared is
    not in doubt."""
    qn = nfkc(question)
    if not _amount_not_counted(question, reading) or reading.asked or not _AMOUNT_ASKED.search(qn):
        return False
    t = reading.table
    signs = [c for c in reading.conds if c.op in ("lt", "gt") and c.value == 0 and c.header in {x.header for x in t.columns}
             and t.column(c.header).year is None and _SINCE_BEFORE.search(t.column(c.header).base)]
    years = sorted((c for c in t.columns if c.numeric and c.year is not None), key=lambda c: -c.year)
    if len(signs) != 1 or len(years) < 2 or len({c.base for c in years}) != 1 or years[0].year == years[1].year \
            or not (_one_row(reading) or _one_numbered(reading)):
        return False
    reading.conds = [c for c in reading.conds if c is not signs[0]]
    reading.aggregate = "diff"
    reading.measure = f"{years[0].header}|{years[1].header}|{'down' if signs[0].op == 'lt' else 'up'}"
    return True


def _one_numbered(reading) -> bool:
    """Whether the conditions are one code the table numbers its rows with (設問番号 = 問3), held by one row."""
    t = reading.table
    said = [c for c in reading.conds if c.op == "eq" and c.header == t.number and isinstance(c.value, str)]
    if len(said) != 1 or len(reading.conds) != 2:
        return False
    return sum(nfkc(str(r["cells"].get(t.number) or "")).strip() == nfkc(said[0].value).strip() for r in t.rows) == 1
