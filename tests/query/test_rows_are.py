"""A generic table's rows keyed as the records they are, where the question calls them by the table's own
word: 取組 of 「…取組状況」 are plan items (practice), 基本方針 of a table of 基本方針 the headings above them
(initiative), 共同処理 of 「共同処理の状況」 joint projects; other tables' rows stay table_row."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_PAGE = """<html><head><title>{title}</title></head><body><h1>{title}</h1>
<table><tr>{head}</tr>{rows}</table></body></html>"""


def _page(title: str, head: list[str], rows: list[list[str]]) -> str:
    return _PAGE.format(title=title, head="".join(f"<th>{h}</th>" for h in head),
                        rows="".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows))


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rows_are")
    (folder / "items.html").write_text(_page("椿ヶ丘市行財政改革 取組状況一覧", ["番号", "基本方針", "取組名", "担当課", "状況"], [
        ["1-1", "基本方針1", "窓口のオンライン化", "市民課", "完了"],
        ["1-2", "基本方針1", "キャッシュレス決済", "会計課", "実施中"],
        ["2-1", "基本方針2", "公共施設の集約化", "管財課", "実施中"],
        ["2-2", "基本方針2", "使用料の見直し", "管財課", "検討中"]]), encoding="utf-8")
    (folder / "joint.html").write_text(_page("椿ヶ丘市 事務の共同処理の状況", ["番号", "事務名", "構成団体", "開始年度"], [
        ["広-1", "消防事務", "椿ヶ丘市、柊町", "平成10年度"],
        ["広-2", "ごみ処理", "椿ヶ丘市、柊町、楓村", "令和2年度"],
        ["広-3", "介護認定審査", "椿ヶ丘市、楓村", "令和5年度"]]), encoding="utf-8")
    (folder / "halls.html").write_text(_page("椿ヶ丘市 施設一覧", ["番号", "施設名", "所管課", "建築年度"], [
        ["F-1", "中央公民館", "生涯学習課", "昭和55年度"],
        ["F-2", "市民体育館", "スポーツ課", "平成3年度"],
        ["F-3", "北部図書館", "生涯学習課", "平成20年度"]]), encoding="utf-8")
    return assistant_over(Path(folder))


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_items_asked_by_the_tables_word_are_plan_items(town):
    assert sorted(_keys(ask(town, "管財課の取組は？"))) == ["practice:2-1", "practice:2-2"]


def test_items_asked_by_another_word_for_items(town):
    assert sorted(_keys(ask(town, "管財課の実施項目は？"))) == ["practice:2-1", "practice:2-2"]


def test_a_noun_said_of_the_head_is_not_what_is_asked(town):
    answer = ask(town, "基本方針1の取組のうち実施中のものは？")
    assert _keys(answer) == ["practice:1-2"]
    assert _keys(ask(town, "管財課の取組は？", "そのうち検討中のものは？")) == ["practice:2-2"]
    assert _keys(ask(town, "管財課の取組は？", "そのうち基本方針2のものは？")) == ["practice:2-1", "practice:2-2"]


def test_joint_work_asked_as_such(town):
    assert _keys(ask(town, "開始年度が令和の共同処理は？")) == ["joint_project:広-2", "joint_project:広-3"]
    assert _keys(ask(town, "ごみ処理の共同処理の構成団体は？")) == ["joint_project:広-2"]


def test_other_tables_keep_their_rows(town):
    assert sorted(_keys(ask(town, "生涯学習課の施設は？"))) == ["table_row:F-1", "table_row:F-3"]
