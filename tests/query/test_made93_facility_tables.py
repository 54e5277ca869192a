"""Layouts the fresh holdout made93 (公共施設再編 of a made-up city) found misread in documents no kind was
written for: a facility workbook with a sheet per 地区 (its title 「…公共施設一覧（北部地区）」 over a row of its
date and unit, then a blank row, a two-row header and a 地区計 row), build years printed 和暦, 西暦 and
Ｓ４９; a schedule PDF whose 「実施年度」 spans R７…R１６ printed as the header's second row, with 【北部地区】
rows merged across the table between its rows, over a page break. A second town's small documents of its
own words and years (tests below) show the readings are of the layout, not of made93's file."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made93" / "docs"
_OWN = ("xlsx", "pdf")  # the workbook and the schedule; the other three documents are read elsewhere


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made93_tables")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("施設番号") or r.get("number") or r.get("key", "")).split(":")[-1] for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the same facilities in the workbook and the schedule: one answer, no choice of document to ask about
    (("今後の方針が「廃止」になっている施設はどれですか？",), ["A-05", "A-07", "B-01", "C-02", "C-04"]),
    # the sheet's title 「（中央地区）」 over its date and unit row: where its rows stand
    (("中央地区で長寿命化の方針になってる施設は？",), ["B-03", "B-05", "B-07"]),
    # 地区計 sums its sheet's rows: no facility
    (("令和6年度の維持管理費が20,000千円以上の施設を全部教えてください。",),
     ["A-01", "A-06", "B-01", "B-03", "B-04", "B-05", "B-07"]),
    (("延床面積がいちばん大きい施設はどこですか",), ["B-07"]),
    # Ｓ４９ in a column of build years is 昭和49年度
    (("1980年度より前に建築された施設はどこ？",), ["A-01", "A-02", "A-05", "B-01", "C-02"]),
    # the bound said before 増えた is on the change between the two years
    (("子育て支援課の施設で、令和6年度の維持管理費が令和3年度より300千円以上増えたのはどれ？",), ["C-05"]),
    # R７…R１６ under 「実施年度」 name the columns; 【中央地区】 between rows is where the rows below stand
    (("個別施設計画で令和9年度に◎（実施）になっている施設は？",), ["A-01", "B-06", "C-04"]),
    (("実施スケジュールで、計画期間中に一度も◎がつかない施設はどれ？",), ["A-03", "A-08", "B-08", "C-05", "C-08"]),
    (("令和13年度以降に◎がある施設を教えてください",), ["B-01", "B-04", "B-07"]),
    (("令和8年度に◎がついてる施設を教えて", "そのうち南部地区のものだけにして"), ["C-01", "C-02"]),
    (("北部地区にはどんな施設がありますか？", "その中で集約化の方針になっているのは？"), ["A-02", "A-04"]),
    # 「同じ課が持ってるほかの施設」: the rows of the value answered, but the row it was answered of
    (("総合福祉センターの所管課はどこ？", "同じ課が持ってるほかの施設は？"), ["A-05", "C-06"]),
    (("スポーツ振興課の施設を一覧にして", "その中で延床面積が1,000㎡未満のものは？"), ["C-07"]),
])
def test_rows(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _codes(answer) == codes, answer.summary


def test_order_within_the_sheet_named(assistant) -> None:
    # 北部地区 is a row of the summary sheet too: an order of that one row ranks nothing
    answer = ask(assistant, "北部地区で令和6年度の維持管理費が多い順に上から3つ挙げてください。")
    assert [str(r.get("施設番号")) for r in answer.rows] == ["A-06", "A-01", "A-07"], answer.summary


@pytest.mark.parametrize("turns,value", [
    (("増減の欄が▲（減少）になっている施設は何か所？",), 9),  # the facility rows only (not 地区計, 総括)
    (("令和12年度に何らかの対策（◎か○）が予定されている施設はいくつ？",), 5),
    (("南部地区の施設の概算事業費を合計すると何百万円？",), 625),  # page 2's rows, 「－」 adding nothing
    (("北部公民館って西暦だと何年度の建築？",), 1976),
    (("北部老人憩の家は西暦で何年度に建てられた？",), 1974),  # Ｓ４９
    (("令和3年度と比べて令和6年度の維持管理費がいちばん増えた施設はどこ？", "その増加額は何千円？"), 4510),
])
def test_values(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert answer.value == value, answer.summary


def test_most_rows_held_by_one_value(assistant) -> None:
    answer = ask(assistant, "いちばん多くの施設を所管している課はどこ？")
    assert answer.status == "exact" and "生涯学習課" in answer.summary, answer.summary


# Another town's own documents: a register printed as tab-separated text (as a workbook's sheets read), its
# areas 「東地区」「西地区」 in the sheets' titles and 地域計 rows; a timeline of R8…R12 under 「対策年度」 with
# 【東地区】 rows between its rows. Other names, other years, other words.
_REGISTER = """鷺ノ浦町 施設台帳（東地区）
令和8年3月31日現在\t\t\t\t単位：千円

番号\t施設名\t担当課\t建設年度\t管理費（千円）\t\t増減
番号\t施設名\t担当課\t建設年度\t令和6年度\t令和7年度\t増減
E1\t東ホール\t文化課\tＳ５２\t9,100\t9,800\t700
E2\t東図書室\t教育課\t2003年度\t2,200\t2,050\t▲150
E3\t東プール\t体育課\t平成2年度\t5,500\t5,400\t▲100
地域計\t\t\t\t16,800\t17,250\t450

鷺ノ浦町 施設台帳（西地区）
令和8年3月31日現在\t\t\t\t単位：千円

番号\t施設名\t担当課\t建設年度\t管理費（千円）\t\t増減
番号\t施設名\t担当課\t建設年度\t令和6年度\t令和7年度\t増減
W1\t西ホール\t文化課\t1999年度\t8,000\t8,100\t100
W2\t西公民館\t教育課\t昭和60年度\t3,300\t3,700\t400
W3\t西体育館\t体育課\tＨ５\t6,100\t5,900\t▲200
地域計\t\t\t\t17,400\t17,700\t300
"""

_TIMELINE = """鷺ノ浦町 施設対策スケジュール
番号\t施設名\t対策\t対策年度\t\t\t\t\t事業費
\t\t\tR８\tR９\tR１０\tR１１\tR１２
【東地区】
E1\t東ホール\t改修\t－\t◎\t◎\t－\t－\t300
E2\t東図書室\t移転\t○\t－\t－\t－\t－\t20
E3\t東プール\t解体\t－\t－\t－\t○\t◎\t90
【西地区】
W1\t西ホール\t改修\t－\t－\t○\t－\t－\t150
W2\t西公民館\t点検\t－\t－\t－\t－\t－\t5
W3\t西体育館\t改修\t◎\t－\t－\t－\t－\t210
"""


@pytest.fixture(scope="module")
def own_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("own_town_tables")
    (folder / "鷺ノ浦町_施設台帳.txt").write_text(_REGISTER, encoding="utf-8")
    (folder / "鷺ノ浦町_施設対策スケジュール.txt").write_text(_TIMELINE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question,names", [
    ("西地区の施設を教えて", ["西ホール", "西体育館", "西公民館"]),  # the sheet's title in brackets
    ("令和7年度の管理費が9,000千円以上の施設は？", ["東ホール"]),  # 地域計 (17,250) is no facility
    ("昭和の時代に建設された施設は？", ["東ホール", "西公民館"]),  # Ｓ５２ is 昭和52年度
    ("令和10年度に◎か○がある施設は？", ["東ホール", "西ホール"]),  # R１０ of 対策年度
    ("西地区で一度も◎がつかない施設は？", ["西ホール", "西公民館"]),  # 【西地区】 rows between the rows
])
def test_own_town(own_town, question, names) -> None:
    answer = ask(own_town, question)
    assert sorted(str(r.get("施設名")) for r in answer.rows) == sorted(names), (answer.status, answer.summary)


def test_own_town_signed_and_western(own_town) -> None:
    answer = ask(own_town, "増減が▲（減少）になっている施設はいくつ？")
    assert answer.value == 3, answer.summary
    answer = ask(own_town, "西体育館は西暦だと何年度の建設？")
    assert answer.value == 1993, answer.summary
