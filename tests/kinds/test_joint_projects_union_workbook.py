"""Joint projects of a made-up 広域連合 as a workbook with one sheet per 分野: a title naming the sheet's 分野, the
members listed above the table followed by another note on the same line, a merged 「予算額（千円）」 over bare
year columns (令和7年度 │ 令和8年度, 「―」 where nothing was budgeted), 参加団体 listed in one cell or said as
「全構成団体」, and a column naming the member that leads each project (主担当団体), distinct from the members."""
from __future__ import annotations

import pytest

openpyxl = pytest.importorskip("openpyxl")

from assistant.formats import to_text  # noqa: E402
from assistant.kinds import registry  # noqa: E402
from assistant.kinds.joint_projects import loader as joint_projects  # noqa: E402
from tests.conversation_helpers import ask, assistant_over  # noqa: E402

SHEETS = {  # 分野 → rows: 番号, 事業名, 事業概要, 参加団体, 主担当団体, 令和7年度, 令和8年度
    "観光": [(1, "広域観光ルートの造成", "周遊ルートを設けて案内する", "全構成団体", "東野市", 4000, 4200),
             (2, "道の駅の共同運営", "物産の販売を共同で行う", "南川村・北山町", "南川村", "―", 2500)],
    "上下水道": [(3, "浄水場の共同管理", "浄水場を一つにまとめて管理する", "全構成団体", "北山町", 30000, 28000),
               (4, "水道料金の共同徴収", "徴収業務を共同で委託する", "東野市、北山町", "東野市", 1200, 1500)],
}


def workbook(path) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for area, rows in SHEETS.items():
        sheet = book.create_sheet(area)
        sheet.append([f"北山圏域広域連合 共同処理事業一覧（{area}分野）"])
        sheet.append(["構成団体：北山町、南川村、東野市\u3000\u3000（単位：千円）"])
        sheet.append([None] * 5 + ["予算額（千円）"])
        sheet.merge_cells("F3:G3")
        sheet.append(["番号", "事業名", "事業概要", "参加団体", "主担当団体", "令和7年度", "令和8年度"])
        for row in rows:
            sheet.append(list(row))
    book.save(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("union_workbook")
    workbook(folder / "kouiki.xlsx")
    # (another document beside it, as an index always holds: 「広域連合」 then names the list among them)
    (folder / "memo.txt").write_text("行政改革 事務連絡\n\n窓口の受付時間を見直しました。\n", encoding="utf-8")
    return folder


def test_read_from_every_sheet(folder):
    data = (folder / "kouiki.xlsx").read_bytes()
    text = to_text(data, "kouiki.xlsx").text
    assert registry.detect(text) is joint_projects
    doc = joint_projects.parse(text, "kouiki.xlsx")
    # (the title the list prints, without the one sheet's 分野: the name users say for the body)
    assert doc.title == "北山圏域広域連合 共同処理事業一覧"
    records = {r.code: r.fields for r in doc.records}
    assert set(records) == {"1", "2", "3", "4"}
    # 「全構成団体」: every member the list above names, whatever follows it on the line.
    assert records["1"]["members"] == {"北山町": "○", "南川村": "○", "東野市": "○"}
    assert "資料に記載の構成市町村" in records["1"]["notes"][0]
    assert records["2"]["members"] == {"北山町": "○", "南川村": "○", "東野市": ""}
    assert records["3"]["chair_city"] == "北山町" and records["1"]["chair_city"] == "東野市"
    assert records["1"]["area"] == "観光" and records["4"]["area"] == "上下水道"
    assert records["3"]["description"] == "浄水場を一つにまとめて管理する"
    assert records["3"]["costs_by_year"] == {"R7": {"total_cost": 30000}, "R8": {"total_cost": 28000}}
    assert records["2"]["costs_by_year"]["R7"] == {"total_cost": None} and records["2"]["cost_unit"] == "千円"


@pytest.fixture(scope="module")
def assistant(folder):
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted((str(r["code"]) for r in answer.rows), key=int)


@pytest.mark.parametrize("turns, expected", [
    (("広域連合の共同事業で全構成団体が参加しているのは？",), ["1", "3"]),
    # (the lead, not the members: 東野市 takes part in 1 and 4 and leads both; 北山町 takes part in 1, 2, 3, 4)
    (("北山圏域広域連合の事業で主担当が北山町のものは？",), ["3"]),
    (("東野市が主担当団体の事業は？",), ["1", "4"]),
    (("北山圏域広域連合の上下水道分野の事業は？", "そのうち主担当が東野市のものは？"), ["4"]),
    (("広域連合の事業で令和7年度より令和8年度の予算額が少ないものは？",), ["3"]),
    # (the base said second, with より: the same comparison)
    (("広域連合の事業で令和8年度の予算額が令和7年度より多いものは？",), ["1", "4"]),
])
def test_asked(assistant, turns, expected):
    answer = ask(assistant, *turns)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == expected, answer.summary


def test_sums_by_area_and_of_the_rows_shown(assistant):
    area = ask(assistant, "北山圏域広域連合の観光分野の令和8年度の予算額の合計は？")
    assert area.status == "exact" and area.value == 6700, area.summary
    # (「―」 is no figure: said in the notes, not counted as another year's amount)
    total = ask(assistant, "広域連合の事業で主担当が南川村の事業は？", "それらの令和7年度の予算額の合計は？")
    assert total.value == 0 or total.status != "exact", total.summary
    led = ask(assistant, "広域連合の事業で主担当が東野市の事業は？", "それらの令和7年度の予算額の合計は？")
    assert led.status == "exact" and led.value == 5200, led.summary
    most = ask(assistant, "広域連合の共同事業で令和8年度の予算額がいちばん多いのは？")
    assert most.status == "exact" and _codes(most) == ["3"], most.summary


def test_years_in_a_second_header_row_under_the_cost_heading(tmp_path):
    # (another layout: 事業費 merged across, the years in the row under the header, 番号・事業名 merged down)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["南浜地区衛生組合 共同事業一覧"])
    sheet.append(["構成団体：南浜町、西岬村"])
    sheet.append(["番号", "事業名", "参加団体", "幹事団体", "事業費（千円）", None])
    sheet.append([None, None, None, None, "2026年度", "2027年度"])
    sheet.merge_cells("E3:F3")
    sheet.append([1, "し尿の共同処理", "全構成団体", "西岬村", 5000, 5200])
    sheet.append([2, "ごみ袋の共同調達", "南浜町・西岬村", "南浜町", "―", 800])
    book.save(tmp_path / "eisei.xlsx")
    text = to_text((tmp_path / "eisei.xlsx").read_bytes(), "eisei.xlsx").text
    records = {r.code: r.fields for r in joint_projects.parse(text, "eisei.xlsx").records}
    assert records["1"]["costs_by_year"] == {"R8": {"total_cost": 5000}, "R9": {"total_cost": 5200}}
    assert "total_cost" not in records["1"] and records["2"]["costs_by_year"]["R8"] == {"total_cost": None}
    assert records["1"]["chair_city"] == "西岬村" and records["1"]["members"] == {"南浜町": "○", "西岬村": "○"}


def test_a_year_with_no_amount_and_every_year_added_up(assistant):
    unbudgeted = ask(assistant, "広域連合で令和7年度に予算がついていない事業は？")
    assert unbudgeted.status == "exact" and _codes(unbudgeted) == ["2"], (unbudgeted.summary, unbudgeted.unused)
    also = ask(assistant, "広域連合の共同事業で令和7年度の予算額が計上されていないものは？")
    assert _codes(also) == ["2"], also.summary
    # (no year said: every year the list prints, 「―」 left out and said)
    area = ask(assistant, "北山圏域広域連合の観光分野の予算額の合計は？")
    assert area.status == "exact" and area.value == 4000 + 4200 + 2500, area.summary


def test_the_members_of_one_project_asked(assistant):
    answer = ask(assistant, "道の駅の共同運営に参加している団体は？")
    assert answer.status == "exact" and "南川村" in str(answer.value) and "東野市" not in str(answer.value), answer.summary


def test_a_secretariat_column_is_the_lead(tmp_path):
    # (a 協議会's list marks members with ○ in their own columns and names the lead its 事務局)
    text = "\n".join(["東湾地域連携協議会 共同事業一覧",
                      "\t".join(["番号", "事業名", "東湾市", "西浦町", "事務局"]),
                      "\t".join(["1", "図書館の相互利用", "○", "○", "西浦町"]),
                      "\t".join(["2", "職員合同研修", "○", "", "東湾市"])]) + "\n"
    records = {r.code: r.fields for r in joint_projects.parse(text, "kyogikai.txt").records}
    assert records["1"]["chair_city"] == "西浦町" and records["2"]["members"] == {"東湾市": "○", "西浦町": ""}
    (tmp_path / "kyogikai.txt").write_text(text, encoding="utf-8")
    (tmp_path / "memo.txt").write_text("事務連絡\n\n清掃日程のお知らせ。\n", encoding="utf-8")
    answer = ask(assistant_over(tmp_path), "東湾地域連携協議会の共同事業で事務局が西浦町のものは？")
    assert answer.status == "exact" and _codes(answer) == ["1"], answer.summary


def test_years_answered_as_they_are_asked(assistant):
    # (the list prints 令和; a question in 西暦 is answered in 西暦)
    answer = ask(assistant, "広域連合の共同事業で2026年度の予算額がいちばん多いのは？")
    assert answer.status == "exact" and _codes(answer) == ["3"] and "2026年度" in answer.summary, answer.summary
