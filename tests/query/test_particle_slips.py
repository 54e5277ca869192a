"""A non-native speaker's wordings (paraphrases128): 『4年間全部Bが評価』 (全部 after the years is every year), 『評価下降した』
(下降 is 下がった), 『課の名前も』 after 『担当部は』 (the 課 asked by its name is the 担当課). Expected answers are
computed from the index's own cells."""
from __future__ import annotations

from tests.conversation_helpers import ask

_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}


def _practices(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT * FROM practice")]


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_every_one_of_the_years_said_with_zenbu(assistant, db):
    years = sorted(c for c in db["practice"].columns_dict if c in ("r2", "r3", "r4", "r5"))
    want = {r["code"] for r in _practices(db) if all((r[y] or "") == "B" for y in years)}
    a = ask(assistant, f"{len(years)}年間全部Bが評価の項目はどれですか")
    assert a.status == "exact" and _codes(a) == want


def test_kakou_is_a_fall(assistant, db):
    want = {r["code"] for r in _practices(db)
            if r["r4"] in _ORDER and r["r5"] in _ORDER and _ORDER[r["r5"]] > _ORDER[r["r4"]]}
    a = ask(assistant, "R4からR5にかけて評価下降した実践項目はありますか？どれですか")
    assert a.status == "exact" and _codes(a) == want and not a.unused


def test_the_section_asked_by_its_name_after_the_bureau(assistant, db):
    want = {str(r["section"]) for r in db.query("SELECT section FROM program WHERE name LIKE '%連絡調整会議%'")}
    a = ask(assistant, "埼玉県東南部都市連絡調整会議事業の担当部は何ですか", "課の名前も教えてください")
    assert a.status == "exact" and {str(a.value)} == want
