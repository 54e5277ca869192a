"""Record kind of the case-study collection: one municipality's (or several's) reform case."""
from __future__ import annotations

from assistant.kinds.spec import Field, RecordKind

CASE_STUDY = RecordKind(
    "case_study", "事例", ("取組事例", "事例"),
    fields=(
        Field("code", "番号", show=True),
        # (a table of cases heads it 分野: 「分野がデジタル化の事例」)
        # (the collection marks each theme with ★: 「★見出しに「民間委託」が入っているテーマ」 is the theme)
        # (「テーマに「委託」が入っている他市」: テーマ, which names the plans' themes, is a case's topic here)
        Field("topic", "テーマ", ("分野", "★見出し", "★の見出し", "★印の見出し"), show=True, same_as="themes"),
        Field("topic_source", "テーマ(記載)"),
        Field("places", "自治体", type="list", show=True, facet=True),
        Field("title", "名称", show=True),
        Field("heading", "見出し"),
        Field("summary", "概要"),
        Field("details", "詳細"),
        Field("measures", "取組"),
        Field("effects", "効果", ("効果", "成果", "導入効果", "取組の効果")),
        # The year the case began, where the collection prints one (a table's 開始年度 column), as printed
        # (2021年度, 令和3年度): compared as a fiscal year (query/execute reads a printed year as one).
        # (a collection printing 取組年度 under each case's title: the year it was done)
        Field("start_year", "開始年度", ("開始年度", "取組年度"), "year", show=True),
        # (「開始：令和4年10月」: the month it began as printed, shown with the fiscal year it falls in)
        Field("started", "開始年月", (), show=True),
        # The municipality's population where the collection prints it (人口：約12万人 → 120000). No word of its
        # own: 人口 alone is too common in questions (「人口減少に触れた意見」); 「人口10万人以上」 is read by its number
        # (query/grammar/amounts.py, by the label).
        Field("population", "人口", (), "number", unit="人", show=True),
        # How many people a case is for, where its text says it (「対象は市立中学校６校の生徒1,860人である」)
        Field("target_count", "対象人数", ("対象人数", "対象者数", "対象者の数", "対象の人数"), "number", unit="人", show=True),
        # What a case achieved where a table prints it as figures, one column per unit (効果（時間/年）,
        # 効果（千円/年））: kept as printed, in the column's unit (case_studies/measured.py).
        Field("effect_hours", "削減時間", ("削減時間", "削減された時間", "削減できた時間"), "score", unit="時間/年", show=True),
        Field("effect_amount", "効果額", ("効果額",), "score", show=True),
        # The unit of effect_amount (千円 where the text's amount is read into it; a table's column's unit as printed):
        # 「効果額が20百万円以上」 compared in yen (query/grammar/amounts.py).
        Field("effect_unit", "効果額の単位"),
        # The items of the reader's own plan a case relates to, as the collection prints them (【本町の関連する重点取組】
        # 重点取組1、重点取組2 → ["重点取組1", "重点取組2"]): 「重点取組8に関係する事例」 (query/grammar/cases.py).
        Field("related_items", "関連する取組", type="list", show=True),
        Field("related_codes", "関連する取組の番号", type="list"),
        Field("notes", "特記事項"),
    ),
)

# The document kind as users see it (ingest's report, the browse tree).
LABEL = "取組事例集"

RECORDS = (CASE_STUDY,)
