"""A theme's records left out (「人材テーマの取組項目を除いた中で」) and a second theme left out after そのうち
(「人材のテーマに○」→「そのうちICTの欄に○が入っていないもの」): read from the shipped corpus's themes."""
from __future__ import annotations

import json


def _themes(db) -> dict[str, set[str]]:
    return {str(code): set(json.loads(themes or "[]")) for code, themes in db.execute("SELECT code, themes FROM initiative")}


def _two_themes(db) -> tuple[str, str]:
    """Two themes, each held by some initiative the other is not, and held together by some."""
    held = _themes(db)
    names = sorted({t for ts in held.values() for t in ts})
    for a in names:
        for b in names:
            if a != b and any(a in ts and b not in ts for ts in held.values()) and any({a, b} <= ts for ts in held.values()):
                return a, b
    raise AssertionError("no two themes to tell apart")


def test_a_themes_records_left_out(assistant, db):
    held = _themes(db)
    theme, _ = _two_themes(db)
    floor = sorted(float(s) for (s,) in db.execute("SELECT committee_score FROM initiative WHERE committee_score IS NOT NULL"))[len(held) // 2]
    want = {c for c, s in db.execute("SELECT code, committee_score FROM initiative WHERE committee_score >= ?", [floor])
            if theme not in held[str(c)]}
    for asked in ("{t}テーマの取組項目を除いた中で、委員評価が{f}以上のものはどれになりますか。",
                  "{t}のテーマの取組項目以外で、委員評価が{f}以上のもの"):
        assistant.reset()
        answer = assistant.ask(asked.format(t=theme, f=floor))
        assert answer.status == "exact" and not answer.unused, answer.summary
        assert {str(r["code"]) for r in answer.rows} == {str(c) for c in want}, answer.summary


def test_a_second_theme_left_out_narrows_the_first(assistant, db):
    held = _themes(db)
    a, b = _two_themes(db)
    assistant.ask(f"{a}のテーマに○が付いている取組項目を教えていただけますか。")
    answer = assistant.ask(f"そのうち、{b}の欄に○が入っていないものはどれですか。")
    assert {str(r["code"]) for r in answer.rows} == {c for c, ts in held.items() if a in ts and b not in ts}, answer.summary


def test_the_same_theme_left_out_after_jaa_replaces_it(assistant, db):
    held = _themes(db)
    a, _ = _two_themes(db)
    assistant.ask(f"{a}のテーマの取組項目")
    answer = assistant.ask(f"じゃあ{a}に○がないのは？")
    assert {str(r["code"]) for r in answer.rows} == {c for c, ts in held.items() if a not in ts}, answer.summary
