"""The 美幌町 plan report of made16 (a PDF of an abridged edition: no progress sheets, no section II,
section I with a テーマ line of (参考) figures and 委員評価 X.X /5 on a line of its own) is read as a plan
report, and its author's questions about it (m16-001 … m16-043, answered from the document by
make_questions.py) pass when held with the shipped corpus in one index."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.scoring import EVAL, assert_no_regressions, load_questions

MADE16 = Path(__file__).parent / "made16"
REPORT = "bihoro_gyozaisei_plan_ikensho_R12.pdf"
IDS = {f"m16-{n:03d}" for n in range(1, 44)}


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    from assistant.store.build import build_index

    path = tmp_path_factory.mktemp("made16") / "gyokaku.db"
    build_index([CORPUS, MADE16 / "docs"], path)
    return path


def test_the_report_is_read_as_a_plan_report(index):
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        def count(table: str) -> int:
            return db.execute(f"SELECT count(*) FROM {table} WHERE source LIKE ?", (f"%{REPORT}",)).fetchone()[0]

        kind, = db.execute("SELECT kind FROM documents WHERE source LIKE ?", (f"%{REPORT}",)).fetchone()
        counts = {t: count(t) for t in ("practice", "initiative", "comment", "grade", "sheet", "conflicts")}
    assert kind == "plan_report"
    assert counts == {"practice": 25, "initiative": 8, "comment": 18, "grade": 100, "sheet": 0, "conflicts": 0}


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/tools/eval_questions.py not present")
def test_its_questions_pass(index, tmp_path):
    questions = [q for q in load_questions(MADE16 / "questions.jsonl") if q["id"] in IDS]
    assert {q["id"] for q in questions} == IDS
    path = tmp_path / "m16_plan_report.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for q in questions:
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    assert_no_regressions(path, index)
