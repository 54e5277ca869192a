"""made112's internal control report read as a town's own layouts: a Word table of risks grouped under a
vertically merged 区分 of their own word (リスク区分 │ 財務 over R-01…R-05) with two values each year (整備上の不備 /
運用評価), asked as items (practice) and their 区分 as initiatives; an audit opinion in numbered parts
（（１）財務に関する事務について …） citing the risks as （R-xx）, read as comments; a workbook of counts (単位：件)
whose 「何件増えた」 after one row is the change of its figure."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE112 = Path(__file__).resolve().parents[1] / "questions" / "made112" / "docs"


@pytest.fixture(scope="module")
def made112(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made112_docs")
    for doc in _MADE112.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer, kind: str) -> set[str]:
    out = set()
    for r in answer.to_dict()["rows"]:
        k, _, code = str(r.get("key", "")).partition(":")
        if k == kind:
            # (a comment's key is 「<code>-<n>」, the code's own hyphen written full-width)
            out.add(unicodedata.normalize("NFKC", code.rsplit("-", 1)[0] if kind == "comment" else code))
    return out


def test_rows_grouped_under_a_kubun_of_their_own_word_are_items(made112) -> None:
    a = ask(made112, "令和６年度に整備上の不備が「有」とされたリスクを全部教えてください")
    assert _keys(a, "practice") == {"R-04", "R-07", "R-12", "R-14", "R-17"}
    a = ask(made112, "会計課が所管しているリスク（共管も含む）を一覧で")
    assert _keys(a, "practice") == {"R-01", "R-02", "R-05"}


def test_the_kubun_asked_is_the_groups(made112) -> None:
    a = ask(made112, "令和６年度に重大な不備のリスクを抱えている区分は？")
    assert _keys(a, "initiative") == {"情報管理"}


def test_every_year_and_a_range_of_years_of_one_of_two_values(made112) -> None:
    assert _keys(ask(made112, "3年度とも運用評価が有効だったリスクは？"), "practice") == {"R-01", "R-08", "R-15"}
    a = ask(made112, "令和5年度までに一度でも「重大な不備」と評価されたリスクは？")
    assert a.status == "exact" and _keys(a, "practice") == {"R-06", "R-16"}


def test_opinion_parts_citing_codes_are_comments(made112) -> None:
    a = ask(made112, "監査委員の審査意見の「情報管理について」で取り上げられているリスクは？")
    assert a.status == "exact" and _keys(a, "comment") == {"R-06", "R-07", "R-09"}
    a = ask(made112, "監査委員の意見の（１）は何について書いてある？", "そこで引用されているリスク番号を全部挙げて")
    assert _keys(a, "comment") == {"R-02", "R-04", "R-05"}


def test_records_the_opinion_never_mentions(made112) -> None:
    a = ask(made112, "監査委員の意見で一度も言及されていないリスクはどれ？")
    assert _keys(a, "practice") == {"R-01", "R-08", "R-10", "R-13", "R-15"}
    a = ask(made112, "審査意見で触れられたリスクのうち、是正が未着手のものは？")
    assert _keys(a, "comment") == {"R-05", "R-12", "R-14", "R-17"}


def test_how_many_more_of_a_table_counted_in_ken(made112) -> None:
    a = ask(made112, "情報政策課の統制活動の件数を教えて", "令和4年度から令和6年度で何件増えた？")
    assert a.value == 9


def test_the_name_column_asked_of_one_row_is_its_value(made112) -> None:
    assert ask(made112, "R-07のリスク名は？").value == "情報システムのアクセス権限管理"
    assert ask(made112, "K-5の研修名は？").value == "契約事務研修"
