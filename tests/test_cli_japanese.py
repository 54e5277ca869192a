"""Everything click itself prints in `gyokaku` (help, usage, errors) is Japanese."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from assistant.cli_commands import main
from tests.conftest import run_cli

ENGLISH = ("Show this message", "Usage:", "Options:", "Commands:", "Error:", "Missing argument", "No such option",
           "Try '", "for help", "is not one of", "Invalid value", "[OPTIONS]", "COMMAND", "PATH", "TEXT", "KIND",
           "requires an argument")


def assert_japanese(text: str) -> None:
    leaks = [word for word in ENGLISH if word in text]
    assert not leaks, (leaks, text)


@pytest.mark.parametrize("args", [["--help"], ["ask", "--help"], ["export", "--help"], ["check", "--help"],
                                  ["ingest", "--help"], ["tui", "--help"]])
def test_help_is_japanese(args):
    result = CliRunner().invoke(main, args, terminal_width=80)
    assert result.exit_code == 0
    assert_japanese(result.output)
    assert "使い方:" in result.output and "このヘルプを表示して終了します。" in result.output


@pytest.mark.parametrize("args, says", [
    (["export"], "引数の指定がありません: '表'"),
    (["ask", "--bogus", "x"], "'--bogus' というオプションはありません。"),
    (["ask", "--format", "pdf", "x"], "'pdf' は指定できません"),
    (["bogus"], "'bogus' というコマンドはありません。"),
    (["ask", "--index"], "オプション '--index' には値が必要です。"),
])
def test_usage_errors_are_japanese(args, says):
    r = run_cli(*args)  # the real command: what a user's terminal shows
    assert r.returncode == 2
    assert says in r.stderr and "エラー: " in r.stderr
    assert_japanese(r.stderr)


def test_version_is_japanese():
    r = run_cli("--version")
    assert r.returncode == 0 and re.search(r"版 \d", r.stdout)


def test_option_list_is_aligned_with_japanese_placeholders():
    out = CliRunner().invoke(main, ["ask", "--help"], terminal_width=100).output
    from rich.cells import cell_len

    starts = set()
    for line in out.splitlines():
        m = re.match(r"^  (-\S.*?)\s{2,}(\S.*)$", line)
        if m:
            starts.add(cell_len(line) - cell_len(m.group(2)))
    assert len(starts) == 1, starts
