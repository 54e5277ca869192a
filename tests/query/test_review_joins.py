"""A committee's review of some of a form workbook's items, published as a document of its own (a block per item:
「事業番号 KS-2 …」, 「所管課：…」, 「委員会評価：Ｄ」, 【委員会の意見】 ①②): the review's grade becomes a field of the
item (committee_grade) beside its own (所管課評価), and the answers compare the two, say which items the review left
out, and show the committee's opinions on the items answered. A made-up town with other codes, names and letters than
any question set's (the forms are test_form_sheets'), indexed with the shipped corpus."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over
from tests.query.test_form_sheets import _workbook

# (code, name, 所管課, the committee's grade, its two opinions); the forms grade KS-1 Ａ, KS-2 Ｃ, KS-3 Ｂ, KS-4 Ａ, KS-5 Ｂ
REVIEWED = [
    ("KS-2", "放置自転車対策事業", "交通政策課", "Ｄ", ("撤去後の返還率が低い。", "啓発の方法を見直されたい。")),
    ("KS-3", "読書推進事業", "図書館", "Ａ", ("貸出冊数は着実に伸びている。", "学校との連携を広げられたい。")),
    ("KS-5", "市民ギャラリー運営事業", "文化振興課", "Ｂ", ("来館者数は目標並みである。", "企画展の周知を工夫されたい。")),
]


def _review() -> str:
    lines = ["椋ノ木町外部評価委員会 令和８年度 外部評価報告書", "", "１ 外部評価の概要",
             "担当課の自己評価を行った５事業のうち３事業について、委員会として評価した。", "",
             "２ 事業ごとの評価", ""]
    for code, name, office, grade, opinions in REVIEWED:
        lines += [f"事業番号 {code}　{name}", f"所管課：{office}", f"委員会評価：{grade}", "【委員会の意見】",
                  *(f"{mark} {text}" for mark, text in zip("①②", opinions)), ""]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review_joins")
    (folder / "令和８年度事務事業評価調書.xlsx").write_bytes(_workbook())
    (folder / "外部評価報告書.txt").write_text(_review(), encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def assistant(folder) -> Assistant:
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("key", "")).partition(":")[2] for r in answer.rows}


@pytest.mark.parametrize("question,codes", [
    ("委員会評価がＤだった事業は？", {"KS-2"}),
    ("委員会でＡ評価だった事業", {"KS-3"}),
    # (Ａ > Ｂ > Ｃ > Ｄ: the committee's grade worse than the section's own)
    ("委員会評価が所管課の評価より厳しかった事業", {"KS-2"}),
    ("委員会のほうが所管課より評価が高かった事業は？", {"KS-3"}),
    ("外部評価の対象にならなかった事業はどれ？", {"KS-1", "KS-4"}),
    ("外部評価を受けた事業", {"KS-2", "KS-3", "KS-5"}),
    ("外部評価でＢ以下だった事業", {"KS-2", "KS-5"}),
])
def test_the_review_grade_is_a_field_of_the_item(assistant, question, codes):
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.status, answer.summary, answer.unused)
    assert _codes(answer) == codes, answer.summary


def test_the_committees_opinions_on_the_items_answered_are_shown(assistant):
    answer = ask(assistant, "委員会評価がＤだった事業は？")
    opinions = [e for e in answer.excerpts if str(e.get("key", "")).startswith("comment:")]
    assert [e["text"] for e in opinions] == list(REVIEWED[0][4]), answer.excerpts[:3]


def test_a_grade_asked_of_the_items_own_document_shows_no_opinions(assistant):
    answer = ask(assistant, "所管課評価がＡだった事業はどれ？")
    assert _codes(answer) == {"KS-1", "KS-4"}
    assert not any(str(e.get("key", "")).startswith("comment:") for e in answer.excerpts)


def test_the_review_removed_leaves_no_grade_behind(folder, tmp_path):
    # (the values taken from a review are cleared and taken afresh on every build)
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    index = folder / "gyokaku.db"
    moved = tmp_path / "外部評価報告書.txt"
    shutil.move(folder / "外部評価報告書.txt", moved)
    try:
        build_index([folder], index)
        db = open_index(index)
        graded = [r for r in db.query("SELECT * FROM practice WHERE source LIKE '%調書%'") if r.get("committee_grade")]
        assert graded == []
    finally:
        shutil.move(moved, folder / "外部評価報告書.txt")
        build_index([folder], index)


def test_a_review_of_other_items_is_not_joined(tmp_path):
    # (the same numbers under other names: another body's items, nothing taken)
    (tmp_path / "令和８年度事務事業評価調書.xlsx").write_bytes(_workbook())
    (tmp_path / "外部評価報告書.txt").write_text(_review().replace("読書推進事業", "図書館整備事業")
                                              .replace("放置自転車対策事業", "自転車駐車場整備事業"), encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "委員会評価がＤだった事業は？")
    assert not answer.rows or answer.status != "exact", answer.summary
