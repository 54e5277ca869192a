"""What a plan report's legend line says its marks mean (「◎：順調 ○：概ね順調 △：遅れ」).

A module of its own, apart from cells.py: the question engine reads every report's legend for the first
question of a process (lexicon.mark_meanings), and importing cells.py for it built its some forty other
patterns too, about 2.5 ms of a one-question `gyokaku ask`.
"""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_DASHES = ("―", "—", "－", "‐", "ー")
# A legend entry 「◎＝計画以上に進んだ」: a one-character mark that is no letter or digit, its meaning after ＝ or :.
# Only marks that are no letter here: a scale of letters other than A–D (S：大きく進んだ / A：順調 …, one
# to a line) is read by _letter_legend, and questions rank its letters by it (lexicon.grade_scale).
# A legend may pair mark and meaning with a colon too (「◎:計画以上 ○:計画どおり △:やや遅れ ×:未着手」).
# (entries may follow one another after 、 on one line: 「凡例：◎：…、○：…、△：…」, each meaning ending at the 、)
_LEGEND_ENTRY_RE = re.compile(r"(?:^|(?<=[\s:：、】]))([^\s0-9A-Za-zＡ-Ｚａ-ｚ\-―—－‐ー:：=＝、])\s*[=＝:：]\s*([^\s、]+)")


def legend_meanings(lines: list[str]) -> list[tuple[str, str]]:
    """(mark, meaning) of the first legend line listing three marks or more of a scale of marks (「【評価の区分】
    ◎：順調 ○：概ね順調 △：遅れ －：取組未着手」), best first; the dash's entry (no grade) left out. Letters and
    digits are no marks: [] for a legend of letters."""
    for line in lines:
        if "=" not in line and "＝" not in line and ":" not in line and "：" not in line:
            continue
        said = nfkc(line)  # (＝ and ： are = and : now)
        if said.count("=") + said.count(":") < 3:
            continue  # (each entry holds one of its own: no three entries; most lines of a report, read for every question)
        pairs = [(m.group(1), m.group(2).strip("（）()。")) for m in _LEGEND_ENTRY_RE.finditer(said)]
        pairs = [(mark, meaning) for mark, meaning in pairs if mark not in _DASHES and meaning]
        if len(pairs) >= 3 and len({m for m, _ in pairs}) == len(pairs):
            return pairs
    return []
