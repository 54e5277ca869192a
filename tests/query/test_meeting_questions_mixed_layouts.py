"""A residents' meeting's questions and answers numbered on across its districts (「問1」…), some districts printing
them as paragraphs (「問1　（関連施設：G-1 清掃センター）」 over 【質問】 / 【回答】…（環境衛生課）), others as a table
(番号 │ 関連施設 │ 質問の要旨 │ 回答の要旨 │ 回答課) under the district's heading (kinds/generic/qa_turns.py): each a
comment keyed by its own number with its district, answering office, answer and the facility it names, so that
「…地区から出た質問」「…課が回答した質問」「回答課が…で、…地区以外の質問」「特定の施設に関係しない質問」
「休止予定の施設についての質疑」「「検討します」って回答した質問」 are read of them (questions said with 質問/質疑
are the meeting's, query/parse.py _meeting_questions_said). Another town's words, codes and districts than any
holdout set's."""
from __future__ import annotations

import docx
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from assistant.text.normalize import nfkc
from tests.conversation_helpers import ask

_FACILITIES = """楢崎町 ごみ処理施設の今後の方針

施設番号\t施設名\t今後の方針
G-1\t清掃センター\t更新
G-2\t東部中継所\t休止
G-3\t最終処分場\t継続
G-4\t西部中継所\t休止
"""


def _meeting(path) -> None:
    d = docx.Document()
    d.add_heading("楢崎町 ごみ処理施設更新計画 住民説明会 質疑応答", 1)
    d.add_paragraph("楢崎町 環境衛生課")
    d.add_paragraph("１　質疑応答")
    d.add_paragraph("（１）上町地区（令和７年５月１０日）")
    for no, cited, q, a in [("問1", "G-1 清掃センター", "建替え中のごみの持込みはどうなるのか。", "仮設の受入れ場所を設ける予定です。（環境衛生課）"),
                            ("問2", "なし", "分別の区分が増えるのか。", "区分の見直しは今後検討します。（環境衛生課）")]:
        d.add_paragraph(f"{no}　（関連施設：{cited}）")
        d.add_paragraph(f"【質問】{q}")
        d.add_paragraph(f"【回答】{a}")
    d.add_paragraph("（２）川辺地区（令和７年５月１７日）")
    t = d.add_table(rows=1, cols=5)
    for cell, head in zip(t.rows[0].cells, ["番号", "関連施設", "質問の要旨", "回答の要旨", "回答課"]):
        cell.text = head
    for row in [("問3", "G-2\n東部中継所", "東部中継所の休止後、収集車の経路は変わるのか。", "経路の変更を検討します。", "収集業務課"),
                ("問4", "－", "説明会の資料を町のサイトに載せてほしい。", "掲載します。", "環境衛生課"),
                ("問5", "G-4\n西部中継所", "西部中継所の跡はどう使うのか。", "防災倉庫への転用を検討します。", "財政課")]:
        for cell, value in zip(t.add_row().cells, row):
            cell.text = value
    d.add_paragraph("（３）山手地区（令和７年５月２４日）")
    d.add_paragraph("問6　（関連施設：G-3 最終処分場）")
    d.add_paragraph("【質問】処分場の埋立てはあと何年もつのか。")
    d.add_paragraph("【回答】現在の計画では約15年です。（環境衛生課）")
    d.add_paragraph("２　今後の予定")
    d.add_paragraph("いただいた意見は計画に反映します。")
    d.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("narasaki_meeting")
    _meeting(folder / "楢崎町 住民説明会 質疑応答.docx")
    (folder / "楢崎町 ごみ処理施設の今後の方針.txt").write_text(_FACILITIES, encoding="utf-8")
    index = tmp_path_factory.mktemp("narasaki_meeting_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _asked(answer) -> list[str]:
    return sorted(str(r["key"]).removeprefix("comment:").split("-")[0] for r in answer.rows
                  if str(r.get("key", "")).startswith("comment:"))


def test_each_question_is_a_comment_of_its_district_and_answering_office(town) -> None:
    rows = {r["key"]: r for r in town.db.query("SELECT * FROM comment")}
    assert sorted(rows) == [f"comment:問{n}-1" for n in (1, 2, 3, 4, 5, 6)]
    assert rows["comment:問1-1"]["place"] == "上町地区" and rows["comment:問1-1"]["responder"] == "環境衛生課"
    assert rows["comment:問1-1"]["response"] == "仮設の受入れ場所を設ける予定です。"
    assert rows["comment:問3-1"]["place"] == "川辺地区" and rows["comment:問3-1"]["cited"] == "G-2"
    assert not rows["comment:問4-1"]["cited"] and not rows["comment:問2-1"]["cited"]


def test_questions_of_a_district_whichever_layout_it_prints(town) -> None:
    assert _asked(ask(town, "川辺地区から出た質問")) == ["問3", "問4", "問5"]
    assert _asked(ask(town, "山手地区の質疑")) == ["問6"]


def test_questions_an_office_answered(town) -> None:
    answer = ask(town, "環境衛生課が回答した質問は何件")
    assert answer.count == 4 and not answer.unused


def test_an_office_and_every_other_district(town) -> None:
    answer = ask(town, "回答課が環境衛生課で、上町地区以外の質問")
    assert _asked(answer) == ["問4", "問6"]


def test_questions_naming_no_facility(town) -> None:
    assert _asked(ask(town, "特定の施設に関係しない質問はどれ？")) == ["問2", "問4"]


def test_questions_on_the_facilities_another_document_picks(town) -> None:
    assert _asked(ask(town, "休止の施設についての質疑は？")) == ["問3", "問5"]


def test_answers_saying_words(town) -> None:
    answer = ask(town, "「検討します」って回答した質問は何件？")
    assert answer.count == 3


def test_a_district_then_only_those_an_office_answered(town) -> None:
    answer = ask(town, "川辺地区の質疑を一覧で", "回答が財政課のものだけ")
    assert _asked(answer) == ["問5"] and answer.status == "exact"


_TABLES_ONLY = """<html><head><title>槙原村 学校再編 説明会の質疑｜槙原村</title></head><body>
<h1>学校再編に関する説明会の質疑</h1>
<h2>東地区</h2>
<table><tr><th>番号</th><th>地区</th><th>質問要旨</th><th>回答要旨</th><th>回答課</th></tr>
<tr><td>Ｑ1</td><td>東</td><td>通学バスは出るのか。</td><td>運行します。</td><td>教育総務課</td></tr>
<tr><td>Ｑ2</td><td>東</td><td>跡地の体育館は使えるか。</td><td>開放を続けます。</td><td>社会教育課</td></tr></table>
<h2>西地区</h2>
<table><tr><th>番号</th><th>地区</th><th>質問要旨</th><th>回答要旨</th><th>回答課</th></tr>
<tr><td>Ｑ3</td><td>西</td><td>給食はどうなるのか。</td><td>新しい調理場から配送します。</td><td>教育総務課</td></tr>
<tr><td>Ｑ4</td><td>西</td><td>校庭の桜は残るのか。</td><td>残します。</td><td>社会教育課</td></tr></table>
</body></html>
"""


def test_a_meeting_printing_its_questions_only_as_tables_keeps_them_as_table_rows(tmp_path) -> None:
    # (no paragraph of the 【質問】 layout: the venues' tables are tables, as a page of them is read everywhere else)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "槙原村 説明会の質疑.html").write_text(_TABLES_ONLY, encoding="utf-8")
    build_index([folder], tmp_path / "gyokaku.db")
    village = Assistant(open_index(tmp_path / "gyokaku.db"))
    assert "comment" not in village.db.table_names()
    answer = ask(village, "説明会で社会教育課が回答した質問の番号は？")
    assert answer.status == "exact" and answer.target == "table_row"
    assert sorted(nfkc(str(r.get("番号"))) for r in answer.rows) == ["Q2", "Q4"]
