"""「評価が一度も変わってない」 over a table of grades by year: the verb carries its own negation, so it is every
year's grade the same as the year before (not only the first and last years compared, 一度 left unread). A made-up
town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "北浜町 指定管理施設の評価結果", "（評価：Ｓ・Ａ・Ｂ・Ｃの４段階）",
    T.join(["施設番号", "施設名", "評価令和元年度", "評価令和2年度", "評価令和3年度"]),
    T.join(["1", "北浜町民体育館", "Ａ", "Ｂ", "Ａ"]),
    T.join(["2", "北浜町立図書館", "Ｂ", "Ｂ", "Ｂ"]),
    T.join(["3", "海浜公園キャンプ場", "Ｃ", "Ｂ", "Ｂ"]),
    T.join(["4", "北浜町文化ホール", "Ｓ", "Ｓ", "Ｓ"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grades_never_changed")
    (folder / "北浜町_指定管理施設評価.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_never_changed_is_every_year_the_same(assistant) -> None:
    # (体育館 went Ａ→Ｂ→Ａ: its first and last years agree, yet its grade changed)
    answer = ask(assistant, "令和元年度から3年度まで評価が一度も変わっていない施設は？")
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("title")) for r in answer.rows) == ["北浜町文化ホール", "北浜町立図書館"], answer.summary
