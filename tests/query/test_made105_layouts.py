"""霞棚市's facility-plan documents (made105's, read alone): a PDF table printed transposed (the plan's 方針 as columns
under a two-row header, the years as merged rows of 目標/実績/達成状況, over a page break), minutes as one Word table
(発言者 │ 発言要旨 │ 関連施設番号又は方針番号 listing codes with 、 │ 市の回答), and a web page of joint facilities as an
<h3> per project over a <dl> of labelled facts. General behaviours, not made105's facts: each is also checked on
records made up here, the way another town's documents would print them."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.kinds.generic.labelled_projects import projects_of_items
from assistant.kinds.generic.opinion_rows import comments_of_rows
from assistant.kinds.generic.transposed import transpose
from assistant.model import Record
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made105" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made105_layouts")
    for name in ("02_個別施設計画_進捗評価報告書_R6.pdf", "03_公共施設マネジメント審議会_議事録_R6第2回.docx",
                 "04_広域利用・共同設置の状況.html"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted({str(r["key"]) for r in answer.to_dict()["rows"]})


def _row(line: int, cells: dict, table: str = "表") -> Record:
    return Record("table_row", f"r.pdf:{line}", {"table": table, "cells": cells, "text": "", "heading": ""},
                  "r.pdf", line, line)


def test_transposed_columns_become_rows_joined_to_their_list() -> None:
    listed = [_row(1, {"施策番号": "施策1", "施策名": "窓口改革"}), _row(2, {"施策番号": "施策2", "施策名": "電子化"})]
    years = [_row(5 + i, {"年度": y, "区分": k, "施策1件数(件)": a, "施策2件数(件)": b})
             for i, (y, k, a, b) in enumerate([("令和4年度", "目標", "3", "5"), ("令和4年度", "実績", "4", "2"),
                                               ("令和5年度", "目標", "6", "7"), ("令和5年度", "実績", "6", "9")])]
    out = transpose(listed + years)
    assert [r.fields["cells"]["施策番号"] for r in out] == ["施策1", "施策2"]  # (the year rows are gone)
    assert out[1].fields["cells"]["施策名"] == "電子化" and out[1].fields["cells"]["令和5年度実績"] == "9"
    alone = transpose(years)  # (no list of the same codes: a row of its own per column)
    assert [r.fields["cells"]["施策番号"] for r in alone] == ["施策1", "施策2"]
    assert alone[0].fields["cells"]["指標"] == "件数(件)" and alone[0].fields["cells"]["令和4年度実績"] == "4"
    plain = [_row(1, {"年度": "令和4年度", "件数": "3"}), _row(2, {"年度": "令和5年度", "件数": "4"})]
    assert transpose(plain) == plain  # (no columns headed by codes: as printed)
    ranks = [_row(1, {"年度": "令和4年度", "寄附額": "100", "返礼品1位": "米", "返礼品2位": "酒"}),
             _row(2, {"年度": "令和5年度", "寄附額": "120", "返礼品1位": "酒", "返礼品2位": "米"})]
    assert transpose(ranks) == ranks  # (ranks beside figures of each year: the years are the records)


def test_minutes_table_rows_listing_codes_are_comments() -> None:
    heads = ("番号", "発言者", "発言要旨", "関連施設番号又は方針番号", "市の回答")
    rows = [_row(n, dict(zip(heads, cells))) for n, cells in enumerate([
        ("1", "山田委員（会長）", "体育館が古い。", "F-02、方針3", "令和8年度に改修する。"),
        ("2", "佐藤委員", "公民館の利用が少ない。", "F-05", "検討する。"),
        ("3", "鈴木委員", "全体として順調である。", "", "－")], 1)]
    found = sorted((r.fields["initiative"], r.fields["member"]) for r in comments_of_rows(rows))
    assert found == [("F-02", "山田委員"), ("F-05", "佐藤委員"), ("方針3", "山田委員")]


def test_labelled_blocks_listing_members_are_joint_projects() -> None:
    def item(line: int, title: str, fields: dict) -> Record:
        return Record("item", f"p.html:{line}", {"number": "", "title": title, "heading": "", "fields": fields,
                                                 "text": ""}, "p.html", line, line + 5)
    items = [item(3, "共同-1 斎場の共同運営", {"構成団体": "甲市・乙町", "設置主体": "甲市", "開始年度": "2012年度",
                                            "年間負担金（千円）": "3,200", "状況": "運用中（更新検討中）"}),
             item(10, "共同-2 消防指令の共同運用", {"構成団体": "甲市・乙町・丙村", "開始年度": "令和2年度",
                                               "年間負担金（千円）": "－", "状況": "運用中"})]
    records, _ = projects_of_items(items, "p.html")
    got = {r.code: r.fields for r in records}
    assert sorted(got) == ["共同-1", "共同-2"]
    assert got["共同-1"]["n_members"] == 2 and got["共同-1"]["chair_city"] == "甲市"
    assert got["共同-1"]["own_share"] == 3200 and got["共同-1"]["own_share_unit"] == "千円"
    assert got["共同-1"]["status"] == "運用中" and got["共同-1"]["start_year_text"] == "2012年度"
    assert got["共同-2"]["start_year"] == "R2" and got["共同-2"]["own_share"] is None
    assert projects_of_items(items[:1], "p.html") == ([], [])  # (one block alone is no list of projects)


@pytest.mark.parametrize("turns,keys", [
    (("令和4年度に◎がついた方針は？",), ["initiative:方針4"]),
    (("令和5年度の達成状況が◎か○だった方針",), ["initiative:方針1", "initiative:方針4"]),
    (("令和3年度に△だった方針はどれ",), ["initiative:方針1"]),
])
def test_transposed_headings_asked_by_year(assistant, turns, keys) -> None:
    assert _keys(ask(assistant, *turns)) == keys


def test_a_heading_years_figure_said_with_value(assistant) -> None:
    answer = ask(assistant, "方針3の令和4年度の目標値は？")
    assert answer.value == 4, (answer.status, answer.summary)


@pytest.mark.parametrize("question,keys", [
    ("萩ノ牧町が入っている共同設置は？", ["joint_project:広域-01", "joint_project:広域-04",
                                            "joint_project:広域-05", "joint_project:広域-08"]),
    ("2012年より前から始まっている広域利用", ["joint_project:広域-05"]),
    ("苫田見市が設置主体の共同設置はどれ？", ["joint_project:広域-02", "joint_project:広域-03",
                                       "joint_project:広域-08"]),
])
def test_labelled_joint_projects_asked(assistant, question, keys) -> None:
    assert _keys(ask(assistant, question)) == keys


def test_minutes_comments_on_codes_asked(assistant) -> None:
    answer = ask(assistant, "宇喜田委員の発言は何についてのもの？")
    codes = sorted({unicodedata.normalize("NFKC", str(r["key"]).split(":", 1)[1]) for r in answer.to_dict()["rows"]})
    assert codes == ["K-03", "K-05", "K-14"], (answer.status, answer.summary)
