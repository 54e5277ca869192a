"""A header printing one label twice (満足度（％） | 前回比 | 重要度（％） | 前回比): each repeat is of the
column before it, so it is named after that column (満足度前回比, 重要度前回比); a row's cells keyed by
the label alone would keep only the last."""
from __future__ import annotations

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
    # (two repeats after one label, or none before: left as printed rather than guessed)
    return out if len(set(x for x in out if x)) == len([x for x in out if x]) else header
