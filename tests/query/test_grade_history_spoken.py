"""Grade histories and ends said in speech (Kansai 「やない」「いっぺんも」, 「4年度ずっとBのまま」, years listed
before ずっと, 「足踏み」「ようやく」 after the years before are said, 「AにもCにもならなかった」, a bracketed
「つまり…」 restatement, 「当初（R2年度）から」), a share of the records glossed in brackets before で, and a
topic word before a bureau's mark: each read as its plain wording is (expected sets computed from the index)."""
from __future__ import annotations

import pytest

YEARS = ("r2", "r3", "r4", "r5")


def _practice(db) -> list[dict]:
    return list(db.query("SELECT * FROM practice"))


def _codes(answer) -> set[str]:
    return {str(r.get("code")) for r in answer.rows}


@pytest.mark.parametrize("spoken, plain", [
    ("取組終了がR6やない実践項目はどれ？", "取組終了がR6じゃない実践項目はどれ？"),
    ("R2からR5までいっぺんもAになってへん実践項目は？", "R2からR5まで一度もAになっていない実践項目は？"),
    ("令和3年度までに（つまりR2かR3で）取組終了となった実践項目は？", "令和3年度までに取組終了した実践項目は？"),
])
def test_spoken_wordings_read_as_plain(assistant, spoken, plain):
    a, b = assistant.ask(spoken), assistant.ask(plain)
    assert b.status == "exact" and b.rows, b.summary
    assert a.status == "exact" and not a.unused, (a.status, a.unused, a.summary)
    assert _codes(a) == _codes(b)


def test_stayed_then_finally_rose(assistant, db):
    want = {str(r["code"]) for r in _practice(db)
            if [str(r[y] or "").upper() for y in YEARS] == ["B", "B", "B", "A"]}
    assert want
    answer = assistant.ask("R2、R3、R4とずっとBで足踏みしていて、R5年度になってようやくAに上がった実践項目はどれですか。")
    assert answer.status == "exact" and not answer.unused, (answer.unused, answer.summary)
    assert _codes(answer) == want


def test_finally_alone_is_not_read_as_the_year_alone(assistant):
    # (「ようやく」 alone says the grade never came before: not read, so never an exact answer of R5 = A alone)
    answer = assistant.ask("R5でようやくAになった実践項目は？")
    assert answer.status != "exact", answer.summary


def test_four_nendo_all_along_neither_grade(assistant, db):
    want = {str(r["code"]) for r in _practice(db) if all(str(r[y] or "").upper() == "B" for y in YEARS)}
    assert want
    answer = assistant.ask("4年度ずっとB評価のまま、AにもCにもならなかった実践項目の一覧")
    assert answer.status == "exact" and not answer.unused, (answer.unused, answer.summary)
    assert _codes(answer) == want


def test_first_year_glossed_in_brackets(assistant):
    a = assistant.ask("当初（R2年度）から評価のある実践項目で、一度もAを取っていないのに総合評価がAのものは？")
    b = assistant.ask("R2年度から評価のある実践項目で、一度もAを取っていないのに総合評価がAのものは？")
    assert a.status == "exact" and not any(c.get("field") == "text" for c in a.understood), a.understood
    assert _codes(a) == _codes(b) and a.rows


def test_share_of_records_glossed_in_brackets(assistant, db):
    graded = [r for r in _practice(db) if str(r["code"]).isdigit() and 1 <= int(r["code"]) <= 70
              and str(r["r2"] or "").upper() not in ("", "-", "未")]
    hits = [r for r in graded if str(r["r2"]).upper() == "A"]
    assert graded and hits
    answer = assistant.ask("1〜70の実践項目（R2から評価があるもの）で、R2にA評価だった割合は何％？")
    assert answer.status == "exact", answer.summary
    assert answer.value == round(100 * len(hits) / len(graded), 1)


def test_topic_word_before_bureau_mark(assistant):
    a = assistant.ask("水道のほう、(水)の実践項目でまだ終わっていないのはどれ？")
    b = assistant.ask("(水)の実践項目でまだ終わっていないのはどれ？")
    assert a.status == "exact" and not any(c.get("field") == "text" for c in a.understood), a.understood
    assert _codes(a) == _codes(b) and a.rows


def test_last_of_years_listed_stays_a_year():
    from assistant.query.grammar.phrasings import rephrase

    assert "4年間" not in rephrase("令和2年度、3年度、4年度ずっとB評価の取組項目")
    assert "4年間" in rephrase("4年度ずっとB評価のままの実践項目")
