"""A header printing one label twice (満足度（％） | 前回比 | 重要度（％） | 前回比): each repeat is of the
column before it, so it is named after that column (満足度前回比, 重要度前回比); a row's cells keyed by
the label alone would keep only the last."""
from __future__ import annotations

import os
import re
from collections import Counter


def distinct(header: list[str]) -> list[str]:
    """The header with each label printed more than once named after the nearest label on its left
    printed once (its unit in brackets left off); a header of distinct labels as it is."""
    counts = Counter(h for h in header if h)
    if all(n == 1 for n in counts.values()):
        return header
    out = list(header)
    for i, h in enumerate(header):
        if not h or counts[h] == 1:
            continue
        left = next((header[j] for j in range(i - 1, -1, -1) if header[j] and counts[header[j]] == 1), "")
        stem = re.split(r"[(（]", left)[0].strip()
        if stem:
            out[i] = f"{stem}{h}"
    if len(set(x for x in out if x)) == len([x for x in out if x]):
        return out
    # (年間利用者数 令和5年度 | 前年比 | 令和6年度 | 前年比: one amount over years, a change beside each year —
    # each repeat is of the year on its left, named with that year as the year columns are)
    out = list(header)
    for i, h in enumerate(header):
        if not h or counts[h] == 1:
            continue
        left = next((header[j] for j in range(i - 1, -1, -1) if header[j] and counts[header[j]] == 1), "")
        year = _YEAR.findall(left)
        if len(year) != 1:
            return header
        # (the merged heading over both, 年間利用者数（人）, is the amount's, not the change's: left off)
        shared = len(os.path.commonprefix([h, left]))
        own = h[shared:] if re.search(r"[)）]$", h[:shared]) and h[shared:] else h
        out[i] = f"{own}{year[0]}"
    # (two repeats after one label, or none before: left as printed rather than guessed)
    return out if len(set(x for x in out if x)) == len([x for x in out if x]) else header


_YEAR = re.compile(r"(?:令和|平成|昭和)(?:\d{1,2}|元|[０-９]{1,2})年度?|(?:19|20)\d\d年度?|[RＲ]\d{1,2}年度?")
