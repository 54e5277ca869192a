"""The 釧路市 plan report of made13 (a DOCX in another edition's layout: 1-1 practice numbers, theme
columns, plain committee lines, an abridged appendix) is read as a plan report, and its author's
questions about it (m13-001 … m13-035, answered from the document by make_questions.py) pass when
held with the shipped corpus in one index.

The questions listed in ENGINE are answered from the right records but fail for reasons outside the
loader; they are run too, and one that starts passing is reported so it can leave the list."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.scoring import EVAL, assert_no_regressions, load_questions

MADE13 = Path(__file__).parent / "made13"
REPORT = "kushiro_gyosei_keiei_plan_ikensho_R12.docx"
IDS = {f"m13-{n:03d}" for n in range(1, 36)}
ENGINE = {
    # The shipped report holds initiative:1 … 21, so the store keeps this report's initiatives as
    # initiative:N@<file> (build._unique_keys); the scorer compares the bare number.
    "m13-020": "initiative keys carry @file",
    "m13-021": "initiative keys carry @file",
    "m13-023": "initiative keys carry @file",
    "m13-024": "initiative keys carry @file",
    "m13-025": "initiative keys carry @file",
    # 「新たに加わった」 is read as a code starting with N (the shipped report's numbering); the items
    # carry their 【R9新規】 mark in `tags`.
    "m13-019": "new items read as N codes",
    # 「職員課」 is not found as a department (read as 人員): answered partial.
    "m13-030": "職員課 not a department entity",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    from assistant.store.build import build_index

    path = tmp_path_factory.mktemp("made13") / "gyokaku.db"
    build_index([CORPUS, MADE13 / "docs"], path)
    return path


def test_the_report_is_read_as_a_plan_report(index):
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        kind, = db.execute("SELECT kind FROM documents WHERE source LIKE ?", (f"%{REPORT}",)).fetchone()
        practices = db.execute("SELECT count(*) FROM practice WHERE source LIKE ?", (f"%{REPORT}",)).fetchone()[0]
        initiatives = db.execute("SELECT count(*) FROM initiative WHERE source LIKE ?", (f"%{REPORT}",)).fetchone()[0]
        sheets = db.execute("SELECT code FROM sheet WHERE source LIKE ? ORDER BY code", (f"%{REPORT}",)).fetchall()
    assert kind == "plan_report"
    assert (practices, initiatives) == (25, 8)
    assert [c for c, in sheets] == ["1-1", "2-3", "8-1"]


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/tools/eval_questions.py not present")
def test_its_questions_pass(index, tmp_path):
    questions = [q for q in load_questions(MADE13 / "questions.jsonl") if q["id"] in IDS]
    assert {q["id"] for q in questions} == IDS
    path = tmp_path / "m13_plan_report.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for q in questions:
            if q["id"] in ENGINE:
                q = {**q, "known_failure": True, "known_failure_reason": ENGINE[q["id"]]}
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    assert_no_regressions(path, index)
