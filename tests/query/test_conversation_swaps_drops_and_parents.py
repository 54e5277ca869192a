"""Conversations over the shipped corpus (tests/questions/paraphrases154): a follow-up that swaps one value keeps every
other condition (「環境生活課だったら？」「R3だったら？」「岡山市側だったら？」「協働のテーマだったら？」); one that drops a
named condition drops only that one (「取組項目は問わずに」「テーマの条件は外して」「委員評価の条件は外して」), and a word
naming no condition in force is said unused; the parents of the rows shown (「それぞれの取組項目はどれ？」); the parent
kind said as the subject of its name (「取組項目が…のもの」) or as what the records talked about belong to (「…の取組項目の
もの」); a figure asked of the sheet just shown (「R4は何社から寄附を受けた？」)."""
from __future__ import annotations


def _turns(assistant, *questions):
    assistant.reset()
    answer = None
    for question in questions:
        answer = assistant.ask(question)
    return answer


def _codes(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2] for r in answer.rows}


def _said(answer) -> set[tuple]:
    return {(c["field"], c["op"], str(c["value"])) for c in answer.understood}


def test_a_swapped_department_keeps_the_end_year(assistant) -> None:
    answer = _turns(assistant, "窓口サービス課の実践項目は？", "そのうち取組終了がR6のもの", "環境生活課だったら？")
    assert answer.status == "exact"
    assert _codes(answer) == {"28", "N10"}  # (36 of 環境生活課 ended R4)
    assert ("ended", "=", "R6") in _said(answer)


def test_a_swapped_end_year_is_that_year(assistant) -> None:
    answer = _turns(assistant, "取組終了がR2の実践項目は？", "R3だったら？")
    assert answer.status == "exact"
    assert _codes(answer) == {"12", "19", "21", "42", "53"}


def test_the_other_side_of_a_joint_project_asks_that_citys_department(assistant) -> None:
    answer = _turns(assistant, "岡山市と倉敷市の連携事業で、倉敷市側の担当が予防課のもの", "岡山市側だったら？")
    assert answer.status == "exact"
    assert _codes(answer) == {"21", "22"}  # (22: 岡山市 予防課, 倉敷市 危険物課)
    assert not answer.unused


def test_a_swapped_theme_replaces_the_one_said_before(assistant) -> None:
    answer = _turns(assistant, "施設のテーマの取組項目", "協働のテーマだったら？", "そのうち実践項目が1件だけのもの")
    assert _codes(answer) == {"10"}
    assert not any(c["value"] == "施設" for c in answer.understood)


def test_narrowed_by_a_second_theme_adds_it(assistant) -> None:
    # (そのうち… narrows: both themes hold)
    answer = _turns(assistant, "施設のテーマの取組項目", "そのうち協働のテーマなら？")
    assert {str(c["value"]) for c in answer.understood if c["field"] == "themes"} == {"施設", "協働"}


def test_a_dropped_parent_keeps_the_other_conditions(assistant) -> None:
    answer = _turns(assistant, "行政事務の民間委託の実践項目", "そのうち創造性が3のもの",
                    "じゃあ取組項目は問わずに、創造性が3で総合評価がBの実践項目は？")
    assert answer.status == "exact"
    assert _codes(answer) == {"N8", "47", "N14", "55"}
    assert any("取組項目" in n and "外しました" in n for n in answer.notes)


def test_a_dropped_score_keeps_the_theme(assistant) -> None:
    answer = _turns(assistant, "民活テーマの取組項目", "そのうち委員評価が4.0以上のもの",
                    "じゃあ委員評価の条件は外して、担当部署の自己評価がBのものは？")
    assert _codes(answer) == {"8", "14", "22"}
    assert ("themes", "has", "民活") in _said(answer)
    assert not any(c["field"] == "committee_score" for c in answer.understood)


def test_a_dropped_theme_then_a_new_bound(assistant) -> None:
    answer = _turns(assistant, "ICTテーマの取組項目", "そのうち委員評価が4.5以上のもの", "テーマの条件は外して、4.3以上なら？")
    assert _codes(answer) == {"1", "3", "12", "16", "17", "20"}


def test_a_dropped_condition_not_in_force_is_said_unused(assistant) -> None:
    answer = _turns(assistant, "窓口サービス課の実践項目は？", "テーマは問わずに、R6に終わったもの")
    assert answer.status == "partial"
    assert answer.unused


def test_the_parents_of_the_rows_shown(assistant) -> None:
    answer = _turns(assistant, "R2の評価がCだった実践項目", "そのうちR5にはAになったもの", "それぞれの取組項目はどれ？")
    assert answer.target == "initiative"
    assert _codes(answer) == {"11", "16"}


def test_the_parent_said_as_the_subject_of_its_name(assistant) -> None:
    answer = _turns(assistant, "R2からR5までずっとA評価だった実践項目", "そのうち取組項目が公共施設マネジメントの推進のもの",
                    "さらにまだ終わっていないものだけ")
    assert answer.target == "practice"
    assert _codes(answer) == {"32"}


def test_comments_of_parents_meeting_a_condition(assistant) -> None:
    answer = _turns(assistant, "財源に触れた委員の意見", "そのうち委員評価が4.0以上の取組項目のもの")
    assert answer.target == "comment"
    assert {str(r.get("initiative")) for r in answer.rows} == {"1", "12", "13"}  # (14 is graded below 4.0)


def test_comments_of_parents_holding_a_theme(assistant) -> None:
    # (paraphrases145 q145-035) 「テーマに協働が入っている」 is the parent's theme, not a word sought in the comments.
    answer = _turns(assistant, "高齢者について書かれた委員の意見", "そのうちテーマに協働が入っている取組項目のものは？")
    assert answer.target == "comment"
    assert any(f.startswith("@parent:initiative") and "協働" in v for f, _, v in _said(answer))
    assert ("text", "match", "協働") not in _said(answer)
    assert {str(r.get("initiative")) for r in answer.rows} == {"4"}


def test_a_figure_asked_of_the_sheet_shown(assistant) -> None:
    answer = _turns(assistant, "企業版ふるさと納税の導入は何番の実践項目？", "その進捗状況シートを見せて", "R4は何社から寄附を受けた？")
    assert "17社" in answer.summary


def test_a_cell_of_a_table_in_a_case_is_no_count_of_cases(assistant) -> None:
    # (「保育所数」 names the table's column, 「第6期」 its row: the cell, not how many cases)
    answer = _turns(assistant, "施設の民間移管の事例は？", "どこの自治体？", "その民間移管事業計画で第6期の保育所数は？")
    assert "12か所" in answer.summary
    assert not any(c["op"] == "count" for c in answer.understood)
