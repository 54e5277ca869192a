"""A report of users by month (a row per facility, 4月…3月 and 年間合計, （単位：人）) with notes under the
table: 「公共施設利用者の総数」 is its year's total (the users of what the report's title says is used), and
「…が冬に0人なのはなんで？」 of a facility named, no cell saying 冬, is answered by the note that names it
(a search: what the note says, no figure claimed). The town and its figures are made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
ROWS = [
    (1, "東野市民会館", [100] * 12),
    (2, "東野体育館", [200] * 9 + [0, 0, 0]),
    (3, "東野図書館", [300] * 12),
]
REPORT = "\n".join([
    "令和5年度 公共施設利用状況報告書",
    "令和6年7月 東野市 資産経営課",
    "（単位：人）",
    "\t".join(["No.", "施設名", *MONTHS, "年間合計"]),
    *("\t".join([str(no), name, *(f"{v:,}" for v in values), f"{sum(values):,}"]) for no, name, values in ROWS),
    "\t".join(["", "合計", *(f"{sum(r[2][i] for r in ROWS):,}" for i in range(12)), f"{sum(sum(r[2]) for r in ROWS):,}"]),
    "",
    "※1 東野体育館は、屋根の改修工事のため令和6年1月から3月まで休館しました。",
    "※2 利用者数は延べ人数です。",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("monthly_users")
    (folder / "東野市_公共施設利用状況報告書_令和5年度.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_users_of_the_reports_facilities_are_its_years_total(assistant):
    assistant.reset()
    answer = assistant.ask("東野市の令和5年度公共施設利用者の総数は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == 1200 + 1800 + 3600


def test_why_a_facility_had_no_users_is_its_note(assistant):
    assistant.reset()
    answer = assistant.ask("東野市の東野体育館が冬に0人なのはなんで？")
    assert answer.status == "search"
    assert "屋根の改修工事" in answer.excerpts[0]["text"]
