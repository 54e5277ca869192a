"""Kinds of table the fresh holdout made35 found misread, in small documents of made-up towns whose
words, columns and years are not made35's: a staffing table by section and year under a title row with
its unit, 実績 and 計画 over the years and a change column; facilities whose header wraps its unit to a
second line; reviews whose amount column carries a footnote mark and whose cells say what a measure
is merged into. Each test names the rows or the value a wrong reading would miss."""
from __future__ import annotations

import shutil

import pytest

from assistant.kinds.generic import loader as generic
from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over, titles

T = "\t"
STAFF = "\n".join([
    "西岬市職員配置計画（令和8年度改定）",
    T.join(["表2 課別職員数の実績と見込み（各年4月1日現在）", "", "", "", "", "", "", "（単位：人）"]),
    T.join(["区分", "課等", "実績", "", "計画", "", "増減（R10－R7）", "備考"]),
    T.join(["区分", "課等", "令和7年", "令和8年", "令和9年", "令和10年", "増減（R10－R7）", "備考"]),
    T.join(["本庁部門", "市民窓口課", "40", "41", "42", "43", "3", "窓口の拡充"]),
    T.join(["本庁部門", "税務課", "30", "29", "28", "27", "-3", ""]),
    T.join(["本庁部門", "地区支所（3支所計）", "60", "55", "50", "45", "-15", "※2"]),
    T.join(["本庁部門", "小計", "130", "125", "120", "115", "-15", ""]),
    T.join(["病院部門", "西岬市民病院", "300", "305", "310", "315", "15", "医療職を含む"]),
    T.join(["病院部門", "小計", "300", "305", "310", "315", "15", ""]),
    T.join(["合計", "", "430", "430", "430", "430", "0", ""]),
    "",
    "※2 支所は3支所の合計。", ""])

FACILITIES = "\n".join([
    "東浜町公共施設個別計画",
    "3 施設ごとの方針",
    T.join(["番号", "施設名", "延床面積", "建設年度", "方針", "実施予定"]),
    T.join(["", "", "（㎡）", "", "", "年度"]),
    T.join(["1", "東浜町民会館", "1,200", "昭和45年度", "廃止", "令和8年度"]),
    T.join(["2", "北地区集会所", "300", "平成5年度", "譲渡", "未定"]),
    T.join(["3", "東浜町営プール", "2,500", "昭和60年度", "廃止", "令和9年度"]),
    T.join(["4", "図書館分室", "150", "平成12年度", "統合", "令和8年度"]), ""])

REVIEWS = "\n".join([
    "南川市 補助事業見直し結果",
    "",
    "見直し結果",
    "",
    T.join(["部", "事業番号", "事業名", "所管課", "見直し結果", "", "削減額（千円）※2", "実施時期"]),
    T.join(["部", "事業番号", "事業名", "所管課", "区分", "内容", "削減額（千円）※2", "実施時期"]),
    T.join(["福祉部", "H7-01", "長寿祝品贈呈事業", "高齢福祉課", "縮小", "対象を100歳に限定", "3,000", "令和8年度"]),
    T.join(["福祉部", "H7-02", "敬老バス乗車券事業", "高齢福祉課", "統合", "地域交通確保事業へ統合", "1,500", "令和9年度"]),
    T.join(["建設部", "H7-03", "地域交通確保事業", "交通課", "手法改善", "運行区域を再編", "2,000", "令和8年度"]),
    T.join(["建設部", "H7-04", "道路愛護補助金", "土木課", "手法改善", "点検を委託", "800", "令和9年度"]),
    T.join(["建設部", "H7-05", "橋りょう点検事業", "土木課", "継続", "現行どおり", "－", "―"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made35_kinds")
    (folder / "西岬市_職員配置計画.txt").write_text(STAFF, encoding="utf-8")
    (folder / "東浜町_公共施設個別計画.txt").write_text(FACILITIES, encoding="utf-8")
    (folder / "南川市_補助事業見直し結果.txt").write_text(REVIEWS, encoding="utf-8")
    return assistant_over(folder)


def test_a_title_row_with_its_unit_is_the_caption_and_two_header_rows_name_the_columns() -> None:
    rows = [r for r in generic.parse(STAFF, "s.txt").records if r.kind == "table_row"]
    assert rows[0].fields["cells"]["課等"] == "市民窓口課" and rows[0].fields["cells"]["計画令和10年"] == "43"
    assert rows[0].fields["table"].startswith("表2 課別職員数の実績と見込み")
    wrapped = [r for r in generic.parse(FACILITIES, "f.txt").records if r.kind == "table_row"]
    assert wrapped[0].fields["cells"]["延床面積(m2)"] == "1,200" and wrapped[0].fields["cells"]["実施予定年度"] == "令和8年度"


@pytest.mark.parametrize("question,value", [
    ("西岬市の市民窓口課の職員数、令和8年4月1日現在で何人？", 41),  # a day over columns of years
    ("西岬市の地区支所の職員数、令和9年は？", 50),  # 地区支所（3支所計） called without its note
    ("西岬市の本庁部門の職員数は令和10年に何人の計画？", 115),  # 何人 of several rows: their sum
    ("西岬市の令和10年の職員数は課等あたり平均何人？", 107.5),
])
def test_staff_values(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


@pytest.mark.parametrize("question,expected", [
    # 実績 and 計画 over the years are one figure's years: a change across both
    ("西岬市で令和7年から令和10年にかけて職員が増える課等はどれ？", ["市民窓口課", "西岬市民病院"]),
    ("西岬市で令和8年から令和9年にかけて職員が減るのは？", ["地区支所(3支所計)", "税務課"]),
    # no years said: the change column's sign
    ("西岬市で職員数が減らない課等は？", ["市民窓口課", "西岬市民病院"]),
    ("西岬市で職員数が減っていない課等は？", ["市民窓口課", "西岬市民病院"]),
    ("西岬市で職員数が減っている課等は？", ["地区支所(3支所計)", "税務課"]),
])
def test_staff_changes(assistant, question, expected) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and titles(answer) == sorted(expected), (answer.status, answer.summary)


def test_the_largest_decrease_is_the_change_columns_smallest(assistant) -> None:
    answer = ask(assistant, "西岬市で職員の減り方がいちばん大きいのはどこ？")
    assert answer.status == "exact" and answer.rows[0]["title"] == "地区支所(3支所計)"


def test_a_plus_sign_of_the_change_column_after_rows(assistant) -> None:
    answer = ask(assistant, "西岬市の区分が本庁部門の課等は？", "そのうち増減がプラスなのは？")
    assert answer.status == "exact" and titles(answer) == ["市民窓口課"]


@pytest.mark.parametrize("question,expected", [
    ("東浜町の施設で延床面積がいちばん広いのは？", ["東浜町営プール"]),  # 広い: the largest area
    ("東浜町で昭和50年度より前に建てられた施設は？", ["東浜町民会館"]),  # the building's year, not the plan's
    ("東浜町で平成に入ってから建設された施設は？", ["北地区集会所", "図書館分室"]),
])
def test_facilities(assistant, question, expected) -> None:
    answer = ask(assistant, question)
    got = [answer.rows[0]["title"]] if "いちばん" in question else titles(answer)
    assert answer.status == "exact" and got == sorted(expected), (answer.status, answer.summary)


def test_reviews_named_by_a_word_their_name_begins_with(assistant) -> None:
    answer = ask(assistant, "南川市の長寿祝品の見直し内容は？")
    assert answer.status == "exact" and answer.value == "対象を100歳に限定", (answer.status, answer.summary)


def test_a_column_named_with_a_footnote_mark_is_said_without_it(assistant) -> None:
    answer = ask(assistant, "南川市の見直しで削減額の合計はいくら？")  # 削減額（千円）※2
    assert answer.status == "exact" and answer.value == 7300, (answer.status, answer.summary)


def test_rows_merged_into_a_row_named(assistant) -> None:
    answer = ask(assistant, "南川市で地域交通確保事業に統合される事業は？")  # not the row it names
    assert answer.status == "exact" and titles(answer) == ["敬老バス乗車券事業"], (answer.status, answer.summary)


def test_a_year_from_which_a_measure_is_carried_out(assistant) -> None:
    answer = ask(assistant, "南川市の見直しで手法改善の事業を教えて", "そのうち2026年度から実施するのは？")
    assert answer.status == "exact" and titles(answer) == ["地域交通確保事業"], (answer.status, answer.summary)


MINUTES = """令和7年度 第2回 北山町行政改革推進会議 会議録

１\t日 時\t令和7年10月3日（金）午前10時00分～午前11時30分
２\t場 所\t北山町役場 2階 大会議室
３\t出席者\t会長、副会長、委員8名

４　会議の概要
　会長あいさつの後、各議事について意見交換を行った。

（１）補助金の見直しについて
　【説明】事務局から、補助金12件の見直し結果を説明した。
　【主な意見】
　　○副会長：団体の自立を促す仕組みも検討してほしい。

（２）窓口のデジタル化について
　【説明】事務局から、電子申請の利用状況を説明した。
　【主な意見】
　　○委員：高齢者への支援も合わせて行うべきである。

（３）公共施設の再配置について
　【説明】事務局から、集会所の統合案を説明した。
　【主な意見】
　　○会長：地元への説明を丁寧に行ってほしい。

５　決定事項
　①　補助金の見直し結果を了承する。
　②　次回は集会所の統合案を審議する。
"""


def test_a_word_of_the_documents_own_title_narrows_no_row(tmp_path) -> None:
    # 「第2回」 is the minutes' title, not a heading some rows sit under: no rows 「見出しが第2回」, the
    # text is searched.
    (tmp_path / "北山町_行政改革推進会議_会議録.txt").write_text(MINUTES, encoding="utf-8")
    answer = assistant_over(tmp_path).ask("北山町の行政改革推進会議、第2回っていつ開かれた？")
    assert answer.status == "search" and "見出し" not in answer.summary, (answer.status, answer.summary)


def test_a_document_only_another_city_holds_is_not_answered_from_this_citys(assistant) -> None:
    # 西岬市 holds a staffing plan only; 補助事業見直し titles 南川市's document.
    answer = ask(assistant, "西岬市の補助事業見直しで廃止になった事業は？")
    assert answer.status == "no_match" and answer.count == 0 and "南川市" not in str(answer.rows), answer.summary


def test_a_count_of_a_word_in_quotes_is_counted_under_that_word() -> None:
    from assistant.kinds.generic.structure import count_facts

    found = count_facts("事務局から、令和7年度末時点で「達成」8項目、「遅延」4項目である旨を説明した。")
    assert [(label, n) for label, n, _, _ in found] == [("達成", 8), ("遅延", 4)]


def test_a_passage_found_on_a_numbered_items_own_line_answers_with_that_item(tmp_path) -> None:
    (tmp_path / "北山町_行政改革推進会議_会議録.txt").write_text(MINUTES, encoding="utf-8")
    answer = assistant_over(tmp_path).ask("北山町の推進会議の会議録で、決定事項は何？")
    line = MINUTES.splitlines().index("５　決定事項") + 1
    assert answer.status == "search" and answer.rows[0]["key"] == f"item:北山町_行政改革推進会議_会議録.txt:{line}", \
        (answer.summary, answer.rows[:1])


def test_how_much_a_columns_total_changes_between_two_years(assistant) -> None:
    # 430 in both years: no change; from 令和8年 to 令和10年 本庁部門 goes 125 → 115.
    answer = ask(assistant, "西岬市の本庁部門の職員数の合計は令和8年から令和10年までで何人減る？")
    assert answer.status == "exact" and answer.value == 10, (answer.status, answer.summary)
    answer = ask(assistant, "西岬市の本庁部門の職員数の合計は令和8年から令和10年までで何人増える？")
    assert answer.status == "exact" and answer.value == -10 and "増えてはおらず" in answer.summary, answer.summary


def test_a_time_not_decided_yet(assistant) -> None:
    # 実施予定年度 said as 実施時期; 「まだ決まってない」 is the 未定 it prints.
    answer = ask(assistant, "東浜町の施設で実施時期がまだ決まってないものは？")
    assert answer.status == "exact" and titles(answer) == ["北地区集会所"], (answer.status, answer.summary)


POLICY = """南浜市 公共施設マネジメント方針
1 方針の目的
市の施設の総量を適正化し、将来の負担を減らす。
2 基本的な考え方
（1）同じ機能の施設は集約し、複合化を進める。
（2）利用の少ない施設は、地域への譲渡を検討する。
（3）使われなくなった施設の跡地は、売却又は貸付により財源とする。
3 計画期間
令和8年度から令和17年度までの10年間とする。
"""


def test_a_passage_of_several_lines_answers_with_the_item_holding_the_words(tmp_path) -> None:
    # A PDF page run together as one passage: the item inside it that the question's words single out.
    (tmp_path / "南浜市_公共施設マネジメント方針.txt").write_text(POLICY, encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):  # (the search reads the shipped kinds' tables too)
        shutil.copy(path, tmp_path / path.name)
    answer = assistant_over(tmp_path).ask("南浜市のマネジメント方針で、使われなくなった施設の跡地はどうするって方針になってる？")
    line = POLICY.splitlines().index("（3）使われなくなった施設の跡地は、売却又は貸付により財源とする。") + 1
    assert answer.rows and answer.rows[0]["key"] == f"item:南浜市_公共施設マネジメント方針.txt:{line}", \
        (answer.status, answer.summary, answer.rows[:1])


@pytest.mark.parametrize("question", ["西岬市の市民窓口課の職員数は何人？", "西岬市の本庁部門の職員は何人？"])
def test_how_many_people_with_no_year_said_is_no_count_of_rows(assistant, question) -> None:
    # The people are in the year columns and no year is said: the rows with every year, said partial
    # (never 「1件」「3件」, the rows counted as if they were the people).
    answer = ask(assistant, question)
    assert answer.status == "partial" and "何人" in answer.unused and answer.value not in (1, 3), (answer.status, answer.summary)


def test_the_tables_figure_asked_of_rows_before_is_no_count_of_them(assistant) -> None:
    # 数は of 職員数, the figure the table is of: the value of the row, not 「1件」.
    answer = ask(assistant, "西岬市の区分が病院部門の課等は？", "それの令和9年の職員数は？")
    assert answer.status == "exact" and answer.value == 310, (answer.status, answer.summary)
