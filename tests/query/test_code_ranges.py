"""A range of the codes a table numbers its rows with (「K-01〜の取組」「K-02〜K-04で」), the codes of one letter
(「K番号の取組」), and a grade 「一度も…取っていない」 over the years' grade columns (code_ranges.py,
never_in_years.py). Another city's edition: codes K-01…, a pipe table saved as text."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = """南浜町 収納対策取組評価（令和６年度）

取組評価一覧
| 取組番号 | 柱 | 取組名 | 担当課 | 評価（令和５年度） | 評価（令和６年度） |
|---|---|---|---|---|---|
| K-01 | Ⅰ | 口座振替の加入勧奨 | 税務課 | B | A |
| K-02 | Ⅰ | コンビニ納付の周知 | 会計課 | B | B |
| K-03 | Ⅱ | 早期催告の実施 | 税務課 | A | B |
| K-04 | Ⅱ | 財産調査の電子化 | 税務課 | C | C |
| K-05 | Ⅲ | 徴収職員研修 | 総務課 | C | B |
| K-06 | Ⅲ | 課税資料の電子化 | 税務課 | D | C |
"""


@pytest.fixture()
def town(tmp_path):
    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "取組評価.txt").write_text(TEXT, encoding="utf-8")
    build_index([folder], tmp_path / "g.db")
    return Assistant(open_index(tmp_path / "g.db"))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or "") for r in answer.rows)


def test_open_range_of_codes_is_every_row_from_it(town):
    answer = town.ask("K-01〜の取組で、令和６年度の評価がＢのものは？")
    assert answer.status == "exact" and _codes(answer) == ["K-02", "K-03", "K-05"], answer.summary


def test_closed_range_of_codes_is_the_rows_between(town):
    answer = town.ask("K-02〜K-04の取組で、令和６年度の評価がＢのものは？")
    assert _codes(answer) == ["K-02", "K-03"], answer.summary


def test_codes_of_one_letter(town):
    answer = town.ask("K番号の取組で、令和５・６年度と２年続けてＣ以下だったのはどれ？")
    assert _codes(answer) == ["K-04", "K-06"], answer.summary


def test_grade_never_taken(town):
    answer = town.ask("柱Ⅱの取組で、一度もＡ評価を取っていないものは？")
    assert answer.status == "exact" and _codes(answer) == ["K-04"], answer.summary
