"""「運用コスト削減見込み、和歌山の4町と群馬の6町村で何ポイント差がある」: the label said first before a comma, and
prefectures said without 県 before a count of their towns, read as the two cases' figures compared (the same as
「和歌山県の4町と群馬県の6町村とでは、運用コスト削減見込みに何ポイントの差」). The expected value is the engine's own
answer to the plain wording, which reads both figures from the passages."""
from __future__ import annotations

import pytest

from assistant.query.grammar.phrasings import rephrase


def test_prefecture_said_bare_before_a_count_of_towns():
    assert rephrase("和歌山の4町と群馬の6町村") == "和歌山県の4町と群馬県の6町村"
    assert rephrase("岡山市の事業") == "岡山市の事業"


def test_label_said_first_and_bare_prefectures(assistant, db):
    row = db.execute("SELECT count(*) FROM case_study WHERE title LIKE '%クラウド%'").fetchone()
    if not row or row[0] < 2:
        pytest.skip("no two cloud cases")
    plain = assistant.ask("和歌山県の4町と群馬県の6町村とでは、運用コスト削減見込みに何ポイントの差がある？")
    if plain.value is None:
        pytest.skip("the plain wording reads no difference here")
    assistant.reset()
    answer = assistant.ask("自治体クラウドの運用コスト削減見込み、和歌山の4町と群馬の6町村で何ポイント差がある？")
    assert answer.value == plain.value and answer.status == "search", answer.summary


def test_larger_of_the_two_cases_just_shown(assistant, db):
    first = assistant.ask("事例集の自治体クラウド導入の事例について教えてください。")
    if len(first.rows) != 2:
        pytest.skip("not two cloud cases")
    answer = assistant.ask("二つの事例のうち、運用コストの削減見込みが大きい方はどの団体の事例で、何％ですか。")
    assert len(answer.rows) == 1 and answer.rows[0]["key"] in {r["key"] for r in first.rows}, answer.summary
    other = next(r for r in first.rows if r["key"] != answer.rows[0]["key"])
    assistant.reset()
    assistant.ask("事例集の自治体クラウド導入の事例について教えてください。")
    smaller = assistant.ask("二つの事例のうち、運用コストの削減見込みが小さい方はどの団体の事例？")
    assert [r["key"] for r in smaller.rows] == [other["key"]], smaller.summary
