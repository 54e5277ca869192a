"""A plan's Word report of one table per upper group (year_grade_table.py: 【基本目標N】 heading, 施策N-M group rows,
担当課 over 主 │ 副, a 完了年度 column of mixed notations), its progress sheets as bracketed text blocks
(bracket_sheets.py) and its committee's points per 観点 of each upper group with bullet opinions (goal_points.py):
read by their shape."""
from __future__ import annotations

from assistant.kinds.plan_report import bracket_sheets, goal_points, year_grade_table
from assistant.kinds.plan_report import loader as plan_report

HEAD = ("コード\t推進項目\t担当課\t\t評価\t\t\t完了年度\n"
        "コード\t推進項目\t主\t副\t令和3年度\t2022年度\t令和5年度\t完了年度")
REPORT = f"""浜辺町行政改革プラン 推進状況報告書

【基本目標1】住民サービスの向上

{HEAD}
施策1-1　窓口の改善
1-1-1\t窓口予約の導入\t住民課\t情報課\tA\tB\t－\tR4
1-1-2\t書かない窓口\t住民課\t\t－\tB\tA\t（継続）

【基本目標2】財政の健全化

{HEAD}
施策2-1　歳入の確保
2-1-1\t町税の収納率向上\t税務課\t会計課\tB\tC\tB\t2023年度
"""


def test_word_report_of_a_table_per_upper_group():
    assert year_grade_table.detect(REPORT)
    doc = plan_report.parse(REPORT, "r.docx")
    items = {r.fields["code"]: r.fields for r in doc.records if r.kind == "practice"}
    assert set(items) == {"1-1-1", "1-1-2", "2-1-1"}
    first = items["1-1-1"]
    assert first["departments"] == ["住民課"] and first["related"] == ["情報課"]
    assert first["initiative"] == "1-1" and first["policy"] == "基本目標1 住民サービスの向上"
    assert first["ended"] == "R4" and first["state"] == "完了" and first["r5"] == "-"
    assert items["1-1-2"]["ended"] == "" and items["1-1-2"]["state"] == "継続" and items["1-1-2"]["started"] == "R4"
    assert items["2-1-1"]["ended"] == "R5" and items["2-1-1"]["policy"].startswith("基本目標2 ")
    initiatives = {r.fields["no"]: r.fields for r in doc.records if r.kind == "initiative"}
    assert initiatives["1-1"]["n_practice"] == 2 and initiatives["1-1"]["called"] == "施策"


SHEETS = """浜辺町行政改革プラン 推進項目進捗管理シート

==========
【推進項目】1-1-1　窓口予約の導入
【施策】1-1　窓口の改善
【担当課】主：住民課　副：情報課
【完了年度】R4

【指標の推移】
■ ▽平均待ち時間（単位：分）
区分\t令和３年度\t令和４年度
目標\t20\t15
実績\t18\t16
達成率\t111.1％\t93.8％

【取組内容】
　令和３年度（2021年度）
　　①予約システムの導入（新）

【自己評価】
　R3：A　R4：B

==========
【推進項目】2-1-1　町税の収納率向上
【施策】2-1　歳入の確保
【担当課】主：税務課
【完了年度】（継続）

【自己評価】
　R3：B　R4：C
"""


def test_bracketed_progress_sheets():
    assert bracket_sheets.detect(SHEETS)
    doc = plan_report.parse(SHEETS, "s.txt")
    items = {r.fields["code"]: r.fields for r in doc.records if r.kind == "practice"}
    assert items["1-1-1"]["r3"] == "A" and items["1-1-1"]["related"] == ["情報課"] and items["1-1-1"]["ended"] == "R4"
    assert items["2-1-1"]["state"] == "継続" and items["2-1-1"]["initiative"] == "2-1"
    values = [r.fields for r in doc.records if r.kind == "sheet_value"]
    assert [(v["year"], v["goal"], v["actual"], v["rate"]) for v in values] == [("R3", 20, 18, 111.1), ("R4", 15, 16, 93.8)]
    entries = [r.fields for r in doc.records if r.kind == "sheet_entry"]
    assert entries[0]["result"] == "予約システムの導入" and entries[0]["status"] == "新"


PAPER = """浜辺町行政改革推進委員会 評価書
観点別評価表
基本目標\t観点\t評点（5点満点）\t評点の主な理由
基本目標1住民サービスの向上\t進捗度\t４\t予定どおり進んだ。
\t効率性\t３\t経費の検証が不十分。
\t小計\t７／１０\t総合評価 Ａ
基本目標2財政の健全化\t進捗度\t３\t遅れがある。
- 1 -
基本目標\t観点\t評点（5点満点）\t評点の主な理由
\t効率性\t２\t事務負担が大きい。
\t小計\t５／１０\t総合評価 Ｂ
委員意見
■ 基本目標1 住民サービスの向上（合計 7点／10点）
・【1-1】窓口予約は高齢者にも使いやすくして
ほしい。
■ 基本目標2 財政の健全化（合計 5点／10点）
・【2-1】収納率の向上策を示してほしい。
"""


def test_committee_points_per_upper_group():
    assert goal_points.detect(PAPER)
    doc = plan_report.parse(PAPER, "p.pdf")
    goals = {r.fields["no"]: r.fields for r in doc.records if r.kind == "initiative"}
    assert goals["基本目標2"]["efficiency"] == 2 and goals["基本目標2"]["total"] == 5  # (over the page break)
    assert goals["基本目標1"]["judgement"] == "A" and goals["基本目標1"]["committee_scale"] == 10
    comments = [r.fields for r in doc.records if r.kind == "comment"]
    assert comments[0]["initiative"] == "1-1" and comments[0]["text"].endswith("してほしい。")
    assert comments[1]["policy"] == "基本目標2 財政の健全化"
