"""Years said by where they stand among the years the practice list grades (最終年度, 初年度, 2年目, 「その前の年」)
are read from the list itself: over the shipped report and over a made edition three years later, each such question
gives the items its plain-year wording gives, and the understood line names the year meant (「最終年度（R5）」).
So do 「4年間の年度別評価がずっと」 (every year graded), 「前年度より上がった年がある」 (a rise in some year, each against
its own year before) and 「上がった年も下がった年も」 (both moves).
The years are read from each index, never written here."""
from __future__ import annotations

import pytest

from assistant.kinds.registry import is_year_field, year_fields
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.helpers import corpus_text
from tests.kinds.test_plan_report_editions import SOURCE, _rename_city, shift_years

SHIFT = 3

# (relative wording, the same asked with the years by number: {y0} the first graded, {y1} the second, {last} …)
PAIRS = [
    ("年度別評価で、最終年度の欄が「-」になっている実践項目は何件？", "{last}の欄が「-」になっている実践項目は何件？", "最終年度"),
    ("初年度にA評価で、最終年度の欄は「-」になっている実践項目", "{y0}にA評価で、{last}が「-」の実践項目", "最終年度"),
    ("初年度Bから2年目にAへ上がった実践項目を教えて", "{y0}がBで{y1}にAになった実践項目", "2年目"),
    ("2年目の評価がCだった実践項目", "{y1}の評価がCだった実践項目", "2年目"),
    ("最終年度にAで、その前の年はBだった実践項目", "{last}にAで、{before_last}はBだった実践項目", "最終年度"),
    ("最初の2年はどちらもBで、その翌年度にAに上がった実践項目", "{y0}と{y1}はどちらもBで、{y2}にAに上がった実践項目", "最初の2年"),
    ("4年間の年度別評価がずっとAだった実践項目は何件？", "{y0}から{last}までずっとAだった実践項目は何件？", ""),
    ("前年度より評価が上がった年が一度でもある実践項目は何件？", "評価が上がった実践項目は何件？", ""),
    ("評価が上がった年も下がった年も両方ある実践項目", "評価が上がったことがあり、評価が下がったこともある実践項目", ""),
]


def _graded_years(db) -> list[str]:
    cols = [r[1] for r in db.execute("PRAGMA table_info(practice)") if is_year_field(r[1])]
    held = [c.upper() for c in year_fields(cols)
            if db.execute(f"SELECT 1 FROM practice WHERE trim(coalesce([{c}], '')) NOT IN ('', '-', '－') LIMIT 1").fetchone()]
    if len(held) < 3:
        pytest.skip("no practice list graded over three years")
    return held


def _names(years: list[str]) -> dict[str, str]:
    return {"y0": years[0], "y1": years[1], "last": years[-1], "before_last": years[-2],
            "y2": years[2]}


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    folder = tmp_path_factory.mktemp("later_edition")
    (folder / "later_report.txt").write_text(_rename_city(shift_years(corpus_text(SOURCE), SHIFT), "室蘭"), encoding="utf-8")
    summary = build_index([folder], folder / "gyokaku.db")
    assert not summary.skipped, summary.skipped
    db = open_index(folder / "gyokaku.db")
    return db, Assistant(db)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("said,plain,word", PAIRS)
def test_a_year_said_by_its_place_is_that_year_in_either_edition(db, edition, said, plain, word):
    made_db, made = edition
    shipped = Assistant(db)
    shipped_years, made_years = _graded_years(db), _graded_years(made_db)
    assert shipped_years != made_years  # (the made edition's years are others: nothing fitted to the shipped ones)
    for assistant, years in ((shipped, shipped_years), (made, made_years)):
        assistant.reset()
        got = assistant.ask(said)
        assistant.reset()
        want = assistant.ask(plain.format(**_names(years)))
        assert want.status == "exact" and (want.rows or want.value), want.summary
        assert got.status == "exact" and not got.unused, (got.summary, got.unused)
        assert _codes(got) == _codes(want) and got.value == want.value
        if word:
            meant = {"最終年度": years[-1], "2年目": years[1], "最初の2年": years[1]}[word]
            assert any(f"{word}（{meant}）" in c["label"] for c in got.understood), got.understood


def test_the_year_before_is_the_one_before_the_year_said(db):
    years = _graded_years(db)
    answer = Assistant(db).ask("最終年度にAで、その前の年はBだった実践項目")
    labels = [c["label"] for c in answer.understood]
    assert any(f"（{years[-2]}）" in label and "B" in label for label in labels), labels


def test_a_place_past_the_years_graded_is_left_as_said(db):
    years = _graded_years(db)
    if len(years) >= 9:
        pytest.skip("nine years graded")
    answer = Assistant(db).ask("9年目の評価がCだった実践項目")
    assert answer.status == "partial" and "9年目" in answer.unused, (answer.status, answer.unused)


@pytest.mark.parametrize("grades", [("C", "B", "A"), ("A", "B", "C")])
def test_grades_in_turn_are_those_of_some_consecutive_years(db, edition, grades):
    """「C→B→Aと2年続けて上がった」: the grades in turn over some run of consecutive graded years, in either edition."""
    made_db, made = edition
    verb = "上がった" if grades[0] > grades[-1] else "下がった"
    for assistant, years in ((Assistant(db), _graded_years(db)), (made, _graded_years(made_db))):
        assistant.reset()
        got = assistant.ask(f"{'→'.join(grades)}と2年続けて評価が{verb}実践項目")
        want: set[str] = set()
        for i in range(len(years) - len(grades) + 1):
            assistant.reset()
            said = "で".join(f"{y}が{g}" for y, g in zip(years[i:], grades))
            answer = assistant.ask(f"{said}の実践項目")
            assert answer.status in ("exact", "no_match"), (said, answer.summary)
            want |= {str(r["code"]) for r in answer.rows}
        assert got.status == ("exact" if want else "no_match") and not got.unused, (got.summary, got.unused)
        assert set(_codes(got)) == want


def test_a_year_and_the_next_unnamed_are_some_consecutive_pair(db, edition):
    """「前の年はAかBだったのに、翌年度にCに下がった」: some year graded A or B and the year after it C, in either edition."""
    made_db, made = edition
    for assistant, years in ((Assistant(db), _graded_years(db)), (made, _graded_years(made_db))):
        assistant.reset()
        got = assistant.ask("前の年はAかBだったのに、翌年度にCに下がった実践項目")
        want: set[str] = set()
        for before, after in zip(years, years[1:]):
            assistant.reset()
            answer = assistant.ask(f"{before}がAかBで、{after}がCの実践項目")
            assert answer.status in ("exact", "no_match"), answer.summary
            want |= {str(r["code"]) for r in answer.rows}
        assert want and got.status == "exact" and not got.unused, (got.summary, got.unused)
        assert set(_codes(got)) == want
