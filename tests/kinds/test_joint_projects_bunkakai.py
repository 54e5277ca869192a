"""A joint-projects table whose subcommittees are 分科会 with the chairing town in brackets (分科会（幹事町）)
and one department column per town (担当課（<town>）). Towns and projects are made up."""
from __future__ import annotations

from assistant.kinds.joint_projects import loader as joint_projects

SOURCE = "mizuho_kawanishi_renkei.txt"
TEXT = "\n".join([
    "美幌町・津別町 連携事業一覧",
    "",
    "番号\t事業項目\t事業内容\t進捗状況\t分科会（幹事町）\t担当課（津別町）\t担当課（美幌町）",
    "1\tごみ収集の共同化\t収集車を共同で運行する。\t実施済\t環境分科会（津別町）\t環境課\t生活環境課",
    "2\t職員研修の共同実施\t新任職員の研修を合同で行う。\t検討中\t総務分科会（美幌町）\t\t総務課",
    "",
]) + "\n"


def test_bunkakai_table_is_read_as_joint_projects():
    assert joint_projects.detect(TEXT)
    doc = joint_projects.parse(TEXT, SOURCE)
    rows = {r.key: r.fields for r in doc.records if r.kind == "joint_project"}
    first, second = rows["joint_project:1"], rows["joint_project:2"]
    assert (first["subcommittee"], first["chair_city"]) == ("環境分科会", "津別町")
    assert (second["subcommittee"], second["chair_city"], second["status"]) == ("総務分科会", "美幌町", "検討中")
    assert second["departments"] == {"津別町": "", "美幌町": "総務課"}
