"""One table of coded items whose years head their own grade columns (施策番号 │ 施策名 │ 担当課 │ Ｒ５進捗 │ Ｒ６進捗,
header repeated over two pdf pages; tests/questions/made172), the groups scored in a table after it: practice records
under the group their code begins with, initiatives named by the groups' table — and a made edition of another city
(an html page, letters A–D, 取組番号 / 令和７年度評価, groups called 重点分野). A table headed by bare years (Ｒ５ │ Ｒ６:
made121) stays a table of rows."""
from __future__ import annotations

from pathlib import Path

from assistant.formats import to_text
from assistant.kinds import registry

QUESTIONS = Path(__file__).parent.parent / "questions"
EDITION = Path(__file__).parent / "fixtures" / "coded_year_grades_edition.html"


def _parse(path: Path):
    return registry.parse(to_text(path.read_bytes(), path.name).text, path.name)


def test_items_over_two_pages_are_practice_records_under_their_groups() -> None:
    doc = _parse(next((QUESTIONS / "made172" / "docs").glob("一般廃棄物*.pdf")))
    practice = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert doc.kind == "plan_report" and len(practice) == 21
    assert practice["3-(4)"]["r5"] == "△" and practice["3-(4)"]["r6"] == "◎"  # (the first row of page 2)
    assert practice["4-(2)"]["r5"] == "-" and practice["4-(2)"]["started"] == "R6"  # (「－」: not assessed)
    assert practice["2-(4)"]["departments"] == ["建設課"] and "予算" in practice["2-(4)"]["remarks"]
    assert practice["1-(1)"]["called"] == "施策" and practice["1-(1)"]["initiative"] == "1"
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["4"]["title"] == "町民・事業者との協働" and (groups["4"]["r5"], groups["4"]["r6"]) == ("C", "B")
    assert groups["2"]["called"] == "基本方針" and groups["2"]["n_practice"] == 6


def test_an_edition_of_another_city() -> None:
    doc = _parse(EDITION)
    practice = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert set(practice) == {"1-1", "1-2", "2-1", "2-2"}
    assert (practice["2-1"]["r7"], practice["2-1"]["r8"]) == ("A", "C")
    assert practice["2-2"]["initiative_title"] == "公共施設の最適化"
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["1"]["called"] == "重点分野" and groups["1"]["r8"] == "A"


def test_bare_year_heads_stay_table_rows() -> None:
    doc = _parse(next((QUESTIONS / "made121" / "docs").glob("具体的施策*.pdf")))
    assert not any(r.kind == "practice" for r in doc.records)
