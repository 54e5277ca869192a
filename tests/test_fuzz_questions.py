"""Whatever is typed, `ask` returns an Answer (maybe with an error) and never raises or writes."""
from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.query.answer import Answer

NASTY = ['"', "*", "AND", "OR", "NOT", "NEAR(", "^", "passages_tri:", "norm:", "'; DROP TABLE practice; --",
         "\x00", "\x1b[31m", "\ud800", "😀", "R4", "No.", "実践項目", "以上", "〜", "「", "」", "N", "0.5", "ー"]

questions = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(NASTY), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)), max_size=20).map(" ".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=questions)
def test_ask_never_raises(assistant, q):
    a = assistant.ask(q)
    assert isinstance(a, Answer)
    assert isinstance(a.summary, str)
    a.to_dict()


def test_very_long_and_odd_questions(assistant, index_path):
    before = hashlib.sha256(index_path.read_bytes()).hexdigest()
    for q in ["あ" * 100_000, " " * 50, "。、！？…", "\x01\x02\x03", "R4に終了" * 5000, "\udcff\udcfe"]:
        a = assistant.ask(q)
        assert isinstance(a, Answer)
    assert hashlib.sha256(index_path.read_bytes()).hexdigest() == before
