"""Two conditions joined by a set operation (grammar/set_operations.py cuts the question into the question each
side asks): each side is read by the whole grammar, and the conditions the sides do not share become one
`@set` condition whose value is the two sides' conditions, joined by the operation (xor, or, and_not).

A side whose reading differs from the other's in target or aggregate, or that adds no condition of its own,
leaves the question as the grammar read it whole: an operation is never applied to conditions that were not
read (the whole reading keeps its unused words, so the answer stays partial).
"""
from __future__ import annotations

import copy

from assistant.query.answer import Condition, Query
from assistant.query.grammar.set_operations import cut

FIELD = "@set"
OPS = ("xor", "or", "and_not")
# The words of the operation (「どちらか一方だけ」 read by the grammar as a word to find, 一方): never a keyword.
_OPERATION_WORDS = {"一方", "片方", "どちらか", "いずれか", "どっちか", "両方"}
_SAID = {"xor": "{a}・{b}のどちらか一方だけ", "or": "{a}・{b}のいずれか", "and_not": "{a}、ただし{b}ではない"}


def _key(c: Condition) -> tuple:
    return (c.field, c.op, repr(c.value))


def _label(conds: list[Condition]) -> str:
    return "（" + " かつ ".join(c.label for c in conds) + "）"


def sides_of(c: Condition) -> list[list[Condition]]:
    """The two sides of an `@set` condition (a Query copied through asdict holds them as dicts)."""
    return [[x if isinstance(x, Condition) else Condition(**{k: x[k] for k in ("field", "op", "value", "label")})
             for x in side] for side in c.value]


def joined(op: str, a: list[Condition], b: list[Condition]) -> Condition:
    return Condition(FIELD, op, [a, b], _SAID[op].format(a=_label(a), b=_label(b)))


def combined_sides(parse, question: str, whole: Query) -> Query:
    """`whole` read again as a set operation between the two sides a rule cuts `question` into; `parse` reads
    a side's question."""
    found = cut(question.strip())
    if found is None:
        return whole
    rule, (common, said_a, said_b) = found
    if rule.op == "or" and whole.conditions and not whole.unused:
        return whole  # (「財政テーマか施設テーマのどちらか」: read by the grammar as one condition already)
    qa, qb = parse(said_a), parse(said_b)
    base = parse(common) if common is not None else None
    target = (base.target if base is not None else "") or qa.target
    if qa.target not in ("", target) or qb.target != qa.target or qa.aggregate != qb.aggregate or not target:
        return _unsure(whole, rule.op)
    shared_keys = {_key(c) for c in qb.conditions}
    only_a = [c for c in qa.conditions if _key(c) not in shared_keys]
    own_a = {_key(c) for c in qa.conditions}
    only_b = [c for c in qb.conditions if _key(c) not in own_a]
    if not only_a or not only_b:
        return _unsure(whole, rule.op)
    shared = [c for c in qa.conditions if _key(c) in shared_keys]
    if base is not None:
        held = {_key(c) for c in base.conditions}
        shared = [*base.conditions, *(c for c in shared if _key(c) not in held)]
    out = copy.deepcopy(base if base is not None and not qa.aggregate else qa)
    out.question = question
    out.target = target
    out.conditions = [*shared, joined(rule.op, only_a, only_b)]
    out.unused = list(dict.fromkeys([*qa.unused, *qb.unused, *(base.unused if base is not None else [])]))
    out.dropped = list(dict.fromkeys([*qa.dropped, *qb.dropped, *(base.dropped if base is not None else [])]))
    out.notes = [*whole.notes, f"「{said_a}」と「{said_b}」の条件を「{_SAID[rule.op].format(a='前者', b='後者')}」として組み合わせました"]
    out.understood_anything = True
    return out


def _unsure(whole: Query, op: str) -> Query:
    """The question read whole, with the operation it could not apply said unused (the answer is partial)."""
    whole.conditions = [c for c in whole.conditions if not (c.field == "text" and c.value in _OPERATION_WORDS)]
    said = {"xor": "どちらか一方だけ", "or": "どちらか", "and_not": "触れていない"}[op]
    if said not in whole.unused:
        whole.unused.append(said)
    return whole
