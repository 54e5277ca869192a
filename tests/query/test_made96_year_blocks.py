"""A city's mid-term review of its plan (made96's pdf, read alone): one table over page breaks with its two-row header
printed again under 「…（続き）」, each year's block split into the halves' progress marks and the year's grade (令和６年度
over 上期 │ 下期 │ 評価), rows of each 推進方針 and 取組 inside the table, and a column of where each item goes next
(方向性 拡充/継続/縮小/廃止/完了). Asked by the year's grade (年度末評価), a half's mark, any or every half's marks, and
the course the review decided."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made96" / "docs"
PDF = "鴫ノ杜市行政改革大綱_実施計画中間見直し報告書_令和8年3月.pdf"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made96_year_blocks")
    shutil.copy(DOCS / PDF, folder / PDF)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).split(":", 1)[-1].split("@")[0] for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the year's grade is the block's 評価 column (a dash: not evaluated), said as 年度末評価
    (("令和７年度の年度末評価がＡで、令和６年度はＢだった実施項目",), ["I-1-(1)", "I-3-(1)", "I-3-(3)", "II-2-(1)", "IV-2-(2)"]),
    # one half of one year
    (("R6上期の進捗が×の実施項目",), ["I-3-(2)", "II-3-(2)"]),
    # any half of any year, and every half graded (dashes left out)
    (("上期と下期の進捗で一度でも×がついた実施項目",), ["I-3-(2)", "II-2-(3)", "II-3-(2)", "III-1-(3)"]),
    (("評価された期間中ずっと上期・下期とも◎だった実施項目",), ["I-1-(2)", "II-3-(3)", "III-1-(2)"]),
    # the course the review decided (方向性), not an end already reached
    (("見直し後に廃止される実施項目",), ["I-3-(2)", "III-1-(3)"]),
    (("見直しで縮小されることになった実施項目",), ["II-2-(3)", "III-1-(4)", "IV-3-(1)"]),
    # items of a 取組 row inside the table stay under their 推進方針; completed items ended in their last graded year
    (("推進方針Ⅳの実施項目で令和７年度に完了したもの",), ["IV-2-(2)"]),
    # added in the plan's second year (dashes for the first)
    (("令和７年度に追加された実施項目",), ["II-1-(2)", "IV-3-(2)"]),
])
def test_year_blocks(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary, _codes(answer))


def test_half_count(assistant) -> None:
    answer = ask(assistant, "令和6年度の下期に◎がついた実施項目の数は？")
    assert answer.status == "exact" and (answer.count == 8 or answer.value == 8), answer.summary
