"""made129's documents beside the shipped corpus: rows asked by no noun (「…下がったやつ」「…低い順に５つ並べて」) or
by a bare 項目 of a list of items coded 1-1-1 are the plan's items; 「…から始まった」 is read from a printed 「－」,
not from a blank amount; a matrix's legend (●：担当課 ○：協力課) makes 「総務課が担当している」 the ● of 総務課."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.text.normalize import nfkc
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE = ROOT / "tests" / "questions"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made129_year_blocks")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((MADE / "made129" / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return [str(r["key"]) for r in answer.to_dict()["rows"]]


def test_rows_asked_by_no_noun_are_the_items(assistant) -> None:
    a = ask(assistant, "R7で評価が下がったやつ")
    assert a.status == "exact"
    assert set(_keys(a)) == {f"practice:{c}" for c in ("1-1-1", "1-2-1", "1-2-3", "2-2-2", "4-1-1", "4-2-1")}
    b = ask(assistant, "R7の達成率が低い順に５つ並べて")
    assert _keys(b)[:5] == [f"practice:{c}" for c in ("3-1-3", "2-2-1", "2-1-2", "1-1-3", "1-2-1")]


def test_bare_item_word_of_a_coded_list(assistant) -> None:
    # the web page lists the items coded 1-1-1 with 進捗状況／今後の方向性 each (pieces styled apart)
    a = ask(assistant, "今後の方向性が拡充になってる項目を教えて")
    assert a.status == "exact"
    assert set(_keys(a)) == {f"practice:{c}" for c in ("1-1-2", "2-1-1", "2-1-3", "3-2-1")}


def test_began_from_a_printed_dash_not_a_blank_amount(assistant) -> None:
    # 財政効果額 leaves R6 blank where no effect was counted: no start; 進捗管理表 prints 「－」 in R6 for the two
    # items begun in R7
    a = ask(assistant, "令和７年度から始まった推進項目はどれ？")
    assert a.status == "exact"
    assert set(_keys(a)) == {"practice:2-2-1", "practice:4-2-2"}


def test_role_of_a_legend_said_as_a_verb(assistant) -> None:
    a = ask(assistant, "総務課が担当している推進項目は？")
    assert a.status == "exact" and a.count == 12
    assert all(r.get("総務課") == "●" for r in a.to_dict()["rows"])
    b = ask(assistant, "R7で◎の推進項目は？", "そのうち総務課が担当しているものは？")
    assert set(_keys(b)) == {f"practice:{c}" for c in ("1-1-4", "1-2-2", "2-1-1", "2-1-4", "3-2-1", "4-2-2", "4-2-3")}


def test_speaker_printed_by_post_alone(assistant) -> None:
    # 「○教育長　３－１－３の…３－１－１の…」 in minutes of a meeting of officials: that post's comments
    a = ask(assistant, "教育長の意見はどの推進項目についてのものだった？")
    assert a.status == "exact"
    assert {nfkc(str(r["key"])).rsplit("-", 1)[0] for r in a.to_dict()["rows"]} == {"comment:3-1-3", "comment:3-1-1"}


def test_role_an_office_takes_part_in(assistant) -> None:
    # 「担当か協力で関わっている」: either mark of the office's column (● or ○), never a search of the words
    a = ask(assistant, "福祉課が担当か協力で関わっている推進項目")
    assert a.status == "exact"
    assert set(_keys(a)) == {f"practice:{c}" for c in ("1-2-1", "2-1-1", "2-1-3", "3-1-2", "4-2-3")}
    b = ask(assistant, "建設課が協力で入っている項目は？")
    assert b.status == "exact" and all(r.get("建設課") == "○" for r in b.to_dict()["rows"]) and b.count == 3


def test_year_said_after_a_matrix_reads_the_items_grades(assistant) -> None:
    # the matrix of offices has no years: 「R7が○」 in a follow-up is the grade of the same items (by their codes)
    # in the document printing R7's grades, not a search of the records of another plan
    a = ask(assistant, "協力課に企画財政課が入っている推進項目は？", "そのうちR7が○だったのは何件？")
    assert a.status == "exact" and a.count == 1 and _keys(a) == ["practice:1-1-1"]
    b = ask(assistant, "今後の方向性が「継続」の項目は？", "そのうちR6もR7も◎か○だったものは？")
    assert set(_keys(b)) == {f"practice:{c}" for c in ("1-1-1", "1-1-4", "1-2-3", "2-2-2", "3-1-2", "3-2-2", "4-1-1", "4-2-3")}


def _cited(answer) -> set[str]:
    return {nfkc(str(r.get("initiative") or "")) for r in answer.to_dict()["rows"]}


def test_items_the_minutes_cite_joined_with_the_list_answering_the_rest(assistant) -> None:
    # four lists print the same codes (progress sheet, amounts sheet, matrix, web page): the rest of the question
    # (R7評価が◎) is read on the progress sheet, so that list is the one the cited codes are joined with
    a = ask(assistant, "本部会議で話題になった項目のうち、R7評価が◎のものは？")
    assert a.status == "exact" and _cited(a) == {"1-1-2", "3-1-1"}
    # 「議論された」 of a 推進項目: cited in the minutes' turns
    b = ask(assistant, "本部会議で議論された推進項目を挙げて")
    assert b.status == "exact" and _cited(b) == {"1-1-2", "1-1-3", "2-1-2", "2-1-3", "2-2-1", "3-1-1", "3-1-3", "4-2-1"}


def test_refinement_after_cited_items_keeps_those_items(assistant) -> None:
    a = ask(assistant, "本部会議で議論された項目を挙げて", "そのうち今後の方向性が見直しのものは？")
    assert _cited(a) == {"1-1-3", "2-1-2", "2-2-1", "3-1-3", "4-2-1"}


def test_rate_change_said_in_points(assistant) -> None:
    # 達成率 50.0 → 100.0 of 1-2-2 is the largest rise: 50 points, not 50%
    a = ask(assistant, "R6からR7にかけて達成率が一番伸びた推進項目は？")
    assert _keys(a) == ["practice:1-2-2"] and "50ポイント" in a.summary
