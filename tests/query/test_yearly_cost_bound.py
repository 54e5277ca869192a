"""made108's list of measures per year: a year's amount against a bound said in yen (「令和6年度の決算額が1億円を超えている」),
the sheets printing it in the unit of their header (決算額（千円）); the record a 備考 says took a named one in (「どの施策に統合された」)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE108 = Path(__file__).resolve().parents[1] / "questions" / "made108" / "docs"


@pytest.fixture(scope="module")
def made108(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made108_bound")
    for doc in _MADE108.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _amounts(made108, year: str) -> dict[str, float]:
    out = {}
    for r in made108.db.query("SELECT code, costs_by_year, cost_unit FROM practice WHERE costs_by_year IS NOT NULL"):
        assert r["cost_unit"] == "千円"
        figure = (json.loads(r["costs_by_year"]).get(year) or {}).get("total_cost")
        if isinstance(figure, (int, float)):
            out[str(r["code"])] = figure
    return out


def test_over_a_bound_in_yen(made108) -> None:
    want = {c for c, v in _amounts(made108, "R6").items() if v * 1000 > 100_000_000}
    a = ask(made108, "令和6年度の決算額が1億円を超えている施策は？")
    assert a.status == "exact" and {str(r["code"]) for r in a.rows} == want and want


def test_under_a_bound_with_a_department(made108) -> None:
    a = ask(made108, "教育総務課担当の施策で令和6年度の決算額が1億円を超えているのは？")
    assert a.status == "exact" and {str(r["code"]) for r in a.rows} == {"1-(3)", "3-(1)"}
    b = ask(made108, "令和6年度の決算額が5000万円未満の施策は？")
    assert {str(r["code"]) for r in b.rows} == {c for c, v in _amounts(made108, "R6").items() if v * 1000 < 50_000_000}


@pytest.mark.parametrize("question", ["図書館サービスの充実って、どの施策に統合されたんだっけ", "施策4-(3)はどこに統合された？"])
def test_the_record_a_note_says_took_the_named_one_in(made108, question) -> None:
    # (the 備考 of the named item 「4-(2)に統合予定」 and of the other 「旧4-(3)を統合」)
    a = ask(made108, question)
    assert a.status == "exact" and [str(r["code"]) for r in a.rows] == ["4-(2)"]


def test_the_year_before_the_one_whose_grade_was_answered(made108) -> None:
    # (「基本方針Ⅱの令和6年度の総括評価は？」 answers the R6 grade; 「前年度は」 is then R5's, of the same record)
    rows = {str(r["code"]): dict(r) for r in made108.db.query("SELECT code, r5, r6 FROM initiative WHERE r5 IS NOT NULL")}
    a = ask(made108, "基本方針Ⅱの令和6年度の総括評価は？", "前年度はどうだった？")
    assert a.status == "exact" and a.value == rows["II"]["r5"]
