"""Questions about documents no kind was written for, answered from their structure (query/facts.py):
made reform documents of other municipalities, ingested into a real index and asked through the
Assistant as users ask."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS

KITAMISAWA = """\
令和5年度 行政改革推進プラン 進捗状況（北見沢市）

■ 取組の進捗状況

No.R3-4 電子申請の拡充（所管課：情報政策課）
　オンラインで申請できる手続を増やす。
No.R3-5 窓口のキャッシュレス化（所管課：市民課、会計課）
No.R2-1 公共施設の再配置
　所管課：資産経営課
　担当：施設係
No.R2-2 庁内ネットワークの更新（所管課：情報政策課）

■ 進捗の集計

C:進捗に課題あり ………… 7項目(8.2%)
未達成 21件 30.4%
取組中 65件
"""

MINAMIKAWA = """\
南川町 行財政改革 取組一覧

番号\t取組名\t担当部名\t進捗
1\t補助金の見直し\t財務部\tB
2\t公用車の削減\t総務部\tA

■ 個別の取組

(1) 電子申請の拡充（担当課：企画課）
(2) ふるさと納税の推進（担当課：企画課）
"""

NISHIYAMA = """\
西山市 行財政改革推進計画 令和5年度 取組状況

1 評価の概要
A:計画どおり進んでいる … 52項目(61.2%)
B:概ね計画どおり … 26項目(30.6%)
C:進捗に課題あり … 7項目(8.2%)

2 個別の取組
1-1 窓口のワンストップ化
【所管課】市民課
【進捗】B

区分\t取組名\t担当課\t進捗
行政運営\t窓口予約システムの導入\t住民課\tB
財政運営\t使用料の見直し\t財政課\tA
財政運営\t未利用地の売却\t管財課\tA
"""

HIGASHIHAMA = """\
# 東浜村 第3次行政改革大綱 実施状況

## 令和4年度 委員会評価

S:1、A:3、B:2、C:1

## 令和5年度 委員会評価

S:0、A:4、B:2、C:0
"""


def _build(tmp: Path, docs: dict[str, str], with_corpus: bool = False) -> Assistant:
    folder = tmp / "docs"
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    if with_corpus:
        for path in CORPUS.glob("*.txt"):
            shutil.copy(path, folder / path.name)
    index = tmp / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    return _build(tmp_path_factory.mktemp("other"),
                  {"kitamisawa.txt": KITAMISAWA, "minamikawa.txt": MINAMIKAWA, "higashihama.md": HIGASHIHAMA,
                   "nishiyama.txt": NISHIYAMA})


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Assistant:
    """The shipped corpus with one other city's progress page beside it."""
    return _build(tmp_path_factory.mktemp("mixed"), {"kitamisawa.txt": KITAMISAWA}, with_corpus=True)


def ask(assistant: Assistant, question: str):
    assistant.reset()
    return assistant.ask(question)


def _assert_rows_carry_provenance(answer) -> None:
    assert answer.rows
    for row in answer.rows:
        kind, _, code = row["key"].partition(":")
        assert kind in ("item", "table_row", "count_fact") and code
        assert row["source"] and row["line"] > 0


# ------------------------------------------------------------------ the value of a labelled field
def test_field_of_a_named_item(other) -> None:
    answer = ask(other, "北見沢市の電子申請の拡充の所管課は？")
    assert (answer.status, answer.value) == ("exact", "情報政策課")
    assert answer.summary.startswith("R3-4 電子申請の拡充 の所管課は 情報政策課 です")
    assert answer.rows[0]["key"] == "item:kitamisawa.txt:5" and answer.rows[0]["line"] == 5
    assert answer.excerpts[0]["source"] == "kitamisawa.txt"
    _assert_rows_carry_provenance(answer)


def test_field_on_the_lines_after_the_item(other) -> None:
    answer = ask(other, "公共施設の再配置の担当は？")
    assert (answer.status, answer.value) == ("exact", "施設係")


def test_a_column_of_a_table_row_by_its_short_form(other) -> None:
    # The header says 担当部名; users say 担当部.
    answer = ask(other, "補助金の見直しの担当部は？")
    assert (answer.status, answer.value) == ("exact", "財務部")
    assert answer.rows[0]["field"] == "担当部名"
    assert answer.rows[0]["key"] == "table_row:minamikawa.txt:4"


def test_a_title_written_a_little_differently(other) -> None:
    answer = ask(other, "北見沢市の公共施設再配置の所管課は？")
    assert (answer.status, answer.value) == ("exact", "資産経営課")
    assert any("「公共施設の再配置」と読みました" in n for n in answer.notes)
    # Another word is another item, never a near one.
    assert ask(other, "北見沢市の電子申請の推進の所管課は？").value is None


def test_another_office_label_is_used_and_said(other) -> None:
    # The item prints 所管課 only; 担当課 names the same office, and the note says which label answered.
    answer = ask(other, "北見沢市の電子申請の拡充の担当課は？")
    assert answer.value == "情報政策課"
    assert any("「所管課」" in n and "「担当課」" in n for n in answer.notes)


def test_never_another_documents_item(other) -> None:
    # Both towns have an item 電子申請の拡充; the named town's own record answers.
    assert ask(other, "南川町の電子申請の拡充の担当課は？").value == "企画課"
    assert ask(other, "北見沢市の電子申請の拡充の所管課は？").value == "情報政策課"
    both = ask(other, "電子申請の拡充の担当課は？")
    assert both.value is None and {r["source"] for r in both.rows} == {"kitamisawa.txt", "minamikawa.txt"}
    assert "1つに絞れない" in both.summary


def test_an_item_named_by_its_number(other) -> None:
    assert ask(other, "北見沢市のNo.R3-4の所管課は？").value == "情報政策課"
    named = ask(other, "北見沢市のR2-1の取組名は？")
    assert (named.status, named.value) == ("exact", "公共施設の再配置")
    assert named.summary.startswith("R2-1 は「公共施設の再配置」です")


def test_a_word_that_shaped_nothing_makes_it_partial(other) -> None:
    answer = ask(other, "電子申請の拡充のエレベーターの所管課は？")
    assert answer.status == "partial" and "エレベーター" in answer.unused
    assert answer.summary.startswith("「エレベーター」を解釈できなかったため")


def test_bracketed_labels_under_a_hyphenated_number(other) -> None:
    answer = ask(other, "窓口のワンストップ化の所管課は？")
    assert (answer.status, answer.value) == ("exact", "市民課")
    assert answer.rows[0]["number"] == "1-1" and answer.rows[0]["heading"] == "2 個別の取組"


def test_a_row_is_named_by_the_column_whose_values_differ(other) -> None:
    # 区分 repeats 財政運営; 取組名 names the rows.
    assert ask(other, "使用料の見直しの担当課は？").value == "財政課"
    assert ask(other, "窓口予約システムの導入の区分は？").value == "行政運営"
    listed = ask(other, "財政運営の取組は？")
    assert [r["title"] for r in listed.rows] == ["使用料の見直し", "未利用地の売却"]


# ------------------------------------------------------------------ counts the document states
def test_count_of_a_grade(other) -> None:
    answer = ask(other, "北見沢市のC評価は何項目？")
    assert (answer.status, answer.value, answer.count) == ("exact", 7, 7)
    assert "進捗の集計" in answer.summary and "8.2%" in answer.summary
    _assert_rows_carry_provenance(answer)


def test_count_by_its_label(other) -> None:
    answer = ask(other, "未達成は何件？")
    assert (answer.status, answer.value, answer.count) == ("exact", 21, 21)
    assert "30.4%" in answer.summary
    assert ask(other, "取組中は何件？").value == 65


def test_the_heading_a_count_sits_under_chooses_among_them(other) -> None:
    assert ask(other, "東浜村の令和4年度のA評価は何件？").value == 3
    assert ask(other, "東浜村の令和5年度のA評価は何件？").value == 4
    unsure = ask(other, "東浜村のA評価は何件？")
    assert unsure.value is None and len(unsure.rows) == 2 and "見出しごと" in unsure.summary


def test_a_grade_by_its_letter_or_its_wording_and_its_share(other) -> None:
    assert ask(other, "西山市でB評価は何項目？").value == 26
    assert ask(other, "西山市の概ね計画どおりの項目は何項目？").value == 26
    share = ask(other, "西山市でC評価の割合は？")
    assert (share.status, share.value) == ("exact", 8.2)
    assert "8.2%" in share.summary and "評価の概要" in share.summary


# ------------------------------------------------------------------ items with a field value
def test_items_of_an_office(other) -> None:
    answer = ask(other, "情報政策課が所管する項目は？")
    assert answer.status == "exact"
    assert [r["title"] for r in answer.rows] == ["電子申請の拡充", "庁内ネットワークの更新"]
    assert answer.summary.startswith("所管課が情報政策課の項目は 2件です")
    _assert_rows_carry_provenance(answer)


def test_how_many_items_an_office_has(other) -> None:
    answer = ask(other, "企画課が担当する項目は何件？")
    assert (answer.value, answer.count) == (2, 2)


def test_a_short_value_counts_right_after_its_label(other) -> None:
    answer = ask(other, "西山市で進捗がAの取組は何件？")
    assert (answer.status, answer.value) == ("exact", 2)
    assert [r["title"] for r in answer.rows] == ["使用料の見直し", "未利用地の売却"]


# ------------------------------------------------------------------ left to the regular engine
def test_a_city_no_document_mentions_is_not_answered_from_these_records(other) -> None:
    answer = ask(other, "盛岡市の電子申請の拡充の所管課は？")
    assert answer.value is None
    assert not any(r.get("key", "").startswith("item:") for r in answer.rows)


def test_a_negation_is_not_dropped(other) -> None:
    answer = ask(other, "情報政策課が所管しない項目は？")
    assert answer.status != "exact" or (answer.rows and all("情報政策課" not in str(r.get("所管課")) for r in answer.rows))


def test_shipped_questions_keep_their_answers_beside_another_city(mixed) -> None:
    answer = ask(mixed, "R4に終了した実践項目")
    assert answer.status == "exact" and all(r["key"].startswith("practice:") for r in answer.rows)
    # Unscoped, 「C評価」 is the plan report's 総合評価 as before; named, the other city's count.
    assert ask(mixed, "C評価は何項目？").target == "practice"
    scoped = ask(mixed, "北見沢市のC評価は何項目？")
    assert (scoped.status, scoped.value) == ("exact", 7)
    assert ask(mixed, "電子申請の拡充の所管課は？").value == "情報政策課"


def test_a_dedicated_kind_named_in_the_question_keeps_it(mixed) -> None:
    # 情報政策課 is also the other city's office, but 連携事業 asks for the joint projects.
    answer = ask(mixed, "情報政策課が担当する連携事業")
    assert answer.rows and all(r["key"].startswith("joint_project:") for r in answer.rows)
    # 単位 is an indicator's field: the count facts' unit column must not draw the question to them.
    assert ask(mixed, "まんまるよやく申請書等の配架場所の単位と目指す方向").target == "indicator"


def test_the_shipped_corpus_is_answered_the_same_beside_another_city(mixed, assistant) -> None:
    """Every question of a team set gets the same answer whether or not another city's progress page
    is in the index (the other city's page is what facts.py reads; the corpus is not)."""
    import json

    path = Path(__file__).resolve().parents[1] / "questions" / "paraphrases.jsonl"
    questions = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    differ = []
    for q in questions:
        mixed.reset()
        assistant.reset()
        a = [mixed.ask(t) for t in q["turns"]][-1]
        b = [assistant.ask(t) for t in q["turns"]][-1]
        if (a.status, a.value, [r.get("key") for r in a.rows]) != (b.status, b.value, [r.get("key") for r in b.rows]):
            differ.append((q["id"], q["turns"][-1], a.summary[:80], b.summary[:80]))
    assert not differ, differ
