"""Joint projects of five made-up towns in a table marking each town's part with ○ in a column of its own
(no departments, no 部会), 開始年度 in 和暦 across 平成 and 令和, 事業費 in 千円: read by the layout's shape."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TOWNS = ["青葉市", "紅葉町", "若草村", "白浜町", "黒岩市"]
ROWS = [  # 番号, 分野, 事業名, 開始年度, 事業費, marks per town
    (1, "観光", "広域観光マップの作成", "平成29年度", "3,200", "○○○○○"),
    (2, "観光", "合同物産展の開催", "令和3年度", "5,400", "○ ○ ○"),
    (3, "防災", "防災無線の共同整備", "平成31年度", "28,000", "○○ ○○"),
    (4, "防災", "避難所の相互利用", "令和元年度", "700", "○○○○○"),
    (5, "福祉", "移動図書館の共同運行", "令和6年度", "1,900", "○   ○"),
]


def text() -> str:
    lines = ["五市町 広域連携事業一覧（令和7年度）", "○：参加している事業　事業費の単位：千円",
             "\t".join(["番号", "分野", "事業名", "開始年度", "事業費（千円）", *TOWNS])]
    for no, area, name, start, cost, marks in ROWS:
        lines.append("\t".join([str(no), area, name, start, cost, *[m.strip() for m in marks]]))
    return "\n".join(lines) + "\n"


def test_read_by_the_shape_of_the_table():
    doc = text()
    assert registry.detect(doc) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(doc, "kouiki.txt").records}
    assert records["2"]["members"] == {"青葉市": "○", "紅葉町": "", "若草村": "○", "白浜町": "", "黒岩市": "○"}
    assert records["5"]["n_members"] == 2 and records["1"]["n_members"] == 5
    assert [records[c]["start_year"] for c in "1234"] == ["H29", "R3", "H31", "R1"]
    assert records["3"]["total_cost"] == 28000 and records["3"]["cost_unit"] == "千円"
    assert records["4"]["area"] == "防災"


def test_a_mark_column_needs_marks_only():
    """A column headed like a town but holding text is no member's column: two are needed."""
    doc = text().replace("\t○\t", "\t済\t")
    assert joint_projects.marks.find_layout(doc.splitlines()) is None or \
        len(joint_projects.marks.find_layout(doc.splitlines()).members) >= 2


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("marks")
    (folder / "kouiki.txt").write_text(text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("連携事業で若草村が参加している事業は？", ["1", "2", "4"]),
    ("連携事業で紅葉町が参加していない事業は？", ["2", "5"]),
    ("連携事業で若草村と白浜町の両方が参加している事業は？", ["1", "4"]),
    ("5市町村すべてが参加している連携事業は？", ["1", "4"]),
    ("連携事業で2019年度以前から続いている事業は？", ["1", "3", "4"]),
    ("連携事業で令和3年度以降に始まった事業は？", ["2", "5"]),
])
def test_asked(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted((str(r["code"]) for r in answer.rows), key=int) == expected


def test_fewest_members_and_largest_cost(assistant):
    assistant.reset()
    fewest = assistant.ask("連携事業で参加している市町村がいちばん少ない事業は？")
    assert fewest.status == "exact" and [str(r["code"]) for r in fewest.rows][:1] == ["5"]
    assistant.reset()
    largest = assistant.ask("連携事業で事業費がいちばん大きい事業は？")
    assert largest.status == "exact" and [str(r["code"]) for r in largest.rows][:1] == ["3"]
    assistant.reset()
    total = assistant.ask("連携事業の事業費の合計は何千円？")
    assert total.value == 39200
