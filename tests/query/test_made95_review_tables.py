"""A city's subsidy review (made95's documents, read alone): the review board's PDF scores each subsidy in a table over
a page break with its header printed again (four full-width scores, 合計点, 判定 Ａ〜Ｄ, 附帯意見 written as sentences,
－ = none), above a legend of the grades (判定 │ 合計点 │ 見解, one row per grade) that the policy's Word file prints
again; the department's workbook lists the same subsidies under the same numbers."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made95" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made95_review_tables")
    for name in ("R6_補助金等審査会_評価結果報告書.pdf", "R7_補助金等見直し一覧.xlsx", "補助金等見直し基本方針.docx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    # (an opinion found is given as the board's comment on the subsidy: its code is the comment's initiative)
    return sorted({str(r.get("number") or r.get("initiative") or "") for r in answer.rows})


def test_cover_year_over_the_title(assistant) -> None:
    """「令和６年度」 alone over 「補助金等評価結果報告書」 on the cover: the title is both."""
    titles = [r[0] for r in assistant.db.execute("SELECT title FROM documents WHERE source LIKE '%.pdf'").fetchall()]
    assert titles == ["令和６年度 補助金等評価結果報告書"], titles


@pytest.mark.parametrize("turns,codes", [
    # the scored rows, not the legend's line of the grade (nor the policy's legend, printed again)
    (("審査会の判定がＤだった補助金は？",), ["H-104", "H-203", "H-404", "H-502", "H-507"]),
    (("判定Ａの補助金をすべて教えてください",), ["H-102", "H-301", "H-302", "H-306", "H-407"]),
    # 「2点以下」 of a score column printing bare figures
    (("有効性が2点以下の補助金は？",), ["H-104", "H-106", "H-203", "H-208", "H-303", "H-304", "H-308", "H-404",
                                 "H-406", "H-408", "H-501", "H-502", "H-506", "H-507"]),
    # a remark written as sentences: what it touches on, and the conclusion it quotes
    (("附帯意見で統合に言及されている補助金はどれ？",), ["H-105", "H-106", "H-208", "H-308", "H-406"]),
    (("繰越金について指摘された補助金は？",), ["H-205", "H-301", "H-409"]),
    (("成果指標について審査会から意見が出ているものを教えて",), ["H-202", "H-303", "H-401", "H-506"]),
    (("審査会が「廃止が妥当」としたのはどの補助金？",), ["H-104", "H-203", "H-404", "H-502"]),
    # a follow-up asking what only the workbook prints, of the same numbers
    (("審査会でＣかＤの判定だった補助金は？", "その中で、見直し区分が継続のままになっているものは？"),
     ["H-202", "H-206", "H-403", "H-506"]),
])
def test_review_table(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


def test_grade_counted(assistant) -> None:
    answer = ask(assistant, "判定がＣだったのは何件？")
    assert answer.count == 16, answer.summary


def test_score_of_the_row_named_in_the_workbook(assistant) -> None:
    """「H-401ってどの補助金？」 from the workbook, then its 合計点, which only the board's report prints."""
    answer = ask(assistant, "H-401ってどの補助金？", "審査会の評価の合計点は何点だった？")
    assert answer.value == 12, answer.summary
