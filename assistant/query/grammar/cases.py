"""Case studies (事例): the year a case was done (「2026年度に取り組んだ事例」, its 取組年度) and the kind of
municipality that did it (「町の事例」「そのうち市のは？」: a place whose name ends in 町 or 市)."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.compiled import compiled
from assistant.query.grammar import Context, Production, Rule
from assistant.query.grammar.years import labels

_DONE = r"(?:に|で)\s*(?:取り組んだ|取り組んでいる|取り組んでる|取組んだ|実施した|実施された|導入した|行った|始めた)"
# The question names the collection's cases: only then is a year of doing one its 取組年度 (an item of a
# plan 「R4に取り組んだ」 is one graded that year: grammar/grades.py).
_CASES = compiled(r"事例")


def _done_in(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group("year"), ctx)
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    if not found or "start_year" not in columns or not _CASES.search(ctx.text or m.string):
        return None
    return Production([Condition("start_year", "between", [found[0], found[0]], f"取組年度 = {found[0]}")],
                      {"case_study"})


_RANGE = {"以降": ">=", "以後": ">=", "より後": ">", "以前": "<=", "まで": "<=", "までに": "<=", "より前": "<"}
_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _done_since(m: re.Match, ctx: Context) -> Production | None:
    """「令和2年度以降に指定管理を導入した好事例」: the cases whose 取組年度 (導入年度) is on that side of the year."""
    found = labels(m.group("year"), ctx)
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    if not found or "start_year" not in columns or not _CASES.search(ctx.text or m.string):
        return None
    op = _RANGE[m.group("range")]
    return Production([Condition("start_year", op, found[0], f"取組年度 {_SIGN[op]} {found[0]}")], {"case_study"})


def _related_to(m: re.Match, ctx: Context) -> Production | None:
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    if "related_codes" not in columns or not _CASES.search(ctx.text or m.string):
        return None
    ref = re.sub(r"\s+", "", m.group("ref"))
    number = re.search(r"\d{1,2}(?:-\d{1,2})*$", ref).group(0)
    return Production([Condition("related_codes", "=", number, f"関連する取組の番号 = {number}（{ref}）")], {"case_study"})


_KIND_OF_PLACE = {"市": "市", "町": "町", "村": "村", "区": "区"}


def _kind_of_place(m: re.Match, ctx: Context) -> Production | None:
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    if "places" not in columns:
        return None
    suffix = _KIND_OF_PLACE[m.group("kind")]
    return Production([Condition("places", "has_suffix", suffix, f"自治体が{suffix}（名前が「{suffix}」で終わる）")],
                      {"case_study"})


def _population_extreme(m: re.Match, ctx: Context) -> Production | None:
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    # (「その中で人口がいちばん多いのは」 after cases: of those, the word for cases said before)
    after_cases = ctx.previous is not None and ctx.previous.target == "case_study" \
        and re.match(r"\s*(?:その|この)(?:中|なか|うち)", ctx.text or m.string)
    if "population" not in columns or not (_CASES.search(ctx.text or m.string) or after_cases):
        return None
    high = m.group("how") in ("多い", "大きい", "最大", "最多")
    return Production(aggregate="max" if high else "min", agg_field="population", hints={"case_study"})


# The regions of Japan as users say them, and their prefectures (general geography, not any document's).
REGIONS = {
    "北海道": ("北海道",),
    "東北": ("青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"),
    "関東": ("茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"),
    "北陸": ("新潟県", "富山県", "石川県", "福井県"),
    "甲信越": ("山梨県", "長野県", "新潟県"),
    "中部": ("新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県"),
    "東海": ("岐阜県", "静岡県", "愛知県", "三重県"),
    "近畿": ("三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"),
    "関西": ("滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"),
    "中国": ("鳥取県", "島根県", "岡山県", "広島県", "山口県"),
    "四国": ("徳島県", "香川県", "愛媛県", "高知県"),
    "九州": ("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"),
    "沖縄": ("沖縄県",),
}


def _in_region(m: re.Match, ctx: Context) -> Production | None:
    """「九州の市」「東北地方の事例」: a case whose places name a prefecture of that region (the collection prints each
    case's prefecture: 【福岡県】藤蔓市)."""
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    if "places" not in columns or not _CASES.search(ctx.text or m.string):
        return None
    region = m.group("region")
    return Production([Condition("places", "has_any", list(REGIONS[region]),
                                 f"{region}（{'・'.join(p[:-1] if p[-1] in '県府都' else p for p in REGIONS[region])}）の自治体")],
                      {"case_study"})


def _prefecture_asked(m: re.Match, ctx: Context) -> Production | None:
    columns = ctx.lex.columns.get("case_study", set()) if ctx.lex.columns else set()
    if "places" not in columns:
        return None
    after_cases = ctx.previous is not None and ctx.previous.target == "case_study"
    if not (after_cases or _CASES.search(ctx.text or m.string)):
        return None
    return Production(value_field="places", hints={"case_study"})


# 「取組事例で人口がいちばん多いのは」: the case of the largest population the collection prints (人口 has no word
# of its own in the vocabulary, too common a word: read here, of cases only). Before the aggregates, which would
# read the superlative alone.
EXTREMES: list[Rule] = [
    Rule("case_population_extreme",
         r"人口(?:が|の|は)?\s*(?:最も|もっとも|いちばん|一番|一等)?\s*(?P<how>多い|少ない|大きい|小さい|最大|最小|最多|最少)",
         _population_extreme,
         examples=(("事例で人口がいちばん多い", {"aggregate": "max", "agg_field": "population"}),
                   ("事例集で人口が最も少ない", {"aggregate": "min", "agg_field": "population"}),
                   ("人口が一番多い市の取組項目", None))),
]


RULES: list[Rule] = [
    Rule("case_done_in_year",
         r"(?P<year>{YEAR})\s*(?:中)?" + _DONE + r"(?=\s*(?:の|もの)?\s*(?:取組)?事例)",
         _done_in,
         examples=(("2026年度に取り組んだ事例", {"conditions": [("start_year", "between", ["R8", "R8"])]}),
                   ("令和9年度に導入した事例", {"conditions": [("start_year", "between", ["R9", "R9"])]}),
                   ("R4に取り組んだ実践項目", None))),
    # 「令和2年度以降に指定管理を導入した好事例」「2020年度までに始めた事例」: a bound of the cases' 取組年度, what was
    # done said before the verb.
    Rule("case_done_since_until",
         r"(?P<year>{YEAR})\s*(?:の)?\s*(?P<range>以降|以後|より後|までに|まで|以前|より前)\s*(?:に|で)?\s*"
         # (「書かない窓口を始めた」「「おくやみコーナー」を始めた」: what was done, a phrase of its own)
         r"(?:[「『]?[一-龥ァ-ヶーぁ-ん]{0,6}?[一-龥ァ-ヶー]{1,10}[」』]?を\s*)?(?:取り組んだ|取組んだ|実施した|導入した|行った|始めた)"
         r"(?=\s*(?:の|もの)?\s*(?:好|優良|先進)?(?:取組)?事例)",
         _done_since,
         examples=(("令和2年度以降に指定管理を導入した好事例", {"conditions": [("start_year", ">=", "R2")]}),
                   ("令和5年度以降に書かない窓口を始めた事例", {"conditions": [("start_year", ">=", "R5")]}),
                   ("2020年度までに導入した事例", {"conditions": [("start_year", "<=", "R2")]}),
                   ("R4以降に取り組んだ実践項目", None))),
    # 「九州の市」「東北地方の事例」: a case of a prefecture of that region (only where cases are asked of).
    Rule("case_in_region",
         r"(?<![一-龥])(?P<region>九州|四国|東北|関東|北陸|甲信越|中部|東海|近畿|関西|中国(?=地方)|沖縄)(?:地方|地域|エリア)?"
         r"(?=\s*(?:の|にある|で|に))",
         _in_region,
         examples=(("九州の市の事例", {"conditions": [("places", "has_any", list(REGIONS["九州"]))]}),
                   ("東北地方の事例", {"conditions": [("places", "has_any", list(REGIONS["東北"]))]}),
                   ("中国地方の事例", {"conditions": [("places", "has_any", list(REGIONS["中国"]))]}),
                   ("中国の事例", None))),
    # 「その市は何県？」「どこの県の事例」: the prefecture a case's places name, asked of cases.
    Rule("case_prefecture_asked",
         r"何(?:県|都道府県)|(?:どこの|どの)(?:県|都道府県)",
         _prefecture_asked,
         examples=(("その事例は何県", {"value_field": "places"}), ("どこの県の事例", {"value_field": "places"}))),
    # 「重点取組8に関係する事例」「取組4-1に関連した事例」: the cases the collection relates to that item of the
    # reader's own plan (its 【本町の関連する重点取組】 line).
    Rule("case_related_to_item",
         r"(?<![一-龥ァ-ヶー])(?P<ref>[一-龥ァ-ヶー]{1,6}?\s*\d{1,2}(?:\s*-\s*\d{1,2}){0,2})\s*(?:に|と)\s*"
         r"(?:関係|関連|関わ|かかわ)(?:する|した|している|してる|のある|る|り)",
         _related_to,
         examples=(("重点取組8に関係する他自治体の事例", None),)),
    # (a bare 市/町/村 after そのうち, a comma or at the start: 「そのうち町のは」, never the last character
    # of a name, which may be kana: ひたちなか市)
    Rule("case_kind_of_place",
         r"(?:^|(?<=うち)|(?<=中で)|(?<=なかで)|(?<=じゃあ)|(?<=では)|(?<=[、,\s]))(?P<kind>市|町|村)(?=\s*(?:のは|のもの|の事例|の取組|だけ|に限ると|に絞ると))",
         _kind_of_place,
         examples=(("そのうち町のは？", {"conditions": [("places", "has_suffix", "町")]}),
                   ("市の事例は", {"conditions": [("places", "has_suffix", "市")]}),
                   ("栗沢町のは？", None), ("市町村の事例", None), ("ひたちなか市の事例", None))),
]
