"""Plain data passed between loaders, the store and the query engine."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Record:
    """One structured record (a practice item, an initiative, a comment, ...).

    `fields` holds the record's stable English keys; values are JSON-able scalars or lists of
    strings. `line`/`end_line` are the 1-based lines of the record in `source` (end inclusive).
    """

    kind: str
    code: str
    fields: dict[str, Any]
    source: str
    line: int
    end_line: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.code}"


@dataclass(frozen=True)
class Passage:
    """A piece of free text, searchable, linked to the record it belongs to (`key`)."""

    key: str
    field: str
    text: str
    source: str
    line: int


@dataclass(frozen=True)
class SourceValue:
    """One printed copy of a value, for the conflicts table."""

    value: Any
    where: str  # which copy: "main_list", "appendix_list", "section_1", "progress_sheet", ...
    line: int


@dataclass(frozen=True)
class Conflict:
    """Copies of one field of one record that disagree, and the value that was kept."""

    key: str
    field: str
    chosen: Any
    values: tuple[SourceValue, ...]
    source: str
    note: str = ""
    # Copies that could have stated the value but do not print the record at all (an appendix
    # without this item, a report without its appendix list): a majority of two means less then.
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParseWarning:
    """Something a loader noticed while reading a file that users should be told about, at its line:
    a copy of a record that is absent, or a row damaged in conversion (split, cut by a page break)."""

    source: str
    line: int  # 1-based line the warning is about (0: the document as a whole)
    # "absent_copy"; "other_kind": read as a generic document; "malformed_row": damaged beyond repair, its values left out; "repaired_row": the
    # pieces were joined and read, but the row only fills what no intact copy states.
    kind: str
    note: str  # Japanese, for `gyokaku check`
    record: str = ""  # key of the record concerned, when there is one


@dataclass
class ParsedDocument:
    """What a loader returns for one file."""

    kind: str
    title: str
    records: list[Record] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
