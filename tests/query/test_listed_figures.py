"""Figures a passage states without a label beside them, read from a made report: how many dated
entries it lists for what was asked (「何回」), the total it prints (「全部で何人」), a figure under the
year said (「R6のとき」 over 「R6.01.19 実施 公用車15台」), and a part of it in brackets (「そのうち港市の分は」).
The answers stay searches: the values are read from the passages shown."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

REPORT = """港市・山並市 広域連携の取組状況（令和6年度）

1 広報の交流
両市の広報紙に互いの行事を掲載した。
広報紙の紙面交流の実施 「市報みなと」R3年5月号・R3年9月号 「広報やまなみ」R4年1月号・R4年6月号・R5年2月号

2 消防の連携
R4.07.04, R4.09.04, R5.11.01 合同訓練の実施

3 職員研修
R5.11.06 合同研修会の実施 両市職員各10名 計20名(4班)

4 公用車の共同売却
R5.01.20 実施 公用車12台(港市7台,山並市5台)
R6.01.19 実施 公用車15台(港市9台,山並市6台)

5 資材の相互融通
資材の相互融通により、予算執行額が、港市:316千円,山並市:24千円 となった。

6 橋梁点検の共同発注
令和4年度: ○参加4市町村○定期点検：道路橋192橋 / 令和5年度: ○参加22市町村○定期点検：道路橋1,076橋

8 保育所の民間移管
職員定数削減 / R4～R6移管: ▲36人

9 市域を越えた児童クラブの利用
R4.09 港市から山並市(東)へ2人 R5.04~港市から山並市へ7人、山並市から港市へ3人

7 広域連携推進会議の委員名簿
氏名 所属等 備考
山田一郎 港市商工会 会長 会長
佐藤花子 公募
鈴木次郎 山並大学 教授 副会長
高橋三恵 公募
田中四郎 港市自治会連合会
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("listed")
    (folder / "kouiki_renkei_houkoku.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, value", [
    ("広報やまなみに載ったのは何回？", 3),  # the list named right before it, not the other paper's
    ("市報みなとには何回載った？", 2),
    ("合同訓練って何回やった？", 3),  # the list named right after it
    ("R4に合同訓練は何回？", 2),  # (the entries of the year said)
    ("R5.11.06の合同研修会は全部で何人参加", 20),
    ("R6のとき公用車何台売った？", 15),  # (a day of the year said is under it)
    ("橋梁点検の共同発注、令和5年度は何市町村参加した？", 22),  # (the verb's noun before the figure)
    ("保育所の民間移管で職員定数どんだけ減った？", 36),  # (a decrease printed with ▲)
])
def test_a_figure_read_from_the_passage(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.value == value, answer.summary
    assert answer.status == "search"


def test_two_figures_and_no_year_said_give_none(assistant):
    assert ask(assistant, "公用車は何台売った？").value is None


@pytest.mark.parametrize("part, value", [("そのうち港市の分は", 9), ("うち山並市は何台？", 6)])
def test_a_part_in_brackets_after_the_figure_given(assistant, part, value):
    answer = ask(assistant, "R6のとき公用車何台売った？", part)
    assert answer.value == value, answer.summary
    assert "15" in answer.summary


def test_a_part_of_a_name_not_in_brackets_is_none(assistant):
    assert ask(assistant, "R6のとき公用車何台売った？", "そのうち海市の分は").value is None


def test_the_figure_of_the_one_named_after_the_label(assistant):
    answer = ask(assistant, "資材の相互融通で港市の予算執行額はいくらになった？")
    assert answer.value == "316千円", answer.summary
    assert ask(assistant, "資材の相互融通で港市の予算執行額はいくらになった？", "じゃあ山並市は？").value == "24千円"
    assert ask(assistant, "資材の相互融通で予算執行額はいくらになった？").value is None  # (which is not said)


@pytest.mark.parametrize("first, then, value", [
    ("R6のとき公用車何台売った？", "R5は？", 12),  # another year: the figure under it
    ("R4に合同訓練は何回？", "R5は？", 1),
    ("橋梁点検の共同発注、令和5年度は何市町村参加した？", "R4は？", 4),
])
def test_the_same_figure_asked_of_another_year(assistant, first, then, value):
    answer = ask(assistant, first, then)
    assert answer.value == value, answer.summary
    assert answer.status == "search" and not answer.unused


def test_the_lines_of_a_printed_list_holding_the_word_asked(assistant):
    answer = ask(assistant, "広域連携推進会議の委員のうち公募の人って何人？")
    assert answer.value == 2, answer.summary
    assert answer.status == "search"


def test_when_of_the_figure_just_read(assistant):
    answer = ask(assistant, "合同研修会は全部で何人参加", "それいつやったの？")
    assert answer.value == "R5.11.06", answer.summary
    assert answer.status == "search"


def test_a_movement_between_two_places_and_the_other_way(assistant):
    answer = ask(assistant, "児童クラブの利用、R5.4から港から山並へ何人？")
    assert answer.value == 7 and answer.status == "search"
    answer = assistant.ask("逆に山並から港へは？")
    assert answer.value == 3 and "3人" in answer.summary
    answer = ask(assistant, "児童クラブ R5.4から港→山並 何人？", "逆は？")
    assert answer.value == 3


def test_a_movement_printed_under_two_dates_and_none_said_gives_none(assistant):
    answer = ask(assistant, "児童クラブの利用で港から山並へ何人？")
    assert answer.value not in (2, 7)
