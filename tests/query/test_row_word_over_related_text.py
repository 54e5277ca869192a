"""A word that a dedicated kind matches only in its records' related text (本文に「施設」を含む, found in the plan's
progress sheets) while a table of another document calls its rows by it (施設名): the kind's records are no certain
answer, and the table, reading the question, answers it (conversation._run: _guessed_by_related_text). Over a
real index of the shipped corpus (a plan whose texts say 施設 often) beside a made-up town's list of facilities
graded by year (other years, codes and names), and made175's workbook of the same shape."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE175 = ROOT / "tests" / "questions" / "made175" / "docs"
WORKBOOK = "令和６年度_指定管理者モニタリング評価結果一覧.xlsx"

TOWN = "\n".join([
    "鶴見沢町 指定管理施設の評価結果（令和３年度）",
    "鶴見沢町企画財政課",
    "施設コード\t施設名\t管理者\t担当課\t令和元年度\t令和２年度\t令和３年度",
    "11\t鶴見沢町立図書館\t株式会社ブックリンク\t生涯学習課\tA\tA\tA",
    "12\t鶴見沢町温泉保養館\t鶴見沢観光開発株式会社\t商工観光課\tB\tC\tB",
    "13\t鶴見沢町運動公園\t鶴見沢町体育協会\t生涯学習課\tS\tA\tA",
    "21\t鶴見沢町デイサービスセンター\t社会福祉法人つるみ会\t福祉課\tA\tB\tB",
    "22\t鶴見沢町児童館\tNPO法人こどもの森\t子育て支援課\t－\tC\tA",
    "※評価はS・A・B・Cの４段階。「－」は評価対象外。",
]) + "\n"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("row_word_town")
    for f in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / "鶴見沢町_指定管理施設評価.txt").write_text(TOWN, encoding="utf-8")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("row_word_made175")
    for f in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(f, folder / f.name)
    shutil.copy(MADE175 / WORKBOOK, folder / WORKBOOK)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number")) for r in answer.rows)


@pytest.mark.parametrize("fixture,question,codes", [
    ("town", "3年連続でA以上をとってる施設は？", ["11", "13"]),
    ("town", "これまでに一度でもC評価になったことがある施設", ["12", "22"]),
    ("workbook", "３年続けてA以上をとってる施設は？", ["101", "202", "302", "401", "403"]),
    ("workbook", "これまでに一度でもC評価になったことがある施設", ["203", "303", "402"]),
])
def test_the_rows_word_asks_the_table(request, fixture, question, codes) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.target == "table_row" and _codes(answer) == codes, (answer.status, answer.summary)
