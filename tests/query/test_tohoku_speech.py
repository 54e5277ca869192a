"""Questions said in Tohoku speech and plain talk (paraphrases123): a bureau mark glossed in words (no theme), いつも
over a span of years, 逆に…どれだべ after a change, 「なんぼの部さまたがってんの」, さ for に, 委員さん, a count of a
grade's items moved between two years, the groups holding the most added items, 差あんの, なんぼ before a counter.
Every expected value is computed from the index."""
from __future__ import annotations

import json
import re

_MARK = re.compile(r"^[(（]([^)）]+)[)）]")


def _practice(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT * FROM practice")]


def _bureaus(depts) -> set[str]:
    return {m.group(1) for d in json.loads(depts or "[]") if (m := _MARK.match(d))}


def test_bureau_mark_glossed_in_words_is_no_theme(assistant, db):
    want = {r["code"] for r in _practice(db) if "財" in _bureaus(r["departments"])}
    answer = assistant.ask("(財)の部、財政とか税のほうの部署が絡んでる実践項目、なんぼあるべ？")
    assert not any(c.get("field") == "themes" for c in answer.understood), answer.understood
    assert answer.count == len(want)


def test_always_over_a_span_of_bare_years(assistant, db):
    want = {r["code"] for r in _practice(db) if all(r.get(f) == "A" for f in ("r2", "r3", "r4", "r5"))}
    answer = assistant.ask("２年度から５年度まで、いっつもAだった実践項目ってどれだべ？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_the_opposite_restated_with_which(assistant, db):
    order = {"A": 3, "B": 2, "C": 1}
    want = {r["code"] for r in _practice(db) if r.get("r4") in order and r.get("r5") in order
            and order[r["r5"]] > order[r["r4"]]}
    assistant.ask("４年度から５年度にかけて評価下がった実践項目ってあったっけ？")
    answer = assistant.ask("じゃあ逆に、上がったのはどれだべ？")
    assert not answer.unused, answer.unused
    assert {r["code"] for r in answer.rows} == want


def test_bureaus_spanned_by_an_initiatives_items(assistant, db):
    rows = [r for r in _practice(db) if str(r.get("initiative")) == "12"]
    want = set().union(*(_bureaus(r["departments"]) for r in rows))
    answer = assistant.ask("行政事務の民間委託の実践項目って、なんぼの部さまたがってんの？括弧の略称で数えてけろ")
    assert answer.status == "exact", answer.summary
    assert answer.value == len(want)


def test_sa_before_a_verb_of_reaching_is_ni(assistant):
    said = assistant.ask("自己評価はAなのに、審議会評価が4.0さ届かなかった取組項目ってあるっけ？")
    plain = assistant.ask("自己評価はAなのに、審議会評価が4.0に届かなかった取組項目ってあるっけ？")
    assert not said.unused
    assert {r["code"] for r in said.rows} == {r["code"] for r in plain.rows}


def test_grade_count_moved_between_two_years_said_first(assistant, db):
    rows = _practice(db)
    want = sum(r.get("r3") == "A" for r in rows) - sum(r.get("r2") == "A" for r in rows)
    answer = assistant.ask("令和２年度と令和３年度で、A取った実践項目の数ってなんぼ増えたの？")
    assert answer.value == want
    assert not answer.unused


def test_group_holding_the_most_added_items(assistant, db):
    counts: dict[str, int] = {}
    for r in _practice(db):
        if str(r["code"]).startswith("N"):
            counts[str(r["initiative"])] = counts.get(str(r["initiative"]), 0) + 1
    best = max(counts.values())
    want = {k for k, n in counts.items() if n == best}
    answer = assistant.ask("Nで始まる新しい実践項目、一番多く抱えてる取組項目ってどれ？")
    assert answer.status == "exact", answer.summary
    assert {str(r["code"]) for r in answer.rows} == want


def test_difference_asked_with_sa_aru(assistant, db):
    scores = [float(r["committee_score"]) for r in db.query("SELECT committee_score FROM initiative")
              if r["committee_score"] not in (None, "")]
    answer = assistant.ask("取組項目の審議会評価、一番高いのと一番低いのでなんぼ差あんの？")
    assert answer.status == "exact", answer.summary
    assert abs(float(answer.value) - (max(scores) - min(scores))) < 1e-6


def test_members_said_politely_without_ga(assistant):
    plain = assistant.ask("キャッシュレスとかクレジットの手数料のこと、委員が何か言ってる取組あったべ？どれ？")
    said = assistant.ask("キャッシュレスとかクレジットの手数料のこと、委員さん何か言ってる取組あったべ？どれ？")
    assert said.target == plain.target == "comment"
    assert [r["key"] for r in said.rows] == [r["key"] for r in plain.rows]


def test_nanbo_before_a_counter_is_a_number(assistant):
    answer = assistant.ask("税務業務さRPA入れたやつ、令和３年度で年間なんぼ時間減ったって書いてあったっけ？")
    assert answer.value is not None
    assert answer.status != "exact"
