"""The real `gyokaku` command: ingest, check, export, ask (JSON contract, batch), help texts."""
from __future__ import annotations

import json

import click
import pytest

from assistant.cli_commands import main
from tests.conftest import CORPUS, run_cli


def test_every_command_has_help_text():
    for name, command in main.commands.items():
        assert command.help and command.help.strip(), name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"


def test_ingest_prints_summary_and_builds(tmp_path):
    idx = tmp_path / "i.db"
    r = run_cli("ingest", str(CORPUS), "--index", str(idx))
    assert r.returncode == 0, r.stderr
    assert "実践項目 (practice)" in r.stderr and "95" in r.stderr and "秒" in r.stderr
    again = run_cli("ingest", str(CORPUS), "--index", str(idx))
    assert "変更なし 5 件" in again.stderr


def test_a_quiet_ingest_runs_as_the_click_command_does(tmp_path):
    """`gyokaku ingest --quiet` with only paths and --index is run without click (cli.py): the same
    index, exit status and error message; any other option goes to the click command."""
    from click.testing import CliRunner

    from assistant.cli import _plain_quiet_ingest

    idx = tmp_path / "q.db"
    assert _plain_quiet_ingest(["ingest", "-q", str(CORPUS), "--index", str(idx)]) == ([str(CORPUS)], str(idx))
    for other in (["--index=x.db"], ["--index"], ["--", "x"], ["--verbose"]):
        assert _plain_quiet_ingest(["ingest", "--quiet", str(CORPUS), *other]) is None, other
    assert _plain_quiet_ingest(["ingest", str(CORPUS)]) is None and _plain_quiet_ingest(["ask", "-q"]) is None
    r = run_cli("ingest", "--quiet", str(CORPUS), "--index", str(idx))
    assert r.returncode == 0 and not r.stdout and not r.stderr, r.stderr
    assert run_cli("ask", "--json", "--index", str(idx), "納税課の実践項目").returncode == 0
    folder = tmp_path / "folder.db"
    folder.mkdir()
    plain = run_cli("ingest", "--quiet", str(CORPUS), "--index", str(folder))
    by_click = CliRunner().invoke(main, ["ingest", "--quiet", str(CORPUS), "--index", str(folder)])
    assert plain.returncode == by_click.exit_code == 1 and plain.stderr == by_click.output != ""
    assert run_cli("ingest", "--quiet", str(tmp_path / "none"), "--index", str(idx)).returncode == 1


def test_check_lists_conflicts_with_both_lines(index_path):
    r = run_cli("check", "--json", "--index", str(index_path))
    rows = json.loads(r.stdout)
    by = {(c["record"], c["field"]): c for c in rows}
    n17 = by["practice:N17", "efficiency"]
    assert n17["chosen"] == 3 or n17["chosen"] == "3"
    assert {c["line"] for c in n17["copies"]} >= {199, 895}
    assert by["practice:20", "r5"]["chosen"] == "B"
    assert by["practice:60", "overall"]["chosen"] == "A"
    assert "ゼロカーボン推進室" in json.dumps(by["practice:N2", "departments"]["chosen"], ensure_ascii=False)
    table = run_cli("check", "--index", str(index_path))
    assert table.returncode == 0 and "N17" in table.stdout


def test_export_practice_json_has_all_95_with_stable_fields(index_path):
    r = run_cli("export", "practice", "--format", "json", "--index", str(index_path))
    items = json.loads(r.stdout)
    assert len(items) == 95
    fields = {"code", "initiative", "title", "tags", "departments", "r2", "r3", "r4", "r5", "progress",
              "collaboration", "efficiency", "creativity", "total", "overall", "ended", "ended_month", "themes"}
    assert fields <= set(items[0])
    n16 = next(i for i in items if i["code"] == "N16")
    assert n16["overall"] == "C" and n16["departments"] == ["(財)納税課"]


def test_export_initiative_json(index_path):
    items = json.loads(run_cli("export", "initiative", "--format", "json", "--index", str(index_path)).stdout)
    assert len(items) == 22
    assert {"no", "title", "themes", "n_practice", "committee_score", "self_overall"} <= set(items[0])


def test_a_plain_ask_answers_as_the_click_command_does(index_path):
    """`gyokaku ask` with only questions, --json and --index is answered without click (cli.py); any
    other option goes to the click command, and both give the same answers."""
    from click.testing import CliRunner

    from assistant.cli import _plain_ask

    questions = ["納税課の実践項目", "総合評価がCのものは？"]
    plain = run_cli("ask", *questions, "--index", str(index_path), "--json")
    assert _plain_ask(["ask", *questions, "--index", str(index_path), "--json"]) == (questions, str(index_path), True)
    by_click = CliRunner().invoke(main, ["ask", "--json", "--index", str(index_path), *questions])
    assert plain.returncode == by_click.exit_code == 0, plain.stderr
    assert json.loads(plain.stdout) == json.loads(by_click.output)
    for other in (["--explain"], ["--index=x.db"], ["--index"], ["--", "-1"], ["--cards"]):
        assert _plain_ask(["ask", "R4に終了した実践項目", *other]) is None, other
    assert _plain_ask(["ask", "--json"]) is None and _plain_ask(["check"]) is None


def test_ask_json_contract(index_path):
    r = run_cli("ask", "--json", "--index", str(index_path), "納税課の実践項目", "総合評価がCのものは？")
    answers = json.loads(r.stdout)
    assert len(answers) == 2
    last = answers[1]
    for key in ("question", "target", "understood", "summary", "count", "value", "rows", "excerpts", "error"):
        assert key in last
    assert [row["key"] for row in last["rows"]] == ["practice:N16"]
    assert all({"field", "op", "value", "label"} <= set(c) for c in last["understood"])


def test_ask_explain_adds_query_and_sql(index_path):
    r = run_cli("ask", "--explain", "--index", str(index_path), "R4に終了した実践項目")
    a = json.loads(r.stdout)[0]
    assert a["query"]["target"] == "practice" and "SELECT" in a["sql"][0]


def test_batch_survives_bad_lines(index_path, tmp_path):
    f = tmp_path / "b.jsonl"
    f.write_text('{"id": 1, "turns": ["R4に終了した実践項目"]}\nnot json\n{"id": 3}\n'
                 '{"id": 4, "turns": ["\\"NEAR(", "そのうち"]}\n', encoding="utf-8")
    r = run_cli("ask", "--batch", str(f), "--index", str(index_path))
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == [1, 2, 3, 4]
    assert lines[1]["answers"][0]["error"] and lines[2]["answers"][0]["error"]
    assert len(lines[3]["answers"]) == 2


def test_missing_index_says_what_to_do(tmp_path):
    r = run_cli("ask", "--index", str(tmp_path / "none.db"), "R4")
    assert r.returncode != 0 and "gyokaku ingest" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("env_index", [True])
def test_index_from_environment(index_path, env_index):
    r = run_cli("ask", "--json", "No.17の委員評価は？", env={"GYOKAKU_INDEX": str(index_path)})
    assert json.loads(r.stdout)[0]["value"] == 4.6
