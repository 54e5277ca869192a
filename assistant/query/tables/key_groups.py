"""「一番たくさん意見を出した提出者は何番？」 over 意見番号 │ 提出者番号 │ …, the submitter's number merged down over
their rows: a column of numbers that says who a row is of (提出者番号, 団体番号), not how much. 多い said of it is the
number of rows each of its values holds, as 「取組がいちばん多い課」 is of a column of words; its largest value is
no answer (提出者12 is the last to be numbered, not the one who wrote most)."""
from __future__ import annotations

import re
from collections import Counter

from assistant.text.normalize import nfkc

# An extreme of how many (多い, 少ない, 最多): 大きい, 高い say an amount's size and are left as they were read.
_COUNT_WORD = re.compile(r"多|少|最多|最少")
_KEY_HEADER = re.compile(r"番号|^no\.?$|^№$|コード")


def groups_counted(t, asked: str, extreme_said: str) -> bool:
    """Whether `asked`, a numeric column, is a key grouping the rows (a 番号 column other than the rows' own,
    several rows sharing a value) and the extreme said counts rows (多い), so the value most rows hold is asked."""
    if not asked or asked == t.number or not _COUNT_WORD.search(extreme_said):
        return False
    if not _KEY_HEADER.search(nfkc(asked).strip().lower()):
        return False
    values = [nfkc(str(r["cells"].get(asked) or "")).strip() for r in t.rows]
    held = Counter(v for v in values if v)
    # (every row its own value, 1 2 3 …: no groups, the column numbers the rows)
    return bool(held) and max(held.values()) >= 2 and len(held) < len([v for v in values if v])
