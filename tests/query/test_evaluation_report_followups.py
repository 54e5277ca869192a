"""Questions over a city's 事務事業評価・施策評価・外部評価 documents (tests/questions/made103): a value excluded said
with its row word (「休止の事業を除くと」), the agenda of meetings (「負担割合について話し合った会議」), the year
before the column answered (「その前の年度はどうだった？」), the same judgement as the row answered (「同じ判定になった
事業はほかにある？」), the members' opinions on the rows listed before (「その中で、Ｄ委員が意見を出したのは何事業？」)
and cases chosen by the year their text labels (「令和に入ってから導入された改善事例」)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made103" / "docs"


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made103_reports")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    return assistant_over(folder)


def _cells(answer, column: str) -> set[str]:
    return {str(r.get(column)) for r in answer.rows}


def test_value_left_out_with_its_row_word(city) -> None:
    answer = ask(city, "休止の事業を除くと、達成度がいちばん低かった事業はどれ？")
    assert answer.status == "exact" and answer.value == "緑化推進補助事業", answer.summary
    assert any("休止以外" in str(u.get("label")) for u in answer.understood)


@pytest.mark.parametrize("question", ["広域連携の協議会で、負担割合について話し合った会議はどれ？", "負担割合を協議した会議は？"])
def test_discussed_is_the_agenda(city, question) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and _cells(answer, "No.") == {"2", "6"}, answer.summary
    assert all(str(r["key"]).startswith("table_row:") for r in answer.rows)  # (meetings, not joint projects)


@pytest.mark.parametrize("follow, value", [("その前の年度はどうだった？", "○"), ("前年度は？", "○")])
def test_year_before_the_column_answered(city, follow, value) -> None:
    answer = ask(city, "施策4-2の令和６年度の評価は？", follow)
    assert answer.status == "exact" and answer.value == value, answer.summary


def test_same_judgement_besides_the_row(city) -> None:
    answer = ask(city, "防災ラジオ貸与事業の外部評価結果は？", "同じ判定になった事業はほかにある？")
    assert answer.status == "exact" and _cells(answer, "事業番号") == {"304-02"}, answer.summary


def test_opinions_on_the_rows_listed(city) -> None:
    answer = ask(city, "外部評価委員会ではどの事業が評価の対象になった？", "その中で、Ｄ委員が意見を出したのは何事業？")
    assert answer.target == "comment" and answer.count == 4, answer.summary


def test_cases_by_labelled_year(city) -> None:
    answer = ask(city, "令和に入ってから導入された改善事例はどこの自治体？")
    places = " ".join(str(r.get("places")) for r in answer.rows)
    assert answer.count == 6 and all(p in places for p in ("楢ノ瀬市", "菖蒲ヶ池市", "檜ノ沢市")), answer.summary
    assert "槙ノ浜市" not in places and "椎ノ木台市" not in places
    before = ask(city, "平成30年度以前に導入された事例は？")
    assert {str(r.get("code")) for r in before.rows} == {"3", "5"}, before.summary


def test_either_state_whole_or_inside(city) -> None:
    answer = ask(city, "榾原市と一緒にやっている事業は？", "そのうち、見直し中か、もう終了したものは？")
    assert answer.status == "exact" and _cells(answer, "番号") == {"共-05", "共-07"}, answer.summary
