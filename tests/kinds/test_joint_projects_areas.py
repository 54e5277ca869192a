"""Joint projects of three towns as a web page whose table groups its projects by 分野 in a first column
(a rowspan header cell), prints the state in a column headed just 状況 (実施済/実施中/検討中), the leading
town (幹事市町), the first year in 西暦 (開始年度) and 担当課 spanning a column per town, 「—」 where a town
takes no part. The towns and projects are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TOWNS = ["北岬町", "南浦市", "西峰村"]
AREAS = [
    ("環境", [(1, "ごみ収集の広域化", "実施済", "南浦市", "2020年度", ["環境課", "生活環境課", "住民課"]),
              (2, "不法投棄の合同パトロール", "検討中", "北岬町", "2026年度", ["環境課", "—", "住民課"]),
              (6, "環境教育の出前講座", "実施済", "西峰村", "2021年度", ["環境課", "生活環境課", "住民課"])]),
    ("教育", [(3, "図書館カードの共通化", "実施中", "西峰村", "2024年度", ["生涯学習課", "図書館", "教育課"]),
              (4, "部活動の地域移行", "実施中", "北岬町", "2024年度", ["学校教育課", "教育総務課", "—"]),
              (5, "教職員の合同研修", "実施済", "南浦市", "2019年度", ["学校教育課", "教育総務課", "教育課"])]),
]


def page() -> bytes:
    rows = []
    for area, projects in AREAS:
        for i, (no, name, state, chair, start, kas) in enumerate(projects):
            head = f'<th rowspan="{len(projects)}">{area}</th>' if i == 0 else ""
            rows.append("<tr>" + head + "".join(f"<td>{c}</td>" for c in [no, name, state, chair, start, *kas]) + "</tr>")
    towns = "".join(f"<th>{t}</th>" for t in TOWNS)
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>広域連携</title></head><body>
<h1>{'・'.join(TOWNS)} 広域連携事業 一覧</h1>
<p>担当課欄の「—」は、その市町村が当該事業に参加していないことを示す。開始年度は西暦で表示。</p>
<table border="1"><thead>
<tr><th rowspan="2">分野</th><th rowspan="2">番号</th><th rowspan="2">事業名</th><th rowspan="2">状況</th>
<th rowspan="2">幹事市町村</th><th rowspan="2">開始年度</th><th colspan="3">担当課</th></tr>
<tr>{towns}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p>事業数 計6件</p>
</body></html>"""
    return html.encode("utf-8")


def test_read_with_areas_states_and_start_years():
    text = to_text(page(), "kouiki.html").text
    assert registry.detect(text) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(text, "kouiki.html").records}
    assert sorted(records, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert [records[c]["area"] for c in "123456"] == ["環境", "環境", "教育", "教育", "教育", "環境"]
    assert [records[c]["start_year"] for c in "12345"] == ["R2", "R8", "R6", "R6", "R1"]
    assert records["2"]["status"] == "検討中" and records["2"]["chair_city"] == "北岬町"
    assert records["1"]["description"] == ""  # no 事業内容 column: the name is not read twice
    assert records["4"]["departments"] == {"北岬町": "学校教育課", "南浦市": "教育総務課", "西峰村": ""}


def test_a_group_cell_printed_once_holds_for_the_rows_under_it():
    """A flattened table where the merged 分野 cell is left blank under its first row."""
    text = "\n".join([
        "分野\t番号\t事業名\t状況\t幹事市町村\t開始年度\t担当課",
        f"分野\t番号\t事業名\t状況\t幹事市町村\t開始年度\t{chr(9).join(TOWNS)}",
        "環境\t1\tごみ収集の広域化\t実施済\t南浦市\t令和2年度\t環境課\t生活環境課\t住民課",
        "\t2\t不法投棄の合同パトロール\t検討中\t北岬町\t令和8年度\t環境課\t—\t住民課",
    ])
    assert registry.detect(text) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(text, "kouiki.txt").records}
    assert records["2"]["area"] == "環境" and records["2"]["start_year"] == "R8"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("areas")
    (folder / "kouiki.html").write_bytes(page())
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    # (環境教育の出前講座 is of 環境: 教育分野 is the whole value, not a word of its name)
    ("北岬町・南浦市・西峰村の連携事業で教育分野の事業は？", ["3", "4", "5"]),
    ("3市町村の連携事業で環境分野で実施済の事業は？", ["1", "6"]),
    ("3市町村の広域連携事業で検討中のものは？", ["2"]),
    ("北岬町・南浦市・西峰村の連携事業で2024年度に始まった事業は？", ["3", "4"]),
    ("三市町村の連携事業で令和2年度以前に始まったものは？", ["1", "5"]),
    ("北岬町・南浦市・西峰村の連携事業で2025年度以降に開始した事業は？", ["2"]),
    ("3市町村すべてが参加している連携事業は？", ["1", "3", "5", "6"]),
    ("広域連携事業で西峰村が参加していない事業は？", ["4"]),
])
def test_asked(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted((str(r["code"]) for r in answer.rows), key=int) == expected


def test_a_municipality_department_of_one_project(assistant):
    assistant.reset()
    answer = assistant.ask("広域連携事業の3番で南浦市の担当課はどこ？")
    assert answer.status == "exact" and answer.value == "図書館"


def test_a_count_of_towns_no_table_has_is_no_answer(assistant):
    """「5市町の連携事業」 where the only table is of three towns: none, never the three towns' projects."""
    assistant.reset()
    answer = assistant.ask("5市町の広域連携事業は？")
    assert answer.status == "no_match" and not answer.rows
