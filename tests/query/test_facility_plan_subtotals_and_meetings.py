"""Layouts of a facility plan's documents (tests/questions/made99, 鶲ヶ江町): a PDF table of facilities whose class
subtotals are printed as bracketed rows (【Ⅰ　学校教育系施設　小計】 5施設 …, 【合　計】), one of them at the top of
the next page; build years mixing 1969年度, 昭和53年度 and S49（1974）; periods R9～R10 (着手～完了); a workbook of
class policies; a residents' meeting's table of opinions (意見番号 │ 地区 │ 対象 K-02 / 分類Ⅰ │ 意見の要旨 │ 町の
回答) beside a table of its meetings (回 │ 開催日 │ 地区 │ 参加者数). Another town's opinions, printed as a text
table of its own words, are read the same way."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made99" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made99_layouts")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("施設番号") or r.get("number") or r.get("key", "")).split(":")[-1] for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the bracketed subtotal rows are no facilities: the largest is one
    (("延床面積がいちばん広い施設は？",), ["K-03"]),
    # 【Ⅰ　学校教育系施設　小計】 names the class its rows' Ⅰ stands for
    (("学校教育系施設で長寿命化するのはどこですか",), ["K-01", "K-03"]),
    # S55（1980） is a build year (昭和55年度)
    (("スポーツ・レクリエーション系施設でいちばん古いのは？",), ["K-12"]),
    (("昭和55年度より前に建てられた施設で、劣化度がD以外のもの",), ["K-01", "K-06", "K-22", "K-28"]),
    # 着手 bounds the period's first year (R9～R10 begins in 令和9年度)
    (("対策を令和9年度までに始める施設は？",), ["K-01", "K-05", "K-07", "K-13", "K-18", "K-22", "K-30"]),
    (("令和15年度以降に着手する施設を教えてください",), ["K-08", "K-09", "K-15", "K-19", "K-21", "K-25", "K-29"]),
])
def test_facility_rows(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _codes(answer) == codes, answer.summary


def test_class_total_read_from_rows(assistant) -> None:
    answer = ask(assistant, "公営住宅の延床面積の合計は何㎡？")
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == 8890


def test_class_policies_are_initiatives(assistant) -> None:
    answer = ask(assistant, "令和6年度の評価が◎の分類は？")
    assert answer.status == "exact", answer.summary
    assert answer.rows_are == "initiative"
    assert sorted(str(r.get("number") or r.get("分類番号") or "") for r in answer.rows) == ["V", "VI"], answer.rows


@pytest.mark.parametrize("question", [
    "廃止する施設の延床面積を合計すると何平方メートルになりますか",
    "廃止する施設の延床面積を合計すると何平米？",
])
def test_area_unit_spelled_out_sums_the_rows(assistant, question) -> None:
    # 「何平方メートル」 asks in the unit the table prints as ㎡: the sum over the facilities to be abolished
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == pytest.approx(5210.3)


@pytest.mark.parametrize("question,codes", [
    # 目標延床面積の削減率（％） over 目標（R17） | 実績（R6末): 「目標削減率」 is the first, and its difference to
    # the second is read as such
    ("目標削減率がいちばん高い分類", ["VI"]),
    ("目標削減率と実績の差が最も大きい分類はどれか", ["II"]),
    ("実績の削減率がいちばん低い分類", ["IV"]),
])
def test_lower_label_joined_to_the_measured_word(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("number") or r.get("分類番号") or "") for r in answer.rows) == codes, answer.summary


def test_lower_label_joined_averaged(assistant) -> None:
    answer = ask(assistant, "目標削減率の平均は？")
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == pytest.approx(15.0)


@pytest.mark.parametrize("question", [
    "令和5年度は△だったけど令和6年度に改善した分類",
    "令和5年度は△で、令和6年度は評価が上がった分類",
])
def test_grade_of_one_year_then_change(assistant, question) -> None:
    # the year said right before △ is △'s (not the latest year's) as well as the change's first year
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("number") or r.get("分類番号") or "") for r in answer.rows) == ["II"], answer.summary


@pytest.mark.parametrize("question,count", [
    # 対策時期 prints R9～R10 (two years) beside R9 (one): a period over several years is a printed range
    ("対策が複数年度にまたがる施設は何施設？", 14),
    ("対策時期が1年の施設は何施設？", 16),
])
def test_periods_over_several_years(assistant, question, count) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.count == count, answer.summary


def test_meeting_numbered_by_its_round(assistant) -> None:
    answer = ask(assistant, "説明会で参加者が一番多かったのはどの回？")
    assert answer.status == "exact", answer.summary
    assert [r.get("number") or str(r["key"]).split(":")[-1] for r in answer.rows] == ["2"]


@pytest.mark.parametrize("question,keys", [
    ("北浜地区の説明会ではどの施設や分類について意見が出ましたか",
     ["comment:I-4", "comment:K-02-1", "comment:K-07-2", "comment:K-23-3"]),
    ("個別の施設じゃなくて分類全体に対して出た意見は、どの分類についてのもの？",
     ["comment:I-4", "comment:II-14", "comment:III-8", "comment:VI-10"]),
])
def test_residents_opinions_are_comments(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.target == "comment"
    assert sorted(r["key"] for r in answer.rows) == keys


def test_own_town_unread_is_not_exact(assistant) -> None:
    # (「うちの町が設置主体になっているもの」 is read now: the one town every joint facility lists, below; over the
    # facility table, which lists no towns, 「うちの町」 names none, and the answer must not claim it was used)
    answer = ask(assistant, "うちの町が管理している施設は？")
    assert answer.status != "exact", answer.summary


def test_another_towns_opinions(tmp_path) -> None:
    T = "\t"
    (tmp_path / "意見.txt").write_text("\n".join([
        "苔ノ坂村 施設再編に関する地域懇談会の意見",
        "",
        T.join(["意見番号", "地域", "対象", "意見の要旨", "村の回答"]),
        T.join(["1", "東部地域", "F-01", "体育館を残してほしい。", "検討します。"]),
        T.join(["2", "東部地域", "分類III", "運動施設の統合は慎重に。", "丁寧に進めます。"]),
        T.join(["3", "西部地域", "F-04", "図書室の開館時間を延ばしてほしい。", "検討します。"]),
        T.join(["4", "西部地域", "F-01", "体育館の駐車場が狭い。", "拡張を検討します。"]),
    ]) + "\n", encoding="utf-8")
    village = assistant_over(tmp_path)
    answer = ask(village, "東部地域で出た意見は？")
    assert answer.target == "comment", answer.summary
    assert sorted(r["key"] for r in answer.rows) == ["comment:F-01-1", "comment:III-2"]


@pytest.mark.parametrize("question", [
    "学校教育系施設で長寿命化するのはどこですか",
    "スポーツ・レクリエーション系施設でいちばん古いのは？",
])
def test_facilities_asked_by_their_own_word_stay_table_rows(assistant, question) -> None:
    # 「…施設で…のは？」 of 「個別施設の対策一覧」 (施設番号 │ 施設名 …): the rows are called by their naming column's
    # word, so they stay facilities (table rows), not the plan items the title's 対策 would make them
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.rows_are != "practice"


@pytest.mark.parametrize("question,codes", [
    # 「…も使える」 of a list column headed 利用できる町村: the rows listing that town
    ("雉ヶ内村も使える施設はどれですか", ["共-1", "共-3", "共-4", "共-6", "共-7", "共-8"]),
    # 「4町村すべてが利用できる」: four towns listed
    ("4町村すべてが利用できる共同設置・相互利用は？", ["共-4", "共-7"]),
])
def test_joint_facilities_by_the_towns_using_them(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("番号") or r.get("number") or "") for r in answer.rows) == codes, answer.summary


@pytest.mark.parametrize("question", ["うちの町が設置主体になっているもの", "うちの町が設置主体の施設は？"])
def test_own_town_said_as_subject(assistant, question) -> None:
    # 「うちの町」: the one town every joint facility lists (the publisher), here a value of 設置主体 said after it
    # (「…になっている」 restates the condition: no column asked), the rows the table's joint projects
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("番号") or r.get("number") or "") for r in answer.rows) == ["共-3", "共-4", "共-8"]
    assert answer.rows_are == "joint_project"


@pytest.mark.parametrize("question", ["相互利用・共同設置でまだ始まっていない（予定の）ものは何件？", "まだ始まっていない相互利用は？"])
def test_not_begun_is_a_start_still_planned(assistant, question) -> None:
    # 開始年度 prints 「令和１１年度（予定）」 beside years begun: not begun yet is the start marked 予定
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("番号") or r.get("number") or "") for r in answer.rows) == ["共-3", "共-5"]


@pytest.mark.parametrize("follow", ["そのうち令和になってから始まったものは？",
                                    "そのうち令和になってから始まった（始まる予定も含む）ものは？"])
def test_era_of_start_on_the_rows_before(assistant, follow) -> None:
    # an era read on the start years of the rows answered before stays on that table (a kind's records holding a
    # 開始年度 too are no answer to 「そのうち」); 「令和９年度（予定）」 is in 令和 already, so the aside asks no more
    answer = ask(assistant, "蒔岡町と一緒にやっている相互利用や共同設置は？", follow)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("番号") or r.get("number") or "") for r in answer.rows) == ["共-4", "共-5", "共-7"]


def test_member_share_printed_in_one_cell(assistant) -> None:
    # 負担割合 prints 「鶲ヶ江町50％、蒔岡町30％、雉ヶ内村20％」: the town's own figure, compared; 「利用人数割」 gives
    # it none, so that row is left out and the answer says so
    answer = ask(assistant, "鶲ヶ江町の負担割合が50％以上のものは？")
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("番号") or r.get("number") or "") for r in answer.rows) == ["共-1", "共-3", "共-8"]
    assert any("数値で書かれていない" in n for n in answer.notes)


def test_member_share_of_another_town(tmp_path) -> None:
    T = "\t"
    (tmp_path / "共同処理.txt").write_text("\n".join([
        "苔ノ坂村 広域連携の共同処理一覧",
        "",
        T.join(["番号", "事務名", "構成団体", "負担割合"]),
        T.join(["1", "ごみ処理", "苔ノ坂村、楢見町", "苔ノ坂村40%、楢見町60%"]),
        T.join(["2", "消防", "苔ノ坂村、楢見町、樫木市", "苔ノ坂村20%、楢見町30%、樫木市50%"]),
        T.join(["3", "介護認定審査", "苔ノ坂村、樫木市", "均等割"]),
        T.join(["4", "火葬場", "苔ノ坂村、樫木市", "苔ノ坂村35%、樫木市65%"]),
    ]) + "\n", encoding="utf-8")
    village = assistant_over(tmp_path)
    answer = ask(village, "樫木市の負担割合が60%以上のものは？")
    assert answer.status == "exact", answer.summary
    assert [str(r.get("番号") or r.get("number") or "") for r in answer.rows] == ["4"]


def test_all_rows_said_by_their_count(assistant) -> None:
    # 「6分類の」 over the table's six classes: every row; a count the table does not have is not read as all
    answer = ask(assistant, "6分類の目標削減率の平均は何％？")
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == pytest.approx(15.0)
    other = ask(assistant, "5分類の目標削減率の平均は何％？")
    assert other.status != "exact", other.summary


@pytest.mark.parametrize("question,codes", [
    # 延床面積 grown is its cut (削減率 実績, ▲1.2) below zero; not grown, zero or more
    ("延床面積が逆に増えてしまっている分類はある？", ["IV"]),
    ("延床面積が増えていない分類は？", ["I", "II", "III", "V", "VI"]),
])
def test_measure_grown_is_its_cut_below_zero(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("number") or r.get("分類番号") or "") for r in answer.rows) == codes, answer.summary
