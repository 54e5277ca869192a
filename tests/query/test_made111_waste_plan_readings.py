"""made111's waste plan papers read as a town's own layouts: a PDF table of 施策 (the plan's items) graded ◎○△× for
two years under one merged heading, its 基本方針 printed as 「基本方針2」 in a table of their own; a fixed-width text
table aligned with full-width spaces whose second header line gives each column's year in brackets, and a note naming
the rows better higher (the others better lower); minutes printed as a list of terms (<dt>委員（佐伯）</dt><dd>…</dd>)
under each meeting's heading and its 開催日時; an xlsx list of 広域処理事業 asked as 事業."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE111 = Path(__file__).resolve().parents[1] / "questions" / "made111" / "docs"


@pytest.fixture(scope="module")
def made111(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made111_docs")
    for doc in _MADE111.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer, kind: str) -> set[str]:
    out = set()
    for r in answer.to_dict()["rows"]:
        k, _, code = str(r.get("key", "")).partition(":")
        if k == kind:
            out.add(unicodedata.normalize("NFKC", code))
    return out


def test_rows_of_a_table_of_shisaku_are_plan_items(made111) -> None:
    a = ask(made111, "令和6年度の評価が◎だった施策はどれ？")
    assert a.status == "exact" and _keys(a, "practice") == {"1-(1)", "1-(3)", "2-(6)", "3-(2)", "3-(3)", "3-(5)"}


def test_headings_numbered_by_their_word_are_keyed_by_the_number(made111) -> None:
    a = ask(made111, "令和6年度の総合評価がBの基本方針は？")
    assert _keys(a, "initiative") == {"2", "3"}
    a = ask(made111, "施策の数が一番多い基本方針はどれ？")
    assert _keys(a, "initiative") == {"2"}


def test_a_run_of_grades_over_both_years(made111) -> None:
    a = ask(made111, "2年続けて△以下の評価だった施策を教えてください")
    assert a.status == "exact" and _keys(a, "practice") == {"1-(4)", "1-(5)", "2-(5)", "2-(7)", "4-(3)"}
    a = ask(made111, "両年度とも◎の施策は？")
    assert a.status == "exact" and _keys(a, "practice") == {"1-(3)", "3-(2)"}


def test_bracketed_years_under_a_text_tables_header_and_a_note_of_rows_better_higher(made111) -> None:
    a = ask(made111, "前年度より悪くなった数値目標はどれ？")
    assert a.status == "exact" and _keys(a, "table_row") == {"3", "7", "8"}
    a = ask(made111, "令和6年度の実績で中間目標をもう達成している指標は？")
    assert a.status == "exact" and _keys(a, "table_row") == {"2", "5"}


def test_minutes_printed_as_terms_are_members_comments(made111) -> None:
    a = ask(made111, "佐伯委員が意見を言った施策を全部")
    assert {c.split("-")[0] + "-" + c.split("-")[1] for c in _keys(a, "comment")} == {"1-(5)", "2-(2)"}
    a = ask(made111, "令和7年8月22日の審議会で、宮地委員が触れた施策は？")
    assert {c.rsplit("-", 1)[0] for c in _keys(a, "comment")} == {"1-(1)"}


def test_jigyo_of_a_list_of_joint_projects(made111) -> None:
    a = ask(made111, "搬入量がR5からR6で減った事業は？")
    assert a.status == "exact" and _keys(a, "joint_project") == {"広域3", "広域4"}
