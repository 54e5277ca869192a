"""How an Answer reads, for the CLI and the terminal app alike: cell text, the asked-about columns
first, notes summed up, highlights (the CLI's layout is in cli_render.py)."""
from __future__ import annotations

import re

from rich.text import Text

from assistant.labels import join_mapping
from assistant.query.answer import Answer

KEY_FIELDS = ("code", "no", "initiative")  # a record's printed number (a comment's: its initiative's)
NAME_FIELDS = ("title", "name", "question", "indicator", "topic", "initiative_title")  # what a record is called
LEAD_SKIP = {"key", "source", "line", "end_line", "place"}
MAX_NOTES = 6  # note lines shown before the rest are counted
MAX_LISTED = 8  # quoted words listed before the rest are counted
_QUOTED = re.compile(r"「[^「」]*」")
_QUOTED_RUN = re.compile(r"(?:「[^「」]*」){%d,}" % (MAX_LISTED + 1))


def plain(value) -> str:
    """A value as one line of text (lists joined with 、, objects as 「A市: 課 / B市: 課」, scores like 4.0
    keep their decimal)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(plain(v) for v in value)
    if isinstance(value, dict):
        return join_mapping(value)
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return " ".join(str(value).split())


def asked_first_columns(answer: Answer) -> list[str]:
    """The answer's display columns with the fields the question is about moved right after the
    key and the name (`asked_fields`). One order for the TUI, the CLI and the exports, so a narrow
    table always shows what was asked; the other columns keep the kind's declared order."""
    columns = _columns(answer)
    head = lead_columns(columns) + [c for c in asked_fields(answer) if c not in lead_columns(columns)]
    return head + [c for c in columns if c not in head]


def lead_columns(columns: list[str]) -> list[str]:
    """The record's printed number and its name, in that order (those present)."""
    lead = [next((c for c in columns if c in KEY_FIELDS), None), next((c for c in columns if c in NAME_FIELDS), None)]
    return [c for c in lead if c]


def asked_fields(answer: Answer) -> list[str]:
    """The shown columns the question is about: the fields it filters on (in the order they were
    understood), a yearly column a condition's value names (「R4に終了」 brings R4評価), the field it
    sorts by, and the value, group or aggregate asked for."""
    columns = _columns(answer)
    present = set(columns)
    lower = {c.lower(): c for c in columns}
    asked: list[str] = []

    def add(name) -> None:
        if isinstance(name, str) and name in present and name not in asked:
            asked.append(name)

    for c in answer.understood or []:
        if c.get("field") == "text" and c.get("op") in ("match", "not_match"):
            continue  # a keyword sought in the record's text: the excerpts show it, highlighted
        add(c.get("field"))
        value = c.get("value")
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                add(lower.get(v.strip().lower()))
    query = answer.query or {}
    for name in ("order_by", "value_field", "group_by", "agg_field"):
        add(query.get(name))
    return asked


def _columns(answer: Answer) -> list[str]:
    return list(answer.columns or [k for k in (answer.rows[0] if answer.rows else {}) if k not in LEAD_SKIP])


def shorten_word_lists(text: str) -> str:
    """A run of many quoted words (「B」「A」「C」… from a pasted page) cut to the first few and a count:
    「B」「A」…「R6」ほか30語（計38語）."""
    def cut(m: re.Match) -> str:
        words = _QUOTED.findall(m.group(0))
        return "".join(words[:MAX_LISTED]) + f"ほか{len(words) - MAX_LISTED}語（計{len(words)}語）"

    return _QUOTED_RUN.sub(cut, text or "")


def compact_notes(notes: list[str]) -> list[str]:
    """The notes as a reader can take them in: notes that say the same thing about different words
    become one line naming the words (cut with a count), and past MAX_NOTES lines the rest is
    counted. The Answer keeps every note (JSON, exports); this is only how they are shown."""
    groups: dict[str, list[str]] = {}
    for note in notes:
        groups.setdefault(_QUOTED.sub("「」", note), []).append(note)
    lines: list[str] = []
    for template, members in groups.items():
        if len(members) <= 2 or "「」" not in template:
            lines.extend(members)
            continue
        words = list(dict.fromkeys(_QUOTED.findall(m)[0] for m in members if _QUOTED.search(m)))
        listed = "".join(words[:MAX_LISTED]) + (f"ほか{len(words) - MAX_LISTED}語" if len(words) > MAX_LISTED else "")
        lines.append(template.replace("「」", listed, 1) + f"（{len(members)}件）")
    lines = [shorten_word_lists(line) for line in lines]
    if len(lines) > MAX_NOTES:
        rest = len(lines) - (MAX_NOTES - 1)
        lines = lines[: MAX_NOTES - 1] + [f"ほかに注記が{rest}件あります（JSONへの書き出しにはすべて含まれます）"]
    return lines


def highlighted(text: str, spans: list, style: str = "bold black on yellow") -> Text:
    out = Text(text)
    for start, end in spans or []:
        out.stylize(style, start, end)
    return out
