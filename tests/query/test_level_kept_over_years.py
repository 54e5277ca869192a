"""「R5・R6ともに評価が○以上を維持している取組」 over a table of grades by year (◎○△×, the made145 PDF of 取組 (1)–(12)):
a level kept over the years said together is that level in each year (grammar/formal_wordings.py
level_kept_over_years), not 維持 left unread. A made table of another town (other years, other items) shows nothing
is read off the first."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made145" / "docs"

_OTHER_TOWN = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>業務改善の評価｜若葉台町</title></head><body>
<h1>業務改善取組の評価（令和７年度）</h1>
<p>評価：◎ 計画以上 ○ 計画どおり △ 遅れ × 未着手</p>
<table><caption>業務改善取組の評価一覧</caption>
<tr><th>番号</th><th>取組名</th><th>担当課</th><th>Ｒ６評価</th><th>Ｒ７評価</th></tr>
<tr><td>1</td><td>窓口予約の導入</td><td>市民課</td><td>○</td><td>◎</td></tr>
<tr><td>2</td><td>電子決裁の拡大</td><td>総務課</td><td>△</td><td>○</td></tr>
<tr><td>3</td><td>会議資料の削減</td><td>総務課</td><td>◎</td><td>○</td></tr>
<tr><td>4</td><td>庁内照会の集約</td><td>企画課</td><td>○</td><td>△</td></tr>
</table></body></html>
"""


def _assistant(tmp_path_factory, name: str, files: dict[str, bytes]) -> Assistant:
    folder = tmp_path_factory.mktemp(name)
    for file, data in files.items():
        (folder / file).write_bytes(data)
    index = tmp_path_factory.mktemp(name + "_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def banganuma(tmp_path_factory):
    return _assistant(tmp_path_factory, "made145_pdf", {p.name: p.read_bytes() for p in DOCS.iterdir() if p.suffix == ".pdf"})


@pytest.fixture(scope="module")
def wakabadai(tmp_path_factory):
    return _assistant(tmp_path_factory, "wakabadai_grades", {"評価.html": _OTHER_TOWN.encode()})


def _titles(answer) -> list[str]:
    return sorted(str(r.get("取組名") or r.get("title")) for r in answer.to_dict()["rows"])


def test_level_kept_is_that_level_each_year(banganuma) -> None:
    answer = ask(banganuma, "R5・R6ともに評価が○以上を維持している取組は？")
    assert answer.status == "exact", answer.summary
    assert sorted(r["number"] for r in answer.to_dict()["rows"]) == ["(1)", "(3)", "(4)", "(7)", "(9)"], answer.summary


def test_other_town(wakabadai) -> None:
    answer = ask(wakabadai, "R6・R7ともに○以上を維持している取組は？")
    assert answer.status == "exact", answer.summary
    assert _titles(answer) == ["会議資料の削減", "窓口予約の導入"], answer.summary
