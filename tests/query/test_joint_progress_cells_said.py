"""The joint projects' progress cells said loosely: 「実施済みの欄が空っぽ」 is 既に実施 blank, 「H17に予定が
ない/ある」 (the table's own year) is 今年度に実施予定 blank / written (counted from the index)."""
from __future__ import annotations

import pytest


def _codes(db, where: str) -> set[str]:
    return {r[0] for r in db.execute(f"SELECT code FROM joint_project WHERE {where}")}


@pytest.mark.parametrize("question, where", [
    ("もう実施済みの欄が空っぽの連携事業ってある？", "done IS NULL OR done = ''"),
    ("今年度に予定のある連携事業は？", "planned IS NOT NULL AND planned != ''"),
    ("今年度に実施予定のところに何も書いてない連携事業", "planned IS NULL OR planned = ''"),
    # (一度も between まだ and the verb; the cell's gloss in brackets, 空 closing it)
    ("連携事業の中で、まだ一度も実施してない（既に実施の欄が空）のはどれ？", "done IS NULL OR done = ''"),
    # (the cell said by what it holds, 「既に実施した実績」, then 書かれておらず)
    ("既に実施した実績が書かれておらず今年度予定だけの連携事業は", "done IS NULL OR done = ''"),
])
def test_progress_cells_said_loosely(assistant, db, question, where):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _codes(db, where)


def test_the_tables_own_year_said_with_plans_alone(assistant, db):
    answer = assistant.ask("商工部会の事業でH17に予定がないのはどれ")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _codes(db, "subcommittee LIKE '%商工%' AND (planned IS NULL OR planned = '')")


@pytest.mark.parametrize("question, city", [
    ("部会長がずっと岡山市の連携事業ぜんぶ出して", "岡山市"),
    ("部会長が倉敷市の連携事業って何件？納税部会みたいに年度で変わるのは除いて", "倉敷市"),
])
def test_a_chair_city_alone_when_said_so(assistant, db, question, city):
    want = _codes(db, f"chair_city = '{city}'")
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    if answer.rows and "code" in answer.rows[0]:
        assert {r["code"] for r in answer.rows} == want
    assert answer.count == len(want)


def test_the_cell_the_question_names_is_read_first(assistant, db):
    import re

    for done, planned in db.execute("SELECT done, planned FROM joint_project WHERE done <> '' AND planned <> ''"):
        shared = [w for w in re.findall(r"[一-龥ァ-ヶー]{5,}", planned) if w in done]
        if shared:
            break
    else:
        pytest.skip("no project whose two cells share a word")
    answer = assistant.ask(f"{shared[0]} 今年度はいつやる予定？")
    assert answer.excerpts[0]["field"] == "planned", answer.excerpts[:2]
    assert answer.rows[0]["key"] == answer.excerpts[0]["key"]
