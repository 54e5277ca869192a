"""Opinions numbered under a mark of where they were heard (a council's 「委1」 rows in a Word table, a residents'
meeting's 「【住3】」 paragraphs under venue headings), each citing a facility by code and name or a dash: comments keyed
by the code cited, else by their own number (kinds/generic/opinion_marked.py). Another town's words and codes than
any holdout set's."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.store.build import build_index
from assistant.store.search import open_index


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hinoki_opinions")
    d = docx.Document()
    d.add_heading("檜原市公共施設再編方針（素案）への意見と市の回答", 1)
    d.add_paragraph("令和8年2月　檜原市資産活用課")
    d.add_heading("１　市議会からの意見", 2)
    t = d.add_table(rows=1, cols=5)
    for cell, head in zip(t.rows[0].cells, ["番号", "会議", "対象施設", "意見の要旨", "市の回答"]):
        cell.text = head
    for row in [("委1", "予算特別委員会", "C-3\n東図書館", "東図書館の移転先を早く示すべき。", "来年度に候補地を公表します。"),
                ("委2", "一般質問", "－", "再編の全体スケジュールを示すべき。", "工程表を作成します。"),
                ("委3", "建設委員会", "H-12\n西町市営住宅", "西町市営住宅の入居者への説明が足りない。", "説明会を開きます。")]:
        for cell, value in zip(t.add_row().cells, row):
            cell.text = value
    d.add_heading("２　地区懇談会での意見", 2)
    d.add_paragraph("（東部会場）")
    for no, cited, text, answer in [("住2", "C-3　東図書館", "図書館の駐車場を広げてほしい。", "移転先で確保します。〔回答区分：検討〕"),
                                    ("住1", "－", "懇談会の案内が遅い。", "広報を早めます。〔回答区分：その他〕")]:
        d.add_paragraph(f"【{no}】対象施設：{cited}")
        d.add_paragraph(f"（意見）{text}")
        d.add_paragraph(f"（市の回答）{answer}")
    d.add_paragraph("（西部会場）")
    d.add_paragraph("【住3】対象施設：K-7　西部体育館")
    d.add_paragraph("（意見）体育館の空調を整備してほしい。")
    d.add_paragraph("（市の回答）改修時に整備します。〔回答区分：反映〕")
    d.save(folder / "檜原市_再編方針への意見と回答.docx")
    path = folder / "gyokaku.db"
    build_index([folder], path)
    return open_index(path)


def _comments(index) -> dict[str, dict]:
    rows = index.execute("SELECT key, n, text FROM comment").fetchall()
    return {r[0]: {"n": r[1], "text": r[2]} for r in rows}


def test_each_opinion_is_a_comment_keyed_by_the_code_it_cites(index) -> None:
    got = _comments(index)
    assert sorted(got) == ["comment:C-3-1", "comment:C-3-2", "comment:H-12-1", "comment:K-7-1",
                           "comment:住1-1", "comment:委2-1"]
    assert got["comment:C-3-2"]["text"] == "図書館の駐車場を広げてほしい。"
    assert got["comment:委2-1"]["text"] == "再編の全体スケジュールを示すべき。"


def test_paragraph_opinions_are_no_items_of_their_own(index) -> None:
    items = index.execute("SELECT count(*) FROM item WHERE source LIKE '%檜原市%' AND line IN "
                          "(SELECT line FROM comment)").fetchone()[0]
    assert items == 0
