"""Words a table shares with its title or between its columns: a column's whole name (評価) is that
column though another's short form is the same word (評価の理由), and a value that is a word of the
title (区分 「使用料」 of 「使用料・手数料の見直し結果一覧」) said joined to another word of the title
(「使用料見直し」) names the document, not the rows holding the value; said alone it is the value. A topic word
ending in a title word (調理委託 over a list of 民間委託) is its first part, which a row holds. A note
with the dash last (成果指標を設定していない事業は「－」) says what the dash means, said in other words too."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

FEES = """桜台市 使用料・手数料の見直し結果一覧

No.\t区分\t名称\t改定率(%)\t見直し結果\t年間影響額(千円)\t所管課
1\t使用料\t市民会館ホール\t20.0\t改定\t1,000\t文化課
2\t使用料\t市営駐車場\t50.0\t改定\t2,000\t道路課
3\t使用料\t市民球場\t0.0\t据置\t0\t体育課
4\t手数料\t戸籍証明書の交付\t0.0\t据置\t0\t市民課
5\t手数料\t粗大ごみ処理\t40.0\t改定\t400\t環境課
"""

SHEETS = """松原町 令和7年度 事務事業評価結果

事業番号\t事業名\t所管課\t評価\t今後の方向性\t評価の理由
0301\t子育て支援拠点運営事業\t子育て支援課\tB\t改善\t利用者は増えたが平日午前の利用が少ない。
0302\t道路維持補修事業\t土木課\tA\t継続\t計画どおり補修を終えた。
0303\t公民館講座事業\t生涯学習課\tC\t縮小\t参加者が定員の半数に届かない。
0304\t防災行政無線管理事業\t危機管理課\tA\t継続\t更新工事を予定どおり終えた。
"""

RESULTS = """緑ヶ丘市 事務事業評価結果一覧

No.\t事務事業名\t所管課\t達成率(%)\t評価
1\t広報紙発行事業\t広報課\t98.0\tB
2\t人権啓発推進事業\t人権課\t－\tB
3\t移住定住促進事業\t地域振興課\t120.0\tA
4\t市営住宅維持管理事業\t建築課\t－\tB
5\t公民館講座事業\t社会教育課\t70.0\tC
※達成率は成果指標の目標値に対する実績値の割合。成果指標を設定していない事業は「－」。
"""

OUTSOURCED = """白川市 民間委託の実施状況（令和6年度）

No.\t区分\t業務名\t所管課\t受託者\t年額(千円)
1\t業務委託\t学校給食調理業務\t給食センター\t株式会社白川フード\t80,000
2\t業務委託\t庁舎清掃業務\t管財課\t有限会社クリーン白川\t9,000
3\t業務委託\t窓口受付業務\t市民課\t株式会社窓口サービス\t30,000
4\t指定管理\t市民プール\tスポーツ課\t白川スポーツ振興会\t12,000
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("title_words")
    (folder / "桜台市_使用料手数料の見直し.txt").write_text(FEES, encoding="utf-8")
    (folder / "松原町_事務事業評価結果.txt").write_text(SHEETS, encoding="utf-8")
    (folder / "緑ヶ丘市_事務事業評価結果一覧.txt").write_text(RESULTS, encoding="utf-8")
    (folder / "白川市_民間委託.txt").write_text(OUTSOURCED, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_columns_whole_name_is_that_column_not_anothers_short_form(assistant):
    assistant.reset()
    answer = assistant.ask("松原町の子育て支援拠点運営事業の評価は？")
    assert answer.value == "B" and answer.status == "exact", answer.summary


def test_the_longer_column_is_still_said_by_its_own_name(assistant):
    assistant.reset()
    assert assistant.ask("松原町の道路維持補修事業の評価の理由は？").value == "計画どおり補修を終えた。"


def test_a_title_word_said_with_another_title_word_names_the_document(assistant):
    assistant.reset()
    answer = assistant.ask("桜台市の使用料見直し、年間影響額は全部でいくら？")
    assert answer.value == 3400 and answer.status == "exact", answer.summary
    assert any("略と読みました" in n for n in answer.notes)


def test_the_whole_title_said_names_the_document(assistant):
    assistant.reset()
    answer = assistant.ask("桜台市の使用料・手数料の見直しで年間影響額の合計は？")
    assert answer.value == 3400 and answer.status == "exact", answer.summary


def test_a_title_word_said_alone_is_the_rows_value(assistant):
    assistant.reset()
    answer = assistant.ask("桜台市の手数料の年間影響額は全部でいくら？")
    assert answer.value == 400 and answer.status == "exact", answer.summary


def test_a_title_word_before_a_columns_word_is_the_rows_value(assistant):
    assistant.reset()
    answer = assistant.ask("桜台市の使用料の見直し結果は？")
    assert answer.count == 3 and answer.status == "exact", answer.summary


def test_an_amount_of_a_year_is_said_without_its_period(assistant):
    # 年間影響額 is said 影響額: the period every amount of the row is of
    assistant.reset()
    answer = assistant.ask("桜台市の使用料（手数料は除いて）で改定になったものの影響額の合計は？")
    assert answer.value == 3000 and answer.status == "exact", answer.summary


def test_a_note_saying_what_the_dash_means_with_the_dash_last(assistant):
    for said in ("成果指標を設定していない", "成果指標が設定されてない"):
        assistant.reset()
        answer = assistant.ask(f"緑ヶ丘市の事務事業で{said}事業は？")
        assert sorted(r["title"] for r in answer.rows) == ["人権啓発推進事業", "市営住宅維持管理事業"], answer.summary
        assert answer.status == "exact"


def test_a_topic_ending_in_a_title_word_names_the_row_holding_its_first_part(assistant):
    assistant.reset()
    answer = assistant.ask("白川市の学校給食の調理委託について教えて")
    assert [r["title"] for r in answer.rows] == ["学校給食調理業務"] and answer.status == "exact", answer.summary
    assert assistant.ask("それの担当課は？").value == "給食センター"
