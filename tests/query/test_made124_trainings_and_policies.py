"""made124's documents indexed for real: a town's training workbook (a sheet per year), its committee's Word paper
grading each 基本方針 per year with its members' opinions, and its staff survey PDF. Years listed with も (「R7もR8も
4.0以上」) bound each year's column; the paper's policies are initiatives with each year's grade; the survey's
group cell 「能力開発（続き）」 on the second page is the group going on."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE124 = Path(__file__).resolve().parents[1] / "questions" / "made124" / "docs"


@pytest.fixture(scope="module")
def made124(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made124_docs")
    for doc in _MADE124.iterdir():
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


def test_years_each_said_with_mo_bound_each_years_column(made124) -> None:
    a = ask(made124, "満足度がR7もR8も4.0以上の研修")
    assert a.status == "exact" and _keys(a, "practice") == {"K-101", "K-103", "K-104", "K-106", "K-109"}, a.summary


def test_policies_graded_per_year_and_their_members_opinions(made124) -> None:
    a = ask(made124, "委員会の評価で、R8にＢ（やや遅れ）だった基本方針は？")
    assert _keys(a, "initiative") == {"III", "IV"}, a.summary
    a = ask(made124, "早川委員の意見は全部で何件？")
    assert a.count == 3, a.summary


def test_a_survey_group_going_on_over_the_page(made124) -> None:
    a = ask(made124, "能力開発の区分の設問はどれ？")
    assert _keys(a, "table_row") == {"問5", "問6", "問7", "問8", "問9"}, a.summary


def test_a_figure_summed_within_each_group(made124) -> None:
    # (「…を基本方針ごとに合計すると」: 受講者数 of the year said, added up per 基本方針 — 「－」 adds nothing — not the
    # trainings counted per group)
    a = ask(made124, "R8の研修受講者数を基本方針ごとに合計すると、一番多いのはどの方針？")
    assert a.status == "exact" and str(a.value).startswith("III"), a.summary
    a = ask(made124, "基本方針ごとのR7の受講者数の合計")
    sums = {unicodedata.normalize("NFKC", str(r["group"])).split()[0]: r["sum"] for r in a.to_dict()["rows"]}
    assert sums == {"I": 236, "II": 129, "III": 195, "IV": 30}, a.summary


def test_a_level_fallen_since_the_survey_before(made124) -> None:
    # (「前回より肯定率が下がった」 over 肯定率 | 前回比 (▲ a fall, ±0.0 none): the sign of the column comparing with it)
    a = ask(made124, "意識調査で前回より肯定率が下がった設問は？")
    assert a.status == "exact" and _keys(a, "table_row") == {"問2", "問4", "問9", "問10", "問11", "問15", "問17"}, a.summary
