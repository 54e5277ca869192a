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
