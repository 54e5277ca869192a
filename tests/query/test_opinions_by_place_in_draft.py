"""A public comment's opinions in one table naming where in the draft each is on (番号 │ 該当箇所 │ 意見の概要 │ 市の
考え方 │ 反映区分, 該当箇所 「第２章」「施策２－１」「全体」): asked by that place (「全体についての意見」「施策２－１に
ついての意見は？」), the rows are comments keyed by their own number, as no record of another table is what they
are on. A table also naming who gave each (提出者番号) stays a table of rows. Another city's results, no set's
words or figures."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

# (番号, 該当箇所, 意見, 考え方, 区分)
OPINIONS = [("1", "第２章", "子どもの居場所づくりを重点に加えてほしい。", "第２章に追記します。", "反映"),
            ("2", "施策２－１", "学童保育の定員を増やすべきである。", "定員拡大の方針を既に記載しています。", "記載済"),
            ("3", "全体", "計画の数値目標をもっと高くすべきである。", "現行の目標を維持します。", "反映しない"),
            ("4", "施策１－２", "子育て相談を夜間も受け付けてほしい。", "一部の窓口で対応する旨を追記します。", "一部反映"),
            ("5", "施策２－１", "放課後の送迎支援を検討してほしい。", "今後の参考とします。", "参考"),
            ("6", "全体", "市民への周知をもっと工夫してほしい。", "広報紙で特集を組みます。", "参考"),
            ("7", "施策３－２", "公園の遊具を更新してほしい。", "所管課に伝えます。", "参考")]


def _results(path, submitters: bool = False) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("「榧ノ浦市子ども・子育て支援計画（素案）」に対する意見と市の考え方", level=1)
    doc.add_paragraph("意見提出者数　５人　意見数　７件")
    heads = ["番号", "提出者番号", "該当箇所", "意見の概要", "市の考え方", "反映区分"] if submitters \
        else ["番号", "該当箇所", "意見の概要", "市の考え方", "反映区分"]
    table = doc.add_table(rows=1 + len(OPINIONS), cols=len(heads))
    for i, text in enumerate(heads):
        table.cell(0, i).text = text
    for r, (no, *rest) in enumerate(OPINIONS, start=1):
        row = [no, str((r + 1) // 2), *rest] if submitters else [no, *rest]
        for i, text in enumerate(row):
            table.cell(r, i).text = text
    doc.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("place_in_draft")
    _results(folder / "子育て支援計画素案への意見と市の考え方.docx")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def city_with_submitters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("place_in_draft_submitters")
    _results(folder / "子育て支援計画素案への意見一覧.docx", submitters=True)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("全体についての意見", ["comment:3", "comment:6"]),
    ("施策２－１についての意見は？", ["comment:2", "comment:5"]),
])
def test_opinions_asked_by_their_place_are_comments_of_their_own_number(city, question, keys) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)


def test_a_table_naming_who_gave_each_keeps_its_rows(city_with_submitters) -> None:
    answer = ask(city_with_submitters, "全体についての意見")
    assert answer.status == "exact" and _keys(answer) == ["table_row:3", "table_row:6"], (_keys(answer), answer.summary)


def test_the_count_is_unchanged(city) -> None:
    answer = ask(city, "反映しないとされた意見は何件？")
    assert answer.count == 1, (answer.status, answer.count, answer.summary)
