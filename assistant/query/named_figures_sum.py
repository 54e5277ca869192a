"""Figures a passage prints beside names the question lists, added up as asked (「正規・再任用・臨時を全部足すと
何名」 over 「正規職員48名、再任用職員3名、臨時職員1名」; 「定額納付金と利益分配金を合わせると何万円」 over
「定額納付金2,880万円、利益分配金567万円」). Only when every name listed has one figure in the unit asked in
the same passage; the answer stays a search (each figure read is shown, to be checked there).
The questions' shapes are grammar/named_figures.py."""
from __future__ import annotations

import re

from assistant.query.grammar.named_figures import NAMES_ADDED_UP
from assistant.text.normalize import nfkc

_SAME_UNIT = {"名": ("名", "人"), "人": ("人", "名"), "か所": ("か所", "箇所", "ヶ所", "カ所"), "箇所": ("箇所", "か所", "ヶ所", "カ所"),
              "ヶ所": ("ヶ所", "か所", "箇所", "カ所"), "ポイント": ("ポイント", "%", "％"), "%": ("%", "％"), "％": ("%", "％")}
# 「いくら」: any money unit, as long as every name's figure is printed in the same one
_MONEY = ("億円", "万円", "千円", "円")
# 「岡山市分」「甲市側」: the name as the passage prints it has no such ending
_NAME_ENDING = re.compile(r"(?:の)?(?:分|側)$")


def unit_forms(unit: str) -> str:
    """The units a figure asked in `unit` may be printed in, as a pattern."""
    return "|".join(re.escape(u) for u in _SAME_UNIT.get(unit, (unit,)))


def added_up(question: str, excerpts: list[dict]) -> tuple[float | int, list[str], dict] | None:
    """(the total, the figures read as printed, the passage) or None."""
    asked = NAMES_ADDED_UP.search(nfkc(question))
    if asked is None:
        return None
    units = "|".join(_MONEY) if asked.group("money") else unit_forms(asked.group("unit"))
    # (「人員、正規・再任用・臨時」: a comma may close the topic before the names; the list after it is tried too)
    said = asked.group("names")
    lists = [said] + [said[m.end():] for m in re.finditer(r"\s*[、,]\s*", said)]
    # (「延べ利用者数、集会施設と福祉施設を合わせると」: one comma, then names joined otherwise (と・): the word
    # before the comma is the measure, whose own figure (the whole) is not one of the parts; the names first)
    parts = re.split(r"\s*[、,]\s*", said)
    if len(parts) == 2 and re.search(r"と|・", parts[1]) and not re.search(r"と|・", parts[0]):
        rest = parts[1]
        lists = [rest] + [listed for listed in lists if listed != rest]
    for listed in lists:
        names = [n for n in re.split(r"\s*(?:・|、|と|,)\s*", listed) if n]
        if len(names) >= 2 and len(set(names)) == len(names):
            got = figures_beside(names, units, excerpts)
            if got is not None:
                values, figures, e = got
                total = sum(values)
                return (int(total) if float(total).is_integer() else round(total, 4)), figures, e
    return None


def figures_beside(names: list[str], units: str, excerpts: list[dict],
                   anchors: tuple[str, ...] = ()) -> tuple[list[float], list[str], dict] | None:
    """The one figure each name has in one passage (the first that has them all), in one of the units, all
    printed in the same unit: (values, figures as printed, the passage) or None. A name printed with several
    figures is read after the one anchor (a word the question says, 「H17.01.19」) the passage prints once."""
    for e in excerpts:
        text = nfkc(str(e.get("text") or ""))
        figures, values, printed = [], [], set()
        for name in names:
            found = None
            for form in _forms(name):
                found = _beside(form, units, text, anchors)
                if found is not None:
                    break
            if found is None:
                break
            figures.append(found.group(0))
            values.append(float(found.group(2).replace(",", "")))
            printed.add(found.group(3))
        else:
            if len(printed) == 1 or not set(printed) & set(_MONEY):
                return values, figures, e
    return None


def _forms(name: str) -> list[str]:
    """The name, without an ending the passage does not print (「岡山市分」), then its tails of three letters
    or more, longest first (「年度に確保した定額納付金」: the words before the name were read into it)."""
    forms = [name]
    if _NAME_ENDING.search(name) and len(_NAME_ENDING.sub("", name)) >= 2:
        forms.append(_NAME_ENDING.sub("", name))
    return forms + [name[i:] for i in range(1, len(name) - 2)]


def _beside(name: str, units: str, text: str, anchors: tuple[str, ...]) -> re.Match | None:
    # the first figure after the name, with nothing but a few letters of its label between
    # (the one nearest its name: 「利益分配金567万円」, not 「利益分配金：収支差額が600万円」 after it)
    pattern = re.compile(re.escape(name) + r"([^\d、,。()（）]{0,6}?)(\d[\d,]*(?:\.\d+)?)\s*(" + units + r")")
    found = sorted(pattern.finditer(text), key=lambda m: len(m.group(1)))
    if not found:
        return None
    if len(found) == 1 or len(found[1].group(1)) != len(found[0].group(1)):
        return found[0]
    # (「H16.01.21 … 岡山市22本 … H17.01.19 … 岡山市26本」: the date said tells which)
    for anchor in anchors:
        if len(anchor) >= 2 and text.count(anchor) == 1:
            after = [m for m in found if m.start() > text.index(anchor)]
            if after:
                return min(after, key=lambda m: m.start())
    return None
