"""Words of questions: which record kind a word asks for, which field a word names, stop words."""
from __future__ import annotations

# Words naming the kind of record asked for, most specific first. The last one in a question is
# the head noun (「実践項目が2件の取組項目」 asks for initiatives).
KIND_WORDS: list[tuple[str, str]] = [
    ("実践項目", "practice"),
    ("取組項目", "initiative"),
    ("取り組み項目", "initiative"),
    ("委員の意見", "comment"),
    ("委員意見", "comment"),
    ("委員のコメント", "comment"),
    ("審議会の意見", "comment"),
    ("委員からの意見", "comment"),
    ("コメント", "comment"),
    ("意見", "comment"),
    ("取組上の課題", "challenge"),
    ("課題", "challenge"),
    ("問題点", "challenge"),
    ("取組内容", "sheet_entry"),
    ("取組結果", "sheet_entry"),
    ("取組予定", "sheet_entry"),
    ("特記事項", "sheet"),
    ("進捗状況シート", "sheet"),
    ("工程表", "sheet"),
    ("自己評価の理由", "self_eval"),
    ("評価の理由", "self_eval"),
    ("連携事業", "joint_project"),
    ("共同事業", "joint_project"),
    ("事業項目", "joint_project"),
    ("取組事例", "case_study"),
    ("事例", "case_study"),
    ("事務事業評価", "program"),
    ("事務事業", "program"),
    ("評価シート", "program"),
    ("活動指標", "indicator"),
    ("成果指標", "indicator"),
    ("指標", "indicator"),
    ("いただいた質問", "qa"),
    ("質問への回答", "qa"),
    ("質問", "qa"),
    ("回答", "qa"),
    ("Q&A", "qa"),
    ("ニュースレター", "article"),
    ("記事", "article"),
    ("食い違い", "conflicts"),
    ("項目", "practice"),  # after 実践項目/取組項目, which are taken first
    ("不一致", "conflicts"),
    ("矛盾", "conflicts"),
]

# Field words; longest first when matching. Values: field name.
NUMERIC_FIELDS: list[tuple[str, str]] = [
    ("審議会評価平均", "committee_score"),
    ("審議会の評価", "committee_score"),
    ("審議会評価", "committee_score"),
    ("委員会評価", "committee_score"),
    ("委員の評価", "committee_score"),
    ("委員評価", "committee_score"),
    ("評価平均", "committee_score"),
    ("実践項目数", "n_practice"),
    ("意見数", "n_comments"),
    ("進捗度", "progress"),
    ("連携度", "collaboration"),
    ("効率性", "efficiency"),
    ("創造性", "creativity"),
    ("合計点", "total"),
    ("合計", "total"),
    ("総合点", "total"),
    ("総点", "total"),
    ("点数", "total"),
    ("進捗", "progress"),
    ("効率", "efficiency"),
    ("創造", "creativity"),
]

# Fields whose value can be asked for (「…は？」), word -> field.
VALUE_FIELDS: list[tuple[str, str]] = NUMERIC_FIELDS + [
    ("担当部署の自己評価", "self_overall"),
    ("担当部署評価", "self_overall"),
    ("総合評価", "overall"),
    ("自己評価", "self_overall"),
    ("担当部署", "departments"),
    ("担当課", "departments"),
    ("部会長", "chair_city"),
    ("部会", "subcommittee"),
    ("テーマ", "themes"),
    ("取組終了", "ended"),
    ("終了年度", "ended"),
]

# Field words of the program evaluation sheet and the newsletter's records (「総事業費は？」).
OTHER_VALUE_FIELDS: list[tuple[str, str]] = [
    ("事業名", "name"), ("担当部名", "department"), ("担当課名", "section"), ("施策の柱", "policy_pillar"),
    ("開始年度", "start_year"), ("施策", "policy"), ("総事業費", "total_cost"), ("事業費", "total_cost"),
    ("特定財源", "specific_revenue"), ("実質負担額", "city_burden"), ("市の負担", "city_burden"),
    ("決算年度", "settlement_year"), ("フルタイム", "staff_fulltime"), ("パートタイム", "staff_parttime"), ("人員", "staff"), ("職員数", "staff"), ("業務割合推計", "workload_share"),
    ("業務割合", "workload_share"), ("業務の難易度", "difficulty"), ("難易度", "difficulty"),
    ("今後の方針", "future_policy"), ("実施団体", "organization"), ("団体", "organization"),
    ("達成率", "rate"), ("実績値", "actual"), ("計画値", "plan"), ("目標値", "goal"), ("単位", "unit"),
    ("実施日時", "date_from"), ("募集開始日", "date_from"), ("募集開始", "date_from"), ("開始日", "date_from"), ("実施日", "date_from"), ("募集期間", "date_to"), ("締め切り", "date_to"),
    ("締切", "date_to"), ("回答", "answer"),
]

# When the asked field is not in the target kind, the field that means the same there.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "departments": ("department", "section"),
    "overall": ("self_overall",),
    "ended": ("end_year",),
    "total_cost": (),
}

GROUP_WORDS: list[tuple[str, str]] = [
    ("委員評価", "committee_score"),
    ("審議会評価", "committee_score"),
    ("合計点", "total"),
    ("合計", "total"),
    ("進捗度", "progress"),
    ("連携度", "collaboration"),
    ("効率性", "efficiency"),
    ("創造性", "creativity"),
    ("実践項目数", "n_practice"),
    ("自己評価", "overall"),
    ("担当部署の自己評価", "overall"),
    ("担当部署", "departments"),
    ("部署", "departments"),
    ("担当課", "departments"),
    ("課", "departments"),
    ("終了年度", "ended"),
    ("年度", "ended"),
    ("総合評価", "overall"),
    ("評価", "overall"),
    ("テーマ", "themes"),
    ("取組項目", "initiative"),
    ("部会", "subcommittee"),
    ("部会長", "chair_city"),
    ("市", "chair_city"),
]

# Nouns that never make a keyword on their own (question scaffolding).
STOP_NOUNS = {
    "もの", "こと", "項目", "一覧", "全て", "すべて", "全部", "件", "件数", "何", "どれ", "どこ", "どちら",
    "どの", "誰", "いつ", "教え", "場合", "担当", "部署", "評価", "総括", "取組", "取り組み", "年度",
    "数", "点", "値", "結果", "うち", "中", "その", "これ", "それ", "あれ", "リスト", "表示", "一覧表",
    "番号", "No", "no", "ところ", "ため", "よう", "ほう", "方", "とき", "時", "際", "分", "等", "など",
    "以上", "以下", "未満", "以外", "順", "上位", "下位", "最も", "一番", "平均", "合計", "名前", "名称",
    "内容", "関係", "関連", "言及", "記載", "記述", "話", "話題", "件名", "対象", "状況", "詳細",
    "自治体", "市町村", "本文", "文書", "資料", "テーマ", "全体", "ん", "の", "R", "H", "令和", "平成",
    "市", "町", "村", "県", "人", "くらい", "ぐらい", "事業", "業務", "委員", "審議会", "町村", "両市", "どんな", "どういう", "いくつ", "何点", "幾つ", "いくら", "何人", "何名", "どなた", "何時", "何日", "何回", "何円", "何%", "どれくらい", "どのくらい", "何年", "何月", "なに", "何処", "誰か",
}

# (target kind, kind of the text) -> field of the text's record naming the target record.
LINKS = {
    ("practice", "sheet"): "practice", ("practice", "sheet_entry"): "practice",
    ("practice", "self_eval"): "practice", ("practice", "challenge"): "practice",
    ("initiative", "comment"): "initiative", ("initiative", "practice"): "initiative",
    ("program", "indicator"): "program",
}
# Where keywords are sought when the question names no part: the record's own text first, and when
# that has no hit, the text of the records that belong to it (a practice item's progress sheet).
WIDER_SCOPE = {
    "practice": ["sheet", "sheet_entry", "self_eval", "challenge"],
    "initiative": ["comment"],
    "program": ["indicator"],
}
