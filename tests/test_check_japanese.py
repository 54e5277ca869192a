"""`gyokaku check` names each copy in Japanese and shows values as text, readable at 80 columns."""
from __future__ import annotations

import json

import pytest
from rich.cells import cell_len

from tests.conftest import run_cli

INTERNAL = ("main_list", "appendix_list", "section_1", "progress_sheet", "department_city", "same_name_elsewhere",
            "column_position", "shifted_column", "['", "[\"", "{'")


@pytest.mark.parametrize("width", [80, 120])
def test_check_shows_japanese_names_and_plain_values(index_path, width):
    r = run_cli("check", "--index", str(index_path), env={"COLUMNS": str(width)})
    assert r.returncode == 0, r.stderr
    leaks = [w for w in INTERNAL if w in r.stdout]
    assert not leaks, leaks
    assert all(cell_len(line) <= width for line in r.stdout.splitlines())
    assert "担当部署の市町村" in r.stdout and "同じ部署名のある別の行" in r.stdout
    assert "本編の実践項目別一覧" in r.stdout
    rows = json.loads(run_cli("check", "--json", "--index", str(index_path)).stdout)
    conflicts = [c for c in rows if c["type"] == "conflict"]
    assert f"資料間の食い違い（{len(conflicts)}件）" in r.stdout
    n17 = next(c for c in conflicts if c["record"] == "practice:N17" and c["field"] == "efficiency")
    block = r.stdout.split("実践項目 N17", 1)[1].split("■", 1)[0]
    for copy in n17["copies"]:
        assert f"{copy['line']}行目" in block


def test_check_json_keeps_internal_names_and_adds_labels(index_path):
    rows = json.loads(run_cli("check", "--json", "--index", str(index_path)).stdout)
    copy = next(c for c in rows if c["type"] == "conflict" and c["field"] == "department_city")["copies"][0]
    assert copy["where"] == "same_name_elsewhere" and copy["where_label"] == "同じ部署名のある別の行"
    assert not any(w in row["values"] for row in rows if row["type"] == "conflict" for w in INTERNAL)
