"""`gyokaku ask` readable at any width: the real command at COLUMNS=80 and 120 (a pipe, as scripts and
narrow terminals get it). Every shown value must be readable whole, no line wider than the terminal."""
from __future__ import annotations

import json
import re

import pytest
from rich.cells import cell_len

from assistant.labels import field_label
from assistant.render import plain
from tests.conftest import run_cli

R4_THEN_A = ("R4に終了した実践項目", "そのうち総合評価がAのもの")


def ask(index_path, *args: str, width: int = 80):
    r = run_cli("ask", "--index", str(index_path), *args, env={"COLUMNS": str(width)})
    assert r.returncode == 0, r.stderr
    return r.stdout


def answers(index_path, *questions: str) -> list[dict]:
    return json.loads(run_cli("ask", "--json", "--index", str(index_path), *questions).stdout)


def assert_fits(out: str, width: int) -> None:
    too_wide = [line for line in out.splitlines() if cell_len(line) > width]
    assert not too_wide, too_wide[:3]


@pytest.mark.parametrize("width", [80, 120])
def test_every_value_of_a_few_records_is_readable_as_a_card(index_path, width):
    out = ask(index_path, *R4_THEN_A, width=width)
    assert_fits(out, width)
    last = answers(index_path, *R4_THEN_A)[-1]
    assert 0 < last["count"] <= 20
    lines = out.split("質問: そのうち総合評価がAのもの", 1)[1].splitlines()
    for row in last["rows"]:
        head = next(i for i, line in enumerate(lines) if line.startswith(f"■ {row['key']} "))
        assert row["title"] in lines[head]
        card = "\n".join(lines[head + 1: head + 6])
        for col in last["columns"]:
            value = plain(row.get(col))
            if value and col not in ("code", "title"):
                assert f"{field_label(col, 'practice')}: {value}" in card, (row["key"], col, card)
        assert f"{row['source']}:{row['line']}" in card


def test_the_asked_field_comes_first_in_a_card(index_path):
    out = ask(index_path, *R4_THEN_A)
    card = out.split("質問: そのうち総合評価がAのもの", 1)[1].split("■ ", 2)[1].splitlines()[1]
    # the conditions' fields right after the key and the name: 取組終了 and 総合評価 before R2評価
    assert card.index("取組終了: R4") < card.index("R2評価")
    assert card.index("総合評価: A") < card.index("R2評価")


@pytest.mark.parametrize("width", [80, 120])
def test_many_records_get_the_key_columns_never_a_zero_width_one(index_path, width):
    out = ask(index_path, "総合評価がAの実践項目", width=width)
    assert_fits(out, width)
    header = next(line for line in out.splitlines() if "キー" in line and "名称" in line)
    cells = [c.strip() for c in re.split(r"[┃│]", header)[1:-1]]
    assert all(cells), header  # no empty (squeezed) header
    assert {"キー", "名称", "総合評価", "出典"} <= set(cells)
    rows = answers(index_path, "総合評価がAの実践項目")[0]["rows"]
    for row in rows:
        line = next(line for line in out.splitlines() if f" {row['key']} " in line)
        assert row["title"][:6] in line and f"{row['source']}:{row['line']}" in line
    assert "表示していない項目" in out and "--columns" in out


def test_columns_by_japanese_labels_or_field_names(index_path):
    by_label = ask(index_path, "--columns", "キー,名称,総合評価", "R4に終了した実践項目", width=120)
    by_name = ask(index_path, "--columns", "key,title,overall", "R4に終了した実践項目", width=120)
    assert by_label == by_name
    header = next(line for line in by_label.splitlines() if "キー" in line)
    assert [c.strip() for c in re.split(r"[┃│]", header)[1:-1]] == ["キー", "名称", "総合評価"]
    assert "苫小牧市LINE公式アカウントの導入" in by_label


def test_unknown_column_is_a_japanese_usage_error(index_path):
    r = run_cli("ask", "--index", str(index_path), "--columns", "キー,色", "R4に終了した実践項目")
    assert r.returncode == 2
    assert "「色」" in r.stderr and "総合評価" in r.stderr and "Error" not in r.stderr


def test_cards_on_request(index_path):
    out = ask(index_path, "--cards", "総合評価がAの実践項目", width=120)
    assert out.count("■ practice:") == 58


def test_distribution_draws_bars(index_path):
    out = ask(index_path, "総合評価の分布")
    counts = {r["group"]: r["count"] for r in answers(index_path, "総合評価の分布")[0]["rows"]}
    bars = {}
    for line in out.splitlines():
        m = re.match(r"^(\S+)\s+([█▉▊▋▌▍▎▏]+) (\d+)$", line)
        if m:
            bars[m.group(1)] = (len(m.group(2)), int(m.group(3)))
    assert {g: n for g, (_, n) in bars.items()} == counts
    longest = max(counts, key=counts.get)
    assert all(bars[longest][0] >= length for length, _ in bars.values())
    assert list(bars) == sorted(bars)  # grades in order A, B, C


def test_committee_scores_as_bars_per_record(index_path):
    out = ask(index_path, "取組項目ごとの委員評価", width=100)
    rows = answers(index_path, "取組項目ごとの委員評価")[0]["rows"]
    for row in rows[:5]:
        assert re.search(rf"{re.escape(str(row['code']))} .*█+\S* {row['committee_score']:.1f}$", out, re.M), row


def test_related_initiatives_from_the_cli(index_path):
    out = ask(index_path, "実践項目33", "これに似た他の自治体の取組は？")
    assert_fits(out, 80)
    related = out.split("これに似た他の自治体の取組は？", 1)[1]
    assert "本庁舎における電話交換業務の民間委託" in related
    assert "case_study:" in related and "民間" in related


def test_japanese_text_is_folded_by_characters_never_starting_a_line_with_a_closing_mark():
    from rich.text import Text

    from assistant.cli_render import fold_line

    text = "実践項目 33「本庁舎における電話交換業務の民間委託」に似た、他の資料の記録。以上です。" * 3
    for width in (20, 21, 33, 80):
        lines = [piece.plain for piece in fold_line(Text(text), width, indent=2)]
        assert "".join(line[2:] if i else line for i, line in enumerate(lines)) == text
        assert all(cell_len(line) <= width for line in lines), (width, lines)
        assert not any(line.lstrip()[:1] in "、。」" for line in lines[1:]), lines
        assert all(cell_len(line) >= width - 4 for line in lines[:-1])  # full lines, not broken at spaces
