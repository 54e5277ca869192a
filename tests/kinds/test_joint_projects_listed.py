"""Joint projects of a made-up 定住自立圏 whose members are listed in ONE cell joined by 「・」, the central
city marked ◎ (still a member), a 政策分野 printed in every row (said by its own name, 「…に係る政策分野」 left off), a 進捗 column where projects not yet begun
say the year they begin (「令和9年度開始予定」, 事業費 「－」), and one 担当課 of the central city."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROWS = [  # 番号, 政策分野, 連携事業, 構成市町村, 事業費, 進捗, 担当課
    (1, "暮らしの安心に係る政策分野", "救急搬送の連携", "◎青峰市・川辺町・山里村", "12,000", "実施中", "消防課"),
    (2, "暮らしの安心に係る政策分野", "図書館の相互貸出", "◎青峰市・山里村", "900", "実施中", "図書課"),
    (3, "交流と連携の強化に係る政策分野", "観光ルートの共同整備", "◎青峰市・川辺町", "3,100", "拡充", "観光課"),
    (4, "交流と連携の強化に係る政策分野", "広域バスの運行", "◎青峰市・川辺町・山里村", "－", "令和9年度開始予定", "交通課"),
]


def text() -> str:
    lines = ["かわなみ定住自立圏 連携事業一覧（令和7年度）", "構成市町村欄の◎は中心市です。事業費の単位：千円",
             "\t".join(["番号", "政策分野", "連携事業", "構成市町村", "事業費（千円）", "進捗", "担当課（中心市）"])]
    lines += ["\t".join(str(c) for c in row) for row in ROWS]
    return "\n".join(lines) + "\n"


def test_members_listed_in_one_cell():
    doc = text()
    assert registry.detect(doc) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(doc, "renkei.txt").records}
    assert records["2"]["members"] == {"青峰市": "◎", "川辺町": "", "山里村": "○"}
    assert records["1"]["n_members"] == 3 and records["3"]["n_members"] == 2
    assert records["4"]["total_cost"] is None and records["4"]["start_year"] == "R9"
    assert records["4"]["status"] == "令和9年度開始予定" and "start_year" not in records["1"]
    # (the heading names the 中心市; the legend says ◎ marks it)
    assert records["3"]["departments"] == {"青峰市": "観光課"}
    assert records["3"]["area"] == "交流と連携の強化に係る政策分野"


def test_a_list_of_other_words_is_no_member_column():
    """A cell joining words that are not municipalities (移住・定住) lists no members."""
    assert joint_projects.marks.split_listed("移住・定住の推進") == []
    assert joint_projects.marks.split_listed("◎青峰市・川辺町") == [("青峰市", "◎"), ("川辺町", "○")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("listed")
    (folder / "renkei.txt").write_text(text(), encoding="utf-8")
    # (another document: a name only some documents' titles hold is what scopes a question to them)
    (folder / "oshirase.txt").write_text("庁内お知らせ 第3号\n\n窓口の受付時間が変わります。\n", encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("連携事業で山里村が参加している事業は？", ["1", "2", "4"]),
    ("連携事業で川辺町が参加していない事業は？", ["2"]),
    ("3市町村すべてが参加している連携事業は？", ["1", "4"]),
    ("令和9年度から始まる予定の連携事業は？", ["4"]),
    # a 分野 said by its own name, without 「に係る政策分野」
    ("交流と連携の強化の連携事業は？", ["3", "4"]),
    ("山里村が入っている連携事業は？", ["1", "2", "4"]),
    ("かわなみ定住自立圏で川辺町が参加している連携事業", ["1", "3", "4"]),
])
def test_asked(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted((str(r["code"]) for r in answer.rows), key=int) == expected


def test_costs(assistant):
    assistant.reset()
    largest = assistant.ask("連携事業で事業費がいちばん大きい事業は？")
    assert largest.status == "exact" and [str(r["code"]) for r in largest.rows][:1] == ["1"]
    assistant.reset()
    assert assistant.ask("連携事業の事業費の合計は何千円？").value == 16000


def test_members_asked_by_the_heading_word(assistant):
    """構成市町村 is the members' word too; their value is the municipalities taking part, marks kept."""
    assistant.reset()
    members = assistant.ask("観光ルートの共同整備の構成市町村は？")
    assert members.status == "exact" and members.value == "青峰市（◎）・川辺町", members.summary
    assistant.reset()
    fewest = assistant.ask("構成市町村がいちばん少ない連携事業は？")
    assert fewest.status == "exact" and sorted(str(r["code"]) for r in fewest.rows) == ["2", "3"]
