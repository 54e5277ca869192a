"""A table of a plan's 施策 with a column counting the items each holds (施策番号 │ 施策名 │ 所管課 │ 事業数 │ 年度ごとの評価):
its rows are the groups the items sit under, keyed as initiatives when asked of as 施策; a grade said with its own word
before a negation (「B評価じゃなかった」) is negated as the grade alone is."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_PAGE = """<html><head><title>{title}</title></head><body><h1>{title}</h1>
<h2>施策ごとの評価</h2>
<table><tr>{head}</tr>{rows}</table></body></html>"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("policy_groups")
    head = ["施策番号", "施策名", "所管課", "事業数", "令和7年度評価", "令和8年度評価"]
    rows = [["SM-1", "窓口サービスの向上", "市民生活課", "6", "C", "C"],
            ["SM-2", "業務の効率化", "行政経営課", "3", "B", "B"],
            ["SM-3", "職員の意識改革", "人材育成課", "3", "B", "A"],
            ["SM-4", "財源の確保", "財務課", "5", "A", "C"]]
    (folder / "report.html").write_text(_PAGE.format(
        title="楓原町スマート化計画 令和8年度評価", head="".join(f"<th>{h}</th>" for h in head),
        rows="".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)), encoding="utf-8")
    return assistant_over(Path(folder))


def _keys(answer) -> list[str]:
    return sorted(r["key"].replace("－", "-") for r in answer.to_dict()["rows"])


def test_groups_counting_their_items_are_initiatives(town):
    assert _keys(ask(town, "令和8年度の評価がAの施策は？")) == ["initiative:SM-3"]
    assert _keys(ask(town, "令和7年度より評価が下がった施策")) == ["initiative:SM-4"]


def test_a_grade_said_with_its_word_is_negated(town):
    answer = ask(town, "R7もR8もB評価じゃなかった施策はいくつ？")
    assert answer.to_dict()["count"] == 2  # SM-1 (C, C) and SM-4 (A, C); SM-2 and SM-3 were B
    assert not answer.to_dict()["unused"]


def test_a_count_column_said_by_what_it_counts(town):
    # 「事業が3つしかない」 over 事業数: the column's stem with a plain counter, しかない that number and no more
    assert _keys(ask(town, "事業が3つしかない施策は？")) == ["initiative:SM-2", "initiative:SM-3"]
