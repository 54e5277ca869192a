"""Two municipalities of the index typed run together (「岡山倉敷の…」) are the two, as 「岡山と倉敷の…」 is
(run_together_places.py); a run the documents print, or one name twice, stays as typed."""
from __future__ import annotations

from assistant.query.run_together_places import places_split


def _two_cities(db) -> tuple[str, str]:
    from assistant.query.lexicon import load_lexicon

    bare = sorted(w for w in load_lexicon(db).municipality_words() if not w.endswith(("市", "町", "村")))
    assert len(bare) >= 2, bare
    return bare[0], bare[1]


def test_run_together_is_read_as_the_two(assistant, db):
    a, b = _two_cities(db)
    want = assistant.ask(f"{a}と{b}の連携事業")
    got = assistant.ask(f"{a}{b}の連携事業")
    assert {r["code"] for r in got.rows} == {r["code"] for r in want.rows} and got.rows
    assert got.status == want.status and not got.unused
    assert any(f"「{a}{b}」を" in n for n in got.notes), got.notes


def test_what_is_not_two_places_stays():
    notes: list[str] = []
    assert places_split("岡山岡山の", {"岡山"}, None, notes) == "岡山岡山の" and not notes
    assert places_split("南岡山倉敷の", {"岡山", "倉敷"}, None, notes) == "南岡山倉敷の"
    assert places_split("岡山倉敷の", {"岡山", "倉敷"}, lambda w: w == "岡山倉敷", notes) == "岡山倉敷の"
    assert places_split("岡山倉敷の", {"岡山", "倉敷"}, None, notes) == "岡山と倉敷の"
