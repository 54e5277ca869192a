"""「県」 among a list's members (「鴇ノ浦市、汐見町、磯辺村、県」): the prefecture taking part, said alone
(「県が参加している連携事業」); its having no bare name is tested over made123 (test_made123_layouts)."""
from __future__ import annotations

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """<html><head><meta charset="utf-8"><title>県・近隣市町との連携事業の実施状況</title></head><body><main>
<h1>近隣市町との連携事業の実施状況</h1>
<table>
<tr><th>番号</th><th>連携事業名</th><th>参加団体</th><th>本市担当課</th></tr>
<tr><td>1</td><td>県・市町合同滞納整理</td><td>北浦市、汐見町、磯辺村、県</td><td>納税課</td></tr>
<tr><td>2</td><td>合同公売会の開催</td><td>北浦市、椎名市、潮崎町</td><td>納税課</td></tr>
<tr><td>3</td><td>広域での徴収職員合同研修</td><td>北浦市、椎名市、汐見町</td><td>納税課</td></tr>
<tr><td>4</td><td>滞納車両情報の共有</td><td>北浦市、潮崎町、県</td><td>市民税課</td></tr>
</table></main></body></html>
"""


def _assistant(tmp_path):
    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "連携事業.html").write_text(PAGE, encoding="utf-8")
    build_index([folder], tmp_path / "g.db")
    return Assistant(open_index(tmp_path / "g.db"))


def test_prefecture_said_alone_is_a_member(tmp_path):
    assistant = _assistant(tmp_path)
    answer = assistant.ask("県が参加している連携事業はいくつ？")
    assert answer.count == 2 and sorted(r["code"] for r in answer.rows) == ["1", "4"], answer.summary

