"""Cards of labelled fields whose first label is the record's code (a web page's 「物件番号：未-20」 over 所在地／面積／
最低売却価格／… in one `<dl>` a card, under the card's name as its heading), in a document of no dedicated kind.

Staff ask of them as of a table (「公募中の物件で現地説明会をやらないのは」) and answer with the code the card prints, as
every other list of the same records does. Read generically, each card is an item without a number keyed by its line, so
the answer would name a line, not the record. Each card is therefore one table row: its first label (the code) first,
名称 its name, then its other fields. Read by the shape — three cards or more, each opened by the same label of a code
(…番号, …コード, No.), each code distinct and printed like one — never by the labels or the codes of one document."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「物件番号」「施設コード」「No.」: the label of a code.
_CODE_LABEL = re.compile(r"^(?:[一-龥ァ-ヶー]{1,8}(?:番号|コード)|No\.?|番号|コード)$")
# 「未-20」「R7-01」「A12」「3-1」: a code — short, one token, a digit in it.
_CODE = re.compile(r"^(?=.*\d)[^\s:：、。,，()（）]{1,12}$")


def _card_code(item: Record) -> tuple[str, str] | None:
    """(label, code) of an unnumbered item whose first field is a code, or None."""
    if str(item.fields.get("number") or "").strip():
        return None
    fields = item.fields.get("fields") or {}
    if len(fields) < 2:
        return None
    label, value = next(iter(fields.items()))
    label, value = nfkc(str(label)).strip(), nfkc(str(value)).strip()
    if not _CODE_LABEL.fullmatch(label) or not _CODE.fullmatch(value):
        return None
    return label, value


def coded_card_rows(found: list[Record], source: str) -> list[Record]:
    """The records with each coded card as one table row; as found when the document holds fewer than three
    such cards, or they do not share their code's label, or two share a code."""
    cards = [(r, c) for r in found if r.kind == "item" for c in [_card_code(r)] if c]
    labels = {label for _, (label, _) in cards}
    codes = [code for _, (_, code) in cards]
    if len(cards) < 3 or len(labels) != 1 or len(set(codes)) != len(codes):
        return found
    out: list[Record] = []
    for item, (label, code) in cards:
        fields = dict(item.fields.get("fields") or {})
        first = next(iter(fields))
        cells = {first: fields.pop(first)}
        title = str(item.fields.get("title") or "").strip()
        if title and "名称" not in fields:
            cells["名称"] = title
        cells.update(fields)
        text = " / ".join(f"{k}: {v}" for k, v in cells.items())
        out.append(Record("table_row", f"{source}:{item.line}", {
            "table": "", "cells": cells, "text": text[:2000], "heading": str(item.fields.get("heading") or ""),
        }, source, item.line, item.end_line))
    gone = {id(item) for item, _ in cards}
    return sorted([r for r in found if id(r) not in gone] + out, key=lambda r: r.line)
