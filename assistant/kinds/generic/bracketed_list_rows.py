"""Lists grouped under short headings whose items each print a name, a bracketed date with a word after it and maybe
a bracketed mark (a web page 「電子申請できる手続一覧」: h3 子育て／税／… each over 「児童手当の認定請求（令和６年４月
開始）【マイナンバーカードが必要】」), in a document of no dedicated kind.

Staff ask of them as of a table (「施設予約でできるもの」「令和７年10月から始まった手続」「一番早く始まった」「マイナン
バーカードが要らないもの」), so each item is one table row: 名称 its name, the group's heading under the word the
heading over the groups names them by (「分野別の手続」 → 分野, else 区分), the date under the word printed after it
and 時期 (開始時期, as a table would head it), and each mark a column of its own: 「XがY」 (マイナンバーカードが必要)
the column X holding Y where the item prints the mark, any other mark 「○」; blank where the item does not print it.

Read by the shape only — five items or more of that form under two headings or more, every item of a group so
formed — never by the names, the words or the marks of one page."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

_DATE = r"(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
# 「名前（令和６年４月開始）【マーク】」: the last bracket before the marks holds the date and its word (開始, 予定).
_ITEM = re.compile(rf"^(?P<name>\S.*?)[（(]\s*(?P<date>{_DATE})\s*(?P<word>[^\s（）()0-9]{{1,4}})?\s*[）)]"
                   r"\s*(?P<marks>(?:【[^】]{1,30}】\s*)*)$")
_MARK = re.compile(r"【([^】]{1,30})】")
_GROUP_HEADING_MAX = 12
# 「マイナンバーカードが必要」「予約が必要」: a thing and what is said of it, the thing the column, the word its value.
_NEEDS = re.compile(r"^(.{2,20}?)が(必要|要|不要|必須|可能|可)$")
# 「分野別の手続」「地区別一覧」: the heading over the groups names the word they are grouped by.
_BY = re.compile(r"^([^\s別]{1,6})別")
# 「（令和７年４月～）」: a date open after it is when the item began (開始)
_FROM_ON = re.compile(r"^(?:[~～〜]|から|以降|より)$")
# 「※（　）内は受付開始時期です。」: the page's own word for the bracketed date, the column's header
_NOTE = re.compile(r"[（(]\s*[)）]\s*内?は\s*(?P<word>[^\s、。はで]{1,8}?(?:時期|日|年月|月))(?:です|を示|を表|。|$)")


def _item(line: str) -> re.Match | None:
    return _ITEM.match(nfkc(line).strip())


def bracketed_list_rows(found: list[Record], lines: list[str], source: str) -> list[Record]:
    """The records with a row per item of such grouped lists; as found when the document holds none."""
    groups: list[tuple[str, list[tuple[int, re.Match]]]] = []
    over = ""  # the heading above the groups
    heading = ""
    current: list[tuple[int, re.Match]] | None = None
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        match = _item(text)
        if match:
            if current is None:
                current = []
                groups.append((heading, current))
            current.append((index + 1, match))
            continue
        if current is not None:
            current = None
        if len(text) <= _GROUP_HEADING_MAX and not text.endswith(("。", "、")):
            if not groups and heading:
                over = heading
            heading = text
    groups = [g for g in groups if g[0]]
    if len(groups) < 2 or sum(len(items) for _, items in groups) < 5:
        return found
    taken = {line for _, items in groups for line, _ in items}
    if any(r.line in taken for r in found if r.kind in ("table_row", "item")):
        return found
    noted = next((m.group("word") for raw in lines if (m := _NOTE.search(nfkc(raw).strip()))), "")
    by = _BY.match(nfkc(over))
    group_label = by.group(1) if by else "区分"
    marks: list[str] = []
    for _, items in groups:
        for _, m in items:
            for mark in _MARK.findall(m.group("marks")):
                if mark not in marks:
                    marks.append(mark)
    out: list[Record] = []
    for group, items in groups:
        for line, m in items:
            said = m.group("word") or ""
            # (開始 → 開始時期, as a table would head the column; 「～」 after the date says 開始 as well)
            word = noted or ("開始" if _FROM_ON.match(said) else said) + "時期"
            cells = {"名称": m.group("name").strip(), group_label: group, word: re.sub(r"\s+", "", m.group("date"))}
            printed = _MARK.findall(m.group("marks"))
            for mark in marks:
                said = _NEEDS.match(mark)
                if said:  # 「マイナンバーカードが必要」: the column マイナンバーカード, 必要 where printed
                    cells[said.group(1)] = said.group(2) if mark in printed else ""
                else:
                    cells[mark] = "○" if mark in printed else ""
            text = " / ".join(f"{k}: {v}" for k, v in cells.items())
            out.append(Record("table_row", f"{source}:{line}", {
                "table": over, "cells": cells, "text": text[:2000], "heading": group,
            }, source, line, line))
    return sorted(found + out, key=lambda r: r.line)
