"""Another town's table beside the shipped corpus: a question on the dedicated records that the table reads as
well, no document named, is not certain (also_tabled.py); a follow-up 「その…」 answered from a table after an
answer that listed none of its rows says it could not narrow them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "南条町 下水道経営戦略 取組進捗管理表",
    T.join(["大区分", "番号", "取組名", "担当係", "進捗状況", "完了年度"]),
    T.join(["A 施設の更新", "A-1", "管渠の計画的な更新", "工務係", "完了", "令和4年度"]),
    T.join(["A 施設の更新", "A-2", "処理場の耐震化工事", "工務係", "遅れ", "-"]),
    T.join(["B 経営の健全化", "B-1", "下水道使用料の見直し", "業務係", "順調", "-"]),
    T.join(["B 経営の健全化", "B-2", "未収金の縮減対策", "業務係", "完了", "令和5年度"]),
    ""])


@pytest.fixture(scope="module")
def both(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("beside")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "南条町_取組進捗管理表.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder / "docs")


def test_the_other_tables_records_are_said(both) -> None:
    answer = ask(both, "令和４年度に完了した取組はどれ？")
    assert answer.target == "practice" and answer.status == "partial", (answer.status, answer.summary)
    assert "A-1" in answer.caveat, answer.caveat


def test_a_follow_up_on_no_rows_of_the_table_is_not_certain(both) -> None:
    answer = ask(both, "大区分Aの総合評価は何？", "その区分で「遅れ」になってる取組は？")
    assert answer.status != "exact", (answer.status, answer.summary)


GRADES = Path(__file__).resolve().parents[1] / "questions" / "made131" / "docs" / "R7_出資法人経営状況一覧.xlsx"


@pytest.fixture(scope="module")
def graded(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("graded")
    shutil.copytree(corpus_dir, folder / "docs")
    shutil.copy(GRADES, folder / "docs" / GRADES.name)
    return assistant_over(folder / "docs")


def test_a_question_naming_no_kind_is_not_certain_of_the_records(graded) -> None:
    # (another city's table of 団体 graded by year reads 「Ａ評価だったところ」 as well)
    answer = ask(graded, "令和５年度にＡ評価だったところを教えて")
    assert answer.status != "exact", (answer.status, answer.summary)
    assert "2、9、10" in answer.caveat, answer.caveat


def test_a_question_naming_the_records_kind_stays_certain(graded) -> None:
    answer = ask(graded, "令和５年度にＡ評価だった取組を教えて")
    assert answer.target == "practice" and answer.status == "exact", (answer.status, answer.summary)


def test_a_field_word_another_table_prints_as_its_column_is_not_certain(graded) -> None:
    # (所管課 is a word of the records' 担当部署 and the other table's column as printed)
    answer = ask(graded, "所管課は全部で何課ある？")
    assert answer.status == "partial" and "「所管課」の列" in answer.caveat, (answer.status, answer.summary)


def test_the_records_own_field_label_stays_certain(graded) -> None:
    answer = ask(graded, "担当部署は全部でいくつ？")
    assert answer.status == "exact", (answer.status, answer.summary)


# (another town's table of its own 取組, graded by year: 取組 said as it names its rows, not 取組項目)
ACTIONS = "\n".join([
    "柳ヶ丘村 収納率向上アクションプラン 取組評価表",
    T.join(["取組番号", "取組名", "担当課", "令和3年度", "令和4年度", "令和5年度"]),
    T.join(["1", "口座振替の推奨", "税務課", "A", "A", "A"]),
    T.join(["2", "夜間納付相談の実施", "税務課", "B", "A", "A"]),
    T.join(["3", "滞納者への臨戸訪問", "収納推進室", "A", "A", "A"]),
    T.join(["4", "納付書の見直し", "税務課", "C", "B", "B"]),
    ""])


@pytest.fixture(scope="module")
def actions(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("actions")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "柳ヶ丘村_取組評価表.txt").write_text(ACTIONS, encoding="utf-8")
    return assistant_over(folder / "docs")


def test_the_word_another_table_names_its_rows_by_is_not_certain(actions) -> None:
    # (the records answer 取組 widened to 取組項目; the table's rows are 取組 as said)
    answer = ask(actions, "３年連続でＡの取組は？")
    assert answer.status != "exact", (answer.status, answer.summary)
    assert "1、3" in answer.caveat, answer.caveat
