"""Record kinds of the program evaluation sheet (事務事業評価シート): the program and its indicators."""
from __future__ import annotations

from assistant.kinds.spec import Field, RecordKind

PROGRAM = RecordKind(
    "program", "事務事業", ("事務事業評価シート", "事務事業評価", "事務事業", "評価シート"),
    fields=(
        Field("code", "番号", show=True),
        Field("name", "名称", ("事業名",), show=True),
        Field("department", "担当部署", ("担当部名",), show=True, same_as="departments"),
        # (a text sheet labels it 【所管課】)
        Field("section", "担当課", ("担当課名", "所管課"), show=True, same_as="departments"),
        Field("policy_pillar", "施策の柱", ("施策の柱",)),
        Field("start_year", "開始年度", ("開始年度",), "year", show=True),
        Field("end_year", "終了年度", type="year", show=True, same_as="ended"),
        Field("policy", "施策", ("施策",)),
        Field("target", "対象"),
        Field("intent", "意図"),
        Field("summary", "概要"),
        Field("purpose", "目的"),
        Field("beneficiaries", "事業の対象"),
        Field("desired_outcome", "目指す成果"),
        Field("issues", "課題"),
        Field("response", "対応"),
        Field("significance", "事業の意義"),
        Field("settlement_year", "決算年度", ("決算年度",), "year"),
        Field("total_cost", "総事業費", ("総事業費", "事業費合計", "事業費", "決算額", "歳出決算額"), "money", show=True),
        Field("specific_revenue", "特定財源", ("特定財源",), "money"),
        Field("city_burden", "市の実質負担額", ("実質負担額", "市の実質負担", "実質負担", "市の負担"), "money", show=True),
        # The sheet's own word for what the city pays from its general funds (一般財源), kept as printed.
        Field("general_revenue", "一般財源", ("一般財源",), "money"),
        # A sheet counting the staff's cost too: the 総コスト it makes with the 事業費. (Its 人件費 is kept by
        # year in costs_by_year and as text: 人件費 is a word of opinions and case studies too.)
        Field("full_cost", "総コスト", ("総コスト", "フルコスト", "トータルコスト"), "money"),
        # {"R5": {"total_cost": …, …}, "R6": {…}}: a sheet printing a cost column per settled year.
        Field("costs_by_year", "決算年度別の事業費", type="json"),
        # {"R7": {"total_cost": …}}: the figures of a budget column beside the settled ones (2023年度 予算).
        Field("budgets_by_year", "予算年度別の事業費", type="json"),
        # {"運行委託料": {"R5": 52300, …}, …}: every row of a cost table by year (its 内訳, total and 財源 rows),
        # as the sheet labels them: 「運行委託料は令和5年度から令和7年度でいくら増えた」.
        Field("cost_items", "事業費の内訳", type="json"),
        # The unit the cost table states (（単位：千円）) when not yen: its figures are kept as printed.
        Field("cost_unit", "事業費の単位"),
        Field("staff_fulltime", "人員(フルタイム)", ("フルタイム",), "number", "人"),
        Field("staff_parttime", "人員(パートタイム)", ("パートタイム",), "number", "人"),
        Field("staff", "人員", ("人員", "職員数")),
        Field("workload_share", "業務割合推計", ("業務割合推計", "業務割合")),
        Field("work_type", "定型・非定型業務"),
        Field("difficulty", "業務の難易度", ("業務の難易度", "難易度")),
        Field("report", "実績報告"),
        Field("evaluation", "評価"),
        # (a sheet may print it as 今後の方向性: users say it as their sheet does)
        # (a sheet choosing it from a scale, 拡充・継続・縮小・廃止: 「廃止とされた事業」 is the whole value)
        Field("future_policy", "今後の方針", ("今後の方針", "今後の方向性"), closed=True),
        Field("response_raw", "対応(記載)"),
    ),
)

INDICATOR = RecordKind(
    "indicator", "指標", ("活動指標", "成果指標", "指標"),
    fields=(
        Field("program", "事務事業", show=True),
        Field("type", "種別", show=True, facet=True),
        Field("type_note", "種別(注記)"),
        Field("indicator", "指標", show=True),
        Field("year", "年度", type="year", show=True, facet=True),
        Field("year_label", "年度(記載)"),
        Field("plan", "計画値", ("計画値", "計画での値"), "number", show=True),
        Field("actual", "実績", ("実績値", "実績"), "number", show=True),
        Field("rate", "達成率", ("達成率",), "number", "%", show=True),
        Field("unit", "単位", ("単位",), show=True),
        Field("goal", "目標値", ("目標値",), "number"),
        Field("direction", "めざす方向"),
        Field("method", "算定方法"),
        Field("remark", "所見"),
    ),
    parent=("program", "program"), text_of_parent=True,
)

# The document kind as users see it (ingest's report, the browse tree).
LABEL = "事務事業評価シート"

RECORDS = (PROGRAM, INDICATOR)
