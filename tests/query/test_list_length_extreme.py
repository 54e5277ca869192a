"""「テーマの○の数が一番多い取組項目はどれ？同数なら全部。」: the records whose list (テーマ, 担当部署) holds the most
(fewest) values, every one tied (grammar list_length_extreme; the executor reads the extreme among the records the
other conditions leave). Before, 一番多い read a score's maximum and dropped the list said."""
from __future__ import annotations

import json

from tests.conversation_helpers import ask


def _keys(answer) -> set[str]:
    return {str(r.get("key")) for r in answer.rows}


def _by_length(db, table: str, field: str, keep=lambda values: True) -> dict[str, int]:
    out = {}
    for r in db.query(f"SELECT key, [{field}] AS v FROM [{table}]"):
        values = json.loads(r["v"]) if r["v"] and str(r["v"]).startswith("[") else ([r["v"]] if r["v"] else [])
        if keep(values):
            out[r["key"]] = len(values)
    return out


def test_most_themes_gives_every_tied_record(assistant, db):
    lengths = _by_length(db, "initiative", "themes")
    want = {k for k, n in lengths.items() if n == max(lengths.values())}
    assert len(want) >= 2  # (a tie: every one is asked for)
    answer = ask(assistant, "テーマの○の数が一番多い取組項目はどれ？同数なら全部。")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _keys(answer) == want, answer.summary
    assert not any(c.get("field") == "committee_score" for c in answer.understood), answer.understood


def test_fewest_among_the_records_other_conditions_leave(assistant, db):
    lengths = _by_length(db, "initiative", "themes", keep=lambda values: "人材" in values)
    want = {k for k, n in lengths.items() if n == max(lengths.values())}
    answer = ask(assistant, "テーマに人材が入っている取組項目で、テーマの数が一番多いのは？")
    assert _keys(answer) == want, answer.summary
    lengths = _by_length(db, "initiative", "themes")
    fewest = {k for k, n in lengths.items() if n == min(lengths.values())}
    assert _keys(ask(assistant, "テーマの数が一番少ない取組項目")) == fewest
