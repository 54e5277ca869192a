"""Kinds of question made26's editions found misread, asked of an index of the shipped corpus with
made26's documents (a plan report PDF, joint projects, an evaluation sheet, a newsletter page)."""
from __future__ import annotations

from pathlib import Path

import pytest

DOCS = Path(__file__).parents[1] / "questions" / "made26" / "docs"


@pytest.fixture(scope="module")
def made26(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("made26") / "gyokaku.db"
    build_index([CORPUS, DOCS], path)
    return Assistant(open_index(path))


def codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_a_plan_said_short_is_found_in_full(made26):
    """行革プラン: 行政改革プラン in the documents (the scope is theirs, not 「nowhere」)."""
    made26.reset()
    answer = made26.ask("小樽市の行革プランで、R5までに終わった実践項目ってどれですか")
    assert answer.status == "exact" and codes(answer) == {"8", "16"}


def test_started_in_a_year_is_the_first_graded_year(made26):
    made26.reset()
    answer = made26.ask("小樽市の実践項目で、R6から新しく始まったものは？")
    assert answer.status == "exact" and codes(answer) == {"N1", "N2", "N3", "N4", "N5", "N6"}
    made26.reset()
    made26.ask("小樽市の取組項目「事務の効率化」の実践項目を教えて")
    assert codes(made26.ask("その中でR6から始まったものは？")) == {"N5"}


def test_which_grade_is_most_common_and_how_many(made26):
    made26.reset()
    answer = made26.ask("小樽市の実践項目で、総括の総合評価はどの評価がいちばん多いですか？何件？")
    assert answer.status == "exact" and answer.value == 17


def test_a_department_asked_alone_narrows_the_answer_before(made26):
    made26.reset()
    made26.ask("小樽市でR7に終了した実践項目は？")
    made26.ask("そのうち総合評価がAのもの")
    answer = made26.ask("企画政策室が担当しているのは？")
    assert codes(answer) == {"2"}


def test_how_many_subcommittees_there_are(made26):
    made26.reset()
    answer = made26.ask("石巻市・東松島市の連携事業には部会がいくつありますか")
    assert answer.status == "exact" and answer.count == 7


def test_this_year_with_its_year_in_brackets(made26):
    made26.reset()
    answer = made26.ask("石巻市と東松島市の連携事業で、今年度（R7）の実施予定が入っていないものは？")
    assert answer.status == "exact" and codes(answer) == {"4", "8", "16"}


def test_the_cost_of_the_sheets_own_year(made26):
    made26.reset()
    answer = made26.ask("鴻巣市の事務事業評価シートで、令和6年度の総事業費はいくら？")
    assert answer.status == "exact" and answer.value == 5140000


def test_an_indicator_named_with_a_kind_word(made26):
    """広域連携事業の実施件数 is the indicator's name, not 連携事業 (joint projects) of 鴻巣市."""
    made26.reset()
    answer = made26.ask("鴻巣市の広域連携事業の実施件数、2024年度の達成率はどれくらいでしたか")
    assert answer.target == "indicator" and answer.value == 77.8


def test_a_question_asked_as_the_newsletter_prints_it(made26):
    made26.reset()
    answer = made26.ask("高知市の協働事業の提案って、事業費の上限はありますか")
    assert "50万円" in answer.excerpts[0]["text"]


def test_a_figure_its_record_prints_under_the_label_asked(made26):
    """「参加者は何人」 after one article: its text's 「参加者：24名」, of that newsletter's article 1 (the
    shipped newsletter's article 1 prints 19名)."""
    made26.reset()
    made26.ask("高知市の市民協働だよりの研修の記事を見せて")
    answer = made26.ask("参加者は何人でしたか")
    assert [r["source"] for r in answer.rows] == ["高知市_市民協働だより_Vol4.html"]
    assert answer.status == "exact" and answer.value == 24


def test_the_text_of_a_second_reports_sheet_is_read_for_its_item(made26):
    """Practice 15 of the second plan report in the index is stored as practice:15@<file>: its progress
    sheet's 特記事項 (linked by that key) is read for it, and the figure it states comes first."""
    made26.reset()
    answer = made26.ask("小樽市の学校給食調理業務の委託で、経費はどのくらい削減できましたか")
    assert "3,200万円" in answer.excerpts[0]["text"]


def test_a_verb_and_a_noun_printed_as_one_word(made26):
    """「待ち時間」 (待つ in its 連用形, then 時間) is one word to find where the documents print it so,
    and 待ち is used by it; 「短くなった」, which no rule reads, is said to be unused."""
    made26.reset()
    answer = made26.ask("小樽市で、窓口の待ち時間が短くなった実践項目はどれ？")
    assert codes(answer) == {"11"}
    assert answer.unused == ["短くなった"] and answer.status != "exact"


def test_a_member_citys_blank_department_after_the_cities_are_named(made26):
    """「石巻市と東松島市の連携事業で東松島市の担当課が空欄」: the cell of 東松島市 (the city's name read
    where it was written, though naming the table used it), never every project."""
    made26.reset()
    answer = made26.ask("石巻市と東松島市の連携事業で東松島市の担当課が空欄のものは？")
    assert codes(answer) == {"5"}


def test_the_committees_remarks_said_as_the_edition_labels_them(made26):
    made26.reset()
    answer = made26.ask("小樽市の委員会の意見で除雪に触れているものは？")
    assert answer.status == "exact" and codes(answer) == {"10-1", "10-2"}


def test_the_cost_of_an_earlier_settled_year_and_the_change(made26):
    """The sheet prints 令和5年度決算 and 令和6年度決算 side by side: either year's figure, and how much
    it changed between them."""
    made26.reset()
    answer = made26.ask("鴻巣市の事務事業評価シートで、令和5年度の総事業費はいくら？")
    assert answer.status == "exact" and answer.value == 4820000
    made26.reset()
    answer = made26.ask("鴻巣市の県央地域広域連携推進事業、令和5年度から6年度で総事業費はいくら増えましたか")
    assert answer.status == "exact" and answer.value == 320000 and not answer.unused
    made26.reset()
    answer = made26.ask("鴻巣市の評価シートで令和4年度の総事業費は？")  # a year the sheet does not print
    assert answer.value is None and answer.status == "no_match"
