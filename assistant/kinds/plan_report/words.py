"""Words of a plan report read outside its parsers: the Japanese names of the copies of its records
(conflict notes and warnings) and how the committee that scores it is named (the question grammar).
Apart from the parsers, so that answering a question does not import them."""
from __future__ import annotations

# The body that evaluates the plan, named as the report names itself: a 委員会 (委員評価, 委員会評価), a
# 審議会, a town's 懇話会 or 懇談会, a 協議会 or 推進会議 (「懇話会評価 4.1／5.0」 is the committee's score).
COMMITTEE = r"(?:委員会?|審議会|懇話会|懇談会|協議会|推進会議)"

# Japanese names of the copies, for the conflict notes users read.
_LABELS = {
    "main_list": "本編の実践項目別一覧",
    "appendix_list": "資料編の実践項目一覧",
    "section_1": "取組項目別の評価",
    "progress_sheet": "進捗状況シート",
    "initiative_list": "本編の取組項目別一覧",
    "summary_table": "取組項目別・評価集計",
}


def label(where: str) -> str:
    """The Japanese name of a copy, as users read it in conflict notes and warnings."""
    return _LABELS.get(where, where)
