"""`gyokaku ask --format … -o …` and `gyokaku export …` as users run them (subprocess)."""
from __future__ import annotations

import csv
import io
import json

import openpyxl

from tests.conftest import run_cli
from tests.export_helpers import read_csv


def test_ask_csv_to_file(index_path, tmp_path):
    out = tmp_path / "終了.csv"
    r = run_cli("ask", "--index", str(index_path), "R4に終了した実践項目", "--format", "csv", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "書き出しました" in r.stderr
    rows = read_csv(out)
    assert rows[0][:2] == ["キー", "番号"] and rows[0][-2:] == ["出典", "行"]
    assert len(rows) > 1 and all(row[0].startswith("practice:") for row in rows[1:])
    assert all(row[rows[0].index("取組終了")] == "R4" for row in rows[1:])


def test_existing_path_without_force_fails(index_path, tmp_path):
    out = tmp_path / "a.csv"
    out.write_text("keep", encoding="utf-8")
    r = run_cli("ask", "--index", str(index_path), "R4に終了した実践項目", "--format", "csv", "-o", str(out))
    assert r.returncode != 0
    assert "既にあります。上書きするには --force を付けてください" in r.stderr
    assert out.read_text(encoding="utf-8") == "keep"
    r = run_cli("ask", "--index", str(index_path), "R4に終了した実践項目", "--format", "csv", "-o", str(out),
                "--force")
    assert r.returncode == 0, r.stderr
    assert read_csv(out)[0][0] == "キー"


def test_missing_folder_message(index_path, tmp_path):
    out = tmp_path / "存在しないフォルダ" / "a.md"
    r = run_cli("ask", "--index", str(index_path), "R4に終了した実践項目", "--format", "md", "-o", str(out))
    assert r.returncode != 0
    assert "存在しないフォルダ" in r.stderr and "がありません" in r.stderr
    assert "Traceback" not in r.stderr


def test_xlsx_to_terminal_is_refused(index_path):
    r = run_cli("ask", "--index", str(index_path), "R4に終了した実践項目", "--format", "xlsx")
    assert r.returncode != 0
    assert "-o" in r.stderr and "Traceback" not in r.stderr


def test_ask_markdown_and_json_to_stdout(index_path):
    r = run_cli("ask", "--index", str(index_path), "ふるさと納税に触れた委員の意見", "--format", "md")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# ふるさと納税に触れた委員の意見") and "## 抜粋" in r.stdout
    r = run_cli("ask", "--index", str(index_path), "部署別の実践項目の件数", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["columns"] == ["group", "count"] and data["rows"]


def test_export_practice_xlsx_japanese_name(index_path, tmp_path):
    r = run_cli("export", "practice", "--index", str(index_path), "--format", "xlsx", "-o", "実践項目.xlsx",
                cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(tmp_path / "実践項目.xlsx")
    ws = wb["回答"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "キー"
    assert len(rows) - 1 == 95
    assert wb["条件"]["B2"].value == "practice"


def test_export_where_csv_to_stdout(index_path):
    r = run_cli("export", "practice", "--index", str(index_path), "--where", "R4に終了", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert not r.stdout.startswith("\ufeff")  # no BOM on a stream
    rows = list(csv.reader(io.StringIO(r.stdout, newline="")))
    ended = rows[0].index("取組終了")
    assert len(rows) > 1 and all(row[ended] == "R4" for row in rows[1:])


def test_export_cp932_keys(index_path, tmp_path):
    out = tmp_path / "cp.csv"
    r = run_cli("export", "practice", "--index", str(index_path), "--format", "csv", "-o", str(out),
                "--encoding", "cp932", "--keys")
    assert r.returncode == 0, r.stderr
    rows = read_csv(out, "cp932")
    assert rows[0][:3] == ["key", "code", "initiative"]
    assert len(rows) == 96


def test_ask_conflicts_csv(index_path, tmp_path):
    out = tmp_path / "食い違い.csv"
    r = run_cli("ask", "--index", str(index_path), "資料の食い違い", "--format", "csv", "-o", str(out))
    assert r.returncode == 0, r.stderr
    rows = read_csv(out)
    assert rows[0] == ["キー", "記録", "項目", "採用値", "各所の値", "出典", "行"]
    assert len(rows) > 1


def test_export_conflicts(index_path, tmp_path):
    out = tmp_path / "食い違い.csv"
    r = run_cli("export", "conflicts", "--index", str(index_path), "--format", "csv", "-o", str(out))
    assert r.returncode == 0, r.stderr
    rows = read_csv(out)
    assert rows[0][0] == "キー" and rows[0][-2:] == ["出典", "行"]
    r = run_cli("export", "conflicts", "--index", str(index_path), "--format", "md")
    assert r.returncode == 0, r.stderr
    assert "食い違い" in r.stdout


def test_export_unknown_kind(index_path):
    r = run_cli("export", "nothing", "--index", str(index_path), "--format", "csv")
    assert r.returncode != 0 and "nothing" in r.stderr
