"""A table of a committee's opinions whose target column names records by code (「対象施設番号」: A-02, or several,
「B-01、B-03」; 「全体」 for none) is read as comments keyed by each code (kinds/generic/opinion_rows.py), so that
「C委員が意見を出した施設」 answers the codes, and 「意見がいちばん多く寄せられた施設」 counts the opinions per code
(query/most_commented.py). made93's Word table, and a second town's web page of its own codes and words."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made93" / "docs"

_PAGE = """<html><head><title>鷺ノ台町 施設のあり方懇談会 意見一覧</title></head><body>
<h1>鷺ノ台町 施設のあり方懇談会 意見一覧</h1>
<table>
<tr><th>番号</th><th>会議</th><th>委員名</th><th>対象施設</th><th>意見</th></tr>
<tr><td>1</td><td>第1回</td><td>山吹委員</td><td>K-11</td><td>図書室の開館時間を延ばしてほしい。</td></tr>
<tr><td>2</td><td>第1回</td><td>桔梗委員</td><td>K-12、K-11</td><td>二つの集会所は統合してよい。</td></tr>
<tr><td>3</td><td>第2回</td><td>山吹委員</td><td>全体</td><td>計画の進み具合を毎年公表すること。</td></tr>
<tr><td>4</td><td>第2回</td><td>桔梗委員</td><td>K-13</td><td>体育館の床を改修すべきである。</td></tr>
<tr><td>5</td><td>第2回</td><td>萩野委員</td><td>K-11</td><td>駐車場が足りない。</td></tr>
</table></body></html>
"""


def _codes(answer) -> list[str]:
    return sorted({str(r.get("key", "")).split(":")[-1].rpartition("-")[0] for r in answer.rows})


@pytest.fixture(scope="module")
def made93(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made93_opinions")
    for doc in DOCS.iterdir():
        if doc.suffix == ".docx":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("saginodai_opinions")
    (folder / "saginodai_opinions.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_codes_of_a_members_opinions(made93):
    a = ask(made93, "C委員が意見を出した施設はどれ？")
    assert a.target == "comment"
    assert _codes(a) == ["A-02", "A-04", "C-02", "C-03"]


def test_most_commented_record(made93):
    a = ask(made93, "委員の意見がいちばん多く寄せられた施設は？")
    assert a.status == "exact" and a.target == "comment"
    assert _codes(a) == ["B-01"]


def test_another_towns_page(other_town):
    a = ask(other_town, "意見がいちばん多く出た施設はどこ？")
    assert a.status == "exact" and _codes(a) == ["K-11"]
    a = ask(other_town, "桔梗委員の意見")
    assert _codes(a) == ["K-11", "K-12", "K-13"]


def test_opinions_on_a_code_and_who_made_them(other_town, made93):
    a = ask(other_town, "集会所（K-11）について意見を述べたのはどの委員？")
    assert a.status == "exact" and _codes(a) == ["K-11"]
    assert a.summary.startswith("意見を述べた委員は 山吹委員、桔梗委員、萩野委員")
    a = ask(made93, "市民会館（B-01）について意見を言ったのはどの委員？")
    assert "A委員、B委員、E委員" in a.summary


def test_which_records_the_opinions_listed_are_on(other_town, made93):
    a = ask(made93, "D委員の意見は何件ありますか", "それぞれどの施設についての意見？")
    assert a.status == "exact" and _codes(a) == ["A-07", "B-07", "C-07"]
    a = ask(other_town, "萩野委員の意見を見せて", "それはどの施設に対する意見ですか")
    assert _codes(a) == ["K-11"]


_REPORT = """鷺ノ台町 指定管理施設外部点検会議 報告書
【１ 点検の概要】
本会議は、指定管理施設の運営状況を点検した。
【２ 施設別の点検結果】
（１）S-01　鷺ノ台町民体育館
〔委員の意見〕
・床面の老朽化が進んでおり、計画的な改修が必要である。（竹下委員）
・利用者アンケートの回収率を高める工夫がほしい。（松浦委員）
（２）S-02　鷺ノ台町民プール
〔委員の意見〕
・監視体制は適切であり、事故防止の取組を評価する。（松浦委員）
（３）S-04　鷺ノ台郷土館
〔委員の意見〕
・展示ケースの老朽化により資料の保存に不安がある。（梅田委員）
・開館日の拡大を検討されたい。（竹下委員）
【３ 総評】
全体として運営はおおむね適切である。
"""


@pytest.fixture(scope="module")
def report_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("saginodai_report")
    (folder / "saginodai_report.txt").write_text(_REPORT, encoding="utf-8")
    return assistant_over(folder)


def test_bulleted_opinions_under_coded_headings(report_town):
    a = ask(report_town, "老朽化について意見が出た施設は？")
    assert a.target == "comment" and _codes(a) == ["S-01", "S-04"]
    a = ask(report_town, "竹下委員が意見を述べている施設はどこ？")
    assert _codes(a) == ["S-01", "S-04"]


def test_opinions_of_a_meeting(made93, other_town):
    a = ask(made93, "第2回の検討委員会で意見の対象になった施設を全部挙げて")
    assert a.status == "exact" and _codes(a) == ["A-06", "B-02", "B-06", "B-07", "C-02", "C-06"]
    # (the page's own opinions of a meeting: its three rows, the one on 全体 among them)
    assert ask(other_town, "第2回の懇談会で出た意見は何件？").count == 3


# Another town's committee opinion: the records named by a labelled code in brackets (「【事業番号２１】…」, digits only,
# full-width as printed) under headings per field whose names hold 「・」, and a part of general remarks after them.
_LABELLED = """桐生野町 事務事業外部評価委員会 意見書
１　審議の経過
第１回から第３回まで審議した。
２　個別の事業に対する意見
（１）教育・文化分野
【事業番号２１】図書館資料購入事業
○　電子書籍の導入効果を検証すべきである。（秋元委員）
【事業番号２４】郷土芸能保存事業
○　後継者の育成に重点を置かれたい。（森下委員）
○　公演の回数を増やす工夫がほしい。（秋元委員）
（２）環境・衛生分野
【事業番号３３】資源回収奨励事業
○　回収量が減っており、奨励金の単価を見直すべきである。（森下委員）
３　全般的事項
（１）事業の成果指標を毎年度公表すること。
"""


@pytest.fixture(scope="module")
def labelled_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("kiryuno_opinions")
    (folder / "kiryuno_iken.txt").write_text(_LABELLED, encoding="utf-8")
    return assistant_over(folder)


def test_opinions_under_labelled_codes_in_brackets(labelled_town):
    a = ask(labelled_town, "秋元委員が意見を述べている事業はどれ？")
    assert a.target == "comment" and _codes(a) == ["21", "24"]
    a = ask(labelled_town, "単価について意見が出た事業は？")
    assert _codes(a) == ["33"]


def test_which_records_a_members_opinions_are_on_said_by_verb(labelled_town, other_town):
    a = ask(labelled_town, "森下委員の意見", "どの事業について言ってる？")
    assert a.status == "exact" and _codes(a) == ["24", "33"]
    a = ask(other_town, "萩野委員の意見を見せて", "どの施設について述べているの？")
    assert _codes(a) == ["K-11"]
