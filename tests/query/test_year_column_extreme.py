"""「令和6年度いちばん高い柱」 over 柱 │ 柱の名称 │ 令和5年度 │ 令和6年度 (one measure, the caption's, a column per year):
the year said is the column compared, not a year left unbound (question.py, year_measure)."""
from __future__ import annotations

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = """北浦町 行政改革推進状況（令和５年度～令和６年度）

柱別評価点
| 柱 | 柱の名称 | 令和５年度 | 令和６年度 |
|---|---|---|---|
| Ⅰ | 窓口サービスの向上 | 2.50 | 3.10 |
| Ⅱ | 財政基盤の強化 | 3.40 | 2.90 |
| Ⅲ | 人材の育成 | 2.20 | 2.60 |
"""


def test_year_said_is_the_column_compared(tmp_path):
    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "推進状況.txt").write_text(TEXT, encoding="utf-8")
    build_index([folder], tmp_path / "g.db")
    assistant = Assistant(open_index(tmp_path / "g.db"))
    answer = assistant.ask("柱別評価点で、令和６年度いちばん高い柱は？")
    assert answer.status == "exact" and "窓口サービスの向上" in answer.summary, answer.summary
    answer = assistant.ask("令和５年度がいちばん低い柱は？")
    assert "人材の育成" in answer.summary, answer.summary
