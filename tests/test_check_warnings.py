"""`gyokaku check` names the copies a report lacks and the rows its conversion damaged, at their lines,
in Japanese (a made edition of the shipped plan report: appendix list left out, one sheet row cut)."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import CORPUS, run_cli

SOURCE = "002_388add96d06013c9.txt"
T = "\t"


@pytest.fixture(scope="module")
def damaged_index(tmp_path_factory) -> tuple[Path, int]:
    """An index of one made edition; returns it and the 1-based line of the cut sheet row."""
    folder = tmp_path_factory.mktemp("edition")
    lines = (CORPUS / SOURCE).read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("行政創革プラン取組項目・実践項目一覧"))
    end = next(i for i in range(start, len(lines)) if re.match(r"^No\.\d+ \S", lines[i]))
    lines = lines[:start] + lines[end:]
    title = next(i for i, line in enumerate(lines) if line.startswith("実践項目" + T + "市税のキャッシュレス化"))
    row = next(i for i in range(title, len(lines)) if lines[i].startswith("総合評価" + T))
    cells = lines[row].split(T)
    lines[row:row + 1] = [T.join(cells[:4]), T.join(cells[4:])]
    (folder / "report.txt").write_text("\n".join(lines), encoding="utf-8")
    index = folder / "gyokaku.db"
    r = run_cli("ingest", "-q", str(folder), "--index", str(index))
    assert r.returncode == 0, r.stderr
    return index, row + 1


def test_the_index_keeps_the_warnings(damaged_index):
    index, line = damaged_index
    conn = sqlite3.connect(index)
    rows = conn.execute("SELECT line, kind, record, note FROM warnings ORDER BY line").fetchall()
    assert (0, "absent_copy") in {(r[0], r[1]) for r in rows}
    assert (line, "repaired_row", "practice:19") in {(r[0], r[1], r[2]) for r in rows}
    # The cut row did not put a wrong grade in: 19's last year is '-', as the other copies print it.
    assert conn.execute("SELECT r5 FROM practice WHERE code = '19'").fetchone()[0] == "-"
    assert conn.execute("SELECT grade FROM grade WHERE code = '19-R5'").fetchone()[0] == "-"


def test_check_names_absent_copies_and_cut_rows(damaged_index):
    index, line = damaged_index
    r = run_cli("check", "--json", "--index", str(index))
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    warnings = [w for w in rows if w["type"] == "warning"]
    assert any(w["kind"] == "absent_copy" and "資料編の実践項目一覧がありません" in w["note"] for w in warnings)
    cut = next(w for w in warnings if w["kind"] == "repaired_row")
    assert cut["line"] == line and cut["record"] == "practice:19" and "分断" in cut["note"]
    table = run_cli("check", "--index", str(index), env={"COLUMNS": "200"})
    assert table.returncode == 0
    assert "読み取りの注意" in table.stdout and f"{line}行目" in table.stdout and "写しがない" in table.stdout


def test_check_on_the_shipped_corpus_has_no_warnings(index_path):
    r = run_cli("check", "--index", str(index_path))
    assert r.returncode == 0 and "読み取りの注意はありません" in r.stdout
