"""Record kinds of the plan report: practice items, initiatives, committee comments, progress sheets."""
from __future__ import annotations

from assistant.kinds.spec import Field, FieldFamily, RecordKind

# One grade field per fiscal year the report prints: r2 … r5 here, r3 … r6 next cycle, h30 for 平成30.
YEAR_GRADES = FieldFamily(r"([rh])(\d+)", "{0}{1}評価")

# The stage each year's plan names, where the table prints it beside the year's grade: r5_plan …
YEAR_PLANS = FieldFamily(r"([rh])(\d+)_plan", "{0}{1}計画", type="text", show=False)

# The department a table of years names in each year's row (担当課 │ 企画課, renamed デジタル推進課 a year later):
# 「令和4年度に企画課が担当していた」 asks that year's (query/execute: @dept with one year said).
YEAR_DEPARTMENTS = FieldFamily(r"([rh])(\d+)_dept", "{0}{1}担当部署", type="list", show=False)

# A progress sheet's own yearly grade (自己評価) kept beside a list's grade of the same item and year.
YEAR_SHEET_GRADES = FieldFamily(r"([rh])(\d+)_self", "{0}{1}自己評価", type="text", show=False)

# A year's progress of each half (上期 / 下期), where a table splits each year's block into the halves' marks and
# the year's grade (令和６年度 over 上期 │ 下期 │ 評価): r6_h1, r6_h2 … (query/grammar/half_years).
YEAR_FIRST_HALVES = FieldFamily(r"([rh])(\d+)_h1", "{0}{1}上期", type="text", show=False)
YEAR_SECOND_HALVES = FieldFamily(r"([rh])(\d+)_h2", "{0}{1}下期", type="text", show=False)

# An item's cost of each fiscal year as its form's table of years prints it (事業費（決算額） under 令和4年度 …), in
# the unit the table states (cost_unit): cost_r4 … (plan_report/form_sheets.py).
YEAR_COSTS = FieldFamily(r"cost_([rh])(\d+)", "{0}{1}事業費", type="money", show=False)

PROGRESS = Field("progress", "進捗度", ("進捗度", "進捗"), "score", show=True, group_words=("進捗度",))
COLLABORATION = Field("collaboration", "連携度", ("連携度",), "score", show=True, group_words=("連携度",))
EFFICIENCY = Field("efficiency", "効率性", ("効率性", "効率"), "score", show=True, group_words=("効率性",))
CREATIVITY = Field("creativity", "創造性", ("創造性", "創造"), "score", show=True, group_words=("創造性",))
TOTAL = Field("total", "合計", ("合計点", "合計", "総合点", "総点", "点数"), "score", show=True,
              group_words=("合計点", "合計"))
# What users say for a theme the report's tables print as a short header.
# The body that evaluates the plan, as reports name it (a city's 審議会 or 委員会, a town's 懇話会 …; the
# reader's pattern is cells.COMMITTEE): its score and its opinions are asked for by its name.
_BODIES = ("審議会", "委員会", "懇話会", "懇談会", "協議会", "推進会議")

THEME_WORDS = (
    ("財政", ("健全な財政運営", "財政運営")),
    # (a town serves its 住民 where a city serves its 市民)
    ("サービス", ("市民サービス", "市民サービスの進化", "市民サービスの向上", "住民サービス", "住民サービスの向上")),
    ("協働", ("協働の推進", "市民との協働")),
    ("施設", ("公共施設のマネジメント", "公共施設マネジメント")),
    ("民活", ("民間活力", "民間活力の活用")),
    ("ICT", ("ICTの活用", "デジタル")),
    ("人材", ("人材育成", "職員の人材育成", "職員の人材育成と「働き方改革」・簡素で効率的な組織づくり")),
)
# What the document calls this kind of record when it names it in words of its own (重点項目, 実施項目,
# 進捗管理シート): a question saying that word asks for this kind (lexicon.item_words).
CALLED = Field("called", "文書での呼び方")

THEMES = Field("themes", "テーマ", ("テーマ",), "list", facet=True, group_words=("テーマ",),
               value_words=THEME_WORDS)

PRACTICE = RecordKind(
    "practice", "実践項目", ("実践項目", "項目"), short_words=("実践",),
    # (staff of another plan call the items by their own plan's word)
    other_words=("改革項目", "取組事項", "取り組み事項", "実行項目"),
    # (the items of other plans' tables: 「改善項目別実績一覧」 asked as 「見送りの改善項目」)
    row_words=("実践項目", "改革項目", "改善項目", "実施項目", "推進項目", "実行項目", "取組事項", "取組", "取り組み", "業務改善",
               "行動計画の項目", "対策"),
    grouped_row_words=("施策",),  # (施策 under 基本方針 of a plan's 施策別進捗評価表: its items)
    fields=(
        Field("code", "番号", show=True),
        Field("initiative", "取組項目No.", show=True, group_words=("取組項目",)),
        Field("initiative_title", "取組項目"),
        Field("title", "名称", show=True),
        YEAR_GRADES, YEAR_COSTS,
        PROGRESS, COLLABORATION, EFFICIENCY, CREATIVITY, TOTAL,
        # (an edition heads it 総合判定: the item's overall grade in letters of its own scale, S A B C)
        Field("overall", "総合評価", ("総合評価", "総合判定"), "grade", show=True, facet=True,
              group_words=("自己評価", "総合評価", "総合判定", "評価")),
        # (a report heading it 完了年度 over its table of years: sheet_tables.py)
        Field("ended", "取組終了", ("取組終了", "終了年度", "完了年度"), "year", show=True, facet=True,
              group_words=("終了年度", "年度")),
        # (a page per item labels it 所管課)
        # (staff of another city say 担当セクション, 所管セクション for the section in charge)
        Field("departments", "担当部署", ("担当部署", "担当課", "所管課", "所管部署", "主担当課", "主担当",
                                      "担当セクション", "所管セクション"), "list", show=True, facet=True,
              group_words=("担当部署", "部署", "担当課", "所管課", "課", "担当セクション", "所管セクション", "セクション")),
        THEMES,
        Field("tags", "注記", type="list"),
        Field("ended_month", "終了月", type="month"),
        # {"成果": 4, "工夫": 4}: scores of axes the report names itself and no field above is (its 総括's
        # words); questions use the words the index holds (query/axes.py), never a guessed field.
        Field("axes", "報告書独自の観点の点数", type="json"),
        # An evaluation list grading years in points prints each item's mean of its graded years (平均点)
        # and its first year (開始), or a 備考 states it (「令和6年度から実施」: own_words.py).
        Field("average", "平均点", ("平均点", "平均の点数", "平均評価点"), "score", show=True, group_words=("平均点",)),
        # (the same as a joint project's 開始年度: 「令和6年度以降に始まった」 is read for either, grammar/starts.py)
        Field("started", "開始年度", ("開始年度", "取組開始", "開始"), "year", show=True, facet=True, same_as="start_year"),
        # An edition printing the section and its bureau in columns of their own (担当課│所管部), and a
        # 備考 whose end gives `ended` (own_words.py).
        Field("bureau", "所管部", ("所管部", "所属部"), show=True, facet=True, group_words=("所管部", "所属部")),
        Field("remarks", "備考", ("備考",)),
        # A progress table printing each item's fiscal effect (財政効果額（千円）, ▲ a cost increase: measure_sheet.py).
        Field("effect_amount", "財政効果額", ("財政効果額",), "number", show=True),
        Field("effect_unit", "財政効果額の単位"),
        # An edition grouping its initiatives under policies (基本方針1 …) prints the items' tables per policy.
        Field("policy", "基本方針", ("基本方針",), show=True, facet=True, group_words=("基本方針",)),
        CALLED,
        # A table printing each year's plan beside its result (令和5年度 over 計画 │ 実績): the stage the plan
        # names that year (検討, 実施 …; '' where the year has none), one field per year (r5_plan).
        YEAR_PLANS,
        YEAR_DEPARTMENTS,
        Field("plans", "年度ごとの計画", type="json"),
        # The word the table heads each year's grade with beside its plan (実績): 「令和6年度の実績は？」 asks that grade.
        Field("result_word", "年度の評価の見出し"),
        # A group the item table merges over its items' rows (推進項目 │ 個別取組), and the word its header
        # calls it by (read from the document).
        # (no word of its own: 区分 alone names other tables' columns, 「見直し区分」; its value is found as text)
        Field("item_group", "取組の区分", show=True, facet=True),
        Field("item_group_word", "取組の区分の呼び方"),
        # A list printing the committee's score of each item (a long list's 委員会評価 column, long_list.py):
        # the same field as the initiatives' score, so that the words users say for it name it here too.
        # (a body's 評点 is its score of each item: 「委員会評点：3.4点（4点満点）」, a page per item's, item_pages.py)
        Field("committee_score", "委員評価", (*(f"{body}{word}" for word in ("評点", "の評点") for body in _BODIES), "評点"),
              type="score", show=True),
        # The word that list heads the yearly grades with (進捗): said with a year, it names that year's grade.
        Field("grade_word", "年度の評価の見出し"),
        # Where the item goes next, as a sheet's closing row says it (今後の方向性: 拡充 / 継続 / 見直し / 終了;
        # sheet_tables.py). Named as the program sheet's, which users ask by the same words.
        Field("future_policy", "今後の方向性", ("今後の方向性", "今後の方針", "方向性"), show=True, facet=True, closed=True),
        # A project's budget as its document prints it (予算額(千円), in the header's unit: verdict_table.py); the
        # same field as a joint project's 事業費, which 予算額 names there too.
        Field("total_cost", "事業費", ("予算額",), "money", show=True),
        Field("cost_unit", "予算額の単位"),
        # The word a progress sheet heads its yearly grade with (自己評価), and, where the sheets are of items a list
        # of the same plan holds (store/sheet_joins), each year's sheet grade beside the list's own (r5_self …) and
        # the documents whose sheets were attached: 「進行管理表で2025年度の自己評価がC」 asks those.
        Field("sheet_grade_word", "進捗の表の評価の見出し"),
        YEAR_SHEET_GRADES,
        YEAR_FIRST_HALVES,
        YEAR_SECOND_HALVES,
        Field("attached", "結び付けた資料", type="list"),
        # A page per item (item_pages.py) states where the item stands (状況: 完了 / 継続 / 廃止, in the document's
        # words), its period (取組期間 「令和6年度～令和9年度」: started, its last year and its length in years),
        # its indicator, and the scale of the committee's score (「4点満点」).
        Field("state", "状況", ("状況", "取組状況"), show=True, facet=True, closed=True, group_words=("状況",)),
        # The year a card's 状況 says the item stands still from (「休止（令和10年度から）」: item_cards.py), as printed.
        Field("paused", "休止した年度", ("休止年度", "休止した年度", "休止の年度"), show=True),
        # The departments a card names as sharing the item with its main one (「財政課（企画政策課と共管）」: item_cards.py);
        # they stand in `departments` too, after the main one.
        Field("shared", "共管課", ("共管課", "共管の課"), "list", show=True),
        # The departments a table names beside the main one in a column of their own (主担当課 │ 関係課:
        # initiative_sheets.py); not in `departments`, which holds the main one: 「関係課に財政課が入ってる」 asks these.
        Field("related", "関係課", ("関係課", "関連課", "関係部署", "副担当課", "副担当"), "list", show=True),
        Field("period_end", "取組期間の最終年度", ("取組期間の最終年度", "終了予定年度"), "year"),
        Field("period_years", "取組期間の年数", ("取組期間", "実施期間"), "number", unit="年"),  # (期間 alone is a plan's too: 大綱の期間)
        Field("indicator", "指標", ("指標",)),
        # The share of the item done at the plan's end, as a page prints it under its table (「進捗率 │ 80％」).
        Field("progress_rate", "進捗率", ("進捗率",), "number", show=True, unit="％"),
        Field("committee_scale", "委員評価の満点", type="number"),
        # A summary list's grade of each item's last year (最終年度の評価, summary_list.py).
        Field("final_grade", "最終年度の評価", ("最終年度の評価", "最終年度評価", "最終評価"), "grade", show=True, facet=True),
        # A card's state at the plan's end in words (達成 / 一部達成 / 未達成: grid_cards.py), and the year a card says the
        # item was added to the plan (「（令和5年度追加項目のため対象外）」).
        Field("achievement", "達成状況", ("達成状況", "達成度"), show=True, facet=True, closed=True, group_words=("達成状況",)),
        Field("added", "追加年度", ("追加年度", "追加された年度"), "year", show=True),
        # The grade an external review gave the item, where another document of the same items (a committee's
        # report of blocks 「事業番号 J-03 …／委員会評価：Ｃ」) prints it: taken onto the item by the index
        # (store/review_joins), with the review document's name, so that the item's own grade (担当課評価) and the
        # committee's are two fields of one record. Items the review left out have none.
        # (委員会評価, 委員会の評価 are the initiatives' committee score's words: the grammar reads them as this field
        # only where the index holds it, query/grammar/review_grades.py)
        Field("committee_grade", "委員会評価（外部評価）", ("行政評価委員会の評価", "行政評価委員会評価", "外部評価の評価", "外部評価の結果"),
              "grade", show=True, facet=True),
        Field("reviewed_in", "外部評価の資料", show=True),
        Field("reviewed_fields", "外部評価の資料から取った項目", type="list"),
    ),
    parent=("initiative", "initiative"),
    facets=("departments", "ended", "overall", "themes"),
)

INITIATIVE = RecordKind(
    "initiative", "取組項目", ("取組項目", "取り組み項目"), short_words=("取組", "取り組み"),
    # (the headings other plans group their items under, in a table of their own: 「基本目標別評価」)
    # (a facility plan's policy per class of facilities: 「施設分類ごとの基本方針」 asked of as 分類; a regional vision's
    # policy fields: 「政策分野別の評価」; the blocks a table of items is divided into, each with its 小計 and
    # ブロック評価: 「…のブロックは？」)
    row_words=("取組項目", "基本目標", "推進方針", "基本方針", "重点分野", "重点取組", "重点項目", "施策の柱", "改革の柱", "柱", "施設分類", "分類",
               "政策分野", "施策分野", "ブロック"),
    fields=(
        Field("no", "番号", show=True),
        Field("title", "名称", show=True),
        Field(THEMES.name, THEMES.label, THEMES.words, THEMES.type, show=True, facet=True,
              group_words=THEMES.group_words, value_words=THEMES.value_words),
        Field("n_practice", "実践項目数", ("実践項目数",), "score", show=True, group_words=("実践項目数",)),
        PROGRESS, COLLABORATION, EFFICIENCY, CREATIVITY, TOTAL,
        # (an edition heads it 担当部自己評価: the department's own grade of the initiative)
        Field("self_overall", "自己評価(総合評価)", ("担当部署の自己評価", "担当部署評価", "担当部の自己評価", "担当部自己評価",
                                                 "自己評価"), "grade",
              show=True, facet=True, same_as="overall", group_words=("担当部署の自己評価", "担当部署評価")),
        FieldFamily(YEAR_GRADES.pattern, YEAR_GRADES.label, show=False),
        Field("committee_score", "委員評価",
              # (「審議会平均3.9以下」: the body's average said as 委員平均 is)
              ("委員平均", "委員の平均", "委員評価の平均", *(f"{body}{word}" for word in ("評価平均", "の評価平均", "評価点", "の評価点", "平均")
                                                         for body in _BODIES),
               *(f"{body}{word}" for word in ("の評価", "評価") for body in _BODIES), "委員の評価", "委員評価", "評価平均",
               # (a resident's everyday words: 「委員の点数」「審議会の委員の点数」 is the committee's score, never 合計)
               "委員の点数", "委員点数", "委員の得点", "委員の採点", "委員がつけた点数", "委員が付けた点数",
               "委員がつけた点", "委員が付けた点", *(f"{body}の点数" for body in _BODIES)),
              "score", show=True,
              group_words=("委員評価", *(f"{body}評価" for body in _BODIES), *(f"{body}の評価" for body in _BODIES))),
        Field("n_comments", "意見数", ("意見数",), "score", show=True),
        # A report's summary table may print how many of the initiative's items were completed (具体的取組 over
        # 取組数 │ うち完了) and the initiative's fiscal effect (財政効果額（千円）, ▲ a decrease): initiative_sheets.py.
        Field("n_completed", "完了した実践項目数", ("完了数", "完了した取組数", "完了件数"), "score", show=True),
        Field("effect_amount", "財政効果額", ("財政効果額",), "number", show=True),
        Field("effect_unit", "財政効果額の単位"),
        # A next edition prints each initiative's policy (基本方針) and department (所管部), and the
        # committee judges it in words of its own scale (十分 / 概ね十分 / …) instead of a score.
        Field("policy", "基本方針", ("基本方針",), show=True, facet=True, group_words=("基本方針",)),
        Field("bureau", "所管部", ("所管部",), "list", show=True, facet=True, group_words=("所管部",), same_as="departments"),
        Field("judgement", "委員会の判定",
              ("委員会の判定", "委員会判定", *(f"{body}の判定" for body in _BODIES), "判定"),
              show=True, facet=True, group_words=("判定",), closed=True),
        # The previous year's judgement a paper prints beside it (「委員会評価：A （前年度：B+）」, opinion_paper.py).
        Field("judgement_previous", "前年度の委員会の判定", ("前年度の評価", "前年度の委員会評価", "前年度の判定"),
              show=True),
        # The judgements of the paper's scale, best first, as it lists them (「S、A+、A、B+、B、Cの6段階」): query/judgement_scale.py.
        Field("judgement_scale", "委員会の判定の段階", type="list"),
        # A committee scoring out of another scale than 5 (「委員会評価（10点満点）」), and the band its
        # report names each score with (評価区分: 順調 / 概ね順調 / 要改善): own_words.py.
        Field("committee_scale", "委員評価の満点", type="number"),
        # (another paper calls the band its 評語: 「評語 高く評価できる」, opinion_paper.py)
        Field("committee_class", "評価区分", ("評価区分", "評語"), show=True, facet=True, group_words=("評価区分", "評語"),
              closed=True),
        # Each member's score where the paper prints them beside the average (委員A │ 委員B …): {"委員A": 5}, asked
        # by the paper's own words (query/axes.py).
        Field("axes", "委員ごとの評価点", type="json"),
        # Each member's score on each 観点 where the paper prints a table a row per member (member_tables.py):
        # {"石川委員": {"進捗": 4, "市民目線": 3, …}}, asked by the paper's own words (query/member_points.py).
        Field("member_points", "委員ごと観点ごとの点数", type="json"),
        # Each member's grade where the paper marks it with ○ under the letters of its scale (member_marks.py):
        # {"鳴海 透": "A", …}, asked by the members' names and the letters (query/member_grades.py).
        Field("member_grades", "委員ごとの評価", type="json"),
        CALLED,
        # The items an initiative covers where the committee's paper lists them by number (「対象推進事項：1～5」):
        # the index ties them to the items of the plan's list (store/joins).
        Field("covers", "対象の実践項目", type="list"),
        # The bare word a paper labels the committee's score with (「評価：4（5段階）」): said of its initiatives
        # with a number, it names that score (query/parse: _own_score_headings).
        Field("score_word", "委員評価の見出し"),
    ),
    facets=("themes", "self_overall", "judgement", "committee_class"),
)

COMMENT = RecordKind(
    "comment", "委員の意見",
    ("委員の意見", "委員意見", "委員のコメント", *(f"{body}の意見" for body in _BODIES),
     # (「委員会意見で…」: the paper's own title, 委員会意見)
     *(f"{body}意見" for body in _BODIES), "委員からの意見", "委員コメント", "委員からのコメント", "コメント", "意見"),
    fields=(
        Field("initiative", "取組項目No.", show=True),
        Field("n", "番号", show=True),
        Field("text", "本文", show=True),
        # An opinion on one item (a page per item: item_pages.py), keyed by the item's code.
        Field("practice", "実践項目No."),
        # A paper of the members' own opinions (member_opinions.py): who said it, their role, and the score
        # they gave the initiative (評点; the committee's score of the initiative is their mean).
        # (氏名 alone: 委員名 or 委員氏名 is one character from 委員会, which the question engine's spelling correction
        # would read as it)
        Field("member", "氏名", ("氏名",), show=True, facet=True, closed=True),
        Field("member_role", "役職"),
        Field("member_score", "評点", ("評点",), "number", show=True),
        # The upper group an opinion's initiative stands under, as the paper heads the opinions (「基本目標3 <名称>」:
        # goal_points.py).
        Field("policy", "基本方針", ("基本方針",), facet=True),
        # A table of the opinions in a document of no dedicated kind (generic/opinion_rows.py): what the target is
        # called there (推進方針, 実施項目), whether that is the initiative itself or a practice item (about: initiative,
        # practice), and the city's response, its category (反映済, 今後検討 …) and its text.
        Field("target_word", "意見の対象の呼び方"),
        Field("about", "意見の対象の種類"),
        Field("response_class", "市の対応区分", ("対応区分", "市の対応区分", "回答区分", "反映区分"), show=True, facet=True, closed=True),
        # (「病院の対応方針」: a hospital's committee paper calls its response so)
        # (「…への市の回答は？」: what the city answered to an opinion is its response, as 市の考え方 prints it)
        Field("response", "市の対応", ("対応内容", "市の対応内容", "対応方針", "病院の対応方針", "市の対応方針", "市の考え方",
                                     "市の回答", "町の回答", "村の回答")),
        # The office that answered an opinion in minutes (「△事務局（交通政策課）」: generic/minutes_turns.py).
        Field("responder", "回答した課", ("回答課", "回答した課")),
        # (a meeting's questions numbered on across its districts, 「Q8」: generic/qa_turns.py; the comment is a question)
        Field("question_no", "質問番号"),
        # The meeting a table of opinions says an opinion was made at (開催回 「第2回」: generic/opinion_rows.py).
        Field("meeting", "開催回"),
        # (the day that meeting was held, as the minutes print it under the meeting's heading: 開催日時 令和7年8月22日)
        Field("meeting_date", "開催日"),
        # (a meeting report's agenda item the opinion was said under, 「議題３」: generic/opinion_posts.py)
        Field("agenda", "議題"),
        # (a residents' meeting's opinions: the district whose meeting heard it, 「北浜地区」)
        Field("place", "地区", ("地区",), show=True, facet=True, closed=True),
        # A citizen's excerpt headed 「No.12（60代・男性）【窓口サービス】」 (generic/numbered_opinions.tagged_opinions): the
        # writer's age group and sex as printed, and the class (分野) the paper filed it under. (A name of its own: a
        # joint project's `category` is its 事業区分, and one field name means one thing in every kind; the word 分野,
        # which a joint project's `area` says too, is read as whichever field holds the value said: grammar/values.py.)
        Field("writer", "記入者"),
        Field("age_group", "年代", ("年代", "年齢層"), show=True, facet=True, closed=True),
        Field("sex", "性別", ("性別",), show=True, facet=True, closed=True),
        Field("excerpt_class", "分野", ("分野",), show=True, facet=True, closed=True),
    ),
    parent=("initiative", "initiative"), text_of_parent=True,
)

SHEET = RecordKind(
    "sheet", "進捗状況シート", ("特記事項", "進捗状況シート", "進捗シート", "工程表", "進捗管理シート"),
    fields=(
        Field("practice", "実践項目No.", show=True),
        Field("initiative", "取組項目No."),
        Field("schedule", "工程表", show=True),
        Field("ended_text", "取組終了(記載)", show=True),
        Field("notes", "特記事項", show=True),
        Field("themes", "テーマ", type="list"),
        CALLED,
    ),
    parent=("practice", "practice"), text_of_parent=True,
)

# A progress sheet's indicator by fiscal year (目標指標 │ 年度 │ 目標値 │ 実績値 │ 達成率 │ 評価): own_words.py.
SHEET_VALUE = RecordKind(
    "sheet_value", "目標指標の実績", ("目標指標",),
    fields=(
        Field("practice", "実践項目No.", show=True),
        Field("year", "年度", type="year", show=True, facet=True),
        Field("indicator", "目標指標", show=True),
        # (the words users say for these are the evaluation sheet's indicators', declared there for the
        # same field names: a second declaration would reorder which field a shared word like 実績 names)
        Field("goal", "目標値", type="number", show=True),
        Field("actual", "実績値", type="number", show=True),
        Field("rate", "達成率", type="number", unit="%", show=True),
        Field("rate_text", "達成率(記載)"),
        # (the figures as printed, 「50.0」「131」: a value answered as precise as the sheet prints it)
        Field("goal_text", "目標値(記載)"),
        Field("actual_text", "実績値(記載)"),
        Field("unit", "単位", show=True),
        Field("grade", "評価", type="grade", show=True, facet=True),
        # (an indicator a lower figure of which is the better one, as its form says: 「低下が望ましい指標（↓）」)
        Field("lower_better", "低下が望ましい指標", type="number"),
        # (the kind of indicator a form's section names it, 成果指標 / 活動指標: form_sheets.py)
        Field("type", "指標の種類"),
    ),
    # (figures only, no text of its own: a keyword of a question about items is never sought here)
    parent=("practice", "practice"),
)

SHEET_ENTRY = RecordKind(
    "sheet_entry", "取組内容", ("取組内容", "取組結果", "取組予定", "取組の結果",
                               # the result of a year's entry says why it did not go as planned
                               "取組が進まなかった理由", "取組が進んでいない理由", "取組が遅れた理由", "取組が遅れている理由"),
    fields=(
        Field("practice", "実践項目No.", show=True),
        Field("year", "年度", type="year", show=True, facet=True),
        Field("n", "番号", show=True),
        Field("status", "新/継", show=True, facet=True, value_words=(("新", ("(新)",)), ("継", ("(継)",)))),
        Field("plan", "取組予定", show=True),
        Field("result", "取組結果", show=True),
        # The word the sheet heads the year's result with (実績, sheet_tables.py): 「令和6年度の実績は」 asks it.
        Field("result_heading", "取組結果の見出し"),
    ),
    parent=("practice", "practice"), text_of_parent=True,
)

SELF_EVAL = RecordKind(
    "self_eval", "自己評価", ("自己評価の理由", "評価の理由"),
    fields=(
        Field("practice", "実践項目No.", show=True),
        Field("year", "年度", type="year", show=True, facet=True),
        PROGRESS, COLLABORATION, EFFICIENCY, CREATIVITY,
        Field("overall", "総合評価", type="grade", show=True, facet=True),
        Field("reason_progress", "理由(進捗度)", ("理由(進捗度)", "進捗度の理由", "進捗度の評価の理由", "進捗度の評価理由")),
        Field("reason_collaboration", "理由(連携度)", ("理由(連携度)", "連携度の理由", "連携度の評価の理由", "連携度の評価理由")),
        Field("reason_efficiency", "理由(効率性)", ("理由(効率性)", "効率性の理由", "効率性の評価の理由", "効率性の評価理由")),
        Field("reason_creativity", "理由(創造性)", ("理由(創造性)", "創造性の理由", "創造性の評価の理由", "創造性の評価理由")),
        Field("reason_overall", "理由(総合評価)", ("理由(総合評価)", "総合評価の理由", "総合評価理由", "総括の理由", "総括理由", "総括の評価理由", "総括の評価の理由")),
    ),
    parent=("practice", "practice"), text_of_parent=True,
)

CHALLENGE = RecordKind(
    "challenge", "取組上の課題", ("取組上の課題", "課題", "問題点"),
    fields=(
        Field("practice", "実践項目No.", show=True),
        Field("year", "年度", type="year", show=True, facet=True),
        Field("problem", "課題・問題点", show=True),
        Field("solution", "解決方法", show=True),
    ),
    parent=("practice", "practice"), text_of_parent=True,
)

# One practice item's grade in one printed fiscal year: the grades by year as a child table.
GRADE = RecordKind(
    "grade", "年度別評価", ("年度別評価", "年度ごとの評価", "年度毎の評価", "各年度の評価"),
    fields=(
        Field("practice", "実践項目No.", show=True),
        Field("year", "年度", type="year", show=True, facet=True),
        Field("fiscal_year", "年度（西暦）", type="number"),
        Field("grade", "評価", type="grade", show=True, facet=True),
    ),
    parent=("practice", "practice"),
)

# The document kind as users see it (ingest's report, the browse tree).
LABEL = "行革プランの意見書・進捗状況シート"

RECORDS = (PRACTICE, INITIATIVE, COMMENT, SHEET, SHEET_ENTRY, SELF_EVAL, CHALLENGE, GRADE, SHEET_VALUE)
