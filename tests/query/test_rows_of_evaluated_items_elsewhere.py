"""A made-up town's review of its 補助金 (no set's words, years or codes): a workbook of each 補助金's 交付額 by year
grades nothing; a web page of the 審査会's 結論 (継続/見直し/終了, two with a note's mark: 継続※2 is 継続) lists the same codes and
names. The workbook's rows are the review's items too (practice:<code>), whichever document is asked; and every
answer reading rows as items shows each row's own table row in its excerpts, keyed as a table's row
(table_row:<code>), so an asker calling them the table's rows finds them as well."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, office, R4, R5, 結論)
GRANTS = [
    ("K1", "自治会活動補助金", "地域振興課", 3_200, 3_350, "継続"),
    ("K2", "老人クラブ助成金", "長寿支援課", 1_800, 1_650, "見直し"),
    ("K3", "商店街街路灯補助金", "産業課", 2_400, 2_700, "終了※1"),
    ("K4", "スポーツ少年団補助金", "スポーツ課", 900, 950, "継続"),
    ("K5", "生け垣設置補助金", "環境保全課", 600, 420, "見直し"),
    ("K6", "文化団体連合会補助金", "文化振興課", 1_100, 1_120, "継続※2"),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "交付額"
    ws.append(["榧ノ木町 見直し対象補助金の交付額の推移（単位：千円）"])
    ws.append([])
    ws.append(["補助金コード", "補助金名", "所管課", "令和４年度交付額", "令和５年度交付額"])
    for code, name, office, r4, r5, _ in GRANTS:
        ws.append([code, name, office, r4, r5])
    wb.save(path)


def _page() -> str:
    rows = "\n".join(f"<tr><td>{c}</td><td>{n}</td><td>{v}</td></tr>" for c, n, _, _, _, v in GRANTS)
    return f"""<html><head><title>補助金審査会の審査結果｜榧ノ木町</title></head><body>
<h1>補助金審査会の審査結果</h1>
<p>令和６年度に補助金審査会が６件の補助金を審査しました。</p>
<table><caption>審査結果一覧</caption>
<tr><th>補助金コード</th><th>補助金名</th><th>審査会の結論</th></tr>
{rows}
</table>
<p>※1 商店街街路灯補助金は令和７年度で終了します。</p>
<p>※2 委員の意見が分かれ、会長が決定しました。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("rows_of_evaluated_items_elsewhere")
    _workbook(folder / "補助金交付額の推移.xlsx")
    (folder / "補助金審査会の審査結果.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def _keys(part: str, answer) -> list[str]:
    return [str(r["key"]) for r in answer.to_dict()[part]]


def test_ungraded_rows_of_items_another_document_evaluates_are_the_items(assistant) -> None:
    answer = ask(assistant, "令和5年度の交付額が多い順に上位4つ")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _keys("rows", answer) == ["practice:K1", "practice:K3", "practice:K2", "practice:K6"], answer.summary
    # (every row's own table row, in the rows' order, keyed as a table's row; not only the first three)
    assert _keys("excerpts", answer)[:4] == ["table_row:K1", "table_row:K3", "table_row:K2", "table_row:K6"]


def test_rows_given_a_committees_verdict_are_the_items(assistant) -> None:
    answer = ask(assistant, "審査会の結論が継続だった補助金は？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert sorted(_keys("rows", answer)) == ["practice:K1", "practice:K4", "practice:K6"], answer.summary
    assert sorted(k for k in _keys("excerpts", answer) if k.startswith("table_row:")) == [
        "table_row:K1", "table_row:K4", "table_row:K6"]


def test_a_verdict_with_a_notes_mark_is_that_verdict(assistant) -> None:
    # (「終了※1」: the note under the table says when it ends; the verdict is 終了)
    answer = ask(assistant, "審査会の結論が終了の補助金は？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _keys("rows", answer) == ["practice:K3"], answer.summary


def test_how_it_rose_asked_at_its_largest(assistant) -> None:
    # (「増え方がいちばん大きかった」: the rise between the two years said, at its largest, said in the past)
    answer = ask(assistant, "4年度から5年度で交付額の増え方がいちばん大きかった補助金")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _keys("rows", answer) == ["practice:K3"], answer.summary
