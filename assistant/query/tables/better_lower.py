"""Measures better lower by what they are, not by a note of one document: the financial soundness ratios a
municipality reports (経常収支比率, 実質公債費比率, 将来負担比率, 実質赤字比率, 連結実質赤字比率).

A table of municipalities × these ratios rarely says which way is better; its readers know that a falling
経常収支比率 is an improvement (a smaller share of fixed costs). 「経常収支比率が改善した」 is then a fall, and 「悪化した」
a rise. Any other measure with no note saying so keeps the reading of 改善 as a rise.

The same name is used otherwise by bodies a municipality funds (外郭団体, 第三セクター): their 経常収支比率 is 経常収益 ÷
経常費用 × 100, a deficit below 100%, better higher. A document defining the ratio so (収益 divided by 費用, or below
100% a deficit) keeps 改善 a rise for its tables (defined_better_higher).
"""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# (the ratios of 地方公共団体の財政の健全化に関する法律 and the 経常収支比率 of 決算統計: lower is sounder by definition)
_LOWER_BETTER = re.compile(r"経常収支比率|実質公債費比率|将来負担比率|連結実質赤字比率|実質赤字比率")


def better_lower_measure(*headers: str) -> str:
    """The ratio every one of the headers names (「経常収支比率R5決算」), which is better lower, else ''."""
    found = {m.group(0) for h in headers for m in [_LOWER_BETTER.search(nfkc(h or ""))] if m}
    if len(found) != 1 or not all(_LOWER_BETTER.search(nfkc(h or "")) for h in headers):
        return ""
    return found.pop()


# 「経常収支比率＝経常収益÷経常費用×１００」「経常収益を経常費用で除したもの」「１００％未満は経常的な赤字」: the ratio
# defined as income over cost, or a deficit below 100%
_INCOME_OVER_COST = re.compile(r"収益\s*(?:[÷/]|を[^。]{0,12}?で除)|100\s*[%％]\s*(?:未満|を下回|より低)[^。]{0,20}?赤字")


def defined_better_higher(db, source: str, ratio: str) -> bool:
    """Whether the document defines the ratio as income over cost (better higher), in a sentence naming it."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    text = nfkc((row[0] if row else "") or "")
    return any(ratio in sentence and _INCOME_OVER_COST.search(sentence)
               for sentence in re.split(r"(?<=。)|※|\n", text))
