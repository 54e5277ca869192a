"""Blocks headed by a record's code and name (「■ 施設番号 7-1　椚ヶ原高原キャンプ場（観光）」), a figure in their prose
(「…割合（満足度）は８４．１％であった」), labelled lines (改善指示：有): read as the rows of those records, so 「満足度が80％
未満の施設」 and 「福祉施設の満足度の平均」 are answered from them. Over made147's PDF and a made-up town's text of other
labels, codes and figures."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE147 = Path(__file__).resolve().parents[1] / "questions" / "made147" / "docs"
SHEET = "モニタリング評価シート（令和６年度実施分）.pdf"

TOWN = """柊野町 図書館等 利用状況報告（令和７年度）

◆ 施設コード A-1　柊野中央図書館（図書）
来館者への調査の結果、利用率は６２．５％であった。
開館日数：２９０日
所見：蔵書の更新が計画どおり進んでいる。

◆ 施設コード A-2　柊野東分館（図書）
来館者への調査の結果、利用率は４８．０％であった。
開館日数：２４０日
所見：開館時間の延長を検討されたい。

◆ 施設コード B-1　柊野郷土館（展示）
来館者への調査の結果、利用率は３５．２％であった。
開館日数：２００日
所見：企画展の充実を求める。

◆ 施設コード B-2　柊野美術室（展示）
来館者への調査の結果、利用率は７１．９％であった。
開館日数：２６０日
所見：特になし。

以上
"""


@pytest.fixture(scope="module")
def made147(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("coded_blocks")
    shutil.copy(MADE147 / SHEET, folder / SHEET)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("coded_blocks_town")
    (folder / "図書館等利用状況報告.txt").write_text(TOWN, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("key", "")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    ("満足度が80％未満だった施設は", ["10", "12", "2-2", "3", "8"]),
    ("観光施設のうち満足度が85％以上のところ", ["6"]),
    ("満足度が一番高い施設", ["11"]),
])
def test_figure_of_a_blocks_prose(made147, question, codes) -> None:
    answer = ask(made147, question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary


def test_mean_of_a_class(made147) -> None:
    answer = ask(made147, "福祉施設の満足度の平均は何％？")
    assert answer.status == "exact" and abs(answer.value - 91.0) < 0.051, answer.summary


@pytest.mark.parametrize("question,codes", [
    ("利用率が50％未満の施設", ["A-2", "B-1"]),
    ("展示施設のうち利用率が一番高いのは", ["B-2"]),
])
def test_another_towns_blocks(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary
