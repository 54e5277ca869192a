"""The accountability contract: every answer says how far it can be trusted (status, unused, caveat)."""
from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("question, status", [
    ("R4に終了した実践項目", "exact"),
    ("納税課の実践項目で総合評価がB", "exact"),
    ("ふるさと納税に触れた委員の意見", "exact"),
    ("R9に終了した実践項目", "no_match"),  # a fiscal year no item ended in
    ("ふるさと納税", "search"),  # only words: where they occur, no count claimed
    ("", "no_match"),
])
def test_status_of_plain_questions(assistant, question, status):
    answer = assistant.ask(question)
    assert answer.status == status, (answer.status, answer.summary)
    if status == "exact":
        assert answer.rows and not answer.unused and not answer.caveat


def test_a_word_that_shaped_nothing_is_said_first(assistant):
    answer = assistant.ask("総合評価がBでエレベーターの実践項目")
    assert answer.status == "partial"
    assert answer.unused == ["エレベーター"]
    assert answer.summary.startswith("「エレベーター」を解釈できなかったため、その条件なしの回答です。")


def test_another_municipality_is_never_answered_with_this_ones_records(assistant):
    # 倉敷市 is in the joint-projects table only: no practice item of its plan is in the index.
    answer = assistant.ask("倉敷市の実践項目")
    assert answer.status == "search" and "倉敷市" in answer.unused
    assert not any(r["key"].startswith("practice:") for r in answer.rows)
    assert answer.summary.startswith("「倉敷市」の資料には実践項目がない")


def test_a_municipality_no_document_mentions_is_no_match(assistant):
    answer = assistant.ask("盛岡市の実践項目で総合評価がA")
    assert answer.status == "no_match" and not answer.rows
    assert "どの資料にも出てきません" in answer.summary


def test_a_municipality_the_records_come_from_scopes_them(assistant):
    scoped = assistant.ask("苫小牧市の実践項目で総合評価がC")
    assistant.reset()
    plain = assistant.ask("実践項目で総合評価がC")
    assert scoped.status == "exact"
    assert [r["key"] for r in scoped.rows] == [r["key"] for r in plain.rows]


def test_cli_json_carries_the_contract(index_path):
    out = run_cli("ask", "--json", "--index", str(index_path), "総合評価がBでエレベーターの実践項目")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    answer = answer[-1] if isinstance(answer, list) else answer
    assert answer["status"] == "partial" and answer["unused"] == ["エレベーター"]
    assert answer["caveat"] and answer["summary"].startswith(answer["caveat"])


def test_a_kind_missing_from_the_index_is_searched_for_not_refused(tmp_path):
    """Only another city's progress page is indexed: a question about 課題 finds its words there,
    as a search; a condition on practice items says there are none, and never errs."""
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "progress.txt").write_text(
        "北見沢市行政改革推進計画 令和5年度 進捗状況\n\n1 デジタル化の推進\n"
        "No.R3-4 電子申請の拡充（所管課：情報政策課）\n電子申請できる手続を拡大した。課題は職員の研修である。\n",
        encoding="utf-8")
    build_index([folder], tmp_path / "g.db")
    assistant = Assistant(open_index(tmp_path / "g.db"))
    found = assistant.ask("デジタル化の課題は何？")
    assert found.status == "search" and not found.error and found.rows
    assert found.summary.startswith("索引に取組上の課題のデータがありません。")
    assistant.reset()
    none = assistant.ask("総合評価がBの実践項目")
    assert none.status == "no_match" and not none.rows


def test_a_year_the_report_grades_nothing_in_is_no_record(assistant):
    answer = assistant.ask("令和元年度にA評価だった実践項目")
    assert answer.status == "no_match" and not answer.rows
    assert any("R1の評価は索引にありません" in n for n in answer.notes)


def test_words_said_to_be_all_there_are_all_of_them(assistant):
    answer = assistant.ask("キャッシュレスと高齢の両方に言及した委員の意見")
    assert answer.status == "no_match" and not answer.rows
    assert "すべて含む委員の意見はありません" in answer.summary


def test_a_figure_of_a_named_record_in_a_year_comes_from_that_years_part(assistant):
    # The report's own summary prints 28億円 for the record; the R5 sheet entry states that year's sale.
    answer = assistant.ask("公有財産の売却促進及び有効活用で、R5にはいくら売却できた？")
    assert answer.excerpts and "893,411千円" in answer.excerpts[0]["text"]
    assert "893,411千円" in answer.summary


def test_a_chair_in_a_given_year_reads_the_per_year_cell(assistant):
    # 納税部会's chair cell is 「岡山市(H16)・倉敷市(H17)」; the table's own year is H17.
    h17 = assistant.ask("平成17年度に岡山市が部会長を務めている連携事業は何件")
    assistant.reset()
    h16 = assistant.ask("平成16年度に岡山市が部会長の連携事業")
    assert (h17.status, h17.value) == ("exact", 10)
    assert h16.count == 4 and not h16.unused


@pytest.mark.parametrize("question", ["同じ部署の他の実践項目は？", "ほかの部会の連携事業"])
def test_same_and_other_no_rule_could_read_are_said(assistant, question):
    """「同じ…」「他の…」 with nothing before to compare with never answer with every record as if exact."""
    answer = assistant.ask(question)
    assert answer.status != "exact", answer.summary


def test_a_name_said_to_own_the_document_scopes_it_or_is_said_unused(assistant):
    """「Xの事例集に載っている事例」: X is whose document it is. Found in the case studies' document, it
    scopes the answer to it; found in none of them (総務省 is only in the plan report's text), it is
    said unused and the records are counted without it, never 0 as if none were in it."""
    every = assistant.ask("事例は何件")
    answer = assistant.ask("総務省の事例集に載っている事例は何件")
    assert answer.count == every.count > 0
    assert answer.status == "partial" and "総務省" in answer.unused
    answer = assistant.ask("行政改革の事例集に載っている事例は何件")
    assert answer.count == every.count and answer.status == "exact"
    # the publisher said with a verb (まとめた, 発行した) is the same owner, never a word of the records
    answer = assistant.ask("総務省がまとめた事例集の事例は何件")
    assert answer.count == every.count and answer.status == "partial" and "総務省" in answer.unused


def test_a_follow_up_of_a_partial_answer_is_still_partial(assistant):
    """The follow-up keeps the earlier conditions, and so the words they could not use: it is no more
    certain than the answer it refines."""
    assert assistant.ask("総合評価がBでエレベーターの実践項目").status == "partial"
    answer = assistant.ask("そのうちR5がAのもの")
    assert answer.status == "partial" and "エレベーター" in answer.unused, answer.summary
    # a word the execution could not use (自己評価 is no field of a practice item) is carried too
    assistant.reset()
    first = assistant.ask("自己評価で連携度が1のもの")
    assert first.status == "partial", first.summary
    answer = assistant.ask("そのうち総合評価がCのもの")
    assert answer.status == "partial" and answer.unused == first.unused, answer.summary


def test_a_word_no_record_of_the_named_kind_mentions_is_none_of_them(assistant):
    """「マイナンバーに触れた委員の意見」: no comment mentions it; that is the answer (0), and where
    else the word occurs is said, never shown as if it were a comment."""
    answer = assistant.ask("マイナンバーに触れた委員の意見")
    assert answer.status == "no_match" and answer.count == 0 and not answer.rows, answer.summary
    assert "取組上の課題" in answer.summary
    assert assistant.ask("マイナンバー").status == "search"  # words alone still show where they occur


def test_a_year_no_passage_holds_with_the_other_words_is_none(assistant):
    """「令和7年度の…モデル事業の募集」: the documents hold only another year's call; a year is a stated
    condition, so there is none (never the other year's call shown as the answer)."""
    answer = assistant.ask("令和7年度の市民協働推進モデル事業の募集")
    assert answer.status == "no_match" and answer.count == 0 and not answer.rows, answer.summary
    assert "令和7年度" in answer.summary


def test_a_department_the_copies_disagree_on_is_said_first(assistant):
    # Practice item 45: the lists print (水)下水道課, its progress sheet (which wins) (水)下水道建設課. The
    # answer takes the sheet's reading, so it is no certain answer: the other reading is said first.
    answer = assistant.ask("下水道課の実践項目")
    assert [r["key"] for r in answer.rows] == ["practice:N9"]
    assert answer.status == "partial"
    assert answer.summary.startswith(answer.caveat) and "実践項目 45" in answer.caveat and "下水道建設課" in answer.caveat


def test_a_word_said_to_be_mentioned_that_no_text_holds_empties_the_answer(assistant):
    """「…に触れた」 is a stated condition: when no passage holds the word, none of the records does, and
    the answer says which condition emptied it (not the records without it)."""
    answer = assistant.ask("総合評価がBでエレベーターに触れた実践項目")
    assert answer.status == "no_match" and answer.count == 0 and "エレベーター" in answer.summary
