"""What the progress sheets print besides the lists: the month an item ended (取組終了の場合記入), marks with the
title (【R5工程確定】), each year's self-evaluation scores, the 取組上の課題 table and the 工程表 — read as conditions
on the items, and the items named when rows of those parts answer."""
from __future__ import annotations


def codes(answer, kind="practice"):
    return [e["key"].split(":", 1)[1] for e in [*answer.rows, *answer.excerpts] if e["key"].startswith(kind + ":")]


def test_ended_in_another_month_than_march_reads_the_sheets_month(assistant):
    answer = assistant.ask("年度途中で取組終了した実践項目はどれ")
    assert answer.status == "exact", answer.summary
    assert sorted(codes(answer)) == sorted(["33", "34", "35", "37", "41", "42", "53", "60"])
    months = dict(assistant.db.execute("SELECT code, ended_month FROM practice WHERE ended_month <> ''").fetchall())
    assert all(not months[c].endswith("-03") for c in codes(answer))


def test_another_month_with_an_end_year_from_the_lists(assistant):
    answer = assistant.ask("取組終了がR4のうち、3月以外の月に終了したもの")
    assert sorted(codes(answer)) == ["33", "34", "35", "41"], answer.summary


def test_items_ordered_by_when_they_ended(assistant):
    """The sheet's month where there is one (41 ended 2022-12, 40 in 2023-03: both R4 in the lists)."""
    answer = assistant.ask("No.13の実践項目を終了時期が遅い順に")
    ended = [r["code"] for r in answer.rows if r.get("ended")]
    assert ended == ["39", "40", "41", "42"], answer.summary
    early = assistant.ask("実践項目を取組終了が早い順に3つ")
    assert [r["code"] for r in early.rows] == ["60", "44", "45"], early.summary  # (2020-12, then R2's end, 2021-03)


def test_the_month_printed_on_the_sheet_quoted(assistant):
    answer = assistant.ask("取組終了が「令和4年9月」と書かれている実践項目")
    assert sorted(codes(answer)) == ["34", "35"], answer.summary


def test_a_mark_printed_with_the_title_in_brackets(assistant):
    answer = assistant.ask("No.20の実践項目のうち【R5工程確定】が付いているもの")
    assert codes(answer) == ["65"] and answer.status == "exact", answer.summary
    none = assistant.ask("No.20の実践項目で【R5工程確定】が付いていないもの")
    assert "65" not in codes(none)


def test_a_years_score_answered_with_the_rows_names_their_items(assistant):
    answer = assistant.ask("R2の連携度が1だったのはどれ")
    assert answer.target == "self_eval"
    assert set(codes(answer)) == {r["practice"] for r in answer.rows} == {"28", "52", "54"}
    assert "実践項目" in answer.summary


def test_years_with_a_score_counted(assistant):
    answer = assistant.ask("進捗度の自己評価が1の年度が3回以上ある実践項目")
    assert answer.status == "exact" and sorted(codes(answer)) == ["67", "7"], answer.summary
    for r in answer.rows:
        ones = assistant.db.execute("SELECT count(*) FROM self_eval WHERE practice = ? AND year <> '総括' AND progress = 1",
                                    [r["code"]]).fetchone()[0]
        assert ones >= 3


def test_words_of_the_challenges_table_and_the_schedule(assistant):
    answer = assistant.ask("取組上の課題に「特になし」と書いてあるのはどれ")
    assert sorted(codes(answer)) == ["42", "N1"], answer.summary
    answer = assistant.ask("工程表に「工程見直し」とあるのはどれ")
    assert {"N1", "N4", "N22"} <= set(codes(answer)), answer.summary


def test_the_summing_up_grade_against_a_year_and_the_opposite(assistant):
    up = assistant.ask("Nの項目で総合評価がR5より総括のほうが上がったもの")
    assert sorted(codes(up)) == sorted(["N2", "N5", "N7", "N10", "N13", "N17"]), up.summary
    down = assistant.ask("じゃあ逆に総括で下がったのは？")
    assert codes(down) == ["N16"], down.summary


def test_other_wordings_of_a_month_other_than_the_years_end(assistant):
    for question in ("3月以外に取組を終えたもの", "年度末以外に終わった実践項目"):
        answer = assistant.ask(question)
        assert sorted(codes(answer)) == sorted(["33", "34", "35", "37", "41", "42", "53", "60"]), (question, answer.summary)


def test_an_order_alone_names_the_items_it_orders(assistant):
    answer = assistant.ask("取組終了が早かったものから3件")
    assert answer.target == "practice" and [r["code"] for r in answer.rows] == ["60", "44", "45"], answer.summary


def test_words_in_a_column_only_one_part_of_the_items_has(assistant):
    """「解決方法に「研修」」: 解決方法 is a column of the 取組上の課題 table only — the items with such a row."""
    answer = assistant.ask("解決方法に「研修」とある実践項目はどれ")
    found = {r[0] for r in assistant.db.execute("SELECT practice FROM challenge WHERE instr(solution, '研修') > 0")}
    assert answer.status == "exact" and set(codes(answer)) == found, answer.summary


def test_words_said_absent_from_a_part_named(assistant):
    """「工程表に「工程どおり」が出てこない」: the word absent from the part named (said so in the label too)."""
    answer = assistant.ask("工程表に「工程どおり」が出てこない実践項目")
    assert answer.status == "exact" and [u["label"] for u in answer.understood] == ["進捗状況シートに「工程どおり」を含まない"]
    having = assistant.ask("工程表に「工程どおり」が出てくる実践項目")
    assert not set(codes(answer)) & set(codes(having)) and codes(answer) and codes(having)
