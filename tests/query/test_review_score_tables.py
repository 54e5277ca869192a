"""A review's score table (提案番号 │ … │ Ａ〜Ｅ │ 合計 │ 採否) under a running head on every page, going on over a page
with its header printed again — tests/questions/made154's PDF beside the shipped corpus — and a town's text of the same
shape with other words (評価者Ａ〜Ｃ, 結果). The title is the line under the running head, the header printed again is
no row, 「審査員Ｅの点」 is the column the text names so, and 合計 is said 合計点."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.loader import parse
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).parent.parent.parent
DOCS = ROOT / "tests" / "questions" / "made154" / "docs"
_OTHER = "楓台町 企画課\n楓台町 地域活動提案 選考結果（令和６年度）\n評価者Ａ〜Ｃの３名が各１０点満点で採点した。\n■ 令和６年度 選考結果\n提案番号\t提案名\t団体\tＡ\tＢ\tＣ\t合計\t結果\nP-1\t通学路の花壇\t楓台PTA\t8\t7\t9\t24\t採用\nP-2\t星空観察会\t天文クラブ\t5\t6\t4\t15\t不採用\nP-3\t昔話の語り部\t語り部の会\t7\t9\t6\t22\t採用\n－ 1 －\n\n楓台町 企画課\n■ 令和６年度 選考結果（つづき）\n提案番号\t提案名\t団体\tＡ\tＢ\tＣ\t合計\t結果\nP-4\t防災かるた\t子ども会\t6\t5\t8\t19\t不採用\nP-5\t川辺の清掃\t釣り愛好会\t9\t8\t9\t26\t採用\n－ 2 －\n"


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made154_review")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    for path in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kaede_review")
    (folder / "選考結果.txt").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return [str(r["key"]) for r in answer.to_dict()["rows"] if str(r["key"]).startswith("table_row:")]


def test_the_running_head_is_no_title() -> None:
    assert parse(_OTHER, "選考結果.txt").title == "楓台町 地域活動提案 選考結果（令和６年度）"


def test_the_header_printed_again_is_no_row(other) -> None:
    answer = ask(other, "提案は全部で何件？")
    assert answer.value == 5, answer.summary


@pytest.mark.parametrize("question, codes", [
    ("令和６年度の審査で、審査員Ｅの点が審査員Ａより高かった提案は？", ["6-02", "6-03", "6-06"]),
    ("令和５年度の審査、合計点の上位３件を高い順に", ["5-01", "5-04", "5-03"]),
])
def test_members_and_the_total_said_as_points(review, question, codes) -> None:
    answer = ask(review, question)
    assert answer.status == "exact", answer.summary
    assert _keys(answer)[:len(codes)] == [f"table_row:{c}" for c in codes], answer.summary


def test_another_towns_members_and_total(other) -> None:
    answer = ask(other, "評価者Ｃの点が評価者Ａより高かった提案は？")
    assert answer.status == "exact" and set(_keys(answer)) == {"table_row:P-1", "table_row:P-4"}, answer.summary
    answer = ask(other, "合計点の平均は？")
    assert answer.status == "exact" and answer.value == 21.2, answer.summary


def test_a_value_with_its_qualified_kind_included(review, tmp_path) -> None:
    # 「採択（条件付含む）」: 採否 採択 or 条件付採択 (6-05, 条件付採択 with 62, is lower than any 採択)
    answer = ask(review, "採択された提案（条件付含む）の中で合計点が一番低いのは？")
    assert answer.status == "exact" and _keys(answer)[:1] == ["table_row:6-05"], answer.summary
    # (another town's 採用 and 条件付採用: P-4, 19 points, is the lowest of them)
    (tmp_path / "選考結果.txt").write_text(_OTHER.replace("19\t不採用", "19\t条件付採用"), encoding="utf-8")
    answer = ask(assistant_over(tmp_path), "採用となった提案（条件付も含む）で合計点が一番低いのは？")
    assert answer.status == "exact" and _keys(answer)[:1] == ["table_row:P-4"], answer.summary
