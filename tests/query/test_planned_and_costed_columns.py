"""A facility list whose measure column prints the measure alone (措置 │ 集約) asked as planned (「集約予定の施設」),
and a space-aligned yearly cost table (単位：千円) whose columns name kinds of work (修繕 │ 更新 │ 解体 │ 計) asked as
their cost (「解体費が計上されている年度」) and named by its caption's grouping word (「年度別の維持管理費推移で」)."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2000 else 1 for ch in text)


def _cell(value: str, width: int = 10) -> str:
    return " " * (width - _width(value)) + value


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("kaedetani")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "施設一覧"
    ws.append(["楓谷村 公共施設の措置一覧"])
    ws.append([])
    ws.append(["施設コード", "施設名", "担当課", "措置", "実施年度", "概算費用（千円）"])
    for row in [("K-1", "楓谷小学校 校舎", "学校教育課", "改修", "R9", 220000),
                ("K-2", "上郷分校", "学校教育課", "集約", "R8", 9000),
                ("K-3", "村民会館", "住民課", "更新", "R11", 480000),
                ("K-4", "旧診療所", "保健課", "廃止", "R8", 3000),
                ("K-5", "下郷集会所", "住民課", "集約", "R10", 5000),
                ("K-6", "村営第1住宅", "建設課", "廃止", "R12", 12000)]:
        ws.append(list(row))
    wb.save(folder / "楓谷村_公共施設措置一覧.xlsx")
    lines = ["楓谷村 施設保全計画の概要", "", "３　年度別維持管理費の推移", " " * 35 + "（単位：千円）",
             "  年度              修繕      更新      解体        計", "  " + "-" * 48]
    for year, *cells in [("２０２５年度", "12.0", "－", "3.0"), ("２０２６年度", "－", "480.0", "－"),
                         ("２０２７年度", "220.5", "－", "4.5"), ("２０２８年度", "30.0", "－", "－"),
                         ("２０２９年度", "－", "610.0", "－")]:
        total = sum(float(c) for c in cells if c != "－")
        lines.append("  " + year + "  " + "".join(_cell(c) for c in cells) + _cell(f"{total:.1f}"))
    lines += ["  " + "-" * 48, "  ※費用は実施年度に計上。「－」は計上なし。", ""]
    (folder / "楓谷村施設保全計画の概要.txt").write_text("\n".join(lines), encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


def test_a_measure_said_as_planned_is_the_measure(village) -> None:
    a = ask(village, "集約予定の施設は？")
    assert a.status == "exact" and _keys(a) == ["table_row:K-2", "table_row:K-5"]
    b = ask(village, "廃止予定のものは何件？")
    assert b.status == "exact" and b.count == 2


def test_a_kind_of_work_in_yen_is_said_as_its_cost(village) -> None:
    a = ask(village, "解体費が計上されている年度は？")
    assert a.status == "exact" and _keys(a) == ["table_row:2025年度", "table_row:2027年度"]
    b = ask(village, "更新費が入っている年度は？")
    assert b.status == "exact" and _keys(b) == ["table_row:2026年度", "table_row:2029年度"]


def test_the_captions_grouping_word_names_the_table(village) -> None:
    a = ask(village, "年度別の維持管理費推移で、計が500千円を超える年度は？")
    assert a.status == "exact" and _keys(a) == ["table_row:2029年度"]
    assert not any(u.get("op") == "group" for u in a.understood)
