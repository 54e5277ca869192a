"""Keyword-style questions (paraphrases126: words without grammar, 『消防 実践項目』『N 合計12』『R4 評価 -』) and
Hokkaido speech (paraphrases127: 『評価落ちた』『どこさ？』『がらみ』『テーマの丸が1個しか』): each bare word still
becomes its condition; expected answers computed from the index's own cells."""
from __future__ import annotations

import json

import pytest

from tests.conversation_helpers import ask

_DASHES = ("-", "―", "‐", "ー", "－")


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def _practices(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT * FROM practice")]


def test_a_bureau_word_typed_before_the_records_word_is_that_bureau(assistant, db):
    want = {r["code"] for r in _practices(db)
            if any(d.startswith(("(消)", "（消）")) for d in json.loads(r["departments"] or "[]"))}
    assert want
    answer = ask(assistant, "消防 実践項目 教えて")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


@pytest.mark.parametrize("question", ["R4 評価 - 件数", "R4評価 - (終了済) 件数"])
def test_a_dash_typed_after_a_years_grade_word_is_the_printed_dash(assistant, db, question):
    want = sum(1 for r in _practices(db) if (r["r4"] or "") in _DASHES)
    assert want
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.value == want


@pytest.mark.parametrize("question, extra", [("N 合計12", lambda r: r["total"] == 12),
                                             ("R5 A N 件数", lambda r: r["r5"] == "A")])
def test_the_mark_n_typed_alone_is_the_added_items(assistant, db, question, extra):
    want = {r["code"] for r in _practices(db) if str(r["code"]).startswith("N") and extra(r)}
    assert want
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    if answer.rows and "code" in answer.rows[0]:
        assert _codes(answer) == want
    else:
        assert answer.value == len(want)


def test_no_n_mark_followed_by_more_said_of_the_items_in_a_follow_up(assistant, db):
    want = {r["code"] for r in _practices(db) if not str(r["code"]).startswith("N")
            and any(d.startswith("(環)") for d in json.loads(r["departments"] or "[]"))}
    answer = ask(assistant, "(環)の部署の担当になってる実践項目ってどれ？", "そのうちNの付かない、最初からあるやつは？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_a_grade_fallen_said_without_its_particle(assistant, db):
    order = {"A": 3, "B": 2, "C": 1}
    want = {r["code"] for r in _practices(db) if r["r4"] in order and r["r5"] in order and order[r["r5"]] < order[r["r4"]]}
    answer = ask(assistant, "4年度から5年度で評価落ちた実践項目ってどれ？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_the_bodys_average_bounded_by_a_number_is_the_printed_average(assistant, db):
    want = {str(r["code"]) for r in db.query("SELECT code, committee_score, self_overall FROM initiative")
            if r["self_overall"] == "A" and r["committee_score"] is not None and float(r["committee_score"]) < 4.0}
    answer = ask(assistant, "自己評価はAなのに、審議会の平均は4.0未満だった取組項目あるかい？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_the_theme_marks_counted(assistant, db):
    want = {str(r["code"]) for r in db.query("SELECT code, themes FROM initiative")
            if len(json.loads(r["themes"] or "[]")) == 1}
    answer = ask(assistant, "テーマの丸が1個しかついてない取組項目ってどれさ？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == want


def test_the_ones_high_in_a_score_from_the_top(assistant, db):
    rows = [r for r in db.query("SELECT code, total, themes FROM initiative") if "財政" in json.loads(r["themes"] or "[]")]
    want = [str(r["code"]) for r in sorted(rows, key=lambda r: -float(r["total"]))[:3]]
    answer = ask(assistant, "財政のテーマが付いてる取組項目で、合計が高いの上から3つ教えて")
    assert answer.status == "exact", answer.summary
    assert [str(r["code"]) for r in answer.rows] == want


def test_a_topic_with_garami_asked_where(assistant):
    answer = ask(assistant, "図書館がらみの取組事例出してるとこ、どこさ？")
    assert "図書館" in json.dumps([r.get("title") for r in answer.rows], ensure_ascii=False)
    assert "自治体" in answer.summary  # (the places asked, not only the records)


def test_a_record_named_by_its_topic_then_its_field_after_a_comma(assistant):
    answer = ask(assistant, "公設地方卸売市場の取組、取組終了は何年何月になってる？")
    assert answer.status == "exact", answer.summary
    assert len(answer.rows) == 1 and "公設地方卸売市場" in answer.rows[0]["title"]
