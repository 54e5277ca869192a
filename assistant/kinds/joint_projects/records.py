"""Record kind of the joint-projects table: one project shared by two or more municipalities."""
from __future__ import annotations

from assistant.kinds.spec import Field, RecordKind

JOINT_PROJECT = RecordKind(
    # (広域連携: what another city calls its cooperation with neighbours, said of the projects)
    # (「共同補助」: a subsidy the city funds with the prefecture or its neighbours, 共同補助事業一覧)
    "joint_project", "連携事業", ("広域連携事業", "連携事業", "共同事業", "事業項目", "広域利用", "共同設置", "共同補助"),
    # (what other towns' tables of such projects call them: 「システム共同調達の状況」「共同処理の状況」)
    # (「公共施設の相互利用・共同設置」: facilities neighbours set up together or open to each other; 「共同運営施設・システム
    # 一覧」: facilities and systems the members run together; 「システム共同利用の状況」: systems members use together)
    # (「近隣病院との連携で…」「相手機関が3つ以上ある連携」: the word alone, not 連携度・連携室・官民連携)
    short_words=("連携",),
    row_words=("広域連携事業", "連携事業", "共同事業", "広域連携", "共同調達", "共同処理", "共同運用", "共同実施", "共同設置", "相互利用",
               "共同運営", "共同利用", "広域処理", "統合再編"),
    fields=(
        Field("no", "番号", show=True),
        Field("title", "名称", show=True),
        Field("description", "事業内容"),
        # (a town's edition calls it 分科会)
        Field("subcommittee", "部会", ("部会", "分科会"), show=True, facet=True, group_words=("部会", "分科会")),
        # The chairing municipality is also called the 幹事 (部会（幹事市村）); a 広域連合's list names the member
        # leading each project its 主担当 (distinct from the members taking part).
        Field("chair_city", "部会長の市", ("部会長", "幹事市村", "幹事市町村", "幹事市町", "幹事町村", "幹事市", "幹事町", "幹事",
                                          "主担当団体", "主担当", "幹事団体", "代表団体", "事務局団体",
                                          # (a town's page heads it 代表町 under 参加団体: the town running the contract)
                                          "代表市町村", "代表町村", "代表市", "代表町", "代表村",
                                          # (a list heading the column 事務局: the member that runs the project's office)
                                          "事務局",
                                          # (a page of facilities set up together names the member that set it up
                                          # 設置主体)
                                          "設置主体", "運営主体"),
              show=True, facet=True, group_words=("部会長", "市", "幹事市町村", "幹事市町", "幹事町村", "幹事市", "幹事")),
        # An object municipality → department, one key per municipality the table's header names.
        Field("departments", "担当部署", ("担当部署", "担当課"), "json", show=True, facet=False,
              group_words=("担当部署", "部署", "担当課", "課")),
        Field("done", "既に実施", show=True),
        Field("planned", "今年度に実施予定", ("今年度に実施予定", "今年度の実施予定", "今年度実施予定", "今年度の予定", "今年度予定", "実施予定"), show=True),
        # The state printed in a single 進捗状況 column (既に実施, 検討中, …); blank where the table
        # gives done and planned as two columns of text. Not shown: done and planned say it. Not
        # labelled 進捗状況 (a label is a word of questions): 「連携事業の進捗状況は」 of a table of two
        # text columns would then be answered 「記載なし」, a confident wrong answer.
        Field("status", "進捗区分", facet=True, closed=True),
        # What was done or is planned, as text beside such a column of states (実績・予定).
        Field("results", "実績・予定", ("実績・予定", "実績"), show=True),
        Field("notes", "特記事項"),
        # An edition grouping its projects by 分野 (環境, 教育, …), and printing the year each began (開始年度,
        # 西暦 or 和暦, kept as a fiscal-year label R6).
        # (closed: 「教育分野」 is the whole value 教育, never a word of a project's name)
        Field("area", "分野", ("分野",), show=True, facet=True, group_words=("分野",), closed=True),
        Field("start_year", "開始年度", ("開始年度", "開始"), "year", show=True, facet=True),
        # The 開始年度 as printed where the table prints it in 西暦 (「2018年度」): the year answered so.
        Field("start_year_text", "開始年度(記載)"),
        # The last year of a project whose 実施年度 is closed (「R11～R13」, or one year 「R12」: marks.py); '' while it goes on.
        # (its own field, not the practice items' `ended`: the words of one would draw questions of the other)
        Field("end_year", "終了年度", type="year", show=True),
        # A table marking each municipality's part with ○ in a column of its own: municipality → mark
        # ("" where it takes no part). Questions of who takes part read it as they read departments.
        # (a table listing them in one cell heads it 構成市町村 or 実施市町村)
        Field("members", "参加市町村", ("参加市町村", "参加団体", "構成市町村", "実施市町村", "構成団体", "相手機関", "連携先", "相手先",
                                                 # (a town's page heads them 構成町 under 参加団体)
                                                 "構成町村", "構成市町", "構成町"), "json", show=True),
        # How many municipalities take part (a mark in their column): 「参加市町村がいちばん少ない事業」.
        Field("n_members", "参加市町村数", ("参加市町村数", "参加団体数", "参加自治体数", "相手機関数", "連携先数", "相手先数", "構成団体数",
                                                      "構成市町村数", "構成町村数", "構成市町数", "構成町数"), "number"),
        # Each project's amount as the table prints it, in the unit its heading or a note states (千円).
        Field("total_cost", "事業費", ("事業費", "予算額"), "money", show=True),
        Field("cost_unit", "事業費の単位"),
        # What each project saves against doing it alone (効果額（千円）, ▲ where it costs the town more), as printed.
        Field("effect_amount", "効果額", ("効果額", "財政効果額"), "number", show=True),
        Field("effect_unit", "効果額の単位"),
        # {"R6": {"total_cost": 1100}, "R7": {…}}: a table printing one amount column per fiscal year (R6事業費,
        # R7事業費), as an evaluation sheet keeps its settled years; asked by year (query/yearly_costs.py).
        Field("costs_by_year", "年度別の事業費", type="json"),
        # {"R6": "●", "R7": "△"}: a table marking each fiscal year's state with a symbol, and what its legend
        # says each symbol is ({"●": "実施", "△": "検討・準備"}); asked by year (query/joint_years.py).
        Field("states_by_year", "年度別の状況", type="json"),
        Field("state_legend", "状況の凡例", type="json"),
        # What the table's legend says each member's mark is, where it marks a member's part in more ways than one
        # ({"●": "実施", "○": "実施予定（令和13年度以降）"}; 「－：参加しない」 is a blank cell): asked by the
        # legend's words (「鶫野村が実施予定」「楪ヶ浜市がまだ実施していない」: query/grammar/values.py).
        Field("member_legend", "参加の印の凡例", type="json"),
        # A workbook of the same table once per fiscal year, a sheet each (year_sheets.py): the years whose sheets
        # list the project (["R3", "R4"]), and each year's members where they changed ({"R3": {…}, "R4": {…}}).
        Field("listed_years", "掲載年度", type="list"),
        Field("members_by_year", "年度別の参加市町村", type="json"),
        # A category of few short values printed in a column of its own (事業区分: ハード/ソフト): span_columns.py.
        # (its words only its own: 区分 alone is any table's column, 見直し区分 of a review list)
        Field("category", "事業区分", ("事業区分", "事業種別", "施設種別"), show=True, facet=True, group_words=("事業区分",), closed=True),
        # The publishing body's own share of one year (本市負担額（2025年度・千円）), None where 「―」; its year and unit.
        # (負担金 is another thing: a subsidy's 負担金 of a 協働提案事業)
        # (a prefecture's page heads it 県の負担: its own share too)
        Field("own_share", "本市負担額", ("本市負担額", "負担額", "市負担額", "年間負担金", "本市負担金", "県負担額", "県の負担額", "県の負担",
                                         "本県負担額"), "money", show=True),
        Field("own_share_year", "負担額の年度", type="year"),
        Field("own_share_unit", "負担額の単位"),
    ),
)

# The document kind as users see it (ingest's report, the browse tree).
LABEL = "連携事業の一覧"

RECORDS = (JOINT_PROJECT,)
