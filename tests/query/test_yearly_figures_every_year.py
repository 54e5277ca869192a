"""A plan's items on one sheet per 区分 (tests/questions/made114): 効果額 under a two-row header — 目標額 (R4～R6累計),
each year's 実績, 実績累計 — negatives printed ▲, 「－」 for no result. A condition said once over the years said
(どの年度も, 令和4・5・6年度のいずれも) holds in each year's column; 実績累計 is said by its lower label; a share of
the target (9割以上) reaches nothing of a target of 0; 「目標額に対して…あといくら足りない」 is the target less the
figure; 「令和6年度の効果額」 is of the measure printed by year, not the span's target."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made114" / "docs"


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made114_every_year")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made114_every_year_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.to_dict()["rows"])


def test_dash_in_every_year_of_a_span(village) -> None:
    answer = ask(village, "R4〜R6のどの年度も実績が「－」の改善項目は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["practice:歳入-5", "practice:歳出-8"], answer.summary


def test_bound_in_every_year_of_a_list(village) -> None:
    answer = ask(village, "令和4・5・6年度のいずれも効果額が1,000千円以上の項目は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["practice:歳入-1", "practice:歳入-2", "practice:歳出-1", "practice:歳出-6",
                             "practice:歳出-9"], answer.summary


def test_share_of_the_target_by_the_total_label(village) -> None:
    answer = ask(village, "実績累計が目標額の9割以上の改善項目は？")
    assert answer.status == "exact", answer.summary
    # (組織-5: a target of 0, no share of it reached)
    assert _keys(answer) == ["practice:歳入-2", "practice:歳出-1", "practice:歳出-2", "practice:組織-1",
                             "practice:組織-4"], answer.summary


def test_how_far_short_of_the_target(village) -> None:
    answer = ask(village, "歳入-3は目標額に対して実績累計があと何千円足りない？")
    assert answer.status == "exact" and answer.value == 1800, answer.summary


def test_year_said_picks_the_yearly_measure(village) -> None:
    answer = ask(village, "令和6年度の効果額が▲の改善項目は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["practice:歳出-3"], answer.summary


def test_never_above_zero_up_to_a_year(village) -> None:
    answer = ask(village, "令和5年度までに一度も効果額がプラスになっていない改善項目は？")
    assert answer.status == "exact", answer.summary
    # (「－」, 0 and ▲ are each not above zero: 歳出-12 and 組織-5 print 0 in both years)
    assert _keys(answer) == ["practice:歳入-5", "practice:歳出-12", "practice:歳出-5", "practice:歳出-8",
                             "practice:組織-5"], answer.summary
