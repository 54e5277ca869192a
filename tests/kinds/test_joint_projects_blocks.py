"""A joint-projects list written as labelled blocks instead of a table: 「【n】<name>」 opens a project and
lines 「事業内容：」「進捗状況：」「部会：… （部会長市：…）」「担当課：A町 …／B町 …／C村 ―」 follow, in any order,
every municipality's department on one line, a dash for none. Three made-up towns, so that no pair of
cities nor any label order is assumed."""
from __future__ import annotations

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects

TEXT = """東川町・西川町・北川村 広域連携事業の状況（令和6年度）

［1］ごみ収集の共同化
　進捗状況：既に実施
　事業内容：3町村のごみ収集を一つの業者に委託する。
　担当課：東川町 環境課／西川町 住民課／北川村 ―
　部会：環境部会（部会長市：西川町）

［2］消防団の合同訓練
　事業内容：年1回、合同で訓練を行う。
　進捗状況：協議中
　部会：防災部会（部会長：東川町）
　担当課：東川町 総務課／西川町 総務課／北川村 総務係
"""


def test_detected_and_read_as_joint_projects():
    assert registry.detect(TEXT) is joint_projects
    doc = joint_projects.parse(TEXT, "blocks.txt")
    projects = {r.code: r.fields for r in doc.records}
    assert set(projects) == {"1", "2"}
    first, second = projects["1"], projects["2"]
    assert first["title"] == "ごみ収集の共同化" and first["done"] == "既に実施" and first["planned"] == ""
    assert first["departments"] == {"東川町": "環境課", "西川町": "住民課", "北川村": ""}
    assert (first["subcommittee"], first["chair_city"]) == ("環境部会", "西川町")
    assert second["status"] == "協議中" and second["done"] == "" and second["planned"] == ""
    assert second["departments"]["北川村"] == "総務係" and second["chair_city"] == "東川町"


def test_blocks_without_departments_are_not_joint_projects():
    text = "お知らせ\n\n［1］図書館の休館\n　内容：館内整理のため休館します。\n\n［2］講座\n　内容：写真講座を開きます。\n"
    assert not joint_projects.detect(text)
