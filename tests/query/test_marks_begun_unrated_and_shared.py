"""Tables of marks per year read for the rows begun in a year (「－」 before it: 「令和6年度から新たに評価対象になった」
「令和6年度からの新規施策」) and the rows not evaluated in a year (「令和4年度に評価していない」); a department cell
joining two (会計課・財政課) read as 共管 (「2つの部局の共管」); 「…課が関係する」 as 所管する; a letter's head run into
its title (「…様」, the senders, then the title); 「3か年合計」 over a table's own 合計 column; 「R14目標」 as the
column of that year's target (「最終目標（令和14年度）」), its 「何％」 the figure, not a share of the rows."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_DOCS = Path(__file__).resolve().parents[1] / "questions"


def _over(tmp_path_factory, name: str) -> Assistant:
    folder = tmp_path_factory.mktemp(f"{name}_docs")
    for doc in (_DOCS / name / "docs").iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def made111(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made111")


@pytest.fixture(scope="module")
def made112(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made112")


def _keys(answer, kind: str) -> set[str]:
    out = set()
    for r in answer.to_dict()["rows"]:
        k, _, code = str(r.get("key", "")).partition(":")
        if k == kind:
            out.add(unicodedata.normalize("NFKC", code))
    return out


def test_rows_begun_in_a_year_over_marks(made111, made112) -> None:
    a = ask(made112, "令和6年度から新たに評価対象になったリスクは？")
    assert a.status == "exact" and _keys(a, "practice") == {"R-17"}
    # (read alone, the town's other table of rows begun in 令和6年度, 広域5, is named beside it: partial there)
    a = ask(made111, "令和6年度からの新規施策はどれ？")
    assert a.status in ("exact", "partial") and _keys(a, "practice") == {"4-(5)"}


def test_rows_not_evaluated_in_a_year(made112) -> None:
    a = ask(made112, "令和4年度に評価していないリスクはどれですか")
    assert a.status == "exact" and _keys(a, "practice") == {"R-13", "R-17"}
    a = ask(made112, "令和5年度は評価されていないリスクは？")
    assert a.status == "exact" and _keys(a, "practice") == {"R-17"}


def test_departments_a_cell_joins(made112) -> None:
    a = ask(made112, "2つの部局の共管になっているリスクはどれ？")
    assert a.status == "exact" and _keys(a, "practice") == {"R-02", "R-05", "R-09", "R-16"}
    a = ask(made112, "契約管財課が関係するリスクを教えて", "その中で令和6年度に不備（重大な不備を含む）と評価されたものは？")
    assert a.status == "exact" and _keys(a, "practice") == {"R-14", "R-16"}


def test_title_under_a_letter_head_names_no_group_word(made112) -> None:
    # (the opinion's title, not a line of its body, so 資産管理 names the report's 区分, not the opinion)
    a = ask(made112, "資産管理のリスクで、是正にまだ着手していないものは？")
    assert a.status == "exact" and _keys(a, "practice") == {"R-14", "R-17"}


def test_total_of_the_years_and_a_years_target(made111, made112) -> None:
    a = ask(made112, "3か年合計で統制活動件数が最も多い部局はどこ？")
    assert a.status == "exact" and a.value == "会計課"
    a = ask(made111, "リサイクル率のR14目標は何％？")
    assert a.status == "exact" and float(a.value) == 24.0
    a = ask(made111, "リサイクル率の令和14年度の目標は何％？")
    assert a.status == "exact" and float(a.value) == 24.0
