"""「R5からR6で悪化した指標」「毎年、前の年より良くなってる」「基準値（R1）よりR6が悪くなってる」「R6で前年度より数値が
下がった」 over KPI rows with a column saying which way each is better (made135's 指標の見方: 高いほど良い／低いほど良い;
a made table's 評価の向き: 大きいほど良い／小さいほど良い) beside year columns of figures and of grades (◎○△): the
figures are compared, each row by its own direction (read.py _directed_down, question.py _read_change,
every_year.py), and a column of another series said before より (基準値) is what the year said is compared with."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made135" / "docs"
BOOK = "鷂ヶ岳市水道事業経営戦略_進捗評価表（令和７年度）.xlsx"

KPI = """<html><head><title>ごみ処理基本計画 成果指標の進捗</title></head><body>
<h1>ごみ処理基本計画 成果指標の進捗</h1>
<table>
<caption>成果指標の推移</caption>
<tr><th>指標番号</th><th>指標名</th><th>評価の向き</th><th>基準値（R2）</th><th>実績値R4</th><th>実績値R5</th><th>実績値R6</th><th>評価R4</th><th>評価R5</th><th>評価R6</th></tr>
<tr><td>G-1</td><td>一人一日当たりごみ排出量</td><td>小さいほど良い</td><td>890</td><td>880</td><td>870</td><td>860</td><td>○</td><td>○</td><td>○</td></tr>
<tr><td>G-2</td><td>リサイクル率</td><td>大きいほど良い</td><td>20.1</td><td>21.0</td><td>20.5</td><td>22.0</td><td>○</td><td>△</td><td>○</td></tr>
<tr><td>G-3</td><td>最終処分量</td><td>小さいほど良い</td><td>5,000</td><td>5,100</td><td>5,200</td><td>5,300</td><td>△</td><td>△</td><td>△</td></tr>
<tr><td>G-4</td><td>集団回収登録団体数</td><td>大きいほど良い</td><td>120</td><td>118</td><td>121</td><td>125</td><td>△</td><td>○</td><td>○</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("row_direction_water")
    shutil.copy(DOCS / BOOK, folder / BOOK)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def waste(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("row_direction_waste")
    (folder / "成果指標の進捗.html").write_text(KPI, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("指標番号") or "") for r in answer.rows}


@pytest.mark.parametrize("which, turns, codes", [
    ("water", ["R5からR6で悪化した指標"], {"指標-06", "指標-07", "指標-08"}),
    ("water", ["R3からR6まで毎年、前の年より良くなってる指標は？"], {"指標-05", "指標-09", "指標-12", "指標-14"}),
    ("water", ["基準値（R1）よりR6の実績のほうが悪くなってる指標ある？"], {"指標-03", "指標-07"}),
    ("water", ["高いほど良い指標を一覧で", "そのうちR5からR6で数値が下がったのは？"], {"指標-06", "指標-08"}),
    ("waste", ["R5からR6で悪化した指標は？"], {"G-3"}),
    ("waste", ["毎年改善している指標は？"], {"G-1", "G-4"}),
    ("waste", ["基準値よりR6が悪化した指標"], {"G-3"}),
])
def test_figures_compared_by_each_rows_direction(request, which, turns, codes) -> None:
    answer = ask(request.getfixturevalue(which), *turns)
    assert answer.status == "exact" and _codes(answer) == codes and not answer.unused, (
        answer.status, answer.summary, _codes(answer))
