"""「令和10年度に再編される予定の学校は？」 over a town's 再編計画 whose table prints each school's 実施予定年度: the
action said is the one the plan's title names (再編), its year that column's — not words to search the text for."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>栗ノ浦町 小中学校再編計画</title></head><body><h1>栗ノ浦町 小中学校再編計画</h1>
<p>児童生徒数の減少を踏まえ、町立小中学校の再編を次のとおり進めます。</p>
<table><tr><th>学校番号</th><th>学校名</th><th>再編区分</th><th>実施予定時期</th><th>再編後の姿</th></tr>
<tr><td>1</td><td>栗ノ浦小学校</td><td>存続</td><td>－</td><td>現校舎を継続使用</td></tr>
<tr><td>2</td><td>浜田小学校</td><td>統合</td><td>令和10年度</td><td>栗ノ浦小学校へ統合</td></tr>
<tr><td>3</td><td>山辺小学校</td><td>統合</td><td>令和12年度以降</td><td>栗ノ浦小学校へ統合</td></tr>
<tr><td>4</td><td>栗ノ浦中学校</td><td>移行</td><td>令和10年度</td><td>義務教育学校へ移行</td></tr>
<tr><td>5</td><td>北栗中学校</td><td>統合</td><td>令和8年度</td><td>栗ノ浦中学校へ統合</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titles_action_planned")
    (folder / "saihen_keikaku.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["令和10年度に再編される予定の学校は？", "令和10年度に再編する予定の学校は？"])
def test_the_titles_action_planned_is_the_years_column(town, question) -> None:
    answer = ask(town, question)
    keys = sorted(str(r["key"]) for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and keys == ["table_row:2", "table_row:4"], (answer.status, keys, answer.summary)
