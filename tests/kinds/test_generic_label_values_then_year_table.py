"""A sheet of label/value rows (| 項目番号 | 2-3 |) and, under a caption line, a table of years (| 年度 | 計画 | 実績 |
達成率 |): the caption starts a table of its own, whose rows are the years (not pairs of the sheet above)."""
from __future__ import annotations

import pytest

from assistant.kinds.generic import loader as generic
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = "\n".join([
    "進行管理表",
    "項目番号\t2-3", "項目名\t窓口のキャッシュレス化", "所管課\t市民課", "記入者\t市民課 窓口係",
    "指標の推移：キャッシュレス対応窓口数（か所）",
    "年度\t計画\t実績\t達成率",
    "令和5年度\t4\t4\t100.0%",
    "令和6年度\t8\t6\t75.0%",
    "令和7年度\t12\t13\t108.3%",
]) + "\n"


def test_the_years_are_rows():
    rows = [r.fields["cells"] for r in generic.parse(TEXT, "sheet.txt").records if r.kind == "table_row"]
    assert rows == [{"年度": "令和5年度", "計画": "4", "実績": "4", "達成率": "100.0%"},
                    {"年度": "令和6年度", "計画": "8", "実績": "6", "達成率": "75.0%"},
                    {"年度": "令和7年度", "計画": "12", "実績": "13", "達成率": "108.3%"}]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("label_then_years")
    (folder / "sheet.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_asked(assistant):
    assistant.reset()
    assert assistant.ask("進行管理表で令和6年度の実績は？").value == 6
    assistant.reset()
    assert assistant.ask("進行管理表で2025年度の達成率は？").value == 108.3
    assistant.reset()
    assert assistant.ask("進行管理表で実績が計画に届かなかった年度は何回？").count == 1
