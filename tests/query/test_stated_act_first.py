"""Why or what was done, asked of a record: the passage that says the act done (and why) is read first —
「…の導入を見送った理由は？」 the line 「…となったため、制度導入を当面見送ることとした。」, not a plan that says
it will be put off; 「…をしなかった根拠は？」 the line where it was put off; 「具体的に何を導入して…」 the line
that says what was introduced; 「…がR5でC評価になってるのは、何があったから？」 that year's results, a setback first."""
from __future__ import annotations

from assistant.query import stated_act


def _ex(key, text, field="result"):
    return {"key": key, "source": "x.txt", "line": 1, "text": text, "field": field}


def test_the_act_done_with_its_cause_comes_before_a_plan_of_it():
    title = _ex("practice:7", "住宅制度の導入", "title")
    plan = _ex("challenge:7-R4", "見通しが立ったため、住宅の導入は当面見送る。", "solution")
    done = _ex("sheet_entry:7-6", "空家で充足する見込みとなったため、制度導入を当面見送ることとした。")
    moved = stated_act.put_first("住宅制度の導入を見送った理由は何て書いてある？", [title, plan, done], [{"key": "practice:7"}])
    assert moved[0] is done


def test_a_thing_not_done_is_read_as_put_off():
    title = _ex("practice:3", "手数料のキャッシュレス化", "title")
    done = _ex("sheet_entry:3-11", "満足の回答が90%となった。事業者を選定できていると判断し、拡充は見送った。")
    moved = stated_act.put_first("キャッシュレス化で、決済方法の拡充をしなかった根拠は？", [title, done], [{"key": "practice:3"}])
    assert moved[0] is done


def test_what_was_introduced_is_the_line_saying_it_was():
    title = _ex("practice:N2", "新たな手法の導入", "title")
    later = _ex("self_eval:N2-総括", "アプリを導入することで財源確保に繋がった。", "reason_overall")
    done = _ex("sheet_entry:N2-1", "・アプリ「まちPay」を導入した。")
    moved = stated_act.put_first("新たな手法の導入って、具体的に何を導入したの？", [title, later, done], [{"key": "practice:N2"}])
    assert moved[0] is done


def test_a_passage_of_another_record_or_no_act_moves_nothing():
    title = _ex("practice:7", "住宅制度の導入", "title")
    other = _ex("sheet_entry:8-1", "予算がないため、導入を見送ることとした。")
    assert stated_act.put_first("住宅制度の導入を見送った理由は？", [title, other], [{"key": "practice:7"}])[0] is title
    assert stated_act.put_first("住宅制度の導入はいつ？", [title, other], [{"key": "practice:7"}])[0] is title


def test_the_why_of_a_years_grade_reads_that_years_results(assistant, db):
    found = db.execute("SELECT p.title, e.year, e.result FROM sheet_entry e JOIN practice p ON p.key = e.practice_key "
                       "WHERE e.result LIKE '%見送った%' AND e.year LIKE 'R%' ORDER BY e.line LIMIT 1").fetchone()
    assert found is not None
    title, year, result = found
    answer = assistant.ask(f"{title}が{year}で評価が低いのは、何があったから？")
    assert answer.status != "exact"
    assert "見送" in answer.excerpts[0]["text"] and answer.excerpts[0]["key"].startswith("sheet_entry:")


def test_what_members_take_issue_with_reads_their_comments_in_order(assistant, db):
    key, title = db.execute("SELECT i.key, i.title FROM initiative i WHERE (SELECT count(*) FROM comment c "
                            "WHERE c.initiative_key = i.key) >= 3 ORDER BY i.line LIMIT 1").fetchone()
    first = db.execute("SELECT key FROM comment WHERE initiative_key = ? ORDER BY n LIMIT 1", [key]).fetchone()[0]
    answer = assistant.ask(f"{title}について、委員は何を問題にしてる？")
    assert [r["key"] for r in answer.rows] == [key], answer.summary
    assert answer.status != "exact" and answer.excerpts[0]["key"] == first, answer.summary
