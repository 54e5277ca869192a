"""Figures a passage prints beside names the question lists, added up as asked (「正規・再任用・臨時を全部足すと
何名」 over 「正規職員48名、再任用職員3名、臨時職員1名」; 「定額納付金と利益分配金を合わせると何万円」 over
「定額納付金2,880万円、利益分配金567万円」). Only when every name listed has one figure in the unit asked in
the same passage; the answer stays a search (each figure read is shown, to be checked there)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_NAME = r"[^\s、,。のでをはが・と]{1,12}"
# 「A・B・Cを全部足すと何名」「AとBを合わせると何万円」「A、Bの合計は何人」
_ASKED = compiled(r"(?P<names>" + _NAME + r"(?:\s*(?:・|、|と|,)\s*" + _NAME + r")+)\s*(?:を|の)\s*(?:全部|すべて|全て|ぜんぶ)?\s*"
                  r"(?:足す|足し|たす|合わせる|合わせ|あわせる|あわせ|合計す|合算す|合計)(?:と|て|たら|ると|は)?\s*(?:で)?\s*"
                  r"何\s*(?P<unit>万円|千円|億円|円|名|人|件|か所|箇所|ヶ所|個|台|回)")
_SAME_UNIT = {"名": ("名", "人"), "人": ("人", "名"), "か所": ("か所", "箇所", "ヶ所", "カ所"), "箇所": ("箇所", "か所", "ヶ所", "カ所"),
              "ヶ所": ("ヶ所", "か所", "箇所", "カ所")}


def added_up(question: str, excerpts: list[dict]) -> tuple[float | int, list[str], dict] | None:
    """(the total, the figures read as printed, the passage) or None."""
    asked = _ASKED.search(nfkc(question))
    if asked is None:
        return None
    units = "|".join(re.escape(u) for u in _SAME_UNIT.get(asked.group("unit"), (asked.group("unit"),)))
    # (「人員、正規・再任用・臨時」: a comma may close the topic before the names; the list after it is tried too)
    said = asked.group("names")
    lists = [said] + [said[m.end():] for m in re.finditer(r"\s*[、,]\s*", said)]
    for listed in lists:
        names = [n for n in re.split(r"\s*(?:・|、|と|,)\s*", listed) if n]
        if len(names) >= 2 and len(set(names)) == len(names):
            got = _read(names, units, excerpts)
            if got is not None:
                return got
    return None


def _read(names: list[str], units: str, excerpts: list[dict]) -> tuple[float | int, list[str], dict] | None:
    for e in excerpts:
        text = nfkc(str(e.get("text") or ""))
        figures, values = [], []
        for name in names:
            # the first figure after the name, with nothing but a few letters of its label between
            # (the one nearest its name: 「利益分配金567万円」, not 「利益分配金：収支差額が600万円」 after it)
            found = sorted(re.finditer(re.escape(name) + r"([^\d、,。()（）]{0,6}?)(\d[\d,]*(?:\.\d+)?)\s*(" + units + r")", text),
                           key=lambda m: len(m.group(1)))
            if not found or (len(found) > 1 and len(found[1].group(1)) == len(found[0].group(1))):
                break
            figures.append(found[0].group(0))
            values.append(float(found[0].group(2).replace(",", "")))
        else:
            total = sum(values)
            return (int(total) if float(total).is_integer() else round(total, 4)), figures, e
    return None
