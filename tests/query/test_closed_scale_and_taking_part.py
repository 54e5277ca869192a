"""The rules that read a value of a document's own scale of words (closed_value: 委員会の判定 十分 / 概ね十分 /
やや不十分 / 不十分, read from the index) and a municipality's part in a joint project (municipality_takes_part),
over a lexicon that holds such values and towns, as an index of those documents gives it."""
from __future__ import annotations

import pytest

from assistant.query.grammar import all_rules
from assistant.query.lexicon import Lexicon
from tests.query.test_grammar_rules import produce

_LEX = Lexicon(kinds={"initiative", "joint_project"},
               columns={"initiative": {"code", "judgement"}, "joint_project": {"code", "departments"}},
               municipalities={"桜山町", "竹野村"},
               closed_values={"judgement": {"十分", "概ね十分", "やや不十分", "不十分"}}, scale=())
_RULES = {r.name: r for r in all_rules()}


@pytest.mark.parametrize("fragment, expected", [
    ("委員会の判定が十分だった", [("judgement", "=", "十分")]),
    ("判定が不十分の", [("judgement", "=", "不十分")]),
    ("委員会判定が概ね十分なのは", [("judgement", "=", "概ね十分")]),
    ("委員会の判定が「やや不十分」か「不十分」だった", [("judgement", "in", ["やや不十分", "不十分"])]),
    ("「概ね十分」と判定された", [("judgement", "=", "概ね十分")]),
    ("委員会の判定が十分ではない", [("judgement", "!=", "十分")]),
    ("委員会の判定が良好", None),  # no value of the index's scale
])
def test_closed_value(fragment, expected):
    got = produce(_RULES["closed_value"], fragment, _LEX)
    assert (got or {}).get("conditions") == expected if expected else got is None


@pytest.mark.parametrize("fragment, expected", [
    ("竹野村が参加していない", [("departments", "city_empty", "竹野村")]),
    ("竹野村は参加してない", [("departments", "city_empty", "竹野村")]),
    ("桜山町も参加している", [("departments", "city_not_empty", "桜山町")]),
    # (both said after the particle, and the verb joined to what follows: 「…はどちらも参加しているのに」)
    ("桜山町と竹野村はどちらも参加している", [("departments", "city_not_empty", "桜山町"), ("departments", "city_not_empty", "竹野村")]),
    ("桜山町と竹野村が参加していて", [("departments", "city_not_empty", "桜山町"), ("departments", "city_not_empty", "竹野村")]),
    ("松本市が参加していない", None),  # a town no joint-projects table heads
])
def test_municipality_takes_part(fragment, expected):
    got = produce(_RULES["municipality_takes_part"], fragment, _LEX)
    assert (got or {}).get("conditions") == expected if expected else got is None
