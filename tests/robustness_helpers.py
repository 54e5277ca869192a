"""Helpers shared by the robustness tests (tests/test_robustness_*.py) and scripts/soak.

Faults are injected from outside, as they happen to users: real processes killed with SIGKILL,
real files damaged on disk, real write limits (RLIMIT_FSIZE) — never by patching our own code.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

# Questions whose answers are compared before and after a fault (cover records, text search, counts).
PROBE_QUESTIONS = [
    "R4に終了した実践項目",
    "ふるさと納税に触れた委員の意見",
    "部署別の実践項目の件数",
    "介護保険課が担当している連携事業は？",
    "デジタル",
]

_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def cli_env(**extra: str) -> dict[str, str]:
    # Wide terminal so rich never folds a path or a message across lines; no colour codes.
    env = {**os.environ, "COLUMNS": "400", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    env.update(extra)
    return env


def cli(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """`python -m assistant ARGS` in a subprocess, as users run it."""
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", env=cli_env(), cwd=ROOT, timeout=timeout, **kwargs)


def popen_cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=cli_env(), cwd=ROOT, **kwargs)


def fsize_limit(limit: int):
    """A preexec_fn: writes beyond `limit` bytes fail with EFBIG, as on a full disk."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def assert_clean_failure(result: subprocess.CompletedProcess, *needles: str) -> None:
    """Non-zero exit, a Japanese message (containing every needle), and no traceback."""
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "Traceback" not in out, out
    assert _JAPANESE.search(result.stderr), out
    for needle in needles:
        assert needle in out, (needle, out)


def ask_json(index: Path, questions: list[str] = PROBE_QUESTIONS) -> list[dict]:
    """The answers of `gyokaku ask --json` (one conversation per question, as separate runs would be
    cheaper to compare but slower: the questions are independent, none is a follow-up)."""
    r = cli("ask", "--index", str(index), "--json", *questions)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return json.loads(r.stdout)


def documents(index: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT source FROM documents")}
    finally:
        conn.close()


def temps(index: Path) -> list[Path]:
    return sorted(index.parent.glob(index.name + ".building-*"))


def copy_corpus(dst: Path, copies: int, corpus: Path = CORPUS) -> Path:
    """The shipped documents `copies` times under distinct names (c<n>_<name>)."""
    dst.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for f in sorted(corpus.glob("*.txt")):
            shutil.copyfile(f, dst / f"c{n}_{f.name}")
    return dst


def _plan_report_lines() -> list[str]:
    return (CORPUS / "002_388add96d06013c9.txt").read_text(encoding="utf-8").split("\n")


def _summary_row_numbered_superscript() -> str:
    """A summary-table row numbered '²' instead of '3' (a converter artefact): str.isdigit() accepts
    it, int() does not (plan_report_lists.parse_initiative_summary)."""
    lines = _plan_report_lines()
    row = next(i for i, line in enumerate(lines) if line.startswith("3\t市立病院の経営健全化"))
    lines[row] = "²" + lines[row][1:]
    return "\n".join(lines)


def _score_cell_ethiopic_digit() -> str:
    """A practice-list score cell '፩' (Ethiopic one): isdigit() but not int() (plan_report_cells.score)."""
    lines = _plan_report_lines()
    row = next(i for i, line in enumerate(lines) if line.split("\t")[:2] == ["1", "No.1"])
    cells = lines[row].split("\t")
    cells[8] = "፩"
    lines[row] = "\t".join(cells)
    return "\n".join(lines)


CRASH_CANDIDATES = (_summary_row_numbered_superscript, _score_cell_ethiopic_digit)


def plan_report_crash_text() -> str | None:
    """A crafted document that makes a loader raise something other than DocumentError (a parser
    bug, reported to the lead), or None once every known one is fixed — then find a new one with
    `scripts/soak --only parsers --keep DIR`."""
    from assistant.kinds import registry as loaders
    from assistant.errors import DocumentError

    for make in CRASH_CANDIDATES:
        text = make()
        try:
            loaders.parse(text, "plan_crash.txt")
        except DocumentError:
            continue
        except Exception:  # noqa: BLE001 - exactly what we are looking for
            return text
    return None
