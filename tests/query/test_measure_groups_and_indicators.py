"""A 施策評価 report (tests/questions/made150): a table of 施策 (1-1 …) graded year by year whose codes and titles head
the indicator table's rows (1-1-1 │ 施策名 merged down │ 基本事業名 │ 成果指標名 │ 達成率), and a program sheet of
the corpus whose records are also called 指標. The 施策 asked by their word are the plan's headings (initiative);
the indicators asked by 指標 are the table's rows (table_row), not the program sheet's records nor 基本事業. A second
town's html report of the same shape reads alike; a 施策 table heading no other table's items is its graded items (practice)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).parent.parent.parent
DOCS = ROOT / "tests" / "questions" / "made150" / "docs"
PROGRAM_SHEET = ROOT / "corpus" / "003_14d72dc13e628662.txt"  # (事務事業評価: records of the kind 指標)

_OTHER = """<html><head><title>雁ノ巣町 施策評価報告書</title></head><body><h1>雁ノ巣町 施策評価報告書</h1>
<h2>施策別評価一覧</h2>
<table>
<tr><th>施策番号</th><th>施策名</th><th>R5評価</th><th>R6評価</th></tr>
<tr><td>1-1</td><td>地域医療の確保</td><td>順調</td><td>順調</td></tr>
<tr><td>1-2</td><td>防災体制の強化</td><td>概ね順調</td><td>遅れ</td></tr>
<tr><td>2-1</td><td>農業の振興</td><td>遅れ</td><td>やや遅れ</td></tr>
<tr><td>2-2</td><td>観光の推進</td><td>やや遅れ</td><td>遅れ</td></tr>
</table>
<h2>成果指標一覧</h2>
<table>
<tr><th>施策番号</th><th>施策名</th><th>基本事業名</th><th>成果指標名</th><th>達成率（％）</th></tr>
<tr><td>1-1-1</td><td>地域医療の確保</td><td>救急医療の充実</td><td>救急搬送の平均時間</td><td>97.0</td></tr>
<tr><td>1-1-2</td><td>地域医療の確保</td><td>在宅医療の推進</td><td>訪問診療の利用者数</td><td>81.5</td></tr>
<tr><td>1-2-1</td><td>防災体制の強化</td><td>自主防災の育成</td><td>自主防災組織の結成率</td><td>92.4</td></tr>
<tr><td>2-1-1</td><td>農業の振興</td><td>担い手の確保</td><td>新規就農者数</td><td>60.0</td></tr>
<tr><td>2-2-1</td><td>観光の推進</td><td>誘客の促進</td><td>観光入込客数</td><td>74.2</td></tr>
</table></body></html>
"""

# 施策 graded per year but heading no table's items: its rows stay the table's
_UNLINKED = _OTHER.split("<h2>成果指標一覧</h2>")[0] + "</body></html>"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made150_measures")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    shutil.copy(PROGRAM_SHEET, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("measures_other")
    (folder / "施策評価報告書.html").write_text(_OTHER, encoding="utf-8")
    shutil.copy(PROGRAM_SHEET, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def unlinked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("measures_unlinked")
    (folder / "施策評価一覧.html").write_text(_UNLINKED, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"]}


def test_graded_measures_heading_the_indicators_are_initiatives(report, other) -> None:
    answer = ask(report, "令和６年度の施策評価で「遅れ」になった施策は？")
    assert answer.status == "exact" and _keys(answer) == {"initiative:1－3"}, answer.summary
    answer = ask(report, "今後の方向性が「拡充」になってる施策は？")
    assert _keys(answer) == {"initiative:2－1", "initiative:3－3"}, answer.summary
    answer = ask(other, "R6評価が「遅れ」の施策は？")
    assert answer.status == "exact" and _keys(answer) == {"initiative:1－2", "initiative:2－2"}, answer.summary


def test_measures_heading_no_items_stay_rows(unlinked) -> None:
    answer = ask(unlinked, "R6評価が「遅れ」の施策は？")
    assert _keys(answer) == {"practice:1-2", "practice:2-2"}, answer.summary


def test_indicators_under_a_measure_said_first_are_rows(report) -> None:
    answer = ask(report, "健康福祉部が主管の施策で、指標評価がＡになってる指標")
    assert answer.status == "exact" and _keys(answer) == {"table_row:2-1-2", "table_row:2-2-1", "table_row:2-2-2"}, \
        answer.summary


@pytest.mark.parametrize("question, keys", [
    ("達成率が低い順にワースト３の指標", ["table_row:2-3-1", "table_row:1-3-2", "table_row:1-1-3"]),
    ("達成率トップ３の指標を高い順に", ["table_row:1-1-2", "table_row:4-2-1", "table_row:3-1-1"]),
])
def test_indicators_ranked_are_the_tables_not_the_program_sheets(report, question, keys) -> None:
    answer = ask(report, question)
    assert [str(r["key"]) for r in answer.to_dict()["rows"]][:3] == keys, answer.summary


def test_indicators_of_another_towns_table(other) -> None:
    answer = ask(other, "達成率が90％以上の指標")
    assert answer.status == "exact" and _keys(answer) == {"table_row:1-1-1", "table_row:1-2-1"}, answer.summary
    answer = ask(other, "達成率が低い順にワースト２の指標")
    assert [str(r["key"]) for r in answer.to_dict()["rows"]][:2] == ["table_row:2-1-1", "table_row:2-2-1"], answer.summary


def test_a_run_of_either_grade(report, other) -> None:
    answer = ask(report, "３年連続で「やや遅れ」か「遅れ」だった施策")
    assert answer.status == "exact" and _keys(answer) == {"initiative:2－3", "initiative:3－3"}, answer.summary
    answer = ask(other, "２年連続で「やや遅れ」か「遅れ」の施策は？")
    assert answer.status == "exact" and _keys(answer) == {"initiative:2－1", "initiative:2－2"}, answer.summary


def test_grades_said_as_progress_words_rise_and_fall(report, other) -> None:
    # (遅れ < やや遅れ < 概ね順調 < 順調; 今後の方向性 │ 改善 is a plan for next year, not a grade gone up)
    answer = ask(report, "R5からR6にかけて評価が上がった施策を教えて")
    assert answer.status == "exact" and _keys(answer) == {"initiative:1－2", "initiative:2－2", "initiative:3－2"}, \
        answer.summary
    answer = ask(other, "R5からR6にかけて評価が下がった施策は？")
    assert answer.status == "exact" and _keys(answer) == {"initiative:1－2", "initiative:2－2"}, answer.summary
    answer = ask(other, "R5からR6にかけて評価が上がった施策は？")
    assert answer.status == "exact" and _keys(answer) == {"initiative:2－1"}, answer.summary


def test_a_response_said_by_its_category(report) -> None:
    # (対応区分 検討: m150-024; the word 検討 inside other responses' sentences is no category)
    answer = ask(report, "外部評価委員会の意見で、市の対応が「検討」になってるものは？")
    assert answer.status == "exact" and {k.split(":")[1].rsplit("-", 1)[0] for k in _keys(answer)} == \
        {"2－3", "3－2", "4－2"}, answer.summary


def test_a_letter_grade_bounded(report) -> None:
    answer = ask(report, "教育部の施策の指標で、B評価以上は何件？")
    assert answer.status == "exact" and answer.value == 1, answer.summary


@pytest.mark.parametrize("question, called", [
    ("令和11年度までに取組を終えた推進項目はどれ？", False),  # (項目 the tail of a document's own word: made85 m85-006)
    ("一度もB以上の評価を取れていない推進項目ってある？", False),  # (made94 m94-007)
    ("教育部の成果指標は？", True),  # (a longer kind word ending in the word: still the table's rows)
    ("達成率が低い順にワースト３の指標", True),
])
def test_a_kind_word_said_whole_or_as_a_longer_kind_word(question, called) -> None:
    """rows_called_by_kind_word reads the table only when the kind's word is said whole or as the tail of a longer
    kind word (成果指標), not as the tail of a document's own word for its records (推進項目 of 項目)."""
    from assistant.query.kind_word_rows import rows_called_by_kind_word

    asked = []
    target = "practice" if "項目" in question else "indicator"
    rows_called_by_kind_word(question, target, lambda loose=False: asked.append(loose))
    assert bool(asked) is called
