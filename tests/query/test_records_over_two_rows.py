"""A record printed over two rows (the second repeats the number, name blank, another 担当係) is one record:
counted once, a year's stage on either row is the record's; a division code column (大区分記号) numbers a
table of divisions, asked as 大区分 they are initiatives; a roster's 氏名 of two kanji names its rows."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "南条町 下水道経営戦略 取組進捗表",
    T.join(["大区分", "番号", "取組名", "担当係", "令和6年度計画", "令和6年度実績", "進捗状況"]),
    T.join(["A 施設の更新", "A-1", "管渠の更新", "工務係", "実施", "実施", "完了"]),
    T.join(["A 施設の更新", "A-2", "処理場の耐震化", "工務係", "実施", "実施", "やや遅れ"]),
    T.join(["A 施設の更新", "A-2", "", "施設係", "実施", "検討", "やや遅れ"]),
    T.join(["B 経営の健全化", "B-1", "使用料の見直し", "業務係", "検討", "検討", "完了"]),
    T.join(["B 経営の健全化", "B-2", "未収金の縮減", "業務係", "実施", "実施", "完了"]),
    T.join(["B 経営の健全化", "B-2", "", "総務係", "実施", "実施", "完了"]),
    "",
    "大区分別の総合評価",
    T.join(["大区分記号", "大区分名称", "取組数", "総合評価"]),
    T.join(["A", "施設の更新", "2", "B"]),
    T.join(["B", "経営の健全化", "2", "S"]),
    T.join(["C", "人材の確保", "0", "A"]),
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two_rows")
    (folder / "南条町_取組進捗表.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("number", "")) for r in answer.rows}


def test_a_record_over_two_rows_is_counted_once(town) -> None:
    answer = ask(town, "完了した取組はいくつ？")
    assert answer.count == 3, (answer.count, answer.summary)


def test_a_stage_not_done_on_either_row(town) -> None:
    answer = ask(town, "令和6年度、計画が実施なのに実績が実施になっていない取組は？")
    assert "A-2" in _codes(answer), (answer.rows, answer.summary)


def test_divisions_coded_are_initiatives(town) -> None:
    answer = ask(town, "総合評価がSの大区分はどれ？")
    assert answer.rows_are == "initiative" and _codes(answer) == {"B"}, (answer.rows_are, answer.rows, answer.summary)


def test_one_quoted_value_for_two_columns(town) -> None:
    # 「計画も実績も「検討」」: each column holds it (a grammar phrasing the tables' reader takes too)
    answer = ask(town, "令和6年度は計画も実績も「検討」だった取組は？")
    assert _codes(answer) == {"B-1"}, (answer.understood, answer.summary)


def test_a_follow_up_on_no_rows_of_the_table_is_not_certain(town) -> None:
    # 「その区分で…」 after an answer that listed none of the table's rows: nothing to narrow, said so
    answer = ask(town, "下水道の経営について書いてある？", "その区分で完了した取組は？")
    assert answer.status != "exact", (answer.status, answer.summary)


def test_a_group_named_with_its_code_glossed(town) -> None:
    # 「経営の健全化（B）以外」: the code in brackets restates the group named
    answer = ask(town, "経営の健全化（B）以外で完了した取組は？")
    assert _codes(answer) == {"A-1"} and answer.status == "exact", (answer.status, answer.unused, answer.summary)


def test_a_grade_in_brackets_is_kept() -> None:
    from assistant.query.grammar.phrasings import rephrase
    assert rephrase("総合評価（B）の取組") == "総合評価（B）の取組"
