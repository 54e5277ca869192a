"""Aggregates the records cannot give one by one: distinct counts, the top group, differences of
aggregates, distributions."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.query.answer import Condition
from assistant.query.grammar import YEAR, Context, Production, Rule
from assistant.query.vocabulary import GROUP_WORDS, KIND_WORDS, VALUE_FIELDS
from assistant.query.compiled import compiled


def _alternation(words: list[tuple[str, str]], skip: set[str] = frozenset()) -> str:
    # A one-character word (市, 課) is a group word only on its own, not the end of a name (江別市, 納税課).
    return "|".join((r"(?<![一-龥々ァ-ヶ])" if len(w) == 1 else "") + re.escape(w)
                    for w, f in sorted(words, key=lambda t: -len(t[0])) if f not in skip)


# Field words counted by value that the shared vocabulary does not list yet (to move into the kinds'
# declarations with the rest of the vocabulary).
_MORE_GROUP_WORDS = [("自治体", "places"), ("市町村", "places"), ("取組終了", "ended"), ("取り組み終了", "ended"),
                     ("点数", "total"), ("委員評価の点数", "committee_score"), ("審議会評価の点数", "committee_score")]
_ALL_GROUP_WORDS = GROUP_WORDS + _MORE_GROUP_WORDS
_GROUP = _alternation(_ALL_GROUP_WORDS)
# A kind word is never the group of 「…がいちばん多い取組項目」: that asks for the item itself.
_TOP_GROUP = _alternation(_ALL_GROUP_WORDS, skip={"initiative"})
_VALUE = _alternation(VALUE_FIELDS)
# 「効率性の点数の平均」: after a field word, 点数/値 only restate it (alone, 点数 means the total).
_FILLER = r"(?:の(?:点数|点|値|スコア))?"
_AGG_WORDS = {"最高": "max", "最大": "max", "最も高い": "max", "一番高い": "max", "いちばん高い": "max",
              "最低": "min", "最小": "min", "最も低い": "min", "一番低い": "min", "いちばん低い": "min",
              "最も多い": "max", "一番多い": "max", "いちばん多い": "max", "最多": "max",
              "最も少ない": "min", "一番少ない": "min", "いちばん少ない": "min", "最少": "min",
              "一番いい": "max", "いちばんいい": "max", "一番良い": "max", "いちばん良い": "max", "最も良い": "max",
              "一番悪い": "min", "いちばん悪い": "min", "最も悪い": "min", "トップ": "max", "最下位": "min",
              "平均": "avg"}
_AGG = "|".join(sorted(_AGG_WORDS, key=len, reverse=True))
# Aggregate nouns users may type in kana (へいきん, ごうけい). 内訳 is left out: ないわけ is also
# 「…ないわけではない」.
_SPELLED_IN_KANA = ("平均", "合計", "総計", "最高", "最大", "最低", "最小", "件数", "分布", "割合",
                    "未満", "以上")  # 「80%みまん」: the bounds of a number too (以下 is not: いか is too common)


@lru_cache(maxsize=1)
def _kana_spellings() -> tuple[re.Pattern, dict[str, str]]:
    """The hiragana readings of the aggregate nouns (from Sudachi's dictionary) → the nouns."""
    from assistant.text.tokenize import morphemes

    readings = {}
    for word in _SPELLED_IN_KANA:
        katakana = "".join(m.reading_form() for m in morphemes(word))
        readings["".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)] = word
    return compiled("|".join(sorted(readings, key=len, reverse=True))), readings


def respell_kana(text: str) -> str:
    """「委員評価のへいきん」 → 「委員評価の平均」."""
    pattern, words = _kana_spellings()
    return pattern.sub(lambda m: words[m.group(0)], text)
# 「いちばん高いのと低いのの差」: the second aggregate may drop its いちばん.
_BARE_AGG_WORDS = {"高い": "max", "多い": "max", "大きい": "max", "低い": "min", "少ない": "min", "小さい": "min"}
_BARE_AGG = "|".join(_BARE_AGG_WORDS)


def _group_field(word: str) -> str:
    return dict(_ALL_GROUP_WORDS)[word]


def _distinct(m: re.Match, ctx: Context) -> Production | None:
    return Production(aggregate="distinct", group_by=_group_field(m.group(1)))


def _top_group(m: re.Match, ctx: Context) -> Production | None:
    asks = m.group("asks") or ""
    # (「一番多いのはどこ？何件？」: the size asked last, after the name, is the value; the name is said too)
    later = re.search(r"何件|何個|何項目|件数|何事業", m.string[m.end():]) if isinstance(m, re.Match) else None
    part = "count" if re.match(r"何件|いくつ|何個|何項目|件数|何事業|何本", asks) or later else "name"
    group = _group_field(m.group("group"))
    # 「いちばん多い課は」: the section's own name is asked, without the bureau mark printed before it
    # ((総)行政監理室 → 行政監理室); 「部署」「担当」 ask the department as printed.
    section = part == "name" and group == "departments" and unicodedata.normalize("NFKC", m.group("group") or "").endswith("課")
    return Production(aggregate="top_group", group_by=group,
                      descending=m.group("most") == "多い", agg_parts=[part, "section"] if section else [part])


# 「いちばん多い町村」: the groups are places of those kinds only (a name ending in 町 or 村); 市町村 is every one.
_PLACE_KINDS = {"町村": "町|村", "市町": "市|町", "市村": "市|村", "市": "市", "町": "町", "村": "村"}


def _top_group_of_kind(m: re.Match, ctx: Context) -> Production | None:
    p = _top_group(m, ctx)
    kinds = _PLACE_KINDS.get(m.group("who") or "")
    if p is not None and kinds:
        field = p.group_by
        p.conditions = [*p.conditions, Condition(field, "has_suffix", kinds, f"{m.group('who')}（名前が「{'」「'.join(kinds.split('|'))}」で終わる）")]
    return p


def _top_bureau(m: re.Match) -> Production:
    """The bureau (its mark) the most (fewest) records are of: top_group over departments, by their marks."""
    asks = m.group("asks") or ""
    later = re.search(r"何件|何個|何項目|件数|何事業", m.string[m.end():])
    part = "count" if re.match(r"何件|いくつ|何個|何項目|件数|何事業|何本", asks) or later else "name"
    most = m.group("most") or m.group("most2") or m.group("most3") or {"多く": "多い"}.get(m.group("most4") or "", "少ない")
    return Production(aggregate="top_group", group_by="departments", descending=most == "多い",
                      agg_parts=[part, "bureau"])


def _next_group(m: re.Match, ctx: Context) -> Production | None:
    """The group next in size after the one named (after:R6) or at the rank said (rank:2)."""
    p = _top_group(m, ctx)
    if m.group("after"):
        p.agg_parts = [*p.agg_parts, "after:" + unicodedata.normalize("NFKC", m.group("after"))]
    else:
        rank = {"二": 2, "三": 3, "四": 4}.get(m.group("rank")) or int(unicodedata.normalize("NFKC", m.group("rank")))
        p.agg_parts = [*p.agg_parts, f"rank:{rank}"]
    return p


# Kind words that may stand inside an aggregate phrase; the driver leaves them for the target.
_KINDS = "|".join(re.escape(w) for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0])))
_ASKS = r"(?:は|って|で)?[、,]?\s*(?P<asks>何件|いくつ|何個|何項目|件数|何事業|何本|どこ|どれ|何)?"


def _difference(m: re.Match, ctx: Context) -> Production | None:
    a, b = _AGG_WORDS[m.group(2)], {**_AGG_WORDS, **_BARE_AGG_WORDS}[m.group(3)]
    if a == b:
        return None
    fld = dict(VALUE_FIELDS).get(m.group(1) or "", "@score")
    return Production(aggregate="diff", agg_field=fld, agg_parts=[a, b])


def _difference_named(m: re.Match, ctx: Context) -> Production | None:
    """「一番高い合計点と一番低い合計点の差」: each aggregate names its field."""
    a, b = _AGG_WORDS[m.group(1)], _AGG_WORDS[m.group(3)]
    fld = dict(VALUE_FIELDS)[m.group(2)]
    if a == b or (m.group(4) and dict(VALUE_FIELDS)[m.group(4)] != fld):
        return None
    return Production(aggregate="diff", agg_field=fld, agg_parts=[a, b])


def _spread(m: re.Match, ctx: Context) -> Production | None:
    fld = dict(VALUE_FIELDS).get(m.group(1) or "", "@score")
    return Production(aggregate="diff", agg_field=fld, agg_parts=["max", "min"])


def _group_aggregate(m: re.Match, ctx: Context) -> Production | None:
    words = {"平均": "avg", "最高": "max", "最大": "max", "最低": "min", "最小": "min", "合計": "sum", "総計": "sum"}
    group = _group_field(m.group("group") or m.group("group2"))
    fld = dict(VALUE_FIELDS)[m.group("v") or m.group("v2")]
    if group == fld:
        return None
    return Production(aggregate="group", group_by=group, agg_field=fld, agg_parts=[words[m.group("agg") or m.group("agg2")]])


_KIND_FIELDS = {"initiative", "practice", "program", "joint_project"}
_TOP_OF_AGG = (r"(?:で|の中で|のうち|では)?[、,]?\s*(?:いちばん|一番|最も)(?P<sup>高い|低い|大きい|小さい|多い|少ない|良い|悪い)"
               r"(?:のは|もの|の)?(?:" + _GROUP + r")?(?:は|って)?[、,]?\s*(?P<asks>何点|いくつ|いくら|どこ|どれ|何)?")


def _top_group_aggregate(m: re.Match, ctx: Context) -> Production | None:
    got = _group_aggregate(m, ctx)
    # 「評価平均がいちばん低い取組項目」 asks for the record itself, not a group of records.
    if got is None or got.agg_parts[0] not in ("avg", "sum") or got.group_by in _KIND_FIELDS:
        return None
    high = (m.group("sup") or m.group("sup2")) in ("高い", "大きい", "多い", "良い")
    asks = m.group("asks") or m.group("asks2") or ""
    got.agg_parts += ["max" if high else "min", "value" if asks in ("何点", "いくつ", "いくら") else "name"]
    return got


_BOUND_OPS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">", "を超える": ">", "より上": ">", "より下": "<",
              "より高い": ">", "より低い": "<", "を上回る": ">", "を下回る": "<"}


def _group_aggregate_bound(m: re.Match, ctx: Context) -> Production | None:
    got = _group_aggregate(m, ctx)
    if got is None:
        return None
    got.agg_parts += ["bound", _BOUND_OPS[m.group("cmp")], m.group("n")]
    return got


def _group_spread(m: re.Match, ctx: Context) -> Production | None:
    got = _group_aggregate(m, ctx)
    if got is None or got.agg_parts[0] not in ("avg", "sum") or got.group_by in _KIND_FIELDS:
        return None
    got.agg_parts += ["spread", "value"]
    return got


def _averages_summed(m: re.Match, ctx: Context) -> Production | None:
    # The 合計 after it, even when a rule read before has used it (「平均値の合計が8以上」: field_value).
    text = ctx.text or m.string
    if not text.startswith("合計", m.end()) or text.startswith("合計点", m.end()) \
            or any(text[:m.start()].rstrip("の").endswith(w) for w, _ in VALUE_FIELDS):
        return None
    return Production()


def _distribution(m: re.Match, ctx: Context) -> Production | None:
    return Production(aggregate="group", group_by=_group_field(m.group(1)))


def _category_words() -> str:
    """Group words of fields whose values are names (部会, テーマ), not numbers or grades: 「部会は
    いくつ」 counts the different names, where 「委員評価はいくつ」 asks for a value."""
    from assistant.kinds.registry import _fields

    names = {f.name for _, f in _fields() if f.type in ("text", "list", "json")}
    return _alternation([(w, f) for w, f in _ALL_GROUP_WORDS if f in names and f != "initiative"])


# Two groups of one condition, one aggregate each, and their difference: 「自己評価がAの取組項目とBの
# 取組項目で、委員評価の平均はどれくらい違う」「AはBより合計点の平均が何点高い」. The first value stays in
# the text (its own rules read the condition it completes); the second is that condition with this value.
_THEME_WORD = r"(?:の?(?:テーマ|分野))?"  # 「人材のテーマの取組と財政のテーマの取組で」
# (「Aの取組項目群とBの取組項目群とで」: the records of a group said as a 群)
_SIDE = r"(?:評価)?" + _THEME_WORD + r"(?:の(?:" + _KINDS + r")(?:群)?|のもの|の方|のほう|の取組|の取り組み)?"
_KEPT_SIDE = r"(?P<keep_t>の?(?:テーマ|分野))?(?:の(?P<keep_k>" + _KINDS + r")(?:群)?|のもの|の方|のほう|の取組|の取り組み)?"
# A group is a grade, or a name of the index (a department: 「納税課と収税課で」).
_NAME = r"[一-龥ァ-ヶーA-Za-z0-9・]{1,14}?[一-龥ァ-ヶー]"  # never ending in a grade letter (自己評価A)
_FIRST = (r"(?P<keep_a>[A-D](?:評価)?|(?<![一-龥ァ-ヶーA-Za-z0-9・])" + _NAME + r")"
          + _KEPT_SIDE)  # kept for the rules of the condition it completes
_SECOND = r"(?P<b>[A-D]|" + _NAME + r")" + _SIDE
_GROUP_AGG = r"(?P<agg>平均|合計|総計|件数|数|最高|最低)"
_HOW_FAR = r"(?:どれくらい|どのくらい|どれだけ|どの程度|いくつ|いくら|何点|何件|何ポイント)"
_COMPARING = r"(?:(?:を|で)?(?:比べると|比較すると|比べて|比較して|比べたら|見ると))?[、,]?\s*"
_DIFF = (r"(?:の)?(?:差|違い|開き|違う|違います|異なる|異なります)(?:が|は|か)?\s*(?:ある|あります|出る|出ている)?"
         r"(?:か)?\s*(?:は|って)?\s*" + _HOW_FAR + "?")
_VALUE_AGG = r"(?P<v>" + _VALUE + r")" + _FILLER + r"(?:の|は|が)?\s*" + _GROUP_AGG + r"?(?:値|点)?"
_GROUP_AGG_WORDS = {"平均": "avg", "合計": "sum", "総計": "sum", "件数": "count", "数": "count", "最高": "max", "最低": "min"}


class _Either:
    """A match whose value and aggregate may be said on either side (v or v2, agg or agg2)."""

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def group(self, name):
        return self.m.group(name)

    def groupdict(self):
        d = self.m.groupdict()
        return {**d, "v": d.get("v") or d.get("v2"), "agg": d.get("agg") or d.get("agg2")}


def _groups_difference(m: re.Match, ctx: Context) -> Production | None:
    a, b = m.group("keep_a"), m.group("b")
    themes = {name: theme for theme, names in ctx.lex.themes.items() for name in names}
    if re.fullmatch(r"[A-D](?:評価)?", a) and re.fullmatch(r"[A-D]", b):
        a = a[0]
    elif a in themes and b in themes:
        a, b = themes[a], themes[b]  # the groups are as the records hold them (the theme rule reads a)
    elif a in ctx.lex.municipalities and b in ctx.lex.municipalities:
        pass  # 「部会長が岡山市である事業と倉敷市である事業」: two cities of one field
    elif not (a in ctx.lex.departments and b in ctx.lex.departments):
        return None  # two things of different kinds (or unknown names) are no two groups of one condition
    fld = dict(VALUE_FIELDS).get(m.groupdict().get("v") or "", "")
    agg = _GROUP_AGG_WORDS.get(m.groupdict().get("agg") or "", "avg" if fld else "")
    if a == b or not agg or (agg != "count" and not fld):
        return None
    way = {"高": "more", "上": "more", "多": "more", "大き": "more",
           "低": "less", "下": "less", "少": "less", "小さ": "less"}.get(m.groupdict().get("dir") or "", "diff")
    return Production(aggregate="groups_diff", agg_field=fld if agg != "count" else "", agg_parts=[agg, a, b, way])


def _year_groups_difference(m, ctx: Context) -> Production | None:
    """The second year's group is the first's conditions with its year: said the same way (its own
    verb, if any, the first's)."""
    from assistant.text.wareki import find_years

    a, b = find_years(m.group("keep_a")), find_years(m.group("b"))
    said_a, said_b = m.group("keep_said") or "", m.group("said_b") or ""
    if not a or not b or a[0].label == b[0].label:
        return None
    if said_b.strip("のものに") and said_b != said_a:
        return None  # the second year says another thing than the first (「R4に終わった…とR6に始まった…」)
    fld = dict(VALUE_FIELDS).get(m.groupdict().get("v") or "", "")
    agg = _GROUP_AGG_WORDS.get(m.groupdict().get("agg") or "", "avg" if fld else "")
    if not agg or (agg != "count" and not fld):
        return None
    return Production(aggregate="groups_diff", agg_field=fld if agg != "count" else "", agg_parts=[agg, a[0].label, b[0].label, "diff"])


RULES: list[Rule] = [
    # 「実績と計画値の差は」「(実績は？→) 計画値との差は？」: the actual figure less the planned one.
    Rule("actual_planned_difference",
         r"(?:実績値?\s*(?:と|の)\s*)?(?P<f>計画値|目標値|計画|目標)\s*(?:との|と(?:の)?)\s*(?:差|差分|差異|開き)(?:は|って|を)?"
         r"|実績値?(?:と|の)(?:計画値|計画|目標値|目標)?(?:の)?(?:差|差分|差異)(?=\s*(?:は|って|を|$))(?P<plain>)"
         # (「目標と実績でどれくらい差があった」: the two named first, the difference asked after them)
         r"|(?P<f2>計画値|目標値|計画|目標)\s*と\s*実績値?\s*(?:で|の間で|では)\s*(?:どれくらい|どのくらい|どれだけ|いくら|いくつ|何件)?\s*(?:の)?"
         r"(?:差|差分|差異|開き)",
         lambda m, ctx: Production(aggregate="field_diff", agg_field="actual",
                                   agg_parts=[{"計画値": "plan", "計画": "plan", "目標値": "goal", "目標": "goal"}[m.group("f") or m.group("f2")]
                                              if m.group("f") or m.group("f2") else "plan"],
                                   hints={"indicator"}),
         examples=(("計画値との差は", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["plan"]}),
                   ("実績と計画値の差は", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["plan"]}),
                   ("目標との差", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["goal"]}),
                   ("目標と実績でどれくらい差があった", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["goal"]}))),
    Rule("difference_of_groups",
         _FIRST + r"(?:と|から)\s*" + _SECOND + r"(?:で|では|とで|の間で|の|を|について)" + _COMPARING
         + r"(?:(?P<keep_k2>" + _KINDS + r")の)?(?:" + _VALUE_AGG + r"|" + _GROUP_AGG.replace("?P<agg>", "?P<agg2>") + r")?(?:は|が|の|に|を|って)?\s*"
         + _COMPARING + _HOW_FAR + r"?\s*" + _DIFF,
         lambda m, ctx: _groups_difference(_Either(m), ctx),
         topic="aggregates",
         examples=(("自己評価がAの取組項目とBの取組項目で、審議会評価平均はどれくらい違う",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("総合評価がAとBで委員評価の平均の差は",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("総合評価がAのものとCのもので合計点の平均はどのくらい違う",
                    {"aggregate": "groups_diff", "agg_field": "total", "agg_parts": ["avg", "A", "C", "diff"]}),
                   ("自己評価Aの取組項目とBの取組項目で、審議会評価の平均ってどれくらい差がある",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("自己評価Aの取組項目とBの取組項目の委員評価平均の差",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("A評価とB評価の取組項目で委員評価の平均を比べると差はいくつ",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("Aの実践項目とBの実践項目では合計点の平均にどれくらい差がある",
                    {"aggregate": "groups_diff", "agg_field": "total", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("R4がAとBで件数の差は", {"aggregate": "groups_diff", "agg_parts": ["count", "A", "B", "diff"]}),
                   ("納税課と収税課で合計点の平均の差", None),  # departments: only those of the index (see tests)
                   ("AとBで違う", None), ("R4とR5で同じ評価", None))),
    # 「総合評価がAである実践項目の件数と、Bである実践項目の件数との差」: each group said with its own count.
    Rule("difference_of_counted_groups",
         r"(?P<keep_a>[A-D](?:評価)?|(?<![一-龥ァ-ヶーA-Za-z0-9・])" + _NAME + r")(?:である|となっている|の)\s*"
         r"(?:(?P<keep_k>" + _KINDS + r")|事業|もの|項目)(?:群)?の\s*(?P<agg>件数|数)\s*と[、,]?\s*"
         r"(?P<b>[A-D]|" + _NAME + r")(?:評価)?(?:である|となっている|の)\s*(?:" + _KINDS + r"|事業|もの|項目)?(?:群)?(?:の\s*(?:件数|数))?\s*"
         r"(?:との|と(?:の)?|の)\s*(?:差|違い|開き|差分)",
         lambda m, ctx: _groups_difference(_Either(m), ctx),
         topic="aggregates",
         examples=(("総合評価がAである実践項目の件数と、Bである実践項目の件数との差",
                    {"aggregate": "groups_diff", "agg_parts": ["count", "A", "B", "diff"]}),
                   ("R4がAの実践項目の数とCの実践項目の数の差", {"aggregate": "groups_diff", "agg_parts": ["count", "A", "C", "diff"]}))),
    # 「R4に終わった実践項目とR6に終わった実践項目、合計点の平均の差」: two fiscal years of one condition
    # (the first said with its verb, kept for the rules of the condition; the second stands for it).
    Rule("difference_of_year_groups",
         r"(?P<keep_a>" + YEAR + r")(?P<keep_said>[^と、,。?？\x1f]{0,12}?)と\s*(?P<b>" + YEAR + r")(?P<said_b>[^、,。?？\x1f]{0,12}?)"
         + r"(?:で|では|とで|の間で|の|、|,)" + _COMPARING
         + r"(?:(?:" + _KINDS + r")の)?(?:" + _VALUE_AGG + r"|" + _GROUP_AGG.replace("?P<agg>", "?P<agg2>") + r")(?:は|が|の|に|を|って)?\s*"
         + _COMPARING + _HOW_FAR + r"?\s*" + _DIFF,
         lambda m, ctx: _year_groups_difference(_Either(m), ctx),
         topic="aggregates",
         examples=(("R4に終わった実践項目とR6に終わった実践項目、合計点の平均の差はどのくらい",
                    {"aggregate": "groups_diff", "agg_field": "total", "agg_parts": ["avg", "R4", "R6", "diff"]}),
                   ("令和3年度に終了したものと令和5年度に終了したもので合計点の平均はどれくらい違う",
                    {"aggregate": "groups_diff", "agg_field": "total", "agg_parts": ["avg", "R3", "R5", "diff"]}),
                   ("R4とR5で件数の差", {"aggregate": "groups_diff", "agg_parts": ["count", "R4", "R5", "diff"]}))),
    # 「委員評価の平均は、自己評価Aの取組項目とBの取組項目でどのくらい違う」: the aggregate said first; what
    # stands between it and the groups (自己評価) is left for the condition's rules.
    Rule("difference_of_groups_said_after",
         _VALUE_AGG + r"(?:は|が|を|って)[、,]?\s*(?P<keep_m>[^、,。?？\x1f]{0,20}?)" + _FIRST + r"(?:と|から)\s*" + _SECOND
         + r"(?:で|では|とで|の間で)" + _COMPARING + r"(?:平均|合計)?(?:は|が|の|に|を|って)?\s*" + _HOW_FAR + r"?\s*" + _DIFF,
         _groups_difference,
         topic="aggregates",
         examples=(("委員評価の平均は、自己評価Aの取組項目とBの取組項目でどのくらい違う",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("合計点の平均は総合評価がAとBでどれだけ違う",
                    {"aggregate": "groups_diff", "agg_field": "total", "agg_parts": ["avg", "A", "B", "diff"]}),
                   ("審議会の評価平均って、自己評価Aの取組とBの取組で平均どれくらい差がある",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "diff"]}))),
    Rule("difference_of_groups_than",
         _FIRST + r"(?:の(?:" + _VALUE_AGG + r"))?(?:は|が|の方が|のほうが)[、,]?\s*"
         + r"(?:[一-龥]{2,6}?(?:が|は)?)?" + _SECOND  # 「…、自己評価Bの取組項目の平均より」: the field said again
         + r"(?:の" + _GROUP_AGG.replace("?P<agg>", "?P<agg3>") + r")?"
         + r"(?:より|と比べて|に比べて|と比べると|に比べると|と比較して)(?:も)?[、,]?\s*"
         r"(?:" + _VALUE_AGG.replace("?P<v>", "?P<v2>").replace("?P<agg>", "?P<agg2>") + r")?(?:は|が|で)?\s*"
         + _HOW_FAR + r"\s*(?P<dir>高|低|上|下|多|少|大き|小さ)",
         lambda m, ctx: _groups_difference(_Either(m), ctx),
         topic="aggregates",
         examples=(("自己評価がAの取組項目はBの取組項目より委員評価の平均が何点高い",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "more"]}),
                   ("総合評価がBのものはAのものより合計点の平均がどれくらい低い",
                    {"aggregate": "groups_diff", "agg_field": "total", "agg_parts": ["avg", "B", "A", "less"]}),
                   ("自己評価がAの取組項目の委員評価の平均は、Bの取組項目より何点高い",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "more"]}),
                   ("自己評価Aの取組項目の委員評価平均は、自己評価Bの取組項目の平均よりどれだけ高い",
                    {"aggregate": "groups_diff", "agg_field": "committee_score", "agg_parts": ["avg", "A", "B", "more"]}),
                   ("AはBより何件多い", None))),
    # 「担当部署に付されている部局の略称は何種類」: the bureaus' marks the departments are written with ((総)職員課),
    # each mark once; a department written with none (会計課) has no bureau.
    Rule("distinct_bureau_marks",
         # (「担当部署、略号の種類は何種類」「担当部署の略号は」: a department's mark is its bureau's, 部 unsaid)
         r"(?:(?:担当部署|担当課|所管課|部署|課)(?:名)?(?:に|の|[、,]\s*)\s*(?:付(?:さ|け)?れて(?:い)?る|付された|付けられた|つけられた|"
         r"ついて(?:い)?る|付いて(?:い)?る|書かれて(?:い)?る|書かれた|冠された)?\s*(?:の)?\s*(?:(?:部局|部)(?:の|を表す|を示す)?\s*)?"
         r"|(?:部局|部)(?:の|を表す|を示す)?\s*)(?:略称|略号|略記|略字|記号)(?:の種類)?\s*(?:は|が|って){0,2}[、,]?\s*"
         r"(?:全部で|合わせて|全体で|合計で|ぜんぶで)?\s*(?:何種類|いくつ|何個|何通り|種類数|種類の数)(?:ある|あります)?",
         lambda m, ctx: Production(aggregate="distinct", group_by="departments", agg_parts=["bureau"]),
         topic="aggregates",
         examples=(("担当部署に付されている部局の略称は、全部で何種類ある",
                    {"aggregate": "distinct", "group_by": "departments", "agg_parts": ["bureau"]}),
                   ("部局の略号はいくつ", {"aggregate": "distinct", "group_by": "departments", "agg_parts": ["bureau"]}),
                   ("実践項目の担当部署、略号の種類は何種類", {"aggregate": "distinct", "group_by": "departments", "agg_parts": ["bureau"]}),
                   ("担当部署の略称はいくつ", {"aggregate": "distinct", "group_by": "departments", "agg_parts": ["bureau"]}),
                   ("略号は何種類", None),
                   ("担当部署は何種類", None))),
    # 「いくつの部にまたがってる」「なんぼの部さまたがってんの？括弧の略称で数えて」: the bureaus the records'
    # departments are of, each mark once (as the marks counted above).
    Rule("distinct_bureaus_spanned",
         r"(?:何|なん|いくつ|幾つ|いくら|何個|何種類|何種類の)\s*(?:の|個の|つの)?\s*(?:部局|部)(?![署会門分品類長一-龥])\s*(?:に|さ|を|へ)?\s*"
         r"(?:またが|跨が|わた|渡)(?:る|り|って(?:い)?る|ってん|ってる|った|って(?:い)?ます)(?:の|ん)?"
         r"(?:[?？。、,\s]*(?:(?:括弧|かっこ|カッコ)(?:の|書きの)?)?\s*(?:略称|略号|記号)\s*で\s*(?:数えて|数える|数え|カウントして)[ぁ-ん]{0,4})?",
         lambda m, ctx: Production(aggregate="distinct", group_by="departments", agg_parts=["bureau"]),
         topic="aggregates",
         examples=(("なんぼの部さまたがってんの？括弧の略称で数えてけろ",
                    {"aggregate": "distinct", "group_by": "departments", "agg_parts": ["bureau"]}),
                   ("いくつの部局にまたがっている", {"aggregate": "distinct", "group_by": "departments", "agg_parts": ["bureau"]}),
                   ("いくつの部会にまたがる", None))),
    # 「実践項目の担当で一番件数が多い部はどこで、何件」「部局ごとの件数で最も多いのは」: the records counted by
    # the bureau (部, 部局) their departments are of — the mark written before them ((総)行政監理室 → (総)).
    Rule("top_group_bureau",
         # (「所管部局別の分布で最も多いのはどの部局」: the spread over the bureaus, and the bureau asked by どの)
         r"(?:(?:所管|担当)?(?:部局|(?<![一-龥])部)(?:の略称)?(?:別|ごと|毎)の?(?:分布|内訳|集計)?の?(?:(?:" + _KINDS + r")の?)?(?:件数|数)?(?:で|が|は|の中で)?\s*"
         r"(?:いちばん|一番|最も)(?P<most>多い|少ない)(?:のは|もの|の|部局|部(?![一-龥]))?"
         # (the records counted said: 「実践項目の担当で」「担当する実践項目が」「件数が」; 「職員数がいちばん多い部局」 is
         # a figure of the bureaus, not theirs)
         r"|(?:(?:担当|所管)(?:で|の中で|では)|(?:担当する|担当している)?(?:" + _KINDS + r")(?:が|の数が|の件数が))\s*"
         r"(?:いちばん|一番|最も)(?:件数が|数が|件数の)?\s*(?P<most2>多い|少ない)\s*(?:部局|部(?![署会門分品一-龥]))"
         r"|(?:いちばん|一番|最も)(?:件数が|件数の)\s*(?P<most3>多い|少ない)\s*(?:部局|部(?![署会門分品一-龥]))"
         # (「部局別に見て実践項目を一番多く担当している部局」: the records as the object of 担当, the most of them)
         r"|(?:(?:部局|(?<![一-龥])部)(?:別|ごと|毎)に(?:見て|みて|見ると|みると)[、,]?\s*)?(?:" + _KINDS + r")を\s*(?:いちばん|一番|最も)\s*(?P<most4>多く|少なく)\s*"
         r"(?:担当|所管|抱え|持っ)(?:して)?(?:い)?(?:る|た|ている)?\s*(?:部局|部(?![署会門分品一-龥])))" + _ASKS
         + r"(?:どの\s*(?:部局|部(?![署会門分品一-龥])))?",
         lambda m, ctx: _top_bureau(m),
         topic="aggregates",
         examples=(("実践項目の担当で一番件数が多い部はどこで、何件",
                    {"aggregate": "top_group", "group_by": "departments", "descending": True, "agg_parts": ["count", "bureau"]}),
                   ("担当する実践項目が最も多い部局はどこ",
                    {"aggregate": "top_group", "group_by": "departments", "descending": True, "agg_parts": ["name", "bureau"]}),
                   ("部ごとの件数で一番少ないのは",
                    {"aggregate": "top_group", "group_by": "departments", "descending": False, "agg_parts": ["name", "bureau"]}),
                   ("部局別に見て実践項目を一番多く担当している部局は",
                     {"aggregate": "top_group", "group_by": "departments", "descending": True, "agg_parts": ["name", "bureau"]}),
                   ("所管部局別の分布で最も多いのはどの部局",
                    {"aggregate": "top_group", "group_by": "departments", "descending": True, "agg_parts": ["name", "bureau"]}),
                   ("一番多い部会はどこ", None),
                   ("担当部署で一番多いのは", None))),
    Rule("distinct_count",
         r"(" + _GROUP + r")(?:名称|名|の名前|の名称)?(?:の値|の数値|の点数)?(?:は|が|の|って|には)?\s*(?:全部で|合わせて|全体で|合計で|全体として|ぜんぶで)?\s*"
         # (「部会名称は重複を除いて何種類」: a group's names, told apart once each, as 種類 says already)
         r"(?:(?:重複|ダブり)(?:を|は)?\s*(?:除いて|除くと|除外して|除外すると|除き|なしで|抜きで)[、,]?\s*)?"
         r"(?:何種類|何通り|何種|種類数|種類の数|いくつの種類|どれだけの種類|何(?:か|カ|ヶ|ヵ|箇)所に(?:分かれ|わかれ)(?:て(?:い)?(?:ます|る)|た|る|ている))(?:ある|あります)?",
         _distinct,
         examples=(("テーマは全部で何種類", {"aggregate": "distinct", "group_by": "themes"}),
                   # (「何か所に分かれてますか」: into how many different ones the records split)
                   ("所管セクションは何か所に分かれてますか", {"aggregate": "distinct", "group_by": "departments"}),
                   ("委員評価の値は何種類", {"aggregate": "distinct", "group_by": "committee_score"}),
                   ("部会は何種類", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("部会名称は重複を除いて何種類", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("テーマって何種類", {"aggregate": "distinct", "group_by": "themes"}))),
    # 「担当課は何課ある？」: the departments counted in their own counter (課) are told apart once each — how many
    # departments, not how many records name one.
    Rule("departments_in_own_counter",
         r"(?:担当課|所管課|担当部署|所管部署|担当部局|所管部局)(?:の数)?(?:は|が|って)?\s*(?:全部で|合わせて|全体で|合計で|ぜんぶで)?\s*"
         r"(?:何課|いくつの課|何部署|いくつの部署)(?=\s*(?:ある|あります|あるの|になる|になります|[?？。]|$))",
         lambda m, ctx: Production(aggregate="distinct", group_by="departments"),
         examples=(("進捗表に出てくる担当課は何課ある？", {"aggregate": "distinct", "group_by": "departments"}),
                   ("所管課は何課ありますか", {"aggregate": "distinct", "group_by": "departments"}),
                   ("関係各課は何課になっていると書いてありますか", None))),
    # 「何種類の部会が関わっているのか」: the count of kinds said before the group, the group after it.
    Rule("distinct_count_before_group",
         r"(?:全部で|合わせて|全体で)?\s*(?:何種類|何通り)の\s*(" + _GROUP + r")(?:名称|名)?(?=\s*(?:が|を|に|で|は|って|[?？、,。]|$))",
         _distinct,
         examples=(("連携事業には何種類の部会が関わっているのか", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("全部で何種類のテーマがある", {"aggregate": "distinct", "group_by": "themes"}))),
    # 「部会の種類はいくつ？空欄のは数えないで」: a blank cell is no kind of its own, and a count of kinds never
    # counts it: said of a count of kinds, it asks nothing more (said of any other count it is not read here).
    Rule("blank_not_a_kind",
         r"[、,]?\s*(?:空欄|空白|未記入|記載(?:が)?(?:ない|なし)|記載のない)(?:の|のもの|のと|のやつ)?(?:は|を|とは)?\s*"
         r"(?:数えないで|数えずに|数えない|除いて|除く|除外して|含めないで|含めずに|入れないで|入れずに)(?:ください|下さい|ね|よ)?",
         lambda m, ctx: Production() if (ctx.query is not None and ctx.query.aggregate == "distinct")
         or re.search(r"種類|何通り", ctx.text or m.string) else None,
         examples=(("部会の種類は何個？空欄のは数えないで", {}),
                   ("部会は何種類、空欄は除いて", {}),
                   ("連携事業は何件？空欄のは数えないで", None))),
    Rule("distinct_count_of",
         r"(" + _TOP_GROUP + r")(?:の(?:数|種類))(?:は|が|って)?\s*(?:全部で|合わせて|全体で|合計で)?\s*(?:いくつ|何個|何つ|どれくらい)"
         r"|(" + _TOP_GROUP + r")(?:は|が|って)\s*(?:全部で|合わせて|全体で)\s*(?:いくつ|何個|何つ)"
         # after a kind, only a field of names: 「取組項目の委員評価はいくつ」 asks for the value
         # (「連携事業の表に部会っていくつある」: the kind's table named, its categories asked)
         r"|(?P<keep>" + _KINDS + r")(?:の?(?:一覧表|一覧|表))?(?:の|に|には|で)(" + _category_words() + r")(?:は|が|って)\s*(?:全部で)?\s*(?:いくつ|何個|何つ|何種類)"
         r"|(?:^|(?<=[、,])|(?<=で))\s*(" + _category_words() + r")(?:は|って)\s*(?:いくつ|何個|何つ)(?:ある|あります)?"
         # 「部会長が倉敷市の部会って何個ある」: the categories of the records a condition before it chose
         r"|(?P<keep2>が[^、,。\x1f]{1,12}の)(" + _category_words() + r")(?:は|って)\s*(?:全部で)?\s*(?:いくつ|何個|何つ)(?:ある|あります)?",
         lambda m, ctx: Production(aggregate="distinct",
                                   group_by=_group_field(m.group(1) or m.group(2) or m.group(4) or m.group(5) or m.group(7))),
         examples=(("部会の数は全部でいくつ", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("テーマは全部でいくつ", {"aggregate": "distinct", "group_by": "themes"}),
                   ("部会って全部でいくつある", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("部会の種類って何個ある", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("取組項目の数はいくつ", None),
                   ("連携事業の部会はいくつ", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("連携事業に部会はいくつありますか", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("連携事業には部会がいくつありますか", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("連携事業の表に部会っていくつある", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   # a category asked about with nothing before it: how many different ones there are
                   ("部会はいくつありますか", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("連携事業で、部会はいくつある", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("部会長が倉敷市の部会って何個ある", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("委員評価はいくつ", None), ("取組項目の審議会評価はいくつ", None))),
    # 「（財）の部署っていくつある」「(総)の課は何課」: how many departments of a bureau (its mark, read as
    # the bureau's condition, stays for the bureaus' reader).
    Rule("bureau_departments_count",
         r"(?<=[)）]の)\s*(?:担当部署|担当課|部署|課)(?:は|って|が|の数は)?\s*(?:全部で|合わせて|いま|今)?\s*"
         r"(?:いくつ|何課|何部署|何種類|何個|何つ)(?:ある|あります)?",
         lambda m, ctx: Production(aggregate="distinct", group_by="departments"),
         examples=(("（財）の部署っていくつある", {"aggregate": "distinct", "group_by": "departments"}),
                   ("(総)の課は何課", {"aggregate": "distinct", "group_by": "departments"}),
                   ("財政課の部署はいくつ", None))),
    # 「何部署ある？」: the counter itself says what is counted, the different departments (「全部同じ部署が担当？」
    # asked just before it is answered by that count: 1 is yes).
    Rule("departments_counted_by_counter",
         r"(?:(?:全部|すべて|全て|みんな|どれも)\s*同じ(?:担当)?(?:部署|課)[^?？、,。]{0,10}?[?？、,]\s*)?"
         r"(?:(?:担当部署|担当課|部署)(?:は|が|って)?\s*)?(?:全部で|合わせて|全体で)?\s*何部署(?=\s*(?:ある|あります|(?:が|で)(?:担当|やって|受け持|所管)|[?？]|$))",
         lambda m, ctx: Production(aggregate="distinct", group_by="departments"),
         examples=(("何部署ある", {"aggregate": "distinct", "group_by": "departments"}),
                   # (「いくつの部署がやってますか」: the counter said as いくつの部署, the verb as やる)
                   ("No.21の実践項目は、いくつの部署がやってますか", {"aggregate": "distinct", "group_by": "departments"}),
                   ("全部同じ部署が担当?何部署ある", {"aggregate": "distinct", "group_by": "departments"}),
                   ("全部同じ部署が担当?", None))),
    # 「連携事業には部会がいくつありますか」: how many there are, said with が and ある.
    Rule("distinct_count_there_are",
         r"(?<=には)[、,]?\s*(" + _category_words() + r")(?:が|は)\s*(?:全部で)?\s*(?:いくつ|何個|何つ)\s*(?:ある|あります|ありました|あった)",
         lambda m, ctx: Production(aggregate="distinct", group_by=_group_field(m.group(1))),
         examples=(("連携事業には部会がいくつありますか", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("連携事業には、部会がいくつありましたか", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("取組項目には委員評価がいくつありますか", None))),
    Rule("top_group_of_groups",
         r"(?P<group>" + _TOP_GROUP + r")(?:別|ごと|毎)の?(?:(?P<keep>" + _KINDS + r")|事業)?(?:の)?(?:件数|数)?(?:で|が|は|の)?"
         r"(?:いちばん|一番|最も)(?P<most>多い|少ない)(?:のは|もの|の|(?P=group))?" + _ASKS,
         _top_group,
         examples=(("部会ごとの連携事業数で最も多いのは", {"aggregate": "top_group", "group_by": "subcommittee",
                                                      "descending": True, "agg_parts": ["name"]}),
                   # the group word said again before the question word: 何件 still asks the size
                   ("テーマごとの取組項目数で一番多いテーマは何件", {"aggregate": "top_group", "group_by": "themes",
                                                           "descending": True, "agg_parts": ["count"]}),
                   ("部会別の事業数で一番多い部会はどこ", {"aggregate": "top_group", "group_by": "subcommittee",
                                                   "descending": True, "agg_parts": ["name"]}))),
    # 「幹事を担当している事業の数がいちばん多い町村はどこ」: the group said as a role the records' members take
    # (幹事を務める), the records counted by it, the member who takes it most asked.
    Rule("top_group_of_role",
         r"(?P<group>" + _TOP_GROUP + r")(?:を|に)\s*(?:担当し|務め|つとめ|やっ|し|担っ)て(?:い)?る\s*(?:(?P<keep>" + _KINDS + r")|事業|もの)"
         r"(?:の)?(?:件数|数)?(?:が|は)?\s*(?:いちばん|一番|最も)(?P<most>多い|少ない)"
         r"(?:のは|もの|の)?(?P<who>市町村|町村|市町|自治体|団体|市|町|村)?" + _ASKS,
         _top_group_of_kind,
         examples=(("幹事を担当している事業の数がいちばん多い町村はどこ", {"aggregate": "top_group", "group_by": "chair_city",
                                                              "descending": True, "agg_parts": ["name"],
                                                              "conditions": [("chair_city", "has_suffix", "町|村")]}),
                   ("幹事を担当している事業の数がいちばん多い市町村はどこ", {"aggregate": "top_group", "group_by": "chair_city",
                                                               "descending": True, "agg_parts": ["name"]}),
                   ("幹事をやってる連携事業がいちばん少ないのはどこ", {"aggregate": "top_group", "group_by": "chair_city",
                                                          "descending": False, "agg_parts": ["name"]}))),
    # 「総合評価の内訳を見たいんだけど、いちばん多い評価は何件」: a distribution asked for, then its largest group.
    Rule("top_group_of_distribution",
         r"(?P<group>" + _TOP_GROUP + r")の(?:内訳|分布|構成)(?:を|が|は)?[^、,。?？\x1f]{0,14}?[、,]\s*"
         r"(?:その中で|そのうち|中でも)?[、,]?\s*(?:いちばん|一番|最も)(?P<most>多い|少ない)(?:評価|区分|もの|の|グループ|点数|値)?" + _ASKS,
         _top_group,
         examples=(("総合評価の内訳を見たいんだけど、いちばん多い評価は何件", {"aggregate": "top_group", "group_by": "overall",
                                                            "descending": True, "agg_parts": ["count"]}),
                   ("合計点の分布を見たいんだけど、いちばん多い点数は", {"aggregate": "top_group", "group_by": "total",
                                                        "descending": True, "agg_parts": ["name"]}),
                   ("部会の内訳で、一番多いのはどこ", {"aggregate": "top_group", "group_by": "subcommittee",
                                                   "descending": True, "agg_parts": ["name"]}))),
    # 「総合評価はどの評価がいちばん多いですか？何件？」: which value of the group word is most common
    # (the question about its size may follow the question mark).
    Rule("top_group_which",
         r"(?P<group>" + _TOP_GROUP + r")(?:は|で|では|の中で|のうち|(?=[、,]))[、,]?\s*(?:どの|どれ|何の?)(?:評価|区分|値|もの|点|点数)?(?:が)?\s*"
         r"(?:いちばん|一番|最も)(?P<most>多い|少ない)(?:ですか|でしょうか|か)?[？?]?\s*"
         r"(?:また|それと)?[、,]?\s*(?:その)?(?:件数は|数は)?\s*(?P<asks>何件|いくつ|何個|何項目|件数)?",
         _top_group,
         examples=(("総合評価はどの評価がいちばん多いですか？何件？", {"aggregate": "top_group", "group_by": "overall",
                                                         "descending": True, "agg_parts": ["count"]}),
                   ("担当部署はどこが一番多い", None),
                   ("総合評価はどれが一番少ない", {"aggregate": "top_group", "group_by": "overall",
                                              "descending": False, "agg_parts": ["name"]}))),
    # 「総合評価がAの実践項目の担当部署で一番多いのは」: the group word, then which of its values has most.
    # 「取組終了の年度別件数で、R6の次に多いのは何件」「…で2番目に多いのは」: the group ranked next after the
    # one named (or at the rank said) by its size.
    Rule("next_group_within",
         # (「取組終了年度ごとに実践項目を数えると」: the year said without の, the records counted before the verb)
         r"(?P<group>" + _TOP_GROUP + r")(?:の?年度|の値|の点数|の点)?(?:別|ごと|毎)?(?:の|に)?(?:(?P<keep_k>" + _KINDS + r")?(?:件数|数))?"
         r"(?:で|では|のうち|の中で|の中では|(?:(?P<keep_k2>" + _KINDS + r")を|を)?(?:数えると|数えたら|数えたとき|集計すると)|を?見ると)[、,]?\s*"
         r"(?:(?P<after>[A-Za-z0-9Ａ-Ｚａ-ｚ０-９一-龥ァ-ヶー]{1,12})\s*の\s*次に|(?P<rank>[2-9２-９二三四])\s*番目に)(?P<most>多い|少ない)"
         r"(?:のは|もの|の|(?P=group)|年度|点数|値|区分)?" + _ASKS,
         lambda m, ctx: _next_group(m, ctx),
         examples=(("取組終了の年度別件数で、R6の次に多いのは何件", {"aggregate": "top_group", "group_by": "ended",
                                                          "descending": True, "agg_parts": ["count", "after:R6"]}),
                   ("取組終了の年度ごとに数えると、R6の次に多い年度は何件", {"aggregate": "top_group", "group_by": "ended",
                                                              "descending": True, "agg_parts": ["count", "after:R6"]}),
                   ("担当部署で2番目に多いのはどこ", {"aggregate": "top_group", "group_by": "departments",
                                              "descending": True, "agg_parts": ["name", "rank:2"]}),
                   ("取組終了年度ごとに実践項目を数えると、2番目に多い年度は何件", {"aggregate": "top_group", "group_by": "ended",
                                                                "descending": True, "agg_parts": ["count", "rank:2"]}),
                   # (the records counted said with 数: 「テーマ別の実践項目数で」)
                   ("テーマ別の実践項目数で2番目に多いテーマは", {"aggregate": "top_group", "group_by": "themes",
                                                      "descending": True, "agg_parts": ["name", "rank:2"]}))),
    Rule("top_group_within",
         r"(?P<group>" + _TOP_GROUP + r")(?:で|では|のうち|の中で|の中では|として)[、,]?\s*(?:いちばん|一番|最も)(?P<most>多い|少ない)"
         r"(?!(?:もの|の)?(?:と|から))(?:のは|もの|の|(?P=group)|点数|値)?" + _ASKS,
         _top_group,
         examples=(("担当部署で一番多いのは", {"aggregate": "top_group", "group_by": "departments",
                                            "descending": True, "agg_parts": ["name"]}),
                   ("部会の中でいちばん多いのは何件", {"aggregate": "top_group", "group_by": "subcommittee",
                                                "descending": True, "agg_parts": ["count"]}),
                   # (the value of a score group restated: 「合計点でいちばん多い点数は」)
                   ("合計点でいちばん多い点数は", {"aggregate": "top_group", "group_by": "total",
                                              "descending": True, "agg_parts": ["name"]}),
                   ("実践項目数で、いちばん多いものといちばん少ないものの差", None))),
    # 「実践項目をいちばん多く抱えてる部署って、何件担当してるの」: the holding verb after the superlative.
    Rule("top_group_holding",
         r"(?:を|が)?(?:いちばん|一番|最も)(?P<most>多く|少なく|たくさん|沢山|いっぱい)(?:(?P<keep_k>" + _KINDS + r")を)?(?:抱え|かかえ|担当し|持っ|もっ|受け持っ)て(?:い)?る"
         r"(?P<group>" + _TOP_GROUP + r")(?:は|って|で)?[、,]?\s*(?P<asks>何件|いくつ|何個|何項目|件数|どこ|どれ|何)?",
         lambda m, ctx: Production(aggregate="top_group", group_by=_group_field(m.group("group")),
                                   descending=m.group("most") != "少なく",
                                   agg_parts=["count" if re.match(r"何件|いくつ|何個|何項目|件数", m.group("asks") or "")
                                              else "name"]),
         examples=(("をいちばん多く抱えてる部署って、何件", {"aggregate": "top_group", "group_by": "departments",
                                                      "descending": True, "agg_parts": ["count"]}),
                   ("を一番たくさん担当してる部署は何件", {"aggregate": "top_group", "group_by": "departments",
                                                   "descending": True, "agg_parts": ["count"]}),
                   ("いちばんたくさん実践項目を担当している部署は、何項目", {"aggregate": "top_group", "group_by": "departments",
                                                            "descending": True, "agg_parts": ["count"]}))),
    Rule("top_of_previous_groups",
         r"^(?:では|じゃあ|その中で|そのうち)?[、,]?\s*(?:いちばん|一番|最も)(?P<most>多い|少ない)(?:のは|もの|の)?(?:は)?" + _ASKS,
         lambda m, ctx: Production(aggregate="top_group", group_by=ctx.previous.group_by,
                                   descending=m.group("most") == "多い",
                                   agg_parts=["count" if re.match(r"何件|いくつ|件数", m.group("asks") or "") else "name"])
         if ctx.previous is not None and ctx.previous.aggregate == "group" and ctx.previous.group_by else None,
         examples=(("いちばん多いのは何件", None),)),  # only after a grouped answer: see test_query.py
    Rule("top_group",
         r"(?:が|の)?(?:いちばん|一番|最も|最)(?:(?:(?P<keep>" + _KINDS + r")|事業|件数)(?:が|の)(?:数が)?)?(?P<most>多い|少ない)"
         r"(?P<group>" + _TOP_GROUP + r")" + _ASKS,
         _top_group,
         examples=(("がいちばん多い部会は何件", {"aggregate": "top_group", "group_by": "subcommittee",
                                                 "descending": True, "agg_parts": ["count"]}),
                   ("が最も多い担当課はどこ", {"aggregate": "top_group", "group_by": "departments",
                                               "descending": True, "agg_parts": ["name", "section"]}),
                   ("実践項目が最も多い取組項目", None),
                   ("いちばん事業が多い部会は何件", {"aggregate": "top_group", "group_by": "subcommittee",
                                           "descending": True, "agg_parts": ["count"]}),
                   ("いちばん実践項目が多い担当課はどこ", {"aggregate": "top_group", "group_by": "departments",
                                                        "descending": True, "agg_parts": ["name", "section"]}),
                   ("いちばん実践項目が多い部署はどこ", {"aggregate": "top_group", "group_by": "departments",
                                                      "descending": True, "agg_parts": ["name"]}),
                   # a comma before the question word
                   ("がいちばん多い部署は、何件", {"aggregate": "top_group", "group_by": "departments",
                                                 "descending": True, "agg_parts": ["count"]}))),
    # 「審議会評価平均の最高点と最低点は？」: both extremes asked (no difference said): both are answered.
    Rule("highest_and_lowest",
         r"(" + _VALUE + r")" + _FILLER + r"(?:の|で|は)?[、,]?\s*(?:最高|最大)(?:点|値)?\s*(?:と|、|・)\s*(?:最低|最小)(?:点|値)?"
         r"(?:は|を|って|が)?(?![^。？?]*?(?:差|開き|違い|違う|ちが|離れ|隔たり))",
         lambda m, ctx: Production(aggregate="diff", agg_field=dict(VALUE_FIELDS)[m.group(1)], agg_parts=["max", "min", "both"]),
         examples=(("審議会評価平均の最高点と最低点は？", {"aggregate": "diff", "agg_field": "committee_score",
                                                    "agg_parts": ["max", "min", "both"]}),
                   ("委員評価の最高点と最低点、差は", None))),
    Rule("difference_of_aggregates",
         # (「最高の重点取組と最低の重点取組の差」: the extreme's kind said by the document's own word after の)
         r"(?:(" + _VALUE + r")(?:で|の|は|が)?[、,]?\s*)?(" + _AGG + r")(?:値|点|もの|の|取組|" + _KINDS + r")?(?:(?<=の)(?:[一-龥]{1,3}取組|" + _KINDS + r"))?(?:と|から)\s*(" + _AGG + r"|" + _BARE_AGG + r")"
         r"(?:値|点|もの|の|取組|" + _KINDS + r")?(?:(?<=の)(?:[一-龥]{1,3}取組|" + _KINDS + r"))?(?:(?:[、,]\s*|\s*(?:の|との)?)(?:(?:点数|得点|点|スコア)(?:の)?)?(?:差|開き|違い|差分|隔たり)(?:は|を|が)?"
         # (「差は何ポイントか」: the unit the difference is asked in, at the end)
         r"(?:\s*何ポイント(?=\s*(?:か|ですか|でしょうか|なの|になる)?\s*[?？。]?\s*$))?"
         # (「…低いのって何点差？」: って for は, and the difference asked by its bare noun at the end)
         # (「低いのとで何点ちがう」: the pair closed by と before で)
         r"|(?:とで|とでは|では|で|は|って)?[、,]?\s*(?:何点|何ポイント|何個|何件|何項目|どれだけ|どのくらい|どれくらい|いくつ|いくら)"
         r"(?:の差|差が|違|ちが|離れ|開き|の開き|差(?=\s*[?？。]?\s*$|\s*(?:ある|あん|あります))))",
         _difference,
         examples=(("合計点で、最高と最低の差", {"aggregate": "diff", "agg_field": "total", "agg_parts": ["max", "min"]}),
                   # (「一番高いのと一番低いのでなんぼ差あんの」: the difference said with ある, spoken)
                   ("審議会評価、一番高いのと一番低いのでいくら差あんの", {"aggregate": "diff", "agg_field": "committee_score",
                                                                "agg_parts": ["max", "min"]}),
                   ("委員評価平均の最高の重点取組と最低の重点取組の差は何点", {"aggregate": "diff", "agg_field": "committee_score",
                                                                 "agg_parts": ["max", "min"]}),
                   # (a fragment: 「委員評価 いちばん高いのと低いの 差」, the difference said after a space)
                   ("委員評価がいちばん高いのと低いの 差", {"aggregate": "diff", "agg_field": "committee_score",
                                                    "agg_parts": ["max", "min"]}),
                   ("委員評価のいちばん高い取組といちばん低い取組の差", {"aggregate": "diff", "agg_field": "committee_score",
                                                             "agg_parts": ["max", "min"]}),
                   ("委員評価の最大と最小の差", {"aggregate": "diff", "agg_field": "committee_score",
                                                "agg_parts": ["max", "min"]}),
                   ("委員評価の最高と最低の差は何ポイントか", {"aggregate": "diff", "agg_field": "committee_score",
                                                "agg_parts": ["max", "min"]}),
                   ("平均と最高の差", {"aggregate": "diff", "agg_field": "@score", "agg_parts": ["avg", "max"]}),
                   ("委員評価のいちばん高いのと低いのの差", {"aggregate": "diff", "agg_field": "committee_score",
                                                   "agg_parts": ["max", "min"]}),
                   ("実践項目数で、いちばん多いものといちばん少ないものの差", {"aggregate": "diff", "agg_field": "n_practice",
                                                            "agg_parts": ["max", "min"]}),
                   ("委員評価のいちばん高い取組といちばん低い取組で、何点違う", {"aggregate": "diff", "agg_field": "committee_score",
                                                               "agg_parts": ["max", "min"]}),
                   ("委員評価の最高点と最低点、差は", {"aggregate": "diff", "agg_field": "committee_score",
                                                "agg_parts": ["max", "min"]}),
                   ("委員評価、一番いいのと一番悪いのは何点ちがう", {"aggregate": "diff", "agg_field": "committee_score",
                                                      "agg_parts": ["max", "min"]}),
                   ("合計点のいちばん高いのと低いのって何点差？", {"aggregate": "diff", "agg_field": "total",
                                                      "agg_parts": ["max", "min"]}),
                   ("委員評価がいちばん高いのと低いのとで何点ちがいますか", {"aggregate": "diff", "agg_field": "committee_score",
                                                          "agg_parts": ["max", "min"]}),
                   ("委員評価の一番高い取組項目と一番低い取組項目の点数差", {"aggregate": "diff", "agg_field": "committee_score",
                                                             "agg_parts": ["max", "min"]}),
                   # (「、点数の差はいくつ」: the field's noun and の before the difference)
                   ("委員評価の一番高い取組項目と一番低い取組項目、点数の差はいくつ", {"aggregate": "diff", "agg_field": "committee_score",
                                                                "agg_parts": ["max", "min"]}),
                   ("実践項目数、いちばん多い取組といちばん少ない取組で何個差", {"aggregate": "diff", "agg_field": "n_practice",
                                                               "agg_parts": ["max", "min"]}))),
    # 「テーマ別の審議会評価平均、いちばん高いテーマといちばん低いテーマで何ポイント差」: the spread of the
    # groups' aggregates (the highest group's less the lowest's).
    Rule("group_aggregate_spread",
         r"(?P<group>" + _GROUP + r")(?:ごと|別|毎)(?:の|に|で)?\s*(?:(?P<keep>" + _KINDS + r")の)?(?P<v>" + _VALUE + r")" + _FILLER
         + r"(?:の|は)?\s*(?P<agg>平均|合計|総計)(?:値|点)?(?:で|の中で|では)?[、,]?\s*"
         r"(?:いちばん|一番|最も)(?:高い|大きい|良い)(?:(?P=group)|もの|の)?\s*(?:と|から)\s*(?:いちばん|一番|最も)(?:低い|小さい|悪い)(?:(?P=group)|もの|の)?"
         r"\s*(?:で|の|は|では)?\s*(?:何ポイント|何点|どれだけ|どのくらい|どれくらい|いくつ)?\s*(?:の)?\s*(?:差|違い|開き)",
         lambda m, ctx: _group_spread(m, ctx),
         examples=(("テーマ別の審議会評価平均、いちばん高いテーマといちばん低いテーマで何ポイント差", {
                       "aggregate": "group", "group_by": "themes", "agg_field": "committee_score",
                       "agg_parts": ["avg", "spread", "value"]}),
                   ("テーマごとの委員評価の平均で、いちばん高いテーマといちばん低いテーマの差", {
                       "aggregate": "group", "group_by": "themes", "agg_field": "committee_score",
                       "agg_parts": ["avg", "spread", "value"]}))),
    Rule("difference_of_named_aggregates",
         r"(" + _AGG + r")(?:の)?(" + _VALUE + r")(?:と|から)\s*(" + _AGG + r")(?:の)?(" + _VALUE + r")?"
         r"(?:の|との)?(?:差|開き|違い|差分|隔たり)(?:は|を|が)?",
         _difference_named,
         examples=(("一番高い合計点と一番低い合計点の差", {"aggregate": "diff", "agg_field": "total",
                                                      "agg_parts": ["max", "min"]}),
                   ("最高の合計点と最低の合計点の差", {"aggregate": "diff", "agg_field": "total",
                                                  "agg_parts": ["max", "min"]}))),
    Rule("spread",
         r"(" + _VALUE + r")(?:の)?(?:幅|レンジ|最大差)(?:は|を|が)?",
         _spread,
         examples=(("合計点の幅", {"aggregate": "diff", "agg_field": "total", "agg_parts": ["max", "min"]}),)),
    # 「取組項目6と取組項目7の委員評価の差」: one field of two named records, the first less the second.
    # (Which records is for the driver: it needs two records named on one field.)
    Rule("difference_of_records",
         r"(" + _VALUE + r")" + _FILLER + r"(?:の)?(?:差|開き|違い|差分)(?:は|を|が|って)?"
         r"|(" + _VALUE + r")" + _FILLER + r"(?:は|が|で|に|には)?\s*(?:どれだけ|どのくらい|どれくらい|いくつ|いくら|何点|何ポイント)(?:の)?\s*"
         # (「何ポイント差？」: the difference asked by its bare noun at the end)
         r"(?:違う|違います|違うか|異なる|差がある|差があります|差が(?:ある|あります)?|開いている|開きがある|差(?=\s*[?？。]?\s*$))",
         lambda m, ctx: Production(aggregate="records_diff", agg_field=dict(VALUE_FIELDS)[m.group(1) or m.group(2)]),
         examples=(("取組項目6と取組項目7の委員評価の差は", {"aggregate": "records_diff", "agg_field": "committee_score"}),
                   ("実践項目1と2で合計点の違いは", {"aggregate": "records_diff", "agg_field": "total"}),
                   ("委員評価はどれだけ違う", {"aggregate": "records_diff", "agg_field": "committee_score"}),
                   ("委員評価にどのくらい差がある", {"aggregate": "records_diff", "agg_field": "committee_score"}),
                   ("委員評価で何ポイント差？", {"aggregate": "records_diff", "agg_field": "committee_score"}),
                   ("委員評価は何点違う", {"aggregate": "records_diff", "agg_field": "committee_score"}))),
    # 「テーマ別の委員評価平均でいちばん低いテーマは何点」「委員評価の平均がいちばん高いテーマは」: the
    # group whose aggregate is the highest or lowest, its name or (何点) its value.
    Rule("top_group_aggregate",
         r"(?P<group>" + _GROUP + r")(?:ごと|別|毎)(?:の|に|で)?\s*(?:(?P<keep>" + _KINDS + r")の)?(?P<v>" + _VALUE + r")" + _FILLER
         + r"(?:の|は)?\s*(?P<agg>平均|合計|総計)(?:値|点)?" + _TOP_OF_AGG
         + r"|(?P<v2>" + _VALUE + r")" + _FILLER + r"(?:の)?(?P<agg2>平均|合計|総計)(?:値|点)?(?:が|は)?\s*(?:いちばん|一番|最も)"
         r"(?P<sup2>高い|低い|大きい|小さい|多い|少ない|良い|悪い)(?P<group2>" + _GROUP + r")(?:は|って|で)?[、,]?\s*(?P<asks2>何点|いくつ|いくら|どこ|どれ|何)?",
         _top_group_aggregate,
         examples=(("テーマ別の委員評価平均でいちばん低いテーマは何点", {
                       "aggregate": "group", "group_by": "themes", "agg_field": "committee_score",
                       "agg_parts": ["avg", "min", "value"]}),
                   ("委員評価の平均がいちばん高いテーマは", {
                       "aggregate": "group", "group_by": "themes", "agg_field": "committee_score",
                       "agg_parts": ["avg", "max", "name"]}),
                   ("審議会の評価平均がいちばん低い取組項目", None))),
    # 「取組項目ごとに実践項目の総括合計の平均を出して、10.5以上になる取組項目は」: the groups whose aggregate is
    # within a bound.
    Rule("group_aggregate_bound",
         r"(?P<group>" + _GROUP + r")(?:ごと|別|毎)(?:の|に|で)?\s*(?:(?P<keep>" + _KINDS + r")の)?(?:総括の?)?(?P<v>" + _VALUE + r")" + _FILLER
         + r"(?:の|は)?\s*(?P<agg>平均|合計|総計|最高|最低)(?:値|点)?\s*"
         r"(?:を(?:出|計算|求め)(?:して|したとき|した場合|したら|すると|て)|で|が|は)?[、,]?\s*"
         r"(?P<n>\d+(?:\.\d+)?)\s*(?:点)?\s*(?P<cmp>以上|以下|未満|超|を超える|より上|より下|より高い|より低い|を上回る|を下回る)"
         r"(?:に|と)?\s*(?:なる|なった|の)?\s*(?:(?P=group)|もの|の)?",
         lambda m, ctx: _group_aggregate_bound(m, ctx),
         examples=(("取組項目ごとに実践項目の総括合計の平均を出して、10.5以上になる取組項目", {
                       "aggregate": "group", "group_by": "initiative", "agg_field": "total",
                       "agg_parts": ["avg", "bound", ">=", "10.5"]}),
                   ("テーマごとの委員評価の平均が4未満のテーマ", {
                       "aggregate": "group", "group_by": "themes", "agg_field": "committee_score",
                       "agg_parts": ["avg", "bound", "<", "4"]}))),
    Rule("group_aggregate",
         r"(?P<group>" + _GROUP + r")(?:ごと|別|毎)(?:の|に|で)?\s*(?:(?P<keep>" + _KINDS + r")の)?(?P<v>" + _VALUE + r")" + _FILLER
         + r"(?:の|は)?\s*(?P<agg>平均|最高|最大|最低|最小|合計|総計)(?:値|点)?"
         r"|(?P<v2>" + _VALUE + r")" + _FILLER + r"(?:の)?(?P<agg2>平均|最高|最大|最低|最小|合計)(?:値|点)?(?:を|は)?\s*(?P<group2>" + _GROUP
         + r")(?:ごと|別|毎)",
         lambda m, ctx: _group_aggregate(m, ctx),
         examples=(("テーマごとの委員評価の平均", {"aggregate": "group", "group_by": "themes", "agg_field": "committee_score",
                                          "agg_parts": ["avg"]}),
                   ("合計点の平均を担当課別", {"aggregate": "group", "group_by": "departments", "agg_field": "total",
                                         "agg_parts": ["avg"]}))),
    Rule("achieved_over_planned",
         # (「目標値に対して何件上回った」「目標値と比べて」: the same said with the figure compared against)
         r"(?P<f>計画値|目標値|計画|目標)(?:を|より|に対して|に対し|と比べて|に比べて|と比較して)[、,]?\s*(?:(?:実績|実績値|結果)\s*(?:が|は)\s*)?(?:いくつ|どれだけ|どのくらい|どれくらい|何件|いくら|何人|何か所|何ポイント)\s*"
         r"(?P<dir>上回|下回|超え|多|少な)",
         lambda m, ctx: Production(aggregate="field_diff", agg_field="actual",
                                   agg_parts=[{"計画値": "plan", "計画": "plan", "目標値": "goal", "目標": "goal"}[m.group("f")]],
                                   hints={"indicator"}),
         examples=(("計画値をいくつ上回った", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["plan"]}),
                   ("目標値に対して何件上回った", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["goal"]}),
                   # (「計画値に対して実績が何件上回っていましたか」: the figure compared said as the subject)
                   ("計画値に対して実績が何件上回っていましたか", {"aggregate": "field_diff", "agg_field": "actual", "agg_parts": ["plan"]}))),
    Rule("each_value_count",
         r"(" + _GROUP + r")(?:の|別の|ごとの|別)?\s*(?:分布|内訳)?\s*[(（、,]?\s*(?:[A-DＡ-Ｄ](?:評価)?(?:\s*(?:・|、|,|と|や)\s*[A-DＡ-Ｄ](?:評価)?)+)?"
         r"\s*(?:は|が|の)?\s*(?:それぞれ|各)\s*(?:何件|いくつ|何個|何項目)(?:ずつ)?(?:か|ですか|ありますか)?[)）]?",
         _distribution,
         examples=(("総合評価、A・B・Cそれぞれ何件か", {"aggregate": "group", "group_by": "overall"}),
                   ("総合評価のそれぞれ何件ずつ", {"aggregate": "group", "group_by": "overall"}),
                   ("担当部署の自己評価、AとBはそれぞれ何件ずつですか", {"aggregate": "group", "group_by": "self_overall"}))),
    Rule("distribution",
         r"(" + _GROUP + r")(?:の|別の|ごとの|別)?\s*(?:分布|内訳|構成|ばらつき|分かれ方)(?:は|を|が)?",
         _distribution,
         examples=(("総合評価の分布", {"aggregate": "group", "group_by": "overall"}),
                   ("テーマの内訳", {"aggregate": "group", "group_by": "themes"}))),
]


def _grade_said(ch: str) -> str:
    from assistant.query.grammar import grade_word

    return grade_word(unicodedata.normalize("NFKC", ch).upper())


def _year_distribution(m: re.Match, ctx: Context) -> Production | None:
    """「R5の評価の分布」: the grades of that year, counted by value."""
    from assistant.query.grammar.years import mentions

    found = mentions(m.group("year"), ctx)
    fld = ctx.year_field(found[0].fiscal_year) if found else None
    if not fld:
        return None
    return Production(aggregate="group", group_by=fld, hints={"practice"})


# A kind's count of its children: (child kind word, field of the parent counting them).
_CHILD_COUNTS = {"実践項目": "n_practice", "委員の意見": "n_comments", "委員意見": "n_comments", "意見": "n_comments",
                 "コメント": "n_comments"}
_CHILD = "|".join(sorted(_CHILD_COUNTS, key=len, reverse=True))
_PARENT = r"取組項目|取り組み項目"

MORE_RULES: list[Rule] = [
    Rule("average_children_per_parent",
         r"(?P<keep>" + _PARENT + r")(?:ひとつ|1つ|一つ|1件|一件|1項目|ごと|毎)?(?:あたり|当たり|につき)(?:の)?[、,]?\s*"
         r"(?P<child>" + _CHILD + r")(?:の数|数)?(?:は|が|の)?\s*(?:平均で?|平均して|平均すると)[、,]?\s*(?:何件|いくつ|何個|何項目)?",
         lambda m, ctx: Production(aggregate="avg", agg_field=_CHILD_COUNTS[m.group("child")], hints={"initiative"}),
         examples=(("取組項目ひとつあたり、実践項目は平均で何件", {"aggregate": "avg", "agg_field": "n_practice"}),
                   ("取組項目あたりの意見は平均いくつ", {"aggregate": "avg", "agg_field": "n_comments"}),
                   ("取組項目1件あたりの実践項目数の平均", {"aggregate": "avg", "agg_field": "n_practice"}))),
    Rule("most_children_value",
         # (the adverb may come first: 「いちばん実践項目が多い取組項目は実践項目を何件持ってる」)
         r"(?:(?P<child>" + _CHILD + r")(?:の数)?(?:が|は)?(?:最も|一番|いちばん)|(?:最も|一番|いちばん)(?P<child_b>" + _CHILD
         + r")(?:の数)?(?:が|は)?)(?P<most>多い|少ない|多く|少なく)"
         r"(?:ついた|ついている|付いた|寄せられた|出た|ある|集まった)?(?:(?P<keep>" + _PARENT + r")|取組(?!内容|終了|上|結果|予定|事例)|取り組み)(?:は|で|って)?[、,]?\s*"
         r"(?:" + _CHILD + r")?(?:が|は|を|の数は)?\s*(?:何件|いくつ|何個|何項目)(?:の(?:" + _CHILD + r"))?(?:を|が)?"
         r"(?:ある|あります|抱えている|抱えてる|かかえている|かかえてる|持っている|持ってる|もっている|もってる|ついている|ついてる|付いている|付いてる)?",
         lambda m, ctx: Production(aggregate="max" if m.group("most").startswith("多") else "min",
                                   agg_field=_CHILD_COUNTS[m.group("child") or m.group("child_b")], hints={"initiative"}),
         examples=(("委員の意見がいちばん多くついた取組項目は、意見が何件ある", {"aggregate": "max", "agg_field": "n_comments"}),
                   ("いちばん実践項目が多い取組項目は実践項目を何件持ってる", {"aggregate": "max", "agg_field": "n_practice"}),
                   ("委員の意見がいちばん多い取組は何件の意見がついてる", {"aggregate": "max", "agg_field": "n_comments"}),
                   ("実践項目が最も少ない取組項目は何件", {"aggregate": "min", "agg_field": "n_practice"}),
                   ("実践項目がいちばん多い取組項目は何件の実践項目をかかえてる", {"aggregate": "max", "agg_field": "n_practice"}))),
    Rule("top_group_by_each",
         # (「取組終了年度ごとに実践項目を区分した場合、件数が最も多い年度の該当件数」: an auditor's wording)
         r"(?P<group>" + _GROUP + r")(?:の年度|年度|の値|の点数|の点)?(?P<each>別|ごと|毎)?(?:に|の|で|では|のうち)?\s*"
         r"(?:(?P<keep>" + _KINDS + r")(?:の件数|の数|数)?(?:を|が|は)?\s*)?"
         r"(?:数えると|集計すると|分けると|見ると|数えて|数えたとき|数えた場合|数えたら|集計したとき|集計したら|分けたとき|分けたら"
         r"|見たとき|見たら|見た場合|並べると|比べると|(?:区分|分類|集計)(?:すると|した場合|したとき|したら)|分けた場合)?[、,]?\s*"
         r"(?:(?:件数が|数が)?(?:いちばん|一番|最も)(?:件数が|数が|件数の)?(?P<most>多い|少ない)|最(?P<most2>多|少)(?:の)?)"
         r"(?:" + _GROUP + r"|年度)?(?:の)?(?P<keep2>" + _KINDS + r")?(?:では|で|は|が|の数は|には|って|の(?=該当))?\s*"
         # (「…数えると、いちばん多い部会は？」「…はどこ」: which group, when its size is not asked)
         # (「どこ？何件？」: the size asked after the name is the size)
         r"(?:(?:(?:どこ|どれ)\s*[?？]?\s*(?:で|、)?\s*)?(?P<asks>何件|いくつ|何個|何項目|件数|該当件数)|(?P<which>どこ|どれ|何|(?=\s*[?？。]?\s*$)))",
         lambda m, ctx: _top_group_each(m, ctx),
         examples=(("合計点ごとに数えると、いちばん多い点数の実践項目は何件", {"aggregate": "top_group", "group_by": "total",
                                                            "descending": True, "agg_parts": ["count"]}),
                   ("合計点でいちばん多い点数の実践項目って何件", {"aggregate": "top_group", "group_by": "total",
                                                        "descending": True, "agg_parts": ["count"]}),
                   ("取組終了の年度でいちばん多い年度は何件", {"aggregate": "top_group", "group_by": "ended",
                                                     "descending": True, "agg_parts": ["count"]}),
                   ("合計点の値ごとに数えたとき、最も多いのは何件", {"aggregate": "top_group", "group_by": "total",
                                                        "descending": True, "agg_parts": ["count"]}),
                   ("取組項目ごとに実践項目の数を見たとき、最も多い取組項目では何件", {
                       "aggregate": "top_group", "group_by": "initiative", "descending": True, "agg_parts": ["count"]}),
                   ("委員評価の点数ごとに取組項目を数えたら、いちばん多い点数は何件", {
                       "aggregate": "top_group", "group_by": "committee_score", "descending": True,
                       "agg_parts": ["count"]}),
                   ("取組項目別に数えると、最多の取組項目では何件", {
                       "aggregate": "top_group", "group_by": "initiative", "descending": True, "agg_parts": ["count"]}),
                   ("取組項目でいちばん多いのは何件", None),
                   ("取組終了年度でいちばん件数が多い年度は何件", {"aggregate": "top_group", "group_by": "ended",
                                                     "descending": True, "agg_parts": ["count"]}),
                   ("取組終了年度ごとに実践項目を区分した場合、件数が最も多い年度の該当件数", {
                       "aggregate": "top_group", "group_by": "ended", "descending": True, "agg_parts": ["count"]}))),
    Rule("top_group_doing",
         r"(?:(?P<keep>" + _KINDS + r")(?:を|が))?(?:いちばん|一番|最も)(?P<most>多く|少なく)"
         r"(?:担当している|担当してる|担当する|担当した|所管している|所管してる|所管する|抱えている|持っている|受け持っている)(?P<group>" + _TOP_GROUP + r")"
         r"(?:は|って)?[、,]?\s*(?P<asks>何件|いくつ|何個|何項目|どこ|どれ)?(?:担当している|担当してる|担当|ある)?",
         lambda m, ctx: _top_group(_Most(m), ctx),
         examples=(("実践項目をいちばん多く担当している部署は、何件担当してる", {"aggregate": "top_group",
                                                               "group_by": "departments", "descending": True,
                                                               "agg_parts": ["count"]}),)),
    Rule("top_group_doing_kind_after",
         r"(?:いちばん|一番|最も)(?P<most>多く)(?:の)?(?P<keep>" + _KINDS + r")を"
         r"(?:担当している|担当してる|担当する|担当した|所管している|所管してる|所管する|抱えている|持っている|受け持っている)(?P<group>" + _TOP_GROUP + r")"
         r"(?:は|って)?[、,]?\s*(?P<asks>何件|いくつ|何個|何項目|どこ|どれ)?(?:担当している|担当してる|担当|ある)?",
         lambda m, ctx: _top_group(_Most(m), ctx),
         examples=(("いちばん多く実践項目を担当している課は何件", {"aggregate": "top_group", "group_by": "departments",
                                                          "descending": True, "agg_parts": ["count"]}),
                   ("いちばん多くの実践項目を担当している課は何件", {"aggregate": "top_group", "group_by": "departments",
                                                           "descending": True, "agg_parts": ["count"]}),
                   # (a report's 所管課: the section in charge, as 担当)
                   ("いちばん多くの実践項目を所管している課はどこ", {"aggregate": "top_group", "group_by": "departments",
                                                           "descending": True, "agg_parts": ["name", "section"]}))),
    Rule("groups_having",
         r"(?:(?P<keep>" + _KINDS + r")(?:を|が|は)?\s*)?(?P<n>\d+)\s*(?:件|つ|個|項目|事業|本)\s*"
         r"(?P<cmp>以上|以下|より多く|より多い|を超えて|を超える|超|未満|より少なく|より少ない|ちょうど|だけ)?"
         r"(?:も)?(?:抱えている|抱える|担当している|担当してる|担当する|持っている|持つ|受け持っている|ある|含む|含んでいる|もつ|(?P<of>の))"
         r"(?P<group>" + _TOP_GROUP + r")(?:の(?P<members>事業|取組|" + _KINDS + r"))?(?:は|が|って|の数は)?\s*(?P<asks>いくつ|何個|何件|何種類|件数|数|どこ|どれ|何)?"
         # 「担当部署ごとの実践項目の件数で3件以上の部署はいくつ」
         r"|(?P<group2>" + _TOP_GROUP + r")(?:ごと|別|毎)の\s*(?:(?P<keep2>" + _KINDS + r")の)?(?:件数|数)(?:で|が|は)?\s*(?P<n2>\d+)\s*(?:件|つ|個)\s*"
         r"(?P<cmp2>以上|以下|より多い|を超える|超|未満|より少ない|ちょうど)?の?\s*(?:" + _TOP_GROUP + r"|もの)?(?:は|が|って)?\s*"
         r"(?P<asks2>いくつ|何個|何件|何種類|件数|数|どこ|どれ|何)?",
         lambda m, ctx: _groups_having(m, ctx),
         examples=(("連携事業を2件以上抱えている部会はいくつ", {"aggregate": "groups_having", "group_by": "subcommittee",
                                                   "agg_parts": ["count", ">=", "2"]}),
                   ("実践項目を3件以上担当している課はどこ", {"aggregate": "groups_having", "group_by": "departments",
                                                  "agg_parts": ["name", ">=", "3"]}),
                   ("実践項目が3件以上の担当部署はいくつ", {"aggregate": "groups_having", "group_by": "departments",
                                                 "agg_parts": ["count", ">=", "3"]}),
                   ("担当部署ごとの実践項目の件数で3件以上の部署はいくつ", {"aggregate": "groups_having",
                                                             "group_by": "departments", "agg_parts": ["count", ">=", "3"]}),
                   # 「連携事業が2件ある部会の事業はどれ」: the records of those groups
                   ("連携事業が2件ある部会の事業はどれ", {"aggregate": "groups_having", "group_by": "subcommittee",
                                                  "agg_parts": ["members", "=", "2"]}),
                   # a kind with a field of that count is its records (取組項目 with 実践項目数)
                   ("実践項目が3件以上の取組項目", None), ("1つの課だけで担当している", None))),
    Rule("grades_by_year",
         r"(?:年度別|年度ごと|各年度|年度毎|毎年度|年ごと|年度)(?:の|に|で)?\s*(?:評価|グレード|年度評価)(?:の|を|は)?\s*"
         r"(?:分布|内訳|件数|集計|数|構成|推移)(?:は|を)?",
         lambda m, ctx: Production(aggregate="group", group_by="@years", hints={"practice"}) if ctx.grade_fields else None,
         examples=(("年度別の評価の分布", {"aggregate": "group", "group_by": "@years"}),
                   ("各年度の評価の内訳", {"aggregate": "group", "group_by": "@years"}))),
    # 「S評価がいちばん多かった年度は？」: the year whose grades count that grade most (or least) often.
    Rule("year_of_most_grade",
         r"{GRADE}(?:評価)?(?:の(?:項目|件数|数))?(?:が|の)\s*(?:いちばん|一番|最も|もっとも)\s*(?P<most>多|少な)(?:い|かった)"
         r"(?:の(?:は|って))?\s*(?:の)?\s*(?:年度|年)",
         lambda m, ctx: Production(aggregate="group", group_by="@years", hints={"practice"},
                                   agg_parts=["top_year", _grade_said(m.group(1)), "max" if m.group("most") == "多" else "min"])
         if ctx.grade_fields else None,
         examples=(("S評価がいちばん多かった年度", {"aggregate": "group", "group_by": "@years",
                                            "agg_parts": ["top_year", "S", "max"]}),
                   ("Cがいちばん少ない年度", {"aggregate": "group", "group_by": "@years",
                                         "agg_parts": ["top_year", "C", "min"]}))),
    Rule("year_distribution",
         r"(?P<year>{YEAR})(?:の)?(?:評価|総合評価|グレード)?(?:の|別の|ごとの|別|は|が)?\s*(?:どう|どのように|どんなふうに)?\s*"
         r"(?:分布|内訳|構成|ばらつき|分かれ方)(?:している|してる|していますか|は|を|が)?",
         _year_distribution,
         examples=(("R5の評価の分布は", {"aggregate": "group", "group_by": "r5"}),
                   ("R5の評価はどう分布している", {"aggregate": "group", "group_by": "r5"}))),
]


def _top_group_each(m: re.Match, ctx: Context) -> Production | None:
    """「取組項目ごとに実践項目を数えたら、最も多い取組項目では何件」: the size of the largest group. A
    kind word is a group only when 別/ごと says so (「…が最も多い取組項目」 asks for the item)."""
    fld = _group_field(m.group("group"))
    if fld in ctx.lex.kinds and not m.group("each"):
        return None
    most = m.group("most") == "多い" or m.group("most2") == "多"
    if not m.group("asks") and not m.group("each"):
        return None  # (a name asked of a group said without 別/ごと: the other rules' to read)
    return Production(aggregate="top_group", group_by=fld, descending=most, agg_parts=["count" if m.group("asks") else "name"])


_CMP = {"以上": ">=", "以下": "<=", "より多い": ">", "より多く": ">", "を超える": ">", "を超えて": ">", "超": ">",
        "未満": "<", "より少ない": "<", "より少なく": "<", "だけ": "=", "ちょうど": "="}


def _groups_having(m: re.Match, ctx: Context) -> Production | None:
    """「連携事業を2件以上抱えている部会はいくつ」: the groups whose count passes the bound."""
    cmp = m.group("cmp") or m.group("cmp2") or ""
    op = _CMP.get(cmp, ">=" if cmp else "=")
    asks = m.group("asks") or m.group("asks2") or ""
    part = "count" if re.match(r"何|いくつ|件数|数", asks) and not asks.startswith(("何課", "何部")) else "name"
    if m.group("members") and part == "name":
        part = "members"
    group = _group_field(m.group("group") or m.group("group2"))
    if m.group("of") and (group in ("initiative", "practice") or not m.group("cmp")):
        # 「実践項目が3件以上の取組項目」: the 取組項目 whose 実践項目数 says so; 「一つの課だけで」: no bound
        return None
    return Production(aggregate="groups_having", group_by=group, agg_parts=[part, op, m.group("n") or m.group("n2")])


class _Most:
    """「いちばん多く担当している部署」: 多く read as 多い."""

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def group(self, name):
        value = self.m.group(name)
        return {"多く": "多い", "少なく": "少ない"}.get(value, value) if name == "most" else value


# ---------------------------------------------------------------- order, rank and one-number summaries
# (「合計（平均値の合計）高い順」: the field glossed in brackets before its order)
_VALUE_LEAD = r"(?:(" + _VALUE + r")\s*(?:[(（][^()（）]{1,16}[)）])?\s*(?:が|の|で|は)?)?"
_HIGH = ("高い", "大きい", "多い", "良い", "降順", "最高", "最大", "上")
_SIZE = r"(高い|大きい|多い|良い|低い|小さい|少ない|悪い)"


def _value_field(word: str | None) -> str:
    return dict(VALUE_FIELDS).get(word or "", "@score")


def _top(m: re.Match, ctx: Context) -> Production | None:
    return Production(order_by=_value_field(m.group(1)), limit=int(m.group(2)), descending=True)


def _bottom(m: re.Match, ctx: Context) -> Production | None:
    return Production(order_by=_value_field(m.group(1)), limit=int(m.group(2)), descending=False)


@lru_cache(maxsize=None)
def _kinds_of(fld: str) -> frozenset[str]:
    """The record kinds that have a field (委員評価: the initiatives only)."""
    from assistant.kinds import registry

    return frozenset(name for name, kind in registry.record_kinds().items() if any(getattr(f, "name", "") == fld for f in kind.fields))


def _order(m: re.Match, ctx: Context) -> Production | None:
    word = m.group(2) or m.group(3)
    earlier = ctx.query.order_by if ctx.query is not None else ""
    fld = dict(VALUE_FIELDS).get(m.group(1) or "", "") or earlier or "@score"
    limit = int(m.group(4)) if m.group(4) and (ctx.query is None or ctx.query.limit is None) else None
    # A field only one kind has says which records are ordered (「取組を懇話会評価の低い順に」: a report
    # calling its initiatives 取組 names no kind word the question could use).
    # (of those the index holds it for: a long list printing each item's 委員会評価 gives its items the field too)
    kinds = _kinds_of(fld)
    held = {k for k in kinds if fld in ctx.lex.columns.get(k, ())}
    kinds = held or kinds
    return Production(order_by=fld, descending=word in _HIGH, limit=limit, hints=set(kinds) if len(kinds) == 1 else set())


# Words that ask to count (a question with none of them and 「年度ごとに」 asks to see each year's part).
_COUNTING = compiled(r"件数|何件|いくつ|何個|何項目|数え|集計|内訳|分布|割合|構成|の数|数は|数を")


def _group(m: re.Match, ctx: Context) -> Production | None:
    fld = _group_field(m.group(1))
    if m.group(1) == "年度" and not _COUNTING.search(m.string):
        # 「その取組上の課題を年度ごとに」: the parts of each year, listed (the executor keeps the
        # grouping where records have no year of their own).
        return Production(aggregate="group", group_by=fld, agg_parts=["list"])
    return Production(aggregate="group", group_by=fld)


def _children_extreme(m: re.Match, ctx: Context) -> Production | None:
    fld = "n_practice" if m.group(1) == "実践項目" else "n_comments"
    return Production(aggregate="max" if m.group(2).startswith("多") else "min", agg_field=fld)


def _nth(m: re.Match, ctx: Context) -> Production | None:
    descending = (m.group(2) == "上") if m.group(2) else m.group(5) in _HIGH
    return Production(aggregate="nth", limit=int(m.group(3) or m.group(4)), descending=descending,
                      agg_field=_value_field(m.group(1)))


def _extreme(m: re.Match, ctx: Context) -> Production | None:
    word = m.group(2) or m.group(4)
    return Production(aggregate="max" if word in _HIGH else "min", agg_field=_value_field(m.group(1) or m.group(3)))


# Orders and limits combine with anything; of the summaries after them only the first applies.
ORDERING: list[Rule] = [
    # 「番号順で」「番号順に並べて」: the records in the order of their numbers, the order a list of them is shown
    # in anyway (the document's, items numbered as printed): read, no condition.
    Rule("number_order",
         r"(?:項目)?(?:番号|No\.?|ナンバー)\s*順(?:に|で)?\s*(?:並べ(?:て|る|た)?|出して|表示して|示して|お願いします)?(?:ください|下さい)?",
         lambda m, ctx: Production(notes=["番号順（資料に載っている番号の順）に示します"], marks={"number_order"}),
         examples=(("番号順に並べて", {"marks": ["number_order"]}), ("番号順で", {"marks": ["number_order"]}),
                   ("No.順に", {"marks": ["number_order"]}), ("合計点の高い順に並べて", None))),
    Rule("higher_of_two",
         _VALUE_LEAD + _SIZE + r"(?:ほう|方)(?!から|順|が良|がいい|がよ)(?:の|は|を|が)?",
         lambda m, ctx: Production(order_by=_value_field(m.group(1)), descending=m.group(2) in _HIGH, limit=1),
         examples=(("委員評価が高いほう", {"order_by": "committee_score", "descending": True, "limit": 1}),
                   ("合計点の低い方", {"order_by": "total", "descending": False, "limit": 1}))),
    # (「上位3項目」: 項目 there counts what is asked, no kind of its own)
    # (「合計の高いトップ3」: the side of the order said before it, as it is)
    Rule("top_n", _VALUE_LEAD + r"(?:(?:高い|大きい|良い|多い)(?:もの|ほう|方)?(?:の|で)?\s*)?(?:上位|トップ|ベスト)\s*(\d+)\s*(?:件|つ|個|位|項目)?", _top,
         examples=(("委員評価の上位3件", {"order_by": "committee_score", "limit": 3, "descending": True}),
                   ("合計の高いトップ3", {"order_by": "total", "limit": 3, "descending": True}),
                   ("委員評価の上位3項目", {"order_by": "committee_score", "limit": 3, "descending": True}))),
    Rule("bottom_n", _VALUE_LEAD + r"(?:(?:低い|小さい|悪い|少ない)(?:もの|ほう|方)?(?:の|で)?\s*)?(?:下位|ワースト|ボトム)\s*(\d+)\s*(?:件|つ|個|位|項目)?", _bottom,
         examples=(("合計点の下位5", {"order_by": "total", "limit": 5, "descending": False}),
                   ("委員評価（審議会評価平均）のボトム3", {"order_by": "committee_score", "limit": 3, "descending": False}),
                   ("委員評価の低いワースト3", {"order_by": "committee_score", "limit": 3, "descending": False}))),
    # 「いちばん低いのと2番目は？」: the first two of an order.
    Rule("extreme_and_next",
         _VALUE_LEAD + r"(?:最も|一番|いちばん)" + _SIZE + r"(?:の|もの|やつ)\s*(?:と|、|,)\s*(?:その)?\s*(?:次|2\s*番目|二番目)"
         r"(?:に" + _SIZE.replace("(", "(?:") + r")?(?:の|もの|やつ)?",
         lambda m, ctx: Production(order_by=_value_field(m.group(1)), descending=m.group(2) in _HIGH, limit=2),
         examples=(("合計点でいちばん低いのと2番目は", {"order_by": "total", "descending": False, "limit": 2}),
                   ("委員評価が一番高いものとその次に高いもの", {"order_by": "committee_score", "descending": True, "limit": 2}))),
    Rule("order",
         # (「合計点が高いほうから2つ」: the side the order starts from)
         _VALUE_LEAD + r"(?:" + _SIZE + r"(?:順|(?:ほう|方|もの|物)から(?=\s*(?:上から|上位|先頭から)?\s*\d))|(降順|昇順))(?:に|で)?(?:並べ(?:て|る|た)?)?"
         # (「高い順に上から2つ」: the first ones of the order)
         r"(?:(?:に|で)?[、,]?\s*(?:上から|上位|先頭から)?\s*(\d+)\s*(?:つ|件|個|項目)(?:の|だけ)?)?",
         _order,
         examples=(("合計点の高い順に並べて", {"order_by": "total", "descending": True}),
                   ("委員評価が低い順に3件", {"order_by": "committee_score", "descending": False, "limit": 3}),
                   ("合計点の高い順に上から2つ", {"order_by": "total", "descending": True, "limit": 2}),
                   ("懇話会評価の低い順に", {"order_by": "committee_score", "descending": False}),
                   ("合計点が高いほうから2つ", {"order_by": "total", "descending": True, "limit": 2}),
                   # (「高いものから上位3項目」: the records the order starts from)
                   ("合計点が高いものから上位3項目", {"order_by": "total", "descending": True, "limit": 3}),
                   ("合計（平均値の合計）高い順に上位3つ", {"order_by": "total", "descending": True, "limit": 3}))),
]
SUMMARIES: list[Rule] = [
    # 「審議会評価平均の中央値」「実践項目数の最頻値」「合計点で一番多い値」: the middle value, or the value most records
    # hold, of a field over the records found (each record's own value: 「取組ごとの」 says only whose values).
    Rule("median_or_mode",
         r"(?:(?:" + _KINDS + r")(?:ごと|別|毎)の\s*)?(?P<v>" + _VALUE + r")" + _FILLER + r"\s*(?:の|で|は)?\s*"
         r"(?:(?P<median>中央値|メジアン|メディアン|中位数)|(?P<mode>最頻値|モード|(?:一番|最も|いちばん)(?:多い|多く出てくる|よく出てくる)(?:値|点数|点)))"
         r"(?:は|って|を)?",
         lambda m, ctx: Production(aggregate="median" if m.group("median") else "mode", agg_field=_value_field(m.group("v"))),
         examples=(("審議会評価平均の中央値って", {"aggregate": "median", "agg_field": "committee_score"}),
                   ("取組ごとの実践項目数の最頻値は", {"aggregate": "mode", "agg_field": "n_practice"}),
                   ("合計点で一番多い値は", {"aggregate": "mode", "agg_field": "total"}))),
    Rule("group_by",
         r"(" + _GROUP + r")(?:別|ごと|毎)(?!(?:(?<=年度別)|(?<=年度ごと)|(?<=年度毎))の?評価)(?:の|に)?(?:(?:取組)?終了)?"
         r"(?:(?:数えた|集計した|分けた|まとめた)(?:の|ときの|結果の|場合の)?(?:内訳|件数|結果|数)?|数えると|数えて|数えたら|集計すると|(?:事業|取組)?件数|(?:事業|取組)?数|集計|内訳)?",
         _group,
         examples=(("部署別の件数", {"aggregate": "group", "group_by": "departments"}),
                   ("分野ごとの事業数", {"aggregate": "group", "group_by": "area"}),
                   ("合計点別に数えた内訳", {"aggregate": "group", "group_by": "total"}),
                   ("テーマごとに", {"aggregate": "group", "group_by": "themes"}),
                   # a year's parts listed year by year: nothing asks to count them
                   ("その取組上の課題を年度ごとに", {"aggregate": "group", "group_by": "ended", "agg_parts": ["list"]}),
                   ("取組内容を年度ごとの件数で", {"aggregate": "group", "group_by": "ended"}),
                   ("その年度ごとの評価", None))),
    # 「取組項目ごとに実践項目の数を数えたら、いちばん多いところは何件？」: the top of the groups just said.
    Rule("top_of_groups_said",
         r"[、,]?\s*(?:その中で|そのうち)?(?:いちばん|一番|最も)(?P<most>多い|少ない)(?:ところ|もの|の|グループ|区分|とこ|評価|値)(?:は|って|が)?\s*"
         r"(?P<asks>何件|いくつ|何個|何項目|件数|どこ|どれ|何)?",
         lambda m, ctx: Production(aggregate="top_group", group_by=ctx.query.group_by, descending=m.group("most") == "多い",
                                   agg_parts=["count" if re.match(r"何件|いくつ|何個|何項目|件数", m.group("asks") or "")
                                              # (「一番多いのはどこ？何件？」: the size asked after the name)
                                              or re.search(r"何件|何個|何項目|件数", m.string[m.end():]) else "name"])
         if ctx.query is not None and ctx.query.aggregate == "group" and ctx.query.group_by else None,
         # (「R5の評価の分布で、いちばん多い評価は何件」: the group's values named by what they are)
         examples=(("、いちばん多いところは何件", None), ("、いちばん多い評価は何件", None))),  # only after a group said in the question: see tests
    Rule("group_summary_word",
         r"(?:の)?(?:内訳|分布|集計|件数)(?:は|を)?|(?:の)?(?:数)?を?(?:数えたら|数えると|数えて|数えた|集計すると|集計したら|集計して)",
         lambda m, ctx: Production() if ctx.query is not None and ctx.query.aggregate in ("group", "top_group") else None,
         examples=(("の内訳", None),)),
    Rule("most_children",
         # 「多く出た」「少なくついた」: the adverb with any verb of being given says the same
         r"(実践項目|委員の意見|意見|コメント)(?:の数)?(?:が|は)?(?:最も|一番|いちばん)(多い|少ない|多く|少なく)"
         r"(?:(?:出|付|つ|寄せ|集ま|あ|挙が|上が)[ぁ-ん]{0,4})?",
         _children_extreme,
         examples=(("委員の意見が最も多い", {"aggregate": "max", "agg_field": "n_comments"}),
                   ("委員の意見がいちばん多く出た", {"aggregate": "max", "agg_field": "n_comments"}),
                   ("意見が一番少なくついた", {"aggregate": "min", "agg_field": "n_comments"}))),
    # 「総括合計が8点（下から2番目の点数）の実践項目」: a value said, glossed in brackets by its rank among the values;
    # the value is the condition (read by the score rules), the gloss asks for no ranking of its own.
    Rule("nth_glossing_value",
         r"(?<=[\x1f点])[（(]\s*(?:(?:下|上)から\s*\d+\s*番目|\d+\s*番目に(?:高|低|大き|小さ|多|少)い)"
         r"(?:の(?:点数|点|値|数値|評価))?\s*[)）]",
         lambda m, ctx: Production(notes=[f"「{m.group(0).strip()}」は、その前の値の説明として読みました（順位は確かめていません）"]),
         examples=(("8点（下から2番目の点数）", {}),)),
    Rule("nth",
         r"(?:(" + _VALUE + r")(?:が|は|の)?)?(?:(下|上)から\s*(\d+)\s*番目|(\d+)\s*番目に" + _SIZE + r")",
         _nth,
         examples=(("委員評価が2番目に高い", {"aggregate": "nth", "agg_field": "committee_score", "limit": 2,
                                             "descending": True}),
                   ("下から2番目", {"aggregate": "nth", "agg_field": "@score", "limit": 2, "descending": False}))),
    Rule("extreme",
         r"(?:(" + _VALUE + r")" + _FILLER + r"(?:が|は|の)?)?(?:最も|一番|いちばん|最)" + _SIZE +
         r"|(?:(" + _VALUE + r")(?:が|は|の)?)?(最高|最大|最低|最小)(?:の|値|点)?",
         _extreme,
         examples=(("委員評価が最も高い", {"aggregate": "max", "agg_field": "committee_score"}),
                   ("合計点の最低", {"aggregate": "min", "agg_field": "total"}))),
    # 「実践項目数の合計」, and said as a verb: 「実践項目数を合計すると」「事業費を全部足すと」.
    # (「3年間の決算額の合計」: a span of years said first is kept for the answer to check against the
    # years it sums, agg_parts ["years", "3"])
    Rule("sum", r"(?:(?<![\d年度])(?P<span>\d{1,2})\s*年間\s*(?:の|で|分の)?\s*)?(" + _VALUE + r")" + _FILLER
         # (「財政効果額（2027〜2029累計）を全部足すと」: the column's own span, as its heading prints it, after the word)
         + r"(?:\s*[（(][^（）()]{1,24}[）)])?" + r"(?:の(?:合計|総計|総和|合算)(?:値|額)?(?:は|を)?"
                r"|(?:を|は)\s*(?:全部|すべて|全て|合わせて|まとめて)?\s*(?:合計|合算|総計|足し合わせ|足し上げ|足)"
                r"(?:する|すると|したら|して|した|すれば|し|す|すと|せば|したら)"
                r"|を\s*(?:全部|すべて|全て)?\s*合わせ(?:ると|たら|れば)(?!\s*(?:何件|いくつ|何個))"
                # 「事業費は合わせていくら」: an amount asked over them all
                r"|(?:は|が)?\s*(?:全部で|合わせて|あわせて|合計で|総額で)\s*(?=いくら|何円|何千円|何万円|どれくらい|どのくらい))",
         lambda m, ctx: Production(aggregate="sum", agg_field=_value_field(m.group(2)),
                                   agg_parts=["years", m.group("span")] if m.group("span") else [])
         if dict(VALUE_FIELDS)[m.group(2)] != "total" or "合計点" in m.group(0) else None,
         examples=(("総事業費の合計", {"aggregate": "sum", "agg_field": "total_cost"}),
                   ("3年間の決算額の合計", {"aggregate": "sum", "agg_field": "total_cost", "agg_parts": ["years", "3"]}),
                   ("合計点の合計", {"aggregate": "sum", "agg_field": "total"}),
                   ("取組項目の実践項目数を合計すると", {"aggregate": "sum", "agg_field": "n_practice"}),
                   ("事業費を全部足すと", {"aggregate": "sum", "agg_field": "total_cost"}),
                   ("実践項目数を合わせると", {"aggregate": "sum", "agg_field": "n_practice"}),
                   ("事業費は合わせていくら", {"aggregate": "sum", "agg_field": "total_cost"}),
                   ("財政効果額（2027〜2029累計）を全部足すと", {"aggregate": "sum", "agg_field": "effect_amount"}))),
    # 「▲はマイナスとして計算して」: a printed ▲ (△) is a negative amount, as every reading stores it; said beside a
    # sum or an average, it asks nothing more.
    Rule("marked_negatives", r"[▲△](?:の(?:数|値|額|もの))?\s*(?:は|を)\s*(?:マイナス|負の数|負数|負|減)(?:の値)?\s*(?:として|扱いで|扱いにして|で)\s*"
                             r"(?:計算|集計|合計|足|扱|数え)\S{0,5}?(?:して|する|すると|してください|して下さい|した)?(?:ください|下さい)?",
         lambda m, ctx: Production() if re.search(r"合計|足|合わせ|平均|総額", ctx.text or m.string) else None,
         examples=(("合計は？▲はマイナスとして計算して", {}), ("▲はマイナスとして計算して", None))),
    # 「取組項目3の平均値の合計」: the record's 合計, which sums its averaged scores (an initiative's 進捗度 …
    # are the averages of its items'); 平均値の says what is summed, it asks for no average. The 合計
    # is left to the rules that read a field (「平均値の合計が8以上」 bounds it). After a field word
    # (委員評価の平均値の合計) the average is that field's, and this rule stays out.
    Rule("averages_summed", r"平均(?:値|点)?の", _averages_summed,
         examples=(("平均値の合計は", {}), ("委員評価の平均値の合計", None), ("平均値の合計点", None))),
    # 「（小数第2位まで）」: computed values are shown to two decimals, so that precision asked is met;
    # another one is not, and stays unused (the answer then says so first).
    Rule("two_decimals_asked",
         r"[（(]?\s*小数(?:点)?(?:以下)?\s*(?:第)?\s*(?P<n>\d)\s*位(?:まで)?(?:で|を|に)?(?:四捨五入|表示|求めて|出して|丸めて)?(?:して)?[）)]?",
         # (a share is shown in percent to one decimal: 「何％？小数第1位まで」 is met too)
         lambda m, ctx: Production() if m.group("n") == "2" or (m.group("n") == "1" and re.search(r"[％%]|割合|パーセント", m.string))
         else None,
         # (「小数第1位まで」 is rounded to as asked: the phrasing digits_asked and conversation's rounding)
         examples=(("（小数第2位で）", {}), ("小数点以下2位で", {}), ("（小数第1位で）", None),
                   ("何％？小数第1位で", {}))),
    Rule("average", r"平均(?:の)?(" + _VALUE + r")|(?:(" + _VALUE + r")" + _FILLER + r"(?:の|は|を)?[、,]?\s*(?:全部|すべて|全て|まとめて|みんな)?\s*)?平均(?:値|点)?(?:は|を|が)?",
         lambda m, ctx: Production(aggregate="avg", agg_field=_value_field(m.group(1) or m.group(2))),
         examples=(("委員評価の平均は", {"aggregate": "avg", "agg_field": "committee_score"}),
                   ("委員評価を平均すると", {"aggregate": "avg", "agg_field": "committee_score"}),
                   ("委員評価、平均すると何点", {"aggregate": "avg", "agg_field": "committee_score"}),
                   ("委員評価を全部平均すると", {"aggregate": "avg", "agg_field": "committee_score"}),
                   ("平均合計点", {"aggregate": "avg", "agg_field": "total"}),
                   ("効率性の点数の平均値", {"aggregate": "avg", "agg_field": "efficiency"}),
                   ("委員評価のへいきんを", {"aggregate": "avg", "agg_field": "committee_score"}))),
    # 「一番多い取組は？全95項目に占める割合も」: the share the top (or bottom) record's figure is of the whole said by
    # its number (conversation's field_share.of_whole_said works it out, or says it could not); said alone, a share.
    Rule("share_of_said_whole",
         r"(?:全体?\s*)?\d+\s*(?:件|項目|取組|個|事業|人|名|円|万円|千円)?\s*(?:に占める|に対する)\s*(?:割合|比率|シェア|パーセント)"
         r"(?:も|は|って)?\s*(?:知りたい|教えて(?:ください|下さい|ほしい)?|出して(?:ください|下さい|ほしい)?|(?:何|なん)\s*(?:パーセント|[%％]|割))?",
         lambda m, ctx: Production(notes=[f"「{m.group(0)}」は、見つかった値が全体に占める割合として計算します"])
         if ctx.query is not None and ctx.query.aggregate in ("max", "min") else Production(aggregate="ratio"),
         examples=(("全95項目に占める割合は何パーセント", {"aggregate": "ratio"}),)),
    # 「…の割合は？」; 割合 inside a name (業務割合推計) or 「何%」 after a field asks for a value instead.
    # (「Bだった割合は」「終わってる割合」: after a clause too)
    Rule("ratio", r"(?:の|が|(?<=[たるい\x1f]))(?:割合|比率|構成比|構成割合|構成比率|パーセンテージ)(?:は|を|って)?"
                  r"(?:\s*(?:何|なん)\s*(?:パーセント|%|割)|(?=\s*(?:どれくらい|いくら|何|[？?。]|$)))"
                  r"|(?:は|が)?\s*(?:全体|全部)\s*の\s*(?:何|なん)\s*(?:パーセント|%|割)|(?:は|が)\s*(?:何|なん)\s*(?:パーセント|%|割)"
                  # (「R2時点の70項目の何割」: the records it is a share of said by their number, and the year they
                  # are counted in; conversation._share_base finds the conditions picking that many)
                  r"|(?:(?:" + YEAR + r")\s*(?:の)?(?:時点|現在|当時)?\s*(?:の|で)?\s*)?(?:全)?\d+\s*(?:件|項目|取組|個|事業|つ)\s*"
                  r"(?:の|のうち|の中で|中)\s*(?:何|なん)\s*(?:パーセント|%|割)",
         lambda m, ctx: Production(aggregate="ratio"),
         examples=(("A評価の割合は？", {"aggregate": "ratio"}), ("は全体の何パーセント", {"aggregate": "ratio"}),
                   ("は何%", {"aggregate": "ratio"}), ("なのは何割", {"aggregate": "ratio"}),
                   ("総合評価がA・Bだった割合は何％", {"aggregate": "ratio"}),
                   ("総合評価がAの構成比って何パーセント", {"aggregate": "ratio"}),
                   ("R2時点の70項目の何割", {"aggregate": "ratio"}), ("全95項目の何パーセント", {"aggregate": "ratio"}))),
    # Counters of records as people say them: 何問 (Q&A), 何組 (a question and its answer), 何記事.
    # (職員定数は, 参加人数は, 点数は: a figure of the records, not a count of them)
    # 「…は、取組項目でいうと何種類にまたがってる」: how many records the ones found spread over.
    Rule("count_spread_over",
         r"(?:何種類|何件|いくつ|何個|何項目)(?:の(?P<keep>" + _KINDS + r"))?に(?:またが|跨が|わた|分かれ|散らば)[ぁ-ん]{0,6}",
         lambda m, ctx: Production(aggregate="count"),
         examples=(("何種類にまたがってる", {"aggregate": "count"}), ("いくつに分かれている", {"aggregate": "count"}),
                   ("何件の取組項目にわたる", {"aggregate": "count"}))),
    Rule("count", r"何件|件数|いくつ|何個|何項目|何本|何事業|何例|何問|何組|何記事|何通|の数|(?<![定人点回係指台戸倍日年間])数は|どれだけある|どのくらいある|何つ"
                  r"|(?:を)?数えて(?:ください|下さい|ほしい|欲しい)?",
         lambda m, ctx: Production(aggregate="count"),
         examples=(("何件", {"aggregate": "count"}), ("の数", {"aggregate": "count"}), ("全部で何問", {"aggregate": "count"}),
                   ("数えてください", {"aggregate": "count"}), ("職員定数はどれだけ減った", None),
                   ("H27の開館日数は", None))),
]


# 「行政監理室と窓口サービス課、実践項目が多いのはどっち？」「取組12と取組13、審議会の点が高いのは？」
# 「R2とR3、C評価が多かったのはどっちの年？」「納税課と契約課、…平均が高い方の項目を出して」: two named things
# (departments, records, years, places) said first, then what they are compared by (a count of records, an
# average, a score) and the direction; the answer is the winner with both figures (two_named.py). The tail says
# whether the winner's records are asked (「多い方の項目を出して」).
TWO_NAMED_COMPARED = compiled(
    r"^\s*(?:結局|要するに|ざっくり(?:と)?|つまり)?\s*[、,]?\s*"
    r"(?P<a>[^、,。?？]{1,20}?)\s*と\s*(?P<b>[^、,。?？]{1,20}?)\s*(?:って|では|で|だと|なら)?\s*[、,]\s*"
    r"(?P<what>[^、,。?？]{1,30}?)\s*(?:が|の)\s*(?P<dir>多|少な|高|低|大き|小さ|良|悪)(?:い|かった)\s*"
    r"(?:の|もの|方|ほう)\s*(?P<tail>[^。]*?)[。?？]*\s*$")
TWO_NAMED_COMPARED_EXAMPLES = (
    ("行政監理室と窓口サービス課、担当してる実践項目が多いのはどっち？", ("行政監理室", "窓口サービス課", "担当してる実践項目", "多")),
    ("R2とR3、C評価が多かったのはどっちの年？結論だけ", ("R2", "R3", "C評価", "多")),
    ("納税課と契約課、実践項目の合計点の平均が高い方の項目を出して", ("納税課", "契約課", "実践項目の合計点の平均", "高")),
)
# The tail asking the winner's records, not which one: 「多い方の項目を出して」「高い方の実践項目は」.
TWO_NAMED_RECORDS_ASKED = compiled(r"^(?:の)?\s*(?:項目|もの|記録|実践項目|取組項目|事業)|出して|見せて|挙げて|全部|一覧")
# What is compared is a figure of each side (not a count of its records) when it ends in a measure word.
TWO_NAMED_FIGURE = compiled(r"(?:平均|合計|点|点数|評価平均|額|金額|率|割合|費用|人数|見込み|数値|スコア)$")
# 「電話交換と総合案内の民間委託、先に取組終了したのはどっち？」: two named records, which ended first (or last):
# each one's 取組終了 (its year, and the month a progress sheet prints), compared (two_named.ended_first).
TWO_NAMED_ENDED = compiled(
    r"^\s*(?:結局|要するに|ざっくり(?:と)?|つまり)?\s*[、,]?\s*"
    r"(?P<a>[^、,。?？]{1,20}?)\s*と\s*(?P<b>[^、,。?？]{1,24}?)\s*(?:(?:って|では|で|だと|なら)\s*[、,]?|[、,])\s*"
    r"(?:どっちが|どちらが)?\s*(?:(?P<when>先に|早く|最初に|後に|あとに|遅く)\s*"
    r"(?:取組|取り組み)?(?:を|が)?\s*(?:終了した|終了する|終わった|終わる|完了した|終了して(?:い)?る|終わって(?:い)?る"
    r"|終えた|終えている)"
    # 「取組終了が早かったのはどっち」「取組終了月が早いのは」: the end said first, then how early
    r"|(?:取組|取り組み)?(?:終了|完了)(?:月|時期|年度)?\s*(?:が|は)\s*(?P<when2>早|遅)(?:かった|い))\s*"
    r"(?:の|もの|方|ほう)?\s*(?:は|って)?\s*(?:どっち|どちら|どれ)?[^。]*$")
TWO_NAMED_ENDED_EXAMPLES = (
    ("電話交換と総合案内の民間委託、先に取組終了したのはどっち？", ("電話交換", "総合案内の民間委託", "先に")),
    ("実践項目33と34、どっちが先に終わった？", ("実践項目33", "34", "先に")),
    ("住宅課の実践項目31と42、先に取組を終えたのはどっち？", ("住宅課の実践項目31", "42", "先に")),
    ("33と37ではどっちが先に終わった？", ("33", "37", "先に")),
    ("本庁舎の電話交換業務の民間委託と総合案内業務の民間委託、取組終了が早かったのはどっち？",
     ("本庁舎の電話交換業務の民間委託", "総合案内業務の民間委託", "早")),
    ("庁内会議へのタブレット端末の導入と窓口における外国人対応の検討、取組終了月が早いのは？",
     ("庁内会議へのタブレット端末の導入", "窓口における外国人対応の検討", "早")),
)
