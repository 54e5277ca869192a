"""A way of choosing said with で and a verb of choosing (「非公募で選ぶ予定の施設」「公募により選定する施設」) is the
value of the column that records how each is chosen, as 「非公募とする」 is. Over made147's web page (公募／非公募)
and a made-up town's page of another shape (選定方法, names and codes of its own), so nothing is one file's.
Facilities a body 受け持つ are the ones it runs (管理している): its 指定管理者 column's value held by most rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE147 = Path(__file__).resolve().parents[1] / "questions" / "made147" / "docs"
PAGE = "次期指定管理者公募予定.html"

# (番号, 施設名, 選定方法)
ROWS = [("A-1", "柊野町体育館", "公募"), ("A-2", "柊野町図書館", "非公募"),
        ("A-3", "柊野町福祉会館", "非公募"), ("A-4", "柊野町キャンプ場", "公募"), ("A-5", "柊野町公民館", "公募")]


def _page(path: Path) -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ROWS)
    path.write_text("<html><head><title>次期指定管理者の選定方法</title></head><body>"
                    "<h1>次期指定管理者の選定方法について</h1><table><tr><th>番号</th><th>施設名</th><th>選定方法</th></tr>"
                    f"{rows}</table></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def made147(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("selection_method_made147")
    shutil.copy(MADE147 / PAGE, folder / PAGE)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("selection_method_town")
    _page(folder / "選定方法.html")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("code") or r.get("key", "")) for r in answer.rows)


def test_made147_chosen_without_call(made147) -> None:
    answer = ask(made147, "次期の指定管理者を非公募で選ぶ予定の施設は")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["11", "4"], answer.summary
    assert not answer.unused


@pytest.mark.parametrize("question,codes", [
    ("非公募で選ぶ施設は？", ["A-2", "A-3"]),
    ("公募により選定する施設はどこ", ["A-1", "A-4", "A-5"]),
])
def test_town_chosen_by_method(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary


@pytest.mark.parametrize("question", ["委員会で選ぶ施設は", "事業を受け持つ課は"])
def test_other_sayings_left(question) -> None:
    # who chooses (委員会で選ぶ) is no way of choosing; 受け持つ said of 事業 is no facility run
    from assistant.query.grammar.phrasings import for_tables, rephrase
    for read in (rephrase(question), for_tables(question)):
        assert "とする" not in read and "管理" not in read, read


def test_facilities_taken_on_are_the_ones_run(made147_list) -> None:
    answer = ask(made147_list, "一番多くの施設を受け持ってる指定管理者はどこ？")
    assert answer.status == "exact", answer.summary
    assert answer.value == "株式会社グリーンスポーツ"
    assert not answer.unused


@pytest.fixture(scope="module")
def made147_list(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("taken_on_made147")
    name = "指定管理者制度導入施設一覧及び評価結果（令和６年度）.xlsx"
    shutil.copy(MADE147 / name, folder / name)
    return assistant_over(folder)
