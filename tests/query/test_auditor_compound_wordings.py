"""An auditor's compound questions (paraphrases96): a range restated in brackets, how a no-grade year is read,
conditions on the parents after 「…を持つ取組項目のうち」."""
from __future__ import annotations

from assistant.query.conversation import Assistant


def test_parents_holding_then_their_own_condition(db):
    """「…委員意見を持つ取組項目のうち、委員評価が4.4点未満のもの」: the parents' own bound is kept, not dropped."""
    holding = Assistant(db).ask("PDCAサイクルについて言及のある委員意見を持つ取組項目は？")
    narrowed = Assistant(db).ask("PDCAサイクルについて言及のある委員意見を持つ取組項目のうち、委員評価が4.4点未満のものを示されたい。")
    scores = {r["code"]: r["committee_score"] for r in db.query("SELECT code, committee_score FROM initiative")}
    held = {r["code"] for r in holding.rows}
    assert held and {r["code"] for r in narrowed.rows} == {c for c in held if scores[c] is not None and scores[c] < 4.4}
    assert held != {r["code"] for r in narrowed.rows}


def test_dash_years_read_as_no_grade_are_no_condition(db):
    """「（「-」の年度はA以外として扱う）」 says how the grade rules read a dash anyway: no 総合評価 ≠ A."""
    plain = Assistant(db).ask("R2年度からR5年度までの各年度評価において一度もA評価を受けていない実践項目は何件か。")
    said = Assistant(db).ask("R2年度からR5年度までの各年度評価において一度もA評価を受けていないもの（「-」の年度はA以外として扱う）は何件か。")
    assert said.value == plain.value and said.status == "exact"


def test_range_restated_with_any_year_of_it(db):
    """「令和2年度から令和4年度までのいずれかの年度に終了した」: the range of end years, no grade years."""
    answer = Assistant(db).ask("令和2年度から令和4年度までのいずれかの年度に終了した実践項目は何件か。")
    want = db.execute("SELECT count(*) FROM practice WHERE ended IN ('R2', 'R3', 'R4')").fetchone()[0]
    assert answer.value == want


def test_grade_of_the_field_just_asked(db):
    """「それぞれの自己評価は？」→「そのうちAのものだけ」 (or both in one turn): the grade of the field asked."""
    want = {r["code"] for r in db.query("SELECT code FROM initiative WHERE self_overall = 'A' AND themes LIKE '%施設%'")}
    two = Assistant(db)
    two.ask("テーマに施設を含む取組項目は何か。")
    two.ask("それぞれの自己評価は？")
    assert {r["code"] for r in two.ask("そのうちAのものだけ示されたい。").rows} == want
    one = Assistant(db)
    one.ask("テーマに施設を含む取組項目は何か。")
    assert {r["code"] for r in one.ask("それぞれの自己評価は？そのうちAのものだけ示されたい。").rows} == want


def test_blanks_included_in_a_negated_end_year(db):
    """「取組終了が令和6年度ではないもの（空欄を含む）」: blanks are in, and the words are no keyword."""
    answer = Assistant(db).ask("取組終了が令和6年度ではないもの（空欄を含む）は何件か。")
    want = db.execute("SELECT count(*) FROM practice WHERE coalesce(ended, '') != 'R6'").fetchone()[0]
    assert answer.value == want and answer.status == "exact"


def test_difference_of_two_counted_groups(db):
    """「総括自己評価の総合評価がAである実践項目の件数と、Bである実践項目の件数との差」."""
    a, b = (db.execute("SELECT count(*) FROM practice WHERE overall = ?", [g]).fetchone()[0] for g in "AB")
    answer = Assistant(db).ask("総括自己評価の総合評価がAである実践項目の件数と、Bである実践項目の件数との差を示されたい。")
    assert answer.status == "exact" and answer.value == abs(a - b)


def test_difference_of_chairing_cities(db):
    """「部会長が岡山市である事業の件数と倉敷市である事業の件数との差」: the city chairing swapped for the second."""
    one = Assistant(db).ask("部会長が岡山市である連携事業は何件か。").value
    other = Assistant(db).ask("部会長が倉敷市である連携事業は何件か。").value
    # (the rotating 納税部会 is said to be left out: partial, the figure the same)
    answer = Assistant(db).ask("部会長が岡山市である事業の件数と倉敷市である事業の件数との差を示されたい。")
    assert answer.value == abs(one - other) and not answer.unused


def test_groups_said_as_gun(db):
    """「Aの取組項目群とBの取組項目群とで、審議会評価平均の平均値の差」."""
    answer = Assistant(db).ask("担当部署自己評価がAの取組項目群とBの取組項目群とで、審議会評価平均の平均値の差を示されたい。")
    assert answer.status == "exact" and answer.value is not None and answer.value > 0


def test_all_n_before_the_kind_word(db):
    """「全22取組項目のうち」: the kind's count said with 全 and no counter restates the records, no keyword."""
    n = db.execute("SELECT count(*) FROM initiative").fetchone()[0]
    answer = Assistant(db).ask(f"全{n}取組項目のうち、委員評価が最も低いものはどれか。")
    plain = Assistant(db).ask("取組項目のうち、委員評価が最も低いものはどれか。")
    assert answer.rows and [r["code"] for r in answer.rows] == [r["code"] for r in plain.rows]
    assert not any(u.get("field") == "text" for u in answer.understood)


def test_name_said_with_its_kind_word_lacks_a_word(db):
    """「取組項目名自体には「民間委託」の語が含まれていない」: the record's name, not the opinions' text."""
    answer = Assistant(db).ask("委員の意見の中で民間委託に言及しているが、取組項目名自体には「民間委託」の語が含まれていない取組項目をすべて示されたい。")
    assert answer.rows and all("民間委託" not in r["title"] for r in answer.rows)
    assert any(u["field"] == "title" and u["op"] == "not_contains" for u in answer.understood)


def test_field_glossed_in_brackets_is_blank(db):
    """「部会名称（部会長の市）の記載がない連携事業」: both cells of the one printed column blank."""
    answer = Assistant(db).ask("部会名称（部会長の市）の記載がない連携事業を、該当する番号をすべて示されたい。")
    want = {r["code"] for r in db.query("SELECT code FROM joint_project WHERE coalesce(subcommittee, '') = ''")}
    assert want and {r["code"] for r in answer.rows} == want


def test_each_city_its_own_department(db):
    """「岡山市側の担当部署が予防課である…うち、倉敷市側の担当が予防課ではないもの」: each department of the city
    said before it, the negated one of 倉敷市."""
    answer = Assistant(db).ask("岡山市側の担当部署が予防課である連携事業のうち、倉敷市側の担当が予防課ではないものはどれか。")
    said = {(u["value"]["city"], u["op"]) for u in answer.understood if u["field"] == "@dept"}
    assert said == {("岡山市", "="), ("倉敷市", "!=")}
    assert answer.rows and len(answer.rows) < len(Assistant(db).ask("岡山市側の担当部署が予防課である連携事業は").rows)
