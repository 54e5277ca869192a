"""「施設名：中央公民館」 heading a block of 「ラベル：値」 lines (a web page's <dl> per facility, a sheet's
fields typed out): when the name's label comes again, each block is an item of its own, as 【施設名】 makes
one; a heading over the blocks (a 地区) is the heading they sit under, not the first block's name."""
from __future__ import annotations

import re

# the label is checked by the caller against the names of items (施設名, 事業名, 取組名 …)
_NAME_LINE_RE = re.compile(r"^\s*([^\s:：()（）]{2,8})\s*[:：]\s*(\S.{0,80})$")


def name_line(body: str) -> re.Match | None:
    """The (label, name) of a 「施設名：X」 line, or None."""
    return _NAME_LINE_RE.match(body)


# (「【取組2】」 numbered is the next item's marker, no part of the open one)
_PART_LABEL_RE = re.compile(r"^\s*【[^】\s\d０-９]{2,10}】\s*$")


def part_label(text: str) -> bool:
    """「【現状と課題】」「【提言内容】」 on a line of their own inside a numbered item (a Word heading
    style or a bold paragraph): the item's parts, not headings that close it."""
    return bool(_PART_LABEL_RE.match(text))


class _Named:
    """A name line read as 【label】 value: group(1) the label, group(2) the name, and the heading the item
    sits under."""

    def __init__(self, label: str, name: str, heading: str = "") -> None:
        self._groups = (label, name)
        self.heading = heading

    def group(self, n: int) -> str:
        return self._groups[n - 1]


def next_block(item, found: re.Match | None, name_label: re.Pattern) -> _Named | None:
    """The next block's name when a name line repeats a name label of the open titled item (施設名 again
    after a blank line). The item opened from a heading over the blocks (「中央地区」 over 施設名：… lines)
    is renamed by its own 施設名, and the heading is kept as theirs."""
    if found is None or not name_label.match(found.group(1)):
        return None
    label, name = found.group(1), found.group(2).strip()
    if item.opener == label:
        return _Named(label, name, item.heading)
    if item.opener or label not in item.fields or not item.blank_seen:
        return None
    heading, own = item.title, item.fields.pop(label)
    # (the field keeps a shortened value: the name is read again from its line as printed)
    own = next((m.group(2).strip() for m in map(name_line, item.lines) if m and m.group(1) == label), own)
    item.title, item.opener, item.heading = own, label, heading
    return _Named(label, name, heading)
