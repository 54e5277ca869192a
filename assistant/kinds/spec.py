"""What a document kind declares about its records: kinds, fields, the words users say for them, links.

Everything user-facing about a record kind is derived from these declarations by the registry: labels,
the question engine's field and kind words, facets, display columns and export headers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field:
    """One field of a record kind.

    `words` are what users say for the field in a question (its label is always one of them);
    `group_words` are the words of 「…別」 that group by it. `same_as` names the field of another kind
    that means the same (a program's 担当部署 answers a question about practice items' 担当部署).
    """

    name: str
    label: str
    words: tuple[str, ...] = ()
    type: str = "text"  # text | number | score | grade | year | list | date | month | money | json
    unit: str = ""
    facet: bool = False
    show: bool = False  # a display column, in declaration order
    group_words: tuple[str, ...] = ()
    same_as: str = ""
    # What users say for some of the field's values: ((value as stored, (words …)), …). Used only
    # for values the index holds; the values themselves are always read from the documents.
    value_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Its values are the few words of a scale the document defines (十分 / 概ね十分 / やや不十分): a value
    # said is the whole value, never a part of another (十分 is not 不十分); read from the index.
    closed: bool = False


@dataclass(frozen=True)
class FieldFamily:
    """Fields whose names are data: one per fiscal year the document prints (r2 … r5, h30).

    `pattern` matches the stored field name; `label` is a format string over its groups."""

    pattern: str
    label: str
    type: str = "grade"
    show: bool = True

    def match(self, name: str) -> re.Match | None:
        return re.fullmatch(self.pattern, name)

    def label_of(self, name: str) -> str:
        m = self.match(name)
        return self.label.format(*(g.upper() for g in m.groups())) if m else name


@dataclass(frozen=True)
class RecordKind:
    """A kind of record a document kind yields (practice items, comments, …).

    `parent` is (field, kind): the field holding the code of the record this one belongs to.
    `text_of_parent`: this record's text counts as its parent's when a question names no part
    (a practice item's progress sheet). `words` are the kind words of questions, most specific
    spelling first. `short_words` are clipped spellings users type (実践 for 実践項目, 取組 for
    取組項目), kind words only where they stand alone, not the head of a longer compound (取組内容).
    `other_words` are what other plans call this kind (改革項目 for 実践項目): a question saying one is read
    with the kind's label where no document of the index calls its records so (query/parse).
    `row_words` are what a table of another layout calls such records (推進項目, 基本目標, 共同調達): its
    rows, answering a question that calls them by the word the table does, are records of this kind.
    `grouped_row_words` are so only of a table setting its rows under the plan's headings (a 見出し column:
    施策 under 基本方針 of a plan's progress table); a list of 施策 of its own (施策評価 of an evaluation list)
    keeps its rows."""

    name: str
    label: str
    words: tuple[str, ...] = ()
    fields: tuple[Field | FieldFamily, ...] = ()
    parent: tuple[str, str] | None = None
    text_of_parent: bool = False
    facets: tuple[str, ...] = field(default=())  # facet fields in display order (default: declared facets)
    short_words: tuple[str, ...] = ()
    other_words: tuple[str, ...] = ()
    row_words: tuple[str, ...] = ()
    grouped_row_words: tuple[str, ...] = ()

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if isinstance(f, Field) and f.name == name), None)

    def family(self, name: str) -> FieldFamily | None:
        return next((f for f in self.fields if isinstance(f, FieldFamily) and f.match(name)), None)
