"""Documents of other municipalities that no loader was written for (tests/questions/made/docs/, written by
make_documents.py in five formats), held in one index together with the shipped corpus as an office would
hold them, and asked the questions of tests/questions/made/questions.jsonl through the real CLI.

The questions were written and answered by reading the made documents, without running the engine; each
says in `derivation` where its answer stands. Every question without `"known_failure": true` must pass; a
known failure that starts passing is reported so the flag can be removed (it does not fail the test).
"""
from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, SHARED

MADE = Path(__file__).parent / "made"
DOCS = MADE / "docs"
QUESTIONS = MADE / "questions.jsonl"
EVAL = SHARED / "tools" / "eval_questions.py"
MADE_FILES = sorted(p.name for p in DOCS.iterdir() if p.is_file())


def _questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def made_index(tmp_path_factory):
    """One real index of the shipped corpus and the made documents together."""
    from assistant.store.build import build_index

    corpus = SHARED / "corpus" if (SHARED / "corpus").is_dir() else CORPUS
    path = tmp_path_factory.mktemp("made") / "gyokaku.db"
    summary = build_index([corpus, DOCS], path)
    return path, summary


def test_made_documents_cover_five_formats():
    assert {Path(name).suffix for name in MADE_FILES} == {".xlsx", ".pdf", ".docx", ".html", ".txt"}
    for name in MADE_FILES:
        assert (DOCS / name).stat().st_size < 200_000, name


def test_every_made_file_is_ingested(made_index):
    path, summary = made_index
    skipped = [str(s) for s in summary.skipped]
    assert not [s for s in skipped if any(name in s for name in MADE_FILES)], skipped
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = {Path(source).name: (n_records, n_passages)
            for source, n_records, n_passages in db.execute("SELECT source, n_records, n_passages FROM documents")}
    db.close()
    for name in MADE_FILES:
        assert name in rows, f"{name} is not in the index: {sorted(rows)}"
        assert rows[name][1] > 0, f"{name} gave no passages"


def test_made_questions_are_well_formed():
    questions = _questions()
    ids = [q["id"] for q in questions]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len([q for q in questions if len(q["turns"]) > 1]) >= 12, "too few follow-up questions"
    for q in questions:
        assert set(q) >= {"id", "turns", "target", "expect", "answer", "why", "derivation"}, q["id"]
        assert q["expect"] in {"set", "ordered", "count", "value", "contains"}, q["id"]
        assert isinstance(q["turns"], list) and all(isinstance(t, str) and t for t in q["turns"]), q["id"]
        if q.get("known_failure"):
            assert q.get("known_failure_reason"), f"{q['id']}: a known failure says what the engine did wrong"


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/tools/eval_questions.py not present")
def test_made_questions_no_regressions(made_index):
    path, _ = made_index
    questions = _questions()
    known = {q["id"] for q in questions if q.get("known_failure")}
    cmd = f"{sys.executable} -m assistant"
    out = subprocess.run([sys.executable, str(EVAL), str(QUESTIONS), "--cmd", cmd, "--index", str(path), "--verbose"],
                         capture_output=True, text=True, encoding="utf-8", timeout=600, cwd=ROOT)
    assert "score:" in out.stdout, out.stdout + out.stderr
    status = {}
    for line in out.stdout.splitlines():
        m = re.match(r"^(PASS|FAIL) (\S+) ", line)
        if m:
            status[m.group(2)] = m.group(1)
    missing = [q["id"] for q in questions if q["id"] not in status]
    assert not missing, f"no verdict for {missing}\n{out.stdout}{out.stderr}"
    regressions = [line for line in out.stdout.splitlines()
                   if line.startswith("FAIL ") and line.split()[1] not in known]
    assert not regressions, "questions that should pass now fail:\n" + "\n".join(regressions)
    fixed = sorted(i for i in known if status.get(i) == "PASS")
    if fixed:
        print("known failures now passing (remove the flag):", ", ".join(fixed))
