"""Cards in a workbook read as one table: a record printed down a column of item names.

A facility card, an evaluation sheet per project: item names down the first column (施設番号, 施設名,
建築年度, …), each value to its right, one card per sheet or several on one sheet. Read line by line,
each item would be a row of its own; read as cards, each card is ONE row of a table whose header is the
item names, so a card's fields can be filtered, summed and ordered like any table's.

Only the layout is code here: every item name is the card's own. A block of two rows under one item
name (merged down) whose first row is years over a row of values (劣化度判定 | 令和4年度 | 令和5年度 over
| B | C |) becomes one column per year under that item, as a table's two-row header reads.

Cards are read as such only when at least two of them share their first item name (a sheet per record
or a sheet of several records); a single label/value block stays as it is. A table elsewhere in the
workbook keyed by the same first item (a list sheet 施設番号 | 施設名 | 所管課) is merged in: its other
columns are added to the cards with the same key, and its rows are not read a second time.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_MAX_LABEL = 20
_MIN_ITEMS = 4  # label/value lines a card has at least
_YEAR_RE = re.compile(r"^(?:(?:令和|平成|昭和|R|H|S)\s*(?:\d{1,2}|元)|(?:19|20)\d{2})\s*年度?(?:\s*[(（].{0,8}[)）])?$")
_NUMBER_RE = re.compile(r"^[-+▲△]?[\d,.]+[%％]?$")
_SENTENCE_RE = re.compile(r"[。．]")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _is_year(text: str) -> bool:
    return bool(_YEAR_RE.match(_nfkc(text)))


def _is_label(text: str) -> bool:
    """An item name: short words, not a number, a year, a note or a sentence."""
    t = _nfkc(text)
    if not t or len(t) > _MAX_LABEL or t[0] in "※*＊注" or _SENTENCE_RE.search(t):
        return False
    if _NUMBER_RE.match(t) or _is_year(t):
        return False
    return bool(re.search(r"[一-龥ぁ-んァ-ヶ]", t))


@dataclass
class Card:
    sheet: str
    lines: list[int] = field(default_factory=list)  # indexes (into the sheet's rows) the card was read from
    items: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)  # label → [(sub label, value)]
    number: int = 0  # the row of its first item

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.items]

    @property
    def key(self) -> str:
        return self.items[0][1][0][1] if self.items and self.items[0][1] else ""


def _filled(values: list[str]) -> list[tuple[int, str]]:
    return [(i, v) for i, v in enumerate(values) if v]


def sheet_cards(title: str, rows: list[tuple[int, list[str]]]) -> list[Card]:
    """The cards read from one sheet's rows (row number, cell texts from column A)."""
    cards: list[Card] = []
    card: Card | None = None
    previous = None
    n = 0

    def close() -> None:
        nonlocal card
        if card is not None and sum(1 for _, vs in card.items if len(vs) == 1) >= _MIN_ITEMS:
            cards.append(card)
        card = None

    while n < len(rows):
        number, values = rows[n]
        cells = _filled(values)
        contiguous = previous is not None and number == previous + 1
        previous = number
        if not cells or not _is_label(cells[0][1]):
            close()
            n += 1
            continue
        label = cells[0][1].strip()
        rest = cells[1:]
        # a block of years over values: the label merged down over both rows
        if len(rest) >= 2 and all(_is_year(v) for _, v in rest) and n + 1 < len(rows):
            below_number, below = rows[n + 1]
            below_cells = _filled(below)
            if below_number == number + 1 and below_cells and below_cells[0][1].strip() in (label, "") \
                    and below_cells[0][0] == cells[0][0]:
                under = dict(below_cells[1:])
                pairs = [(v.strip(), under.get(i, "")) for i, v in rest]
                if card is None or not contiguous or label in card.labels:
                    close()
                    card = Card(title, number=number)
                card.items.append((label, pairs))
                card.lines += [n, n + 1]
                previous = below_number
                n += 2
                continue
        if len(rest) > 1:
            group = _sub_labelled(rows, n)
            if group:  # 劣化度判定 | 令和4年度 | B over 劣化度判定 | 令和5年度 | C: labels in two columns
                if card is None or not contiguous or label in card.labels:
                    close()
                    card = Card(title, number=number)
                card.items.append((label, [pair for _, pair in group]))
                card.lines += [m for m, _ in group]
                previous = rows[group[-1][0]][0]
                n = group[-1][0] + 1
                continue
            close()
            n += 1
            continue
        value = rest[0][1] if rest else ""
        if card is None or not contiguous or label in card.labels:
            close()
            if not rest:  # a card opens with a value
                n += 1
                continue
            card = Card(title, number=number)
        card.items.append((label, [("", value)]))
        card.lines.append(n)
        n += 1
    close()
    # trailing item names without values are no part of the card (a title under it)
    for c in cards:
        while c.items and c.items[-1][1] == [("", "")] and len(c.items) > _MIN_ITEMS:
            c.items.pop()
            c.lines.pop()
    return cards


def _sub_labelled(rows: list[tuple[int, list[str]]], n: int) -> list[tuple[int, tuple[str, str]]]:
    """Rows from n on with an item name in one column (merged down, or printed once), a sub label
    (a year, a word) in the next and one value after it: [(row index, (sub label, value))], at least two."""
    number, values = rows[n]
    cells = _filled(values)
    column = cells[0][0]
    label = cells[0][1].strip()
    out = []
    m = n
    while m < len(rows):
        number_m, values_m = rows[m]
        if m > n and number_m != rows[m - 1][0] + 1:
            break
        cells_m = _filled(values_m)
        if not cells_m:
            break
        if cells_m[0][0] == column:
            if cells_m[0][1].strip() != label:
                break
            cells_m = cells_m[1:]
        elif m == n or cells_m[0][0] < column:
            break
        if len(cells_m) != 2 or cells_m[0][0] != column + 1:
            break
        sub, value = cells_m[0][1].strip(), cells_m[1][1]
        if not (_is_label(sub) or _is_year(sub)):
            break
        out.append((m, (sub, value)))
        m += 1
    return out if len(out) >= 2 else []


def card_groups(cards: list[Card]) -> list[list[Card]]:
    """Cards sharing their first item name and most of their items: the records of one table."""
    groups: dict[str, list[Card]] = {}
    for c in cards:
        if c.key:
            groups.setdefault(c.labels[0], []).append(c)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        first = set(group[0].labels)
        group = [c for c in group if len(first & set(c.labels)) * 2 >= len(first)]
        keys = [c.key for c in group]
        if len(group) >= 2 and len(set(keys)) == len(keys):
            out.append(group)
    return out


@dataclass
class CardTable:
    """The columns of a group of cards: (item name, sub label) in order of first appearance."""
    columns: list[tuple[str, str]]
    rows: list[dict[tuple[str, str], str]]
    cards: list[Card]
    places: list[str] = field(default_factory=list)  # each row's: its card's first item

    @classmethod
    def of(cls, group: list[Card]) -> "CardTable":
        columns: list[tuple[str, str]] = []
        rows = []
        for c in group:
            row = {}
            for label, pairs in c.items:
                for sub, value in pairs:
                    if (label, sub) not in columns:
                        columns.append((label, sub))
                    row[(label, sub)] = value
            rows.append(row)
        places = [f"{c.sheet}!A{c.number}" for c in group]
        # a year block keeps its years together and in order
        ordered: list[tuple[str, str]] = []
        for label, sub in columns:
            if (label, sub) in ordered:
                continue
            if sub:
                ordered += [col for col in columns if col[0] == label and col[1]]
            else:
                ordered.append((label, sub))
        return cls(ordered, rows, list(group), places)

    def merge_list(self, header: list[str], rows: list[list[str]], places: list[str]) -> None:
        """A list table keyed by the cards' first item: its other columns added to the cards."""
        key_label = self.columns[0]
        known = {_nfkc(label) for label, _ in self.columns}
        extra = [(i, h.strip()) for i, h in enumerate(header) if i > 0 and h and _nfkc(h) not in known]
        by_key = {r.get(key_label, ""): r for r in self.rows}
        for label in (h for _, h in extra):
            self.columns.append((label, ""))
        for values, place in zip(rows, places):
            key = values[0] if values else ""
            row = by_key.get(key)
            if row is None:
                row = {key_label: key}
                for i, h in enumerate(header):
                    if i < len(values) and h and values[i]:
                        row.setdefault((h.strip(), ""), values[i])
                self.rows.append(row)
                self.places.append(place)
                by_key[key] = row
                continue
            for i, label in extra:
                if i < len(values) and values[i]:
                    row[(label, "")] = values[i]

    def lines(self) -> list[tuple[str, list[str]]]:
        """(place, cells) of its header (one row, or two when a block of years is under an item name)
        and of its rows."""
        top, below = [], []
        seen = set()
        for label, sub in self.columns:
            top.append("" if sub and label in seen else label)
            seen.add(label)
            below.append(sub)
        out = [(self.places[0], top)] + ([(self.places[0], below)] if any(below) else [])
        for row, place in zip(self.rows, self.places):
            out.append((place, [row.get(col, "") for col in self.columns]))
        return [(place, _trimmed(cells)) for place, cells in out]


def _trimmed(cells: list[str]) -> list[str]:
    cells = list(cells)
    while cells and not cells[-1]:
        cells.pop()
    return cells


def list_table(rows: list[tuple[int, list[str]]], key_label: str, keys: set[str]) -> tuple[int, int, list[str], list[list[str]], list[int]] | None:
    """A table in a sheet whose header starts with the cards' key item and whose rows are mostly the
    cards' keys: (first, end) indexes of its header and rows, its header and its rows."""
    for n, (_, values) in enumerate(rows):
        cells = _filled(values)
        if len(cells) < 2 or _nfkc(cells[0][1]) != _nfkc(key_label):
            continue
        start = cells[0][0]
        header = values[start:]
        body, numbers = [], []
        end = n + 1
        while end < len(rows) and rows[end][0] == rows[end - 1][0] + 1:
            vs = rows[end][1][start:] if len(rows[end][1]) > start else []
            if not vs or not vs[0] or _is_label(vs[0]) and vs[0] not in keys:
                break
            body.append(vs)
            numbers.append(rows[end][0])
            end += 1
        if body and sum(1 for vs in body if vs[0] in keys) * 2 >= len(body):
            return n, end, header, body, numbers
    return None
