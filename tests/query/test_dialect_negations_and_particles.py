"""Questions typed in dialects (Kansai, Tohoku/Hokkaido, Kyushu, Nagoya) over the shipped corpus: the dialect's
negations (あらへん, ねえ, とらん), its words for none at all (いっこも), only (しか…とらん) and neither (…も…も
入っとらん) carry their meaning; its particles (ば for を, そん for その, ほんで for それで) and requests (けろ,
くれん) read as the standard ones. Expected records are counted from the index."""
from __future__ import annotations

import json

import pytest

from assistant.query.grammar.phrasings import rephrase


def _initiatives(db, keep) -> set[str]:
    return {code for code, themes in db.execute("SELECT code, themes FROM initiative") if keep(set(json.loads(themes or "[]")))}


def _practices(db, where: str, *args) -> set[str]:
    return {r[0] for r in db.execute(f"SELECT code FROM practice WHERE {where}", args)}


def test_no_grade_in_any_year_said_with_ikkomo(assistant, db):
    # 「Bがいっこもついとらん」: no year of the span graded B (was: every year B, the negation left unused).
    answer = assistant.ask("行政事務の民間委託の実践項目で、R2からR5までBがいっこもついとらんのはどれ？")
    code = next(r[0] for r in db.execute("SELECT code FROM initiative WHERE title = '行政事務の民間委託'"))
    want = _practices(db, "initiative = ? AND 'B' NOT IN (coalesce(r2, ''), coalesce(r3, ''), coalesce(r4, ''), coalesce(r5, ''))", code)
    assert want and not answer.unused, answer.summary
    assert {r["code"] for r in answer.rows} == want


@pytest.mark.parametrize("question", ["テーマが人材しかついとらん取組項目", "テーマが人材しか入っていない取組項目"])
def test_only_one_theme_said_with_shika(assistant, db, question):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _initiatives(db, lambda t: t == {"人材"})


@pytest.mark.parametrize("question", ["財政もICTもテーマに入っとらん取組項目はどれね",
                                      "財政とICTのどちらもテーマについていない取組項目"])
def test_neither_theme(assistant, db, question):
    # (was: both themes held, stated as exact)
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _initiatives(db, lambda t: not t & {"財政", "ICT"})


@pytest.mark.parametrize("question", ["N番号の実践項目がひとつもあらへん取組項目ってどれ？",
                                      "N番号の実践項目がいっこもねえ取組項目"])
def test_no_added_items_said_in_dialect(assistant, db, question):
    answer = assistant.ask(question)
    holding = {r[0] for r in db.execute("SELECT DISTINCT initiative FROM practice WHERE code LIKE 'N%'")}
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == {r[0] for r in db.execute("SELECT code FROM initiative")} - holding


def test_object_ba_and_concern(assistant):
    # 「人口減少ば心配しとる」: ば is を, and the worry says what the remark is about (no word 心配 to find).
    plain = assistant.ask("人口減少を心配している委員意見はどれ")
    answer = assistant.ask("人口減少ば心配しとる委員意見はどれやろか")
    assert [c["label"] for c in answer.understood] == [c["label"] for c in plain.understood]
    assert {r["key"] for r in answer.rows} == {r["key"] for r in plain.rows}


def test_followups_in_dialect(assistant, db):
    assistant.ask("行政監理室が担当の実践項目")
    assistant.ask("R5から足されたN番号のだけにしてけろ")
    answer = assistant.ask("ほんで総合評価がBのは？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _practices(
        db, "code LIKE 'N%' AND overall = 'B' AND departments LIKE '%行政監理室%'")


def test_grade_kept_into_a_year(assistant, db):
    assistant.ask("令和2年度にC評価やった実践項目")
    answer = assistant.ask("R3になってもCのまんまやったのはどれ？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _practices(db, "r2 = 'C' AND r3 = 'C'")


def test_order_of_ending_requested_in_dialect(assistant, db):
    answer = assistant.ask("公共施設等への民間活力の活用の実践項目で、取組終了した順（早い順）に並べてくれん？まだ続いとるのは抜きで")
    code = next(r[0] for r in db.execute("SELECT code FROM initiative WHERE title = '公共施設等への民間活力の活用'"))
    want = [r[0] for r in db.execute("SELECT code FROM practice WHERE initiative = ? AND coalesce(ended, '') <> '' "
                                     "ORDER BY ended_month, line", (code,))]
    assert answer.status == "exact", answer.summary
    assert [r["code"] for r in answer.rows] == want


@pytest.mark.parametrize("question, plain", [
    ("R4にBがついとらんかった実践項目", "R4にBがついていなかった実践項目"),
    ("R4にBがついてへんかった実践項目", "R4にBがついていなかった実践項目"),
    ("まだ終わっちょらん実践項目", "まだ終わっていない実践項目"),
    ("窓口サービス課ん実践項目", "窓口サービス課の実践項目"),
])
def test_other_dialect_forms_of_the_same_kinds(assistant, question, plain):
    # (the past of the negations, ちょらん for ていない, ん for の: each answered as its standard wording)
    want = assistant.ask(plain)
    answer = assistant.ask(question)
    assert answer.status == want.status == "exact", answer.summary
    assert [c["label"] for c in answer.understood] == [c["label"] for c in want.understood]
    assert {r["code"] for r in answer.rows} == {r["code"] for r in want.rows}


def test_dialect_rephrased():
    assert rephrase("ひとつもあらへん取組") == "ひとつもない取組"
    assert rephrase("終わらへん") == "終わらない"  # (a verb's へん is still its negation)
    assert rephrase("そん中で") == "その中で"
    assert "そんなかんじ" in rephrase("そんなかんじの実践項目")
    # (「C評価が一つもない取組項目」 may count the items graded C: no years said, not read as 一度も)
    assert "一度も" not in rephrase("C評価が1つもない取組項目")
    # (ば of a condition, after a verb's kana, and 半ば stay)
    assert "あれば担当課" in rephrase("C評価があれば担当課を教えて")
    assert "半ば以降" in rephrase("月半ば以降に終わった")
    # (「早く終了した順」 says its direction itself: left to the end_months rule)
    assert "早く終了した順" in rephrase("早く終了した順に3つ")


def test_end_month_shown_where_the_sheet_prints_it(assistant, db):
    # The month comes from the progress sheets, the rows cite the list (the year only): each row's sheet line is shown,
    # in the rows' order, and that line of the document prints the month.
    answer = assistant.ask("令和4年9月で取組終了になった実践項目ってどれやった？")
    assert answer.status == "exact", answer.summary
    assert [e["key"] for e in answer.excerpts] == [f"sheet:{r['code']}" for r in answer.rows]
    for e in answer.excerpts:
        text = db.execute("SELECT text FROM document_texts WHERE source = ?", [e["source"]]).fetchone()[0]
        assert "令和4年9月" in "".join(text.splitlines()[e["line"] - 1].split())
    ordered = assistant.ask("公共施設等への民間活力の活用の実践項目で、取組終了した順（早い順）に並べてくれん？まだ続いとるのは抜きで")
    assert [e["key"] for e in ordered.excerpts] == [f"sheet:{r['code']}" for r in ordered.rows]
