"""The document kinds and everything derived from their declarations.

Each kind is a package under assistant/kinds/ with `loader.py` (KIND, detect(text), parse(text,
source)) and `records.py` (RECORDS: the record kinds it yields, their fields and the words users say
for them). Labels, the question engine's kind and field words, facets, display columns and export
headers are all derived here; adding a kind is one new package named in KIND_PACKAGES.

A document's kind is recognised from its content, never from its file name. `generic` accepts anything
and is always tried last. Declarations are imported without the loaders, so answering a question never
loads a parser.
"""
from __future__ import annotations

import re

import importlib
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from assistant.kinds.spec import Field, FieldFamily, RecordKind
from assistant.errors import DocumentError

if TYPE_CHECKING:  # (the records' model is the parsers' and the store's: a question never needs its seven dataclasses)
    from assistant.model import ParsedDocument

# Order matters only in that the generic kind comes last.
KIND_PACKAGES = (
    "plan_report",
    "joint_projects",
    "case_studies",
    "program_sheet",
    "newsletter",
    "generic",
)


def kinds() -> list[ModuleType]:
    """The loaders, in detection order."""
    return [importlib.import_module(f"assistant.kinds.{name}.loader") for name in KIND_PACKAGES]


def detect(text: str) -> ModuleType:
    """The loader whose detect() accepts the text (the generic one if none does)."""
    for module in kinds():
        if module.detect(text):
            return module
    raise AssertionError("the generic kind accepts every text")


def parse(text: str, source: str) -> ParsedDocument:
    """The detected kind's reading; a document a dedicated kind recognises but cannot read (an edition
    without a part it needs) is read as a generic document, with a note, rather than lost."""
    module = detect(text)
    if module.__name__.endswith(".generic.loader"):
        return _generic_resembling(module, text, source)
    try:
        return module.parse(text, source)
    except DocumentError as exc:
        from assistant.model import ParseWarning

        generic = importlib.import_module("assistant.kinds.generic.loader")
        if module is generic:
            raise
        doc = generic.parse(text, source)
        label = document_label(module.__name__.split(".")[-2])
        doc.warnings.append(ParseWarning(source, exc.line or 0, "other_kind",
                                         f"{label}として読めなかったため（{exc.reason}）、汎用の文書として読みました"))
        return doc


def _generic_resembling(generic: ModuleType, text: str, source: str) -> ParsedDocument:
    """A document no dedicated kind accepted, read as a generic one; when it still speaks as a dedicated
    kind (resembles(), a next edition in a layout the kind's reader does not know), the reading says
    so, and answers from it are not given as certain (conversation: status partial)."""
    doc = generic.parse(text, source)
    for module in kinds():
        resembles = getattr(module, "resembles", None)
        why = resembles(text) if module is not generic and resembles is not None else ""
        if why:
            from assistant.model import ParseWarning

            label = document_label(module.__name__.split(".")[-2])
            # (a kind may say what it recognised: 「年度ごとの評価点、委員会の判定」)
            seen = f"（{why}があります）" if isinstance(why, str) else ""
            doc.warnings.append(ParseWarning(source, 0, "other_kind",
                                             f"{label}に似ていますが{seen}、その形として読み取れなかったため汎用の文書として読みました"))
            break
    return doc


# ---------------------------------------------------------------- declarations and what derives from them
def document_label(kind: str) -> str:
    """The Japanese name of a document kind (plan_report → 行革プランの意見書・進捗状況シート)."""
    if kind not in KIND_PACKAGES:
        return kind
    return importlib.import_module(f"assistant.kinds.{kind}.records").LABEL


@lru_cache(maxsize=1)
def record_kinds() -> dict[str, RecordKind]:
    out: dict[str, RecordKind] = {}
    for name in KIND_PACKAGES:
        for rk in importlib.import_module(f"assistant.kinds.{name}.records").RECORDS:
            out[rk.name] = rk
    return out


@lru_cache(maxsize=1)
def document_kinds() -> dict[str, str]:
    """Record kind → the document kind that yields it (practice → plan_report)."""
    return {rk.name: name for name in KIND_PACKAGES
            for rk in importlib.import_module(f"assistant.kinds.{name}.records").RECORDS}


def _fields() -> list[tuple[RecordKind, Field]]:
    return [(rk, f) for rk in record_kinds().values() for f in rk.fields if isinstance(f, Field)]


@lru_cache(maxsize=1)
def list_fields() -> frozenset[str]:
    """The fields some kind declares a list (departments, themes …): stored as JSON, decoded when read,
    and matched value by value. A name means one thing in every kind, except that a practice item's
    所管部 (one section's bureau, text) is an initiative's list of bureaus: a text cell is a list of
    its one value wherever a list is matched (query/execute.py)."""
    return frozenset(f.name for _, f in _fields() if f.type == "list")


@lru_cache(maxsize=1)
def kind_labels() -> dict[str, str]:
    return {name: rk.label for name, rk in record_kinds().items()}


@lru_cache(maxsize=1)
def field_labels() -> dict[str, str]:
    """Field → label; where two kinds label one field name differently, the first declared wins
    (field_label(name, kind) gives the kind's own)."""
    out: dict[str, str] = {}
    for _, f in _fields():
        out.setdefault(f.name, f.label)
    return out


def field_label(name: str, kind: str = "") -> str:
    rk = record_kinds().get(kind)
    if rk is not None:
        declared = rk.field(name)
        if declared is not None:
            return declared.label
    label = field_labels().get(name)
    if label is not None:
        return label
    for rk in ([rk] if rk is not None else []) + list(record_kinds().values()):
        family = rk.family(name)
        if family is not None:
            return family.label_of(name)
    return name


@lru_cache(maxsize=1)
def kind_words() -> list[tuple[str, str]]:
    """(word, record kind), longest first so that 委員の意見 is taken before 意見."""
    pairs = [(w, rk.name) for rk in record_kinds().values() for w in rk.words]
    return sorted(dict.fromkeys(pairs), key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def other_plans_kind_words() -> list[tuple[str, str]]:
    """(word, kind label) other plans call a kind by (改革項目 → 実践項目), longest first."""
    pairs = [(w, rk.label) for rk in record_kinds().values() for w in rk.other_words]
    return sorted(dict.fromkeys(pairs), key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def row_kind_words() -> list[tuple[str, str]]:
    """(word, record kind) a table of another layout calls its rows by (基本目標 → initiative), longest first."""
    pairs = [(w, rk.name) for rk in record_kinds().values() for w in rk.row_words]
    return sorted(dict.fromkeys(pairs), key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def grouped_row_kind_words() -> list[tuple[str, str]]:
    """row_kind_words with those naming a kind's records only under the plan's headings (施策 → practice), longest first."""
    pairs = [(w, rk.name) for rk in record_kinds().values() for w in (*rk.row_words, *rk.grouped_row_words)]
    return sorted(dict.fromkeys(pairs), key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def short_kind_words() -> list[tuple[str, str]]:
    """(clipped word, record kind) users type for a kind (実践, 取組), longest first."""
    pairs = [(w, rk.name) for rk in record_kinds().values() for w in rk.short_words]
    return sorted(dict.fromkeys(pairs), key=lambda t: -len(t[0]))


def _word_pairs(fields) -> list[tuple[str, str]]:
    return list(dict.fromkeys((w, f.name) for _, f in fields for w in f.words))


@lru_cache(maxsize=1)
def score_words() -> list[tuple[str, str]]:
    """Words of the fields compared with numbers (進捗度が3以上, 委員評価4.5以上)."""
    return _word_pairs((rk, f) for rk, f in _fields() if f.type == "score")


@lru_cache(maxsize=1)
def value_words() -> list[tuple[str, str]]:
    """Words of every field a question can ask the value of, or sort and aggregate by: the declared
    words, then every printed label users may say (事業の意義) with its short form (担当部名 → 担当部),
    where no declared word or kind word already means something else. Labels of two characters
    (対象, 目的) are too common in questions to name a field on their own."""
    from assistant.kinds.generic.records import RECORDS as GENERIC

    pairs = _word_pairs(_fields())
    # 自治体 and 既に実施 are question scaffolding or states read by rules of their own.
    taken = {w for w, _ in pairs} | {w for w, _ in kind_words()} | {"自治体", "既に実施"}
    generic = {id(rk) for rk in GENERIC}  # (by identity: `rk in GENERIC` compared whole kinds, field by field)
    for rk, f in _fields():
        if id(rk) in generic:  # labels of structure (見出し, 表の数) are not what users ask about
            continue
        forms = [f.label] + [w[:-1] for w in (f.label, *f.words) if w.endswith("名")]
        for form in forms:
            if len(form) >= 3 and not re.search(r"[()（）]", form) and form not in taken:
                pairs.append((form, f.name))
                taken.add(form)
    return pairs


def words_for_values(field_name: str) -> dict[str, tuple[str, ...]]:
    """Value as stored → what users say for it, from every kind declaring the field."""
    out: dict[str, tuple[str, ...]] = {}
    for _, f in _fields():
        if f.name == field_name:
            for value, words in f.value_words:
                out[value] = tuple(dict.fromkeys(out.get(value, ()) + words))
    return out


@lru_cache(maxsize=1)
def group_words() -> list[tuple[str, str]]:
    return list(dict.fromkeys((w, f.name) for _, f in _fields() for w in f.group_words))


@lru_cache(maxsize=1)
def field_aliases() -> dict[str, tuple[str, ...]]:
    """When the asked field is not in the target kind, the fields that mean the same there: those said
    to be the same as it, and for one such field its siblings (a program sheet's 担当部 asked of the
    initiatives is their 所管部). Never back to the field named by same_as: a practice item has no
    自己評価 of its own."""
    out: dict[str, list[str]] = {}
    for _, f in _fields():
        if f.same_as:
            out.setdefault(f.same_as, [])
            if f.name not in out[f.same_as]:
                out[f.same_as].append(f.name)
    for group, names in list(out.items()):
        for name in names:
            if name != group:
                out.setdefault(name, [])
                out[name] += [n for n in names if n != name and n not in out[name]]
    return {k: tuple(v) for k, v in out.items()}


def date_fields(kind: str) -> list[str]:
    """The fields of a record kind holding dates, in declaration order (an event's start first)."""
    rk = record_kinds().get(kind)
    return [f.name for f in rk.fields if isinstance(f, Field) and f.type == "date"] if rk else []


def money_fields(kind: str) -> list[str]:
    """The fields of a record kind holding an amount of money (総事業費, 特定財源, …)."""
    rk = record_kinds().get(kind)
    return [f.name for f in rk.fields if isinstance(f, Field) and f.type == "money"] if rk else []


def fiscal_year_fields(kind: str) -> list[str]:
    """The fields of a record kind holding a fiscal year (R4, H27): 取組終了, 年度, 開始年度, …"""
    rk = record_kinds().get(kind)
    return [f.name for f in rk.fields if isinstance(f, Field) and f.type == "year"] if rk else []


@lru_cache(maxsize=1)
def links() -> dict[tuple[str, str], str]:
    """(parent kind, child kind) → the child's field holding the parent's code."""
    return {(rk.parent[1], rk.name): rk.parent[0] for rk in record_kinds().values() if rk.parent}


def link_column(kind: str) -> str | None:
    """The stored column holding the key of a record's parent (practice → initiative_key), if it has one."""
    rk = record_kinds().get(kind)
    return f"{rk.parent[0]}_key" if rk is not None and rk.parent else None


@lru_cache(maxsize=1)
def link_columns() -> dict[str, str]:
    """Link column → the parent kind it leads to, over every kind."""
    return {link_column(rk.name): rk.parent[1] for rk in record_kinds().values() if rk.parent}


@lru_cache(maxsize=1)
def wider_scope() -> dict[str, list[str]]:
    """Kinds whose text counts as a record's own when a question names no part of it."""
    out: dict[str, list[str]] = {}
    for rk in record_kinds().values():
        if rk.parent and rk.text_of_parent:
            out.setdefault(rk.parent[1], []).append(rk.name)
    return out


def display_columns(kind: str, present: set[str] | None = None) -> list[str]:
    """The kind's display columns in declared order; a field family expands to the present fields
    of it (every fiscal year the document printed), in year order."""
    rk = record_kinds().get(kind)
    if rk is None:
        return []
    out: list[str] = []
    for f in rk.fields:
        if isinstance(f, FieldFamily):
            if f.show and present:
                out.extend(sorted((n for n in present if f.match(n)), key=_family_order))
        elif f.show:
            out.append(f.name)
    return out


@lru_cache(maxsize=1)
def _year_families() -> tuple[FieldFamily, ...]:
    return tuple({f.pattern: f for rk in record_kinds().values() for f in rk.fields
                  if isinstance(f, FieldFamily) and f.type == "grade"}.values())


def is_year_field(name: str) -> bool:
    """A field named after a fiscal year the document prints (r2, h30): a kind's yearly grades."""
    return any(f.match(name) for f in _year_families())


def year_fields(names) -> list[str]:
    """The yearly grade fields among names (a record or its columns), in calendar order."""
    return sorted((n for n in names if is_year_field(n)), key=_family_order)


def _family_order(name: str) -> tuple:
    # 平成 before 令和, then by number: h30, h31, r1, r2 …
    return ("hr".index(name[0]) if name[0] in "hr" else 2, int("".join(c for c in name if c.isdigit()) or 0))


def facet_fields(kind: str) -> list[str]:
    rk = record_kinds().get(kind)
    if rk is None:
        return []
    return list(rk.facets) or [f.name for f in rk.fields if isinstance(f, Field) and f.facet]
