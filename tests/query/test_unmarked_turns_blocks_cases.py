"""Layouts of another town's care-plan papers (made up): minutes whose members' turns carry no speaker mark
(「檜山委員　Ⅱ-1-①の…」, the members' 区分 in a roster table above), a list of joint projects split into blocks by
a row naming the block (「東部ブロック（…）」, as two tbody of a web page), cases headed 「＜事例１＞県町：タイトル」
with a 開始年 line, and a table of figures by year whose rows are year × 区分 under a page heading."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MINUTES = """令和７年度第２回　架空町介護保険運営協議会　会議録

番号\t氏名\t所属団体等\t区分\t役職
1\t山吹 一郎\t架空大学\t学識経験者\t会長
2\t檜山 花子\t（公募）\t公募\t
3\t栗林 次郎\t架空町医師会\t保健医療関係者\t
4\t楓 三郎\t介護事業所かえで\t事業者\t

山吹会長　ご意見をお願いします。
檜山委員　Ⅱ-1-①の体操教室は好評です。回数を増やせませんか。
事務局（健康課）　令和８年度に回数を増やす方向で検討します。
栗林委員　Ⅰ-2-③の訪問指導の件数が少ないと思います。
事務局（長寿課）　医師会と連携して対象者を増やします。
楓委員　Ⅰ-2-③について、事業所からも協力できます。
事務局（長寿課）　ありがとうございます。
"""

JOINT = """共同事業一覧
番号\t事業名\t実施市町村\t事務局\t開始年度\t備考
東部ブロック（甲・乙地域）
共-01\t認定審査会の共同設置\t架空町・甲町\t甲町\t平成２０年度\t
共-02\t合同研修会\t架空町・甲町\t架空町\t令和元年度\t
西部ブロック（丙地域）
共-03\t就職説明会\t架空町・丙市\t丙市\t令和３年度\t
共-04\t移動支援\t架空町・丙市\t架空町\t令和７年度\t
"""

CASES = """他自治体の事例

＜事例１＞岐阜県架空山町：通いの場のポイント制度
　開始年：令和２年（2020年）
　参加者が倍増した。

＜事例２＞熊本県架空川町：介護記録のＩＣＴ化
　開始年：令和４年（2022年）
　記録時間が３５％減った。
"""


def test_unmarked_turns_are_comments_with_the_roster_role():
    doc = registry.parse(MINUTES, "kakuu_kyogikai.txt")
    comments = {r.code: r.fields for r in doc.records if r.kind == "comment"}
    assert set(comments) == {"Ⅱ-1-①-1", "Ⅰ-2-③-1", "Ⅰ-2-③-2"}
    assert "公募" in comments["Ⅱ-1-①-1"]["member_role"]
    assert comments["Ⅰ-2-③-1"]["responder"] == "長寿課"


def test_block_rows_keep_the_table_going():
    doc = registry.parse(JOINT, "kakuu_kyodo.txt")
    rows = {r.code: r.fields for r in doc.records if r.kind == "joint_project"}
    assert set(rows) == {"共-01", "共-02", "共-03", "共-04"}
    assert rows["共-04"]["area"] == "西部ブロック"
    assert rows["共-02"]["start_year"] == "R1"


def test_angle_bracketed_cases_with_a_start_year():
    doc = registry.parse(CASES, "kakuu_jirei.txt")
    cases = [r.fields for r in doc.records if r.kind == "case_study"]
    assert [c.get("start_year") for c in cases] == ["R2", "R4"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unmarked")
    (folder / "kakuu_kyogikai.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "kakuu_kyodo.txt").write_text(JOINT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r.get("initiative") or r.get("code")) for r in answer.rows}


def test_members_of_a_standing(assistant):
    assistant.reset()
    assert _codes(assistant.ask("公募委員が意見を言った取組は？")) == {"Ⅱ-1-①"}


def test_rows_of_a_block(assistant):
    assistant.reset()
    answer = assistant.ask("西部ブロックの共同事業は？")
    assert answer.status == "exact" and _codes(answer) == {"共-03", "共-04"}
