"""A list's columns of ○ over － (what can be done: 「コンビニ交付」) and of 必要／不要 said with a verb: 「コンビニで
交付できる」 is ○, 「印鑑がいらない」「印鑑なしで」 is 不要, 「印鑑が必要な」 必要 — never a column dropped silently."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_HEAD = ["手続名", "所管課", "受付開始", "コンビニ交付", "印鑑"]
_ROWS = [["印鑑登録証明書の交付", "住民窓口課", "平成30年4月", "○", "必要"],
         ["所得証明書の交付", "税務課", "令和元年10月", "○", "不要"],
         ["児童扶養手当の現況届", "子ども支援課", "令和3年8月", "－", "不要"],
         ["水道の使用開始届", "上下水道課", "令和2年6月", "－", "必要"],
         ["納税証明書の交付", "税務課", "令和4年1月", "○", "不要"]]


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("marked_needed")
    table = "<table><tr>" + "".join(f"<th>{h}</th>" for h in _HEAD) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS) + "</table>"
    (folder / "tetsuzuki.html").write_text(
        f"<html><head><title>楢崎町 電子で済む手続</title></head><body><h1>楢崎町 電子で済む手続</h1>{table}</body></html>",
        encoding="utf-8")
    return assistant_over(Path(folder))


def _names(answer) -> list[str]:
    return sorted(r.get("手続名") or r.get("title") for r in answer.to_dict()["rows"])


def test_a_marked_column_said_with_can(town):
    answer = ask(town, "コンビニ交付できる手続は？")
    assert _names(answer) == ["印鑑登録証明書の交付", "所得証明書の交付", "納税証明書の交付"]
    assert ask(town, "税務課の手続でコンビニ交付できるものは何件？").to_dict()["count"] == 2


def test_a_needed_column_said_with_need(town):
    assert _names(ask(town, "印鑑がいらない手続は？")) == ["児童扶養手当の現況届", "所得証明書の交付", "納税証明書の交付"]
    assert _names(ask(town, "印鑑が必要な手続")) == ["印鑑登録証明書の交付", "水道の使用開始届"]
    assert _names(ask(town, "印鑑なしでコンビニ交付できる手続は？")) == ["所得証明書の交付", "納税証明書の交付"]
