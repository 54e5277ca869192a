"""「2年連続で×」 is read only over a table printing the mark for those years: a table of one year's marks never
answers it as that one year (the run dropped silently); the table of both years does."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over


def _page(title: str, head: list[str], rows: list[list[str]]) -> str:
    table = "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{table}</body></html>"


@pytest.fixture(scope="module")
def one_year(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run_one_year")
    (folder / "status.html").write_text(_page("桐野町デジタル化計画 取組の進捗（令和8年度）",
                                              ["取組番号", "取組名", "担当課", "令和8年度達成状況"], [
        ["K-1-01", "電子契約の導入", "契約課", "×"], ["K-1-02", "公金のキャッシュレス化", "会計課", "○"],
        ["K-2-01", "AI議事録の活用", "総務課", "×"], ["K-2-02", "窓口予約システム", "住民課", "◎"]]), encoding="utf-8")
    return assistant_over(Path(folder))


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run_two_years")
    (folder / "status.html").write_text(_page("桐野町デジタル化計画 取組の進捗", ["取組番号", "取組名", "担当課", "R7達成状況", "R8達成状況"], [
        ["K-1-01", "電子契約の導入", "契約課", "×", "×"], ["K-1-02", "公金のキャッシュレス化", "会計課", "×", "○"],
        ["K-2-01", "AI議事録の活用", "総務課", "△", "×"], ["K-2-02", "窓口予約システム", "住民課", "◎", "◎"]]), encoding="utf-8")
    return assistant_over(Path(folder))


def test_a_run_over_one_years_marks_is_not_dropped(one_year):
    answer = ask(one_year, "2年連続で×だった取組はいくつ？").to_dict()
    assert not (answer["status"] == "exact" and answer["count"] == 2)


def test_a_run_over_both_years(two_years):
    answer = ask(two_years, "2年連続で×だった取組はいくつ？").to_dict()
    assert answer["count"] == 1
