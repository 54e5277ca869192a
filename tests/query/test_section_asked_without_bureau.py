"""「いちばん多い課はどこ」 asks the section's own name: the bureau mark the report prints before it
((総)行政監理室) is not part of the section's name; 「部署」 asks the department as printed."""
from __future__ import annotations

import json
import re
from collections import Counter

from tests.conversation_helpers import ask


def _busiest(db) -> str:
    counts: Counter[str] = Counter()
    for (deps,) in db.execute("SELECT departments FROM practice"):
        for d in json.loads(deps or "[]"):
            counts[d] += 1
    return counts.most_common(1)[0][0]


def test_the_section_asked_is_named_without_its_bureau_mark(assistant, db):
    printed = _busiest(db)
    assert re.match(r"^[(（]", printed)  # (the shipped report prints a bureau mark before each section)
    answer = ask(assistant, "担当している実践項目がいちばん多い課はどこ？")
    assert answer.status == "exact"
    assert answer.value == re.sub(r"^[(（][^)）]+[)）]", "", printed)


def test_the_department_asked_is_named_as_printed(assistant, db):
    answer = ask(assistant, "実践項目をいちばん多く担当している部署はどこ？")
    assert answer.status == "exact" and answer.value == _busiest(db)
