"""A later year's targets said in a sentence under the indicator table (「令和8年度目標値：研修の受講者数
120人、相談の平均所要日数 5日」): each becomes that year's 目標値 of the indicator it names, so 「…の令和8年度の
目標値は」 is answered from the sheet, not from another sheet's indicator of that year."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import year_label

_LINE_RE = re.compile(r"^\s*(?P<year>(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度)\s*(?:の)?\s*目標(?:値)?\s*[:：]\s*(?P<rest>.+)$")
_ITEM_RE = re.compile(r"^(?P<name>.+?)\s*(?P<figure>[\d,]+(?:\.\d+)?)\s*(?P<unit>[^\d\s、,。]{0,6})$")
_UNIT_SUFFIX_RE = re.compile(r"\s*[(（][^()（）]*[)）]$")


def read(text: str, indicators: list[dict[str, object]]) -> list[tuple[dict[str, object], dict[str, object]]]:
    """(indicator block, year entry) of each target a line of `text` states for a year its table has no
    column for. (Kept apart from the blocks' own years: the indicators' numbers stay as the table gives them.)"""
    out: list[tuple[dict[str, object], dict[str, object]]] = []
    by_name = {_UNIT_SUFFIX_RE.sub("", nfkc(str(b.get("indicator", "")))).strip(): b for b in indicators}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _LINE_RE.match(nfkc(line))
        if not match:
            continue
        label = year_label(match.group("year"))
        if not label:
            continue
        for part in re.split(r"\s*(?:、|,(?!\d{3}))\s*", match.group("rest").rstrip("。 ")):
            item = _ITEM_RE.match(part.strip())
            block = by_name.get(item.group("name").strip()) if item else None
            if block is None or any(entry.get("year") == label for entry in block["years"]):  # type: ignore[union-attr]
                continue
            figure = float(item.group("figure").replace(",", ""))
            out.append((block, {
                "year": label, "year_label": match.group("year"), "plan": None, "actual": None,
                "unit": item.group("unit") or str(block.get("unit", "")), "rate": None, "remark": "",
                "goal": int(figure) if figure.is_integer() else figure, "line": number}))
    return out
