"""Turning Answer values into table cells and Rich text (grades coloured, lists joined, long text cut)."""
from __future__ import annotations


from rich.cells import cell_len
from rich.text import Text

from assistant.labels import field_label
from assistant.render import plain  # one way to turn a value into text, CLI and TUI alike
from assistant.kinds.registry import is_year_field

GRADE_FIELDS = {"overall", "self_overall"}
GRADE_STYLES = {
    "A": "bold #000000 on #5fd75f",
    "B": "bold #000000 on #ffd75f",
    "C": "bold #ffffff on #d75f5f",
    "-": "#000000 on #8a8a8a",
}
HIGHLIGHT = "bold #000000 on #ffff5f"
MAX_CELL = 40


def grade(value) -> Text:
    text = plain(value) or "-"
    style = GRADE_STYLES.get(text)
    return Text(f" {text} ", style=style) if style else Text(text)


def cell(field: str, value, whole: bool = False):
    """A DataTable cell: numbers stay numbers (they sort and align), grades are coloured, long text
    is cut (unless `whole`)."""
    if (field in GRADE_FIELDS or is_year_field(field)) and value not in (None, ""):
        return grade(value)
    if field == "field" and isinstance(value, str):
        return field_label(value)  # the conflicts table names fields by their English key
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, (int, float)):
        return value
    text = plain(value)
    return text if whole or len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def cut(value, width: int):
    """A text cell shortened to `width` terminal cells with 「…」 (wide characters count two)."""
    if not isinstance(value, str) or cell_len(value) <= width:
        return value
    out, used = "", 0
    for ch in value:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out, used = out + ch, used + w
    return out + "…"


def sort_key(value) -> tuple:
    """Numbers before text, empty cells last, so a column sorts the way people expect."""
    if isinstance(value, Text):
        value = value.plain.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    text = str(value or "")
    if text in ("", "-"):
        return (2, 0, "")
    try:
        return (0, float(text), "")
    except ValueError:
        return (1, 0, text)


def cell_plain(value) -> str:
    if isinstance(value, Text):
        return value.plain.strip()
    return plain(value)


def highlighted(text: str, spans, style: str = HIGHLIGHT) -> Text:
    out = Text(text)
    for span in spans or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= start < end <= len(text):
            out.stylize(style, start, end)
    return out


def short_source(source: str, line, place: str | None = None) -> str:
    """`002_388add96….txt:129` → `002:129`, a PDF's row `報告書.pdf 3ページ` (the full name is in the
    excerpts and the detail screen)."""
    if not source:
        return ""
    head = source.split("_", 1)[0] if "_" in source else source
    if place:
        return f"{head} {place}"
    return f"{head}:{line}" if line else head
