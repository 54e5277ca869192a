"""A committee paper's scores printed per initiative under its heading: a small table whose header names each
member (委員A │ 委員B … │ 平均) over one row of numbers, maybe under a line giving the scale
(「■ 委員ごとの点数（10点満点）」). The average is the committee's score; each member's is kept under the name
the header prints (axes), so that 「委員Dが7点以上」 is asked by the paper's own words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.normalize import nfkc, no_spaces

_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# 「（10点満点）」「10点満点で」: the scale the block's scores are out of.
_SCALE_RE = re.compile(r"(\d{1,3})\s*点満点")


@dataclass(frozen=True)
class BlockScores:
    line: int  # 0-based line of the row of numbers
    average: float | int | None
    members: dict[str, float | int]
    scale: float | None


def _number(cell: str) -> float | int | None:
    if not _NUMBER_RE.fullmatch(cell):
        return None
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def block_scores(lines: list[str], start: int, stop: int) -> BlockScores | None:
    """The first members' table between `start` and `stop` (0-based, stop excluded); None when there is none:
    a header of two members or more and an average (平均, 平均点), then a row with a number under each."""
    for i in range(start, min(stop, len(lines)) - 1):
        if "\t" not in lines[i]:
            continue
        head = [no_spaces(nfkc(c)) for c in lines[i].split("\t")]
        mean = next((j for j, c in enumerate(head) if c in ("平均", "平均点", "委員平均")), -1)
        named = [j for j, c in enumerate(head) if j != mean and c.startswith("委員") and 2 < len(c) <= 6]
        if mean < 0 or len(named) < 2:
            continue
        k = next((k for k in range(i + 1, min(stop, len(lines))) if lines[k].strip()), -1)
        if k < 0 or "\t" not in lines[k]:
            continue
        row = [nfkc(c).strip() for c in lines[k].split("\t")]
        if any(j >= len(row) or _number(row[j]) is None for j in named):
            continue
        scale = next((float(m.group(1)) for line in lines[start:i] for m in [_SCALE_RE.search(nfkc(line))] if m), None)
        return BlockScores(k, _number(row[mean]) if mean < len(row) else None,
                           {head[j]: _number(row[j]) for j in named}, scale)
    return None
