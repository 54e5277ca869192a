"""scripts/bench --only ask_x100 and --only tui: the figures alone, in bench's own output format."""
from __future__ import annotations

import json

from assistant.bench import main
from tests.conftest import SHARED


def test_only_the_scaled_ask_figures_are_measured_and_the_index_is_kept(tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    lines = (SHARED / "questions" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kept = tmp_path / "x2.db"
    out = tmp_path / "figures.json"
    argv = ["--only", "ask_x100", "--scale", "2", "--questions", str(questions),
            "--scaled-index", str(kept), "--json", str(out)]
    assert main(argv) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures) == {"ask_p50_ms_x2", "ask_p95_ms_x2", "ask_p95_cpu_ms_x2"}
    assert 0 < figures["ask_p50_ms_x2"] <= figures["ask_p95_ms_x2"]
    assert 0 < figures["ask_p95_cpu_ms_x2"]  # the same turns in CPU time: what a crowded machine leaves alone
    printed = capsys.readouterr()
    assert "ask_p95_ms_x2:" in printed.out and "# ask ×2: 3 turns of 3 questions" in printed.out
    assert kept.exists() and "10 files read, 0 unchanged" in printed.err
    assert main(argv) == 0  # the kept index is reused: no file is read again
    assert "0 files read, 10 unchanged" in capsys.readouterr().err


def test_only_the_tui_first_answer_is_measured(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert main(["--only", "tui", "--runs", "2", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures) == {"tui_first_answer_ms", "tui_first_answer_cold_ms"}
    assert 0 < figures["tui_first_answer_ms"] < figures["tui_first_answer_cold_ms"]  # the cold one imports the app
    printed = capsys.readouterr().out
    assert "tui_first_answer_ms:" in printed and "detected by screen" in printed  # the summary was read on screen
