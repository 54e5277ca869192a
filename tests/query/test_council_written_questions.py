"""A council secretariat's written question (paraphrases132): 如何 and 〜の件数を問う / 〜について伺う closing
the question, 未だ for まだ, において after a bracketed gloss, a cell's 事項 said with its field (実施予定の
事項が記載されていない), 及び between two scores, a score named as the topic before its highest and lowest,
and a department spelled in kana as most copies of the report print it."""
from __future__ import annotations

import json

from tests.conversation_helpers import ask


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_ikan_and_tou_close_a_written_question(assistant, db):
    want = db.execute("SELECT count(*) FROM practice WHERE ended = 'R5'").fetchone()[0]
    answer = ask(assistant, "取組終了年度が令和5年度とされた実践項目の件数を問う。")
    assert answer.status == "exact" and answer.count == want
    dept = db.execute("SELECT departments FROM practice WHERE code = '9'").fetchone()[0]
    answer = ask(assistant, "実践項目9の担当部署如何。")
    assert answer.status == "exact" and json.loads(dept)[0] in str(answer.value)


def test_imada_is_mada(assistant, db):
    blank = {str(c) for c, e in db.execute("SELECT code, ended FROM practice") if not any(ch.isdigit() for ch in (e or ""))}
    answer = ask(assistant, "取組終了の欄が未だ空欄である実践項目について伺う。")
    assert answer.status == "exact" and _codes(answer) == blank


def test_niokeru_after_a_bracketed_gloss(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE r3 = 'B'")}
    answer = ask(assistant, "令和3年度の総合評価（自己評価）においてB評価とされた実践項目を示されたい。")
    # (partial only for the items whose copies disagree on the grade, as said without the gloss)
    assert answer.status in ("exact", "partial") and not answer.unused and _codes(answer) == want


def test_a_cells_entries_said_with_its_field(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM joint_project WHERE coalesce(planned, '') = ''")}
    answer = ask(assistant, "今年度に実施予定の事項が記載されていない連携事業を示されたい。")
    assert answer.status == "exact" and _codes(answer) == want


def test_oyobi_between_two_scores(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE efficiency = 3 AND creativity = 3")}
    answer = ask(assistant, "効率性及び創造性がいずれも3点であった実践項目を示されたい。")
    assert answer.status == "exact" and _codes(answer) == want


def test_a_score_as_the_topic_then_its_extremes(assistant, db):
    scores = [r[0] for r in db.execute("SELECT committee_score FROM initiative WHERE committee_score IS NOT NULL")]
    answer = ask(assistant, "取組項目ごとの委員評価について、最高と最低の差は如何。")
    assert answer.status == "exact" and abs(float(answer.value) - (max(scores) - min(scores))) < 1e-6


def test_a_department_spelled_as_most_copies_print_it(db):
    # N9's own sheet prints ゼロゴミ, the lists ゼロごみ: the spelling the report mostly uses is kept.
    depts = {c: json.loads(d) for c, d in db.execute("SELECT code, departments FROM practice WHERE code IN ('9', 'N9', 'N13')")}
    assert all(any("ゼロごみ推進課" in d for d in ds) for ds in depts.values())


def test_a_department_asked_in_the_other_kana(assistant, db):
    want = {str(c) for c, d in db.execute("SELECT code, departments FROM practice") if "ゼロごみ推進課" in d}
    answer = ask(assistant, "ゼロゴミ推進課が所管する実践項目を示されたい。")
    assert answer.status == "exact" and _codes(answer) == want
