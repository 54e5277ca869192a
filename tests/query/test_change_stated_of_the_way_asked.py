"""「貸出冊数は何％減った？」 over a passage stating two changes, each its own way (「来館者数は8.5%増加した。一方、
貸出冊数は3.2%減少しており…」): the change stated the way asked (減少 for 減った) is the answer, not the gap between
the two figures (worked_figures._stated, _changes_stated)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """柏ノ浦町立図書館 利用状況の報告（令和６年度）

令和６年６月　柏ノ浦町教育委員会

１　概要
　本町の図書館は、令和５年４月に移転新築した。

２　利用の変化
　移転前の１年間と移転後の１年間を比べると、来館者数は8.5%増加した。一方、貸出冊数は3.2%減少しており、
電子書籍への移行が進んだものと考えられる。

３　今後の課題
　蔵書の更新が課題である。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("library_report")
    (folder / "図書館利用状況.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _figure(value) -> float:
    return float(str(value).rstrip("%％"))  # (the figure read, printed with its % or not)


def test_fall_asked_is_the_fall_stated(assistant):
    assistant.reset()
    assert _figure(assistant.ask("移転の前後で貸出冊数は何％減った？").value) == pytest.approx(3.2)


def test_rise_asked_is_the_rise_stated(assistant):
    assistant.reset()
    assert _figure(assistant.ask("移転の前後で来館者数は何％増えた？").value) == pytest.approx(8.5)
