"""A 協議会's joint projects marking each member's part with ○ and each fiscal year's state with a symbol its
legend defines (◆ 実施, ▲ 準備中, blank none), years in two header rows (令和 over 西暦), a 事務局 column:
the states by year, the legend and the 事務局 read from the document, and asked by year."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MEMBERS = ["北浦市", "南湖町", "西岳村"]
ROWS = [  # 番号, 事業名, members, states R3 R4 R5, 事務局
    (1, "し尿処理の共同化", "○○○", "◆◆◆", "北浦市"),
    (2, "公共施設予約の共同運用", "○○ ", "▲◆◆", "南湖町"),
    (3, "消防団の合同訓練", " ○○", "◆◆▲", "西岳村"),
    (4, "電算システムの共同調達", "○ ○", " ▲◆", "南湖町"),
]


def text() -> str:
    lines = ["三湖地域振興協議会 共同事業の状況（令和3年度～令和5年度）",
             "○は参加団体。年度欄：◆は実施、▲は準備中、空欄は実施なし。",
             "\t".join(["番号", "事業名", *MEMBERS, "令和3年度", "令和4年度", "令和5年度", "事務局"]),
             "\t".join(["", "", "", "", "", "2021年度", "2022年度", "2023年度", ""])]
    for no, name, marks, states, office in ROWS:
        lines.append("\t".join([str(no), name, *[m.strip() for m in marks], *[s.strip() for s in states], office]))
    return "\n".join(lines) + "\n"


def test_states_legend_and_office():
    doc = text()
    assert registry.detect(doc) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(doc, "sanko.txt").records}
    assert records["2"]["states_by_year"] == {"R3": "▲", "R4": "◆", "R5": "◆"}
    assert "status" not in records["2"]
    assert records["4"]["states_by_year"]["R3"] == ""
    assert records["1"]["state_legend"] == {"◆": "実施", "▲": "準備中"}  # (the members' ○ is not a state)
    assert records["4"]["chair_city"] == "南湖町"
    assert records["2"]["members"] == {"北浦市": "○", "南湖町": "○", "西岳村": ""}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sanko")
    (folder / "三湖地域_共同事業.txt").write_text(text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def codes(answer) -> list[str]:
    return sorted(r["code"] for r in answer.rows)


@pytest.mark.parametrize("question,expected", [
    ("共同事業で令和4年度に実施した事業は？", ["1", "2", "3"]),
    ("共同事業のうち2021年度は準備段階だったものは？", ["2"]),
    ("共同事業で令和3年度から令和5年度まで毎年実施している事業は？", ["1"]),
    ("共同事業で令和5年度に準備中に戻った事業は？", ["3"]),
    ("共同事業で令和4年度に実施していない事業は？", ["4"]),
    ("共同事業で2021年度は準備中で2022年度に実施した事業は？", ["2"]),
    ("共同事業で令和5年度に新たに実施した事業は？", ["4"]),
    ("共同事業で令和3年度から令和5年度まで実施している事業は？", ["1"]),
])

def test_asked_by_year(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert codes(answer) == expected, answer.summary


def test_a_year_the_table_does_not_print_is_said(assistant):
    answer = assistant.ask("共同事業で令和7年度に実施した事業は？")
    assert answer.status != "exact" and not answer.rows, answer.summary
    assert "令和7年度" in answer.summary


def test_office_and_members_asked(assistant):
    answer = assistant.ask("共同事業で事務局が南湖町のものは何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    assistant.ask("共同事業の4番は何という事業？")
    answer = assistant.ask("参加している団体は？")
    assert "北浦市" in answer.summary and "西岳村" in answer.summary and "南湖町" not in str(answer.value), answer.summary
    answer = assistant.ask("共同事業で3団体すべてが参加している事業は？")
    assert codes(answer) == ["1"], answer.summary
    answer = assistant.ask("共同事業で3つの団体すべてが参加している事業は？")
    assert codes(answer) == ["1"], answer.summary
    answer = assistant.ask("事務局を南湖町が務める共同事業は？")
    assert (answer.status, codes(answer)) == ("exact", ["2", "4"]), answer.summary


def test_legend_without_a_separator():
    doc = text().replace("年度欄：◆は実施、▲は準備中、空欄は実施なし。", "凡例　◆実施　▲準備中")
    records = {r.code: r.fields for r in joint_projects.parse(doc, "sanko.txt").records}
    assert records["1"]["state_legend"] == {"◆": "実施", "▲": "準備中"}


def test_years_only_in_a_second_header_row():
    """A merged 実施状況 heading over the years: the years are read from the row under it."""
    lines = text().splitlines()
    lines[2] = lines[2].replace("令和3年度\t令和4年度\t令和5年度", "実施状況\t\t")
    records = {r.code: r.fields for r in joint_projects.parse("\n".join(lines) + "\n", "sanko.txt").records}
    assert records["2"]["states_by_year"] == {"R3": "▲", "R4": "◆", "R5": "◆"}
    assert "status" not in records["2"]


def test_states_as_words():
    """A year's state printed as a word (実施・準備, 「－」 none) is read as one, asked by that word."""
    doc = text().replace("\t◆", "\t実施").replace("\t▲", "\t準備")
    records = {r.code: r.fields for r in joint_projects.parse(doc, "sanko.txt").records}
    assert records["2"]["states_by_year"] == {"R3": "準備", "R4": "実施", "R5": "実施"}
    assert records["2"]["state_legend"]["実施"] == "実施"


def test_one_projects_state_in_a_year(assistant):
    answer = assistant.ask("共同事業の2番の令和3年度の状況は？")
    assert (answer.status, answer.value) == ("exact", "準備中"), answer.summary
    # (a name holding a state's word, 「…共同運用」「…実施」, names the project: no state asked)
    answer = assistant.ask("共同事業で公共施設予約の共同運用の令和4年度の状況は？")
    assert (answer.status, answer.value) == ("exact", "実施"), answer.summary
