"""XLSX: rows as tab-separated cells, 「シート名!B7」 as provenance, kinds detected in workbooks."""
from __future__ import annotations

import datetime as dt
import io

from assistant.formats import to_text
from assistant.store.places import place_of
from tests.formats.helpers import JOINT_QUESTION, ingest, joint_xlsx, xlsx_bytes


def test_rows_cells_and_places():
    data = xlsx_bytes({
        "集計": [["項目", "件数", "割合"], ["達成", 12, 0.25], [], ["未達成", 21, None, "要見直し"]],
        "日程": [["開始", dt.datetime(2023, 4, 1)], ["備考", "一行目\n二行目\tタブ"]],
    }, first_column=2, first_row=3)
    ft = to_text(data, "評価.xlsx")
    assert ft.format == "xlsx"
    assert ft.text.split("\n") == [
        "項目\t件数\t割合", "達成\t12\t0.25", "", "未達成\t21\t\t要見直し",
        "",
        "開始\t2023-04-01", "備考\t一行目 二行目 タブ",
    ]
    assert ft.place(1) == "集計!B3"
    assert ft.place(4) == "集計!B6"
    assert ft.place(6) == "日程!B3"
    assert ft.place(7) == "日程!B4"


def test_percentages_read_as_shown():
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["C:進捗に課題あり", 7, 0.082, 0.5])
    sheet["C1"].number_format = "0.0%"
    sheet["D1"].number_format = "0%"
    out = io.BytesIO()
    workbook.save(out)
    assert to_text(out.getvalue(), "a.xlsx").text == "C:進捗に課題あり\t7\t8.2%\t50%"


def test_numbers_read_with_the_decimals_their_format_shows():
    """A score typed as 4 in a column formatted 0.0 shows 4.0 (a reader of the figure sees 4.0, and a
    loader telling a score from a count by its decimal point must too); 7110000 under #,##0 is
    7,110,000. The General format shows the number as it is."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["委員評価", 4, 3.75, 7110000, 2.5, 12])
    for cell, fmt in (("B1", "0.0"), ("C1", "0.0"), ("D1", "#,##0"), ("E1", "0.00")):
        sheet[cell].number_format = fmt
    out = io.BytesIO()
    workbook.save(out)
    assert to_text(out.getvalue(), "a.xlsx").text == "委員評価\t4.0\t3.8\t7,110,000\t2.50\t12"


def test_a_row_starting_to_the_right_names_its_first_filled_cell():
    ft = to_text(xlsx_bytes({"Sheet1": [["見出し"], [None, None, "右の値"]]}), "a.xlsx")
    assert ft.text == "見出し\n\t\t右の値"
    assert ft.place(2) == "Sheet1!C2"


def test_detected_by_content_not_by_name():
    assert to_text(joint_xlsx(), "連携事業.txt").format == "xlsx"


def test_joint_projects_workbook_is_structured_and_answers(tmp_path):
    summary, reader, assistant = ingest(tmp_path, {"連携事業.xlsx": joint_xlsx()})
    assert not summary.skipped, summary.skipped
    assert summary.documents[0]["kind"] == "joint_projects"
    assert summary.records == {"joint_project": 26}
    answer = assistant.ask(JOINT_QUESTION)
    assert answer.status == "exact", answer.summary
    assert [r["code"] for r in answer.rows] == ["8"]
    row = reader.execute("SELECT line FROM joint_project WHERE code = '8'").fetchone()
    assert place_of(reader.conn, "連携事業.xlsx", row[0]) == "連携事業!B10"


def test_reingest_is_idempotent_by_content_hash(tmp_path):
    first, reader, _ = ingest(tmp_path, {"連携事業.xlsx": joint_xlsx()})
    places = reader.execute("SELECT count(*) FROM places").fetchone()[0]
    assert first.added == ["連携事業.xlsx"] and places > 0
    again, reader2, _ = ingest(tmp_path, {"連携事業.xlsx": joint_xlsx()})
    # openpyxl writes a new timestamp into every file it saves: same table, other bytes → re-parsed once
    assert again.records == first.records
    third, reader3, _ = ingest(tmp_path, {})
    assert third.unchanged == ["連携事業.xlsx"] and not third.added
    assert reader3.execute("SELECT count(*) FROM places").fetchone()[0] == places


def test_places_follow_their_document(tmp_path):
    """Replacing a workbook replaces its places; removing it removes them (the documents trigger)."""
    small = xlsx_bytes({"表": [["項目", "値"], ["a", 1]]})
    _, reader, _ = ingest(tmp_path, {"表.xlsx": small, "連携事業.xlsx": joint_xlsx()})
    count = "SELECT count(*) FROM places WHERE source = ?"
    assert reader.execute(count, ("表.xlsx",)).fetchone()[0] == 2
    _, reader, _ = ingest(tmp_path, {"表.xlsx": xlsx_bytes({"別": [["項目"], ["b"], ["c"]]})})
    assert [r[0] for r in reader.execute("SELECT place FROM places WHERE source = '表.xlsx' ORDER BY first_line")] \
        == ["別!A1", "別!A2", "別!A3"]
    (tmp_path / "資料" / "表.xlsx").unlink()
    _, reader, _ = ingest(tmp_path, {})
    assert reader.execute(count, ("表.xlsx",)).fetchone()[0] == 0
    assert reader.execute(count, ("連携事業.xlsx",)).fetchone()[0] > 0


def test_a_cell_merged_down_is_read_in_each_row_it_covers():
    """| 財政課 | merged over two rows is that department's for both rows; a cell merged across
    columns (a group's heading) stays once, in its first column."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in (["No.", "取組項目", "所管部署"], [1, "使用料の見直し", "財政課"], [2, "補助金の整理", None],
                ["基本方針2", None, None], [3, "公用車の削減", "管財課"]):
        sheet.append(row)
    sheet.merge_cells("C2:C3")
    sheet.merge_cells("A4:C4")
    out = io.BytesIO()
    workbook.save(out)
    assert to_text(out.getvalue(), "a.xlsx").text.split("\n") == [
        "No.\t取組項目\t所管部署", "1\t使用料の見直し\t財政課", "2\t補助金の整理\t財政課", "基本方針2",
        "3\t公用車の削減\t管財課"]
