"""Joint projects whose members are listed in ONE cell joined by 「、」, the lead member marked ★ (a legend above
the table says so: 「★は幹事団体を示す」), the year each began in 和暦 (平成 and 令和元年度 among them) and one
column of one year's amounts (「令和6年度事業費（千円）」, thousands commas) — a made-up 協議会's list."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROWS = [  # No., 事業名, 分野, 参加団体, 開始年度, 令和6年度事業費（千円）
    (1, "救急業務の共同運用", "防災", "★北浜市、南台町、西谷村", "平成29年度", "25,000"),
    (2, "図書館の相互貸出", "教育", "★南台町、北浜市", "令和元年度", "800"),
    (3, "観光マップの共同作成", "観光", "★西谷村、南台町", "令和3年度", "450"),
    (4, "電子入札の共同化", "デジタル", "★北浜市、西谷村", "令和6年度", "3,200"),
]


def text() -> str:
    lines = ["みなと圏域協議会　連携事業一覧（令和6年度）",
             "構成団体：北浜市、南台町、西谷村。参加団体欄の★は幹事団体を示す。",
             "\t".join(["No.", "事業名", "分野", "参加団体", "開始年度", "令和6年度事業費（千円）"])]
    lines += ["\t".join(str(c) for c in row) for row in ROWS]
    return "\n".join(lines) + "\n"


def test_the_marked_name_is_a_member_and_the_lead():
    doc = text()
    assert registry.detect(doc) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(doc, "renkei.txt").records}
    assert records["1"]["members"] == {"北浜市": "★", "南台町": "○", "西谷村": "○"}
    assert records["2"]["members"]["西谷村"] == "" and records["2"]["n_members"] == 2
    assert records["3"]["chair_city"] == "西谷村" and records["1"]["chair_city"] == "北浜市"
    # (the one year's column is the table's amount)
    assert records["4"]["total_cost"] == 3200 and records["4"]["cost_unit"] == "千円"
    assert records["1"]["start_year"] == "H29" and records["2"]["start_year"] == "R1"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lead_marked")
    (folder / "renkei.txt").write_text(text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("turns, expected", [
    (["連携事業で西谷村が入ってるものは？"], ["1", "3", "4"]),
    (["連携事業で北浜市が幹事をしている事業は？"], ["1", "4"]),
    (["連携事業のうち西谷村が参加していない事業は？"], ["2"]),
    (["連携事業で事業費が100万円未満の事業は？"], ["2", "3"]),
    (["連携事業で事業費が1000万円以上の事業は？"], ["1"]),
    (["連携事業で北浜市が幹事のものは？", "そのうち平成のうちに始まったのは？"], ["1"]),
    (["令和になってから始まった連携事業は？"], ["2", "3", "4"]),
])
def test_asked(assistant, turns, expected):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted((str(r["code"]) for r in answer.rows), key=int) == expected


def test_the_lead_of_one_project_and_its_amount(assistant):
    assistant.reset()
    lead = assistant.ask("連携事業の観光マップの共同作成、幹事はどこ？")
    assert lead.value == "西谷村", lead.summary
    amount = assistant.ask("で、事業費は？")
    assert amount.value == 450, amount.summary
