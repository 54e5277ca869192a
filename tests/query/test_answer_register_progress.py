"""A register of council answers (tests/questions/made142): rows numbered No. 1, 2 … beside their printed code
(管理番号 R5-3-01), status columns by point in time (Ｒ５年度末 │ Ｒ６年度末 │ Ｒ７．９月末), a member roster whose
name cells print the reading under the name, and a 総括 whose table counts by 担当課. The rows are keyed by their
code, a time point reads as its column, the name is the name alone. A register and roster of another town show none of it is one document's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made142" / "docs"

_OTHER = """<html><head><title>鷺沼市 陳情処理状況一覧</title></head><body><h1>鷺沼市 陳情処理状況一覧</h1>
<table>
<tr><th>No.</th><th>受付番号</th><th>件名</th><th>担当課</th><th>状況（R6年度末）</th><th>状況（R7.6月末）</th></tr>
<tr><td>1</td><td>J6-01</td><td>通学路の安全対策</td><td>道路課</td><td>検討中</td><td>完了</td></tr>
<tr><td>2</td><td>J6-02</td><td>公園遊具の更新</td><td>公園課</td><td>完了</td><td>完了</td></tr>
<tr><td>3</td><td>J6-03</td><td>図書館の開館時間延長</td><td>生涯学習課</td><td>検討中</td><td>検討中</td></tr>
<tr><td>4</td><td>J7-01</td><td>バス路線の維持</td><td>交通政策課</td><td>未着手</td><td>完了</td></tr>
</table>
<h2>委員名簿</h2>
<table>
<tr><th>委員名</th><th>区分</th><th>在任年数</th></tr>
<tr><td>桐生 和也<br>（きりゅう かずや）</td><td>学識経験者</td><td>６年</td></tr>
<tr><td>早瀬 真由<br>（はやせ まゆ）</td><td>公募</td><td>２年</td></tr>
<tr><td>大森 健<br>（おおもり けん）</td><td>団体推薦</td><td>４年</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made142_register")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("petitions")
    (folder / "陳情処理状況一覧.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer, kind: str = "table_row") -> set[str]:
    return {r["key"] for r in answer.to_dict()["rows"] if str(r["key"]).startswith(kind + ":")}


def test_rows_are_keyed_by_their_printed_code_not_the_serial(register, other) -> None:
    answer = ask(register, "答弁区分が「困難」だったものは？")
    assert _keys(answer) == {"table_row:R5-9-04", "table_row:R5-12-03", "table_row:R7-3-03"}, answer.summary
    answer = ask(other, "担当課が公園課の陳情は？")
    assert _keys(answer) == {"table_row:J6-02"}, answer.summary


@pytest.mark.parametrize("question, codes", [
    ("R5年度末の時点で実施中だった答弁はどれ？", {"R5-3-01", "R5-6-03", "R5-9-03"}),
    ("令和７年９月末でまだ未着手のままの答弁を教えて", {"R5-9-04", "R7-3-03", "R7-6-02", "R7-9-01"}),
    ("R5年度末に実施中で、R6年度末には完了したものは？", {"R5-3-01", "R5-6-03"}),
])
def test_a_point_in_time_reads_as_its_status_column(register, question, codes) -> None:
    answer = ask(register, question)
    assert answer.status == "exact" and _keys(answer) == {f"table_row:{c}" for c in codes}, answer.summary


def test_a_month_end_column_of_another_register(other) -> None:
    answer = ask(other, "R7.6月末時点で状況が完了の陳情は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:J6-01", "table_row:J6-02", "table_row:J7-01"}, answer.summary
    answer = ask(other, "R6年度末の時点で検討中だった陳情は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:J6-01", "table_row:J6-03"}, answer.summary


def test_a_name_printed_over_its_reading_is_the_name(register, other) -> None:
    answer = ask(register, "当選回数が一番多い議員は誰？")
    assert answer.value == "北条 隆", answer.summary
    answer = ask(other, "区分が公募の委員は？")
    assert _keys(answer) == {"table_row:早瀬 真由"}, answer.summary


def test_the_serial_is_no_order_of_time(register) -> None:
    answer = ask(register, "今井議員の質問を古い順に並べて")
    assert not any(u.get("field") == "No." for u in answer.to_dict()["understood"]), answer.summary


@pytest.mark.parametrize("question, codes", [
    ("R6年度末もR7.9月末も検討中のまま動いてないやつある？", {"R5-6-01", "R5-12-02", "R6-9-01", "R6-12-01"}),
    ("R6年度末、R7年9月末と２時点連続で実施中のものは？", {"R5-3-02", "R6-3-02", "R6-6-02", "R6-12-02"}),
])
def test_a_state_held_over_several_points(register, question, codes) -> None:
    answer = ask(register, question)
    assert answer.status == "exact" and _keys(answer) == {f"table_row:{c}" for c in codes}, answer.summary


def test_a_state_held_over_the_points_of_another_register(other) -> None:
    answer = ask(other, "R6年度末もR7.6月末も検討中のまま進んでいない陳情は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:J6-03"}, answer.summary
    answer = ask(other, "R6年度末、R7.6月末と2時点連続で完了の陳情は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:J6-02"}, answer.summary


def test_now_is_the_latest_point_and_a_contrast_keeps_both_states(register, other) -> None:
    answer = ask(register, "R5年度末は未着手だったのに今はもう完了してるのは？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:R6-3-01"}, answer.summary
    assert any("最新の時点" in n for n in answer.notes), answer.notes
    answer = ask(other, "R6年度末は未着手だったのに今は完了の陳情は？")
    assert answer.status == "exact" and _keys(answer) == {"table_row:J7-01"}, answer.summary


def test_members_of_a_body_and_an_actor_stressed(register) -> None:
    answer = ask(register, "産業建設常任委員会のメンバーは？")
    assert _keys(answer) == {"table_row:大河内 修", "table_row:石丸 徹", "table_row:高浜 幸男"}, answer.summary
    answer = ask(register, "町長自ら答弁したのはどれ？")
    assert answer.status == "exact" and _keys(answer) == {f"table_row:{c}" for c in (
        "R5-3-01", "R5-6-02", "R5-9-03", "R6-6-02", "R7-3-01", "R7-9-01")}, answer.summary
