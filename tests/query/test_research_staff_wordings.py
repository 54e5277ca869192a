"""A council's research staff asking (paraphrases74): the asker's context (「一般質問の準備をしております」), how
to read (「年度の区切りに注意して」「表記どおりに」), what someone was heard saying, 「その課」 after one record's
department, a theme named as the document prints it, three-letter words typed in hiragana (shipped corpus)."""
from __future__ import annotations

import json

from assistant.query.hearsay import heard_claim


def _same(assistant, plain: str, worded: str):
    a = assistant.ask(plain)
    assistant.reset()
    b = assistant.ask(worded)
    assistant.reset()
    return a, b


def test_the_askers_preparation_and_reading_care_are_no_conditions(assistant):
    for plain, worded in (
            ("R2からR5までずっとA評価だった実践項目はどれですか。",
             "一般質問の準備をしております。R2からR5までずっとA評価だった実践項目はどれですか。"),
            ("令和6年3月に取組終了となった実践項目はどれですか。",
             "令和6年3月に取組終了となった実践項目はどれですか。年度の区切りに注意して調べてください。")):
        a, b = _same(assistant, plain, worded)
        assert not b.unused and b.count == a.count and b.count, b.summary


def test_the_department_of_a_named_record_asked_as_printed(assistant, db):
    code, title, deps = db.execute("SELECT code, title, departments FROM practice WHERE json_array_length(departments) = 1 "
                                   "AND title != '' ORDER BY code LIMIT 1").fetchone()
    answer = assistant.ask(f"{title}を担当している部署を、表記どおりに教えてください。")
    assert answer.status == "exact" and answer.value == json.loads(deps)[0], answer.summary


def test_a_claim_heard_is_set_aside_or_checked():
    assert heard_claim("市民の方から「もう終わった項目がかなりある」と聞きました。R4に終了した実践項目は何件ですか。") \
        == ("R4に終了した実践項目は何件ですか。", None)
    assert heard_claim("ある市民が「委員評価が4.0以上の取組項目は15項目あった」と話していましたが、実際には何項目ですか。") \
        == ("委員評価が4.0以上の取組項目は何項目？", 15)
    # (a quote with no one saying it is no hearsay: 「」 around a title)
    assert heard_claim("「市税のキャッシュレス化」と書いてある項目は？")[1] is None


def test_a_wrong_claimed_figure_is_corrected(assistant, db):
    n = db.execute("SELECT count(*) FROM initiative WHERE committee_score >= 4.0").fetchone()[0]
    answer = assistant.ask(f"ある市民が「審議会の評価平均が4.0点以上の取組項目は{n + 1}項目あった」と話していましたが、実際には何項目ですか。")
    assert answer.count == n and answer.summary.startswith(f"いいえ、{n}件です"), answer.summary


def test_that_section_after_one_records_department(assistant, db):
    rows = db.execute("SELECT title, departments FROM practice WHERE json_array_length(departments) = 1 AND title != ''").fetchall()
    by_dep: dict[str, list[str]] = {}
    for title, deps in rows:
        by_dep.setdefault(json.loads(deps)[0], []).append(title)
    dep, titles = next((d, t) for d, t in sorted(by_dep.items()) if len(t) >= 2)
    assistant.ask(f"{titles[0]}を担当しているのはどこの課ですか。")
    answer = assistant.ask("その課が担当している実践項目を、ほかのものも含めて全部教えてください。")
    assert not answer.unused and answer.count >= 2, answer.summary
    assert any(dep in str(u.get("label")) for u in answer.understood), answer.understood


def test_the_top_theme_is_named_as_the_document_prints_it(assistant):
    answer = assistant.ask("テーマ別に見たとき、審議会の評価平均が最も高かったテーマは何ですか。")
    assert answer.status == "exact" and answer.value == answer.rows[0]["group"], answer.summary
    assert f"{answer.value}（" in answer.summary, answer.summary


def test_a_three_letter_word_in_hiragana_is_read_where_a_title_goes_on_so(assistant, db):
    plain = assistant.ask("市税のキャッシュレス化の取組は何年度で終了していますか。")
    assistant.reset()
    kana = assistant.ask("しぜいのキャッシュレス化の取組は何年度で終了していますか。")
    assert kana.value == plain.value and kana.value, kana.summary
    # (alone, three letters meet by chance: not read as a title's word)
    assistant.reset()
    alone = assistant.ask("しぜいの実践項目は？")
    assert "市税" not in " ".join(str(u.get("label")) for u in alone.understood) or alone.status != "exact"


def test_a_theme_with_its_own_verb_negated(assistant, db):
    answer = assistant.ask("テーマに「人材」は付いているが「ICT」は付いていない取組項目はどれですか。")
    want = sorted(code for code, themes in db.execute("SELECT code, themes FROM initiative")
                  if "人材" in json.loads(themes) and "ICT" not in json.loads(themes))
    assert answer.status == "exact" and sorted(str(r["code"]) for r in answer.rows) == want, answer.summary


def test_a_quote_of_the_text_or_pointed_back_at_is_kept():
    q = "シートに「工程見直し」とあった実践項目は？"
    assert heard_claim(q) == (q, None)
    q = "市民から「ごみ袋が値上げされた」と聞きました。それはどの実践項目ですか。"
    assert heard_claim(q) == (q, None)
    assert heard_claim("市民から「4.0点以上は15項目」という声がありました。実際には何項目ですか。") == ("4.0点以上は何項目？", 15)
