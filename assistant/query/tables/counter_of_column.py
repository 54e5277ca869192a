"""「所管課は何課？」: a count asked in the counter a column's own name ends with (課 of 所管課, 部 of 担当部)
asks how many different values that column holds, not the values themselves nor the rows."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# What may stand between the column said and its counter (「所管課は全部で何課ある」「担当課の数は何課」).
# (「…って、重複を除くと何法人」: each value once, as the count of kinds counts it anyway)
_BETWEEN = compiled(r"\s*(?:は|が|って|の数は?|数は?)?[、,]?\s*(?:(?:重複|ダブり|だぶり)\s*(?:を|は)?\s*(?:除くと|除いて|除けば|除き|なしで|抜きで|省くと)[、,]?\s*)?"
                    r"(?:全部で|あわせて|合わせて|全体で|ぜんぶで)?\s*(?:は)?\s*")


def counter_span(header_base: str, qn: str, col_end: int) -> tuple[int, int] | None:
    """Where 「何＋the column's name or its last character」 follows the column's mention ending at col_end, else None.

    Only a kanji counter counts (課 部 室 局 所 校): a column named by kana or digits ends in no counter."""
    base = nfkc(header_base).strip()
    if len(base) < 2 or not re.fullmatch(r"[一-龥]", base[-1]) or base[-1] == "何":
        return None
    # (「取組を担当している課は全部で何課」: the column said by its verb (担当 of 所管課), then its counter as the
    # noun that verb qualifies, before the count)
    # (「移行先法人になってる法人って」: the column's last word of two kanji, 法人, as that noun)
    tails = [base[-2:]] if re.fullmatch(r"[一-龥]{2}", base[-2:]) and len(base) >= 4 else []
    ends = "|".join(re.escape(x) for x in (*tails, base[-1]))
    qualified = re.compile(r"(?:して(?:い)?る|になって(?:い)?る|になった|する|した|の)(?:" + ends + ")").match(qn, col_end)
    between = _BETWEEN.match(qn, qualified.end() if qualified else col_end)
    at = between.end() if between else col_end
    # (「区分は何区分」: the column's whole name as its counter, longest first)
    m = re.compile(r"何(?:" + re.escape(base) + "|" + ends + r")(?![一-龥ァ-ヶー])").match(qn, at)
    if not m:
        return None
    # (「重複を除いて」 between: words the count of kinds reads, used with the counter)
    dup = re.search(r"重複|ダブり|だぶり", qn[col_end:m.start()])
    return (col_end if dup else m.start(), m.end())


def grouping_counted(t, counter: str, cond_headers: set[str]) -> str:
    """「何施設」 over a column 施設名 whose value stands on several rows (a facility merged over its 区分 rows): how
    many of that column's values is asked, not how many rows. The column (its header), or "" when the counter
    names no such column (every row its own value: the rows are counted as before)."""
    word = nfkc(counter)
    if not word.startswith("何") or len(word) < 3:
        return ""
    for c in t.columns:
        if c.numeric or c.header in cond_headers or word[1:] not in {nfkc(f) for f in c.forms}:
            continue
        values = [str(r["cells"].get(c.header) or "").strip() for r in t.rows]
        filled = [v for v in values if v]
        if filled and len(set(filled)) < len(filled):
            return c.header
    return ""


def names_end_in_counter(t, header: str) -> bool:
    """Whether the column's cells are names ending in its counter (生涯学習課 of 所管課), not figures printed with
    a unit (「20点」 of 配点: 「何点」 asks that figure, not how many kinds)."""
    counter = nfkc(t.column(header).base).strip()[-1:]
    cells = [nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows]
    cells = [c for c in cells if c]
    if bool(cells) and all(c.endswith(counter) and not c[0].isdigit() for c in cells):
        return True
    # (「社会福祉法人あおば会」 of 移行先法人, 「－」 where none applies: names holding the column's last word of two
    # kanji, 法人, are things of that kind, counted by it)
    tail = nfkc(t.column(header).base).strip()[-2:]
    named = [c for c in cells if c not in ("-", "－", "―", "—", "ー")]
    return bool(re.fullmatch(r"[一-龥]{2}", tail)) and len(nfkc(t.column(header).base).strip()) >= 4 and bool(named) \
        and all(tail in c and not c[0].isdigit() for c in named)
