"""The one table every export format shares (`answer_table`), and cell helpers: list joining,
formula neutralisation, display widths and CP932 replacement.

Formula neutralisation (CSV injection): a *text* cell that starts with ``= + - @``, a tab or a
carriage return (or their full-width forms ``＝ ＋ － ＠``, which Japanese Excel also turns into
formulas when typed) could be run as a formula by a spreadsheet. Decisions:

* Real numbers (int/float in the data) are never touched: ``-3`` stays the number -3.
* A text cell that is a plain number (``"-3"``, ``"+1.5"``) is left alone: a spreadsheet reads it
  as that number, nothing runs. Anything else after the sign (``"+1+1"``, ``"-A"``) is neutralised.
* A lone ``"-"`` / ``"－"`` (the 「-」 grade, meaning “not evaluated”) is left alone: it is not a formula.
* CSV and Markdown neutralise by prefixing an apostrophe (``'=HYPERLINK(...)``), the OWASP advice;
  XLSX keeps the text exactly but stores it as a string cell with Excel's quote prefix, so it is
  shown as text and stays text even when the cell is edited.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Union

from assistant.labels import field_label, join_mapping

Cell = Union[str, int, float]

LIST_SEPARATOR = "、"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+\-]?(\d+(\.\d*)?|\.\d+)([eE][+\-]?\d+)?")
_LONE_DASHES = {"-", "－"}

GROUP_COLUMNS = ["group", "count"]


def cell_value(value: Any) -> Cell:
    """A row value as one cell: lists joined with 「、」, objects (departments per municipality) as
    「A市: 課 / B市: 課」, None as "", numbers kept as numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(cell_value(v)) for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return join_mapping(value)
    return str(value)


def text_of(value: Cell) -> str:
    """The text a cell shows (numbers as Python writes them)."""
    return value if isinstance(value, str) else str(value)


def table_columns(answer) -> list[str]:
    """The field keys of the export table: key + answer.columns + source (+ place) + line.

    Grouped answers (columns == group, count) have no record behind a row, so they are just
    group + count (their synthetic `group:…` key and the absent source/line are left out)."""
    columns = list(answer.columns or [])
    if columns[:2] == GROUP_COLUMNS or (answer.rows and "group" in answer.rows[0] and "count" in answer.rows[0]
                                        and "source" not in answer.rows[0]):
        return [c for c in columns if c != "key"] or list(GROUP_COLUMNS)
    if not columns and answer.rows:  # an answer that did not say what to show: show every field
        columns = [k for k in answer.rows[0] if k not in ("key", "source", "line", "end_line", "place")]
    # The page or cell (「3ページ」「評価シート!B7」) beside the file, when a PDF, Excel or Word row has one.
    where = ["source", "place", "line"] if any(r.get("place") for r in answer.rows) else ["source", "line"]
    out = ["key"] + [c for c in columns if c not in ("key", "source", "line", "place")] + where
    return out


def headers_for(columns: list[str], english_keys: bool = False, kind: str = "") -> list[str]:
    """Japanese labels (or the English keys); two fields sharing a label get the key appended."""
    if english_keys:
        return list(columns)
    labels = [field_label(c, kind) for c in columns]
    seen = {l: labels.count(l) for l in labels}
    return [f"{l}({c})" if seen[l] > 1 and l != c else l for l, c in zip(labels, columns)]


def answer_table(answer, english_keys: bool = False) -> tuple[list[str], list[list[Cell]]]:
    """(headers, rows) of an Answer: the one table CSV, XLSX, Markdown and the TUI show.

    Cells are raw display values (str, int or float; not neutralised — each writer does that)."""
    columns = table_columns(answer)
    rows = [[cell_value(r.get(c)) for c in columns] for r in answer.rows]
    return headers_for(columns, english_keys, answer.target), rows


# ---------------------------------------------------------------- formula neutralisation
def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could take this text for a formula (see the module docstring)."""
    if not text or not text.startswith(FORMULA_STARTS):
        return False
    if text in _LONE_DASHES:
        return False
    if _PLAIN_NUMBER.fullmatch(text):
        return False
    return True


def neutralise(value: Cell) -> Cell:
    """A cell safe for CSV / Markdown: formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


# ---------------------------------------------------------------- widths
def display_width(text: str) -> int:
    """Width in half-width columns: East Asian wide, full-width and ambiguous characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1 for ch in text)


def column_width(texts: list[str], cap: int = 60, minimum: int = 6) -> int:
    """Excel column width that fits the widest line of any cell (capped)."""
    widest = 0
    for t in texts:
        for line in t.splitlines() or [""]:
            widest = max(widest, display_width(line))
            if widest >= cap:
                return cap
    return max(minimum, min(cap, widest + 2))


# ---------------------------------------------------------------- CP932
# Characters Python's cp932 codec refuses although Windows shows the same glyph under another code
# point (the JIS X 0208 vs CP932 mapping differences). These are mapped, not replaced.
CP932_EQUIVALENTS = {
    "\u301c": "\uff5e",  # 〜 WAVE DASH -> ～
    "\u2016": "\u2225",  # ‖ -> ∥
    "\u2212": "\uff0d",  # − MINUS SIGN -> －
    "\u00a2": "\uffe0",  # ¢
    "\u00a3": "\uffe1",  # £
    "\u00ac": "\uffe2",  # ¬
    "\u2014": "\u2015",  # — EM DASH -> ―
}
CP932_REPLACEMENT = "〓"


def to_cp932(text: str, replaced: dict[str, int] | None = None) -> str:
    """Text that CP932 can encode: known equivalents mapped, anything else replaced by 「〓」.

    Each replaced character is counted in `replaced` (char -> occurrences) so callers can warn."""
    out = []
    for ch in text:
        ch = CP932_EQUIVALENTS.get(ch, ch)
        try:
            ch.encode("cp932")
        except UnicodeEncodeError:
            if replaced is not None:
                replaced[ch] = replaced.get(ch, 0) + 1
            ch = CP932_REPLACEMENT
        out.append(ch)
    return "".join(out)


def describe_replaced(replaced: dict[str, int]) -> str:
    """「𠮷(U+20BB7) 2か所、…」 for a warning."""
    return "、".join(f"{ch if ch.isprintable() else ''}(U+{ord(ch):04X}) {n}か所" for ch, n in replaced.items())
