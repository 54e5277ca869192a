"""Blocks each headed by a record's code and name (「■ H-101 自治会運営補助金（総務部総務課）」 over a small
table of marks and a score): the code in the heading is the row's printed number, so the row is that record's;
and a score printed out of its full marks (「13／20」) is the number 13 of a column whose every value is out of
the same full marks."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# A code, not a count: letters and digits joined by a separator or run together (H-101, R6-01, A12), then the name.
_CODE_THEN_NAME = re.compile(r"([A-Za-z]{1,3}\s?-?\s?\d{1,4}(?:-\d{1,3})?)\s+(\S.*)")
# 「（総務部総務課）」「(福祉局障害福祉室)」: the offices of the record, a department then a section, in brackets at its end
_OFFICES = re.compile(r"[(（]([一-龥ァ-ヶー]{1,8}?[部局])([一-龥ぁ-んァ-ヶー]{1,10}?[課室])[)）]$")
_SCORE = re.compile(r"(\d{1,3}(?:\.\d)?)\s*/\s*(\d{1,3})")
# (補助率 1/2, 負担割合 1/3: a fraction, never a score out of full marks)
_RATIO_HEADER = re.compile(r"率|割合|比|分の")


def code_of_headings(headers: list[str], rows: list[dict]) -> list[str]:
    """A 見出し column whose every value begins with a code of the same shape, each row its own
    (「H-101 自治会運営補助金…」): the code becomes the rows' 番号, the rest their 見出し. Else headers unchanged."""
    if "見出し" not in headers or "番号" in headers or len(rows) < 3:
        return headers
    found = [_CODE_THEN_NAME.fullmatch(nfkc(str(r["cells"].get("見出し") or "")).strip()) for r in rows]
    if not all(found):
        return headers
    codes = [re.sub(r"\s", "", m.group(1)) for m in found]
    # (one shape: the same letters before the digits; a code repeated is a heading over several rows, no key)
    if len(set(codes)) != len(codes) or len({re.match(r"[A-Za-z]+", c).group(0).upper() for c in codes}) != 1:
        return headers
    names = [m.group(2).strip() for m in found]
    offices = [_OFFICES.search(n) for n in names]
    # (「（総務部総務課）」 after every name: the department and the section the record is of, columns of their own
    # named by the word each ends with, so that 「部ごとの平均」 groups by it)
    big = {o.group(1)[-1] for o in offices if o} if all(offices) else set()
    small = {o.group(2)[-1] for o in offices if o} if all(offices) else set()
    split = len(big) == 1 and len(small) == 1 and not ({*big, *small} & set(headers))
    for r, name, code, o in zip(rows, names, codes, offices):
        cells = {"番号": code, **{h: v for h, v in r["cells"].items()}, "見出し": name[:o.start()].strip() if split else name}
        if split:
            cells = {**cells, next(iter(big)): o.group(1), next(iter(small)): o.group(2)}
        r["cells"] = cells
    at = headers.index("見出し")
    return [*headers[:at], "番号", *headers[at:], *((next(iter(big)), next(iter(small))) if split else ())]


def scores_out_of(headers: list[str], rows: list[dict]) -> set[str]:
    """A column whose every value is a score out of one full mark (13／20, 8／20 …, the numerators differing,
    none above the full mark): each value is its score, the number compared and added. The headers so read."""
    scored: set[str] = set()
    for header in headers:
        if _RATIO_HEADER.search(nfkc(header)):
            continue
        values = [nfkc(str(r["cells"].get(header) or "")).strip() for r in rows]
        filled = [v for v in values if v]
        found = [_SCORE.fullmatch(v) for v in filled]
        if len(filled) < 3 or not all(found):
            continue
        fulls = {m.group(2) for m in found}
        scores = [float(m.group(1)) for m in found]
        full = float(next(iter(fulls)))
        if len(fulls) != 1 or full < 5 or len(set(scores)) < 2 or max(scores) > full:
            continue
        for r in rows:
            m = _SCORE.fullmatch(nfkc(str(r["cells"].get(header) or "")).strip())
            if m:
                r["cells"][header] = m.group(1)
        scored.add(header)
    return scored
