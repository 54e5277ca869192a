"""A made-up town's plan report as full-width text: one table per group under its bracketed heading (【重点1】…), a
one-row header naming its years (Ｒ５ Ｒ６ Ｒ７), codes as printed (11, 新1), a legend one mark to a line under
〔凡例〕 (year_grade_table.py); its committee's workbook with a column per member and their mean, the opinions in a
table after it (member_columns.py); and its joint projects marked ●／○／－ per member with a legend of their own
(joint_projects/marks.py): read by their shape and asked by the documents' own words."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HEAD = "項目番号\t改革項目名\tＲ５\tＲ６\tＲ７\t完了年度\t担当課"
REPORT = f"""湖西町行政改革プラン
令和７年度　進捗状況報告書

【２　評価方法】
　〔凡例〕
　　◎　計画を上回った
　　○　計画どおり
　　△　遅れている
　　－　対象外（追加前・完了後）

【３　推進テーマの一覧】
番号\t推進テーマ名\t所管部\t改革項目数
テーマ1\t窓口の改善\t住民部\t3
テーマ2\t歳入の確保\t財務部\t3

【テーマ1】窓口の改善
　所管部：住民部
{HEAD}
11\t証明書のコンビニ交付\t○\t◎\t－\tＲ６\t住民課
12\t窓口予約の導入\t△\t○\t◎\t\t住民課
新1\t手続案内の電子化\t－\t○\t○\t\t情報課
　（注）新1は令和６年度に追加した改革項目です。

【テーマ2】歳入の確保
　所管部：財務部
{HEAD}
21\t町税の口座振替の勧奨\t○\t○\t△\t\t税務課
22\t遊休地の売却\t－\t△\t◎\tＲ７\t財産課
23\t使用料の見直し\t△\t△\t△\t\t財政課
　（注）22は令和６年度からの取組開始を計画していた項目です。

【４　今後の進め方】
　△の項目を中心に工程を見直します。
"""

PAPER = """令和７年度 湖西町行政改革プラン 行政改革推進委員会の評価
番号\t推進テーマ\t所管部\t委員評価\t\t\t平均
番号\t推進テーマ\t所管部\t委員Ａ\t委員Ｂ\t委員Ｃ\t平均
テーマ1\t窓口の改善\t住民部\t4\t5\t3\t4.0
テーマ2\t歳入の確保\t財務部\t3\t2\t3\t2.7
テーマ3\t職員の育成\t総務部\t3\t3\t3\t3.0

委員の意見
番号\t推進テーマ\t委員\t意見
テーマ1\t窓口の改善\t委員Ａ\tコンビニ交付の周知を進めてほしい。
\t\t委員Ｃ\t予約の利用が伸びていない。
テーマ2\t歳入の確保\t委員Ｂ\t遊休地の売却益の使い道を示すべきである。
"""

JOINT = """湖西圏域 連携事業の実施状況
【凡例】　●：実施　○：実施予定（令和８年度以降）　－：参加しない
番号\t事業名\t湖西町\t北浜村\t南山町\t幹事市町村
Ａ 観光と産業
A-1\t合同企業説明会\t●\t●\t○\t湖西町
A-2\t観光ルートの造成\t●\t－\t●\t南山町
Ｂ 暮らし
B-1\t図書館の相互利用\t●\t●\t●\t北浜村
B-2\t空き家バンク\t○\t●\t－\t北浜村
"""


def test_bracketed_group_tables_are_graded_items():
    doc = plan_report.parse(REPORT, "report.txt")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == ["11", "12", "21", "22", "23", "新1"]
    assert (items["11"]["r5"], items["11"]["r6"], items["11"]["r7"], items["11"]["ended"]) == ("○", "◎", "-", "R6")
    assert items["12"]["initiative"] == "テーマ1" and items["12"]["called"] == "改革項目"
    # (the note says 新1 was added; 22 began later as planned, so it is no item added)
    assert items["新1"]["tags"] == ["新規"] and items["22"]["tags"] == []
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["テーマ2"]["title"] == "歳入の確保" and groups["テーマ2"]["called"] == "推進テーマ"
    assert groups["テーマ2"]["n_practice"] == 3


def test_member_columns_paper():
    doc = plan_report.parse(PAPER, "paper.txt")
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["テーマ1"]["committee_score"] == 4.0
    assert groups["テーマ1"]["axes"] == {"委員A": 4, "委員B": 5, "委員C": 3}
    said = [(r.fields["initiative"], r.fields["member"]) for r in doc.records if r.kind == "comment"]
    assert said == [("テーマ1", "委員A"), ("テーマ1", "委員C"), ("テーマ2", "委員B")]


def test_members_marked_with_a_legend():
    assert registry.detect(JOINT) is joint_projects
    records = {r.code: r.fields for r in joint_projects.parse(JOINT, "joint.txt").records}
    assert records["A-2"]["members"] == {"湖西町": "●", "北浜村": "", "南山町": "●"}
    assert records["B-2"]["area"] == "暮らし" and records["A-1"]["area"] == "観光と産業"
    assert records["A-1"]["member_legend"] == {"●": "実施", "○": "実施予定(令和8年度以降)"}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bracketed_groups")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    (folder / "joint.txt").write_text(JOINT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("令和7年度に◎だった改革項目は？", ["12", "22"]),
    ("テーマ2の改革項目は？", ["21", "22", "23"]),
    ("推進テーマ1の改革項目は？", ["11", "12", "新1"]),
    ("R6よりR7の評価が下がった改革項目は？", ["21"]),
    ("令和6年度までに取組を終えた改革項目は？", ["11"]),
    ("委員会の令和7年度評価で、平均が3.0以上の推進テーマは？", ["テーマ1", "テーマ3"]),
    ("北浜村が実施予定になっている連携事業は？", []),
    ("南山町が実施予定になっている連携事業は？", ["A-1"]),
    ("湖西町がまだ実施していない連携事業は？", ["B-2"]),
    ("北浜村が参加しない連携事業は？", ["A-2"]),
    ("3市町村すべてが実施済みの連携事業は？", ["B-1"]),
])
def test_asked_in_the_documents_words(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert _codes(answer) == codes, (answer.status, answer.summary)


def test_a_members_opinions(assistant):
    assistant.reset()
    answer = assistant.ask("委員Ｃの意見を見せて")
    assert [r["key"] for r in answer.rows] == ["comment:テーマ1-2"], answer.summary
