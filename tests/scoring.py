"""A question set run through the real CLI and scored by the shared tool (../shared/tools/eval_questions.py):
every question without `"known_failure": true` must pass; a known failure that starts passing is reported
so the flag can be removed (it does not fail the test)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SHARED

EVAL = SHARED / "tools" / "eval_questions.py"


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_no_regressions(path: Path, index: Path) -> None:
    questions = load_questions(path)
    known = {q["id"] for q in questions if q.get("known_failure")}
    cmd = f"{sys.executable} -m assistant"
    out = subprocess.run([sys.executable, str(EVAL), str(path), "--cmd", cmd, "--index", str(index), "--verbose"],
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
