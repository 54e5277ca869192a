"""A table's row named otherwise than its title prints it: by the other name in its bracket
(外部人材（副業人材）の登用 said 副業人材の登用, or without the bracket), by a value of a column that names
each row (its 指標) with 「…はいくつ？」 asking the number, by the first part of its title as the subject
(「ふるさと寄附金、…」), by a name with letters (公衆無線LANの事業); and 「その課」 after an answered 担当課."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """白浜市 第5次行政改革 実施計画 実績報告

取組別の目標・実績

No.\t取組項目\t担当課\t指標（単位）\t令和4年度\t\t令和5年度\t\t評価
No.\t取組項目\t担当課\t指標（単位）\t目標\t実績\t目標\t実績\t評価
1\t市税のキャッシュレス納付の拡大\t収納課\tキャッシュレス納付率（%）\t30.0\t31.2\t35.0\t36.8\tA
2\tふるさと寄附金の活用推進\t企画課\t寄附受入額（千円）\t5,000\t3,200\t8,000\t8,600\tB
3\t外部人材（副業人材）の登用\t企画課\t登用人数（人）\t2\t2\t3\t1\tC
4\t窓口の待ち時間短縮\t市民課\t平均待ち時間（分）\t20\t18\t15\t16\tB
5\t公用車の削減\t管財課\t保有台数（台）\t50\t48\t－\t－\t完了（令和4年度）
6\t使用料の見直し\t財政課\t見直し施設数（施設）\t10\t10\t12\t12\t完了（令和5年度）

※1 No.4の平均待ち時間は少ないほど良い指標です。目標値以下であれば達成としています。
"""

EVALUATION = """白浜市 事務事業評価結果一覧 令和6年度

番号\t事業名\t所管課\t事業費（千円）\t評価\t今後の方向性
1\t公衆無線LAN整備事業\t情報政策課\t3,600\tD\t廃止
2\t市民バス運行事業\t都市整備課\t92,400\tC\t見直し
3\t有機農業推進事業\t農林課\t12,900\tA\t拡充
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("shirahama")
    (folder / "白浜市_実施計画_実績報告.txt").write_text(PLAN, encoding="utf-8")
    (folder / "白浜市_事務事業評価.txt").write_text(EVALUATION, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _ask(assistant, *turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


@pytest.mark.parametrize("question,value", [
    ("白浜市の副業人材の登用、令和5年度の目標は何人？", 3),  # the other name in the bracket
    ("白浜市の外部人材の登用の担当課は？", "企画課"),  # the name without its bracket
    ("白浜市のキャッシュレス納付率、令和5年度の実績はいくつ？", 36.8),  # the 指標 names the row; いくつ asks its number
    ("白浜市のふるさと寄附金、令和5年度の実績は？", 8600),  # the first part of the title, as the subject
    ("白浜市の公衆無線LANの事業の所管課は？", "情報政策課"),  # letters in the name
])
def test_a_row_named_otherwise(assistant, question, value):
    answer = _ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_a_count_of_rows_by_a_value_of_a_column_naming_rows_is_still_a_count(assistant):
    answer = _ask(assistant, "白浜市で評価がBの取組はいくつ？")
    assert (answer.status, answer.value) == ("exact", 2)


def test_the_office_answered_is_that_office_in_a_follow_up(assistant):
    answer = _ask(assistant, "白浜市の外部人材の登用の担当課は？", "その課が担当してる取組を全部出して")
    assert answer.status == "exact"
    assert {r.get("取組項目") for r in answer.rows} == {"ふるさと寄附金の活用推進", "外部人材(副業人材)の登用"}
    assert any("企画課" in u["label"] for u in answer.understood)


@pytest.mark.parametrize("year,titles", [("令和5年度", {"使用料の見直し"}), ("令和4年度", {"公用車の削減"}), ("令和6年度", set())])
def test_done_in_a_year_printed_beside_the_grade(assistant, year, titles):
    """A column of grades where 完了 carries the year it was done (完了（令和5年度））: 「令和5年度に完了した」
    is that year's, not any 完了 and not the columns of 令和5年度."""
    answer = _ask(assistant, f"白浜市の実施計画で{year}に完了した取組は？")
    assert answer.status == ("exact" if titles else "no_match"), answer.summary
    assert {r.get("取組項目") for r in answer.rows} == titles


def test_one_rows_measure_added_up_over_the_years_said(assistant):
    """「R4からR5までの寄附の実績を合計」: the row's 実績 columns of those years added up; 寄附 and 千円 are
    words of the row's own 指標 (寄附受入額（千円）), no condition left out."""
    answer = _ask(assistant, "白浜市のふるさと寄附金、R4からR5までの寄附の実績を合計するといくら？（千円）")
    assert (answer.status, answer.value, answer.unused) == ("exact", 11800, [])
    assert "令和4年度実績・令和5年度実績の合計" in [u["label"] for u in answer.understood]


@pytest.mark.parametrize("question,value,said", [
    ("白浜市のキャッシュレス納付率、令和5年度は目標よりいくつ多かった？", 1.8, "1.8多い"),
    ("白浜市の外部人材の登用、令和5年度は目標より何人少なかった？", 2, "2少ない"),
    ("白浜市の外部人材の登用、令和5年度は目標よりいくつ多かった？", -2, "2少ない"),  # fewer, said so
])
def test_by_how_much_a_rows_number_is_over_the_column_said(assistant, question, value, said):
    """「令和5年度は目標よりいくつ多かった」: the year's 実績 less its 目標, of the row named."""
    answer = _ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary
    assert said in answer.summary


MEMBERS = """白浜市行政改革推進委員会 意見書

参考 白浜市行政改革推進委員会 委員名簿

氏名\t選出区分\t備考
山田 太郎\t学識経験者\t委員長
佐藤 花子\t産業団体代表\t副委員長
鈴木 一郎\t公募市民\t
高橋 次郎\t学識経験者\t
"""


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("shirahama_members")
    (folder / "白浜市_行政改革推進委員会_意見書.txt").write_text(MEMBERS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_list_of_people_asked_with_its_words(members):
    """「行革推進委員会」 shortens the caption's 行政改革推進委員会; a list of people's rows are 人."""
    first = _ask(members, "白浜市の行革推進委員会の名簿で学識経験者の委員は？")
    assert (first.status, first.count) == ("exact", 2), first.summary
    answer = _ask(members, "白浜市の行革推進委員会の名簿で学識経験者の委員は？", "そのうち委員長じゃない人は？")
    assert (answer.status, [r.get("氏名") for r in answer.rows]) == ("exact", ["高橋 次郎"]), answer.summary


@pytest.mark.parametrize("year,titles", [("令和5年度", {"外部人材(副業人材)の登用", "窓口の待ち時間短縮"}),
                                         ("2022年度", {"ふるさと寄附金の活用推進", "公用車の削減"})])
def test_a_target_reached_from_above_where_a_note_says_lower_is_better(assistant, year, titles):
    """「※1 No.4の平均待ち時間は少ないほど良い指標です」: 目標に届かなかった is 実績 over 目標 for that row
    (and said so); 「実績が目標を上回った」 stays as said."""
    answer = _ask(assistant, f"白浜市の実施計画で、{year}に実績が目標に届かなかった取組はどれ？")
    assert answer.status == "exact" and {r.get("取組項目") for r in answer.rows} == titles, answer.summary
    assert any("No. 4 は資料の注記で少ないほど良い指標" in n for n in answer.notes)
    answer = _ask(assistant, "白浜市の実施計画で、令和5年度に実績が目標を上回った取組は？")
    assert "窓口の待ち時間短縮" in {r.get("取組項目") for r in answer.rows}


def test_not_done_in_a_year_is_not_read_as_the_year_and_not_the_value(assistant):
    """「令和5年度に完了していない」 would be 評価≠完了 and 評価=令和5年度 read word by word (no row): no
    confident answer of none."""
    answer = _ask(assistant, "白浜市の実施計画で令和5年度に完了していない取組は？")
    assert answer.status != "exact" and not any("評価が令和5年度" in u["label"] for u in answer.understood), answer.summary
