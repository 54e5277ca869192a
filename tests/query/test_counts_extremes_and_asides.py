"""「実践項目数が5項目以上」 (the items counted in their own word), 「Bの実践項目を1件以上抱える取組項目」 (at least
one: the parents holding such children), 「…以外のもの（継続中を含む）」 (an aside 以外 already takes in), and
the extreme asked after one named record (「町内会の取組、委員評価何点？」→「逆にいちばん良いのは？」) is of all."""
from __future__ import annotations


def test_child_count_said_with_items_as_counter(assistant, db):
    want = {r[0] for r in db.execute("SELECT code FROM initiative WHERE n_practice >= 5")}
    answer = assistant.ask("実践項目数が5項目以上の取組項目を示されたい。")
    assert answer.status == "exact" and {r["code"] for r in answer.rows} == want


def test_parents_holding_at_least_one(assistant, db):
    want = {r[0] for r in db.execute(
        "SELECT DISTINCT i.code FROM practice p JOIN initiative i ON i.key = 'initiative:' || p.initiative "
        "WHERE p.overall = 'B' AND p.source = i.source")}
    answer = assistant.ask("総括の総合評価がBとなった実践項目を1件以上抱える取組項目は、いくつあるか。")
    assert answer.status == "exact" and answer.count == len(want), answer.summary


def test_besides_with_continuing_included_aside(assistant, db):
    ended, initiative = db.execute("SELECT ended, initiative FROM practice WHERE coalesce(ended, '') <> '' "
                                   "ORDER BY line LIMIT 1").fetchone()
    title = db.execute("SELECT title FROM initiative WHERE code = ?", (initiative,)).fetchone()[0]
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE initiative = ? AND coalesce(ended, '') <> ?",
                                     (initiative, ended))}
    answer = assistant.ask(f"「{title}」に係る実践項目のうち、取組終了が{ended}以外のもの（継続中を含む）を示されたい。")
    assert {r["code"] for r in answer.rows} == want, answer.summary


def test_extreme_after_one_named_record_is_of_all(assistant, db):
    top = db.execute("SELECT max(committee_score) FROM initiative").fetchone()[0]
    want = {r[0] for r in db.execute("SELECT code FROM initiative WHERE committee_score = ?", (top,))}
    assistant.ask("町内会の取組、委員評価何点？")
    answer = assistant.ask("じゃあ逆にいちばん良いのは？")
    assert {r["code"] for r in answer.rows} == want, answer.summary


def test_score_word_glossed_by_its_own_other_word(assistant, db):
    want = db.execute("SELECT count(*) FROM initiative WHERE committee_score >= 4.0").fetchone()[0]
    answer = assistant.ask("委員評価（審議会評価平均）が4.0以上となった取組項目は何項目あるか。")
    assert answer.status == "exact" and answer.count == want, answer.summary


def test_a_gloss_naming_another_score_is_kept():
    from assistant.query.grammar.phrasings import rephrase

    assert "（合計）" in rephrase("進捗度（合計）が2以上の実践項目")


def test_both_named_years_said_again(assistant, db):
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE r3 = 'A' AND r4 = 'A'")}
    answer = assistant.ask("2021年度、2022年度の両年度ともA評価であった実践項目に該当するものを示されたい。")
    assert answer.status == "exact" and {r["code"] for r in answer.rows} == want, answer.summary


def test_worst_n_said_after_the_records(assistant, db):
    want = [r[0] for r in db.execute("SELECT code FROM initiative ORDER BY committee_score, line LIMIT 3")]
    answer = assistant.ask("委員の評価が低い取組ワースト3は？")
    assert answer.status == "exact" and {r["code"] for r in answer.rows} == set(want), answer.summary


def test_printed_average_heading_ordered_from_the_top(assistant, db):
    want = [r[0] for r in db.execute("SELECT code FROM initiative ORDER BY total DESC LIMIT 3")]
    answer = assistant.ask("取組項目のうち、平均値の合計点が高いものから上位3項目を順に示されたい。")
    assert answer.status == "exact" and [r["code"] for r in answer.rows] == want, answer.summary


def test_newest_year_said_by_its_age(assistant):
    said = assistant.ask("最新年度でA評価の実践項目は何件？")
    answer = assistant.ask("一番新しい年度でA評価の実践項目は何件？")
    assert answer.status == "exact" and answer.count == said.count, answer.summary
