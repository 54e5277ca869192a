"""A dash a note defines as the lack of a thing (「※「－」は利用実績又は料金設定がないことを示す。」): 「令和5年度には
利用実績がなかった施設」 is that year's column printing the dash, the note's words said in the condition. Another
town's facilities than made178's subsidies (「交付実績がなかった補助金」)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

FEES = """鶴巻町 施設使用料収入の推移

番号,施設名,所管課,令和４年度収入,令和５年度収入,令和６年度収入
1,中央公民館,生涯学習課,420,450,470
2,東地区体育館,スポーツ課,310,－,280
3,旧鶴巻小学校体育館,スポーツ課,120,90,－
4,文化ホール,生涯学習課,1500,1620,1700

※ 単位は千円。「－」は利用実績又は料金設定がないことを示す（東地区体育館は令和５年度改修のため休館）。
"""


@pytest.fixture(scope="module")
def tsurumaki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tsurumaki")
    (folder / "鶴巻町_施設使用料収入の推移.txt").write_text(FEES, encoding="utf-8")
    return assistant_over(folder)


def test_year_lacking_the_thing_the_dash_means(tsurumaki):
    answer = ask(tsurumaki, "令和5年度には利用実績がなかった施設は？")
    assert answer.status == "exact" and answer.count == 1, answer.summary
    assert "東地区体育館" in answer.summary, answer.summary
    assert any("利用実績又は料金設定がない" in str(u.get("label")) for u in answer.understood), answer.understood


def test_other_thing_of_the_same_note(tsurumaki):
    answer = ask(tsurumaki, "令和６年度に料金設定がない施設")
    assert answer.status == "exact" and answer.count == 1 and "旧鶴巻小学校体育館" in answer.summary, answer.summary


def test_thing_no_note_names_is_not_read_as_the_dash(tsurumaki):
    answer = ask(tsurumaki, "令和5年度には苦情がなかった施設は？")
    assert not (answer.status == "exact" and answer.count == 1), answer.summary
