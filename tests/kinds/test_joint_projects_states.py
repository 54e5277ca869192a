"""A joint-project table whose 進捗状況 is one column of states (既に実施 / 今年度(R6)に実施予定 /
検討中) under a two-row header (the web page repeats 進捗状況 in its second row, which names the
municipalities under 担当課), instead of two columns of text under 既に実施 and 今年度に実施予定.

The page is written here as HTML and read by the formats layer; the pair of towns, the year and the
projects are made up."""
from __future__ import annotations

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects

ROWS = [
    ("1", "公用車の共同購入", "公用車を共同で入札する", "既に実施", "財務部会(東山町)", "管財課", "契約課"),
    ("2", "図書の相互貸出", "図書館の本を相互に貸し出す", "今年度(R6)に実施予定", "教育部会(西川町)", "", "図書館"),
    ("3", "斎場の共同設置", "斎場を共同で整備する検討を行う", "検討中", "生活部会(東山町)", "住民課", "環境課"),
]


def page() -> bytes:
    head = ("<tr><th rowspan=2>番号</th><th rowspan=2>事業項目</th><th rowspan=2>事業内容</th>"
            "<th rowspan=2>進捗状況</th><th rowspan=2>部会名称(部会長の町)</th><th colspan=2>担当課</th></tr>"
            "<tr><th>東山町</th><th>西川町</th></tr>")
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    return (f"<html><body><h1>東山町・西川町 連携事業の進捗状況(令和6年度)</h1><table>{head}{body}</table>"
            "<p>※進捗状況の「検討中」は実施時期が決まっていないもの。</p></body></html>").encode("utf-8")


def test_a_column_of_states_gives_done_planned_and_the_state():
    text = to_text(page(), "higashiyama_nishikawa.html").text
    assert registry.detect(text) is joint_projects
    doc = registry.parse(text, "higashiyama_nishikawa.html")
    fields = {r.code: r.fields for r in doc.records}
    assert [(f["done"], f["planned"], f["status"]) for f in fields.values()] == [
        ("既に実施", "", "既に実施"), ("", "今年度(R6)に実施予定", "今年度(R6)に実施予定"), ("", "", "検討中")]
    # The state column is not taken for a 部会 or a department.
    assert [(f["subcommittee"], f["chair_city"]) for f in fields.values()] == [
        ("財務部会", "東山町"), ("教育部会", "西川町"), ("生活部会", "東山町")]
    assert fields["2"]["departments"] == {"東山町": "", "西川町": "図書館"}


def test_a_note_saying_what_a_state_means_is_the_text_of_the_records_in_that_state():
    doc = registry.parse(to_text(page(), "higashiyama_nishikawa.html").text, "higashiyama_nishikawa.html")
    explained = [(p.key, p.text) for p in doc.passages if p.field == "status" and ":" in p.text]
    assert explained == [("joint_project:3", "検討中: 実施時期が決まっていないもの")]
