"""Joint projects of three towns as a web page whose table has no 部会: each project's leading town in a
column of its own (幹事町村), its state in 実施状況, 担当課 spanning a column per town in a two-row header,
and 「―」 where a town takes no part; the page's title names the year, and a paragraph after the table
explains the states. The towns and projects are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TOWNS = ["東山町", "西川町", "南野村"]
PROJECTS = [(1, "消防の共同運用", "実施中", "東山町", ["総務課", "防災課", "総務課"]),
            (2, "ごみ処理の広域化", "実施中", "西川町", ["環境課", "生活環境課", "住民課"]),
            (3, "図書館の相互利用", "検討中", "東山町", ["生涯学習課", "教育課", None]),
            (4, "観光ルートの造成", "令和8年度開始予定", "南野村", ["商工課", None, "産業課"])]


def page() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in [no, name, f"{name}を進める", state, chair,
                                                                *(k or "―" for k in kas)]) + "</tr>"
                   for no, name, state, chair, kas in PROJECTS)
    towns = "".join(f"<th>{t}</th>" for t in TOWNS)
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>広域連携</title></head><body>
<h1>{'・'.join(TOWNS)} 広域連携事業の実施状況（令和7年度）</h1>
<p>「―」はその町村が当該事業に参加していないことを示します。</p>
<table border="1"><thead>
<tr><th>番号</th><th>事業名</th><th>事業の概要</th><th>実施状況</th><th>幹事町村</th><th colspan="3">担当課</th></tr>
<tr><th></th><th></th><th></th><th></th><th></th>{towns}</tr></thead>
<tbody>{rows}</tbody></table>
<p>実施状況：「実施中」は令和7年度に実施しているもの、「検討中」は協議会で検討しているもの。</p>
</body></html>"""
    return html.encode("utf-8")


def test_read_as_joint_projects_with_chairs_and_absent_towns():
    text = to_text(page(), "renkei.html").text
    assert registry.detect(text) is joint_projects
    doc = joint_projects.parse(text, "renkei.html")
    records = {r.code: r.fields for r in doc.records}
    assert doc.title == "東山町・西川町・南野村 広域連携事業の実施状況（令和7年度）"
    assert [records[c]["chair_city"] for c in "1234"] == ["東山町", "西川町", "東山町", "南野村"]
    assert records["3"]["departments"] == {"東山町": "生涯学習課", "西川町": "教育課", "南野村": ""}
    assert any("南野村は参加していない" in n for n in records["3"]["notes"])
    # the paragraph after the table is no part of the last row
    assert records["4"]["departments"]["南野村"] == "産業課" and records["4"]["status"] == "令和8年度開始予定"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chair")
    (folder / "renkei.html").write_bytes(page())
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("東山町・西川町・南野村の連携事業で西川町が幹事のものは？", ["2"]),
    ("東山町・西川町・南野村の連携事業のうち南野村が参加していない事業は？", ["3"]),
    ("東山町の連携事業で西川町が参加していないものは？", ["4"]),
    # the year the page is titled with says which table, no record prints it
    ("東山町・西川町・南野村の連携事業で令和7年度に実施中の事業は何件？", ["1", "2"]),
])
def test_asked(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected
