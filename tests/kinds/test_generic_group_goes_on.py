"""A survey's table of questions split over two pages, its 区分 printed on a group's first row only and, atop the second
page, as 「能力開発（続き）」: the mark says the group goes on, so the rows there are the group's by its name (「能力開発の
設問」 finds them all). Read from the text a PDF gives (cells apart by tabs); the town and figures are made up."""
from __future__ import annotations

from assistant.kinds import registry

TEXT = """\
川辺町 職員意識調査結果報告書
２ 設問別の結果
区分\t問\t設問\t肯定率\t前回比
組織風土\t問1\t町が目指す職員像を理解している\t61.6\t+9.3
\t問2\t上司は部下の育成に熱心である\t56.8\t▲1.3
能力開発\t問3\t業務に必要な研修を受ける機会がある\t69.4\t+9.2
\t問4\t研修で学んだことを業務に活かせている\t60.4\t+2.7
－ 1 －
２ 設問別の結果（続き）
区分\t問\t設問\t肯定率\t前回比
能力開発（続き）\t問5\tDXに関する知識が身に付いている\t36.2\t+12.1
\t問6\t将来のキャリアを考える機会がある\t32.7\t▲0.3
人事制度\t問7\t人事評価の結果に納得している\t45.4\t▲2.2
"""


def test_a_group_going_on_over_the_page_keeps_its_name():
    doc = registry.parse(TEXT, "survey.txt")
    groups = {r.fields["cells"]["問"]: r.fields["cells"]["区分"] for r in doc.records if r.kind == "table_row"}
    assert groups["問5"] == "能力開発" and groups["問6"] == "能力開発", groups
    assert groups["問2"] == "組織風土" and groups["問7"] == "人事制度", groups
