"""Several conditions packed in one question (paraphrases130): bureau marks listed as alternatives (か) or all
negated (も…ない), a year's 欄 with its dash, a year bound restated in brackets, a gloss in brackets before a
negation, the year a grade was last given, grade counts over a span, none of the children said with 1つも, and two
lists of one kind joined. Expectations are computed from the index's own cells."""
from __future__ import annotations

import json
import re

_MARK = re.compile(r"^[(（]([^)）]+)[)）]")
_YEARS = ("r2", "r3", "r4", "r5")


def _items(db) -> list[dict]:
    rows = [dict(r) for r in db.query("SELECT * FROM practice")]
    for r in rows:
        r["marks"] = {m.group(1) for d in json.loads(r["departments"] or "[]") if (m := _MARK.match(d))}
    return rows


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


def test_bureau_marks_said_as_alternatives(assistant, db):
    want = {r["code"] for r in _items(db) if r["marks"] & {"民", "政"} and r["overall"] == "A"}
    assert want
    answer = assistant.ask("総合評価がAで、担当が(民)か(政)の実践項目")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_bureau_marks_all_negated_with_mo(assistant, db):
    want = {r["code"] for r in _items(db) if not r["marks"] & {"民", "総"}
            and all(r[y] == "B" for y in _YEARS)}
    assert want
    answer = assistant.ask("R2からR5まで4年連続でBの実践項目のうち、担当部署に(民)も(総)も入っていないもの")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_a_years_column_with_the_dash(assistant, db):
    want = {r["code"] for r in _items(db) if r["r4"] == "-"}
    assert want
    for asked in ("R4の欄が「-」になっている実践項目", "R4に「-」がついた実践項目"):
        answer = assistant.ask(asked)
        assert answer.status == "exact", answer.summary
        assert _codes(answer) == want, asked


def test_a_year_bound_restated_in_brackets(assistant, db):
    want = {r["code"] for r in _items(db) if r["ended"] in ("R2", "R3", "R4") and (r["total"] or 0) >= 11}
    assert want
    answer = assistant.ask("取組終了がR4までのもの（R4を含む）で、総括の合計が11点以上の実践項目")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_a_gloss_before_the_negation_of_the_added_items(assistant, db):
    answer = assistant.ask("N番台（R5新規）以外の実践項目")
    assert answer.status == "exact", answer.summary
    assert answer.rows and not any(r["code"].startswith("N") for r in answer.rows)
    with_them = assistant.ask("総合評価がBの実践項目をお願いします。N番台も含めて。")
    assert with_them.status == "exact", with_them.summary
    assert any(r["code"].startswith("N") for r in with_them.rows) and any(not r["code"].startswith("N") for r in with_them.rows)


def test_the_year_a_grade_was_last_given(assistant, db):
    want = {r["code"] for r in _items(db) if r["r4"] == "A" and r["r5"] != "A"}
    assert want
    answer = assistant.ask("Aを最後に取ったのはR4の実践項目")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_grade_count_over_a_span(assistant, db):
    want = {r["code"] for r in _items(db) if sum(r[y] == "A" for y in ("r3", "r4", "r5")) >= 2}
    assert want
    for asked in ("R3からR5の3か年で少なくとも2回はAだった実践項目", "R3からR5で2回以上Aだった実践項目"):
        answer = assistant.ask(asked)
        assert answer.status == "exact", answer.summary
        assert _codes(answer) == want, asked


def test_none_of_the_children_said_with_hitotsumo(assistant, db):
    holding = {r["initiative"] for r in _items(db) if r["ended"] == "R6"}
    all_parents = {r["initiative"] for r in _items(db)}
    want = all_parents - holding
    assert want
    answer = assistant.ask("取組終了がR6の実践項目を1つも含まない取組項目")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_two_lists_joined(assistant, db):
    want = {r["code"] for r in _items(db) if r["r3"] == "C" or r["r4"] == "-"}
    assert want
    answer = assistant.ask("R3にCがついた実践項目と、R4に「-」がついた実践項目、合わせて全部。")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want
    assert answer.count == len(want)


def test_glossed_topic_words_are_alternatives(assistant):
    one = assistant.ask("委員の意見の中で外国人について触れている取組項目")
    glossed = assistant.ask("委員の意見の中で外国人（外国人住民・在留外国人）について触れている取組項目")
    assert glossed.status == "exact", glossed.summary
    assert _codes(glossed) == _codes(one) and _codes(one)


def test_most_said_with_takusan_and_names_appearing(assistant):
    said = assistant.ask("総合評価Aの実践項目を一番たくさん抱えている取組項目は？")
    plain = assistant.ask("総合評価Aの実践項目を一番多く抱えている取組項目は？")
    assert said.status == "exact", said.summary
    assert _codes(said) == _codes(plain) and _codes(plain)
    named = assistant.ask("担当部署として一番多くの実践項目に名前が出てくる課（室）はどこ？")
    assert named.status == "exact", named.summary
    assert named.value == assistant.ask("一番多くの実践項目に名前が挙がっている課はどこ？").value
