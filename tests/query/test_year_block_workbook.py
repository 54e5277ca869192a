"""A workbook graded in one block of columns per fiscal year: a merged 「令和Ｎ年度」 heading over the block's
sub-heads (①②③④⑤ 合計 評価) — each column named by both rows (令和3年度合計, 令和3年度評価, 令和3年度(1));
its rows, graded year by year, are items (practice records) asked by their own word (施設 of 施設名) or by no
word (「…ところある？」); the rows of another document's list of the same facilities, graded by nobody, stay
table rows, and a follow-up over that list narrowed by a grade is answered by the graded rows. made117's workbook and list, and a workbook of another layout."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made117" / "docs"


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")) for r in answer.to_dict()["rows"])


@pytest.fixture(scope="module")
def made117(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made117_blocks")
    for name in ("モニタリング評価結果_R3-R6.xlsx", "指定管理施設一覧_R6.html"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    """Another town's workbook: three years (令和５〜７年度), three items and 合計 評価 in each block, codes K-1…"""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "評価"
    ws.append(["公園施設 管理評価結果"])
    ws.append(["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "（単位：点）"])
    years = ["令和５年度", "令和６年度", "令和７年度"]
    head = ["番号", "施設名"]
    sub = ["番号", "施設名"]
    for y in years:
        head += [y, "", "", "", ""]
        sub += ["①", "②", "③", "合計", "評価"]
    ws.append(head)
    ws.append(sub)
    for n in range(3):
        ws.merge_cells(start_row=3, start_column=3 + 5 * n, end_row=3, end_column=7 + 5 * n)
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    rows = [("K-1", "北公園", [(3, 3, 3, "B"), (4, 4, 4, "A"), (5, 5, 4, "S")]),
            ("K-2", "南公園", [(2, 2, 2, "C"), (3, 3, 2, "C"), (3, 3, 3, "B")]),
            ("K-3", "東公園", [(4, 4, 3, "A"), (4, 3, 3, "B"), (4, 4, 4, "A")]),
            ("K-4", "西公園", [(3, 3, 3, "B"), (3, 3, 3, "B"), (2, 3, 2, "C")])]
    for code, name, blocks in rows:
        line = [code, name]
        for a, b, c, g in blocks:
            line += [a, b, c, a + b + c, g]
        ws.append(line)
    folder = tmp_path_factory.mktemp("other_blocks")
    wb.save(folder / "koen_hyoka.xlsx")
    return assistant_over(folder)


def test_year_blocks_read_as_columns_of_each_year(made117, other):
    a = ask(made117, "令和6年度の総合評価がSだった施設を教えてください")
    assert a.status == "exact" and _codes(a) == ["practice:指-01", "practice:指-06", "practice:指-13"]
    a = ask(other, "令和7年度の評価がCの施設は？")
    assert a.status == "exact" and _codes(a) == ["practice:K-4"]
    a = ask(other, "令和6年度の合計点が一番高い施設は？")
    assert a.status == "exact" and _codes(a) == ["practice:K-1"]


def test_rows_asked_by_no_word_are_the_rows_graded(made117):
    a = ask(made117, "R5→R6で合計点が3点以上下がったところある？")
    assert a.status == "exact" and _codes(a) == ["practice:指-03", "practice:指-14"]


def test_list_of_the_same_rows_and_its_follow_up(made117):
    a = ask(made117, "令和6年度の利用者数が前年度より減った施設")
    assert a.status == "exact" and len(a.rows) == 6 and all(k.startswith("table_row:") for k in _table_rows(a))
    a = ask(made117, "令和6年度に利用者が前年より減った施設は？", "その中で評価がB以下のものは？")
    assert a.status == "exact" and _codes(a) == ["practice:指-03", "practice:指-05", "practice:指-12"]


def test_one_row_across_its_years_and_any_year_of_a_span(made117, other):
    a = ask(made117, "堤川緑地公園の評価の推移を見たい", "合計点が一番低かったのは何年度？")
    assert a.value == "令和4年度"
    a = ask(other, "令和5年度から7年度の間に一度でもC評価になった施設は？")
    assert a.status == "exact" and _codes(a) == ["practice:K-2", "practice:K-4"]


def _table_rows(answer) -> list[str]:
    """The rows' keys, as table rows: rows read as the items another table grades are keyed practice and show their
    own table row as an excerpt keyed table_row (one decision for every set, issue 12)."""
    d = answer.to_dict()
    rows = [str(r.get("key", "")) for r in d["rows"]]
    shown = [str(e.get("key", "")) for e in d.get("excerpts") or [] if str(e.get("key", "")).startswith("table_row:")]
    rekeyed = rows and not any(k.startswith("table_row:") for k in rows) and len(shown) == len(rows)
    return shown if rekeyed else rows
