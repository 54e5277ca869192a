"""The joint projects of THREE municipalities as a Word table whose headings differ from the
shipped edition: 事業名 (not 事業項目), 部会（幹事市村） (not 部会名称), a 進捗状況 column of states
beside a 実績・予定 column of text, and 担当課 merged over one column per municipality (Word repeats
a heading merged down over both header rows). A blank last cell (no department in that town) is
dropped by the converter. The towns, their projects and the year are made up."""
from __future__ import annotations

import io

from docx import Document

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects

TOWNS = ["北山市", "南川町", "西野村"]
PROJECTS = [
    # no, name, what, state, results, 部会（幹事）, departments by town
    ("1", "図書の相互貸出", "貸出カードを共通にする。", "既に実施", "R3.4 開始", "教育部会（南川町）", ["図書館", "生涯学習課", "教育課"]),
    ("2", "消防指令の共同運用", "指令センターを一つにする。", "今年度(R4)に実施予定", "R4.10 運用開始予定", "消防部会（北山市）",
     ["警防課", "総務課", ""]),
    ("3", "路線バスの再編", "町境の路線を見直す。", "検討中", "協議中", "交通部会（西野村）", ["交通政策課", "", "住民課"]),
]


def page() -> bytes:
    document = Document()
    document.add_paragraph(f"{'・'.join(TOWNS)} 連携事業の進捗状況（令和4年度）")
    head = ["番号", "事業名", "事業内容", "進捗状況", "実績・予定", "部会（幹事市村）", "担当課", "", ""]
    table = document.add_table(rows=2, cols=9)
    for c, text in enumerate(head[:6] + TOWNS):
        table.cell(1, c).text = text
    table.cell(0, 6).merge(table.cell(0, 8)).text = "担当課"
    for c in range(6):
        table.cell(0, c).merge(table.cell(1, c)).text = head[c]
    for no, name, what, state, results, group, departments in PROJECTS:
        cells = table.add_row().cells
        for c, text in enumerate([no, name, what, state, results, group, *departments]):
            cells[c].text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _parsed():
    text = to_text(page(), "三市町村_連携事業.docx").text
    return text, joint_projects.parse(text, "三市町村_連携事業.docx")


def test_detected_as_joint_projects():
    text, _ = _parsed()
    assert registry.detect(text) is joint_projects


def test_three_towns_states_results_and_chairs():
    _, doc = _parsed()
    records = {r.code: r.fields for r in doc.records}
    assert doc.title.startswith("北山市・南川町・西野村 連携事業の進捗状況")
    assert records["1"]["title"] == "図書の相互貸出"
    assert (records["1"]["status"], records["1"]["done"], records["1"]["planned"]) == ("既に実施", "既に実施", "")
    assert (records["2"]["done"], records["2"]["planned"]) == ("", "今年度(R4)に実施予定")
    assert records["3"]["status"] == "検討中" and not records["3"]["done"] and not records["3"]["planned"]
    assert records["2"]["results"] == "R4.10 運用開始予定"  # the text beside the state, not a state
    assert (records["1"]["subcommittee"], records["1"]["chair_city"]) == ("教育部会", "南川町")
    assert records["2"]["departments"] == {"北山市": "警防課", "南川町": "総務課", "西野村": ""}
    assert records["3"]["departments"] == {"北山市": "交通政策課", "南川町": "", "西野村": "住民課"}
