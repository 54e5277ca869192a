"""「令和になってから導入した施設」 over a list of equipment by 導入年度 (平成/令和 years) beside a report titled with its
own year (「令和５年度…概要」) whose table has a row per year: the era said is a span of years, no word naming the report
by its title, so the list's 導入年度 answers; 「入れた」 says 導入 too (year_verbs).
Made documents of 椎葉台町 (nothing of tests/questions/made181's 柊ノ里町: other years, equipment and words)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 施設番号, 施設名, 設備, 導入年度
_EQUIPMENT = [("S-01", "町役場", "ＬＥＤ照明", "平成２９年度"), ("S-02", "椎葉台小学校", "高効率空調", "令和３年度"),
              ("S-03", "町民会館", "ＬＥＤ照明", "令和５年度"), ("S-04", "消防庁舎", "高効率空調", "平成２６年度"),
              ("S-05", "町立図書館", "地中熱ヒートポンプ", "令和元年度")]
_REPORT = """■令和５年度　椎葉台町　省エネ推進報告（概要）
　　　　　　　　　　　　　　　　　　　　　　令和６年６月　椎葉台町総務課

■１　設備の導入
　町有施設への省エネ設備の導入を順次進めている。

年度\t導入件数\t投資額（千円）
令和元年度\t1\t18,200
令和２年度\t0\t0
令和３年度\t1\t24,500
令和４年度\t0\t0
令和５年度\t1\t9,800
"""


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "設備"
    ws.cell(1, 1, "省エネ設備一覧（椎葉台町）")
    for c, v in enumerate(["施設番号", "施設名", "設備", "導入年度"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_EQUIPMENT, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("shiibadai_docs")
    _workbook(docs / "省エネ設備一覧.xlsx")
    (docs / "令和５年度_省エネ推進報告（概要）.txt").write_text(_REPORT, encoding="utf-8")
    index = tmp_path_factory.mktemp("shiibadai_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", ["令和になってから導入した施設", "令和に入ってから入れた施設"])
def test_the_era_bounds_the_year_column_said_by_its_verb(town, question):
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]} == {"S-02", "S-03", "S-05"}, answer.summary
