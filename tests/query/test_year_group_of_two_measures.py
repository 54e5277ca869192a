"""「令和4年度の評価の内訳を教えて」 over a table of two measures by year (稼働率 and 評価, each 令和4・5年度): the
year said is of the column counted by (評価令和4年度), not left unread because two columns are of that year; the
document's sentence stating the same breakdown is shown first. A made-up town's facilities, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "杉並台町 指定管理施設の評価", "",
    T.join(["番号", "施設名", "稼働率令和4年度", "稼働率令和5年度", "評価令和4年度", "評価令和5年度"]),
    T.join(["01", "杉並台町民センター", "71.2", "74.0", "Ａ", "Ａ"]),
    T.join(["02", "杉並台テニスコート", "55.0", "52.3", "Ｂ", "Ｃ"]),
    T.join(["03", "杉並台町立体育館", "80.4", "82.1", "Ａ", "Ｓ"]),
    T.join(["04", "杉並台キャンプ場", "38.9", "41.0", "Ｃ", "Ｂ"]),
    T.join(["05", "杉並台町営プール", "62.5", "60.0", "Ａ", "Ａ"]), "",
    "令和４年度の評価は、Ａが３施設、Ｂが１施設、Ｃが１施設であった。", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("year_group_two_measures")
    (folder / "杉並台町_指定管理施設評価.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_breakdown_of_the_year_said(assistant) -> None:
    answer = ask(assistant, "令和4年度の評価の内訳を教えて")
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert "評価令和4年度" in answer.summary and "A 3件" in answer.summary.replace("Ａ", "A"), answer.summary
    # (the document's own sentence giving the same counts is the first excerpt: breakdown_stated.py)
    first = answer.to_dict()["excerpts"][0]["text"]
    assert "Aが3施設" in first and "Cが1施設" in first, first
