"""A text review result whose ① items sit under group headings (（1）廃止, （2）縮小): the headings are
what users call the items' 区分; the document named by its year (「令和7年度の事務事業見直しで」) is this
one, not a condition; 「見直しを行う事業」 says what is done to the items it counts."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import SHARED

REVIEW = """令和7年度 事務事業見直し結果について

令和8年2月
大仙市総務部行政改革推進課

1　見直しの概要

　令和7年度は90事業を点検し、次の6事業について見直しを行うこととしました。

2　見直し結果

（1）廃止

　①　敬老祝金支給事業
　　所管課：長寿社会課
　　削減効果額：2,000千円

（2）縮小

　②　花いっぱい運動補助金
　　所管課：環境課
　　削減効果額：300千円

　③　市報配布委託事業
　　所管課：広報課
　　削減効果額：900千円

　④　成人式記念品事業
　　所管課：生涯学習課
　　削減効果額：200千円

（3）統合

　⑤　消防団員報酬支給事務
　　所管課：消防総務課
　　削減効果額：なし

　⑥　地域交通対策事業
　　所管課：総合政策課
　　削減効果額：1,500千円

3　今後の対応

　見直しを行った事業は、令和8年度当初予算に反映します。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grouped")
    (folder / "daisen_review_r7.txt").write_text(REVIEW, encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):  # beside the shipped documents, as users run it
        shutil.copy(path, folder / path.name)
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_document_named_by_its_year_counts_its_items(assistant):
    assistant.reset()
    answer = assistant.ask("大仙市の令和7年度の事務事業見直しで見直しを行う事業は何事業？")
    assert (answer.status, answer.value) == ("exact", 6), answer.summary


def test_the_largest_group_of_the_headings_said_as_kubun(assistant):
    assistant.reset()
    answer = assistant.ask("大仙市の事務事業見直しで区分ごとの事業数は？")
    assert answer.status == "exact" and {r["group"]: r["count"] for r in answer.rows} == {
        "廃止": 1, "縮小": 3, "統合": 2}, answer.summary
    assistant.reset()
    answer = assistant.ask("大仙市の事務事業見直しで区分ごとの事業数がいちばん多い区分は何事業？")
    assert (answer.status, answer.value) == ("exact", 3), answer.summary
    assistant.reset()
    answer = assistant.ask("大仙市の事務事業見直しで事業がいちばん多い区分は？")
    assert (answer.status, answer.value) == ("exact", "縮小"), answer.summary


def test_a_word_no_column_reads_leaves_the_count_to_the_text(assistant):
    """「何事業を点検した？」: the items are the 6 reviewed, not the 90 checked; the text says that."""
    assistant.reset()
    answer = assistant.ask("大仙市の令和7年度の事務事業見直しでは何事業を点検した？")
    assert answer.value != 6 and "90事業" in answer.summary, answer.summary
