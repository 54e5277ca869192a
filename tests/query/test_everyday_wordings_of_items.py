"""Everyday and Hakata wordings of the plan's items (computed from the index's own cells): a bureau said as
「消防のほうの」, the end cell said 「終わる年が書いてない」, a field glossed by plain words before its name in
brackets, a grade said with its rank, 「2020年度には始まっていた」, Hakata's いっちょん / ～んやった / ～か / と, items
shared with other sections counted with a note, and a follow-up on a field only the held records have."""
from __future__ import annotations

import json


def _items(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT * FROM practice")]


def _fresh(db):
    from assistant.query.conversation import Assistant

    return Assistant(db)  # (a new conversation: the next question is no follow-up)


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_a_bureau_said_with_nohou_before_its_section(assistant, db):
    want = {r["code"] for r in _items(db) if "(消)総務課" in json.loads(r["departments"] or "[]")}
    assert want
    answer = assistant.ask("消防のほうの総務課がやっている取り組みを教えてください")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_the_end_year_said_unwritten_is_the_blank_end_cell(assistant, db):
    want = {r["code"] for r in _items(db) if not r["ended"]}
    assert want
    answer = assistant.ask("取り組みの終わる年が書いてない、まだ終わっていないものを全部教えてください")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_plain_words_glossing_a_field_in_brackets_are_that_field(assistant, db):
    answer = assistant.ask("進み具合（進捗度）の点数が1点しかついていないものはどれ？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {r["code"] for r in _items(db) if r["progress"] == 1}
    answer = _fresh(db).ask("最後のまとめの評価（総合評価）でCになっているものは何番ですか")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {r["code"] for r in _items(db) if r["overall"] == "C"}


def test_a_department_before_a_glossed_field_is_kept(assistant):
    answer = assistant.ask("納税課の評価（総合評価）がBの実践項目")
    assert any(c["field"] == "@dept" for c in answer.query["conditions"])


def test_a_grade_said_with_its_rank_is_the_grade(assistant, db):
    answer = assistant.ask("令和4年度（2022年度）の評価がいちばん悪いCランクだった取り組みはどれですか")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {r["code"] for r in _items(db) if r["r4"] == "C"}


def test_begun_by_a_year_and_never_graded_a(assistant, db):
    years = ("r2", "r3", "r4", "r5")
    want = [r for r in _items(db) if r["r2"] and not any(r[y] == "A" for y in years)]
    answer = assistant.ask("2020年度には始まっていたのに、令和5年度までで一回もAをもらえていないものはいくつありますか")
    assert answer.status == "exact", answer.summary
    assert answer.count == len(want)


def test_hakata_never_and_new_items_left_out(assistant, db):
    years = ("r2", "r3", "r4", "r5")
    want = [r for r in _items(db) if not r["code"].startswith("N") and not any(r[y] == "A" for y in years)]
    answer = assistant.ask("R2からR5まで、いっちょんAにならんやった実践項目は何件？（Nのつくとは除いて）")
    assert answer.status == "exact", answer.summary
    assert answer.count == len(want)


def test_never_a_of_items_said_graded_from_a_year_keeps_that_year(assistant, db):
    # 「R2から評価がある」「R2からある」 items that never got an A: graded in R2 is a condition of its own (the span
    # alone, as in 「R2からR5まで一度もAにならんやった」, is not).
    years = ("r2", "r3", "r4", "r5")

    def graded(v) -> bool:
        return (v or "").strip().upper() not in ("", "-", "未")

    want = {r["code"] for r in _items(db) if graded(r["r2"]) and not any(r[y] == "A" for y in years)}
    assert want
    for question in ("R2から評価がある実践項目のうち、一度もAを取れていないのは何件？",
                     "R2からある項目で、一度もAを取ってないのは何件？"):
        answer = _fresh(db).ask(question)
        assert answer.status == "exact", answer.summary
        assert answer.count == len(want), question


def test_hakata_adjectives_and_glossed_grade(assistant, db):
    years = ("r2", "r3", "r4", "r5")
    answer = assistant.ask("四年間ずっとよか評価（A）やったとは何件？")
    assert answer.status == "exact", answer.summary
    assert answer.count == sum(all(r[y] == "A" for y in years) for r in _items(db))
    low = min(r["total"] for r in _items(db) if r["total"] is not None)
    answer = _fresh(db).ask("総括の合計がいちばん低か実践項目はどれ？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {r["code"] for r in _items(db) if r["total"] == low}


def test_items_shared_with_other_sections_counted_with_a_note(assistant, db):
    want = [r for r in _items(db) if any(d.endswith("行政監理室") for d in json.loads(r["departments"] or "[]"))]
    answer = assistant.ask("行政監理室が担当しとる実践項目は全部で何件あると？ほかの課と一緒に持っとるとも入れて")
    assert answer.status == "exact", answer.summary
    assert answer.count == len(want)
    assert any("共同" in n for n in answer.notes)


def test_a_follow_up_on_a_field_of_the_held_records_narrows_them(assistant, db):
    first = assistant.ask("取組項目で総合評価がBのもの")
    held = _codes(first)
    answer = assistant.ask("その中で取組終了がR3のもの")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {r["code"] for r in _items(db) if str(r["initiative"]) in held and r["ended"] == "R3"}


def test_which_is_highest_after_one_holding_record_is_among_what_it_holds(assistant, db):
    first = assistant.ask("RPA（パソコンの自動化）の取り組みを教えて")
    assert len(first.rows) == 1
    held = str(first.rows[0]["code"])
    items = [r for r in _items(db) if str(r["initiative"]) == held and r["total"] is not None]
    top = max(r["total"] for r in items)
    answer = assistant.ask("点数の合計が一番高いのはどれ？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {r["code"] for r in items if r["total"] == top}
