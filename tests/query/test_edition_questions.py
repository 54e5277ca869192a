"""A made next-cycle edition (every fiscal year one later, another city) is answered as the shipped one:
the same questions with the years moved give the same items, and the old city's name finds nothing."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.helpers import corpus_text
from tests.kinds.test_plan_report_editions import SOURCE, _rename_city, shift_years

SHIFT = 1
CITY = "室蘭"

# Questions as templates over years: {r2} is R2 in the shipped report and R3 in the next edition.
QUESTIONS = [
    "{r4}に終了した実践項目",
    "{r3}がBで{r4}にAになった実践項目",
    "令和{n2}年度はA評価だったが総括の総合評価はBの実践項目",
    "{r2}から{r4}の間に終了した実践項目",
    "{r3}より{r4}の評価が上がった実践項目",
    "{r2}も{r3}もB評価だった実践項目",
    "総合評価がA以外で、まだ終わってない実践項目",
    "納税課の実践項目で総合評価がB",
    "令和{n5}年度以降に終わった実践項目",
    # (years said by where they stand: read from the report's own graded years)
    "ここ2年連続でCだった実践項目",
    "初年度Cだったけど直近はAになった実践項目",
]


def _years(k: int) -> dict[str, str]:
    out = {}
    for n in range(1, 8):
        out[f"r{n}"] = f"R{n + k}"
        out[f"n{n}"] = str(n + k)
    return out


@pytest.fixture(scope="module")
def shipped_assistant(db):
    return Assistant(db)


@pytest.fixture(scope="module")
def edition_assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edition")
    text = _rename_city(shift_years(corpus_text(SOURCE), SHIFT), CITY)
    (folder / "next_cycle_report.txt").write_text(text, encoding="utf-8")
    index = folder / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("template", QUESTIONS)
def test_next_cycle_answers_like_the_shipped_report(shipped_assistant, edition_assistant, template):
    shipped_assistant.reset()
    edition_assistant.reset()
    want = shipped_assistant.ask(template.format(**_years(0)))
    got = edition_assistant.ask(template.format(**_years(SHIFT)))
    # (an answer a disputed copy leaves in doubt says so first, as partial, in both editions alike)
    assert (want.status == "exact" or "記載が食い違っています" in want.caveat) and want.rows, (want.summary, want.unused)
    assert got.status == want.status and not got.unused, (got.summary, got.unused)
    assert _codes(got) == _codes(want)


def test_the_city_of_the_edition_scopes_and_the_old_one_finds_nothing(edition_assistant):
    edition_assistant.reset()
    scoped = edition_assistant.ask(f"{CITY}市の実践項目で総合評価がC")
    assert scoped.status == "exact" and len(scoped.rows) == 1
    edition_assistant.reset()
    other = edition_assistant.ask("苫小牧市の実践項目で総合評価がC")
    assert other.status in ("no_match", "search") and not any(r["key"].startswith("practice:") for r in other.rows)


@pytest.fixture(scope="module")
def both_assistant(tmp_path_factory, corpus_dir):
    """The shipped corpus and a later cycle of another city (years R6–R9): two plan reports whose
    取組項目 share their numbers."""
    import shutil

    folder = tmp_path_factory.mktemp("both")
    shutil.copytree(corpus_dir, folder / "docs")
    text = _rename_city(shift_years(corpus_text(SOURCE), 4), CITY)
    (folder / "docs" / "later_cycle_report.txt").write_text(text, encoding="utf-8")
    summary = build_index([folder / "docs"], folder / "gyokaku.db")
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(folder / "gyokaku.db"))


def test_every_year_is_every_year_the_city_s_report_grades(shipped_assistant, both_assistant):
    shipped_assistant.reset()
    both_assistant.reset()
    want = shipped_assistant.ask("ずっとA評価だった実践項目")
    got = both_assistant.ask(f"{CITY}市の実践項目でずっとAのもの")
    assert want.rows and _codes(got) == _codes(want)
    assert all(c["field"] not in ("r2", "r3", "r4", "r5") for c in got.understood)


def test_the_records_a_follow_up_reaches_are_in_the_same_report(shipped_assistant, both_assistant):
    shipped_assistant.reset()
    both_assistant.reset()
    shipped_assistant.ask("実践項目28")
    want = shipped_assistant.ask("その委員の意見は？")
    both_assistant.ask(f"{CITY}市の実践項目28")
    got = both_assistant.ask("その委員の意見は？")
    assert len(got.rows) == len(want.rows) > 0
    assert {r["source"] for r in got.rows} == {"later_cycle_report.txt"}


def test_two_cities_counts_compared(both_assistant):
    both_assistant.reset()
    answer = both_assistant.ask(f"苫小牧市と{CITY}市の実践項目の数の差は？")
    assert answer.status == "exact" and answer.value == 0
    assert [r["count"] for r in answer.rows] == [95, 95]


def test_the_parts_of_a_second_reports_initiative_named_by_its_number(both_assistant):
    both_assistant.reset()
    both_assistant.ask(f"{CITY}市の取組項目3")
    got = both_assistant.ask("その委員の意見は？")
    assert got.rows and {r["source"] for r in got.rows} == {"later_cycle_report.txt"}
    assert all(str(r["initiative"]) == "3" for r in got.rows)


def test_years_said_by_where_they_stand_are_the_named_city_s(shipped_assistant, both_assistant):
    shipped_assistant.reset()
    both_assistant.reset()
    want = shipped_assistant.ask("初年度Cだったけど直近はAになった実践項目")
    got = both_assistant.ask(f"{CITY}市の実践項目で初年度Cだったけど直近はAになったもの")
    assert want.rows and _codes(got) == _codes(want)
    assert {c["field"] for c in got.understood} >= {"r6", "r9"}
    both_assistant.reset()
    unnamed = both_assistant.ask("初年度Cだったけど直近はAになった実践項目")
    assert unnamed.status != "exact"  # (two reports grade different years: which is meant is not said)
