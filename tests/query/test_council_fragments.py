"""A council member's fragments (paraphrases88): a field and its value joined by ＝ or a space
(取組終了＝R4 何件), a change of two years typed with a space (R3→R4 で上がった), two western years
sharing one 年度 (2021〜2023年度), a theme denied with no particle (ICT テーマ入ってない), a title said
in part before a year's grade (公共施設マネジメント R5 A), a field then a superlative after a space,
and the grouped field of two kinds read over the kind that makes it a facet."""
from __future__ import annotations

from tests.conversation_helpers import ask

_ORDER = {"A": 3, "B": 2, "C": 1}


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_an_end_year_joined_by_a_sign_and_ended_by_a_space(assistant, db):
    want = db.execute("SELECT count(*) FROM practice WHERE ended = 'R4'").fetchone()[0]
    answer = ask(assistant, "取組終了＝R4 何件")
    assert answer.status == "exact" and answer.count == want


def test_a_change_of_two_years_typed_with_a_space(assistant, db):
    rows = list(db.execute("SELECT code, r3, r4 FROM practice"))
    want = {str(c) for c, a, b in rows if a in _ORDER and b in _ORDER and _ORDER[b] > _ORDER[a]}
    answer = ask(assistant, "R3→R4 で評価上がったやつ")
    assert answer.status == "exact" and _codes(answer) == want


def test_two_western_years_share_the_nendo_said_once(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE r3 = 'B' AND r4 = 'B' AND r5 = 'B'")}
    answer = ask(assistant, "2021〜2023年度 3年連続B のやつ")
    assert answer.status == "exact" and _codes(answer) == want


def test_a_theme_denied_with_no_particle(assistant, db):
    want = {str(c) for c, t in db.execute("SELECT code, themes FROM initiative") if "ICT" not in t}
    answer = ask(assistant, "ICT テーマ入ってない取組")
    assert answer.status == "exact" and _codes(answer) == want


def test_a_title_said_in_part_before_a_years_grade_scopes_its_items(assistant, db):
    code = db.execute("SELECT code FROM initiative WHERE title = '公共施設マネジメントの推進'").fetchone()[0]
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE initiative = ? AND r5 = 'B'", (code,))}
    answer = ask(assistant, "公共施設マネジメント R5 A のやつ", "R5 B は？")
    assert answer.target == "practice" and _codes(answer) == want


def test_a_field_then_a_superlative_after_a_space(assistant, db):
    top = max(r[0] for r in db.execute("SELECT total FROM initiative WHERE total IS NOT NULL"))
    want = {str(r[0]) for r in db.execute("SELECT code FROM initiative WHERE total = ?", (top,))}
    answer = ask(assistant, "平均値の合計 一番高い取組")
    assert _codes(answer) == want
    scores = [r[0] for r in db.execute("SELECT committee_score FROM initiative WHERE committee_score IS NOT NULL")]
    answer = ask(assistant, "委員評価 いちばん高いのと低いの 差")
    assert answer.status == "exact" and abs(float(answer.value) - (max(scores) - min(scores))) < 1e-6


def test_a_field_two_kinds_hold_is_grouped_over_the_kind_faceting_it(assistant):
    answer = ask(assistant, "担当 一番多い部署 どこ")
    assert answer.target == "practice" and "行政監理室" in str(answer.value)


def test_a_word_of_the_named_initiatives_title_is_no_text_sought(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE initiative = '14' AND r4 = 'B' "
                                          "AND coalesce(ended, '') = ''")}
    answer = ask(assistant, "上下水道 No.14 R4 B で、まだ終わってないの")
    assert answer.status == "exact" and _codes(answer) == want and len(want) > 1


def test_the_same_points_said_of_another_score_move_there(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE collaboration = 1")}
    answer = ask(assistant, "進捗度 1 ついてる実践項目", "じゃあ 連携度 1 は？")
    assert _codes(answer) == want and want


def test_the_hyphen_of_no_grade_said_by_name(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE initiative = '12' AND r5 = '-'")}
    answer = ask(assistant, "No.12 民間委託 R5 A どれ", "で、R5 ハイフン（評価なし）のは？")
    assert answer.status == "exact" and _codes(answer) == want and want


def test_one_end_year_of_the_breakdown_and_the_continuing_left_out(assistant, db):
    n = db.execute("SELECT count(*) FROM practice WHERE ended = 'R6'").fetchone()[0]
    assert ask(assistant, "取組終了 年ごとの内訳 R6は何件？").count == n
    n = db.execute("SELECT count(*) FROM practice WHERE ended IN ('R5', 'R6')").fetchone()[0]
    answer = ask(assistant, "2023年度以降に終わったやつ 何件 ※継続中は抜きで")
    assert answer.status == "exact" and answer.count == n


def test_an_office_alone_in_charge_typed_as_a_fragment(assistant, db):
    n = sum(1 for (d,) in db.execute("SELECT departments FROM practice") if d == '["(総)行政監理室"]')
    answer = ask(assistant, "行政監理室 絡みの実践項目 いくつ", "そのうち 行政監理室 単独担当は？")
    assert answer.status == "exact" and answer.count == n


def test_initiative_fragments_of_counts_grades_and_the_council(assistant, db):
    scores = [r[0] for r in db.execute("SELECT committee_score FROM initiative WHERE committee_score IS NOT NULL")]
    answer = ask(assistant, "審議会評価平均 22取組 全体の平均")
    assert answer.status == "exact" and abs(float(answer.value) - sum(scores) / len(scores)) < 0.01
    want = {str(r[0]) for r in db.execute("SELECT code FROM initiative WHERE self_overall = 'B' AND committee_score >= 4.0")}
    answer = ask(assistant, "自己評価 B の取組 いくつ", "そのうち審議会 4.0以上")
    assert answer.status == "exact" and _codes(answer) == want
    progress = db.execute("SELECT progress FROM initiative WHERE code = '15'").fetchone()[0]
    answer = ask(assistant, "RPA No.15 進捗度 平均")
    assert answer.status == "exact" and abs(float(answer.value) - float(progress)) < 0.05
