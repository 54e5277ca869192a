"""The shared question sets pass through the real CLI (`gyokaku ask --batch`), scored by the shared tool."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import SHARED

# The open examples of the next cycle's kinds of questions (questions/next/) must pass as well.
QUESTIONS = (sorted((SHARED / "questions").glob("*.jsonl")) + sorted((SHARED / "questions" / "next").glob("*.jsonl"))
             if SHARED.exists() else [])
EVAL = SHARED / "tools" / "eval_questions.py"


@pytest.mark.skipif(not QUESTIONS or not EVAL.exists(), reason="../shared/questions not present")
def test_shared_question_sets_all_pass(index_path):
    cmd = f"{sys.executable} -m assistant"
    out = subprocess.run([sys.executable, str(EVAL), *map(str, QUESTIONS), "--cmd", cmd, "--index", str(index_path)],
                         capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "score:" in out.stdout and "100.0%" in out.stdout, out.stdout
