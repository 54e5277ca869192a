"""Japanese question → Query: the driver that runs the grammar and assembles the Query.

The question is normalised, typos in kind and field words are corrected, and it is read as Sudachi
morphemes into its canonical text (grammar/canon.py). Rules of the grammar (assistant/query/grammar/,
one module per topic) and the extractors not yet converted into rules (the `_` methods below marked
LEGACY) run in a fixed order; each consumes the span it understood, so later ones (and finally the
keyword extractor) only see what is left. What is left over and shaped nothing becomes Query.unused.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from functools import cached_property
import unicodedata
from types import SimpleNamespace
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable


from assistant.labels import field_label
from assistant.kinds.registry import date_fields, document_kinds, document_label, facet_fields, fiscal_year_fields, is_year_field
from assistant.query.answer import Condition, Query
from assistant.query.compiled import compiled, finditer
from assistant.query.contrast import negated_from
from assistant.query.short_kinds import spelled_in_full
from assistant.query.clipped_names import unclipped
from assistant.query.year_pairs import moved_in_order
from assistant.query.document_words import named_document_spans
from assistant.query.other_towns_kinds import read_as_other_towns
from assistant.query.restated_exclusion import restated_exclusion
from assistant.query.set_operations import combined_sides
from assistant.query.items_called_torikumi import items_called_torikumi
from assistant.query.grammar import PLACEHOLDERS, WORD_MARK, Context, Production, Rule, grade_word, mark_grade_words, negate, said_as_marks, topics
from assistant.query.grammar import followups, negation
from assistant.query.grammar.accountability import unused_words
from assistant.query.grammar.aggregates import respell_kana
from assistant.query.grammar.canon import canonicalise
from assistant.query.grammar.grades import plan_field_before
from assistant.query.grammar.phrasings import named as named_phrasing
from assistant.query.grammar.phrasings import rephrase
from assistant.query.year_places import placed_in_labels
from assistant.query.grammar.triggers import possible_rules
from assistant.query import acronyms, calendar_years, short_forms, text_percent
from assistant.query.grammar.keywords import correct_typos
from assistant.query.grammar.years import expand_eras, inherit_eras, months
from assistant.query.lexicon import UNQUOTED, Lexicon, strip_bureau, title_pieces
from assistant.query.grammar.everyday_terms import everyday_reading, everyday_words
from assistant.query.acronym_titles import acronym_title
from assistant.query.vocabulary import (
    FIELD_ALIASES, KIND_WORDS, LINKS, NUMERIC_FIELDS, OTHER_PLANS_WORDS, STANCE_OF, STOP_NOUNS, scheme_forms, VALUE_FIELDS,
)
from assistant.text.names import place_names
from assistant.text.normalize import fix_ocr, nfkc, notation_key, spelled_out
from assistant.text.wareki import find_years, label_to_fy

# 「…以外」「…の実践項目を除く」「…に入ってるのを除いた」: a record named to be left out.
# (「…には含まれないもの」「…に入っていない」: the records not under that one, said as their not being in it)
_TITLE_LEFT_OUT = compiled(r"[」』]?\s*(?:[（(][^()（）]{1,14}[)）]\s*)?(?:(?:の(?:実践項目|取組項目|取組|項目|もの|分)|に(?:(?:入って|含まれて|属して|ぶら下がって)(?:い)?る|含む|含まれる|属する)(?:もの|の|やつ)?)?\s*"
                           # (「町内会の活性化の項目じゃないのに」: the record said as not the one meant)
                           r"(?:を|は|も)?\s*(?:以外|除く|除いた|除いて|除外|抜き|抜いた|抜いて|外した|外して|のぞく|のぞいた|のぞいて"
                           r"|(?:じゃ|では|で)(?:ない|なくて|なく)(?=のに|けど|が|[、,]|\s))"
                           r"|に(?:は|も)?\s*(?:(?:入って|含まれて|属して|ぶら下がって)(?:い)?(?:ない|ません)|含まれない|含まれません|属さない|入らない))")


# 「…に触れている」「…について言及した」: what follows a word the text is asked to mention
_MENTIONED_AFTER = re.compile(r"\s*(?:に|について|のことに)\s*(?:は|も)?\s*(?:触れ|ふれ|言及)")


def _left_out(named: list[Condition], left_out) -> list[Condition]:
    """The conditions a title said gives, or (said with 以外/除く) every record but that one's."""
    if not left_out or not named:
        return named
    return [Condition(named[0].field, "!=", named[0].value, f"NOT（{named[0].label}）")]


# 「…の推進で」「…の中で」: a record named as the scope of what follows.
# 「逆に、…」: the other side asked with conditions of its own.
# Parts holding an item's figures of one year (目標値・実績値・達成率), each row of its year: a figure of a year
# asked of the item is its row's.
_YEARLY_FIGURES = ("sheet_value",)
_CONVERSELY = compiled(r"^\s*(?:逆に|反対に|逆は)[、,]?")
# 「じゃあR3は？」: a follow-up that says the same of something else (not そのうち, which narrows).
_SWITCHED = compiled(r"^\s*(?:じゃあ|じゃ|では|なら|それなら|それじゃあ|ほんなら)[、,]?\s*(?!その|うち|中で)")
# (「公共施設マネジメント(No.11)で」: the title glossed with its number in brackets, then the scope word; the
# gloss may already be read, its characters gaps)
_PLACE_OF_TITLE = r"の\s*(?:ところ|所|とこ|部分|章)"  # (used up with the title: it names where, no condition)
_WITHIN_THE_TITLE = compiled(r"\s*(?:[(（]\s*(?:No|NO|no|Ｎｏ|№)?\.?\s*[0-9０-９]{1,3}\s*[)）]|[(（]?\x1f+[)）]?)?\s*"
                             r"(?:で(?![はもきす])|の中で|のなかで|のうち|の中から"
                             # (「…のところで」「…の章で」: the title's section of the report, said as a place)
                             r"|" + _PLACE_OF_TITLE + r"\s*(?:で(?![はもきす])|の中で|のうち))")
# 「じゃあ同じことを実践項目の一覧で」: the previous question asked again of another kind: its conditions carried
# over, not the records it found (which 「それらの実践項目」 would ask for).
_SAME_ASKED_OF = compiled(r"同じ(?:こと|事|条件|内容|質問|検索)\s*(?:を|で)")
_WITHIN_THE_NUMBERED = compiled(r"(?:取組項目|取り組み項目)\s*(?:No\.?|番号)?\s*\d{1,3}\s*番?\s*(?:の中で|のなかで|のうち|の中から)")
# 「公共施設マネジメント R5 A のやつ」: a title typed as a fragment, a year's grade after it: the year is its
# records' (an initiative has no grade of a year of its own).
_YEAR_AFTER_THE_TITLE = compiled(r"\s+(?=(?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:年度?)?\s*(?:の|は|が|で)?\s*(?:評価)?(?:が|は)?\s*[A-DＡ-Ｄ](?![A-Za-z]))")
_GAP = "\x1f"  # what a consumed character becomes
# テーマ said right after or before a theme's name (parse._said_as_theme)
_THEME_WORD_AFTER = compiled(r"\s*[」』]?\s*(?:が|を|は|の|って|という|も)?\s*(?:テーマ|分野)")
_THEME_WORD_BEFORE = compiled(r"(?:テーマ|分野)\s*(?:が|は|に|として|の)?\s*[「『]?\s*$")
_UNITS = "部課室局係所班"  # the last character of an office's name says which kind of unit it is
# Words standing for the thing at the end of a name said loosely (「救急車の適正利用のやつ」).
_LOOSE_HEADS = {"やつ", "奴", "もの", "こと", "ところ", "あたり", "関係", "関連", "取組", "取り組み"}
# 「介護福祉課も一緒にやってるのは」: an office as well as the one before.
# A value said as a supposition, on its own (「協働のテーマなら？」: not 「協働もなら」), and a follow-up that narrows first.
_VALUE_SUPPOSED = compiled(r"(?<!も)(?:なら|だと|では|の場合は?)\s*[？?。]?\s*$")
_NARROWED_FIRST = compiled(r"^\s*(?:(?:じゃあ|じゃ|では|なら|それなら)[、,]?\s*)?(?:そのうち|その内|その(?:中|なか)|うち|さらに|それらの?うち|これらの?うち)")
_ALSO_OFFICE = compiled(r"(?:課|室|係|部|センター)も(?:一緒|いっしょ|共同|共に|ともに|合わせて|あわせて|担当|関わ|かかわ)")
_YEAR = PLACEHOLDERS["YEAR"]
_NEG = PLACEHOLDERS["NEG"]
# The verbs saying a theme is not held (the table marks it with no ○): 入っていない, ついていない, 含まれない.
_THEME_NOT_HELD = (r"(?:含まれて(?:い)?ない|含まれない|含まない|含んで(?:い)?ない|入って(?:い)?ない|入らない"
                   r"|(?:つい|付い)て(?:い)?ない|(?:つか|付か)ない)")
# 「人材しかついていない」: after しか, the negated verb of holding or the bare ない (only that theme). (「しか入って
# いない」 reaches the grammar as しか含む: canon.py writes 入っている as 含む, the negation on the morpheme; しか
# before it can only have been said with the negation.)
_ONLY_THEMES_VERB = r"\s*(?:(?:テーマ|分野)?(?:に|が)?\s*(?:" + _THEME_NOT_HELD + r"|含む|含まれる)|ない|無い|なかった)"
_GLOSS_AFTER = compiled(r"\s*[（(][^（()）\x1f]{3,20}[)）]")  # (not a bureau mark, (水))
_BUREAU_OR = compiled(r"\s*(?:の部署|の課)?\s*(?:か|または|又は|もしくは|あるいは|or|OR)\s*[、,]?\s*")
_INCLUSIVE_RESTATED = compiled(r"(?P<y1>" + _YEAR + r")\s*(?:まで|以前|以降|以後|から)(?:の(?:もの|分|やつ))?\s*"
                               r"(?P<p>[(（]\s*(?P<y2>" + _YEAR + r")\s*(?:も|を)?\s*(?:含む|含める|含めて|込み)\s*[)）])")
# (「委員長は誰」「会長はどなた」: the title of a person asked for, and the asking)
_ROLE_TITLE = compiled(r"(?<![一-龥])副?(?:委員長|会長|座長|議長)(?![一-龥])")
# (「評価委員会の委員長は誰」: the body whose title-holder is asked)
_BODY_OF_TITLE = compiled(r"(?<![一-龥ァ-ヶー])(?P<body>[一-龥ァ-ヶー]{2,16}(?:委員会|審議会|協議会|懇話会|懇談会|会議|部会))の(?=副?(?:委員長|会長|座長|議長|部会長))")
_WHO_ASKED = compiled(r"誰|だれ|どなた|何という(?:人|方)|どの(?:人|方)")
# (「鴨頭市民病院と一緒にやっている」「県立病院との共同の」「倉敷市が参加していない」: who a joint project is done with)
_PARTNER_WITH = (r"(?P<with>\s*(?:と(?:の)?\s*(?:一緒に|いっしょに|共同で|共同の|合同で|合同の|連携して|連携した|連携の|組んで|協力して|協働で)"
                 r"|(?P<neg>(?:が|は)\s*(?:参加して(?:い)?ない|参加しない|加わって(?:い)?ない|関わって(?:い)?ない))|(?:が|も)\s*(?:参加|関与|関わ|加わ)))")
_JOINT_WORDS = compiled(r"連携|共同|合同|一緒に|いっしょに|協働")
_OFFICE_NAME = compiled(r"[一-龥ァ-ヶー]{0,8}(?:連携|共同|合同|協働)[一-龥ァ-ヶー]{0,8}?(?:課|室|係|(?<!事)部|局|センター)(?![一-龥ァ-ヶー])")
_COMPARED_WORDS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">", "より上": ">", "より下": "<",
                   "より高い": ">", "より低い": "<", "を超える": ">", "を下回る": "<", "を上回る": ">"}
# (the number said again with its comparison, and nothing else but how the answer is to be shown)
_NUMBER_COMPARED_AGAIN = compiled(
    r"^\s*(?:じゃあ|では|なら|それなら|じゃ)?[、,]?\s*(?:逆に|反対に)?[、,]?\s*(\d+(?:\.\d+)?)\s*(?:点)?\s*("
    + "|".join(sorted(map(re.escape, _COMPARED_WORDS), key=len, reverse=True))
    + r")\s*(の(?:もの|やつ)?|のもの)?(?:は|って|だと|を)?\s*")
_OP_SIGN = {"=": "=", "!=": "≠", ">=": "≥", "<=": "≤", ">": ">", "<": "<"}


_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_NUM = "[〇零一二三四五六七八九十]+"
# Kanji numerals only where they count something (令和四年度, 三件, 十二点, 四・〇, 創造性が三):
# 一覧, 一体的, 三郷市 stay as they are.
_KANJI_NUMBER_RE = compiled(
    rf"(?<=令和|平成)(元|{_KANJI_NUM})(?=年)"
    rf"|({_KANJI_NUM})[・.．]({_KANJI_NUM})"
    rf"|({_KANJI_NUM})(?=件|点|つ|個|番目|位|年度|年間|名|人|項目)"
    rf"|(?<=[がはもで=])({_KANJI_NUM})(?=[のでにもと、。?？]|以上|以下|未満|より|$)"
    # (「第十二番」「第三号」: an ordinal said with 第 is a number; 一番 alone is "most" and stays)
    rf"|(?<=第)({_KANJI_NUM})(?=番|号)")


def _kanji_value(text: str) -> int:
    """十二 → 12, 二十 → 20, 四 → 4, 一〇 → 10."""
    if "十" not in text:
        return int("".join(str(_KANJI_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def kanji_numbers(text: str) -> str:
    """令和四年度 → 令和4年度, 三件 → 3件, 四・五 → 4.5: kanji numerals where they count something."""
    def repl(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) if m.group(1) == "元" else str(_kanji_value(m.group(1)))
        if m.group(2):
            return f"{_kanji_value(m.group(2))}.{_kanji_value(m.group(3))}"
        return str(_kanji_value(m.group(4) or m.group(5) or m.group(6)))

    try:
        return _KANJI_NUMBER_RE.sub(repl, text)
    except (KeyError, ValueError):  # 十十 and other non-numbers stay as written
        return text


# 「…しているのは？」「…のものは？」: the question asks for some of the records, not for a kind of its own.
def _names_by_place_or_number(c: Condition) -> bool:
    """A condition naming records by their number or their place in the list (not by words of their own)."""
    return c.field.startswith("@place:") or c.field in ("@no", "code") and c.op in ("=", "in")


# 「RPA関係のもの」「防災に関するやつ」: the ones about a topic.
_ABOUT_ONES = compiled(r"(?:関係|関連|絡み|がらみ|に関する|に関わる|についての)\s*の?\s*(?:もの|やつ)")
# (「…のものだけ」「…のだけ」: only those, of the records just answered)
_ONES_THAT = compiled(r"(?:ている|てる|した|する|の)(?:もの|の)(?:は|って|だけ|のみ)?\s*[?？]?\s*$")
# 「令和8年度に何点だった？」: a grade asked for in points.
_ASKS_POINTS = compiled(r"何点|なん点|点数は|評価点は")
# 「4年間」: a period said as a number of years.
_PERIOD = compiled(r"\d+年間")
# 「2023年度から2026年度まで」: a span of years; what says every year of it (4年間, 毎年, ずっと).
_SPAN = compiled(r"(?:年度|R\d{1,2}|H\d{1,2})\s*(?:から|〜|～|~|－|-)")
# 「R5・R6とも」「R5もR6も」「どちらの年度も」: each of the years said.
_EACH_YEAR = compiled(r"(?:R|H|令和|平成)\s*\d{1,2}(?:年度)?\s*(?:・|、|と)\s*(?:R|H|令和|平成)\s*\d{1,2}(?:年度)?\s*(?:とも|ともに|の両方|のどちらも|いずれも)"
                      r"|(?:R|H|令和|平成)\s*\d{1,2}(?:年度)?\s*も\s*(?:R|H|令和|平成)\s*\d{1,2}(?:年度)?\s*も|両年度とも|どちらの年度も")
_SPAN_WORD = compiled(r"\d+年間|毎年度?|ずっと|いずれも|どの年度も")


# 「外部委員」「学識委員」: a class of members the phrasing outside_members reads as any member (its rest, 委員)
_OUTSIDE_MEMBER = compiled(r"(?:外部|学識|有識者|第三者)の?(?P<rest>委員)")


# 「…は何件？」: the count of what is held to asked (not each group's).
_ONE_GROUP_COUNTED = compiled(r"(?:は|が)\s*(?:全部で)?\s*(?:何件|いくつ|何個|何項目)")
_SCORE_FIELDS = frozenset(f for _, f in NUMERIC_FIELDS)
_DASH_IN_KATAKANA = compiled(r"(?<=[ァ-ヶ])[-‐‑‒–—―−~〜](?=[ァ-ヶ])")


# (one turn reads its question here up to three times: whether it asks about a related record, the
# parse, the words searched in prose; only the last few questions are kept)
@lru_cache(maxsize=16)
def normalize_question(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    # (a long vowel typed as a minus or a dash, 「窓口サ－ビス課」: NFKC makes it a hyphen between katakana)
    text = _DASH_IN_KATAKANA.sub("ー", text)
    text = respell_kana(text)
    text = kanji_numbers(text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = fix_ocr(text)
    text = rephrase(text)
    return compiled(r"\s+").sub(" ", text).strip()


# 「AIの活用は？」「じゃあ窓口のほうは」: a name alone, asked as the previous question was.
_THE_OTHER_ONE = compiled(r"[一-龥ァ-ヶーA-Za-z0-9」』](?:のほう|の方)(?:は|って)\s*[?？]?\s*$")
_ASKS_THE_SAME = compiled(r"^\s*(?:じゃあ|では|なら|それでは|次に|あと)?[、,]?[^、,。?？]{2,40}?(?:のほう|の方|だと|なら)?(?:は|って)\s*[?？]?\s*$")


# Words for a grade field grouped before, as the grammar reads them (「自己評価がA」).
_GRADE_WORDS = {"overall": "総合評価", "self_overall": "自己評価"}


def _category_of_groups_before(text: str, context: Query) -> str:
    """「取組項目の自己評価の分布」→「Aの取組項目は何件？」: a grade alone, after counts by a grade field, is
    that field's grade."""
    if context.aggregate not in ("group", "top_group") or not context.group_by:
        return text
    word = _GRADE_WORDS.get(context.group_by) or (f"{context.group_by.upper()}の評価" if is_year_field(context.group_by) else "")
    m = compiled(r"^\s*(?:じゃあ|では|で、|それで|その(?:うち|中で|なかで)|うち)?[、,]?\s*([A-DＡ-Ｄ])(?:評価)?(?:の|が|は)").match(text)
    if not word or not m:
        return text
    return text[:m.start(1)] + f"{word}が{m.group(1)}の" + text[m.end():]


def _names_of(value) -> list[str]:
    """The department names of a @dept condition's value (a name, names, or {"names": …, "city": …})."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [n for n in value.get("names") or [] if isinstance(n, str)]
    return [n for n in value or [] if isinstance(n, str)]


def _narrowed_out(old: Condition, new: list[Condition]) -> bool:
    """「総務課の実践項目」→「消防のほうは除いて」: a follow-up leaving out one bureau's section of the
    section asked before keeps that section (the rest of 総務課), instead of replacing it. 「人材のテーマの取組項目」→
    「そのうちICTに○がないもの」: another value of a list field left out keeps the value held before."""
    if old.op == "has" and any(c.field == old.field and c.op == "not_has" for c in new):
        return all(c.value != old.value for c in new if c.field == old.field)
    if old.field != "@dept" or old.op != "=":
        return False
    before = {strip_bureau(n) for n in _names_of(old.value) if n == strip_bureau(n)}
    return any(c.field == "@dept" and c.op == "!=" and any(n != strip_bureau(n) and strip_bureau(n) in before
                                                         for n in _names_of(c.value)) for c in new)


# A condition that says less than a range on its field: 「記載あり」 holds of any value, a month of no year
# holds within any span of months.
_RANGE_OPS = frozenset({"=", ">=", "<=", ">", "<", "in", "between", "month_between"})
_WITHIN_RANGE = {"not_empty": _RANGE_OPS, "in_month": frozenset({">=", "<=", ">", "<", "month_between"})}


def _left_out_too(old: Condition, new: list[Condition]) -> bool:
    """「財政テーマじゃない取組項目」→「サービスも入ってないのに絞って」: another value of a list field left out
    leaves out both (「じゃあサービスが入ってないのは？」 swaps instead: the caller asks)."""
    said = [c for c in new if c.field == old.field]
    return old.op == "not_has" and bool(said) and all(c.op == "not_has" and c.value != old.value for c in said)


def _said_within(old: Condition, new: list[Condition]) -> bool:
    """「令和4年中に終了したもの」→「9月に終わったのはどれ」: a follow-up whose conditions on a field only
    narrow the range held before (a month of no year, 終了済み) keeps that range instead of replacing it."""
    said = [c for c in new if c.field == old.field]
    return bool(said) and all(old.op in _WITHIN_RANGE.get(c.op, ()) for c in said)


def _other_city_cell(old: Condition, new: list[Condition], before: list[Condition] = ()) -> bool:
    """「岡山市の予防課の連携事業」→「そのうち倉敷側も予防課なの」: one municipality's cell said after another's
    adds to it; only a department said of the same municipality (or of none) replaces it. A department said before
    beside one municipality's column (「倉敷市の担当部署が産業支援課」: @city_dept 倉敷市 and 産業支援課, as parsed) is
    that municipality's."""
    def city(c: Condition) -> str:
        return c.value.get("city", "") if isinstance(c.value, dict) else ""
    columns = {str(c.value) for c in before if c.field == "@city_dept" and c.op == "="}
    of_old = city(old) or (next(iter(columns)) if len(columns) == 1 and isinstance(old.value, str) else "")
    if old.field != "@dept" or not of_old:
        return False
    said = [c for c in new if c.field == "@dept"]
    return bool(said) and all(city(c) and city(c) != of_old for c in said)


_LONGEST_NAME = 30  # morphemes
# (「…の取組の実践項目」「…という取組項目に入っている実践項目」: a record's name said of the kind holding the kind asked)
# (the kind words are the kinds' own, from vocabulary.py; 取組 alone names no kind, but said of held records it is
# what holds them. Sorted by length, then the word: a set's order would change with the hash seed, and so the
# pattern stored by compiled.py)
_TORIKUMI = ("取組", "取り組み", "取組み")
_PARENT_BEFORE_CHILDREN = compiled(
    r"\s*(?:の|という|に関する)?\s*(?P<parent>"
    + "|".join(sorted({re.escape(w) for w, k in KIND_WORDS if any(p == k for p, _ in LINKS)} | set(_TORIKUMI), key=lambda w: (-len(w), w)))
    + r")\s*(?:の|に(?:ある|入って(?:い)?る|含まれる|属する))\s*(?P<child>"
    + "|".join(sorted({re.escape(w) for w, k in KIND_WORDS if any(c == k for _, c in LINKS)}, key=lambda w: (-len(w), w))) + ")")


def _spelled_words(lemma: str) -> frozenset[str]:
    """A word, or the nouns of what a short name stands for (民活 → 民間, 活力; see spelled_out)."""
    full = spelled_out(lemma)
    if full == lemma:
        return frozenset((lemma,))
    return _nouns_of(full)


@lru_cache(maxsize=256)
def _nouns_of(text: str) -> frozenset[str]:
    from assistant.text.tokenize import morphemes

    return frozenset(m.normalized_form() for m in morphemes(text) if m.part_of_speech()[0] == "名詞")


_HIRAGANA_WORD = compiled(r"[ぁ-ゖー]+")


def _side_swapped(text: str, context: Query, municipalities, notes: list[str]) -> str:
    """「倉敷市側の担当が予防課のもの」→「岡山市側だったら？」: the other city's side said alone, after a department
    of one city's side, asks that department of the other city's side (its 担当 column); every other condition kept.
    Read so only when the previous question held such a department: a side said of anything else is left as said."""
    # (as parsed: 「倉敷市側の担当が予防課」 is @city_dept 倉敷市 beside @dept 予防課; resolved: @dept with its city)
    cities = {str(c.value) for c in context.conditions if c.field == "@city_dept"} if any(
        c.field == "@dept" for c in context.conditions) else set()
    cities |= {c.value.get("city") for c in context.conditions
               if c.field == "@dept" and isinstance(c.value, dict) and c.value.get("city")}
    if not cities:
        return text
    for full in municipalities:
        bare = full[:-1] if full[-1:] in "市町村" and len(full) > 2 else full
        if full in cities:
            continue
        m = compiled(rf"{re.escape(bare)}(?:{re.escape(full[-1])})?側(?=\s*(?:なら|では|だと|の場合は?)\s*[？?。]?\s*$)").search(text)
        if m:
            notes.append(f"「{m.group(0)}」を{full}の担当部署と読みました")
            return text[:m.start()] + f"{full}の担当" + text[m.end():]
    return text


def _noun_in_context(text: str, at: int) -> bool:
    """Whether a noun begins at `at` when the question is read with what comes before it."""
    from assistant.text.tokenize import _tokenizer  # the one shared Sudachi instance

    for m in _tokenizer().tokenize(text[:at + 8]):
        if m.begin() == at:
            return m.part_of_speech()[0] == "名詞"
        if m.begin() > at:
            break
    return False


@dataclass
class _Work:
    """The question being taken apart."""

    text: str
    chars: list[str] = field(default_factory=list)
    year_texts: dict[str, str] = field(default_factory=dict)  # bare year label -> as written
    year_ops: dict[str, str] = field(default_factory=dict)  # bare year label -> range (R5以降: ">=")
    # Negated predicates of the canonical text by where they start -> (end, concept).
    negated_at: dict[int, tuple[int, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.chars = list(self.text)
        self.free = self.text  # the text left, kept joined: every rule reads it, few consume
        self.rules = possible_rules(self.text)  # (ids) the only grammar rules that can match it

    def consume(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = _GAP
        self.free = "".join(self.chars)

    def finditer(self, pattern: str | re.Pattern):
        """Matches over the unconsumed text (consumed characters never match)."""
        regex = compiled(pattern) if isinstance(pattern, str) else pattern
        return list(finditer(regex, self.free))

    def take_at(self, pattern: str, at: int) -> None:
        """Consume what the pattern matches right at `at`, if it does."""
        m = compiled(pattern).match(self.free, at)
        if m is not None:
            self.consume(m.start(), m.end())

    def take(self, pattern: str | re.Pattern):
        found = self.finditer(pattern)
        for m in found:
            self.consume(m.start(), m.end())
        return found


# A word said as what a text touches on (「人件費に触れている」「事業費について言及した」).
_TOUCHED_ON = compiled(r"(?P<w>[一-龥ァ-ヶー]{2,10})(?=\s*(?:に|について)(?:は|も)?\s*(?:触れ|ふれ|言及))")


def _figure_words() -> dict[str, str]:
    """Words of the fields holding a figure (money, a number): word → field."""
    from assistant.kinds.registry import _fields as declared

    figures = {f.name for _, f in declared() if f.type in ("money", "number")}
    return {word: name for word, name in VALUE_FIELDS if name in figures}


_FIGURE_WORDS = _figure_words()
# An indicator's unit after its name (施設の平均利用者数（人）), and the words of an aggregate a name may hold.
_UNIT_AFTER_NAME = compiled(r"\s*[（(][^（()）]{1,8}[）)]$")
# (and a negation: 「紙を使わない会議の開催回数」 names the indicator, it negates nothing)
_AGGREGATE_IN_NAME = compiled(r"平均|合計|総計|最高|最大|最低|最小|(?<=[かさたなまらわがばえけせてねめれげべい])ない")


# 「…のもの以外」「終了した実践項目を除いた」: a kind word may stand between a clause and its negation
# (it stays: it names the target).
# (「R4に取組終了したやつは除いて」: やつ is the spoken もの)
_NEG_AFTER = compiled(r"\s*(?:(?:が|の)?担当(?:している|してる|する|の)?)?(?:の分|の|もの|のもの|やつ|のやつ)?(?P<kind>" + "|".join(re.escape(k) for k, _ in KIND_WORDS)
                        + r")?(?:は)?(?P<neg>" + _NEG + ")"
                        # (「(消)総務課のほうは除いてね」: the other of two said, as the one left out)
                        r"|\s*の(?:ほう|方)(?:は|を)(?P<neg2>除いて|除く|除き|除外して|外して)")

# A word left out by name, with what may stand between it and the verb (終活支援のは除いて, 〜関係以外).
# (「大阪城公園じゃない方」: of two or three records said before, the one(s) the word does not name)
_LEFT_OUT = compiled(r"(?:の(?:もの|分|件|やつ|こと|話)?|関係|関連)?(?:は|を|も)?(?:除いて|除いた|除く|除き|除外して|除外した|以外)"
                     r"|(?:の)?(?:じゃない|ではない|でない|じゃなかった|ではなかった)(?=方|ほう|\x1f)")


_TITLE_TAIL = compiled(r"(?:に向けた取組|に向けた取り組み|に関する取組|のための取組|の取組|の推進)$")
# A quoted word; a value the grammar knows by name loses its quotes before the rules read it.
_QUOTED = compiled(r"[「『\"“]([^「『」』\"“”]{1,20})[」』\"”]")
# 「…って書いてある」「…と記載されている」: the quoted words are said to be printed somewhere.
_SAID_WRITTEN = compiled(r"\s*(?:って|と|が)\s*(?:書いて|書かれて|記載されて|記載して|入って|含まれて|出て)")
_AS_A_WORD = compiled(r"\s*(?:という|って|との)\s*(?:言葉|語|単語|文言|表現|ワード|キーワード|記述)")
# A question that is a kind word alone (「委員の意見は？」).
# Field words that hold a kind word (総合評価の理由 holds 評価の理由): there the field is meant.
def _fields_holding() -> dict[str, list[str]]:
    """Kind word → the field words ending in it. (By each field word's endings: the same lists as testing every
    field word against every kind word, in a tenth of the time — some 31,000 endswith calls, about 3 ms of every
    process that reads a question.)"""
    out: dict[str, list[str]] = {k: [] for k, _ in KIND_WORDS}
    for f, _ in VALUE_FIELDS:
        for i in range(1, len(f)):
            if f[i:] in out:
                out[f[i:]].append(f)
            # (「回答課が生涯学習課の質問」: a field word opening with a kind word, naming who did it — 回答課, 回答者 —
            # is the field; 意見数, 実践項目No., 意見の対象 are the kind's own count, number or part, read as the kind)
            if f[:i] in out and not re.match(r"の|数|No|番号|・", f[i:]):
                out[f[:i]].append(f)
    return out


_FIELDS_HOLDING = _fields_holding()
_VERBAL_TAIL = compiled(r"の(?:廃止|導入|見直し|実施|推進|活用|削減|民営化|統合|統廃合|委託|移譲|売却|拡充|拡大|整理)$")
_BARE_KIND = compiled(r"[\x1f\s]*(?:" + "|".join(re.escape(k) for k, _ in KIND_WORDS) + r")(?:は|を|って|の数は)?[？?。\s]*"
                      r"(?:何件|いくつ|何個|全部で何件|全部でいくつ)?[？?。\s]*"  # 「実践項目はいくつ？」: how many of its parts
                      r"(?:教えて(?:ください)?|見せて(?:ください)?|ある|あります|ありますか)?[？?。\s]*")
# 「…」で対応すると答えた: words of a reply, quoted (grammar/member_names.py opinion_answered_words)
_ANSWERED_AFTER = compiled(r"\s*(?:で|と|を|に)?[^、。?？「」]{0,12}?(?:答え|回答|説明|返答)")
_QUOTED_STATE = compiled(r"\s*(?:と|に)?(?:なっている|なってる|なった|書かれている|書かれた|記載されている|ある|の|である)?")
_COMPOUND = compiled(r"[一-龥ァ-ヶーA-Za-z]{4,}")
# Field words that also end names of things (専門部会, 市民活動団体).
_FIELD_TAIL = compiled("(?:" + "|".join(re.escape(k) for k, _ in sorted(VALUE_FIELDS, key=lambda t: -len(t[0]))
                                          if len(k) >= 2) + ")$")
_ASKED_COUNTER = compiled(r"何(?:種類|[件個つ点人名回年月日号課か所]|ヶ所|カ所|(?:十|百|千|万|億|十万|百万|千万)?円)+")
_ASKS_WHAT = compiled(r"何の|何を|どんな|どのような|どういう")
# 「両市とも」「どちらの市も」 right before a department: every municipality's department cell.
_EVERY_CITY = compiled(r"(?:両市|両自治体|双方|どちらの(?:市|自治体)|いずれの(?:市|自治体)|各市|全市)(?:とも|ともに|も|が|で)?(?:に)?"
                       r"(?:の?担当(?:部署|課)?(?:が|は))?\s*$")
# 「令和元年に開催された」: the verb that dates an event.
_HELD = compiled(r"\s*(?:に|で)?\s*(?:開催|実施|行われ|催され|開かれ)(?:され|し)?(?:た|る|ている|ていた|予定の?)?")
# 「課題に触れている」「「検証」という言葉」: what a word is said with when it is a topic of the text, not a kind.
# (what only a meeting's questions have: the meeting, its district, the office that answered, the record asked about)
# (「回答が建築住宅課のもの」: the office an answer is by)
_MEETING_QUESTION = compiled(r"質疑|説明会|懇談会|意見交換会|地区|地域|回答(?:し|課|部署|が|は)|答え|関連|施設")
_TOPIC_SAID = compiled(r"[」』]?\s*(?:に|へ)\s*(?:触れ|ふれ|言及)|[」』]?\s*(?:という|って)\s*(?:言葉|語|単語|文言|ワード|表現)")
# 「課題として出された意見」: the class the records of another kind said after it were given (a word they print), no
# kind asked
_CLASS_SAID = compiled(r"\s*として\s*(?:出さ|出て|出し|挙げ|あげ|示さ|述べ|寄せ|指摘|まとめ|分類|整理)")
# 「高齢者への対応を求めている」「子育て世帯への配慮を要望している」: a request about a topic (parse: the topic's words).
_ASKED_FOR = compiled(r"(?P<t>[一-龥ァ-ヶー]{2,12})(?:へ|に対して|に対する|について)の?\s*(?:対応|対策|配慮|支援|取組|取り組み|ケア)"
                      r"(?:を|が)?\s*(?:求めて|求め|要望して|要望し|要求して|要求し|促して|促し)(?:いる|る|た|ている)?")
_FEW = 5  # at most this many records of the previous answer are what a follow-up can be about
# (「ICT推進室が担当に入っていない」: the role said between the name and the verb)
_PARTICLES_BEFORE_VERB = compiled(r"\s*[がをはもに]{0,2}(?:担当(?:者|部署)?に)?")


def _negated_after(w: _Work, end: int) -> bool:
    """「…R4に終了したもの以外」「住宅課が担当していない」: a negation right after a clause negates it
    (and is consumed). A negated verb of its own meaning (終了していない) is left to its rules."""
    gap = _PARTICLES_BEFORE_VERB.match(w.free, end)
    verb = w.negated_at.get(gap.end()) if gap else None
    if verb and verb[1] in ("", "include") and _GAP not in w.free[gap.end():verb[0]]:
        w.consume(end, verb[0])
        return True
    m = _NEG_AFTER.match(w.free, end)
    if m and m.group("kind"):
        w.consume(end, m.start("kind"))
        w.consume(m.end("kind"), m.end())
        return True
    if m:
        w.consume(m.start(), m.end())
    return bool(m)




# The joint-project progress cells: (field, "not written" pattern, "written" pattern). The year of
# 今年度 is the table's own (read from its title): another year is a condition no row meets.
_CELL_YEAR = r"(?:今年度|" + _YEAR + r")?(?:\s*[(（]\s*(?:" + _YEAR + r")\s*[)）])?"
_CELL_YEAR_SAID = r"(?:今年度|" + _YEAR + r")(?:\s*[(（]\s*(?:" + _YEAR + r")\s*[)）])?"
_BLANK = (r"(?:の欄|欄|のところ|の所|の部分|のとこ)?(?:に|が|は|の)?\s*(?:ない|無い|なし|空欄(?:に)?(?:なって(?:い)?る)?|空白|空っぽ|からっぽ|空いて(?:い)?る|未記入|記載(?:が)?ない|記載(?:が)?なく|記載のない"
          r"|空に?なって(?:い)?る|空(?=の|だ|で|な|\s*[?？)）]|$)"
          r"|(?:何も|なにも|全く|まったく)?(?:書かれて|記載されて|書いて|記入されて|入って|埋まって)(?:い)?(?:ない|なかった|おらず)|(?:何も|なにも)含まれない)")
_EITHER_CELL_BLANK = compiled(
    r"[「『]?(?:既に|すでに)実施(?:済み)?[」』]?(?:の欄)?\s*(?:か|と|または|又は|もしくは|、|・)\s*[「『]?" + _CELL_YEAR + r"(?:に|の)?実施予定[」』]?(?:の欄)?\s*"
    r"(?:の)?\s*(?:どちらか|いずれか|どっちか|片方|一方)(?:一方|の欄)?\s*(?:が|だけが|のみが)?\s*(?:空欄|空白|未記入|記載(?:が)?(?:ない|なし))")
# (「今年度に実施する予定が書かれていない」: the cell 実施予定 said with its verb)
_PLANNED_WORD = r"実施(?:する|される|の)?予定"
_PLAIN_PLANNED = r"(?:やる|行う|おこなう|する)予定(?:の|が)?"
_PROGRESS_CELLS = (
    # (「H17に予定がない」: a year said, 予定 alone is the cell of that year's plans)
    ("planned", r"(?:" + _CELL_YEAR + r"(?:に|の)?" + _PLANNED_WORD + r"|" + _CELL_YEAR_SAID + r"(?:に|の)?予定)(?:の|が)?" + _BLANK
     + r"|" + _CELL_YEAR + r"(?:に|の)?" + _PLANNED_WORD + r"(?:の|のもの)?(?:では|で|じゃ)(?:ない|なく|なかった)",
     _CELL_YEAR + r"(?:に|で|の)?" + _PLANNED_WORD + r"(?:の|が|がある|あり)?|" + _CELL_YEAR_SAID + r"(?:に|の)?予定(?:が|の)?(?:ある|あり)"
     # (「H17にやる予定のこと」: the plan's verb said plainly, only after the year it is planned for)
     r"|" + _CELL_YEAR_SAID + r"\s*(?:に|で)\s*" + _PLAIN_PLANNED +
     r"|(?<=月に)予定(?:して(?:い)?る|された|の)"),
    # (「実施実績がなくて協議中」: the same said before the next clause)
    ("done", r"(?:まだ)?(?:既に)?実施(?:した|された)?(?:実績|もの|内容|こと)(?:が|は|の)?(?:まだ)?(?:何も)?(?:なくて|なく|ない|無い|なし)"
             r"|既に実施(?:が|は)?(?:まだ)?(?:ない|無い|なし)"
             # (「既に実施した実績が書かれておらず」: the cell said by what it holds, then blank)
             r"|(?:既に|すでに)実施(?:した|された)?(?:実績|内容)" + _BLANK +
             # (「まだ一度も実施してない」: never carried out, as 何も says it)
             r"|(?:まだ\s*(?:何も|一度も|1度も|一回も)?|何も|一度も|1度も|一回も)\s*実施(?:されて|して)(?:い)?(?:ない|なくて|なく)|未実施"
             r"|(?:既に|すでに|もう)?(?:既に実施|実施済み?)" + _BLANK
             + r"|(?:既に)?実施済み?(?:の|のもの)?(?:では|で|じゃ)(?:ない|なく|なかった)"
             r"|既に実施(?:した|された)?(?:もの)?(?:では|で|じゃ)(?:ない|なく|なかった)",
     # (「もう実施している」「すでに実施した」: done in other words)
     r"(?:既に|すでに|もう)実施(?:して(?:い)?る|した|された|済み|の)?|実施済み?"),
)
# An era's month date (令和3年3月, R3年3月), with a word after it that only says "as of".
_MONTH_DATE = compiled(r"(?P<date>(?P<era>令和|平成|(?<![A-Za-z])[RrHh])\s*(?P<n>元|\d{1,2})\s*年\s*(?P<month>\d{1,2})\s*月)"
                       r"(?:\s*(?:時点|現在|末時点|末現在|末))?")
# A verb after a month saying it is when the document came out (令和6年3月公表の, 2024年3月に発行された).
_PUBLISHED = compiled(r"\s*(?:\d{1,2}\s*日)?\s*(?:に)?(?P<verb>公表|発行|発表|公開|刊行)(?:された|した|の|し)?")
# A name, then a word for the document (not for its records): 「総務省の事例集に」「審議会の意見書で」.
_DOCUMENT_OWNER = compiled(r"(?P<name>[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{2,16})(?:の|が(?:まとめた|作成した|作った|発行した|公表した|出した|編集した|公開した))"
                           r"(?P<doc>事例集|報告書|意見書|白書|冊子|資料集)(?=に|で|から|の中|では|には|より|の)")
# A run of a title's characters ending in a word for a document (「行政改革先進事例集」「行政改革の取組事例集」).
# (a plan named by its own name, 「行革推進計画」: 計画 closing a name that a title holds)
_DOCUMENT_TITLED = compiled(r"[一-龥ァ-ヶーA-Za-z0-9の]{2,24}?(?P<doc>事例集|報告書|意見書|白書|冊子|資料集|推進計画|改革計画|調査|(?<=行革)計画)")
# A name of six characters or more said before の and a kind word (「しらさぎ連携中枢都市圏の連携事業」).
# (or shorter, when it ends as a body's name does: 「広域連合の共同事業」「衛生組合の事業」)
# (an area's name, 「北嶺圏域で…」, is a body's name as well)
_BODY_NAME = compiled(r"[一-龥ァ-ヶー]{2,4}(?:連合|組合|協議会|圏域|都市圏|自立圏)")
_NAME_OF_KIND = compiled(r"(?<![一-龥ァ-ヶーぁ-ん])(?P<name>[一-龥ァ-ヶー]{2,4}(?:連合|組合|協議会|圏域|都市圏|自立圏)|[一-龥ァ-ヶーぁ-ん]{6,24}?)(?:の(?=(?:" + "|".join(
    re.escape(w) for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0]))) + r")(?![一-龥ァ-ヶー]))"
    # (「しらさぎ定住自立圏で檜沢村が…」「…圏の結び付きや…」: the name opening the question, then で or の;
    # see _document_titled)
    r"|(?P<opening>で|の)(?![はも]))")
# (the kind word whole: 「行政創革プランの意見書」 names a document, and 意見 is no kind word of it)
# The ending of a group's name printed with its field word (「…に係る政策分野」「…の分野」).
_AREA_ENDING = compiled(r"(?:に係る|に関する|における|の)?(?:政策)?分野$")
# (「外国人への対応」: への joins no name either; the documents printing the phrase somewhere is no reason to seek
# it whole in the comments, which say 外国人 and 対応 apart)
_PARTICLES = {"を", "が", "は", "に", "で", "と", "へ", "も", "や", "の", "から", "まで", "より", "への"}
_BOTH_AFTER = compiled(r"\x1f*\s*(?:が|で|の|は)?\s*(?:共同|両方|ともに|とも|一緒|いずれも|どちらも|そろって|連名)")
_OR_BETWEEN = compiled(r"\x1f*\s*(?:又は|または|あるいは|もしくは|か|や|、|・|/|と|及び|および)\s*\x1f*")


# Two words sought said as alternatives (「高齢者や高齢化に触れた」「RPAかAIの」), not both of them.
_WORDS_EITHER = "とか|や|か|または|又は|もしくは|あるいは"  # (「高齢者とか高齢化」: とか lists alternatives)
# A rise, fall or shortage said of nouns listed before it (「コスト・物価の高騰」「人員・財源の不足」).
# A case's title as a list of cases prints it: a phrase of two nouns (「総合計画との連携」「民間活力による整備」).
_TITLED_TOPIC = compiled(r"[一-龥ァ-ヶーA-Za-z]{2,}(?:との|による|への|を通じた|を活用した)[一-龥ァ-ヶーA-Za-z]{2,}")
_CASES_ASKED = compiled(r"事例|先進例|取組例")
_CHANGE_OF_OWNERS = compiled(r"高騰|上昇|増加|増大|減少|低下|不足|悪化|逼迫|ひっ迫|縮小")


def _either_words(keywords: list[str], question: str) -> list:
    """The keywords, those said as alternatives (A や B, A か B) joined in a list: a record with any of them
    is meant. 「AとB」, 「AやBの両方」 and words said apart stay each a condition of its own."""
    said = nfkc(question)
    out: list = []
    # 「人手不足か、コスト・物価の高騰に言及」: nouns listed with ・ before の say whose 高騰 (any of theirs, printed
    # 「コスト高騰」「物価・人件費の高騰」): the head noun is the topic, the listed ones no word of their own.
    owners: set[str] = set()
    for i in range(2, len(keywords)):
        if not _CHANGE_OF_OWNERS.fullmatch(keywords[i]):
            continue  # (「総合管理計画・地方公会計の活用」: what is done with them, each a topic; left to the rest)
        listed = keywords[:i]
        for n in range(len(listed), 1, -1):
            mods = listed[-n:]
            if compiled(r"\s*・\s*".join(re.escape(m) for m in mods) + r"\s*の\s*" + re.escape(keywords[i])).search(said):
                owners.update(mods)
                break
    if owners:
        keywords = [k for k in keywords if k not in owners]
        said = re.sub(r"(?:" + "|".join(re.escape(m) for m in sorted(owners, key=len, reverse=True)) + r")(?:\s*・\s*)?", "", said)
        said = re.sub(r"(" + _WORDS_EITHER + r")\s*[、,]\s*の\s*", r"\1", said)
    for kw in keywords:
        last = out[-1] if out else None
        words = last if isinstance(last, list) else [last] if last else []
        # (「高齢者・高齢化に触れて」: two forms of one word, its stem shared, are one topic said twice: either)
        either = f"{_WORDS_EITHER}|・" if words and len(words[-1]) > 2 and len(kw) > 2 and words[-1][:2] == kw[:2] else _WORDS_EITHER
        if words and _TITLED_TOPIC.fullmatch(kw) and _CASES_ASKED.search(said):
            # (「公共施設の複合化・総合計画との連携の事例」: the titles of cases listed with ・, each a case of its own:
            # any of them; a title is a phrase, 「XとのY」, not a noun two records must both hold)
            either = f"{either}|・"
        if isinstance(last, list) and compiled(r"[（(][^（()）]*(?:・|や|、|か)\s*" + re.escape(words[-1]) + r"\s*の\s*" + re.escape(kw)
                                               + r"\s*[）)]").search(said):
            # (「（総合管理計画・地方公会計の活用）」「（総合管理計画や地方公会計の活用）」: the last alternative's own
            # noun, 地方公会計を活用した, no condition on them all)
            continue
        if isinstance(last, list) and any(compiled(re.escape(w) + r"\s*を\s*" + re.escape(kw)
                                                   + r"(?:した|して|する|している|された|しての)").search(said) for w in words):
            # (「地方公会計や公共施設等総合管理計画を活用した」: what is done with the alternatives, said of them,
            # no word every record must hold)
            continue
        if words and "|" not in kw and (compiled(re.escape(words[-1]) + f"(?:{either})" + re.escape(kw)
                                                 + r"(?!\s*(?:の両方|のどちらも|の両者|とも|共に|を両方))").search(said)
                                        # (「地方公会計や公共施設等総合管理計画」: the keywords taken in another order
                                        # than said)
                                        or compiled(re.escape(kw) + f"(?:{either})" + re.escape(words[0])
                                                    + r"(?!\s*(?:の両方|のどちらも|の両者|とも|共に|を両方))").search(said)
                                        # 「公共施設マネジメント（総合管理計画・地方公会計の活用）」: the kinds of a topic
                                        # listed in its brackets, any of them
                                        or compiled(r"[（(][^（()）]*" + re.escape(words[-1]) + r"\s*・\s*" + re.escape(kw)
                                                    + r"[^（()）]*[）)]").search(said)
                                        # 「外国人（外国人住民・在留外国人）」: the words glossing a topic in brackets
                                        # right after it are its forms (each holds the topic's word): any of them
                                        or (words[0] in kw or kw in words[0])
                                        and compiled(re.escape(words[0]) + r"\s*[（(][^（()）]*" + re.escape(kw)
                                                     + r"[^（()）]*[）)]").search(said)):
            out[-1] = [*words, kw]
        else:
            out.append(kw)
    return out


_LISTED_BEFORE_NEG = compiled(r"\x1f*\s*(?:と|、|,|・|や|及び|および|でも|も)\s*\x1f*")


def _excluded_together(w: _Work, conds: list[Condition], spans: list[tuple[int, int]]) -> list[Condition]:
    """「行政監理室と窓口サービス課を除くと」「教育部会でも商工部会でもない」: names of one field listed before
    one negation are all left out; the negation said once at the end is every listed name's, never the first
    names required (a wrong answer stated with confidence)."""
    if len(conds) != len(spans):
        return conds
    order = sorted(range(len(conds)), key=lambda i: spans[i])
    out = list(conds)
    for before, after in reversed(list(zip(order, order[1:]))):
        a, b = out[before], out[after]
        if a.op == "=" and b.op == "!=" and isinstance(a.value, str) \
                and _LISTED_BEFORE_NEG.fullmatch(w.free[spans[before][1]:spans[after][0]]):
            w.consume(spans[before][1], spans[after][0])
            label = a.label.replace(" ≈ ", " ≉ ", 1) if " ≈ " in a.label else a.label.replace(" = ", " ≠ ", 1)
            out[before] = Condition(a.field, "!=", a.value, label)
    return out


def _either(w: _Work, conds: list[Condition], spans: list[tuple[int, int]], what: str) -> list[Condition]:
    """「住宅課又は建築課」「保育部会と介護保険部会」: mentions of one field joined by 又は/と/、 mean
    any of them (a record has one 部会; a practice item is wanted if either department has it)."""
    conds = _excluded_together(w, conds, spans)
    positive = [(s, c) for s, c in zip(spans, conds) if c.op == "="]
    if len(positive) < 2:
        return conds
    positive.sort(key=lambda t: t[0])
    text = w.free
    joined = all(_OR_BETWEEN.fullmatch(text[a[1]:b[0]]) for (a, _), (b, _) in zip(positive, positive[1:]))
    if not joined:
        return conds
    both = _BOTH_AFTER.match(text, positive[-1][0][1])
    if both:  # 「政策推進課と財政課が共同で」: each of them, not either
        w.consume(both.start(), both.end())
        return conds
    for (a, _), (b, _) in zip(positive, positive[1:]):
        w.consume(a[1], b[0])
    values = [c.value for _, c in positive]
    rest = [c for c in conds if c.op != "="]
    # 「総務課、(消)総務課の」: a bare name said again with its bureau is that one office.
    said_again = [v for v in values if isinstance(v, str) and any(o != v and o.endswith(v) and o.startswith(("(", "（"))
                                                              for o in values if isinstance(o, str))]
    values = [v for v in values if v not in said_again]
    if len(values) == 1:
        return rest + [Condition(positive[0][1].field, "=", values[0], next(c.label for _, c in positive if c.value == values[0]))]
    return rest + [Condition(positive[0][1].field, "any", values, f"{what} ∈ {' / '.join(values)}")]


_CALENDAR_MONTH = compiled(r"(?:(?:令和|平成|(?<![A-Za-z])[RrHh])\s*(?:元|\d{1,3})|(?<!\d)(?:19|20|21)\d{2})\s*年\s*\d{1,2}\s*月"
                           r"(?!\s*\d{1,2}\s*日)")


def month_forms(month: str) -> list[str]:
    """"2004-01" → the ways documents write a date of that month: 2004年1月, H16.1., H16.01., 平成16年1月 …"""
    y, m = (int(x) for x in month.split("-"))
    # (「H31.1 公開予定」: a short date before a space is that month, never H31.10)
    forms = [f"{y}年{m}月", f"{y}/{m}/", f"{y}/{m:02d}/", f"{y}.{m}.", f"{y}.{m:02d}.", f"{y}.{m} "]
    for era, short, base, first in (("令和", "R", 2018, 2019), ("平成", "H", 1988, 1989)):
        if y >= first and not (era == "平成" and y > 2019):
            n = y - base
            forms += [f"{short}{n}.{m}.", f"{short}{n}.{m:02d}.", f"{short}{n}.{m} ", f"{era}{'元' if n == 1 else n}年{m}月"]
    return forms


def _names_pattern(municipalities: set[str]) -> str:
    """Longest first, then in code-point order: one spelling in every process, so the patterns are
    compiled once per machine (a set's order changes with the process's string hashing)."""
    return "|".join(re.escape(m) for m in sorted(municipalities, key=lambda m: (-len(m), m))) or "(?!)"


# 「窓口のワンストップ化については何と言っている？」 naming no one who says it.
_SAID_ABOUT = compiled(r"^\s*(?:じゃあ|では|それでは)?[、,]?\s*(?P<what>[^?？。、]{2,40}?)(?:について|に関して|のこと)(?:は|では)?[、,]?\s*"
                       r"(?:何と|なんと|なんて|どう|どのように)(?:言って|いって|述べて|書いて|指摘して)"
                       r"(?:いる|る|た|いた|います|ました|ますか|いますか)?\s*(?:の)?\s*[?？]?\s*$")


def _said_of_opinions(text: str, context: Query | None) -> str:
    """After an answer of opinions, 「…については何と言っている？」 asks those opinions, the ones touching what it
    names (the speakers are the answer's: no one else is named)."""
    if context is None or context.target != "comment":
        return text
    m = _SAID_ABOUT.match(text)
    return f"そのうち{m.group('what')}に触れた意見は" if m else text


# The note a record's title read from the question's words leaves (「「書かない窓口」を実践項目「…」とみなしました」).
_TITLE_TAKEN = compiled(r"^「(.+?)」を.{2,8}「.+」とみなしました$")
# (a 広域連合's list calls the member leading each project its 主担当, or 代表団体; a 協議会's its 事務局)
# (「代表町」: a town's page heads the leading member so, 参加団体 │ 構成町 │ 代表町)
_CHAIR = r"(?:部会長|主担当(?:団体)?|代表(?:団体|市町村|市村|市町|町村|市|町|村)|事務局(?:団体)?|幹事(?:市町村|市村|市町|市|町|村|団体)?)"
# 「納税部会みたいに年度で変わるのは除いて」: the chairs that rotate by year left out, said.
# (「納税部会は年度で変わるから除いて」: the rotating one named, and why)
_ROTATING_LEFT_OUT = (r"[（(]?(?:[一-龥]{2,8}(?:みたいに|のように|は|も))?\s*(?:年度ごとの|年度で|年度によって)?\s*(?:持ち回り|交代|変わる|替わる|かわる)"
                      r"(?:する)?(?:の|もの|の事業|の分)?(?:は|を|から|ので)?\s*(?:除いて|除く|除外して|以外)[)）]?")


def _municipality_patterns(municipalities: set[str]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The joint-project phrases naming a municipality of the index: 「AとBのどちら」, 「Aが部会長」,
    「Aの担当部署」 (patterns that never match when the index has no joint-project table)."""
    names = _names_pattern(municipalities)
    return (
        compiled(rf"(?:は|が)?(?:{names})(?:(?:と|、|・)(?:{names}))+の?(?:どちら|どっち|いずれ|どれ|どこ)"),
        # A table may call the chairing municipality the 部会's 幹事 (部会（幹事市村）).
        compiled(rf"({names})(?P<only>だけ|のみ)?(?:が|の)?(?:単独で)?{_CHAIR}(?:を務めている|を務めた|を務める|をしている|となっている|の|である)?"
                 # (「部会長 倉敷市 の事業」: fragments typed with a space for the particle)
                 rf"|{_CHAIR}(?:が|は|\s+)(?P<always>ずっと|いつも|毎年|一貫して)?({names})(?P<only2>だけ|のみ|単独)?"
                 rf"(?P<other>じゃない|ではない|でない|じゃなかった|ではなかった|以外)?"),
        # (「倉敷の担当部署」: the municipality said without 市 too; 「倉敷市のほうの担当課」: its side of the table)
        # (「岡山市はどこの課が担当だった」: the municipality said as the topic, the department asked after it)
        compiled(rf"({names}|{_bare_names_pattern(municipalities)})(?:(?:の|側の|の?(?:ほう|方)の)?(?:担当部署|担当課|担当)(?:が|は)?"
                 r"|(?=側?\s*(?:は|って|では|の方は|のほうは)[、,]?\s*(?:(?:どこの|どの)\s*(?:課|部署|部局|担当課|担当部署)|どこ)\s*(?:が|で)?\s*(?:担当|所管)))"),
    )


def _bare_names_pattern(municipalities: set[str]) -> str:
    """The municipalities' names without 市, 町 or 村 (倉敷 for 倉敷市), two characters or more, that no other
    municipality of the index shares."""
    bare = [m[:-1] for m in municipalities if m[-1:] in ("市", "町", "村") and len(m) >= 3]
    return "|".join(re.escape(b) for b in sorted(set(bare), key=lambda b: (-len(b), b)) if bare.count(b) == 1) or "(?!)"


def _full_name(said: str, municipalities: Iterable[str]) -> str:
    """The municipality a name said without 市, 町 or 村 is (itself when said in full)."""
    if said in municipalities:
        return said
    return next((m for m in sorted(municipalities) if m[:-1] == said and m[-1:] in ("市", "町", "村")), said)


def _each_city_pattern(municipalities: set[str]) -> re.Pattern:
    """「岡山市も倉敷市も担当が」 right before a department: each named municipality's own cell."""
    names = _names_pattern(municipalities)
    return compiled(rf"((?:(?:{names})(?:も|とも|ともに)[、,]?\s*){{2,}})(?:の?(?:担当(?:部署|課)?|部署)(?:が|は))?\s*$")


def _own_city_pattern(municipalities: set[str]) -> re.Pattern:
    """「東市の」「東市も」「倉敷側も」「岡山市 」 right before a department: that municipality's own cell (the name
    said without 市 only when no other municipality shares it). 「岡山市側が事業政策課」 reaches here as 岡山市が
    (phrasings.city_side): a municipality said as the subject of its department is its side too."""
    names = _names_pattern(municipalities)
    bare = _bare_names_pattern(municipalities)
    return compiled(rf"(?P<name>{names}|{bare})(?:(?:側)?(?:の|も)|側?\s*(?:が|は)|\s+)\s*$")


_BUREAU = compiled(r"^[(（]([^)）]{1,3})[)）]")


# A quantity asked in a unit other than the records' own (件 / つ / 個 / 項目), and the kinds whose records
# are counted only in those (an event is counted in 回, a roster's rows in 人).
_COUNTED_IN = compiled(r"何(?:社|校|園|館|台|本|団体|時間|人|名|回|円|か所|箇所|カ所|ヶ所|世帯|店舗?|施設)")
_COUNTED_AS_ITEMS = {"practice", "initiative", "comment", "joint_project", "case_study", "program", "indicator",
                     "sheet", "sheet_entry", "self_eval", "grade", "challenge"}


# Words users say for a field (担当課, 所管課): never an office's name (_unknown_office).
_FIELD_WORD_SET = frozenset(w for w, _ in VALUE_FIELDS)


def _lexicon_state(lexicon: Lexicon) -> dict:
    """The parser's attributes read off one lexicon (Parser.__init__)."""
    st = SimpleNamespace()
    st.titles = lexicon.title_index()
    st.departments = sorted(lexicon.departments, key=len, reverse=True)
    st._all_titles = tuple(t for _, titled in lexicon._titled() for t in titled.values())
    # A field word right before a quoted value: 「今年度の予定が「協議中」」.
    st._field_before_quote = compiled(
        "(?P<f>" + "|".join(re.escape(k) for k, _ in sorted(VALUE_FIELDS, key=lambda t: -len(t[0])))
        + r")(?:の欄)?(?:が|は|に|で|欄に)?\s*$")
    # 「既に実施にも今年度予定にも研修って書いてある」: a word written in each of the fields said.
    from assistant.kinds.registry import _fields as declared

    # (every label a kind prints for a text field, 既に実施 too, whose states have rules of their own)
    # (a label said by several kinds keeps the field the curated words give it: 「担当部署」 is the records'
    # departments, not one kind's single 担当部署 text field declared later)
    st._written_fields = {f.label: f.name for _, f in declared() if f.type in ("text", "list")} | dict(VALUE_FIELDS)
    st._written_fields.setdefault("名前", "title")  # 「名前に「検討」が入ってる」: the record's name
    fields = "|".join(re.escape(k) for k in sorted(st._written_fields, key=len, reverse=True))
    st._written_in = compiled(
        r"(?P<fs>(?:(?:" + fields + r")(?:の欄)?(?:に|には)(?:も)?[、,]?\s*){1,3})"
        r"(?P<v>[^\s、。「」\x1f]{1,12}?)(?:って|と|という言葉が|が)(?:書いて|書かれて|記載されて|記載して|入って|含まれて|出て)"
        r"(?P<absent0>(?:い|お)?(?:ない|なかった|ません|りません))?"
        # 「名前に「検討」が入ってて」 (入って is canonically 含む): a word of the record's name
        # 「名前に「民間委託」が入っていない」 (canonically 含まれない): the word is not in the name.
        # (「取組項目名自体には「民間委託」の語が含まれていない」: the kind's name said with its kind word, 語 said;
        # 「タイトルに「委託」が入っていない」: タイトル, 件名 with a quoted word — unquoted, 「タイトルに民間委託と検討の両方」
        # is the rule words_in_title's)
        r"|(?P<fs2>名前|名称|(?:取組項目|実践項目|連携事業|事業|項目)名(?:称)?|(?:タイトル|件名)(?=(?:に|には)\s*[「『]))(?:自体)?(?:に|には)\s*[「『]?(?P<v2>[^\s、。「」『』\x1f]{1,12}?)[」』]?"
        r"(?:って|と|が|を|の語が|という語が|の文言が|という言葉が)?"
        r"(?:(?P<absent>含まれない|含まれていない|含まない|含まず|含まれず|入っていない|入ってない|付いていない|付いてない|ついていない|ついてない"
        # (「名前に「システム」が入っているもの以外」: every record but those)
        r"|(?:入って|付いて|ついて)(?:い)?る(?:もの|の|やつ)(?:は)?(?:以外|を除く|を除いた|を除いて)|含(?:む|まれる)(?:もの|の|やつ)(?:は)?(?:以外|を除く|を除いた|を除いて))"
        r"|(?:含む|含まれ|付いて|ついて|付く|つく)(?!ない|ていない))")
    st._field_word = compiled(fields)
    # Bureau prefixes written before department names ((総)行政監理室 → 総).
    st.bureaus = {m.group(1) for d in lexicon.full_departments if (m := _BUREAU.match(d))}
    st._municipality_res = _municipality_patterns(lexicon.municipalities)
    st._each_city = _each_city_pattern(lexicon.municipalities)
    st._own_city = _own_city_pattern(lexicon.municipalities)
    st._city_words = lexicon.municipality_words()
    st.stop_nouns = STOP_NOUNS | st._city_words  # a municipality says where, not what
    # Values the grammar knows by name (a theme, a 部会, a department, a municipality): quoted, they
    # are still that value (「「協働」を含まない」 negates the theme like 協働を含まない).
    st._known_values = ({w for k, words in lexicon.themes.items() for w in (k, *words)}
                          | lexicon.subcommittees | set(lexicon.departments) | lexicon.municipalities
                          | {w for w, _ in VALUE_FIELDS} | _field_labels()  # 「「既に実施」の欄」: a label as printed
                          | set(lexicon.grade_words))  # (「一度も「遅れ」がついていない」: a grade of the index's own words)
    st._known_values |= {_bare(v) for v in st._known_values}
    st._field_names = {w for w, _ in VALUE_FIELDS} | _field_labels()
    # (the department typo search's names by their first two letters, longest first, and the titles that
    # hold a run of the question (_partial_title): the same for every question over one index)
    st._dept_by_start = {}
    for name in st.departments:
        if len(name) >= 4:
            st._dept_by_start.setdefault(name[:2], []).append(name)
    st._title_owners = {}
    return vars(st)


# 取組 (取り組み) alone: no kanji or katakana joined after it (取組項目, 取組期間), none before (重点取組), no verb after.
_TORIKUMI_ALONE = compiled(r"(?<![一-龥々ァ-ヶー])(?:取組|取り組み)(?![一-龥々ァ-ヶー])(?!\s*(?:を|が)\s*(?:始|開始|進|行|実施|はじ|続け))")


# Fields only some reports print (a summary table's 財政効果額, うち完了): over an index none of whose records hold
# them, their words are words of the text.
_ONLY_WHERE_HELD = frozenset({"effect_amount", "n_completed"})


def _covers_title(sub: str, title: str, aims_only: bool = False) -> bool:
    """Whether words said (a notation key) name most of a title: its generic tail (…に向けた取組, …の推進) need not be
    said; of a title of two aims (公有財産の売却促進及び有効活用, 民間活力の活用と業務委託の推進) most of one of them
    (`aims_only`: only so, one aim said whole, which tells one title from others that hold the words too)."""
    core = _TITLE_TAIL.sub("", notation_key(title)) or notation_key(title)
    part = next((p for p in re.split(r"及び|並びに|(?<=[一-龥ァ-ヶー]{2})と(?=[一-龥ァ-ヶー]{2})", core)
                 if sub in p and p != core and len(p) >= 4), "")
    if aims_only:
        return bool(part) and len(sub) >= 0.9 * len(part)
    return len(sub) >= 0.6 * len(core) or bool(part and len(sub) >= 0.75 * len(part))


def _ends_in_room_word(name: str) -> bool:
    """Whether the name's last word is one of its own ending in 室 (教室, 会議室's 室 is the suffix): a
    class or a room (スマホ教室), where an office ends in the suffix 室 (企画調整室)."""
    from assistant.text.tokenize import morphemes

    last = morphemes(name)[-1].surface() if name else ""
    return len(last) >= 2 and last.endswith("室")


class Parser:
    _bureau_re = compiled(r"[(（]([^()（）\x1f]{1,3})[)）] *(?:の|が)?(?:部署|担当部署|担当課|課|部|室|局|所属|担当)?(?:の課)?")

    def __init__(self, lexicon: Lexicon, probe: Callable[[str], bool] | None = None,
                 spellings: Callable[[], Iterable[str]] | None = None,
                 in_dedicated: Callable[[str], bool] | None = None) -> None:
        """`probe(word)` tells whether a word occurs in the documents (for keeping names whole);
        `spellings()` gives the documents' katakana words (for correcting a misspelt one);
        `in_dedicated(word)` whether it occurs in a document of a dedicated kind (not another city's)."""
        self.lex = lexicon
        self.probe = probe
        self.spellings = spellings
        self.in_dedicated = in_dedicated or probe
        self._initiative_named = False
        self._context_target = ""  # the previous question's kind, while parsing a follow-up
        # What the parser reads off the lexicon is the same for every conversation over one index: worked out once
        # per lexicon (a conversation starts in microseconds, not milliseconds).
        state = getattr(lexicon, "_parser_state", None)
        if state is None:
            state = _lexicon_state(lexicon)
            lexicon._parser_state = state
        self.__dict__.update(state)

    def _field_words_held(self) -> frozenset[str]:
        """The words of the fields the index has a column for (a summary list's 最終年度の評価 …); worked out
        once per lexicon (once per open index), not on every question."""
        cached = getattr(self.lex, "_field_words_held", None)
        if cached is not None:
            return cached
        from assistant.kinds import registry
        from assistant.kinds.spec import Field

        held = set().union(*self.lex.columns.values()) if self.lex.columns else set()
        words = frozenset(w for rk in registry.record_kinds().values() for f in rk.fields
                          if isinstance(f, Field) and f.name in held for w in (f.label, *f.words))
        self.lex._field_words_held = words
        return words

    def _own_item_words(self, text: str) -> str:
        """「2025年度にAだった実施項目」 over a report that calls its practice items 実施項目 (lexicon.item_words,
        read from the index): the kind's own word, which the grammar reads."""
        for word in sorted(self.lex.item_words, key=len, reverse=True):
            if word in text and not any(w in text for w in self.lex.item_word_rivals.get(word, ())):
                self._own_words_said.append(word)
                if re.search(re.escape(word) + r"\s*\d", text):
                    self._own_words_numbered.add(word)  # (「基本方針３」: one group of those documents named)
                label = self.lex.item_words[word]
                # (取組 for 取組項目: a word the label opens with is rewritten only where it stands alone, not in the
                # label said whole nor in another compound: 取組内容, 取組終了 are words of their own)
                alone = r"(?![一-龥々ァ-ヶー])" if label.startswith(word) else ""
                # (nor inside a word of another kind or field it opens: 取組 said for the items is no part of 取組項目, 取組終了)
                alone += _not_in_compounds(word, self._field_words_held())
                # (nor the act said with a verb: 「令和5年度以降に取組を始めた団体」 is no item of that report)
                alone += r"(?!\s*(?:を|が)\s*(?:始|開始|進|行|実施|はじ|スタート|続け))"
                if any(group.endswith(word) for group in self.lex.numbered_groups):
                    # (「基本目標3の推進項目」: a word a plan also numbers its groups with, said with the number, names the
                    # group the items stand under (grammar numbered_group); alone it names the records so called;
                    # so does its short form, 目標 of 基本目標)
                    alone += r"(?!\s*\d)"
                # (a word of two characters ending a longer kanji compound is that compound's, not the records':
                # 構成事業, 運営事業 of a report calling its items 事業; 各事業, 全事業 are still its items)
                before = r"(?:(?<=[各全本当同他諸両毎])|(?<![一-龥々]))" if len(word) <= 2 else ""
                text = re.sub(before + re.escape(word) + alone, label, text)
        return text

    def _torikumi_names_items(self, text: object) -> bool:
        """「取組」 said alone, over an index where only practice items are called by a word ending so (具体的取組,
        個別取組) and no group is (重点取組): the word names those items."""
        if not isinstance(text, str) or not _TORIKUMI_ALONE.search(nfkc(text)):
            return False
        kinds = {table for word, (table, _) in self.lex.item_word_sources.items() if word.endswith(("取組", "取り組み"))}
        return kinds == {"practice"}

    def _own_word_scope(self, target: str) -> list[Condition]:
        """「推進事項をいちばん多く所管している課」: a word only some documents call their records by (read from the
        index) names those documents' records, not every record of the kind (another city's 実践項目)."""
        out = []
        for word in self._own_words_said:
            table, sources = self.lex.item_word_sources.get(word, ("", set()))
            if table != target:
                # (「取組方針1の委員の意見」: the parts of those records printed in the same documents; a part kept
                # in another document, the list's items of a paper's initiatives, is scoped by its own word)
                linked = (table, target) in LINKS
                sources = (sources & self.lex.part_sources.get(target, set())
                           | self.lex.linked_sources.get((word, target), set())) if linked else set()
                if linked and not sources and target == "comment" and word in self._own_words_numbered:
                    # (「基本方針３の取組に対する意見」 where the documents calling their groups 基本方針 print no
                    # opinions on them: the opinions another plan's committee wrote on its group 3 are none of them;
                    # the word said alone, 「推進方針そのものへの意見」, still asks every paper's opinions on such groups)
                    out.append(Condition("source", "in", [], f"「{word}」と呼ぶ資料の意見（なし）"))
                    continue
            if sources:
                out.append(Condition("source", "in", sorted(sources), f"「{word}」と呼ぶ資料（{'・'.join(sorted(sources))}）"))
        return out

    def _own_score_headings(self, text: str) -> str:
        """「評価が4の取組方針」 over a paper labelling the committee's score with the bare word (評価：4（5段階）): the
        committee's score, when the question calls the initiatives by that paper's own word and says a number."""
        kinds = {self.lex.item_word_sources.get(said, ("", set()))[0] for said in self._own_words_said}
        for word, sources in self.lex.score_headings.items():
            # (only the initiatives called so: 「取組方針1の推進事項で2025年度の評価が…」 asks the items' grades)
            if kinds != {"initiative"} or not any(self.lex.item_word_sources[said][1] & sources for said in self._own_words_said):
                continue
            text = re.sub(r"(?<![一-龥々ァ-ヶー])" + re.escape(word)
                          + r"(?=\s*(?:が|は|の)?\s*(?:\d|何点|いくつ|どう|平均|[?？]|$))", "委員会評価", text)
        return text

    def _own_grade_headings(self, text: str) -> str:
        """「2024年度の進捗は？」「令和6年度に進捗が遅れ」 over a list heading its yearly grades 進捗 (lexicon.grade_headings,
        read from the index): the year's grade (評価), not the 進捗度 score the word names elsewhere. Only where the
        question says a fiscal year or one of those grades, and the word stands alone (進捗度, 進捗状況 are others);
        the groups of those grades are then its 区分 (「いちばん多い区分」)."""
        for word, grades in self.lex.grade_headings.items():
            alone = re.escape(word) + r"(?![一-龥々ァ-ヶー])"
            if not re.search(alone, text) or not (find_years(text) or any(g in text for g in grades)):
                continue
            text = re.sub(alone, "評価", text)
            text = re.sub(r"(いちばん|一番|最も)(多い|少ない)区分", r"\1\2評価", text)
        return text

    # ------------------------------------------------------------------ entry point
    def parse(self, question: str, context: Query | None = None, context_rows: list[dict] | None = None) -> Query:
        from assistant.query.topic_stop_nouns import topical_stop_nouns

        # (「審議会に関するもの」 after opinions: a word said alone says nothing (the body of the shipped paper), said
        # as what opinions are about it is their topic: topic_stop_nouns.py)
        topical = topical_stop_nouns(question, context, self.stop_nouns)
        if topical:
            kept = self.stop_nouns
            self.stop_nouns = kept - topical
            try:
                return self._parse(question, context, context_rows)
            finally:
                self.stop_nouns = kept
        return self._parse(question, context, context_rows)

    def _parse(self, question: str, context: Query | None = None, context_rows: list[dict] | None = None) -> Query:
        whole = self._parse_whole(question, context, context_rows)
        if not isinstance(question, str):
            return whole
        # (「2021年度の評価がCだった事務事業」: another town's word for the plan's items: other_towns_kinds.py)
        whole = read_as_other_towns(question, whole, lambda said: self._parse_whole(said, context, context_rows), self.lex)
        # (「…は何件？10点ちょうどは含めないで。」: a last sentence leaving out what the grammar did not read as such)
        whole = restated_exclusion(lambda main: self._parse_whole(main, context, context_rows), question, whole)
        # (「協働と民活、どちらか一方のテーマだけ」: two conditions joined by a set operation: set_operations.py)
        return combined_sides(lambda side: self._parse_whole(side, context, context_rows), question, whole)

    def _members_named_whole(self, question: str, text: str) -> str:
        """「外部委員の意見は何件」 where the opinions' speakers are printed 「外部委員（大学教授）」: the phrasing that reads
        外部委員 as any member (outside_members) is undone for a speaker the index's opinions name so, who is one
        class of the members, not all of them."""
        said = "".join(nfkc(question).split()) if isinstance(question, str) else ""
        for name in self.lex.closed_values.get("member", set()):
            m = _OUTSIDE_MEMBER.fullmatch(name)
            if m and name in said and name not in text and m.group("rest") in text:
                text = text.replace(m.group("rest"), name, 1)
        return text

    def _parse_whole(self, question: str, context: Query | None = None, context_rows: list[dict] | None = None) -> Query:
        q = Query(question=question)
        said_before = context.question if context is not None and isinstance(context.question, str) else ""
        graded = {y for years, _title in self.lex.graded_years.values() for y in years}
        if self.lex.table_years and {y[0] for y in self.lex.table_years} <= ({y[0] for y in graded} or {"R", "H"}):
            # (「５年度から６年度で」 over a table headed 令和4年度 │ 令和5年度 │ 令和6年度 beside reports graded R2–R5:
            # the table's years are the index's years too, where they are of the same era)
            graded |= self.lex.table_years
        # (a word of a document's title is no typo either: 「北山圏域広域連合」 is not 広域連携 mistyped)
        titled = (lambda w: self.probe(w) or any(w in t for t in self.lex.document_titles.values())) \
            if self.probe is not None else None
        text, typo_notes = correct_typos(inherit_eras(expand_eras(normalize_question(question)), said_before, graded), titled,
                                          # (a document's own word is no typo, nor another plan's, 取組事項)
                                          names=(*self.lex.subcommittees, *self.lex.item_words, *(w for w, _ in OTHER_PLANS_WORDS)),
                                          spellings=self.spellings)
        q.notes += typo_notes
        text = self._members_named_whole(question, text)
        self._own_words_said: list[str] = []
        self._own_words_numbered: set[str] = set()
        self._said_short: dict[str, str] = {}  # a short form said → the full form sought (short_forms)
        self._said_core: dict[str, str] = {}  # a full name said → its core sought (short_forms.common_core)
        text = items_called_torikumi(text, self.lex)  # (「萩ノ森市の…柱ごとの取組」: its items: items_called_torikumi.py)
        text = self._own_item_words(text)
        # (「実行項目」「改革項目」「取組事項」 left after the documents' own words: no document calls its items so, and
        # the word says 実践項目)
        for word, label in OTHER_PLANS_WORDS:
            text = text.replace(word, label)
        # (「ふる納関係の実践」「民間委託の取組」: a kind word clipped, said in full)
        titles = self._all_titles
        text = spelled_in_full(text, titles, q.notes)
        text = unclipped(text, titles, self.probe, q.notes)  # 「ふる納」: ふるさと納税 clipped
        # 「GCF」: a name the documents spell out once as 「ガバメントクラウドファンディング(GCF)」
        text = acronyms.spelled_out(text, getattr(self, "expand_acronym", None), titles, q.notes)
        text = self._own_grade_headings(text)
        text = self._own_score_headings(text)
        text = _said_of_opinions(text, context)
        text = _plain_gloss_named(text, self._field_words_held(), q.notes, self.lex.departments)
        text = _field_explained(text, q.notes)
        text = _alias_dropped(text)
        text = _this_year_said(text, self.lex.joint_years)
        places: dict[str, str] = {}
        text = _relative_years(text, self.lex.graded_years, q.notes, self._field_words_held(),
                               pinned=context is not None and _years_said_before(context), places=places)
        text = self._bureau_said_by_word(text, q)
        asked_for = _ASKED_FOR.search(text)
        if asked_for:
            # 「高齢者への対応を求めている意見」: what a remark asks to be dealt with is its topic (the words holding it);
            # the request itself is no word to find (対応 is not written where 高齢者向けの対策が必要 is).
            text = text[:asked_for.start()] + asked_for.group("t") + "に触れている" + text[asked_for.end():]
            q.notes.append(f"「{asked_for.group(0)}」を「{asked_for.group('t')}」に触れているものと読みました")
        if context is not None:
            text = _which_one_it_belongs_to(text)
            text = _of_parents_said(text, context)
            text = _year_before_or_after(text, context)
            text = self._bureau_of_section_before(text, context, q)
            text = _category_of_groups_before(text, context)
        if context is not None and context.target == "comment":
            # 「（意見の）そのうち審議会評価が4.2以上の取組は」: the 取組項目 the comments belong to.
            text = compiled(r"(取組|取り組み)(?=(?:は|って|を|が)?\s*(?:どれ|どこ|何|なに|教えて)?\s*[?？。]?$)").sub("取組項目", text)
        said_cities = [m for m in self._city_words if m and m in text]
        if len(said_cities) >= 2 and "連携" in text:  # 「岡山と倉敷の連携で」: the two cities' joint projects
            text = compiled(r"の連携(?!事業|度|部会)").sub("の連携事業", text, count=1)
        if context is not None:
            text = _side_swapped(text, context, self.lex.municipalities, q.notes)
        for full in self.lex.municipalities:  # 「倉敷側の担当」: a municipality's side, said by its bare name
            bare = full[:-1] if full[-1:] in "市町村" and len(full) > 2 else ""
            if bare and (bare + "側" in text or full + "側" in text):
                # (or by its full name: 「塩尻市側に担当部署がない」)
                text = compiled(rf"{re.escape(bare)}(?:{re.escape(full[-1])})?側(?=の|で|は|が|に)").sub(full, text)
        # (「「デジタル」という言葉が出てくる」: said to be a word, it is the word, not the theme it names)
        # (nor a field's name quoted as words written in another field: 「取組内容に「構成団体」って書いてある」 seeks
        # the word 構成団体 in the text, not the joint projects' column so headed)
        text = _QUOTED.sub(lambda m: m.group(1) if _bare(m.group(1)) in self._known_values
                           and not _AS_A_WORD.match(m.string, m.end())
                           and not (_bare(m.group(1)) in self._field_names and _SAID_WRITTEN.match(m.string, m.end()))
                           else m.group(0), text)
        text = said_as_marks(text, self.lex)
        text, marked = mark_grade_words(text, self.lex.grade_words)
        canon = canonicalise(text)
        if marked:  # (what each mark stands for, as the question wrote it: a copy, the cached Canon unchanged)
            canon = dataclasses.replace(canon, rewrites=[*canon.rewrites, *(
                (i, i + 1, grade_word(ch)) for i, ch in enumerate(canon.text) if ord(ch) - WORD_MARK in range(256))])
        self._canon = canon
        text = canon.text
        other = (_other_record(text, context) or _the_rest(text, context) or _value_negated(text, context)
                 or _the_opposite(text, context))
        if other is not None:
            return other
        w = _Work(text, negated_at={m.start: (m.end, m.concept) for m in canon.morphemes if m.negated})
        self.ctx = Context(self.lex, notes=q.notes, query=q, previous=context, text=text, canon=canon)
        self._asked = question  # as typed: the verbs a question ends with are cut from `text`
        self._grammar_unused: list[str] = []
        kinds_named: list[tuple[int, str]] = []
        conds: list[Condition] = []
        hints: set[str] = set()  # kinds implied by the fields used

        marks = followups.marks(text)
        if _ALSO_OFFICE.search(text):
            marks.add("followup")  # 「介護福祉課も一緒にやってるのは」: the previous answer's, with this office too
        each_lead = "each" in marks and context is not None and bool(followups.EACH.regex.match(w.free.lstrip(_GAP)))
        if "each" in marks and context is not None:
            w.take(followups.EACH.regex)
            marks.add("followup")
        followup = "followup" in marks and context is not None
        self._context_target = context.target if context and (followup or marks & {"asks_again", "refines"}) else ""
        if followup:
            w.take(followups.START.regex)
        same_asked = context is not None and bool(w.take(_SAME_ASKED_OF))
        refers_back = bool(followups.REFERS_BACK.regex.match(w.free.lstrip(_GAP))) and context is not None
        if refers_back:  # 「それが入ってる取組項目」: the verb only says the record holds the previous one
            w.take(r"^(?:それ|これ|それら|これら)(?:が|の)(?:含む|含まれる|含まれている|含まれてる|属する|属している)")
        # 「取組項目20について」→「委員の意見は？」: a kind word alone, right after one record was named,
        # asks for that record's parts.
        bare_kind = _BARE_KIND.fullmatch(w.free)

        # 「R4までのもの（R4を含む）」: the year bounded, restated in brackets as included, says only that the
        # bound is inclusive (まで already is): not a second condition on that year.
        for m in w.finditer(_INCLUSIVE_RESTATED):
            first, again = find_years(m.group("y1")), find_years(m.group("y2"))
            if first and again and first[0].label == again[0].label:
                w.consume(m.start("p"), m.end())
        rules = topics()
        conds += self._apply(w, rules["sheet_said"], q, hints)  # (「シートを見ると」「「取組終了の場合記入」のとこ」: before the quotes)
        # (「年次計画でR7に「試行」」: a quoted stage of a year's plan, before the quotes are read as words sought)
        conds += self._apply(w, rules["yearly_plans"], q, hints)
        conds += self._apply(w, rules["amounts_listed"], q, hints)  # (「効果額が出ている」: before 効果額 is read as asked)
        keywords = []
        quoted_words: set[str] = set()  # (「「検証」という言葉」: a word quoted is sought as written)
        for m in w.finditer(self._written_in):
            said = m.group("v") or m.group("v2")
            if said in ("意見", "発言", "コメント", "指摘", "要望") and not m.group("v2") and "comment" in self.lex.columns:
                continue  # 「どの取組に意見が出てる」: opinions said of the records (comments), no word of their text
            absent = bool(m.group("absent") or m.group("absent0"))
            said_fields = [f.group(0) for f in self._field_word.finditer(m.group("fs") or m.group("fs2"))]
            if m.group("fs2") and m.group("fs2") not in ("名前", "名称"):
                said_fields = ["名前"]  # (「取組項目名」「タイトル」: the record's name, whatever field words it holds)
            for word in said_fields:
                fld = self._written_fields[word]
                conds.append(Condition(fld, "not_contains" if absent else "contains", said,
                                       f"{field_label(fld)}に「{said}」を含{'まない' if absent else 'む'}"))
                holders = {k for k, cols in self.lex.columns.items() if fld in cols}
                if len(holders) == 1:  # (a field only one kind has says which records: 基本方針 of initiatives)
                    hints |= holders
            w.consume(m.start(), m.end())
        known_titles = self.lex.title_keys
        # A quoted dash (「－」) is the mark of an empty cell, read by the rules, not a keyword.
        whole = notation_key(w.free).translate(UNQUOTED)
        for m in w.finditer(r"[「『\"“](?![-―‐ー]\s*[」』\"”])(.+?)[」』\"”]"):
            field_word = self._field_before_quote.search(w.free[:m.start()])
            if plan_field_before(w.free[:m.start()], self.ctx):
                continue  # 「令和5年度の計画が「検討」」: a year's plan stage (grades.year_plan_stage)
            if any(key in whole and m.group(0) in title for key, _, _, title in self.titles if "「" in title):
                continue  # 「職員人材育成と「働き方改革」の推進」: a quote inside a title said whole
            if getattr(self.lex, "comment_responders", set()) and _ANSWERED_AFTER.match(w.free, m.end()):
                continue  # 「事務局が「令和8年度予算」で対応すると答えた」: the reply's words (member_names.py)
            if any(m.group(1) in values for values in self.lex.closed_values.values()):
                continue  # 「「やや不十分」か「不十分」」: a word of a document's scale, the whole value (closed_value)
            if notation_key(m.group(1)) in known_titles:  # 「公有財産の売却促進及び有効活用」 names a record
                w.consume(m.start(), m.start() + 1)
                w.consume(m.end() - 1, m.end())
            elif not field_word and self._title_said_loosely(m.group(1)):
                # 「町立図書館の指定管理」 for 町立図書館への指定管理者制度の導入: a title shortened in the
                # user's words. Its words are read as they are said unquoted (each sought in the text),
                # not as one phrase no record prints.
                w.consume(m.start(), m.start() + 1)
                w.consume(m.end() - 1, m.end())
            elif field_word:  # 「今年度の予定が「協議中」になっている」: the value is sought in that field
                fld = dict(VALUE_FIELDS)[field_word.group("f")]
                after = _QUOTED_STATE.match(w.free, m.end())
                said_month = months(m.group(1)) if fld == "ended" and "ended_month" in self.ctx.all_fields else []
                if said_month and compiled(r"\s*(?:令和|平成|[RH])?\s*\d{1,4}\s*年\s*\d{1,2}\s*月\s*(?:取組終了|終了)?\s*").fullmatch(m.group(1)):
                    # 「取組終了が「令和5年3月」って書いてある」: the month the sheet prints, as written (no fiscal year read)
                    conds.append(Condition("ended_month", "=", said_month[0], f"終了月 = {said_month[0]}（進捗状況シートの記載）"))
                    w.consume(field_word.start(), after.end() if after else m.end())
                    hints.add("practice")
                    continue
                if fld == "ended" and "ended_month" in self.ctx.all_fields and compiled(r"\s*\d{1,2}\s*月\s*").fullmatch(m.group(1)):
                    continue  # 「取組終了が「9月」と書かれている」: a month of no year, read by end_months.end_field_in_month
                conds.append(Condition(fld, "contains", m.group(1), f"{field_label(fld)}に「{m.group(1)}」を含む"))
                w.consume(field_word.start(), after.end() if after else m.end())
                holders = {k for k, cols in self.lex.columns.items() if fld in cols}
                if len(holders) == 1:  # (a field only one kind has says which records: 基本方針 of initiatives)
                    hints |= holders
            else:
                # 「「町内会」という言葉が出てこない」: a quoted word sought to be absent.
                said = _SAID_AS_WORD.match(w.free, m.end())
                at = said.end() if said else m.end()
                # (「「評価できる」が一回も出てこない」: never once, said before the verb)
                at = (never.end() if (never := compiled(r"\s*" + negation.NEVER + r"\s*").match(w.free, at)) else at)
                absent = next((e for s, e in negation.negations(canon, w.free, _GAP, mention=True) if s == at), None)
                if absent is not None and (check := _CHECKED_THEN_ASKED.match(w.free, absent)) is not None:
                    # 「「DX」って一度も出てこない…よね？出てくるのは何件？」: a check, then the question asked (the word sought)
                    keywords.append(m.group(1))
                    quoted_words.add(m.group(1))
                    w.consume(m.start(), check.end() - 1)
                    continue
                if absent is not None:
                    conds.append(Condition("text", "not_match", m.group(1), f"本文に「{m.group(1)}」を含まない"))
                    w.consume(m.start(), absent)
                    continue
                keywords.append(m.group(1))
                quoted_words.add(m.group(1))
                w.consume(m.start(), m.end())
                aspect = _ASPECT_OF_QUOTED.match(w.free, m.end())
                if aspect:
                    # 「「高齢者」への配慮や対策に触れている」: the quoted word is what is sought; the general
                    # words after it say how it is taken up (配慮, 対策), no further words to find. Said in a note.
                    q.notes.append(f"「{aspect.group('aspect')}」は「{m.group(1)}」への触れ方と読み、"
                                   f"本文では「{m.group(1)}」を探しました")
                    w.consume(aspect.start(), aspect.end("aspect"))
        keywords += self._names_ending_in_field_words(w)
        for m in w.finditer(r"(活動|成果)指標"):  # names the kind and a condition on it
            if _MENTIONED_AFTER.match(w.free, m.end()):
                continue  # 「委員会の意見で成果指標に触れてるもの」: a word the text mentions, no kind of indicator
            conds.append(Condition("type", "=", m.group(0), f"指標の種類 = {m.group(0)}"))

        rules = topics()
        conds += self._apply(w, rules["record_codes"], q, hints)  # (before the years: R5 of R5-0112)
        conds += self._apply(w, rules["members"], q, hints)  # (「4市町」: no count, no year)
        conds += self._apply(w, rules["related_departments"], q, hints)  # (関係課に財政課: before the departments)
        keywords += self._indicator_names(w)  # (before the aggregates: 平均 of 施設の平均利用者数)
        keywords += self._figures_as_topics(w)
        self._titles_said: list[tuple[str, str, list[Condition]]] = []  # (see _titles_of_other_kinds)
        conds += self._titles_said_as_verbs(w, canon, hints)
        conds += self._apply(w, rules["end_months"], q, hints)  # (「3月以外の月で終わった」: before the ends and orders)
        conds += self._apply(w, rules["half_years"], q, hints)  # (「下期の進捗が◎」: before 進捗 is read as a field)
        conds += self._apply(w, rules["same"], q, hints)
        conds += self._apply(w, rules["field_states"], q, hints)
        conds += self._apply(w, rules["aggregates"], q, hints)
        conds += self._apply(w, rules["children"], q, hints)
        conds += self._apply(w, rules["amounts"], q, hints)  # (「事業費が100万円未満」, in the table's unit)
        conds += self._apply(w, rules["cases"], q, hints)  # (「2026年度に取り組んだ事例」: before the years' grades)
        conds += self._apply(w, rules["scores"], q, hints)
        conds += self._apply(w, rules["new_items"], q, hints)
        self._apply(w, rules["year_grade"], q, hints)
        conds += self._apply(w, rules["grades"], q, hints)
        conds += self._apply(w, rules["starts"], q, hints)
        conds += self._apply(w, rules["states"], q, hints)
        conds += self._apply(w, rules["ends"], q, hints)
        conds += self._apply(w, rules["codes"], q, hints)
        conds += self._apply(w, rules["kind_values"], q, hints)  # (「ハード事業」: grammar/kind_values.py)
        conds += self._titles(w, hints, q)
        left_out = {str(c.value) for c in conds if c.field == "@title:initiative" and c.op == "!="}
        # (「RPAの導入（No.15）を除く」: the number glossing the title left out is left out with it)
        conds = [c for c in conds if not (c.field == "@no" and c.op == "=" and str(c.value) in left_out)]
        # (「No.34 本庁舎の総合案内業務の民間委託」: a number said before a title whose record has that very number is
        # the record's own, not the 取組項目 number No. is read as for a practice item: read so it matched nothing.
        # An initiative's title and its number agree as they are.)
        titled = {str(c.value) for c in conds if c.field.startswith("@title:") and c.field != "@title:initiative"
                  and c.op in ("=", "~=")}
        conds = [c for c in conds if not (c.field == "@no" and c.op == "=" and str(c.value) in titled)]
        conds += self._negated_names(w, canon, hints)
        conds += self._joint(w, hints)
        conds += self._departments(w, hints, q)
        conds += self._bureaus(w, hints, q)
        conds += self._places(w, hints)
        conds += self._apply(w, rules["overall"], q, hints)
        if context is not None and (followup or "asks_again" in marks):
            conds += self._grade_again(w, context) + self._number_again(w, context)
        conds += self._apply(w, rules["start_order"], q, hints)  # (「始まったのが古い順」: grammar/start_order.py)
        conds += self._apply(w, rules["ordering"], q, hints)
        conds += self._apply(w, rules["summaries"], q, hints)
        self._initiative_named = any(c.field in ("@no", "@title:initiative") for c in conds)
        # 「取組項目No.22の中で、行政監理室が担当のもの」: an initiative named by its number as the scope of
        # what follows, as its title is (「…の推進の中で」), when something else is asked of what it holds.
        numbered_scope = bool(_WITHIN_THE_NUMBERED.search(w.text)) and any(c.field == "@no" and c.op == "=" for c in conds)
        conds += self._document_owner(w)
        conds += self._document_titled(w)
        conds += self._body_of_title_asked(w)
        kinds_named = self._kinds(w)
        if context is not None and len(kinds_named) == 1 and (kinds_named[0][1], context.target) in LINKS:
            # 「（実践項目は？）No.20の取組に入ってるのだけだと？」: the kind said as what holds the records asked
            # (those just answered), not as the records asked.
            end = kinds_named[0][0]
            while end < len(w.free) and w.free[end] == _GAP:
                end += 1
            held = _HOLDS_THE_ASKED.match(w.free, end)
            if held:
                w.consume(held.start(), held.end(1))
                kinds_named = []
            elif _KIND_AS_FIELD.match(w.free, end):
                # 「（実践項目）そのうち取組項目が公共施設マネジメントの推進のもの」: the kind said as the subject of its
                # record's name (read already) is the field of the records asked, not the records asked
                w.consume(end, _KIND_AS_FIELD.match(w.free, end).end(1))
                kinds_named = []
        if self._context_target == "case_study" and kinds_named and all(
                k == "initiative" and _CASES_OWN_WORK.match(w.text, at) for at, k in kinds_named):
            # 「（東浜県の事例を教えて）その中で人事評価の取組をしているところは？」: 取組 in a follow-up on cases is
            # what the cases did, no plan's initiative asked for
            kinds_named = []
        conds, other_titles = self._titles_of_other_kinds(conds, kinds_named, q)
        keywords += other_titles
        conds += self._theme_names_as_titles(w, hints, q)
        conds += self._themes(w, hints, kinds_named)
        if kinds_named and not date_fields(kinds_named[-1][1]):
            # 「2004年1月に実施された連携事業」: a kind with no date field writes dates in its text
            # (H16.01.21): the month is sought there in the forms dates are written in.
            for m in w.take(_CALENDAR_MONTH):
                ym = months(m.group(0))
                published = _PUBLISHED.match(w.free, m.end())
                if ym and published:
                    # 「令和6年3月公表の事例集」: the month the document was published, which its own
                    # opening lines print (（令和6年3月29日公表）), not a date in a record's text.
                    forms = month_forms(ym[0])
                    said = next((f for f in reversed(forms) if self.probe is None or self.probe(f)), forms[-1])
                    conds.append(Condition("@document_named", "=", said, f"{m.group(0).strip()}{published.group('verb')}の資料"))
                    w.consume(published.start(), published.end())
                elif ym:
                    forms = month_forms(ym[0])
                    conds.append(Condition("@dated_text", "any", forms, f"本文の日付が{m.group(0).strip()}（{forms[0]}、{forms[-1]} など）"))
                    # 「…に何か実施した」: the verb of the date says only that something was done then.
                    verb = compiled(r"\s*(?:に|で)?\s*(?:何か|なにか)?\s*(?:実施|開催|実行|行)(?:した|された|しました|されました|った|われた)"
                                    ).match(w.free, m.end())
                    if verb:
                        w.consume(verb.start(), verb.end())
        bare_years = self._bare_years(w, dated=any(date_fields(k) for _, k in kinds_named))
        self._year_ops = w.year_ops
        self._year_texts = w.year_texts
        if q.aggregate not in ("distinct", "top_group", "diff", "groups_having", "records_diff"):
            conds += self._apply(w, rules["values"], q, hints)
        if q.value_field in ("overall", "self_overall") or is_year_field(q.value_field):
            # 「それぞれの自己評価は？そのうちAのものだけ」: a grade of the field just asked, in the same turn
            m = _OF_THE_ASKED_GRADE.search(w.free)
            if m:
                grade = unicodedata.normalize("NFKC", m.group(1))
                w.consume(m.start(1), m.end(1))
                conds.append(Condition(q.value_field, "=", grade, f"{field_label(q.value_field)} = {grade}"))
        if q.value_field and q.aggregate == "count":
            q.aggregate = ""  # 「委員評価はいくつ？」 asks for the value, not for a count

        # Target: the last kind word, else what the fields imply, else the context's, else text search.
        target = kinds_named[-1][1] if kinds_named else self._kind_of_named_documents(conds)
        if not target:
            # (「R4もR5もAで総務企画課のもの」: a department both kinds have, and grades of years only practice
            # items have: the kind holding every field said)
            plain = {c.field for c in conds if not c.field.startswith("@") and c.field not in ("text", "source")}
            holding = {k for k in hints if plain and plain <= set(self.lex.columns.get(k, ()))} or hints
            hinted = [k for k in ("initiative", "joint_project", "case_study", "program", "practice") if k in holding]
            if len(hinted) > 1 and "practice" in hinted and self._torikumi_names_items(q.question):
                # (「環境政策課が担当している取組」 over a plan report calling its items 具体的取組: those items, not a
                # joint project or an evaluation sheet the department also has)
                hinted = ["practice", *[k for k in hinted if k != "practice"]]
            if hinted:
                target = hinted[0]
                if {"joint_project", "practice"} <= set(hinted) and any(c.field == "@dept" for c in conds):
                    # (a department both a joint project and a practice item name, no kind word said: the
                    # other is tried when the documents asked about have none: 人事課 of one city's plan)
                    q.alternatives = hinted[1:]
            elif holding == {"comment"} and plain & {"member", "place", "excerpt_class"}:
                # (「南部地区で地域住民が言ってたこと」: a speaker and a place only the opinions hold, no kind word said:
                # what was said is those opinions; so is 「委員の指摘を教えて」, a tag only they are printed with)
                target = "comment"

        if numbered_scope and any(not c.field.startswith("@title:") and c.field != "@no" for c in conds):
            self._titles_scoping.add("initiative")
        if not kinds_named and target in self._titles_scoping and not q.value_field and not q.aggregate \
                and any(not c.field.startswith("@title:") for c in conds):
            # 「公共施設マネジメントの推進で4年ともB」: conditions within a record said as a scope are on the
            # records it holds (its practice items), not on itself.
            child = next((c for (p, c) in LINKS if p == target and c in self.lex.kinds), "")
            if child:
                target = child
        elif not kinds_named and target in self._titles_scoping and q.aggregate in ("max", "min") and q.agg_field \
                and not q.value_field and not q.group_by and all(c.field in ("code", "@no") or c.field.startswith("@title:")
                                                                 for c in conds):
            # 「No.12の行政事務の民間委託で、合計点いちばん高いのどれ？」: the highest within one record said as a
            # scope is among the records it holds (one record alone has no highest), when they hold the field.
            child = next((c for (p, c) in LINKS if p == target and c in self.lex.kinds), "")
            if child and q.agg_field in self.lex.columns.get(child, ()):
                target = child
        for fld in (q.value_field, q.agg_field):
            if fld in ("committee_score", "n_practice", "n_comments", "self_overall"):
                hints.add("initiative")
            elif fld in ("chair_city", "subcommittee"):
                hints.add("joint_project")
        if not target:
            for kind in ("initiative", "joint_project", "case_study", "program", "practice"):
                if kind in hints:
                    target = kind
                    break
        if not target and not kinds_named:
            # 「基本方針が「効率的な行政運営」の取組は？」: a field several kinds hold (取組項目's and an
            # evaluation sheet's 基本方針), no kind named: each is tried, in this order, until one has
            # records meeting the conditions (conversation: q.alternatives).
            fields = {c.field for c in conds if c.op in ("=", "contains", "in") and not c.field.startswith("@")
                      and c.field not in ("text", "source")}
            holders = [k for k in ("initiative", "joint_project", "case_study", "program", "practice")
                       if fields and fields <= set(self.lex.columns.get(k, ()))]
            # (a condition of the engine's own (@overall) picks its kind later; a field nearly every kind
            # has, 名称, says no kind at all)
            if 2 <= len(holders) <= 3 and not any(c.field.startswith("@") for c in conds):
                target, q.alternatives = holders[0], holders[1:]
        if not target and q.group_by and q.group_by not in self.lex.kinds:
            # 「部会の数は全部でいくつ」: the kind of record that has the counted field.
            having = [k for k in self.lex.kinds_with(q.group_by)
                      if not q.agg_field or q.agg_field in self.lex.columns.get(k, ())]
            main = [k for k in ("initiative", "joint_project", "case_study", "program", "practice") if k in having]
            # (「担当 一番多い部署」: a field several kinds hold is grouped over the kind that declares it a facet
            # (the practice items' 担当部署), not over one listing it beside its own facets)
            main.sort(key=lambda k: q.group_by not in facet_fields(k))
            target = (main or having or [""])[0]  # a record kind of its own before a part of one
        if not target and q.aggregate == "field_diff" and q.agg_field and not kinds_named:
            # 「…の実績と計画値の差は」: the kind of record that has both fields compared.
            having = [k for k in self.lex.kinds_with(q.agg_field)
                      if all(p in self.lex.columns.get(k, ()) for p in q.agg_parts if isinstance(p, str))]
            target = having[0] if having else ""
        if not target and q.value_field:
            # 「業務割合推計はいくつ？」: the kind of record that has the asked field.
            having = self.lex.kinds_with(q.value_field)
            # The kinds that call the field by another name (モデル事業's 担当部署 is department), after.
            having += [k for a in FIELD_ALIASES.get(q.value_field, ()) for k in self.lex.kinds_with(a) if k not in having]
            if having:
                target = having[0]
                q.alternatives = having[1:]
        if not target and q.agg_field and q.aggregate in ("sum", "avg", "max", "min", "median", "mode") and not kinds_named:
            # 「刷新プラン全体の財政効果額は合計でいくら」: the kind of record that has the field summed.
            # (only a field one kind alone holds: 進捗度 of 取組項目 and 自己評価 alike is left to the rest)
            having = self.lex.kinds_with(q.agg_field)
            if len(having) == 1:
                target = having[0]
        if target and not kinds_named:
            target = self._child_holding(target, conds, q.value_field)
            part, after = self._part_by_name(text, target, conds)
            if part:
                # 自己評価 named the part, not a field of it; a field word after it (の進捗度) is asked.
                target = part
                cols = self.lex.columns.get(part, ())
                asked = [f for word, f in sorted(VALUE_FIELDS, key=lambda t: -len(t[0])) if word in after and f in cols]
                q.value_field = asked[0] if asked else q.value_field if q.value_field in cols else ""
            elif self._yearly_part(text, target, conds):
                target = self._yearly_part(text, target, conds)
                q.value_field = q.value_field if q.value_field in self.lex.columns.get(target, ()) else ""
        elif target and q.value_field and q.value_field not in self.lex.columns.get(target, ()) \
                and self._names_document(text, kinds_named[-1]) \
                and self._child_holding(target, [], q.value_field) != target:
            # 「事務事業評価シートで、移住相談件数の令和4年度の実績値は」: the named kind does not hold
            # the asked figure, its one kind of part does (the sheet's indicators).
            target = self._child_holding(target, [], q.value_field)
        elif target and q.value_field and q.value_field not in self.lex.columns.get(target, ()) \
                and self._child_holding(target, [], q.value_field) in _YEARLY_FIGURES and find_years(text):
            # 「施策2-3の2024年度の達成率は？」: a year's figure the item does not hold, its indicator's row of
            # that year does (a measure sheet's 目標値 │ 実績値 │ 達成率 under each year): that row answers.
            target = self._child_holding(target, [], q.value_field)
        elif target and kinds_named and self._names_document(text, kinds_named[-1]) and any(
                c.op.startswith("field_") and c.field not in self.lex.columns.get(target, ()) for c in conds) \
                and self._child_holding(target, [c for c in conds if c.op.startswith("field_")]) != target:
            # 「評価シートで年間運行便数が目標に届かなかった年度は」: two figures compared that only the sheet's
            # indicators hold (実績 and 目標): the indicators' rows, each of its year, answer.
            target = self._child_holding(target, [c for c in conds if c.op.startswith("field_")])
        elif target and self._yearly_part(text, target, conds):
            # 「R3の自己評価で進捗度が1以下だった実践項目」: the items are found by their part of that year;
            # the parts are the rows (each names its item and shows the value the condition read).
            part = self._yearly_part(text, target, conds)
            q.notes.append(f"{_kind_ja(target)}ごとの{_kind_ja(part)}の行で答えます")
            target = part
            q.value_field = q.value_field if q.value_field in self.lex.columns.get(target, ()) else ""
        if bare_kind and context is not None and kinds_named and not conds and self._names_record(context.conditions) \
                and (context.target, kinds_named[-1][1]) in LINKS:
            refers_back = True
        if each_lead and kinds_named and not conds and kinds_named[-1][1] != context.target \
                and ((context.target, kinds_named[-1][1]) in LINKS or (kinds_named[-1][1], context.target) in LINKS):
            # 「それぞれの取組項目はどれ？」 after practice items: the records of that kind each one belongs to (or
            # holds), not that kind's records picked by the previous conditions
            refers_back = True
        conds += self._negated_keywords(w, canon)
        self._said_total(w, q, {k for _, k in kinds_named} | {target})
        if target == "sheet_entry" and compiled(r"取組が(?:進ま|進んで|遅れ)[^理]{0,6}理由").search(text) \
                and not self._names_record(conds):
            # Why one record's year did not go as planned is in its entries; of every record it is not.
            self._grammar_unused.append("理由")
        keywords += self._dates_as_words(w)
        keywords = _broadest(keywords + self._keywords(w), text, q)
        q.understood_anything = bool(conds or kinds_named or q.aggregate or q.value_field or keywords or q.order_by)

        conds = _any_of_named(conds)
        if context is not None and not kinds_named and not conds and len(keywords) == 1:
            titled = self._other_titled_record(context, keywords[0], text)
            if titled:
                q.notes.append(f"「{keywords[0]}」を名称に含む{titled[0].label}と読みました")
                conds, keywords = titled, []
        # 「同じ取組項目の他の実践項目」: a new question about records sharing something with the one just
        # answered; its conditions replace the previous ones.
        same = [c for c in conds if c.field == "@same"]
        if same:
            conds = [c for c in conds if c.field != "@same"]
            target = target or (context.target if context else "")
            shared = self._same_as_previous(same[0], context, context_rows or [], target)
            if shared is None:
                self._grammar_unused.append(same[0].label)
            else:
                conds += shared
                context = None
        # 「実践項目28」→「R4の取組内容は？」: a part or field of the few records just answered.
        onto = self._yearly_grades(context, context_rows or [], kinds_named, conds, keywords, q, marks)
        onto = onto or self._previous_records(context, context_rows or [], kinds_named, conds, keywords, q, marks, text)
        if onto is not None:
            refers_back = True
            if not kinds_named and q.value_field not in self.lex.columns.get(onto[0], ()):
                # 「自己評価は？」: the word named the part, not a field of it; 「R2の自己評価の連携度は？」
                # asks the part's field said beside it.
                q.value_field = next((f for word, f in sorted(VALUE_FIELDS, key=lambda t: -len(t[0]))
                                      if f in self.lex.columns.get(onto[0], ()) and word in text
                                      and word not in _kind_ja(onto[0])), "")
        conds = _depts_of_each_city(conds, text, self.lex.municipalities)
        is_followup = context is not None and (
            onto is not None or followup or refers_back or "asks_again" in marks
            or (not kinds_named and not conds and not keywords and bool(q.aggregate or q.value_field or q.order_by))
            or (not kinds_named and not keywords and not self._names_record(conds)
                and bool(conds or bare_years or q.value_field or q.aggregate)
                and "refines" in marks)
            # 「会計課が担当のものは除いて」: a question that only leaves something out refines the last one.
            or (not kinds_named and not keywords and bool(conds)
                and all(c.op == "!=" or c.op.startswith("not") for c in conds))
            # (「途中で追加した項目を除くと？」: the kind talked about named with what is left out, nothing else)
            or (bool(kinds_named) and kinds_named[-1][1] == context.target and not keywords and bool(conds)
                and all(c.op == "!=" or c.op.startswith("not") for c in conds)
                and bool(compiled(r"(?:を|は)?(?:除くと|除いたら|除いて|抜くと|抜いたら)\s*[?？]?\s*$").search(text)))
            # 「企画政策室が担当しているのは？」: a department alone, asked as "the ones that…" with no kind
            # word, narrows the records just answered.
            or (not kinds_named and not keywords and bool(conds) and all(c.field == "@dept" for c in conds)
                and bool(context.conditions) and target in ("", context.target) and bool(_ONES_THAT.search(text)))
            # 「R5の評価がAのものは何件？」: conditions on the kind being talked about, with no kind word of
            # their own, go on from the previous question (the answer says it added them).
            or (not kinds_named and not keywords and bool(conds) and not self._names_record(conds)
                and bool(context.conditions) and target in ("", context.target))
            # 「進捗状況シートで令和4年中に取組終了と…」→「9月に終わったのはどれ？」: conditions on a field of the
            # record the previous rows belong to (the sheet's practice item) narrow those rows too.
            # 「窓口サービス課の実践項目は？」→「RPA関係のものはある？」: one topic word, said as "the ones about…" with no
            # kind, over records answered by conditions with no words searched, narrows them (a topic searched
            # before is replaced instead: topic_again below).
            or (not kinds_named and not conds and len(keywords) == 1 and "refines" in marks
                and context.target in self.lex.kinds and bool(context.conditions)
                and not any(c.field == "text" for c in context.conditions)
                and bool(_ABOUT_ONES.search(text)))
            or (not kinds_named and not keywords and bool(conds) and not self._names_record(conds)
                and bool(context.conditions) and (target, context.target) in LINKS
                and all(c.field in self.lex.columns.get(target, ()) for c in conds)))
        # 「保育関係の事業は」, a search that found a few records of one kind →「倉敷市側の所管は？」: a field
        # asked with no words of its own is asked of the records it found.
        if not is_followup and context is not None and context.target == "passage" and q.value_field \
                and not kinds_named and not keywords and not self._names_record(conds) \
                and 0 < len(context_rows or []) <= _FEW and all(
                    str(r.get("key", "")).partition(":")[0] == target for r in context_rows):
            is_followup = refers_back = True
        # 「キャッシュレスに関する意見」→「LED化のは？」: a word alone, asked as "the ones of…", is the
        # previous search's topic replaced (the same kind, the other conditions kept).
        topic_again = (context is not None and not is_followup and not kinds_named and not conds
                       and len(keywords) == 1 and "refines" in marks and len(text) <= 16
                       and context.target not in ("", "passage")
                       and any(c.field == "text" and c.op == "match" for c in context.conditions))
        # 「図書館の…指定管理の事例は？」→「じゃあ図書館を統廃合した事例は？」: じゃあ/では with words of
        # its own, over the same kind, asks the same of another topic (the words searched before are
        # replaced, as 「LED化のは？」 replaces them); そのうち/その中で narrow instead.
        switched = (is_followup and context is not None and bool(keywords) and bool(_SWITCH_TOPIC.match(text))
                    and any(c.field == "text" and c.op == "match" for c in context.conditions)
                    and (not kinds_named or kinds_named[-1][1] == context.target) and onto is None and not refers_back)
        topic_again = topic_again or switched
        is_followup = is_followup or topic_again
        # 「AIの活用の取組」→「委員の意見で高齢者に触れてるのは？」: the parts of the one record the
        # conversation is on, unless the question names a record of its own.
        if not is_followup and context is not None and kinds_named and context_rows \
                and len({str(r.get("key", "")) for r in context_rows}) == 1 \
                and (context.target, kinds_named[-1][1]) in LINKS \
                and not self._names_record(conds) and not any(c.field.startswith("@title") for c in conds):
            is_followup = refers_back = True
        if same_asked and kinds_named and kinds_named[-1][1] != context.target:
            is_followup, refers_back, onto = True, False, None
        if is_followup and context is not None:
            named = kinds_named[-1][1] if kinds_named else ""
            if not named and context.target in ("passage", "") and q.value_field and target and not q.alternatives:
                # 「市立病院の取組について」(a search) →「委員評価は何点？」: the one kind holding the asked
                # field, with the words searched before (a field several kinds hold stays a search).
                named = target
            if not named and onto is None and conds and context.target in self.lex.kinds \
                    and len({str(r.get("key", "")) for r in context_rows or []}) == 1 \
                    and any(c.field.startswith("@title") or c.field in ("@no", "code") for c in context.conditions) \
                    and _WITHIN_THE_ONE.search(text) and not self._names_record(conds):
                # 「RPAの取り組みってどんなのがある？」(one initiative) →「その中で総合評価がAなのは？」: one record named,
                # then narrowed "among it", is narrowed among the records it holds (its practice items).
                child = next((c for (p, c) in LINKS if p == context.target and c in self.lex.kinds
                              and context.target in self.lex.columns.get(c, ())), "")
                if child:
                    named, refers_back = child, True
                    q.notes.append(f"「{_WITHIN_THE_ONE.search(text).group(0)}」を前の回答の{_kind_ja(context.target)}に"
                                   f"含まれる{_kind_ja(child)}の中でと読みました")
            if not named and onto is None and conds and context.target in self.lex.kinds and context_rows \
                    and _WITHIN_THE_ONE.search(text) and not self._names_record(conds):
                # 「キャッシュレスの取り組み」(initiatives) →「その中で令和3年度で終わったものは？」: a condition on a field
                # only the records they hold have (取組終了 of the practice items) narrows those records.
                child = self._child_holding(context.target, conds)
                # (not a part kept for each year (達成率 of a measure sheet's year, a year's grade): 「推進項目」→「その中で
                # 2029年度の達成率が100％を切ったのは？」 asks which of the items have such a year, read of them)
                # (nor a year's grade of records graded by year themselves, only not that year: 「重点取組」→「その中で
                # 令和11年度の総合評価がBのものは？」 asks the groups' own grade, which the index lacks)
                own_years = any(is_year_field(f) for f in self.lex.columns.get(context.target, ()))
                if child != context.target and context.target in self.lex.columns.get(child, ()) \
                        and "year" not in self.lex.columns.get(child, ()) \
                        and not (own_years and any(is_year_field(c.field) for c in conds)):
                    named, refers_back = child, True
                    q.notes.append(f"前の回答の{_kind_ja(context.target)}に含まれる{_kind_ja(child)}から探しました"
                                   f"（条件の項目は{_kind_ja(child)}にあるため）")
            if not named and onto is None and q.aggregate in ("max", "min") and q.agg_field and not q.group_by \
                    and not context.aggregate and context.target in self.lex.kinds \
                    and len({str(r.get("key", "")) for r in context_rows or []}) == 1 \
                    and not _SWITCHED.match(text) and not _CONVERSELY.match(text) and not self._names_record(conds):
                # 「RPAの取り組みを教えて」(one initiative) →「合計が一番高いのはどれ？」: which one is asked of the records it
                # holds when they have the figure too (the one record's own figure would be no choice).
                child = next((c for (p, c) in LINKS if p == context.target and c in self.lex.kinds
                              and context.target in self.lex.columns.get(c, ())
                              and q.agg_field in self.lex.columns.get(c, ())), "")
                if child:
                    named, refers_back = child, True
                    q.notes.append(f"前の回答の{_kind_ja(context.target)}に含まれる{_kind_ja(child)}の中で比べました")
            acronym_kind = ""
            if not named and onto is None and not refers_back and context.target in ("passage", "") and conds:
                # 「RPA」(a search) →「総合A」: conditions on a kind's records, after an acronym one title prints
                named = acronym_kind = self._kind_under_acronym(context.conditions, conds, target)
            q = self._merge(context, q, conds, named, bare_years, refers_back, context_rows or [], onto)
            if acronym_kind:
                self._acronyms_searched_as_titles(q)
            if topic_again:
                was = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"]
                shape = {_word_shape(k): k for k in keywords}
                twins = [v for v in was if _word_shape(v) in shape and v not in keywords]
                if switched and twins and len(twins) == len(keywords) and len(was) > len(twins):
                    # 「和歌山の4町は…何%削減する見込み？」→「じゃあ群馬の6町村のほうは？」: the new word stands for
                    # the old one of its shape (4町 → 6町); what was asked of it (運用コスト, 削減) is asked again.
                    q.conditions = [c for c in q.conditions if not (c.field == "text" and c.op == "match"
                                                                    and str(c.value) in twins)]
                    was = twins
                else:
                    q.conditions = [c for c in q.conditions if not (c.field == "text" and c.op == "match")]
                if switched:
                    # (the place said now replaces the place said before: 和歌山 → 群馬)
                    own = {(c.field, str(c.value)) for c in conds if c.field == "places" and c.op == "has"}
                    if own:
                        q.conditions = [c for c in q.conditions if not (c.field == "places" and c.op == "has")
                                        or (c.field, str(c.value)) in own]
                q.notes = [n for n in q.notes if n != "前の質問の条件に絞り込みを加えました"]
                q.notes.append(f"前の質問の「{'・'.join(was)}」を「{'・'.join(keywords)}」に置き換えました")
            conds = q.conditions
            target = q.target
        else:
            conds += self._own_word_scope(target)
            q.conditions = conds
            if not target and bare_years and not keywords and not conds and _ASKS_WHAT.search(text):
                # 「令和4年度には何の評価を行った？」: a year and a question about what happened in it,
                # with no kind of record named: the documents are searched for the year.
                keywords += [self._year_keyword(w.year_texts[y], y) for y in bare_years]
                bare_years = []
            if not target and bare_years and keywords:
                # 「平成28年度…モデル事業」: part of the name
                keywords += [self._year_keyword(w.year_texts[y], y) for y in bare_years]
                bare_years = []
            for y in bare_years:
                # A year dates records only of a dated kind the question names (イベント), never of one
                # implied by a field (募集期間 of 「平成28年度…モデル事業」, where the year is the name's).
                found = self._bare_year_condition(target or "practice", y,
                                                  dated=target in {k for _, k in kinds_named})
                if not found and keywords and target not in ("practice", ""):
                    # 「栃木県の展示場の平成27年度の定額納付金」: a kind with no year field is searched
                    # for the year with the other words (dropped and said when no record has them all).
                    written = w.year_texts.get(y, y)
                    # (an open span only: 「令和4年度から7年度まで」 is two years bounding one, read as before)
                    span = self._year_span_words(y, w.year_ops.get(y, "=")) if re.search(
                        re.escape(written) + r"\s*(?:以降|以後|以前|より後|より前)", text) else None
                    if span is not None:
                        # 「令和5年度以降に見直しを実施した事例」: any year of the span the text writes, not only
                        # the one said (the record's own 令和6年度 is after it)
                        sign = "以降" if w.year_ops.get(y, "=").startswith(">") else "以前"
                        q.conditions.append(Condition("text", "match_any", "|".join(span) or written,
                                                      f"本文に{written}{sign}の年度" + (f"（{span[0]}〜{span[-1]}）" if span else "") + "を含む"))
                        continue
                    keywords.append(self._year_keyword(w.year_texts.get(y, y), y))
                    continue
                if not found and (self._names_record(q.conditions)
                                  or (len(find_years(text)) == 1 and self._asks_part_figure(target or "practice", q.conditions))) \
                        and self._parts_with_years(target or "practice"):
                    # 「ガバメントクラウドファンディング、令和6年度は何の…」: the named record's part of that
                    # year (its R6 sheet entries) is where the answer is read first.
                    found = [Condition("@part_year", "=", y, f"{y}の記載を優先")]
                if not found:  # a year this kind has no field for: said, never silently dropped
                    self._grammar_unused.append(w.year_texts.get(y, y))
                q.conditions.extend(found)
                hints.add("practice")
            if not target and bare_years:
                target = "practice"
        # (「窓口サービス課と保険年金課の総合運用のほうは？」: のほう sets the record named now against the previous
        # one, by its words too)
        other_one = bool(_THE_OTHER_ONE.search(text))
        if not is_followup and context is not None and context.value_field and not q.value_field and not q.aggregate \
                and not kinds_named and (not keywords or other_one) and (self._names_record(q.conditions) or other_one and keywords) \
                and context.value_field in self.lex.columns.get(target or context.target, ()) \
                and _ASKS_THE_SAME.search(text):
            # 「RPAの導入の委員評価は？」→「AIの活用は？」: the same field, of the record named now.
            q.value_field = context.value_field
            q.notes.append(f"前の質問と同じく{field_label(q.value_field)}を答えます")
        keywords = self._words_of_named_parent(keywords, q, target, w)
        if not target and not kinds_named:
            # 「財政効果額は全体でいくら」 over an index no table of which holds the field (a summary table's column
            # another report prints): the field's word is a word of the text, sought as any other.
            for attr in ("value_field", "agg_field"):
                fld = getattr(q, attr)
                if fld and fld in _ONLY_WHERE_HELD and not any(fld in cols for cols in self.lex.columns.values()):
                    said = next((word for word, f in sorted(VALUE_FIELDS, key=lambda t: -len(t[0]))
                                 if f == fld and word in text), "")
                    if said:
                        setattr(q, attr, "")
                        if attr == "agg_field" and q.aggregate in ("sum", "avg", "max", "min", "median", "mode"):
                            q.aggregate = ""
                        keywords.append(said)
        if keywords:
            for kw in self._everyday_read(_either_words(keywords, question), question, q, quoted_words):
                if isinstance(kw, list):  # 「高齢者や高齢化に触れた」: either word (match_any, the words joined by |)
                    q.conditions.append(Condition("text", "match_any", "|".join(kw),
                                                  "本文に" + "か".join(f"「{k}」" for k in kw) + "を含む"))
                    continue
                if kw in quoted_words:
                    # A quoted word is sought as written: inside a longer word too (「検証」 of 再検証), and
                    # not widened to the words of its stance (「懸念」 alone, not 心配).
                    said = Condition("text", "match", kw, f"本文に「{kw}」を含む（書かれたとおり）")
                    said.literal = True
                    q.conditions.append(said)
                    continue
                also = "・".join(x for x in STANCE_OF.get(kw, scheme_forms(kw)) if x != kw)
                q.conditions.append(Condition("text", "match", kw, f"本文に「{kw}」" + (f"（{also}）" if also else "") + "を含む"))
        if target and not any(c.field == "year" for c in q.conditions):
            # 「N16の総括の自己評価」: a word the kind's year column holds (総括) names that row.
            for word in sorted(self.lex.year_words.get(target, ()), key=len, reverse=True):
                at = w.free.find(word)
                if at >= 0:
                    q.conditions.append(Condition("year", "=", word, f"年度 = {word}"))
                    w.consume(at, at + len(word))
                    break
        if not is_followup and not kinds_named:
            target = self._title_outside_the_document(q, target)
        if target and target != "joint_project" and "joint_project" in self.lex.columns and any(
                c.op in ("city_empty", "city_not_empty") and str(c.value) in self.lex.partners for c in q.conditions):
            # 「鴨頭市民病院との共同の取組」: who a record is done with is a member of a joint-projects table only;
            # the records asked are those projects, whatever word (取組) named them.
            q.notes.append(f"「{'・'.join(sorted({str(c.value) for c in q.conditions if str(c.value) in self.lex.partners}))}」"
                           f"と一緒に行うものを{_kind_ja('joint_project')}と読みました")
            target = "joint_project"
            # (the documents 取組 was read as naming hold no such projects: that reading goes with the word)
            q.conditions = [c for c in q.conditions if not (c.field == "source" and "と呼ぶ資料" in c.label)]
        q.target = target or ("passage" if keywords else "")
        if q.aggregate == "records_diff":
            self._two_records(q)
        if q.aggregate == "groups_diff":
            self._two_groups(q)
        for city in self.lex.municipalities:  # (萩ノ森市 is read as 萩|ノ|森市: the name said whole says where, no word of it is left)
            if len(city) > 2 and not compiled(r"[一-龥々]+").fullmatch(city):
                for m in w.finditer(re.escape(city)):
                    w.consume(m.start(), m.end())
        q.unused = self._grammar_unused + unused_words(w.free, _GAP, canon, keywords, self.stop_nouns)
        q.unused = [u for u in q.unused if getattr(self, "_said_short", {}).get(u) not in keywords]
        # (a grade a report prints as a word, 「進捗が遅れの取組」, that no rule read — no year said for it: a condition
        # never dropped silently; unused_words sees no word in its mark)
        q.unused += [word for word in dict.fromkeys(grade_word(ch) for ch in w.free if ord(ch) - WORD_MARK in range(256))
                     if word not in q.unused]
        q.notes += [f"「{said}」を、その通称の「{core}」として探しました（「{core}」だけの記載も含みます）"
                    for said, core in getattr(self, "_said_core", {}).items() if core in keywords]
        if q.target in _COUNTED_AS_ITEMS and not q.value_field and q.aggregate in ("", "count") \
                and not any(c.field == "text" for c in q.conditions):
            # 「R5は何社？」「何人？」: a quantity in a unit that counts no records of the kind (companies,
            # people) is asked of their text or a field no rule read; said, never answered with a count.
            q.unused += [m.group(0) for m in _COUNTED_IN.finditer(w.free) if _GAP not in m.group(0)]
        if is_followup and context is not None and not topic_again:
            # The earlier answer's unused words stay unused: its conditions are kept, the missing one too
            # (not when its topic was replaced: they were words of that topic).
            q.unused = list(dict.fromkeys(list(context.unused) + q.unused))
        # 「特記事項に協定が出てくる実践項目」: keywords are sought in the part the question names.
        # (a follow-up naming no part keeps the part its kept word was sought in: _merge)
        q.scope = [k for _, k in kinds_named if k != q.target and (q.target, k) in LINKS] or q.scope
        if q.scope:
            where = "・".join(_kind_ja(k) for k in q.scope)
            for c in q.conditions:
                if c.field == "text":  # (「…に「X」が出てこない」: not_match, said so)
                    c.label = f"{where}に「{c.value}」を含{'まない' if c.op.startswith('not_') else 'む'}"
        # 「取組項目「民間活力の導入」の委員の意見」: a quoted name said with the kind the asked records belong
        # to names that record (its title), not words of the asked records' own text.
        parents = [k for _, k in kinds_named if k != q.target and (k, q.target) in LINKS]
        if len(parents) == 1 and not is_followup:
            k = parents[0]
            for i, c in enumerate(q.conditions):
                if c.field == "text" and c.op == "match" and compiled(r"[「『]" + re.escape(str(c.value)) + r"[」』]").search(question):
                    q.conditions[i] = Condition(f"@parent:{k}", "contains", {"field": "title", "value": c.value,
                                                                          "link": LINKS[(k, q.target)]},
                                                f"{_kind_ja(k)}の名称に「{c.value}」を含む")
        # 「R2〜R5と総括のどこかでC」: the years said are the fields the grade is sought in, no year the record must
        # have been evaluated in as well (an item begun later is still one of them).
        # (「4年とも評価がついてて」 says they were, in words of its own: kept)
        # (「R2からR5まで一度もAにならなかった」 likewise: an item that ended before R5 never got one either)
        # (but 「R2から評価がある」「R2からある」「当初から評価のある」 items that never got one say they were graded from
        # that year: there the year is a condition of its own, kept)
        never_ops = ("no_any_eq",) if not _SAID_GRADED.search(question) else ()
        graded = {f for c in q.conditions if c.field == "@grades" and c.op in ("any_eq",) + never_ops and isinstance(c.value, dict)
                  for f in c.value.get("fields") or ()}
        if graded:
            q.conditions = [c for c in q.conditions if not (c.op == "evaluated" and c.field in graded
                                                            and c.label.endswith(" に評価あり"))]
        self._points_of_year(q, question)
        self._score_of_a_years_sheet(q, question)
        self._year_grouped(q, question)
        self._one_group_counted(q, question)
        if text_percent.figure_asked(q):
            q.aggregate = ""
        placed_in_labels(q.conditions, places)  # 「最終年度（R5）評価 = A」: which year the words meant
        self._grouped_by_own_word(q, is_followup)
        return q

    def _grouped_by_own_word(self, q: Query, is_followup: bool) -> None:
        """「基本方針別の評価を見せて」: the items grouped by the word only some documents call their groups (read from
        the index) are those documents' items; the kind asked is left for the answer to choose (the items of the
        groups), so the scope the word gives is added here, never every plan's items under groups of equal number."""
        if q.target or is_followup or q.aggregate not in ("group", "top_group") or not q.group_by:
            return
        child = next((c for (parent, c), via in LINKS.items() if parent == "initiative" and c == "practice"
                      and via == q.group_by), "")
        said = [w for w in self._own_words_said if self.lex.item_word_sources.get(w, ("", set()))[0] == "initiative"]
        if not child or not said:
            return
        have = {(c.field, c.op, tuple(c.value) if isinstance(c.value, list) else c.value) for c in q.conditions}
        for c in self._own_word_scope(child):
            if (c.field, c.op, tuple(c.value)) not in have:
                have.add((c.field, c.op, tuple(c.value)))
                q.conditions.append(c)

    def _score_of_a_years_sheet(self, q: Query, question: str) -> None:
        """「実践項目15のR3の進捗度は？」: a score said right after a year is that year's self-evaluation (the
        progress sheet's row of the year), not the item's summing-up score with a year graded beside it."""
        part = "self_eval"
        cols = set(self.lex.columns.get(part, ()))
        years = [c for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)]
        asked = [f for f in [q.value_field] + [c.field for c in q.conditions] if f in cols and f not in ("year", "practice")]
        if q.target != "practice" or "year" not in cols or len(years) != 1 or not asked \
                or any(c.field == "text" for c in q.conditions):  # (words of the item's text: not the rows')
            return
        label = years[0].field.upper()
        words = "|".join(re.escape(field_label(f, part)) for f in set(asked) if field_label(f, part))
        said = rf"(?:{re.escape(label)}|{_era_forms(label)})\s*(?:年度)?\s*の\s*(?:自己評価の)?\s*(?:{words})"
        if not words or not compiled(said).search(nfkc(question)):
            return
        q.target = part
        q.conditions = [Condition("year", "=", label, f"年度 = {label}") if c is years[0] else c for c in q.conditions]
        q.notes.append(f"{label}の{field_label(asked[0], part)}は、その年度の自己評価（進捗状況シート）の行で答えます")

    @staticmethod
    def _year_grouped(q: Query, question: str) -> None:
        """「2026年度の評価はどれがいちばん多い」: the grades grouped are that year's (its field, the year's
        condition keeping the items graded then), when one graded year is said; 総合 said keeps the
        summary grade."""
        if q.group_by != "overall" or q.aggregate not in ("top_group", "distinct", "group") or "総合" in question:
            return
        years = [c for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)]
        if len(years) == 1:
            q.group_by = years[0].field

    @staticmethod
    def _one_group_counted(q: Query, question: str) -> None:
        """「取組終了の内訳でいうと、R3で終わったのは何件？」: a breakdown said, then one of its groups held to
        and counted: the breakdown has that one group, so its count is what is asked (as 「…の内訳を教えて。
        Aは何件？」 is, phrasings.breakdown_then_one_counted)."""
        if q.aggregate != "group" or not q.group_by or q.group_by.startswith("@") \
                or not any(c.field == q.group_by and c.op == "=" for c in q.conditions) \
                or not _ONE_GROUP_COUNTED.search(nfkc(question)):
            return
        q.aggregate, q.agg_field, q.group_by = "count", "", ""

    def _dates_as_words(self, w: _Work) -> list[str]:
        """A month date no rule used (「令和3年3月時点で何人」) is sought in the text as the documents
        write it (R3年3月, 令和3年3月), with 時点/現在 after it as mere scaffolding."""
        out = []
        for m in w.finditer(_MONTH_DATE):
            era, n, month = m.group("era"), m.group("n"), int(m.group("month"))
            letter = {"令和": "R", "平成": "H"}.get(era, era.upper())
            forms = [m.group("date"), f"{letter}{n}年{month}月", f"{'令和' if letter == 'R' else '平成'}{n}年{month}月"]
            found = next((f for f in dict.fromkeys(forms) if self.probe is None or self.probe(f)), None)
            if found is None:
                continue  # written nowhere: the words stay for the other steps (and unused)
            out.append(found)
            w.consume(m.start(), m.end())
        return out

    def _year_span_words(self, label: str, op: str) -> list[str] | None:
        """The years (as the documents write them: 令和6年度) of a span said from a year (以降, 以前), those the
        documents print; None when the year is said alone."""
        fy = label_to_fy(label)
        if fy is None or op not in (">=", ">", "<=", "<"):
            return None
        from assistant.text.wareki import fy_text

        years = range(fy if op == ">=" else fy + 1, fy + 16) if op.startswith(">") else \
            range(fy - 15, fy + 1 if op == "<=" else fy)
        return [fy_text(y) for y in years if self.probe is None or self.probe(fy_text(y))]

    def _year_keyword(self, written: str, label: str) -> str:
        """A year sought in the text as the documents write it: 「H28」 is found as 平成28年度 when only
        that form occurs."""
        fy = label_to_fy(label)
        if self.probe is None or fy is None or self.probe(written):
            return written
        from assistant.text.wareki import fy_text

        return fy_text(fy) if self.probe(fy_text(fy)) else written

    def _document_owner(self, w: _Work) -> list[Condition]:
        """「総務省の事例集に載っている事例」: a name before a word for the document says whose document
        it is; the executor scopes the answer to the documents of the kind that contain it, or says it
        could not (a keyword there would count the records that mention the name)."""
        out = []
        for m in w.finditer(_DOCUMENT_OWNER):
            name = m.group("name")
            if name in self.stop_nouns or strip_bureau(name) in self.lex.departments or name in self.lex.places:
                continue
            out.append(Condition("@document_named", "=", name, f"「{name}」の{m.group('doc')}"))
            # (a word for the document holding a kind word stays, as in _document_titled: 「海原県の事例集で…した
            # 自治体」 still says the records asked are 事例)
            holds_kind = any(word in m.group("doc") for word, _ in KIND_WORDS)
            w.consume(m.start(), m.start("doc") if holds_kind else m.end("doc"))
        return out

    def _body_of_title_asked(self, w: _Work) -> list[Condition]:
        """「評価委員会の委員長は誰？」: the body whose chair (会長, 座長) is asked, where a document's title names it
        (「…経営強化プラン評価委員会における意見」), is that document: the roster line naming the chair is sought
        there, not every text printing the body's name."""
        out: list[Condition] = []
        if not _WHO_ASKED.search(w.text):
            return out
        titles = {source: "".join(nfkc(title).split()) for source, title in self.lex.document_titles.items()}
        for m in w.finditer(_BODY_OF_TITLE):
            body = nfkc(m.group("body"))
            sources = sorted(source for source, title in titles.items() if body in title)
            if sources:
                out.append(Condition("source", "in", sources, f"資料 = 「{body}」（{'・'.join(sources)}）"))
                w.consume(m.start("body"), m.end("body") + 1)
        return out

    def _document_titled(self, w: _Work) -> list[Condition]:
        """「行政改革先進事例集で」「先進事例集の」: a word for a document (事例集, 報告書 …) that, with the
        words before it, is part of documents' titles (「行政改革 先進事例集（2026年版）」, spaces aside)
        names those documents: the answer is scoped to them, not to every document of the kind."""
        out = []
        # (a title's 行政改革 is said 行革 for short: 「行革推進計画」 names 「…行政改革推進計画…」)
        titles = {source: (t := "".join(title.split())) + ("\x00" + t.replace("行政改革", "行革") if "行政改革" in t else "")
                  for source, title in self.lex.document_titles.items()}
        for m in w.finditer(_DOCUMENT_TITLED):
            run = m.group(0)
            # The longest end of the run that some title holds (「総務省先進事例集」: 先進事例集).
            for start in range(0, len(run) - len(m.group("doc")) - 1):
                said = run[start:]
                if said.startswith("の"):
                    continue
                sources = sorted(source for source, title in titles.items() if said in title)
                if not sources and m.group("doc") == "計画" and said == "行革計画":
                    # (「行革計画」: the plan a title names 行政改革…計画, 「雲雀野市行政改革推進計画」, said short: the
                    # name users give the plan's documents, its report and its committee's paper alike, as
                    # 「行革プランの」 is; no scope, as the plan's initiatives may be printed in either)
                    if any(re.search(r"行革[一-龥]{0,4}計画", title) for title in titles.values()):
                        w.consume(m.start() + start, m.end("doc"))
                        break
                if sources:
                    out.append(Condition("source", "in", sources, f"資料 = 「{said}」（{'・'.join(sources)}）"))
                    # (the word for the document stays: 「取組事例集」 still says the records asked are 事例)
                    begin = m.start() + start + self._issuer_before(run[:start], sources)
                    if m.group("doc") == "計画":  # (「行革計画」: the word is the plan's name, taken whole)
                        w.consume(begin, m.end("doc"))
                    else:
                        for a, b in named_document_spans(run, begin - m.start(), m.group("doc"), KIND_WORDS):
                            w.consume(m.start() + a, m.start() + b)
                    break
        # 「しらさぎ連携中枢都市圏の連携事業」: a compound before の and a kind word that only some documents'
        # titles hold (an area's or a plan's own name, no place) names those documents.
        for m in w.finditer(_NAME_OF_KIND):
            said = nfkc(m.group("name"))
            if m.group("opening") and (w.free[:m.start()].strip(_GAP + " 　")
                                       or any(said.endswith(word) for word, _ in KIND_WORDS)):
                # (「…で」 names a document only when it opens the question, and 「事務事業評価シートで」
                # says the kind, read as such)
                continue
            # (said first with で/の and no kind word, a name is a document's only as its title's head:
            # 「ふるさと納税の…」 asks of a topic, though some title holds the words)
            # (a body's own name, 「広域連合で」, is never a topic: anywhere in a title it names that document)
            head_only = m.group("opening") and not _BODY_NAME.fullmatch(said)
            if m.group("opening") and re.match(r"議題|議案", w.free[m.end():]):
                continue  # 「窓口のオンライン化の議題では」: a meeting's agenda item so called, no document's title
            sources = sorted(source for source, title in titles.items()
                             if (title.startswith(said) if head_only else said in title))
            if not sources or len(sources) == len(titles) or said in self.lex.places \
                    or strip_bureau(said) in self.lex.departments:
                continue
            own = set().union(*(self.lex.item_word_sources.get(word, ("", set()))[1] for word in self._own_words_said))
            if not m.group("opening") and own and not own & set(sources):
                # (「ふるさと納税の施策」: the records one document calls 施策 said by their topic; another document
                # titled with the words, which calls nothing 施策, is not named)
                continue
            out.append(Condition("source", "in", sources, f"資料 = 「{said}」（{'・'.join(sources)}）"))
            w.consume(m.start(), m.end("name"))
        return out

    def _kind_of_named_documents(self, conds: list[Condition]) -> str:
        """「広域連合の事業で…」: documents named (not a kind word) whose kind yields one kind of record only
        (a joint-projects list) say the records asked; "" when none are named or they yield several kinds."""
        sources = {s for c in conds if c.field == "source" and c.op == "in" for s in c.value}
        kinds = {self.lex.document_kind.get(s, "") for s in sources}
        if len(kinds) != 1:
            return ""
        yielded = [r for r, d in document_kinds().items() if d == next(iter(kinds))]
        return yielded[0] if len(yielded) == 1 and yielded[0] in self.lex.columns else ""

    def _issuer_before(self, before: str, sources: list[str]) -> int:
        """「白鷺市行政経営改革推進委員会の評価意見書」: the body said before the title's words, as the document's
        opening lines name it (who issued it), is part of naming the document: how far back it reaches
        (a negative offset into the run), 0 when nothing before is such a name."""
        name = before[:-1] if before.endswith("の") else before
        if len(name) < 2 or self.lex.read_openings is None:
            return 0
        openings = self.lex.read_openings()
        return -len(before) if any(name in openings.get(source, "") for source in sources) else 0

    def _names_ending_in_field_words(self, w: _Work) -> list[str]:
        """「情報セキュリティ専門部会」: a compound ending in a field word (部会) that the documents
        contain as a whole and the index knows as no value is a name to find, not the field."""
        out: list[str] = []
        if self.probe is None:
            return out
        for m in w.finditer(_COMPOUND):
            word = m.group(0)
            tail = _FIELD_TAIL.search(word)
            if not tail or tail.start() == 0 or word in self.lex.subcommittees or \
                    strip_bureau(word) in self.lex.departments or word in dict(VALUE_FIELDS) or \
                    any(word == k or word.endswith(k) for k, _ in KIND_WORDS) or \
                    any(word in values for values in self.lex.closed_values.values()):
                continue  # (「北浜地区」 whole a value the index holds (an opinion's 地区): the value rules read it)
            if self._value_with_its_field_word(word[:tail.start()], tail.group(0)):
                continue  # (「防災分野」: the value 防災 of the field named 分野, read by the value rules)
            if self.probe(word):
                out.append(word)
                w.consume(m.start(), m.end())
        return out

    def _value_with_its_field_word(self, head: str, tail: str) -> bool:
        """Whether `head` is a value of a field of the index's own scale that `tail` names (防災 of 分野)."""
        from assistant.labels import field_label

        return any(head in values and tail in field_label(f) for f, values in self.lex.closed_values.items())

    # ------------------------------------------------------------------ grammar rules
    def _apply(self, w: _Work, rules: list[Rule], q: Query, hints: set[str]) -> list[Condition]:
        """Run rules in order over the text left; each match a rule produces something for is consumed."""
        out: list[Condition] = []
        for rule in rules:
            if id(rule) not in w.rules:
                continue
            for m in finditer(rule.regex, w.free):
                # Kind words inside the pattern (groups named keep…) still name the target: left unconsumed.
                kept = sorted(m.span(g) for g in rule.regex.groupindex if g.startswith("keep") and m.group(g))
                parts, at = [], m.start()
                for s, e in kept:
                    parts.append((at, s))
                    at = e
                parts.append((at, m.end()))
                if any(_GAP in w.free[s:e] for s, e in parts):
                    continue
                prod = rule.produce(m, self.ctx)
                if prod is None:
                    continue
                upgrade = prod.aggregate == "top_group" and q.aggregate == "group" and prod.group_by == q.group_by
                # (「部会ごとの事業件数で、一番多い部会」: the groups said before their top one are the same groups)
                grouped = prod.aggregate == "group" and q.aggregate == "top_group" and prod.group_by == q.group_by \
                    and not prod.agg_field
                if prod.aggregate and q.aggregate and not upgrade:  # the first summary asked for applies
                    if (prod.aggregate, prod.agg_field, prod.group_by) != (q.aggregate, q.agg_field, q.group_by) \
                            and not grouped:
                        continue
                    prod = Production(notes=prod.notes)  # the same summary asked twice (何件…数えて): used
                for s, e in parts:
                    w.consume(s, e)
                conds = prod.conditions
                if rule.negatable and conds and _negated_after(w, m.end()):
                    conds = [negate(c) for c in conds]
                elif rule.negatable and conds and (gloss := _GLOSS_AFTER.match(w.free, m.end())) \
                        and _negated_after(w, gloss.end()):
                    # (「N番台（R5新規）以外」: a gloss in brackets between what is said and its negation)
                    w.consume(gloss.start(), gloss.end())
                    conds = [negate(c) for c in conds]
                seen = {(c.field, c.op, repr(c.value)) for c in out}
                out += [c for c in conds if (c.field, c.op, repr(c.value)) not in seen]
                self.ctx.so_far += conds
                self._take_production(prod, q, hints)
        return out

    def _take_production(self, prod: Production, q: Query, hints: set[str]) -> None:
        hints |= prod.hints
        q.notes.extend(n for n in prod.notes if n not in q.notes)
        self._grammar_unused += prod.unused
        if prod.aggregate:
            q.aggregate, q.agg_field, q.group_by = prod.aggregate, prod.agg_field, prod.group_by
            q.agg_parts = list(prod.agg_parts)
            if prod.descending is not None:
                q.descending = prod.descending
        if prod.value_field:
            q.value_field = prod.value_field
        if prod.order_by:
            q.order_by = prod.order_by
            if prod.descending is not None:
                q.descending = prod.descending
        if prod.limit is not None:
            q.limit = prod.limit

    def _negated_names(self, w: _Work, canon, hints: set[str]) -> list[Condition]:
        """「納税部会に属さない」「住宅課の担当でない」: a negated verb after a known name."""
        out: list[Condition] = []
        for start, end in negation.negations(canon, w.free, _GAP):
            span = negation.noun_before(canon, w.free, start, _GAP)
            if not span:
                continue
            word = w.free[span[0]:span[1]]
            if word in self.lex.subcommittees:
                out.append(Condition("subcommittee", "!=", word, f"部会 ≠ {word}"))
                hints.add("joint_project")
            elif strip_bureau(word) in self.lex.departments:
                # 「(総)総務課じゃなくて」: the bureau's mark written before the section is that bureau's section
                mark = compiled(r"[(（]([^()（）]{1,3})[)）]\s*(?:の\s*)?$").search(w.free[:span[0]])
                if mark and _GAP not in mark.group(0) and word == strip_bureau(word):
                    span = (mark.start(), span[1])
                    word = f"({mark.group(1)}){word}"
                out.append(Condition("@dept", "!=", word, f"担当部署 ≉ {word}"))
                kinds = self.lex.departments[strip_bureau(word)]
                hints.add("practice" if "practice" in kinds else "joint_project")
            elif word in self.lex.places:
                out.append(Condition("places", "not_has", word, f"自治体 ∌ {word}"))
                hints.add("case_study")
            else:
                continue
            w.consume(span[0], end)
        return out

    def _bureau_said_by_word(self, text: str, q: Query) -> str:
        """「消防の総務課」: a section several bureaus have (…(消)総務課, (総)総務課), said after a word
        that begins with one bureau's mark only, is that bureau's (the note says the mark was read so)."""
        for m in compiled(r"([一-龥]{2,6}?)(?:(?P<neg>以外|じゃない|ではない|でない)(?:ほう|方)?の?|(?:の?(?:ほう|方))?の)\s*([一-龥ァ-ヶー]{2,10}?(?:課|室|係))").finditer(text):
            word, section = m.group(1), m.group(3)
            chosen = self._bureau_of(word, section)
            variants = self._bureau_variants.get(section, ())
            if m.group("neg"):
                # 「消防じゃないほうの総務課」「消防以外の総務課」: the section of the other bureau, when one other
                # bureau has it; else the words are left to be read (or said unread) as they are
                others = [v for v in variants if v != chosen]
                if chosen and len(others) == 1:
                    q.notes.append(f"「{m.group(0)}」を{others[0]}と読みました（略号の「{word[0]}」を「{word}」の頭文字とみなし、"
                                   f"{chosen}でないほうとしました）")
                    return text[:m.start()] + others[0] + text[m.end():]
                continue
            if not chosen and word.endswith(("部", "局")) and len(variants) == 1 and variants[0][1] == word[0]:
                chosen = variants[0]  # 「総務部の行政監理室」: the one bureau the section is of, said in full
            if chosen:
                q.notes.append(f"「{word}の{section}」を{chosen}と読みました（略号の「{word[0]}」を「{word}」の頭文字とみなしました）")
                return text[:m.start()] + chosen + text[m.end():]
        return text

    def _bureau_of_section_before(self, text: str, context: Query, q: Query) -> str:
        """「総務課の実践項目」→「消防のほうは除いて」: a word for one bureau, after a section several bureaus
        have was asked for, is that bureau's section ((消)総務課), the note says how it was read."""
        m = compiled(r"^\s*(?:じゃあ|では|それと|あと)?[、,]?\s*([一-龥]{1,6})(?:の)?(?:ほう|方|分|もの|所|ところ)?(?=\s*(?:は|を|も|だけ|のみ|以外|除|抜|外|に|で|$))").match(text)
        if not m:
            return text
        word = m.group(1)
        for section in (n for c in context.conditions if c.field == "@dept" for n in _names_of(c.value)):
            chosen = self._bureau_of(word, strip_bureau(section))
            if chosen and chosen != section:
                q.notes.append(f"「{word}」を{chosen}と読みました（略号の「{word[0]}」を「{word}」の頭文字とみなしました）")
                return text[:m.start(1)] + chosen + text[m.end():]
        return text

    def _bureau_of(self, word: str, section: str) -> str:
        """The one bureau's section a word begins with the mark of ((消)総務課 for 消防), when several
        bureaus have the section; else ""."""
        variants = self._bureau_variants.get(section, ())
        chosen = [v for v in variants if v[1] == word[0]]
        return chosen[0] if len(variants) > 1 and len(chosen) == 1 else ""

    @cached_property
    def _bureau_variants(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for name in self.lex.full_departments:
            mark = compiled(r"[(（](.)[)）](.+)").fullmatch(name.strip())
            if mark:
                out.setdefault(mark.group(2), []).append(f"({mark.group(1)}){mark.group(2)}")
        return {k: tuple(sorted(set(v))) for k, v in out.items()}

    def _said_total(self, w: _Work, q: Query, kinds: set[str]) -> None:
        """「取組項目22個の審議会評価の平均」「全22項目の」: the number of records the kind has, said beside
        its word, only restates them (a number no document's count is stays a word of the question)."""
        # (「全22取組項目のうち」: 全 and the number right before the kind word, no counter)
        kind_words = _kind_words_alternation()
        for m in w.finditer(r"(?:全|計|合計)?(?<![\d.])(\d+)\s*(?:個|件|項目|つ)(?:すべて|全部|全て|全体)?(?:の|で)?"
                            r"|(?:全|計|合計)(?<![\d.])(\d+)\s*(?=" + _GAP + "|" + kind_words + ")"):
            n = int(m.group(1) or m.group(2))
            beside = w.free[m.start() - 1:m.start()] == _GAP or w.free[m.end():m.end() + 1] == _GAP \
                or w.free[m.end():].lstrip(_GAP).startswith(tuple(word for word, _ in KIND_WORDS))
            if beside and any(n in self.lex.kind_counts.get(k, ()) for k in kinds if k):
                w.consume(m.start(), m.end())
                q.notes.append(f"「{m.group(0)}」は記録の数として読みました")

    def _negated_keywords(self, w: _Work, canon) -> list[Condition]:
        """「ふるさと納税に触れていない意見」: a keyword followed by a negated verb is sought to be absent."""
        out: list[Condition] = []
        for start, end in negation.negations(canon, w.free, _GAP, mention=True):
            listed = negation.listed_before(canon, w.free, start, _GAP)
            words = [w.free[a:b] for a, b in listed]
            if listed and all(len(x) >= 2 and x not in self.stop_nouns for x in words):
                # 「ふるさと納税とクラウドファンディング、どっちも出てこない」: each listed word is absent
                out += [Condition("text", "not_match", x, f"本文に「{x}」を含まない") for x in words]
                w.consume(listed[0][0], end)
                continue
            span = negation.noun_before(canon, w.free, start, _GAP)
            word = w.free[span[0]:span[1]] if span else ""
            if len(word) < 2 or word in self.stop_nouns:
                continue
            out.append(Condition("text", "not_match", word, f"本文に「{word}」を含まない"))
            w.consume(span[0], end)
        # 「終活支援のは除いて」「ふるさと納税関係以外」: a keyword left out by name.
        for m in w.finditer(_LEFT_OUT):
            span = negation.noun_before(canon, w.free, m.start(), _GAP)
            word = w.free[span[0]:span[1]] if span else ""
            if len(word) < 2 or word in self.stop_nouns or _GAP in w.free[m.start():m.end()]:
                continue
            closed = [f for f, values in self.lex.closed_values.items() if word in values]
            if len(closed) == 1:
                # (「中央地区以外の質問」: a value one field holds (地区), left out, is every other value of that field —
                # not the records whose text lacks the word)
                out.append(Condition(closed[0], "!=", word, f"{field_label(closed[0])} ≠ {word}"))
            else:
                out.append(Condition("text", "not_match", word, f"本文に「{word}」を含まない"))
            w.consume(span[0], m.end())
        return out

    # ------------------------------------------------------------------ LEGACY extractors
    # Not yet converted into grammar rules: the entity extractors that match vocabulary read from the
    # index (record titles, departments, 部会 and municipalities of joint projects, places, kind words,
    # themes), bare years, and the keyword runs. Each is an order-dependent extractor; convert one
    # topic at a time into assistant/query/grammar/<topic>.py with examples (rules whose vocabulary
    # comes from the index need patterns compiled per Parser, as _municipality_patterns does).
    def _words_of_named_parent(self, keywords: list[str], q: Query, target: str, w: _Work) -> list[str]:
        """「上下水道 No.14 R4 B」: a word of the title of the 取組項目 named by its number says that record
        again; it is used by the number, not sought in its items' text (an item of it need not repeat it)."""
        # (「No.14」 said bare is still a number of either kind here (@no): the title's word says which)
        named = {str(c.value) for c in q.conditions if c.op == "=" and (
            c.field in ("initiative", "@no") and target in ("practice", "") or c.field == "code" and target == "initiative")}
        if not named:
            return keywords
        out = []
        for kw in keywords:
            key = notation_key(kw)
            title = next((t for k, kind, code, t in self.titles
                          if kind == "initiative" and str(code) in named and len(key) >= 2 and key in k), "")
            if title:
                q.notes.append(f"「{kw}」を取組項目「{title}」の名称の語として読みました")
                for m in w.finditer(re.escape(kw)):
                    w.consume(m.start(), m.end())
            else:
                out.append(kw)
        return out

    def _titles(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """Record titles in the question: 「多文化共生のまちづくりの推進」 names initiative 5."""
        out: list[Condition] = []
        self._titles_scoping: set[str] = set()  # kinds of the titles said as a scope (「…の推進で」「…の中で」)
        form, origin = _key_map(w.free)
        for key, kind, code, title in self.titles:
            pos = form.find(key)
            if pos < 0:
                continue
            start, end = origin[pos], origin[pos + len(key) - 1] + 1
            if _GAP in w.free[start:end]:
                continue
            if self._title_of_kind_said(w.free[:start], key, kind):
                continue  # 実践項目「RPAの導入」: the practice item, not an initiative titled alike
            if _WITHIN_THE_TITLE.match(w.free, end) or _YEAR_AFTER_THE_TITLE.match(w.text, end):
                self._titles_scoping.add(kind)
                w.take_at(_PLACE_OF_TITLE, end)
            # 「RPAの導入以外の実践項目」「…に入ってるのを除くと」: every record but that one's
            left_out = _TITLE_LEFT_OUT.match(w.free, end)
            w.consume(start, left_out.end() if left_out else end)
            form, origin = _key_map(w.free)
            out += _left_out(self._title_conditions(kind, code, title, "="), left_out)
            hints.add(kind)
        if not out:
            out += self._partial_title(w, hints, q)
        if out and compiled(r"[^\x1f]{6,}(?:と|、)\x1f|\x1f(?:と|、)[^\x1f]{6,}").search(w.free):
            # 「公共施設マネジメントと行政事務の民間委託」: a title said whole, and another said in part beside it
            # (「庁内文書の電子化と町内会の活性化」: or both said in part).
            more = self._partial_title(w, hints, q)
            if more:
                ours = [c for c in out + more if c.field.startswith("@title:")]
                if len({c.field for c in ours}) == 1 and len(ours) == 2:
                    joined = Condition(ours[0].field, "in", [c.value for c in ours], " / ".join(c.label for c in ours))
                    out = [c for c in out + more if not c.field.startswith("@title:")] + [joined]
                else:
                    out += more
        if not out:
            out += self._title_by_words(w, hints, q)
        if not out:
            out += self._title_by_acronym(w, hints, q)
        return out

    def _acronym_known(self) -> set[str]:
        """Words naming something other than a record's title: the themes' (「ICT」 is a theme)."""
        return {word for words in self.lex.themes.values() for word in words} | set(self.lex.themes)

    def _acronym_titles(self, conds: list[Condition], target: str | None) -> dict[int, tuple[str, str, str]]:
        """The words searched (by their place in `conds`) that are an acronym one title of `target`'s kind, or
        of a kind holding its records (None: any kind), prints (acronym_titles.py)."""
        out = {}
        for i, c in enumerate(conds):
            if c.field != "text" or c.op != "match" or not isinstance(c.value, str):
                continue
            found = acronym_title(c.value, self.lex.title_index(), None if target is None else {target}, LINKS,
                                  self._acronym_known())
            if found is not None and (found[0], found[1]) == (0, len(c.value)):
                out[i] = found[2:]
        return out

    def _kind_under_acronym(self, searched: list[Condition], conds: list[Condition], target: str) -> str:
        """The kind a follow-up's conditions ask of, when the search before was an acronym one title prints: the
        kind said (or implied) if the title is of it or holds its records; else, with no kind implied (総合評価 is
        an initiative's and an item's), the one kind the title's record holds, as 「その中で」 asks after it."""
        if target:
            return target if target in self.lex.kinds and self._acronym_titles(searched, target) else ""
        titled = {found[0] for found in self._acronym_titles(searched, None).values()}
        if len(titled) != 1:
            return ""
        kind = titled.pop()
        held = [c for (p, c) in LINKS if p == kind and c in self.lex.kinds and kind in self.lex.columns.get(c, ())
                and all(f.field.lstrip("@") in self.lex.columns.get(c, ()) for f in conds)]
        return held[0] if len(held) == 1 else ""

    def _acronyms_searched_as_titles(self, q: Query) -> None:
        """「RPA」(a search) →「総合A」(a grade of items): the acronym searched before, now asked of a kind, names
        the one title printing it, as 「RPA 実践項目」 said at once would."""
        for c in list(q.conditions):
            found = self._acronym_titles([c], q.target).get(0)
            if found is None:
                continue
            kind, code, title = found
            at = q.conditions.index(c)
            q.conditions[at:at + 1] = self._title_conditions(kind, code, title, "~=")
            q.notes.append(f"前の質問の「{c.value}」を{_kind_ja(kind)}「{title}」とみなしました")

    def _title_by_acronym(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「rpa 実践項目」: an acronym alone, printed by one title only, beside a kind's word (acronym_titles.py)."""
        said = nfkc(w.text)
        kinds_said = set()
        for word, kind in KIND_WORDS:  # (longest first: 取組項目 is no 項目 said as well)
            if word in said:
                kinds_said.add(kind)
                said = said.replace(word, _GAP)
        found = acronym_title(w.free, self.lex.title_index(), kinds_said, LINKS, self._acronym_known())
        if found is None:
            return []
        start, end, kind, code, title = found
        w.consume(start, end)
        hints.add(kind)
        q.notes.append(f"「{w.text[start:end]}」を{_kind_ja(kind)}「{title}」とみなしました")
        made = self._title_conditions(kind, code, title, "~=")
        self._titles_said.append((w.text[start:end], kind, made))
        return made

    def _title_of_kind_said(self, before: str, key: str, kind: str) -> bool:
        """True when a title held by records of several kinds is said right after the kind word of
        another of them (「実践項目「RPAの導入」」 where an initiative is titled the same): that kind's
        record is named, and its own entry (later in the index) is the one to take."""
        said = before.rstrip(_GAP + " 「『")
        named = next((k for word, k in KIND_WORDS if said.endswith(word)), "")
        return bool(named) and named != kind and any(
            other_key == key and other_kind == named for other_key, other_kind, _, _ in self.titles)

    def _said_as_theme(self, free: str, start: int, end: int) -> bool:
        """「職員の人材育成がテーマに入ってる」「テーマが公共施設マネジメントの」: words that are another name of a
        theme, said with テーマ (or 分野) right beside them, name the theme, not a record titled alike."""
        said = notation_key(free[start:end])
        if not said or not any(said == notation_key(name) for names in self.lex.themes.values() for name in names):
            return False
        return bool(_THEME_WORD_AFTER.match(free, end) or _THEME_WORD_BEFORE.search(free[:start]))

    def _title_by_pieces(self, said: str, head: str) -> tuple[str, str, str] | None:
        mine = title_pieces(said)
        if len(mine) < 5:
            return None
        scored = []
        head = nfkc(head)
        for (kind, code, title), (form, theirs) in self.lex.title_pieces.items():
            if head not in form:
                continue
            shared = len(mine & theirs)
            if shared >= 0.8 * len(mine) and shared >= 0.6 * len(theirs):
                scored.append((shared / len(mine), (kind, code, title)))
        scored.sort(reverse=True)
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]):
            return None
        return scored[0][1]

    def _described_before(self, w: _Work, start: int, title: str) -> int:
        """「柔軟で多様な働き方の推進」 for 多様で柔軟な働き方の推進: the 形状詞 said just before the run (joined by で,
        な or の) that the title holds are part of its name, used with it (else they would be left over)."""
        before = [m for m in self._canon.morphemes if m.end <= start]
        while len(before) >= 2 and before[-1].end == start and before[-1].surface in ("な", "で", "の") \
                and before[-2].pos[0] == "形状詞" and before[-2].end == before[-1].start \
                and before[-2].surface in title and _GAP not in w.free[before[-2].start:start]:
            start = before[-2].start
            before = before[:-2]
        return start

    def _title_by_words(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「SMSの徴収業務見直し」 for SMSを活用した徴収業務の見直し: a run of nouns (joined by の) whose
        words are all words of exactly one title and most of them."""
        runs: list[list] = []
        for m in self._canon.morphemes:
            noun = m.pos[0] in ("名詞", "接頭辞", "接尾辞", "形状詞") and m.pos[1] != "数詞"
            if noun and _GAP not in w.free[m.start:m.end]:
                if runs and runs[-1] and runs[-1][-1].end == m.start:
                    runs[-1].append(m)
                else:
                    runs.append([m])
            elif m.surface in ("の", "へ") and runs and runs[-1] and runs[-1][-1].end == m.start:
                runs[-1].append(m)  # kept: the next noun continues the run (窓口業務へのRPA導入)
            else:
                runs.append([])
        # Each run, then its parts before a の (「窓口業務のRPA導入の連携度」: the name is said before the
        # field asked of it), longest first.
        cands = []
        for run in runs:
            # (no title is said in more morphemes than _LONGEST_NAME: a longer run, as in a pasted page,
            # is tried only by its parts of that length, which keeps a long question's parts linear)
            if len(run) <= _LONGEST_NAME:
                cands.append(run)
            cands += [run[:i] for i in range(min(len(run) - 1, _LONGEST_NAME), 0, -1) if run[i].surface == "の"]
            # and its parts after a の (「恵那市の公民館統合の…」: the city is said before the name), which
            # name a title only by all of its words and no other (「基幹系システムの共同調達」 is no
            # 電算システムの共同調達: three words of four are not enough there).
            cuts = [i for i in range(1, len(run) - 1) if run[i].surface == "の"]
            cands += [(run[a + 1:b], True) for a in cuts for b in [*(c for c in cuts if c > a), len(run)][::-1]
                      if 1 < b - a <= _LONGEST_NAME + 1]
        for run in cands:
            run, inner = (list(run[0]), True) if isinstance(run, tuple) else (list(run), False)
            while run and (run[-1].surface in ("の", "へ") or run[-1].surface in _LOOSE_HEADS):
                run.pop()  # 「救急車の適正利用のやつ」: a word standing for the thing, not part of its name
            # (suffixes join, say little; a short name stands for the words it shortens: 民活 → 民間・活力)
            said = {word for m in run if m.pos[0] in ("名詞", "接頭辞", "形状詞") for word in _spelled_words(m.lemma)}
            if len(said) < 2:
                continue
            # Every word in the title, or all but one of four or more (証明書の手数料 for 証明発行手数料等).
            # Two words are enough only when they are all of one title's words (「公民館統合」 for
            # 公民館の統合): fewer could name a part of many titles.
            need = max(3, len(said) - (1 if len(said) >= 4 else 0)) if len(said) >= 3 else 2
            held: dict[int, int] = {}
            for word in said:
                for i in self.lex.titles_by_word.get(word, ()):
                    held[i] = held.get(i, 0) + 1
            best = max(held.values(), default=0)
            title_words = self.lex.title_words
            holders = {title_words[i][1:]: title_words[i][0] for i, n in held.items() if n == best}
            # The head of the run names what it is: 公共施設等総合管理|基金 is no 公共施設等総合管理計画.
            head = next(m for m in reversed(run) if m.pos[0] in ("名詞", "接頭辞", "形状詞"))
            found = None
            if best >= need and len(holders) == 1:
                (kind, code, title), words = holders.popitem()
                exact = best == len(words) == len(said)
                enough = exact if inner else (best >= 0.6 * len(words) if len(said) >= 3 else best == len(words))
                found = (kind, code, title) if enough and _spelled_words(head.lemma) & words else None
            if found is None and not inner and best >= 2:
                found = self._parent_title_of_children_said(w.text, run[-1].end, said, held, head)
            # Else by the characters (Sudachi cuts 東南部 one way in a title, another in a question):
            # most two-character pieces of the run in one title, and most of that title's.
            found = found or (None if inner else
                              self._title_by_pieces(spelled_out(w.text[run[0].start:run[-1].end]), spelled_out(head.surface)))
            if found is None:
                continue
            kind, code, title = found
            start, end = self._described_before(w, run[0].start, title), run[-1].end
            if self._said_as_theme(w.free, start, end):
                continue
            left_out = _TITLE_LEFT_OUT.match(w.free, end)
            w.consume(start, left_out.end() if left_out else end)
            hints.add(kind)
            q.notes.append(f"「{w.text[start:end]}」を{_kind_ja(kind)}「{title}」とみなしました")
            made = _left_out(self._title_conditions(kind, code, title, "~="), left_out)
            # Said by its words, it is a title only for a kind it can scope (「委員意見で時間外勤務について」
            # asks remarks holding the words, not practice item 時間外勤務の縮減): _titles_of_other_kinds decides.
            self._titles_said.append((w.text[start:end], kind, made))
            return made
        return []

    def _parent_title_of_children_said(self, text: str, end: int, said: set[str], held: dict[int, int], head
                                       ) -> tuple[str, str, str] | None:
        """「市の情報発信の取組の実践項目」: words said of what holds the records asked (…の取組の実践項目) name a
        record of the holding kind only (市政情報の効果的な発信), not the held records whose titles share the
        words: the one title of that kind holding most of them (all but one, two at least), when no other
        of that kind holds as many."""
        m = _PARENT_BEFORE_CHILDREN.match(text, end)
        child = m and next((k for w, k in KIND_WORDS if w == m.group("child")), None)
        parents = {p for p, c in LINKS if c == child}
        if len(parents) != 1:
            return None
        parent = parents.pop()
        if m.group("parent") not in _TORIKUMI and not any(w == m.group("parent") and k == parent for w, k in KIND_WORDS):
            return None
        title_words = self.lex.title_words
        mine = {i: n for i, n in held.items() if title_words[i][1] == parent}
        top = max(mine.values(), default=0)
        tops = [i for i, n in mine.items() if n == top]
        if top < 2 or top < len(said) - 1 or len(tops) != 1 or not (_spelled_words(head.lemma) & title_words[tops[0]][0]):
            return None
        return title_words[tops[0]][1:]

    def _titles_of_other_kinds(self, conds: list[Condition], kinds_named: list[tuple[int, str]], q: Query
                               ) -> tuple[list[Condition], list[str]]:
        """「事例集で、書かない窓口を広げた自治体は」: words that read as part of another kind's record
        title (a practice item 書かない窓口の導入) name nothing the asked kind can be scoped by; they
        are the words to look for in its records, not that record nor its document. (A whole title
        said is kept: the kind word may be one of its fields, 「…事業の課題」.)"""
        target = kinds_named[-1][1] if kinds_named else ""
        words: list[str] = []
        for said, kind, made in self._titles_said:
            cols = self.lex.columns.get(target, ())
            if not target or kind == target or kind in cols or (kind, target) in LINKS or (target, kind) in LINKS:
                continue
            conds = [c for c in conds if all(c is not m for m in made)]
            q.notes = [n for n in q.notes if not n.startswith(f"「{said}」を")]
            words.append(said)
        return conds, words

    def _title_said_loosely(self, quoted: str) -> bool:
        """Whether every word of a quoted phrase (its runs of kanji, katakana or letters, two
        characters or more, and at least two of them) stands in one record's title, in order."""
        words = [w for w in re.findall(r"[一-龥々ァ-ヶーA-Za-z0-9]{2,}", notation_key(quoted))]
        if len(words) < 2:
            return False
        for key, _kind, _code, _title in self.titles:
            at = 0
            for word in words:
                at = key.find(word, at)
                if at < 0:
                    break
                at += len(word)
            else:
                return True
        return False

    def _titles_said_as_verbs(self, w: _Work, canon, hints: set[str]) -> list[Condition]:
        """「動物火葬場を廃止した後」 says the title 動物火葬場の廃止 as a verb phrase: read before the
        rules that take 廃止した as a state of ending."""
        out: list[Condition] = []
        if "を" not in w.free:
            return out
        # The question as written (canon has made 廃止した 終了した), each character with the span of
        # the canonical text it stands for.
        written, begins, ends = [], [], []
        rewrites = sorted(canon.rewrites)
        i = 0
        while i < len(w.free):
            r = next((r for r in rewrites if r[0] == i), None)
            if r is not None:
                written += list(r[2])
                begins += [r[0]] * len(r[2])
                ends += [r[1]] * len(r[2])
                i = r[1]
                continue
            written.append(w.free[i])
            begins.append(i)
            ends.append(i + 1)
            i += 1
        form, origin = _key_map("".join(written))
        for key, kind, code, title in self.titles:
            if "の" not in key or not _VERBAL_TAIL.search(key):
                continue
            said = "を".join(key.rsplit("の", 1))
            pos = form.find(said)
            if pos < 0:
                continue
            start, end = begins[origin[pos]], ends[origin[pos + len(said) - 1]]
            if _GAP in w.free[start:end]:
                continue
            w.consume(start, end)
            made = self._title_conditions(kind, code, title, "=")
            out += made
            hints.add(kind)
            # (「RPAを導入した自治体の事例」: said of another kind's records, the words are what they say)
            self._titles_said.append((w.text[start:end], kind, made))
        return out

    @staticmethod
    def _title_outside_the_document(q: Query, target: str) -> str:
        """「行革ニュースしらさぎで、書かない窓口は…」: a record's title read from words of the question
        (「書かない窓口」 for 書かない窓口の導入) in a document other than the one the question names is not
        what is asked: the words are sought in the named document's text instead. The target it leaves."""
        scopes = [c for c in q.conditions if c.field == "source" and c.op == "in"]
        titled = [i for i, c in enumerate(q.conditions) if c.field.startswith("@title:") and c.op == "~="]
        if len(scopes) < 2 or len(titled) != 1:
            return target
        named = set(scopes[-1].value)
        i = titled[0]
        own = q.conditions[i + 1] if i + 1 < len(q.conditions) and q.conditions[i + 1] in scopes else None
        said = next((m.group(1) for n in q.notes if (m := _TITLE_TAKEN.match(n))), "")
        if own is None or set(own.value) & named or not said:
            return target
        q.conditions = [c for c in q.conditions if c is not q.conditions[i] and c is not own]
        q.conditions.append(Condition("text", "match", said, f"本文に「{said}」を含む"))
        q.notes = [n for n in q.notes if not _TITLE_TAKEN.match(n)]
        return "passage" if not any(c.field not in ("text", "source") for c in q.conditions) else target

    def _other_titled_record(self, context: Query, word: str, text: str) -> list[Condition]:
        """「AIの活用の委員評価は？」→「じゃあRPAは？」: a word alone, asked the same way of another record after
        one record was named, is the record whose title holds it when exactly one of the kind's titles
        does (not a search of the named record's text for it); nothing otherwise."""
        if len(word) < 2 or not _SWITCH_TOPIC.match(text) or not _ASKS_THE_SAME.search(text):
            return []
        kind = context.target
        named = [c for c in context.conditions if c.op == "=" and c.field in ("code", f"@title:{kind}")]
        if len(named) != 1:
            return []
        key = notation_key(word)
        titles = dict(self.lex._titled()).get(kind, {})
        held = {(code, title) for (code, _), title in titles.items() if title and key in notation_key(title)}
        if len(held) != 1:
            return []
        code, title = held.pop()
        if code == str(named[0].value):
            return []
        return self._title_conditions(kind, code, title, "=")

    def _title_conditions(self, kind: str, code: str, title: str, op: str, source: str = "") -> list[Condition]:
        """The record a title names, and the documents it is in when other documents number a record
        of its kind alike (another city's practice item 1); `source`: the one document the question's
        municipality pins it to."""
        out = [Condition(f"@title:{kind}", op, code, f"{_kind_ja(kind)} = {code}「{title}」")]
        sources = (source,) if source else self.lex.title_sources(kind, code, title)
        if sources:
            out.append(Condition("source", "in", list(sources), f"資料 = {'・'.join(sources)}"))
        return out

    def _title_of_words_listed(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「広告料収入とネーミングライツの、R2の課題」: names listed (と, ・, や, 及び, 、) that together are the words of
        one title (広告料収入及びネーミングライツ導入の拡大), each held by it, and all of them by no other title."""
        for m in w.finditer(f"(?<![一-龥ァ-ヶーA-Za-z0-9])((?:[^{_GAP}\\sのはがをで、。とかや・]{{3,16}}(?:と|・|や|及び|、))+"
                            f"[^{_GAP}\\sのはがをで、。とかや・]{{3,16}})(?=の|は|って|で|、|,)"):
            parts = [notation_key(p) for p in re.split(r"及び|と|・|や|、", m.group(1))]
            if any(len(p) < 3 or p in self.lex.departments for p in parts):
                continue
            owners = {(kind, code, title) for key, kind, code, title in self.titles if all(p in key for p in parts)}
            if len(owners) == 2 and len({t for _, _, t in owners}) == 1 \
                    and tuple(sorted(k for k, _, _ in owners)) in {tuple(sorted(link)) for link in LINKS}:
                owners = {o for o in owners if (o[0], next(k for k, _, _ in owners if k != o[0])) in LINKS}
            if len(owners) != 1:
                continue
            kind, code, title = owners.pop()
            core = _TITLE_TAIL.sub("", notation_key(title)) or notation_key(title)
            if sum(map(len, parts)) < 0.5 * len(core):
                continue  # (a few words of a long title name no more than its topic)
            w.consume(m.start(1), m.end(1))
            hints.add(kind)
            q.notes.append(f"「{m.group(1)}」を{_kind_ja(kind)}「{title}」とみなしました")
            made = self._title_conditions(kind, code, title, "~=")
            self._titles_said.append((m.group(1), kind, made))
            return made
        return []

    def _partial_title(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「東南部都市連絡調整会議」 for 埼玉県東南部都市連絡調整会議事業: the longest run of the
        question that lies inside exactly one title and covers most of it."""
        form, origin = _key_map(w.free)
        joined, longest = self.lex.joined_titles  # the titles do not change: joined once per index
        for run in compiled(f"[^{_GAP}]{{6,}}").finditer(form):
            text = run.group(0)
            reach = self.lex.title_reach(text, 6)
            for length in range(min(len(text), longest), 5, -1):  # no title is longer: linear in the question
                for i in range(0, len(text) - length + 1):
                    if i + length - 6 > reach[i]:
                        continue  # some six characters of it in a row are in no title
                    sub = text[i:i + length]
                    if sub not in joined:
                        continue
                    held = self._title_owners.get(sub)
                    if held is None:
                        if len(self._title_owners) > 20000:
                            self._title_owners.clear()
                        held = self._title_owners[sub] = tuple((kind, code, title) for key, kind, code, title in self.titles if sub in key)
                    owners = set(held)  # (in the titles' order, as the set was always built)
                    if len(owners) == 2 and len({t for _, _, t in owners}) == 1 \
                            and tuple(sorted(k for k, _, _ in owners)) in {tuple(sorted(link)) for link in LINKS}:
                        # 取組項目10 and its practice item 25 share one title: the initiative (its comments,
                        # its practice items) is meant.
                        owners = {o for o in owners if (o[0], next(k for k, _, _ in owners if k != o[0])) in LINKS}
                    pinned = self._owner_in_places(owners, w.text) if len(owners) > 1 else None
                    if len(owners) > 1 and pinned is None:
                        # (「民間活力の活用のところで」: of the titles holding the words, the one they name most of,
                        # 民間活力の活用と業務委託の推進, not 公共施設等への民間活力の活用)
                        covered = {o for o in owners if _covers_title(sub, o[2], aims_only=True)}
                        owners = covered if len(covered) == 1 else owners
                    if len(owners) != 1 and pinned is None:
                        continue
                    kind, code, title = pinned[:3] if pinned else owners.pop()
                    if not _covers_title(sub, title):
                        continue
                    start = origin[run.start() + i]
                    end = origin[run.start() + i + length - 1] + 1
                    if self._said_as_theme(w.free, start, end):
                        continue
                    # The run must be a whole word of the question, not the head of another
                    # compound (公共施設等総合管理|基金 is not 公共施設等総合管理計画).
                    if compiled(r"[一-龥ァ-ヶーA-Za-z0-9]").match(w.text[end:end + 1]) or \
                            compiled(r"[一-龥ァ-ヶーA-Za-z0-9]").match(w.text[start - 1:start] if start else ""):
                        continue
                    start = self._described_before(w, start, title)
                    left_out = _TITLE_LEFT_OUT.match(w.free, end)
                    if _WITHIN_THE_TITLE.match(w.free, end) or _YEAR_AFTER_THE_TITLE.match(w.text, end):
                        self._titles_scoping.add(kind)  # (said in part, as a scope all the same)
                        w.take_at(_PLACE_OF_TITLE, end)
                    w.consume(start, left_out.end() if left_out else end)
                    hints.add(kind)
                    q.notes.append(f"「{w.text[start:end]}」を{_kind_ja(kind)}「{title}」とみなしました")
                    # "~=": named by part of its title, a weaker signal than the whole title.
                    made = _left_out(self._title_conditions(kind, code, title, "~=", pinned[3] if pinned else ""), left_out)
                    self._titles_said.append((w.text[start:end], kind, made))
                    return made
        made = self._title_of_words_listed(w, hints, q)
        if made:
            return made
        # 「市立病院の取組で」「RPAとAIの取組」: a short word (or words listed) called an 取組 names the one
        # initiative whose title holds it (each word its own: any of them).
        for m in w.finditer(f"((?:[^{_GAP}\\sのはがをで、。とかや・]{{2,12}}(?:と|か|や|・|、))*[^{_GAP}\\sのはがをで、。とかや・]{{2,12}})"
                            "の(?:取組|取り組み)(?:項目)?(?!内容|状況|終了)"):
            named = []
            for part in re.split(r"と|か|や|・|、", m.group(1)):
                word = notation_key(part)
                owners = {(kind, code, title) for key, kind, code, title in self.titles if word in key and kind == "initiative"}
                pinned = self._owner_in_places(owners, w.text) if len(owners) > 1 else None
                if (len(owners) != 1 and pinned is None) or word in self.lex.departments or (len(word) < 3 and not word.isascii()):
                    break
                named.append((part, *(pinned[:3] if pinned else owners.pop()), pinned[3] if pinned else ""))
            else:
                w.consume(m.start(1), m.end(1))
                made = []
                for part, kind, code, title, source in named:
                    hints.add(kind)
                    q.notes.append(f"「{part}」を{_kind_ja(kind)}「{title}」とみなしました")
                    made += self._title_conditions(kind, code, title, "~=", source)
                return made
        # 「RPAの実践項目」: a word right before the word of a kind that belongs to another (実践項目 to
        # 取組項目), held by exactly one title of that other kind and by no title of the kind said, names
        # that record: its own items are asked, not the items whose text happens to hold the word (their
        # sheets name it in passing, and an item titled otherwise, AI-OCRの導入の検討, would be missed).
        # A word the items' own titles hold (町内会, ふるさと納税) is still sought in their text.
        for m in w.finditer("の"):
            child = next((k for said, k in KIND_WORDS if w.free.startswith(said, m.end())), "")
            span = negation.noun_before(self._canon, w.free, m.start(), _GAP)
            said = w.free[span[0]:span[1]] if span else ""
            word = notation_key(said)
            # (the word right before の, no particle between: 「町内会についての意見」 is about the word; and a
            # kind whose records have no titles (意見) cannot say that none of theirs holds it)
            if not child or not span or span[1] != m.start() or len(word) < 2 or word in self.stop_nouns \
                    or word in self.lex.departments or not any(kind == child for _, kind, _, _ in self.titles) \
                    or any(word in key for key, kind, _, _ in self.titles if kind == child):
                continue
            owners = {(kind, code, title) for key, kind, code, title in self.titles
                      if word in key and (kind, child) in LINKS}
            if len(owners) != 1:
                continue
            kind, code, title = owners.pop()
            w.consume(span[0], span[1])
            hints.add(kind)
            q.notes.append(f"「{said}」を{_kind_ja(kind)}「{title}」とみなしました")
            return self._title_conditions(kind, code, title, "~=")
        return []

    def _bureaus(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        out: list[Condition] = []
        said: list[tuple[int, int, int, bool]] = []  # (start, end, index in out, negated) of each mark read
        # 「水道関係の部署(水)」: the word the user glosses a bureau's mark with (its first letter) says only that
        # (「水道のほう、(水)の実践項目」: the word said as the topic, then the mark; 「水道のほう（(水)の部）」: the mark
        # in brackets after it)
        for m in w.finditer(r"(?<![一-龥])([一-龥]{2,4})(?:関係|関連|系)?(?:の\s*(?:ほう|方|ところ|とこ)\s*[、,]?|の)?\s*"
                            r"(?:部署|部局|部門|課)?\s*(?=[(（]?[(（](.)[)）])"):
            if m.group(1)[0] == m.group(2) and m.group(2) in self.bureaus:
                w.consume(m.start(), m.end())
        # 「(環)の部署が担当」: a bureau prefix alone names every department of that bureau.
        for m in w.finditer(self._bureau_re):
            # (a bureau's mark right before a name another rule read is part of that name; 「（財）の」
            # before a field word a rule read, 「（財）の担当部署は何種類」, still names the bureau)
            if w.free[m.end():m.end() + 1] == _GAP and not m.group(0).rstrip().endswith(("の", "が")):
                continue
            if m.group(1) not in self.bureaus:
                if compiled(r"部署|課|部|室|局|担当").search(m.group(0)):  # a bureau the index does not know: said
                    self._grammar_unused.append(m.group(0).strip())
                    w.consume(m.start(), m.end())
                continue
            neg = _negated_after(w, m.end())
            w.consume(m.start(), m.end())
            bureau = m.group(1)
            said.append((m.start(), m.end(), len(out), neg))
            out.append(Condition("@bureau", "!=" if neg else "=", bureau,
                                 f"担当部署 {'∌' if neg else '∋'} ({bureau})の部署"))
            hints.add("practice")
        # 「(民)も(総)も入っていない」: marks listed with も, the last one negated, are all negated (neither
        # is in charge); only the last mark stood right before the verb.
        for k in range(len(said) - 2, -1, -1):
            start, end, i, neg = said[k]
            if not neg and said[k + 1][3] and re.fullmatch(r"\s*(?:で)?も[\s、,]*", w.text[end:said[k + 1][0]]):
                c = out[i]
                out[i] = Condition(c.field, "!=", c.value, f"担当部署 ∌ ({c.value})の部署")
                said[k] = (start, end, i, True)
        # 「(民)か(政)が担当」「(福)か(健)か(環)のどれか」: marks joined by か/または, none negated, are alternatives:
        # a department of any of those bureaus.
        k = 0
        while k < len(said) - 1:
            run = [k]
            while run[-1] + 1 < len(said) and not said[run[-1]][3] and not said[run[-1] + 1][3] \
                    and _BUREAU_OR.fullmatch(w.text[said[run[-1]][1]:said[run[-1] + 1][0]]):
                run.append(run[-1] + 1)
            if len(run) > 1:
                marks = [out[said[j][2]].value for j in run]
                first = said[run[0]][2]
                out[first] = Condition("@bureau", "in", marks, "担当部署 ∋ " + "か".join(f"({b})" for b in marks) + "の部署")
                for j in run[1:]:
                    out[said[j][2]] = None
            k = run[-1] + 1
        out = [c for c in out if c is not None]
        return out + self._bureau_by_word(w, hints, q)

    def _bureau_by_word(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「消防の実践項目」: a word no department, title or place is, said before the records' word or
        their department, whose first letter is one bureau's mark ((消)総務課) is that bureau: the
        documents abbreviate bureaus by their first letter. The note says the mark was read so."""
        out: list[Condition] = []
        # (the titles of the records departments are marked on: a joint project's 「消防相互応援訓練」
        # does not make 消防 a topic of the plan's items)
        titled = "\x00".join(list(self.lex.practice_titles.values()) + list(self.lex.initiative_titles.values()))
        # (「消防が担当している実践項目」: the word said as who is in charge, with が; 「消防 実践項目」: keyword
        # style, the word typed before the records' word with a space for the particle)
        for m in w.finditer(r"(?<![一-龥])([一-龥]{2,4}?)(?:本部|部局|部|局|委員会)?(?:関係|関連|系)?"
                            r"(?:の\s*(?=(?:実践項目|取組項目|項目|担当|所管|部署|課))|が\s*(?=(?:担当|所管))"
                            r"|[ \u3000]+(?=(?:実践項目|取組項目|担当|所管)))"):
            word = m.group(1)
            if m.group(0).rstrip().endswith("が") and m.group(0)[len(word):].startswith(("本部", "部", "局", "委員会")):
                continue  # (「財務部が担当の」: an organisation named in full that no document prints is no guess of ours, q9-122)
            themes = {n for names in self.lex.themes.values() for n in names}  # (民活 is a theme, not (民))
            if word[0] not in self.bureaus or word in titled or word in self.lex.places or word in themes \
                    or any(word in d for d in self.lex.departments) or word in self.stop_nouns:
                continue
            neg = _negated_after(w, m.end())
            w.consume(m.start(), m.end())
            out.append(Condition("@bureau", "!=" if neg else "=", word[0],
                                 f"担当部署 {'∌' if neg else '∋'} ({word[0]})の部署"))
            q.notes.append(f"「{m.group(0).strip().removesuffix('の').removesuffix('が')}」を略号「({word[0]})」の部局と読みました"
                           f"（「{word[0]}」を「{word}」の頭文字とみなしました）")
            hints.add("practice")
        return out

    def _departments(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        out: list[Condition] = []
        by_city: list[Condition] = []  # one municipality's cell each: never joined as alternatives
        spans: list[tuple[int, int]] = []
        free = w.free
        for name in self.departments:
            if name not in free:
                continue
            # (「(消)の総務課」: the bureau's mark said with の before the section is that bureau's section)
            for m in re.finditer(r"(?:[(（][^)）]{1,3}[)）]\s*(?:の\s*)?)?" + re.escape(name) + f"({_NEG})?", free):
                if _GAP in m.group(0):
                    continue
                # A department inside a longer known name (納税課 in 市民税課?) is not a mention.
                neg = bool(m.group(1)) or _negated_after(w, m.end())
                # A bureau prefix written by the user narrows to that bureau: (消)総務課.
                written = compiled(r"([)）])\s*の\s*").sub(r"\1", compiled(f"({_NEG})$").sub("", m.group(0)).strip(), count=1)
                value = written if written != name else name
                every = _EVERY_CITY.search(free[:m.start()]) if not neg else None
                each = self._each_city.search(free[:m.start()]) if not neg and not every else None
                if each:  # 「東市も西市も担当が予防課」: each named municipality's cell names it
                    w.consume(each.start(), each.end())
                    cities = [c for c in sorted(self.lex.municipalities, key=len, reverse=True)
                              if c in each.group(1)]
                    for city in sorted(cities, key=each.group(1).index):
                        by_city.append(Condition("@dept", "=", {"names": [value], "city": city},
                                                 f"{city}の担当部署 ≈ {value}"))
                    w.consume(m.start(), m.end())
                    free = w.free
                    hints.add("joint_project")
                    continue
                # (「じゃあ東市側も保育課なのは」: one municipality said with も is its cell too; 「倉敷側も」
                # 「岡山市 予防課」: said without 市, with 側, or typed with a space before the department)
                # (「倉敷市側の担当が予防課ではない」: negated, that municipality's cell does not name it)
                said = self._own_city.search(free[:m.start()]) if not every else None
                own = next((c for c in sorted(self.lex.municipalities, key=len, reverse=True)
                            if c in (said.group("name"), said.group("name") + c[-1:])), None) if said else None
                if own:  # 「東市の保育課が担当する連携事業」: that municipality's cell names it
                    w.consume(said.start(), m.end())
                    free = w.free
                    by_city.append(Condition("@dept", "!=" if neg else "=", {"names": [value], "city": own},
                                             f"{own}の担当部署 {'≉' if neg else '≈'} {value}"))
                    hints.add("joint_project")
                    continue
                if every:  # 「両市とも予防課が担当」: every municipality's cell names it
                    w.consume(every.start(), every.end())
                    out.append(Condition("departments", "same_values", None, "担当部署がどの自治体も同じ"))
                alone = compiled(r"(?:(?:だけ|のみ)\s*)?(?:が|の)?(?:単独|のみ|だけ)(?:で)?").match(free[m.end():]) if not neg else None
                if alone:  # 「行政監理室が単独で担当」: no other department shares the item
                    w.consume(m.end(), m.end() + alone.end())
                    out.append(Condition("@dept", "only", value, f"担当部署 = {value} のみ"))
                else:
                    out.append(Condition("@dept", "!=" if neg else "=", value,
                                         f"担当部署 {'≉' if neg else '≈'} {value}"))
                spans.append((m.start(), m.end()))
                w.consume(m.start(), m.end())
                free = w.free
                hints.update(k for k in self.lex.departments[name] if k != "practice")
                # (an office known only as the one that answered a meeting's questions names those questions)
                hints.add("practice" if "practice" in self.lex.departments[name] else
                          "comment" if self.lex.departments[name] == {"comment"} else "joint_project")
        if out or by_city:
            return _either(w, out, spans, "担当部署") + by_city
        # A typo: a window of the question one edit away from a known department (市民税化 → 市民税課).
        # Only in questions of ordinary length: the search is quadratic and long text is not typed.
        if len(free) > 200:
            return out
        by_start = self._dept_by_start  # a typo keeps the first two letters: only those names are tried
        for m in compiled(r"[一-龥ぁ-んァ-ヶー・]{3,12}").finditer(free):
            word = m.group(0)
            if "部会" in word:
                continue
            best = None
            tried = {n for i in range(len(word) - 1) for n in by_start.get(word[i:i + 2], ())}
            for name in [n for n in self.departments if n in tried]:  # in the usual order: the longest first
                for length in (len(name), len(name) - 1, len(name) + 1):
                    for i in range(0, max(0, len(word) - length) + 1):
                        cand = word[i:i + length]
                        if len(cand) < 4 or cand[:2] != name[:2]:
                            continue
                        after = word[i + length: i + length + 1] if i + length < len(word) else free[m.end():m.end() + 1]
                        if compiled(r"[一-龥ァ-ヶー]").match(after):
                            continue  # 青少年セ|ンター is the start of a longer word, not a typo of 青少年課
                        if compiled(r"[ぁ-ん]").search(cand) and not compiled(r"[ぁ-ん]").search(name):
                            continue  # 下水道|に is a word and a particle, not a typo of 下水道課
                        # imported only for a window that may be a typo: most questions have none (start-up)
                        from rapidfuzz.distance import Levenshtein

                        if cand[-1] != name[-1] and cand[-1] in _UNITS and name[-1] in _UNITS:
                            continue  # 下水道部 is a bureau, not a typo of the section 下水道課
                        if cand == name[:-1] and name[-1] in _UNITS and self.probe is not None and self.probe(cand):
                            continue  # 介護保険 (の事業), a word the documents print, is a topic, not 介護保険課 misspelt
                        if len(cand) == len(name) and cand[-1] not in _UNITS and self.probe is not None \
                                and self.probe(cand):
                            continue  # 国民健康保険税, a name the documents print (a tax), is no 国民健康保険課 misspelt
                        if Levenshtein.distance(cand, name) == 1 and cand[:2] == name[:2]:
                            if best is None:
                                best = (name, m.start() + i, m.start() + i + length, cand)
            if best:
                name, s, e, cand = best
                neg_m = compiled(_NEG).match(free[e:])
                if neg_m:
                    e += neg_m.end()
                w.consume(s, e)
                q.notes.append(f"「{cand}」を「{name}」と読み替えました")
                out.append(Condition("@dept", "!=" if neg_m else "=", name,
                                     f"担当部署 {'≉' if neg_m else '≈'} {name}（「{cand}」を訂正）"))
                hints.add("practice" if "practice" in self.lex.departments[name] else "joint_project")
                break
        if not out:
            out = self._unknown_office(w, hints)
        return out

    def _unknown_office(self, w: _Work, hints: set[str]) -> list[Condition]:
        """「デジタル推進課の実践項目」: an office no document names is a condition nothing meets,
        said so, never a keyword matched in pieces (推進課) nor dropped."""
        out: list[Condition] = []
        # (one kana inside a name, as in 子育て支援課, but no particle: 市民が支援課 is two words)
        for m in compiled(r"(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{1,10}(?:[ぁ-ん](?<![がのをにはでともへや])[一-龥ァ-ヶー]{1,8})?"
                          r"(?:課|室|(?<![関連])係)(?![一-龥ァ-ヶー])").finditer(w.free):
            if len(m.group(0)) < 3 or "何" in m.group(0):
                continue  # (「今何課ある」: a count asked in 課, no office)
            name = m.group(0)
            if name in _FIELD_WORD_SET:
                continue  # (「…の担当課は？」: the word for the field asked, no office's name)
            # An office only another city's documents name is no office of these records either; one the
            # text mentions is still none of theirs when the question says it is in charge (「…が担当している」).
            in_charge = compiled(r"(?:が|の|で)?(?:担当|所管|主管)").match(w.free, m.end())
            if any(name in d or d in name for d in self.departments) \
                    or (self.in_dedicated and self.in_dedicated(name) and not in_charge):
                continue
            if not in_charge and _ends_in_room_word(name) and self.probe and self.probe(name):
                continue  # 「スマホ教室の参加者」: a class the documents hold, no office
            w.consume(m.start(), m.end())
            out.append(Condition("@dept", "=", name, f"担当部署 ≈ {name}（記録にない部署名）"))
            hints.add("practice")
        return out

    def _areas_by_name(self, w: _Work, hints: set[str]) -> list[Condition]:
        """「結び付きやネットワークの強化の連携事業」: a 分野 a table prints as 「…に係る政策分野」 said by its
        own name, the words before its 分野 ending (said whole it is read by the grammar's closed_value)."""
        out: list[Condition] = []
        stems = {}
        for value in self.lex.closed_values.get("area", set()):
            # (「1 生活機能の強化に係る政策分野」: the group's number printed before its name is no part of it)
            stem = _AREA_ENDING.sub("", re.sub(r"^\d{1,2}\s*[.．、)）]?\s+", "", nfkc(value)))
            if len(stem) >= 4 and stem != nfkc(value):
                stems[stem] = value
        for stem in sorted(stems, key=len, reverse=True):
            if stem not in w.free:
                continue
            for m in w.take(re.escape(stem) + "(?:" + _AREA_ENDING.pattern.rstrip("$") + ")?"):
                # (「圏域マネジメント能力の強化分野以外」: every other 分野)
                if _negated_after(w, m.end()):
                    out.append(Condition("area", "!=", stems[stem], f"分野 ≠ {stems[stem]}"))
                else:
                    out.append(Condition("area", "=", stems[stem], f"分野 = {stems[stem]}"))
                hints.add("joint_project")
        return out

    def _joint(self, w: _Work, hints: set[str]) -> list[Condition]:
        which, chair, city_dept = self._municipality_res
        # 「部会長は岡山市と倉敷市のどちら」: the municipalities are the possible answers, not conditions.
        w.take(which)
        out: list[Condition] = []
        found: list[Condition] = []
        spans: list[tuple[int, int]] = []
        for name in sorted(self.lex.subcommittees, key=len, reverse=True):
            if name not in w.free:
                continue
            # (「納税部会は除いて」「納税部会は抜きで」「納税部会を抜いたら」: left out, with the particle between)
            # (「年度で交代する納税部会」: the rotating chair said of the 部会 only describes it)
            for m in w.take(r"(?:(?:年度|年)(?:ごと|毎)?(?:で|に|によって)\s*(?:部会長が)?\s*(?:交代|変わる|かわる|替わる|入れ替わる)"
                            r"(?:する|している|してる|した)?\s*)?" + re.escape(name)
                            # (「納税部会（持ち回り）は除いて」: the name glossed in brackets by its rotating chair)
                            + r"(?:\s*[（(](?:年度ごとの|年度で|年度ごと)?(?:持ち回り|持回り|交代|輪番)(?:制)?[)）])?"
                            + r"((?:の(?:もの|分|やつ|事業)?)?(?:は|を)?\s*(?:" + _NEG
                            + r"|抜きで|抜きに|抜き|抜いて|抜かして|抜いたら|抜かしたら|抜くと))?"):
                neg = bool(m.group(1))
                found.append(Condition("subcommittee", "!=" if neg else "=", name,
                                       f"部会 {'≠' if neg else '='} {name}"))
                spans.append((m.start(), m.end()))
                hints.add("joint_project")
        out += _either(w, found, spans, "部会")
        out += self._areas_by_name(w, hints)
        if self.lex.subcommittees and not found:
            # 「福祉部会の連携事業」: a 部会 no record names is a condition nothing meets, said so,
            # never its name searched in pieces (福祉) nor 部会 read as the field asked.
            for m in w.take(r"(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{1,8}部会(?![一-龥ァ-ヶー長])"):
                out.append(Condition("subcommittee", "=", m.group(0), f"部会 = {m.group(0)}（記録にない部会名）"))
                hints.add("joint_project")
        for m in w.take(chair):
            city = m.group(1) or m.group(4)
            # 「平成17年度に岡山市が部会長」: a chair cell can name a city per year (岡山市(H16)・倉敷市(H17)).
            year = next((y for y in find_years(w.free) if _GAP not in w.free[y.start:y.end]), None)
            if year is not None and (year.label in self.lex.joint_years or year.label.startswith("H")):
                w.consume(year.start, year.end)
                w.take(r"^\s*(?:に|で|は|の)")
                out.append(Condition("chair_city", "chair_in_year", {"city": city, "year": year.label,
                                                                    "plain": year.label in self.lex.joint_years},
                                     f"{year.label}の部会長の市 = {city}"))
            elif m.group("other"):
                # 「事務局が雲雀野市じゃないのは」: the rows whose chair cell is not that municipality.
                out.append(Condition("chair_city", "!=", city, f"部会長の市 ≠ {city}"))
            elif m.group("only") or m.group("only2") or m.group("always"):
                # 「倉敷市だけが部会長」: that city alone, not one of the cells where the chair rotates.
                out.append(Condition("chair_city", "=", city, f"部会長の市 = {city}のみ（持ち回りを除く）"))
                w.take(r"[（(]?(?:年度ごとの|年度で)?(?:持ち回り|交代)(?:のもの|の事業|の分)?(?:は|を)?(?:除いて|除く|除外して|以外)[)）]?")
            else:
                # 「倉敷市が部会長」 with no year: the cells naming that city alone. A cell naming one chair
                # per year (岡山市(H16)・倉敷市(H17)) is neither in nor out until a year is said; the
                # answer says which such rows it left out (disputed.rotating_chairs).
                if w.take(_ROTATING_LEFT_OUT):  # 「年度で変わるのは除いて」: said, so no caveat is owed
                    out.append(Condition("chair_city", "=", city, f"部会長の市 = {city}のみ（持ち回りを除く）"))
                else:
                    out.append(Condition("chair_city", "chair_sole", city, f"部会長の市 = {city}（年度で交代する部会は除く）"))
            hints.add("joint_project")
        for m in w.take(city_dept):
            # 「倉敷市の担当課は？」: that municipality's department asked, also after rows narrowed by one
            # (「それぞれ岡山市側の担当部署もお願いします」: asked too, as the value of each)
            asks = bool(compiled(re.escape(m.group(1)) + r"(?:側|の?(?:ほう|方))?の担当(?:部署|課|部局)?(?:は|って|を|も)\s*(?:何|どこ|教え|お願い|知りたい|[?？。]|$)"
                                 ).search(nfkc(self._asked)))
            city = _full_name(m.group(1), self.lex.municipalities)
            out.append(Condition("@city_dept", "ask" if asks else "=", city, f"{city}の担当部署"))
            hints.add("joint_project")
        out += self._partners_said(w, hints)
        for m in w.take(_EITHER_CELL_BLANK):
            # 「「既に実施」か「今年度に実施予定」のどちらかが空欄」: either cell blank (one of them is enough).
            out.append(Condition("@cells", "any_empty", ["done", "planned"],
                                 f"{field_label('done')}・{field_label('planned')} のいずれかが空欄"))
            hints.add("joint_project")
        for fld, absent, present in _PROGRESS_CELLS:  # 既に実施 / 今年度に実施予定: written or blank
            taken = w.take(absent)
            cond = Condition(fld, "empty", None, f"{field_label(fld)} = 空欄")
            if not taken:
                taken = w.take(present)
                cond = Condition(fld, "not_empty", None, f"{field_label(fld)} = 記載あり")
            if not taken:
                continue
            years = {y.label for m in taken for y in find_years(m.group(0))}
            named = sorted(set().union(*(self.lex.joint_planned.get(y, set()) for y in years)))
            if named and fld == "planned" and cond.op == "not_empty":
                # 「2026年度に実施予定」 where a column of states prints 「2026年度実施予定」: those states.
                cond = Condition(fld, "in", named, f"{field_label(fld)} = {'・'.join(named)}")
            elif years and self.lex.joint_years and not years & self.lex.joint_years:
                said = "・".join(sorted(years))
                self.ctx.notes.append(f"{said}の実施予定は索引にありません（連携事業の表の「今年度」は"
                                      f"{'・'.join(sorted(self.lex.joint_years))}です）")
                cond = Condition("@never", "=", said, f"{said}の実施予定（表にない年度）")
            out.append(cond)
            hints.add("joint_project")
        return out

    def _partners_said(self, w: _Work, hints: set[str]) -> list[Condition]:
        """「鴨頭市民病院と一緒にやっている連携」「県立病院との共同事業」「倉敷市と共同でやっている事業」: a member of a
        joint-projects table said as who a project is done with is the projects whose cell of it is filled (or,
        said as not taking part, blank). A member a table of marks names (a partner body, 鴨頭市民病院) is so read
        wherever joint projects are asked; a municipality of a table of departments only with the words of doing
        something with it. Left free, either would be a stop noun (a municipality says where) and silently dropped."""
        out: list[Condition] = []
        # (a joint word inside an office's name — 協働推進課 — says no joint project: 「協働推進課が担当している個別取組」)
        joint = "joint_project" in hints or bool(_JOINT_WORDS.search(_OFFICE_NAME.sub("", w.text)))
        for name in sorted(self.lex.municipalities, key=len, reverse=True):
            # (「県」 a list names among its members 「A市、B町、県」: the prefecture, said alone — never the 県 of 静岡県)
            lone = bool(re.fullmatch(r"[都道府県国]", name))
            if (len(name) < 2 and not lone) or name not in w.free:
                continue
            partner = name in self.lex.partners
            for m in w.finditer((r"(?<![一-龥々])" if lone else "") + re.escape(name) + _PARTNER_WITH + "?"):
                if not m.group("with") and not (partner and joint):
                    continue
                w.consume(m.start(), m.end())
                neg = bool(m.group("neg")) if m.group("with") else _negated_after(w, m.end())
                out.append(Condition("departments", "city_empty" if neg else "city_not_empty", name,
                                     f"{name}が{'参加していない（その欄が空欄）' if neg else '参加している（その欄に記載あり）'}"))
                hints.add("joint_project")
        return out

    def _figures_as_topics(self, w: _Work) -> list[str]:
        """「人件費に触れている委員」: the word of a figure some sheet prints (人件費, 事業費) said as what a text
        touches on is a word of that text, not the figure asked."""
        out: list[str] = []
        for m in _TOUCHED_ON.finditer(w.free):
            word = m.group("w")
            if _FIGURE_WORDS.get(word):
                w.consume(m.start("w"), m.end("w"))
                out.append(word)
        return out

    def _indicator_names(self, w: _Work) -> list[str]:
        """「施設の平均利用者数の実績値」: an indicator's name said whole (its unit left out) is a name, not words
        of the grammar: its 平均 asks no average, its 合計 no sum, its 使わない no negation. Kept as one keyword
        of its text."""
        out: list[str] = []
        names = {_UNIT_AFTER_NAME.sub("", n) for n in self.lex.indicator_names}
        for name in sorted(names, key=len, reverse=True):
            if len(name) >= 4 and _AGGREGATE_IN_NAME.search(name) and name in w.free:
                out += [m.group(0) for m in w.take(re.escape(name))]
        return out

    def _places(self, w: _Work, hints: set[str]) -> list[Condition]:
        out = []
        for place in sorted(self.lex.places, key=len, reverse=True):
            if len(place) < 2 or place not in w.free:
                continue
            for m in w.take(re.escape(place) + f"({_NEG})?"):
                neg = bool(m.group(1)) or _negated_after(w, m.end())
                out.append(Condition("places", "not_has" if neg else "has", place,
                                     f"自治体 {'∌' if neg else '∋'} {place}"))
                hints.add("case_study")
        return out

    def _points_of_year(self, q: Query, question: str) -> None:
        """「令和5年度に1点」 of a report grading its years in points (lexicon.point_years): the points are
        that year's grade (a condition on the year's field, kept apart from another year's in a
        follow-up), not a total; the year said only to date them is then no condition of its own.
        「令和8年度に何点」「2026年度の評価点の平均」 ask that year's grade, or its mean over the graded items."""
        years = [c for c in q.conditions if c.op == "evaluated" and c.field in self.lex.point_years]
        if not years and q.aggregate == "avg" and q.agg_field in ("@score", "@default", "total") \
                and "average" in self.lex.columns.get(q.target or "practice", ()) and self._names_record(q.conditions):
            # 「自治会加入促進の4年間の平均点」: the item's mean of its graded years, as the list prints it
            # (平均点); the period said (4年間) is the years it averages, no word of its text.
            q.aggregate, q.agg_field, q.value_field = "", "", "average"
            q.conditions = [c for c in q.conditions
                            if not (c.field == "text" and c.op == "match" and _PERIOD.fullmatch(str(c.value)))]
            return
        scores = [c for c in q.conditions if c.field in ("@score", "@default")]
        if len(years) >= 2 and scores and _SPAN.search(question):
            # 「2023年度から2026年度まで（4年間）ずっと4点以上」: every year of the span graded so (a year not
            # graded, 「－」, is not).
            fys = sorted(label_to_fy(c.field.upper()) for c in years)
            span = sorted((f for f in self.lex.point_years if fys[0] <= (label_to_fy(f.upper()) or 0) <= fys[-1]),
                          key=lambda f: label_to_fy(f.upper()))
            q.conditions = [c for c in q.conditions if c not in years and c not in scores
                            and not (c.field == "text" and c.op == "match" and _SPAN_WORD.fullmatch(str(c.value)))]
            q.conditions += [Condition(f, c.op, c.value, c.label.replace("{score}", field_label(f))
                                       .replace("{default}", field_label(f))) for c in scores for f in span]
            return
        if len(years) >= 2 and scores and _EACH_YEAR.search(question):
            # 「R5・R6とも評価が4以上」「R5もR6も評価3」: each year said graded so.
            q.conditions = [c for c in q.conditions if c not in years and c not in scores]
            q.conditions += [Condition(y.field, c.op, c.value, c.label.replace("{score}", field_label(y.field))
                                       .replace("{default}", field_label(y.field))) for c in scores for y in years]
            return
        if len(years) != 1:
            return
        fld = years[0].field
        label = field_label(fld)
        if scores:
            q.conditions = [Condition(fld, c.op, c.value, c.label.replace("{score}", label).replace("{default}", label))
                            if c in scores else c for c in q.conditions if c is not years[0]]
        elif q.aggregate in ("avg", "sum", "min", "max") and (q.agg_field in ("total", "", "@score", "@default") or (
                # (「R6の総合評価が一番高い柱」: a group graded each year by a figure of its own, its 総合評価 of that year)
                q.agg_field in ("overall", "self_overall") and q.target not in ("", "practice")
                and fld in self.lex.point_years_by_kind.get(q.target, ()))):
            q.agg_field = fld  # (the year's 「－」 cells stay out: the year's condition keeps only graded items)
            q.unused = [w for w in q.unused if w != "評価点"]  # (「2026年度の評価点の平均」: the year's points)
        elif q.value_field in ("total", "") and not q.aggregate and _ASKS_POINTS.search(question):
            q.value_field = fld

    def _kinds(self, w: _Work) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        # モデル事業 names the featured project only on its own, not inside 市民協働推進モデル事業.
        # (「モデル事業 募集 締切」: the call for proposals, as below, is no project)
        for m in w.finditer(r"(?<![一-龥ァ-ヶー0-9])モデル事業(?!\s*の?\s*(?:提案|募集|応募))"):  # H28モデル事業 is a name too
            found.append((m.start(), "model_project"))
            w.consume(m.start(), m.end())
        # 「平成27年度の市民協働推進モデル事業で紹介されている事業」: the program's name, said of the
        # project a newsletter features (採択, 紹介), is that project; its call for proposals is not.
        if compiled(r"紹介|採択|実施団体").search(w.free):
            for m in w.finditer(r"[一-龥]{2,12}モデル事業(?!の(?:提案|募集|応募))"):
                found.append((m.start(), "model_project"))
                w.consume(m.start(), m.end())
                for verb in w.finditer(r"(?:で|に|として)?(?:紹介|採択)(?:されて(?:い)?る|された|されている)"):
                    w.consume(verb.start(), verb.end())  # what featured it, said of the project
        # 「委員からどんな心配の声が出てた？」「委員からコロナの話が出てる」: what members said, the words between kept for the search.
        for m in w.finditer(r"委員から(?:は|も)?(?:[^、。？?\s]{0,10}?の)?(?:(声|指摘|話(?!し))|(?:心配|懸念|不安|疑問)(?:が|も)\s*(?:出|上が|あが))"):
            found.append((m.start(), "comment"))
            w.consume(m.start(), m.start() + 3)
            if m.group(1):
                w.consume(m.start(1), m.end(1))
            # (「委員からプライバシーの心配が出てる」: the worry is what is searched in the comments, kept)
        # 「岡山市と倉敷市の連携で」: the municipalities' joint work is their joint projects.
        if self.lex.municipalities:
            names = _names_pattern(self.lex.municipalities)
            for m in w.finditer(r"(?:" + names + r")(?:と|・)(?:" + names + r")の(連携)(?!事業|度)"):
                found.append((m.start(1), "joint_project"))
                w.consume(m.start(1), m.end(1))
        # 「委員は…として何を挙げてる？」: members as the ones saying something are their comments.
        for m in w.finditer(r"委員(?:の方々|の皆さん|たち)?(?:は|が)"):
            if compiled(r"委員(?:の方々|の皆さん|たち)?(?:は|が)[^。？?]{0,40}?(?:挙げ|あげ|言っ|述べ|指摘|提案|求め|触れ|話し)"
                        ).search(self._asked):
                found.append((m.start(), "comment"))
                w.consume(m.start(), m.end())
        # 「利用者団体代表の委員が触れた施設」: what a member touched on is that member's comments (the member and
        # the records read by grammar/member_names.py, the words consumed there)
        touched = compiled(r"(?:委員|委員長|会長|座長)(?:が|の)\s*(?:触れ|言及し|取り上げ)(?:た|ている|てる)").search(w.text)
        if touched is not None and not any(k == "comment" for _, k in found):
            found.append((touched.start(), "comment"))
        for word, kind in KIND_WORDS:
            if word not in w.free:  # (a literal test is far cheaper than the pattern)
                continue
            # 意見書 is the report, not a comment; 「No.8の実践項目数」 is the initiative's field.
            after = r"(?!書)" if word == "意見" else r"(?!数)" if word == "実践項目" and self._initiative_named else ""
            before = r"(?<![一-龥])" if word == "項目" else ""  # 項目 alone, not the tail of 実践項目数
            if compiled(r"[ァ-ヶ]").match(word):
                before = r"(?<![ァ-ヶー])"  # イベント alone, not the tail of プレイベント
            inside = [(a.start(), a.end()) for f in _FIELDS_HOLDING.get(word, ()) for a in w.finditer(re.escape(f))]
            # 「広域連携事業の実施件数」: an indicator's name holding the word names the indicator.
            inside += [(a.start(), a.end()) for name in self.lex.indicator_names if word in name and name in w.text
                       for a in re.finditer(re.escape(name), w.text)]
            for m in w.finditer(before + re.escape(word) + after):
                if any(a <= m.start() and m.end() <= b for a, b in inside):
                    continue  # 評価の理由 inside 総合評価の理由: the field of the part, read as asked
                if _TOPIC_SAID.match(w.text, m.end()) or (w.text[m.start() - 1:m.start()] == "「"
                                                          and w.text[m.end():m.end() + 1] == "」"):
                    continue  # 「「課題」に触れている意見」: the word the records hold, no kind asked for
                said_as = _CLASS_SAID.match(w.text, m.end())
                if said_as and any(k != kind and re.search(re.escape(wd), w.text[said_as.end():]) for wd, k in KIND_WORDS):
                    continue  # 「課題として出された意見」: the opinions' class, read as the word they print
                found.append((m.start(), kind))
                w.consume(m.start(), m.end())
        # 「推進項目」「個別項目」 where no document prints the word: the asker's own name for the items, no word to
        # search for (a confident count of the records printing 推進 would be wrong). Read as the items, and said
        # unused, so that the answer says first that it could not use the word.
        if "practice" in self.lex.kinds:
            for m in w.finditer(r"(?<![一-龥ァ-ヶー])[一-龥]{2,4}項目(?![一-龥ァ-ヶー])"):
                if self.probe is None or self.probe(m.group(0)):
                    continue
                found.append((m.start(), "practice"))
                w.consume(m.start(), m.end())
                self._grammar_unused.append(m.group(0))
        # 「委員の意見で…に触れてるのはどの項目？」: 項目 alone asked as which one, of records said of another kind,
        # is the item those records belong to (the linked kind called …項目), not the practice items.
        said = {k for _, k in found}
        for i, (at, kind) in enumerate(found):
            if w.text[at:at + 2] != "項目" or not compiled(r"(?:どの|何の|なんの)\s*$").search(w.text[max(0, at - 4):at]):
                continue
            owners = {p for p, c in LINKS if c in said and c != kind and p != kind
                      and any(k == p and wd.endswith("項目") for wd, k in KIND_WORDS)}
            if len(owners) == 1:
                found[i] = (at, owners.pop())
        if any(k == "qa" for _, k in found) and self._meeting_questions_said():
            # (「（東部地区の質疑）回答が建築住宅課のものだけ」: the answer said as the subject of an office names who
            # answered (read with the office), not the questions asked anew)
            found = [(at, "comment" if k == "qa" else k) for at, k in found
                     if not (k == "qa" and compiled(r"回答\s*(?:が|は)").match(w.text, at))]
        found.sort()
        return found

    def _meeting_questions_said(self) -> bool:
        """「説明会で西部地区から出た質問」「財産活用課が回答した質問」: the questions put at a meeting and answered there by an
        office (comments numbered Q1…, kinds/generic/qa_turns.py), not a newsletter's readers' questions (qa): where the
        index holds such questions and the question says a meeting, a district, the answering office or what they were
        on — or where the index holds no readers' questions at all."""
        if "question_no" not in self.lex.columns.get("comment", set()):
            return False
        return "qa" not in self.lex.kinds or bool(_MEETING_QUESTION.search(self._asked))

    def _theme_names_as_titles(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「協働の推進の実践項目」 where no theme is printed so but one initiative is titled 「住民との協働の
        推進」: another name of a theme, said without テーマ, that lies inside exactly one initiative's
        title names that initiative (the index's themes are printed by their short names)."""
        free = w.free
        if compiled(r"テーマ|分野").search(free):
            return []
        for theme, names in self.lex.themes.items():
            for name in sorted(names, key=len, reverse=True):
                if name == theme or name not in free:
                    continue
                key = notation_key(name)
                owners = {(code, title) for (code, _), title in self.lex.initiative_titles.items()
                          if key in notation_key(title)}
                if len(owners) != 1:
                    continue
                m = re.search(re.escape(name) + r"(?![一-龥々ァ-ヶー])", free)
                if m is None:
                    continue  # (「デジタル化」: a word of its own that the name opens, no theme)
                code, title = owners.pop()
                w.consume(m.start(), m.end())
                hints.add("initiative")
                q.notes.append(f"「{name}」をテーマではなく取組項目「{title}」とみなしました")
                return self._title_conditions("initiative", code, title, "~=")
        return []

    def _owner_in_places(self, owners, text: str) -> tuple[str, str, str, str] | None:
        """Of records several documents title alike (two cities' 公共施設マネジメントの推進), the one in the
        documents of the municipality the question names (「大垣市の…」): (kind, code, title, source)."""
        places = place_names(text)
        if not places:
            return None
        picked = {(kind, code, title, source) for kind, code, title in owners
                  for source in self.lex.sources_of(kind, code, title)
                  if any(p in self.lex.document_titles.get(source, "") or p in source for p in places)}
        return picked.pop() if len(picked) == 1 else None

    def _inside_document_name(self, free: str, start: int, end: int) -> bool:
        """Whether the word at free[start:end] lies inside a longer compound (kanji, katakana) that a
        document's title holds: a name of the document said, not a word of its own."""
        left = start
        while left > 0 and compiled(r"[一-龥々ァ-ヶー]").match(free[left - 1]):
            left -= 1
        right = end
        while right < len(free) and compiled(r"[一-龥々ァ-ヶー]").match(free[right]):
            right += 1
        compound = nfkc(free[left:right])
        return right - left >= (end - start) + 3 and any(compound in title for title in self.lex.document_titles.values())

    def _theme_compound(self, free: str, start: int, end: int, theme: str) -> tuple[int, int]:
        """「公共施設がテーマ」: a theme's word said inside a longer compound that is part of another name of
        the same theme (公共施設 of 公共施設マネジメント) is the theme said by the whole compound; its other
        characters are no words of their own to look for."""
        names = [notation_key(n) for n in self.lex.themes.get(theme, ())]
        letter = compiled(r"[一-龥々ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]")
        while start > 0 and letter.match(free[start - 1]) and any(notation_key(free[start - 1:end]) in n for n in names):
            start -= 1
        while end < len(free) and letter.match(free[end]) and any(notation_key(free[start:end + 1]) in n for n in names):
            end += 1
        return start, end

    def _themes(self, w: _Work, hints: set[str], kinds_named: list[tuple[int, str]]) -> list[Condition]:
        if kinds_named and kinds_named[-1][1] not in ("practice", "initiative"):
            return []
        free = w.free
        words: list[tuple[int, int, str]] = []
        # The longest name first over every theme: a theme of a city's own wording (財政の健全化) holds
        # another's shorter name (財政), and the longer one said is the theme meant.
        named = sorted(((name, theme) for theme, names in self.lex.themes.items() for name in names if name in free),
                       key=lambda p: len(p[0]), reverse=True)
        for name, theme in named:
            for m in re.finditer(re.escape(name), free):
                if any(s < m.end() and m.start() < e for s, e, _ in words):
                    continue
                if compiled(r"[」』]?\s*(?:って|という(?:言葉|語)?|と|が|に)?\s*(?:出てくる|出て(?:い)?る|書かれ|書いて|触れ|言及)").match(free, m.end()):
                    continue  # 「デジタルって出てくる」「ICTに触れた」: a word of the text, not the theme
                if compiled(r"(?:意見|コメント)(?:の中)?\s*(?:に|で|には|では)\s*[「『]?\s*$").search(w.text[:m.start()]) and \
                        compiled(r"\s*[」』]?\s*(?:を|が)?\s*(?:含む|含まれる|含まない|含まれない|入って|ある)").match(free, m.end()):
                    continue  # 「意見に デジタル を含む」: a word the opinions hold, not the theme
                if compiled(r"[(（][一-龥]{1,2}[)）]").search(w.text) and (gloss := compiled(
                        r"(?:とか|や|・|、|と)?[^、。？?テ]{0,10}?(?:の)?(?:ほう|方|系|関係|関連)?の?(?=部署|部局|担当課)").match(free, m.end())):
                    w.consume(m.start(), gloss.end())
                    continue  # 「(財)の部、財政とか税のほうの部署」: the words gloss the bureau mark, not a theme
                if self._inside_document_name(free, m.start(), m.end()):
                    continue  # 「行財政改革推進プランで」: 財政 is part of the plan's name, not its theme
                start, end = self._theme_compound(free, m.start(), m.end(), theme)
                if any(s < end and start < e for s, e, _ in words):
                    continue
                words.append((start, end, theme))
        if not words:
            return []
        # A theme word counts only where the question talks about themes or has no other subject.
        if not (compiled(r"テーマ|分野").search(free) or kinds_named or self._context_target in ("practice", "initiative")):
            return []
        words.sort()
        themes = [t for _, _, t in words]
        out: list[Condition] = []
        tail = free[words[-1][1]: words[-1][1] + 16]
        # (「ICT テーマ入ってない」: a fragment typed with a space after the theme word)
        lead = len(tail) - len(tail.lstrip())
        tail = tail.lstrip()
        span = (words[0][0], words[-1][1])
        # 「施設がテーマに入っていて協働は入っていない」: each theme word with its own verb, when they differ.
        # (「「人材」は付いているが「ICT」は付いていない」: a quoted theme marked with its own verb)
        own_neg = [bool(compiled(r"[」』]?(?:が|を|は|の)?(?:テーマ|分野)?(?:には|に|が|を|は)?(?:含まれ|含ま|入って|入ら|入っ|付いて|ついて|付か|つか)(?:ない|ていない|てない|いない)").match(
                                 free[e:(words[n + 1][0] if n + 1 < len(words) else e + 16)]))
                   for n, (_, e, _) in enumerate(words)]
        # (「テーマが人材しかついていない」「人材しか入っていない」: しか with the negated verb says only that theme)
        if compiled(r"(?:テーマ|の|が|は)*(?:だけ|のみ)|(?:テーマ|の|が|は)*しか" + _ONLY_THEMES_VERB).match(tail):
            out.append(Condition("themes", "only", themes, f"テーマ = {'・'.join(themes)} のみ"))
        elif len(themes) > 1 and any(own_neg) and not all(own_neg) \
                and all(compiled(r"含|入|付い|つい|付か|つか").search(free[e:(words[n + 1][0] if n + 1 < len(words) else e + 16)])
                        for n, (_, e, _) in enumerate(words)):
            out += [Condition("themes", "not_has" if neg else "has", t, f"テーマ {'∌' if neg else '∋'} {t}")
                    for t, neg in zip(themes, own_neg)]
            w.take(r"(?:に|が|を)?(?:含まれ|含ま|入って|入っ)(?:ない|ていない|てない|いて|て|る|む)"
                   r"|(?:は|が)?(?:付いて|ついて|付か|つか)(?:いない|ない|いる|る)(?:が|けど|けれど(?:も)?)?")
        # (「施設のテーマ以外」: the theme word said with の before テーマ and its negation)
        # (「人材テーマの取組項目を除いた中で」: the records of the theme, left out)
        elif (excluded := None) or (neg := (compiled(r"(?:の)?(?:テーマ|分野)?(?:の(?:[一-龥]{1,4}項目|もの|" + _GAP + r"+))?(?:を|は)?" + _NEG).match(tail)
                     # 「ICTにも人材にも含まれない」: も after the particle, the verb negating every theme said
                     or compiled(r"(?:が|を|は|の)?(?:テーマ)?(?:には|に|が|を|は)?(?:も)?(?:含まれ|含ま|入って|入ら)(?:ない|ていない)").match(tail)
                     # (「財政もICTもテーマに入っていない」「財政とICTのどちらもテーマについていない」: every theme said
                     # before the one verb, も or どちらも before テーマ: neither)
                     or compiled(r"(?:の)?(?:どちら|どっち|いずれ)?も\s*(?:テーマ|分野)(?:には|に|が|を|は)?\s*" + _THEME_NOT_HELD).match(tail)
                     # (「財政もサービスも○がついていない」: も before the mark, the verb negating every theme said)
                     or compiled(r"(?:の)?(?:テーマ|分野)?(?:に|で)?(?:も)?\s*[○◯〇●]\s*(?:が|の)?\s*(?:つい|付い)て(?:い)?ない").match(tail)
                     # (「人材にも○がついているものを除いた残り」: the records marked with the theme, left out)
                     # (「財政テーマにも○があるものを除いて」: the mark that is there, said with ある)
                     or (excluded := compiled(r"(?:の)?(?:テーマ|分野)?(?:に|で)?(?:も)?\s*[○◯〇●]\s*(?:が|の)?\s*(?:(?:つい|付い)て(?:い)?る|ある)"
                                              r"(?:もの|の|取組項目|項目)?(?:を|は)?" + _NEG).match(tail))
                     or self._negated_verb_after(w, words[-1][1], r"(?:が|を|は|の)?(?:テーマ|分野)?(?:に|と|で|が|は)?(?:も)?"))):
            # (「ICTテーマだけど財政テーマ入ってない」: a contrast between them; the negation reaches past it only)
            first = negated_from(free, [(s, e) for s, e, _ in words])
            if neg is excluded:
                # 「サービスに○がついているもののうち協働にも○がついているものを除いた」: only the theme said
                # just before the excluding words is left out. (「財政とサービスに○がついているものを除いた」
                # leaves out those marked with both, which no condition per theme says: left unread.)
                first = max(first, len(words) - 1)
                if len(words) > 1 and compiled(r"(?:に)?(?:も|と|や|、|・|,|及び|および)\s*").fullmatch(
                        free[words[-2][1]:words[-1][0]]):
                    out += [Condition("themes", "has", t, f"テーマ ∋ {t}") for t in themes]
                    for s, e, _ in words:
                        w.consume(s, e)
                    hints.add("initiative" if not kinds_named else kinds_named[-1][1])
                    return out
            out += [Condition("themes", "not_has" if n >= first else "has", t, f"テーマ {'∌' if n >= first else '∋'} {t}")
                    for n, t in enumerate(themes)]
            stop = min(len(free), words[-1][1] + (lead if neg.string is tail else 0) + neg.end())
            w.consume(words[-1][1], stop)  # the negation is attached: used
            if rest := compiled(r"(?:の)?残り").match(w.free, stop):
                w.consume(rest.start(), rest.end())  # 「…を除いた残り」: the rest is what the negation leaves
        elif len(themes) > 1 and compiled(r"か(?!つ)|または|又は|あるいは|もしくは|いずれか|どちらか").search(free[span[0]:span[1]]):
            out.append(Condition("themes", "has_any", themes, f"テーマ ∋ {' または '.join(themes)}"))
        else:
            out += [Condition("themes", "has", t, f"テーマ ∋ {t}") for t in themes]
        for s, e, _ in words:
            w.consume(s, e)
        # (「ICTのテーマに○がついてる」: the table of themes marks each initiative's themes with ○)
        w.take(r"(?:だけ|のみ)|しか" + _ONLY_THEMES_VERB + r"|(?:の)?(?:両方|いずれも|どちらも)|(?:テーマ|分野)?(?:に|で)?\s*[○◯〇●]\s*(?:が|の)?\s*(?:つい|付い)(?:て(?:い)?る|た)"
               r"|テーマ|分野|(?:に|が|を)?(?:含まれ|含ま|入って)(?:ない|ていない|る|む)")
        hints.add("initiative" if not kinds_named else kinds_named[-1][1])
        return out

    @staticmethod
    def _grade_again(w: _Work, context: Query) -> list[Condition]:
        """「総合評価Bの実践項目」→「やっぱりAで」: a bare grade replaces the grade the previous question
        asked for."""
        before = [c for c in context.conditions if c.op == "=" and isinstance(c.value, str)
                  and compiled(r"[A-D]").fullmatch(c.value)]
        m = compiled(r"(?<![A-Za-z])([A-DＡ-Ｄ])(?![A-Za-z])").search(w.free)
        asked = context.value_field
        if not before and m and (asked in ("overall", "self_overall") or is_year_field(asked)):
            # 「それぞれの自己評価は？」→「そのうちAのものだけ」: the grade the previous answer showed
            grade = unicodedata.normalize("NFKC", m.group(1))
            w.consume(m.start(), m.end())
            return [Condition(asked, "=", grade, f"{field_label(asked)} = {grade}")]
        if not before or not m:
            return []
        grade = unicodedata.normalize("NFKC", m.group(1))
        old = before[-1]
        w.consume(m.start(), m.end())
        return [Condition(old.field, "=", grade, old.label.replace(f"= {old.value}", f"= {grade}"))]

    @staticmethod
    def _number_again(w: _Work, context: Query) -> list[Condition]:
        """「委員評価が4.3の取組項目」→「じゃあ4.1のは？」: a number alone replaces the one number the previous
        question compared a score with (the same comparison)."""
        before = [c for c in context.conditions if c.field in _SCORE_FIELDS and c.op in ("=", ">=", "<=", ">", "<")
                  and isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
        m = compiled(r"^\s*(?:じゃあ|では|なら|それなら|じゃ)?[、,]?\s*(\d+(?:\.\d+)?)\s*(?:点)?\s*(?:の(?:もの|やつ)?)?(?:は|って|だと)?\s*[?？]?\s*$").match(w.free)
        if len(before) != 1:
            return []
        old = before[0]
        if not m:
            # 「4.0以上の取組項目は何件？」→「じゃあ逆に4.0未満のものを番号で」: a number with its own comparison
            # replaces the comparison of the one score compared before
            m = _NUMBER_COMPARED_AGAIN.match(w.free)
            if not m:
                return []
            op = _COMPARED_WORDS[m.group(2)]
            value = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
            w.consume(m.start(1), m.end(2))
            if m.group(3):
                w.consume(m.start(3), m.end(3))
            return [Condition(old.field, op, value, f"{field_label(old.field)} {_OP_SIGN[op]} {m.group(1)}")]
        value = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
        w.consume(m.start(1), m.end(1))
        return [Condition(old.field, old.op, value, old.label.replace(str(old.value), m.group(1)))]

    def _asks_part_figure(self, target: str, conds: list[Condition]) -> bool:
        """「Ｒ６に目標を達成した事業」: a condition on a figure only the records' yearly parts hold (達成率 of a form's
        indicator by year); the year said is then the year of that figure (execute reads it so), not a grade's.
        (Only where the question says that one year: in 「R4からR6までずっと」 the second year bounds a span.)"""
        own = self.lex.columns.get(target, set())
        parts = [child for parent, child in LINKS if parent == target and "year" in self.lex.columns.get(child, ())]
        return any(c.field not in own and not c.field.startswith("@") and c.field != "text"
                   and any(c.field in self.lex.columns.get(p, ()) for p in parts) for c in conds)

    def _parts_with_years(self, target: str) -> bool:
        return any(parent == target and "year" in self.lex.columns.get(child, ()) for parent, child in LINKS)

    @staticmethod
    def _names_document(text: str, named: tuple[int, str]) -> bool:
        """Whether the kind word said at `named` names the whole document (事務事業評価シート), not
        one kind of its records (取組項目)."""
        position, kind = named
        label = document_label(document_kinds().get(kind, ""))
        return any(text.startswith(word, position) and word in label for word, k in KIND_WORDS if k == kind)

    def _child_holding(self, target: str, conds: list[Condition], asked: str = "") -> str:
        """「公共施設等への民間活力の活用のうち、R5までに取組が完了したもの」: a named record with a
        condition only its children have asks for those children; so does a field only they hold,
        asked of it (「動物火葬場の廃止の進捗度の理由は？」)."""
        fields = {c.field for c in conds if not c.field.startswith("@") and c.field != "text"}
        if asked and asked not in self.lex.columns.get(target, ()):
            fields.add(asked)
        missing = {f for f in fields if f not in self.lex.columns.get(target, ())}
        if not missing:
            return target
        for (parent, child) in LINKS:
            if parent == target and missing <= set(self.lex.columns.get(child, ())):
                return child
        return target

    @staticmethod
    def _negated_verb_after(w: _Work, end: int, lead: str) -> re.Match | None:
        """「ICTがテーマになっていない」: a negated verb (any inflection, as Sudachi read it) after the
        words `lead` allows; the match runs from `end` to the verb's end."""
        m = compiled(lead).match(w.free, end)
        verb = w.negated_at.get(m.end()) if m else None
        if not verb or verb[1] not in ("", "include"):
            return None
        return compiled(".{%d}" % (verb[0] - end), re.S).match(w.free, end)

    def _bare_years(self, w: _Work, dated: bool = False) -> list[str]:
        """Years left over; with `dated` (a kind of dated records is named), the verb of holding after a
        year (令和元年に開催された) says the year is the records' date and is used with it."""
        free = w.free
        out = []
        for y in find_years(free):
            # (a consumed character is white space to the pattern's trailing \s*: 「R4」 before one)
            end = y.start + len(free[y.start:y.end].rstrip(_GAP + " "))
            if _GAP in free[y.start:end]:
                continue
            out.append(y.label)
            w.year_texts[y.label] = w.text[y.start:end].strip()
            w.consume(y.start, end)
            held = _HELD.match(free, end) if dated else None
            if held:
                w.consume(held.start(), held.end())
            bound = compiled(r"\s*(以降|以後|から|より後|以前|まで|までに|より前)").match(free, end)
            if bound:
                w.year_ops[y.label] = ">=" if bound.group(1) in ("以降", "以後", "から", "より後") else "<="
                if bound.group(1) in ("より後", "より前"):
                    w.year_ops[y.label] = w.year_ops[y.label][0]
                w.consume(bound.start(1), bound.end(1))
        return out

    def _everyday_read(self, kws: list, question: str, q: Query, quoted) -> list:
        """Everyday words of the question read as the documents' terms (grammar/everyday_terms.py):
        - 「ゴミ関係（ゼロごみ推進課が担当）」「ゴミとか環境の部、(環)」「市の建物…テーマ（施設）」: a word glossing a
          department, bureau mark or theme the question already names is that condition, no word to find;
        - 「税金の集め方（滞納とか納税）」「お年寄り（高齢者）」: a word glossed by words in brackets after it is any
          of them (one alternative, never all required);
        - a word that finds nothing as typed (in no record's name, or nowhere in the text) is sought with its
          terms, and a word of the reading's context (支払い for スマホ → キャッシュレス) is part of the reading.
        The answer says how each word was read."""
        named = []
        for c in q.conditions:
            if c.field == "text" or c.op.startswith("not"):
                continue
            for v in (c.value if isinstance(c.value, (list, tuple)) else [c.value]):
                if isinstance(v, str) and v:
                    named.append((c.field, _hiragana(v), c.label))
        out: list = []
        drop_context: list[str] = []
        items = [list(k) if isinstance(k, list) else k for k in kws]
        for i, kw in enumerate(items):
            # 「『税金の集め方』で」: a resident's phrase quoted as said (a noun phrase, 「<word>の…」), which the
            # documents never print, opening with an everyday word: that word is what is sought (read as the other everyday words are).
            if isinstance(kw, str) and kw in quoted and self.probe and not self.probe(kw):
                head = next((h for h in sorted(everyday_words(), key=len, reverse=True)
                             if re.fullmatch(re.escape(h) + r"の[一-龥ぁ-んァ-ヶー]{1,6}", kw) and everyday_reading(h, question)), "")
                if head:
                    q.notes.append(f"「{kw}」は資料にない言い方のため、「{head}」の話と読みました")
                    items[i] = head
        for i, kw in enumerate(items):
            said = kw if isinstance(kw, list) else [kw]
            kept: list[str] = []
            for word in said:
                entry = None if word in quoted else everyday_reading(word, question, any_context=True)
                if entry is None:
                    kept.append(word)
                    continue
                forms = [_hiragana(x) for x in (word,) + entry.terms]
                glossed = next((label for fld, v, label in named
                                if any(f in v for f in forms) or (fld == "@bureau" and any(f.startswith(v) for f in forms))), "")
                if glossed:
                    q.notes.append(f"「{word}」は「{glossed}」の言い換えと読みました")
                    continue
                kept.append(word)
            if kept:
                out.append(kept if isinstance(kw, list) else kept[0])
        result: list = []
        taken: set[int] = set()
        for i, kw in enumerate(out):
            if i in taken:
                continue
            said = kw if isinstance(kw, list) else [kw]
            words = list(said)
            read: list[str] = []
            for word in said:
                entry = None if word in quoted else everyday_reading(word, question)
                if entry is None:
                    continue
                at = question.find(word)
                bracket = compiled(r"[^（(、。？?]{0,10}?[（(]([^（()）]{1,40})[)）]").match(question, at + len(word)) if at >= 0 else None
                inside = [j for j, other in enumerate(out) if j != i and j not in taken and bracket
                          and all(o in bracket.group(1) for o in (other if isinstance(other, list) else [other]))]
                if inside:
                    for j in inside:
                        taken.add(j)
                        words += [o for o in (out[j] if isinstance(out[j], list) else [out[j]]) if o not in words]
                    if not (self.probe and self.probe(word)):  # (a word the documents never print: its terms too)
                        words += [t for t in entry.terms if t not in words]
                        read.append(f"「{word}」を括弧の中の語と「{'・'.join(entry.terms)}」のどれかとして探しました")
                    else:
                        read.append(f"「{word}」を括弧の中の語のどれかとして探しました")
                    continue
                if self.probe and self.probe(word) and any(word in t for t in self._all_titles):
                    continue  # the documents name records so: the word as typed
                words += [t for t in entry.terms if t not in words]
                read.append(f"「{word}」を「{'・'.join(entry.terms)}」として探しました")
                if entry.context:
                    drop_context.append(entry.context)
            q.notes.extend(read)
            result.append(words if len(words) > 1 or isinstance(kw, list) else words[0])
        if drop_context:
            pattern = compiled("|".join(f"(?:{c})" for c in drop_context))
            kept_result = []
            for kw in result:
                if isinstance(kw, str) and kw not in quoted and len(kw) <= 4 and pattern.search(kw) and not any(
                        kw in e.words for e in (everyday_reading(kw, question),) if e):
                    q.notes.append(f"「{kw}」は言い換えた語の意味に含まれるものと読みました")
                    continue
                kept_result.append(kw)
            result = kept_result
        return result

    def _keywords(self, w: _Work) -> list[str]:
        """Runs of content nouns left over; two runs are joined with what lies between them when the
        documents contain the joined text (まんまるよやく申請書等: Sudachi cuts names at hiragana)."""
        from assistant.text.tokenize import _tokenizer  # the one shared Sudachi instance

        out: list[str] = []
        offset = -1
        for chunk in w.free.split(_GAP):
            offset += 1  # where the chunk starts in the question (after the consumed character)
            at, offset = offset, offset + len(chunk)
            # 「何回開催された」: a counter after 何 asks; it never starts a keyword (回開催).
            chunk = _ASKED_COUNTER.sub(lambda m: " " * len(m.group(0)), chunk)
            if _WHO_ASKED.search(w.text):
                # 「評価委員会の委員長は誰？」: the title of the person asked (委員長, 会長, 座長) is the word to find,
                # though Sudachi cuts it as a stop noun and a suffix (委員|長); the roster's line naming the one who
                # holds it (「委員長 砺波 直哉」) is then ranked first by the person it names.
                for m in _ROLE_TITLE.finditer(chunk):
                    self._flush([m.group(0)], out)
                    chunk = chunk[:m.start()] + " " * len(m.group(0)) + chunk[m.end():]
            if not chunk.strip():
                continue
            runs: list[list[int]] = []  # [start, end] character offsets in chunk
            bounds: set[int] = set()  # where the morphemes of the chunk begin
            stop_ending: dict[int, int] = {}  # stop nouns (評価, 担当, …) by where they end -> start
            stop_starting: dict[int, int] = {}  # … by where they start -> end
            current: list[int] | None = None
            verb: int | None = None  # where a verb in its 連用形 just before began (待ち|時間)
            for m in _tokenizer().tokenize(chunk):
                pos = m.part_of_speech()
                surface = m.surface()
                bounds.add(m.begin())
                if pos[0] == "名詞" and surface in self.stop_nouns:
                    stop_ending[m.end()] = m.begin()
                    stop_starting[m.begin()] = m.end()
                content = (pos[0] == "名詞" and pos[1] not in ("代名詞",) and surface not in self.stop_nouns) or \
                    pos[0] == "接頭辞" or (pos[0] == "接尾辞" and pos[1] == "名詞的" and current)
                if content and at > 0 and m.begin() == 0 and pos[0] == "名詞" and _HIRAGANA_WORD.fullmatch(surface) \
                        and not _noun_in_context(w.text, at):
                    # 「取組終了したの、」: cut from the noun a rule took, 「したの、」 reads as 下|の; with the
                    # noun before it, it is the verb's ending (終了|し|た), nothing to search for.
                    content = False
                start, verb = verb, (m.begin() if current is None and pos[0] == "動詞" and pos[5].startswith("連用形") else None)
                if content and current is None and start is not None and pos[0] == "名詞" and self.probe \
                        and self.probe(chunk[start:m.end()]):
                    # 「待ち時間」: a verb's 連用形 and a noun make one word where the documents print it so.
                    current = [start, m.end()]
                    continue
                if content:
                    if current is None:
                        current = [m.begin(), m.end()]
                    else:
                        current[1] = m.end()
                elif current is not None:
                    runs.append(current)
                    current = None
            if current is not None:
                runs.append(current)
            merged: list[list[int]] = []
            for run in runs:
                gap = chunk[merged[-1][1]:run[0]] if merged else ""
                # Never across a particle: 「指定管理を導入」 is two things to find, not one name.
                # Nor across a space the user typed: 「AI 導入」 is two words, as in a search box.
                if merged and self.probe and run[0] - merged[-1][1] <= 4 and gap not in _PARTICLES \
                        and not any(ch.isspace() for ch in gap):
                    joined = chunk[merged[-1][0]:run[1]]
                    if self.probe(joined):
                        merged[-1][1] = run[1]
                        continue
                merged.append(run)
            for run in merged:
                # 評価|基準: a stop noun joined to the run when the documents use the compound.
                if self.probe and run[0] in stop_ending and self.probe(chunk[stop_ending[run[0]]:run[1]]):
                    run[0] = stop_ending[run[0]]
                if self.probe and run[1] in stop_starting and self.probe(chunk[run[0]:stop_starting[run[1]]]):
                    run[1] = stop_starting[run[1]]
            for start, end in merged:
                # 「吾妻郡6町村」: the number before a counter the grammar took counts the place's towns;
                # it is no part of the place's name to find.
                place_count = re.fullmatch(r".+[郡県市町村区]([0-9０-９]+)", chunk[start:end])
                end = place_count.start(1) + start if place_count else end
                word = chunk[start:end]
                ordinal = re.match(r"第\s*\d{1,3}\s*[回次期号]", word)
                if self.probe and ordinal and len(word) - ordinal.end() >= 2 and not self.probe(word):
                    # 「第2回行財政改革推進」 where the minutes print 第2回豊岡市行財政改革推進委員会: the
                    # ordinal and the name are found apart (the city's name said first sits between them)
                    self._flush([word[:ordinal.end()]], out)
                    self._flush([word[ordinal.end():]], out)
                    continue
                figure = re.search(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|割|倍|ポイント)", word)
                if self.probe and figure and len(word) - figure.end() >= 2 and not self.probe(word):
                    # 「34%削減のほうは？」 where the text prints 34%の運用コスト削減: the figure and the word after
                    # it are found apart (each in the record); so is a word before it (「運用コスト34%削減見込み」)
                    if figure.start() >= 2:
                        self._flush([word[:figure.start()]], out)
                    self._flush([word[figure.start():figure.end()]], out)
                    self._flush([word[figure.end():]], out)
                    continue
                cut = [b for b in sorted(bounds) if start < b < end]
                if self.probe and cut and not self.probe(word):
                    # 「自治体クラウド導入」 where the documents print 自治体クラウドの導入: the phrase with
                    # の (or を) between two of its words, when the documents print it so (its words
                    # apart elsewhere are no such phrase: 「共同運行」 is not 共同…運行).
                    spelled = next((f"{word[:b - start]}{p}{word[b - start:]}" for b in cut for p in "のを"
                                    if self.probe(f"{word[:b - start]}{p}{word[b - start:]}")), None)
                    if spelled:
                        self._flush([spelled], out)
                        ctx = getattr(self, "ctx", None)
                        if ctx is not None:
                            ctx.notes.append(f"「{word}」は資料の書き方「{spelled}」で探しました")
                        continue
                self._flush([word], out)
        return out

    def content_words(self, question: str) -> list[str]:
        """The nouns of a whole question (kind and field words included), for searching prose."""
        from assistant.text.tokenize import morphemes

        out: list[str] = []
        run: list[str] = []
        for m in morphemes(normalize_question(question)):
            pos = m.part_of_speech()
            if m.surface().startswith("何") and len(m.surface()) <= 3:
                self._flush(run, out)  # 「何人出席」: 何人 asks; the word sought is 出席
                run = []
                continue
            if pos[0] == "名詞" and pos[1] != "代名詞" or (pos[0] == "接尾辞" and run):
                run.append(m.surface())
                if pos[2] in ("助数詞", "助数詞可能") and len(run) > 1 and run[-2].isdigit():
                    self._flush(run, out)  # 「2回行財政改革推進委員会」: a count ends its word
                    run = []
                continue
            self._flush(run, out)
            run = []
        self._flush(run, out)
        return out[:6]

    def _flush(self, run: list[str], out: list[str]) -> None:
        word = "".join(run).strip()
        while word and word[-1] in "のをがはにでと":
            word = word[:-1]
        if word and self.probe:
            full = short_forms.in_full(word, self.probe)  # (スマホ講座 where the documents print スマートフォン講座)
            if full != word:
                if hasattr(self, "_said_short"):
                    self._said_short[word] = full
                word = full
            year = calendar_years.as_printed(word, self.probe)  # (2017年 where the documents print 平成29年)
            if year != word:
                if hasattr(self, "_said_short"):  # (said → sought, as a short form said in full: no word unused)
                    self._said_short[word] = year
                ctx = getattr(self, "ctx", None)
                if ctx is not None:
                    ctx.notes.append(f"「{word}」は資料の書き方「{year}」で探しました")
                word = year
            core = short_forms.common_core(word, self.probe)  # (新型コロナ where コロナ禍 is printed too)
            if core != word:
                if hasattr(self, "_said_core"):
                    self._said_core[word] = core
                word = core
        # A lone letter or kanji (書, 課, 号) says too little to search for.
        if word and len(word) > 1 and word not in self.stop_nouns and not compiled(r"[\d.]+").fullmatch(word) and word not in out:
            out.append(word)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _names_record(conds: list[Condition]) -> bool:
        """A condition naming a thing (a record, a department, a 部会, a place) starts a new topic
        unless the question says it refines; grades, scores and years do not."""
        # (「Nだけ」: the items added later are a class of records, as a grade is, no record named)
        # (「最後の取組項目」: a record named by its place in the list, grammar/list_places.py)
        return any(c.field.startswith(("@title", "@place:")) or c.field in ("@no", "code", "@dept", "subcommittee", "places")
                   and not (c.field == "code" and c.op in ("added", "not_added"))
                   for c in conds)

    def _bare_year_condition(self, target: str, label: str, dated: bool = False) -> list[Condition]:
        if target in ("sheet_entry", "challenge", "self_eval", "indicator") or \
                ("year" in fiscal_year_fields(target) and "year" in self.lex.columns.get(target, ())):
            # A record of one year (取組内容, 指標, モデル事業): 「令和の」 is 令和元年度以降 (normalize_question).
            op = getattr(self, "_year_ops", {}).get(label, "=")
            return [Condition("year", op, label, f"年度 {_OP_SIGN.get(op, op)} {label}")]
        if "settlement_year" in self.lex.columns.get(target, ()):
            # 「令和3年度決算額」: the year of the figures a sheet prints.
            return [Condition("settlement_year", "=", label, f"決算年度 = {label}")]
        fy = label_to_fy(label)
        fld = self.ctx.year_field(fy) if fy else None
        if fld and (target == "practice" or fld in self.lex.point_years_by_kind.get(target, ())):
            # (a group graded each year in points or their mean, 柱① 3.4: its year said is its grade's year)
            return [Condition(fld, "evaluated", None, f"{label} に評価あり")]
        dated = [f for f in date_fields(target) if f in self.lex.columns.get(target, ())] if dated else []
        if fy and dated:
            # 「令和元年に開催された」: records dated in that calendar year (a 年度 runs April to March).
            written = getattr(self, "_year_texts", {}).get(label, label)
            fiscal = "年度" in written
            start, end = (f"{fy}-04-01", f"{fy + 1}-03-31") if fiscal else (f"{fy}-01-01", f"{fy}-12-31")
            op = getattr(self, "_year_ops", {}).get(label, "=")  # 「平成の」 is 平成31年度以前
            if op in (">=", ">"):
                start, end, written = (start if op == ">=" else f"{fy + 1}-04-01"), "9999-12-31", written + "以降"
            elif op in ("<=", "<"):
                start, end, written = "0001-01-01", (end if op == "<=" else f"{fy}-03-31"), written + "以前"
            shown = f"{'' if start.startswith('0001') else start}〜{'' if end.startswith('9999') else end}"
            return [Condition(dated[0], "date_between", [start, end],
                              f"{field_label(dated[0], target)}が{written}（{shown}）")]
        return []

    def _two_records(self, q: Query) -> None:
        """「取組項目6と取組項目7の委員評価の差」: the two records named on one field become one condition,
        their order kept in agg_parts (first less second). Anything but two records has no such
        difference: the word is said to be unused and the field's values are shown."""
        pairs = [c for c in q.conditions if c.op == "in" and _names_one(c) and len(c.value) == 2]
        if len(pairs) != 1:
            q.value_field, q.aggregate, q.agg_field = q.agg_field, "", ""
            self._grammar_unused.append("差")
            return
        codes = [str(v) for v in pairs[0].value]
        # (in the order the question names them: titles are found longest first)
        said = notation_key(q.question)
        of_kind = {"initiative": self.lex.initiative_titles, "practice": self.lex.practice_titles}.get(q.target, {})
        titles = {code: t for (code, _), t in of_kind.items()}

        def at(code: str) -> int:
            key = notation_key(titles.get(code, "")).translate(UNQUOTED)
            found = said.find(key[:max(4, len(key) // 2)]) if key else -1
            found = found if found >= 0 else said.find(code)
            return found if found >= 0 else len(said)
        places = {code: at(code) for code in codes}
        q.agg_parts = sorted(codes, key=places.get) if all(n < len(said) for n in places.values()) else codes

    def _two_groups(self, q: Query) -> None:
        """「自己評価がAの取組項目とBの取組項目で…の差」: the first group is the one condition the first value
        completed; the second group is that condition with the second value (the executor swaps it).
        Without exactly one such condition there are no two groups: the second value is said unused."""
        agg, first, second = q.agg_parts[:3]
        sides = [c for c in q.conditions if (c.op in ("=", "chair_sole") or c.op == "has" and c.field == "themes")
                 and str(c.value) == first]  # a grade, a department, a theme, the city chairing
        if len(sides) != 1:
            q.aggregate, q.agg_parts = agg, []
            self._grammar_unused.append(second)

    def _part_by_name(self, text: str, target: str, conds: list[Condition]) -> tuple[str, str]:
        """「公有財産の…の自己評価」: after a named record, the name of a kind of its parts that is no kind
        word of its own (自己評価 is also the 取組項目's field) asks for those parts. Returns the part's
        kind and the text after its name."""
        if not self._names_record(conds):
            return "", ""
        words = {w for w, _ in KIND_WORDS}
        for parent, child in LINKS:
            name = _kind_ja(child)
            at = text.find("の" + name)
            if parent == target and name not in words and child in self.lex.kinds and at >= 0:
                return child, text[at + len(name) + 1:]
        return "", ""

    def _same_as_previous(self, c: Condition, context: Query | None, rows: list[dict],
                          target: str) -> list[Condition] | None:
        """The conditions of 「同じ<kind or field>の(他の)…」 read from the previous answer's one record;
        None when there is no such record or it has no single value to share."""
        keys = list(dict.fromkeys(str(r.get("key", "")) for r in rows))
        extreme = context.agg_field if context is not None and context.aggregate in ("max", "min") and not context.group_by else ""
        if extreme and c.value.get("field") in ("@asked", extreme) and rows and context.target in ("", target) \
                and extreme in self.lex.columns.get(target, set()) \
                and len({str(r.get(extreme)) for r in rows}) == 1 and rows[0].get(extreme) not in (None, ""):
            # 「（総合評価で一番低いのは？）その評価になっている実践項目」: the extreme value the records before share
            value = rows[0][extreme]
            return [Condition(extreme, "=", value, f"{field_label(extreme, target)} = {value}（前の回答の値）")]
        if context is None or len(keys) != 1 or not target:
            return None
        row = rows[0]
        kind, _, code = keys[0].partition(":")
        cols = self.lex.columns.get(target, set())
        if "kind" in c.value:
            parent = c.value["kind"]
            value = code if kind == parent else row.get(parent)
            fld = LINKS.get((parent, target)) or (parent if parent in cols else "")
            if parent == target or not fld or value in (None, ""):
                return None
            out = [Condition(fld, "=", str(value), f"{_kind_ja(parent)} = {value}（前の回答の{_kind_ja(kind)} {code} と同じ）")]
        else:
            fld = c.value["field"]
            if fld == "@asked":
                fld = context.value_field
            value = row.get(fld) if fld else None
            if not fld or fld not in cols or value in (None, "", []) or isinstance(value, dict):
                return None
            shown = "・".join(map(str, value)) if isinstance(value, list) else value
            label = f"{field_label(fld, target)} = {shown}（前の回答の{_kind_ja(kind)} {code} と同じ）"
            if isinstance(value, list) and fld != "departments":
                return None  # a list of themes shares one or all of them: not said
            # A record of several departments shares one of them with those of 「同じ担当部署」.
            out = [Condition("@dept", "=", value, label) if fld == "departments" else Condition(fld, "=", value, label)]
        if c.value.get("others") and kind == target:
            out.append(Condition("code", "!=", code, f"前の回答の{_kind_ja(kind)} {code} を除く"))
        return out


    def _yearly_part(self, text: str, target: str, conds: list[Condition]) -> str:
        """「R5の自己評価で進捗度が1」: a year said right before the name of a yearly part (one that is no
        kind word of its own) asks for that year's parts, when the conditions are fields of the part:
        the parent's own scores are its summary's, another thing."""
        fields = {c.field for c in conds if not c.field.startswith("@") and c.field != "text"}
        if not fields:
            return ""
        words = {w for w, _ in KIND_WORDS}
        for parent, child in LINKS:
            name, cols = _kind_ja(child), set(self.lex.columns.get(child, ()))
            if parent == target and name not in words and "year" in cols and fields and fields <= cols \
                    and re.search(_YEAR + r"\s*(?:の|における|での)\s*" + re.escape(name), text):
                return child
        return ""

    def _yearly_grades(self, context: Query | None, context_rows: list[dict], kinds_named: list[tuple[int, str]],
                       conds: list[Condition], keywords: list[str], q: Query,
                       marks: set[str]) -> tuple[str, str, list[str]] | None:
        """「AIの活用の実践項目」→「それぞれR4の評価は？」: one year's grade of each of the records just
        listed is a row of their yearly grades (the kind of parts holding a year and a grade), one per
        record; the year becomes that part's condition (appended to conds). One record alone keeps its
        own field (「実践項目51」→「R4の評価は？」 answers A)."""
        fld = q.value_field
        if context is None or not fld or not is_year_field(fld) or kinds_named or keywords or conds or q.aggregate:
            return None
        codes = list(dict.fromkeys(str(r.get("code")) for r in context_rows
                                   if str(r.get("key", "")).startswith(context.target + ":")))
        # 「それぞれ」 says each of them, however many; without it only a few records are what it is about.
        if not codes or ("each" not in marks and not 2 <= len(codes) <= _FEW):
            return None
        part = next((child for (parent, child) in LINKS if parent == context.target
                     and {"year", "grade"} <= set(self.lex.columns.get(child, ()))), "")
        if not part:
            return None
        year = fld.upper()
        conds.append(Condition("year", "=", year, f"年度 = {year}"))
        q.value_field = "grade"
        return part, LINKS[(context.target, part)], codes

    def _previous_records(self, context: Query | None, context_rows: list[dict], kinds_named: list[tuple[int, str]],
                          conds: list[Condition], keywords: list[str], q: Query,
                          marks: set[str], text: str = "") -> tuple[str, str, list[str]] | None:
        """(kind asked, its field holding the previous records' codes, those codes) when a short follow-up
        that names nothing of its own asks for a part (取組内容) or a field (締め切り, 実績) of the few
        records the previous answer was about, and the previous question's conditions cannot say it:
        a part is another kind, and a search's conditions are words, not records."""
        # 「ふるさと納税の推進」→「令和7年度の実績は？」: a field the item lacks and a part of it holds by year (its
        # indicator's yearly values): the year said is the part's year, not the item's grade that year.
        if context is not None and q.value_field and q.value_field not in self.lex.columns.get(context.target, ()) \
                and any(c.op == "evaluated" for c in conds) and any(
                    parent == context.target and {q.value_field, "year"} <= set(self.lex.columns.get(child, ()))
                    for parent, child in LINKS):
            conds[:] = [Condition("year", "=", c.field.upper(), f"年度 = {c.field.upper()}") if c.op == "evaluated" else c
                        for c in conds]
        # A year of the part (「R6の課題」) is no record of its own: it narrows the parts asked. Words said with
        # a field of a year the previous records lack (「令和7年度の寄附額の実績は？」 after an item's grades) narrow
        # the yearly part that holds it (its indicator's name), so they do not make it a new question.
        elsewhere = bool(context and q.value_field and q.value_field not in self.lex.columns.get(context.target, ())
                         and any({q.value_field, "year"} <= set(cols) for cols in self.lex.columns.values()))
        if context is None or not context_rows or (keywords and not elsewhere) \
                or any(c.field not in ("year", "@part_year") for c in conds) or q.aggregate:
            return None
        # Without a follow-up word (「R6の課題とその解決方法」) only one record before is what it is about.
        one = len({str(r.get("key", "")) for r in context_rows}) == 1
        if not marks & {"refines", "asks_again", "followup"} and not one:
            return None if kinds_named else self._owner_holding(q.value_field, context, context_rows)
        words = {w for w, _ in KIND_WORDS}
        # A part named by its own name that is no kind word (自己評価) is asked as the kind.
        named_part = next((child for _, child in LINKS if _kind_ja(child) in text and _kind_ja(child) not in words), "")
        asked_kind = kinds_named[-1][1] if kinds_named else named_part
        asked_field = "" if asked_kind else q.value_field
        if not asked_kind and not (asked_field and asked_field not in self.lex.columns.get(context.target, ())):
            return None
        found: dict[str, list[str]] = {}
        for row in context_rows:
            kind, _, code = str(row.get("key", "")).partition(":")
            code = code.split("@", 1)[0]  # (a second report's 3@file is 3 to its parts, in the same file)
            if kind in self.lex.kinds and code not in found.setdefault(kind, []):
                found[kind].append(code)
        few = {k: codes for k, codes in found.items() if len(codes) <= _FEW}
        if asked_kind:
            direct = next(((asked_kind, LINKS[(k, asked_kind)], codes) for k, codes in few.items()
                           if (k, asked_kind) in LINKS), None)
            # (a record naming the previous one in a field of its own: an opinion on one item, not its group's)
            named = next(((asked_kind, k, codes) for k, codes in few.items()
                          if k != asked_kind and k in self.lex.columns.get(asked_kind, ())), None)
            return direct or named or self._sibling_parts(asked_kind, few, context_rows)
        # The records that hold the field themselves, else the one record whose parts hold it.
        held = [(k, "code", codes) for k, codes in few.items() if asked_field in self.lex.columns.get(k, ())]
        parts = [(child, LINKS[(k, child)], codes) for k, codes in few.items() if len(codes) == 1
                 for parent, child in LINKS if parent == k and asked_field in self.lex.columns.get(child, ())]
        # 「…の進捗管理シートを見せて」→「令和6年度の実績は？」: a part of the record the previous rows are
        # parts of that holds the field (the sheet's practice item's yearly values), when only one does.
        siblings = list(dict.fromkeys(s for k in few for (p, c) in LINKS if c == k for (p2, s) in LINKS
                                      if p2 == p and s != k and asked_field in self.lex.columns.get(s, ())))
        sibling = self._sibling_parts(siblings[0], few, context_rows) if len(siblings) == 1 else None
        return next(iter(held + parts), None) or self._owner_holding(asked_field, context, context_rows) or sibling

    def _owner_holding(self, asked_field: str, context: Query, context_rows: list[dict]) -> tuple[str, str, list[str]] | None:
        """「それに対する委員の意見」→「委員評価は何点」: a field the previous rows lack, of the one record
        they all belong to."""
        if not asked_field or asked_field in self.lex.columns.get(context.target, ()):
            return None
        from assistant.kinds.registry import record_kinds
        from assistant.kinds.spec import Field

        def types(kind: str) -> dict[str, str]:
            rk = record_kinds().get(kind)
            return {f.name: f.type for f in rk.fields if isinstance(f, Field)} if rk else {}
        # 「その総括の自己評価」 after practice items asks their own grade, not their initiative's.
        asked_type = next((types(p).get(asked_field) for p, c in LINKS if c == context.target
                           and asked_field in types(p)), "")
        if asked_type in ("grade", "score") and asked_type in types(context.target).values():
            return None
        for (parent, child), fld in LINKS.items():
            if child != context.target or asked_field not in self.lex.columns.get(parent, ()):
                continue
            codes = {str(r[fld]) for r in context_rows if r.get(fld) not in (None, "")}
            if len(codes) == 1:
                return parent, "code", sorted(codes)
        return None

    @staticmethod
    def _sibling_parts(asked_kind: str, few: dict[str, list[str]], context_rows: list[dict]) -> tuple[str, str, list[str]] | None:
        """「…の進捗状況シート」→「令和2年度の取組内容は？」: a part of the record the previous rows are parts
        of (the sheet's practice item), reached through that record."""
        for k in few:
            if k == asked_kind:  # 「同じ取組項目の他の実践項目」 is no part of the item: grammar/same.py
                continue
            for (parent, child), fld in LINKS.items():
                if child != asked_kind or (parent, k) not in LINKS:
                    continue
                owners = sorted({str(r[LINKS[(parent, k)]]) for r in context_rows
                                 if str(r.get("key", "")).startswith(k + ":") and r.get(LINKS[(parent, k)]) not in (None, "")},
                                key=_code_sort)
                if owners:
                    return asked_kind, fld, owners
        return None

    def _merge(self, context: Query, q: Query, conds: list[Condition], target: str,
               bare_years: list[str], refers_back: bool, context_rows: list[dict],
               onto: tuple[str, str, list[str]] | None = None) -> Query:
        """A follow-up refines the previous question: its conditions replace those on the same field.
        `target` is the kind the follow-up names itself (empty: stay with the previous kind); `onto`
        the previous records a part or field of which is asked (see _previous_records)."""
        merged = Query(question=q.question, target=context.target, notes=list(q.notes))
        base = [c for c in context.conditions]
        if onto is not None:
            kind, fld, codes = onto
            merged.target = kind
            what = "" if fld == "code" else "に属する"
            owner = kind if fld == "code" else fld
            base = [Condition(fld, "in", codes, f"前の回答の{_kind_ja(owner)} ({'・'.join(codes)}){what}")]
        elif refers_back and target and target != context.target:
            merged.target = target
            # A search's rows that are all records of one kind (記事) are that kind's for what belongs to them.
            kinds = {str(r.get("key", "")).partition(":")[0] for r in context_rows}
            was = kinds.pop() if context.target in ("passage", "") and len(kinds) == 1 else context.target
            if was == target:
                # (a search's rows of the kind asked now: those records themselves)
                codes = [str(r.get("code")).split("@", 1)[0] for r in context_rows]
                base = [Condition("code", "in", codes, f"前の回答の{_kind_ja(target)} ({'・'.join(codes)})"),
                        Condition("source", "in", sorted({str(r.get("source")) for r in context_rows}),
                                  "前の回答と同じ資料")]
            elif was in self.lex.columns.get(target, set()):
                # 「それらの実践項目は？」 after initiatives: the children of the previous rows.
                # (a record of a second report is keyed 3@file; its parts name it as 3, in the same file)
                codes = [str(r.get("code")).split("@", 1)[0] for r in context_rows]
                base = [Condition(was, "in", codes,
                                  f"前の回答の{_kind_ja(was)} ({'・'.join(codes) or 'なし'})に属する")]
                if was != context.target:
                    sources = sorted({str(r.get("source")) for r in context_rows if r.get("source")})
                    if sources:  # (another newsletter's article 3 is no article of these rows)
                        base.append(Condition("source", "in", sources, "前の回答と同じ資料"))
            else:
                # 「その取組項目の委員評価は？」: the records the previous rows belong to.
                codes = sorted({str(r.get(target)) for r in context_rows if r.get(target) not in (None, "")},
                               key=_code_sort)
                base = [Condition("code", "in", codes, f"前の回答の{_kind_ja(target)} ({'・'.join(codes) or 'なし'})")]
                # 「（意見の）その取組項目の実践項目」: rows of another kind reached through the record both
                # belong to (a comment's initiative is a practice item's initiative).
                shared = [k for k in sorted(self.lex.kinds) if k in self.lex.columns.get(target, set())
                          and any(r.get(k) not in (None, "") for r in context_rows)]
                if not codes and shared:
                    k = shared[0]
                    codes = sorted({str(r.get(k)) for r in context_rows if r.get(k) not in (None, "")}, key=_code_sort)
                    base = [Condition(k, "in", codes, f"前の回答の{_kind_ja(k)} ({'・'.join(codes)})に属する")]
        elif target:
            merged.target = target
        # A new condition replaces the old one on its field, except that 「…も含む」 adds one more
        # required value of a list field (テーマ ∋ 民活 and テーマ ∋ ICT).
        replaced = {c.field for c in conds if c.op != "has"}
        if "@score" in replaced:
            # 「合計8点」→「じゃあ9点のは？」: points said alone replace the one score asked before
            scored = {c.field for c in base if c.field in _SCORE_FIELDS}
            if len(scored) == 1:
                replaced |= scored
        said = self.ctx.text if self.ctx is not None else nfkc(q.question or "")  # (as rephrased: だったら → なら)
        if _VALUE_SUPPOSED.search(said) and not _NARROWED_FIRST.match(said):
            # 「施設のテーマの取組項目」→「協働のテーマなら？」: one value of a list field said instead of the one said
            # before replaces it (「そのうち協働のテーマなら」 and 「協働も含むなら」 add it instead)
            replaced |= {c.field for c in conds if c.op == "has"}
        if _SWITCHED.match(q.question) and any(_names_by_place_or_number(c) for c in conds):
            # 「最後の取組項目の委員評価は？」→「じゃあ取組項目1は？」 (or the other way round): the record named by
            # number and the one named by its place in the list are one condition, the new one replacing the old
            replaced |= {c.field for c in base if _names_by_place_or_number(c)}
        if _ALSO_OFFICE.search(q.question):
            replaced.discard("@dept")  # 「介護福祉課も一緒にやってるのは」: that office as well as the one before
        kept = [c for c in base if c.field not in replaced or _narrowed_out(c, conds) or _other_city_cell(c, conds, base)
                or _said_within(c, conds) or (_left_out_too(c, conds) and not _SWITCHED.match(q.question))]
        if context.value_field and _CONVERSELY.match(q.question) and any(not c.field.startswith("@title") and c.field not in ("code", "@no", "text")
                                                                       for c in conds):
            # 「No.17と20の委員評価は？」→「逆に、自己評価がBなのに委員評価が4.0以上だった取組項目は？」: a question
            # of its own, not about the records named before
            kept = [c for c in kept if not (c.field in ("code", "@no") or c.field.startswith("@title"))]
        if q.aggregate in ("max", "min") and not q.group_by and not _WITHIN_THE_ONE.search(q.question) \
                and len({str(r.get("key", "")) for r in context_rows}) == 1 \
                and any(_names_one(c) for c in kept) and not any(_names_one(c) for c in conds):
            # 「町内会の取組、委員評価何点？」→「じゃあ逆にいちばん良いのは？」: the extreme asked after one record
            # named is the extreme of all (the record's own figure is its only one), not of that record.
            kept = [c for c in kept if not _names_one(c)]
            merged.notes.append("前の質問で名指しした1件に限らず、全体から探しました")
        if _SWITCHED.match(q.question):
            # 「R2にC評価だった実践項目」→「じゃあR3年度にCだったのは？」: the same grade said of another year
            # moves the condition to that year (そのうち… would narrow instead).
            years = set(self.ctx.grade_fields)
            said = {repr(c.value) for c in conds if c.field in years and c.op == "="}
            # (「じゃあ令和10年度以降で◎を取ったのは？」: the grade said of a span of years moves it there too)
            said |= {repr(c.value.get("grade")) for c in conds if c.field == "@grades" and isinstance(c.value, dict)
                     and c.op in ("any_eq", "graded_all_eq")}
            kept = [c for c in kept if not (c.field in years and c.op == "=" and repr(c.value) in said)]
            # (「R2からR3にかけて下がった」→「じゃあR3からR4で下がったのは？」: the change said of other years)
            compared = {c.op for c in conds if c.field in years and isinstance(c.value, str) and c.value in years}
            kept = [c for c in kept if not (c.field in years and c.op in compared and isinstance(c.value, str) and c.value in years)]
            # (「進捗度 1 ついてる実践項目」→「じゃあ 連携度 1 は？」: the same points said of another score move there)
            scores_said = {(c.op, repr(c.value)) for c in conds if c.field in _SCORE_FIELDS}
            fields_said = {c.field for c in conds}
            kept = [c for c in kept if not (c.field in _SCORE_FIELDS and c.field not in fields_said
                                            and (c.op, repr(c.value)) in scores_said)]
        if _SWITCHED.match(q.question) and len(bare_years) == 2 and not conds \
                and (pair := moved_in_order(kept, bare_years, self.ctx)) is not None:
            kept, bare_years = pair, []  # 「R3からR4で上がった」→「じゃR4→R5は？」: the change, of those years
        settled_again = False
        year_asked = ""
        if bare_years:
            label = bare_years[0]
            fy = label_to_fy(label)
            new_field = self.ctx.year_field(fy) if fy else None
            grade_fields = set(self.ctx.grade_fields)
            moved = []
            dates_points = new_field in self.lex.point_years and any(c.field in ("@score", "@default") for c in conds)
            for c in (() if dates_points else kept):
                if c.field == "ended" and c.op in ("=", ">=", "<=", ">", "<"):
                    op = self._year_ops.get(label, c.op)
                    moved.append(Condition("ended", op, label, f"取組終了 {_OP_SIGN.get(op, op)} {label}"))
                elif c.field in grade_fields and new_field:
                    nf = new_field
                    moved.append(Condition(nf, c.op, c.value, c.label.replace(field_label(c.field), field_label(nf))))
                elif c.field == "year":
                    moved.append(Condition("year", "=", label, f"年度 = {label}"))
                elif c.field == "settlement_year" and c.op == "=":
                    # 「令和5年度決算の総事業費は？」→「じゃあ令和6年度は？」: the same figure of another settled year.
                    moved.append(Condition("settlement_year", "=", label, f"決算年度 = {label}"))
                    settled_again = True
                else:
                    moved.append(c)
            one = len({str(r.get("key", "")) for r in context_rows}) == 1
            if dates_points:
                # 「令和5年度に1点」→「そのうち令和8年度も2点以下」: the year dates the follow-up's own
                # points (a second year's condition, read by _points_of_year); the earlier year's stays.
                moved = kept + self._bare_year_condition(merged.target or "practice", label)
            elif (moved == kept or refers_back) and one and not conds and not q.value_field and not q.aggregate and new_field \
                    and new_field in self.lex.columns.get(merged.target, ()):
                # (「それの2023年度は？」: said of the record, not of the condition that found it)
                moved = kept
                # 「動物火葬場の廃止の評価」→「R2は何だった？」: a year alone, of the one record just answered,
                # with nothing of the year to move, asks that year's grade of it (whether it has one is
                # nothing to ask of one record).
                year_asked = new_field
            elif moved == kept:  # nothing to move: the year is a new condition of its own
                found = self._bare_year_condition(merged.target, label)
                if not found and len(bare_years) == 1 and self._asks_part_figure(merged.target or "practice", conds) \
                        and self._parts_with_years(merged.target or "practice"):
                    # (「その中でＲ６に目標を達成したのは？」: the year of the parts' figure said, as when asked alone)
                    found = [Condition("@part_year", "=", label, f"{label}の記載を優先")]
                if not found:  # a year this kind has no field for: said, never silently dropped
                    self._grammar_unused.append(getattr(self, "_year_texts", {}).get(label, label))
                moved += found
            kept = moved
        merged.conditions = kept + conds
        if not q.scope and context.scope and merged.target == context.target and not any(c.field == "text" for c in conds) \
                and any(c.field == "text" and c in base for c in kept):
            # 「委員の意見でAIについて書いてある取組項目」→「そのうち自己評価がAのもの」: the word kept is still
            # sought where the first question said (the remarks), not in the records' own text.
            merged.scope = list(context.scope)
        merged.aggregate, merged.agg_field, merged.group_by = q.aggregate, q.agg_field, q.group_by
        merged.agg_parts, merged.unused = list(q.agg_parts), list(q.unused)
        merged.order_by, merged.descending, merged.limit = q.order_by, q.descending, q.limit
        merged.value_field = q.value_field or year_asked
        if settled_again and not q.value_field and not q.aggregate and context.value_field:
            merged.value_field = context.value_field  # (the year alone asks the same figure of that year)
        if not q.value_field and not q.aggregate and context.value_field and self._names_record(conds) \
                and any(c.field in replaced and self._names_record([c]) for c in base) and _ASKS_THE_SAME.search(q.question):
            # 「AIの活用の委員評価は？」→「じゃあRPAの導入は？」: the same field, of the record named now.
            merged.value_field = context.value_field
            merged.notes.append(f"前の質問と同じく{field_label(merged.value_field)}を答えます")
        elif not q.value_field and not q.aggregate and not context.value_field and context.aggregate in ("avg", "sum", "max", "min") \
                and context.agg_field and not context.group_by and self._names_record(conds) \
                and any(c.field in replaced and self._names_record([c]) for c in base) and _ASKS_THE_SAME.search(q.question):
            # 「AIの活用の審議会評価平均って？」→「じゃあRPAの導入は？」: the same figure of one record, of the
            # record named now (not the first question's figure narrowed to a record it excludes).
            merged.aggregate, merged.agg_field = context.aggregate, context.agg_field
            merged.agg_parts = list(context.agg_parts)
            merged.notes.append(f"前の質問と同じく{field_label(merged.agg_field)}を答えます")
        self._indicator_said_before(context, merged, conds)
        merged.understood_anything = True
        merged.notes.append("前の質問の条件に絞り込みを加えました")
        return merged

    def _indicator_said_before(self, context: Query, merged: Query, conds: list[Condition]) -> None:
        """「…事業、まんまるよやくの利用者登録数の目標は何件？」→「令和4年度の実績は？」: the previous question named
        one indicator of the record (its name said, maybe with の between its words): the follow-up's indicators
        are that one's, not every indicator of the record."""
        if merged.target != "indicator" or "indicator" not in self.lex.columns.get("indicator", set()) \
                or any(c.field in ("indicator", "code") for c in conds) \
                or any(c.field == "indicator" for c in merged.conditions):
            return
        said = nfkc(context.question or "").replace("の", "")
        named = {n for n in self.lex.indicator_names
                 if len(key := _UNIT_AFTER_NAME.sub("", n).replace("の", "")) >= 4 and key in said}
        # (a name inside another name said is that longer one: 利用者数 in 施設の利用者数)
        named = {n for n in named if not any(n != o and n.replace("の", "") in o.replace("の", "") for o in named)}
        if len(named) == 1:
            name = named.pop()
            merged.conditions.append(Condition("indicator", "=", name, f"指標 = {name}（前の質問の指標）"))


# 「その中で」「そのうち」: a follow-up narrowing what was answered
_WITHIN_THE_ONE = compiled(r"その(?:中|なか)(?:で|から|の)|そのうち|その内")

# 「取組をしている」「取り組みを行っている」: the short word of an initiative said of what someone does.
# (the question's text reads 取組 as the kind's word 取組項目 by then)
_CASES_OWN_WORK = compiled(r"(?:取組(?:項目)?|取り組み)\s*(?:を|も)?\s*(?:して|行って|進めて|実施して)")
# 「…の取組に入ってるの」(入って is canonically 含む): the records asked are held by the kind said before it.
_KIND_AS_FIELD = compiled(r"\s*(が|は)\s*\x1f+\s*(?=の(?:もの|やつ|分)?(?:は|だけ|のみ)?\s*[?？。]?\s*$|のもの)")
_HOLDS_THE_ASKED = compiled(r"\s*(に(?:含む|含まれる|含まれて(?:い)?る|属する|属して(?:い)?る))(?=の|もの|やつ)")

# 「じゃあ…は？」「では…」: another topic asked the same way (not そのうち/その中で, which narrow).
def _word_shape(word: str) -> str:
    """A word with its figures blanked (4町 → #町): two words of one shape name two of one kind of thing."""
    shaped = re.sub(r"\d+", "#", nfkc(str(word)))
    return shaped if "#" in shaped and shaped != "#" else ""


_SWITCH_TOPIC = compiled(r"^(?:じゃあ|じゃ|では|それなら|それじゃ|なら|ならば)[、,\s]*(?!その(?:中|なか|うち)|そのうち|うち|さらに)")

# 「取組項目15番の委員評価は？」→「じゃあ16番は？」: only another number, asked the same of that record.
_OTHER_NUMBER = compiled(r"^(?:じゃあ|じゃ|では|なら|それなら|次に|次は|あと)?[、,\s]*(?:No\.?|番号|取組|項目)?\s*"
                         r"(?P<n>[NＮ]?\d{1,3})\s*(?:番|号)?(?:は|って|なら|の場合は|では|だと)?[？?。]?$")


# 「「高齢者」への配慮や対策に触れた」: general words of how a quoted word is taken up (what is sought is the quote).
_ASPECT_WORDS = (r"(?:配慮|対策|対応|支援|施策|措置|取組み?|取り組み|影響|懸念|課題|問題|視点|観点|目線|言及|"
                 r"意見|指摘|提案|要望|検討|工夫|ケア|サポート|フォロー|説明|必要性|重要性)")
_ASPECT_OF_QUOTED = compiled(r"\s*(?:への|に対する|に関する|についての|をめぐる|に向けた)\s*"
                             r"(?P<aspect>" + _ASPECT_WORDS + r"(?:\s*(?:や|・|、|及び|および|と|又は|または|とか)\s*" + _ASPECT_WORDS + r")*)"
                             r"(?=\s*(?:に|について|へ)\s*(?:は|も)?\s*(?:触れ|ふれ|言及|述べ|書|記載|記述)|\s*を\s*(?:述べ|求め|取り上げ|含|挙げ|指摘))")
# 「…一度も出てこない…よね？」 and a question after it: the speaker checks what they believe, then asks the question
# that counts (「出てくる取組項目は何件？」), so the negation is no condition of its own
_CHECKED_THEN_ASKED = compiled(r"[…‥.。、\s]*(?:よね|よな|ですよね|でしょう?|だろう?|はず)\s*[?？]\s*\S")
_SAID_AS_WORD = compiled(r"(?:という|って)?(?:言葉|語|単語|文言|表現|ワード|用語)?(?:が|は|を|の|も)?")


# 「…は？そのうちAのものだけ」: a grade said after そのうち, of what the same question asked.
_OF_THE_ASKED_GRADE = compiled(r"(?:そのうち|その中で|そのなかで|うち)\s*[、,]?\s*(?<![A-Za-z])([A-DＡ-Ｄ])(?![A-Za-z])(?:評価)?"
                               r"(?=\s*(?:の(?:もの|やつ|だけ)|のみ|なの|だけ|のは))")


def _other_record(text: str, context: Query | None) -> Query | None:
    m = _OTHER_NUMBER.match(text.strip())
    if not m or context is None:
        return None
    named = [c for c in context.conditions if _names_one(c) and c.op in ("=", "~=")]
    if len(named) != 1:
        return None
    old = named[0]
    code = m.group("n").replace("Ｎ", "N")
    code = code if code.startswith("N") else str(int(code))
    q = copy.deepcopy(context)
    q.question = text
    q.conditions = [c for c in context.conditions if c is not old] + [
        Condition(old.field, "=", code, re.sub(r"= .*$", f"= {code}", old.label))]
    q.notes = ["前の質問を番号 " + code + " について読みました"]
    q.unused = []
    return q


_THE_REST = compiled(r"^(?:じゃあ|じゃ|では|なら|それなら|逆に)?[、,\s]*(?:それ|そっち|これ)?以外(?:の|のもの|の実践項目|のやつ)?(?:は|を|って)?"
                     r"(?:どれ|なに|何|見せて|教えて)?[?？。]?$")
# Conditions that say where to look (the 取組項目 named, a document, a municipality), kept by 「それ以外は？」.
_SCOPE_FIELDS = ("initiative", "source", "@city_dept", "@issue", "@document_named")


def _the_rest(text: str, context: Query | None) -> Query | None:
    """「（行政事務の民間委託の実践項目でR4に終わったもの）じゃあ、それ以外のは？」: the same records
    but those the last conditions picked: what names where to look stays, the rest is negated."""
    if context is None or not _THE_REST.match(text.strip()):
        return None
    from assistant.query.grammar import negate

    scope = [c for c in context.conditions if c.field in _SCOPE_FIELDS or _names_one(c)]
    picked = [c for c in context.conditions if c not in scope]
    if not picked and len(scope) == 1:
        scope, picked = [], scope  # 「納税課の実践項目」→「それ以外は？」: the one condition, negated
    if len(picked) != 1:
        return None  # several conditions: which of them 「それ以外」 turns round is not said
    q = copy.deepcopy(context)
    q.question = text
    q.conditions = scope + [negate(picked[0])]
    q.notes = [f"前の回答の「{picked[0].label}」以外として読みました"]
    q.unused = []
    return q


# 「逆にR6じゃないのは？」「Aではないものは」: a value just asked for, negated.
_VALUE_NEGATED = compiled(r"^(?:じゃあ|じゃ|では|なら|それなら|逆に)?[、,\s]*(?P<v>[^\s、,]{1,12}?)\s*(?:じゃない|ではない|でない|じゃなかった|以外)"
                          r"(?:の|もの|のもの|やつ|ところ)?(?:は|って)?\s*[?？。]?\s*$")


def _value_negated(text: str, context: Query | None) -> Query | None:
    """「取組終了がR6の実践項目は何件？」→「逆にR6じゃないのは？」: the one earlier condition whose value the
    follow-up names, turned round; the other conditions stay."""
    m = _VALUE_NEGATED.match(text.strip())
    if context is None or m is None:
        return None
    from assistant.query.grammar import negate

    said = notation_key(m.group("v"))
    named = [c for c in context.conditions if c.op == "=" and isinstance(c.value, str) and notation_key(c.value) == said]
    if len(named) != 1:
        return None
    q = copy.deepcopy(context)
    q.question = text
    q.conditions = [negate(c) if c is named[0] else c for c in context.conditions]
    q.notes = [f"前の回答の「{named[0].label}」を否定して読みました"]
    q.unused = []
    return q


def _depts_of_each_city(conds: list[Condition], text: str, municipalities: set[str]) -> list[Condition]:
    """「岡山市側の担当部署が予防課である事業のうち、倉敷市側の担当が予防課ではないもの」: with two municipalities'
    cells said (@city_dept), each department is of the municipality said last before it (the executor would
    give every department the first). The same name said twice is matched by its negation."""
    cities = list(dict.fromkeys(c.value for c in conds if c.field == "@city_dept" and c.op == "="))
    plain = [c for c in conds if c.field == "@dept" and c.op in ("=", "!=") and isinstance(c.value, str)]
    if len(cities) < 2 or not plain:
        return conds
    def said_at(city: str) -> list[int]:
        bare = city[:-1] if city[-1:] in "市町村" and len(city) > 2 else city
        return [m.start() for m in re.finditer(re.escape(bare), text)]
    marks = sorted((at, city) for city in cities for at in said_at(city))
    taken: set[int] = set()
    out: list[Condition] = []
    for c in conds:
        if c not in plain:
            out.append(c)
            continue
        at = next((m.start() for m in re.finditer(re.escape(c.value), text) if m.start() not in taken
                   and bool(compiled(_NEG).match(text, m.end())) == (c.op == "!=")), None)
        city = next((name for pos, name in reversed(marks) if at is not None and pos < at), None)
        if city is None:
            return conds  # (a department said before any municipality: as the executor reads it)
        taken.add(at)
        sign = "≉" if c.op == "!=" else "≈"
        out.append(Condition("@dept", c.op, {"names": [c.value], "city": city}, f"{city}の担当部署 {sign} {c.value}"))
    return out


# 「（上がった実践項目）じゃあ逆は？」: the direction of the one change said before, turned round.
_OPPOSITE_ASKED = compiled(r"^(?:じゃあ|じゃ|では|で|なら)?[、,\s]*(?:その)?逆(?:は|の場合は|だと|のもの|のやつ|の方は|のほうは|パターンは)?\s*[?？。]?\s*$")
# 「じゃあ逆に総括で下がっちゃったのは？」: the other way said again in words, of the same grades (nothing else said).
_OPPOSITE_RESTATED = compiled(r"^(?:じゃあ|じゃ|では|で|なら)?[、,\s]*(?:その)?逆に[、,\s]*"
                              r"(?:(?:総括|総合評価|自己評価|評価|(?:令和|R)\s*\d{1,2}(?:年度)?)(?:で|が|は|の|より|から)?\s*){0,3}"
                              r"(?P<word>下がった|上がった|下がって(?:い)?る|上がって(?:い)?る|低い|高い|悪くなった|良くなった)"
                              r"(?:の|もの|やつ)?(?:は)?\s*(?:どれ|どの項目|どこ)?\s*(?:だべ|だっけ|ですか|でしょうか|だろう|かな|か)?\s*[?？。]?\s*$")
_OPPOSITE_OPS = {"grade_gt": "grade_lt", "grade_lt": "grade_gt", "rise_any": "fall_any", "fall_any": "rise_any"}
_OPPOSITE_WORDS = (("＞", "＜"), (">", "<"), ("上がった", "下がった"))


def _the_opposite(text: str, context: Query | None) -> Query | None:
    """「じゃあ逆は？」 after a change of grades (上がった / R4 > R2): the same years, the other way; the other
    conditions stay. None when the question before said no one direction."""
    restated = _OPPOSITE_RESTATED.match(text.strip()) if context is not None else None
    if context is None or not (_OPPOSITE_ASKED.match(text.strip()) or restated):
        return None
    turned = [c for c in context.conditions if c.op in _OPPOSITE_OPS]
    if len(turned) != 1:
        return None
    c = turned[0]
    if restated:
        # (the direction said must be the other one: 「逆に上がった」 after 上がった is no opposite)
        said_up = restated.group("word").startswith(("上", "高", "良"))
        before_up = ("上がった" in c.label or c.op == "rise_any" or (c.op == "grade_lt" and c.value == "overall")
                     or (c.op == "grade_gt" and c.value != "overall"))
        if said_up == before_up:
            return None
    label, gloss = c.label, ""
    if "（" in label:  # (the scale glossed after it, 「（A > B > C）」, stays as it is)
        label, gloss = label[:label.index("（")], label[label.index("（"):]
    for a, b in _OPPOSITE_WORDS:
        if a in label or b in label:
            label = label.replace(a, "\x00").replace(b, a).replace("\x00", b)
            break
    label += gloss
    q = copy.deepcopy(context)
    q.question = text
    q.conditions = [Condition(x.field, _OPPOSITE_OPS[x.op], copy.deepcopy(x.value), label) if x is c else x
                    for x in context.conditions]
    q.notes = [f"前の回答の「{c.label}」を逆にして読みました"]
    q.unused = []
    return q


def _era_forms(label: str) -> str:
    """「R3」 → the ways a question writes that fiscal year (令和3, 2021), as a pattern."""
    m = re.fullmatch(r"([RH])(\d+)", label)
    if not m:
        return re.escape(label)
    era, n = ("令和", 2018) if m.group(1) == "R" else ("平成", 1988)
    return f"{era}\\s*{int(m.group(2))}|{int(m.group(2)) + n}"


def _names_one(c: Condition) -> bool:
    """A condition naming records by their number or title (a record has one of each)."""
    return c.field in ("@no", "code") or c.field.startswith("@title:")


_LISTED = compiled(r"^\W{0,2}(?:とか|や|か|または|又は|あるいは|もしくは|、|・)\W{0,2}$")


def _hiragana(text: str) -> str:
    """Katakana folded to hiragana (ゴミ and ごみ are one word)."""
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in text)


def _broadest(words: list[str], text: str, q: Query) -> list[str]:
    """「デジタル化とかデジタル関係に言及した」: a word listed beside a word holding it (デジタル in デジタル化)
    asks for the broader one; both required would find only the narrower's records."""
    out = list(words)
    for narrow in words:
        for broad in words:
            if broad == narrow or broad not in narrow or narrow not in out or broad not in out:
                continue
            at = text.find(narrow)
            if at < 0:
                continue
            other = next((f.start() for f in re.finditer(re.escape(broad), text) if not at <= f.start() < at + len(narrow)), -1)
            if other < 0:
                continue
            gap = text[at + len(narrow):other] if other > at else text[other + len(broad):at]
            if _LISTED.match(gap):
                out.remove(narrow)
                q.notes.append(f"「{narrow}」と「{broad}」が並べてあるため、広いほうの「{broad}」で探しました")
    return out


def _any_of_named(conds: list[Condition]) -> list[Condition]:
    """「取組項目6と取組項目7の…」: records named one by one on the same field are any of them (a
    record has one number), as 「取組項目6と7」 is."""
    out: list[Condition] = []
    for c in conds:
        if not (_names_one(c) and c.op in ("=", "~=", "in")):
            out.append(c)
            continue
        same = next((o for o in out if o.field == c.field and _names_one(o) and o.op in ("=", "~=", "in")), None)
        if same is None:
            out.append(c)
            continue
        values = [str(v) for v in (same.value if same.op == "in" else [same.value])]
        values += [str(v) for v in (c.value if c.op == "in" else [c.value]) if str(v) not in values]
        out[out.index(same)] = Condition(c.field, "in", values, f"{same.label}・{c.label}")
    return out


def _bare(word: str) -> str:
    """A label without its particles (今年度の実施予定 → 今年度実施予定): as users write it in quotes."""
    return re.sub(r"(?<=.)[のに](?=.)", "", word)


def _field_labels() -> set[str]:
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    return {f.label for rk in record_kinds().values() for f in rk.fields if isinstance(f, Field) and len(f.label) > 1}


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _field_words() -> tuple[str, ...]:
    """The field words, longest first: the grammar's own (worked out once, not sorted again at every question)."""
    from assistant.query.grammar.values import _VOCAB

    return tuple(sorted({w for w, _ in _VOCAB if len(w) >= 2}, key=len, reverse=True))


# 「（その意見）どの取組のやつ？」「それどの実践項目？」: which record of a kind the previous rows belong to.
_WHICH_ONE_OF_KIND = compiled(r"^\s*(?:じゃあ|で)?[、,]?\s*(?:それ|これ|それら|これら|その意見|その事業)?(?:は|って)?[、,]?\s*どの"
                              r"(?P<kind>取組項目|取組|取り組み|実践項目|連携事業|事例|施策|事業)"
                              r"(?:の(?:やつ|もの|意見|こと|話))?(?:です|でした|だった|なの|なん)?(?:か|だろう|だっけ)?[?？。]?\s*$")


_NARROWING_SAID = compiled(r"^\s*(?:そのうち|その中で|そのなかで|うち|中でも|この中で|これらのうち|それらのうち)")


def _of_parents_said(text: str, context: Query) -> str:
    """「財源に触れた委員の意見」→「そのうち委員評価が4.0以上の取組項目のもの」: 「〈kind〉のもの」 of a kind the
    records talked about belong to is those records whose record of that kind meets the conditions said before it —
    said as 「〈kind〉についた〈the records' kind〉」, which the grammar reads so (a condition on their parent)."""
    if not context.target:
        return text
    for word, kind in KIND_WORDS:
        if (kind, context.target) not in LINKS or kind == context.target:
            continue
        m = compiled(rf"(?<!その)(?<!この)(?<=[^\s]){re.escape(word)}の(?:もの|やつ|分)(?=(?:は|だけ|のみ)?\s*[?？。]?\s*$)").search(text)
        if m:
            before = text[:m.start()]
            # 「テーマに協働が入っている取組項目のもの」: a value said as held in a field of the parent (〈field〉に
            # 〈value〉が入っている／を含む) is said as 「〈field〉が〈value〉の」, the condition the grammar reads
            # of a parent; else the value is left a word sought in the records' text.
            held = compiled(r"(?P<f>[^\s、,はがをにの]{2,12})に(?P<v>[^\s、,はがをにの]{1,12})"
                            r"(?:が(?:入って(?:いる|る)|入った|含まれて(?:いる|る)|含まれる|ある)|を含(?:む|んで(?:いる|る)))$").search(before)
            field = next((w for w in _field_words() if held and held.group("f").endswith(w)), None)
            if field:
                before = before[:held.start("f")] + held.group("f") + f"が{held.group('v')}の"
            said = before + f"{word}についた{_kind_ja(context.target)}" + text[m.end():]
            # (said after the records, it narrows them: 「テレワークが出てくる進捗状況シート」→「働き方改革の取組項目のもの
            # だけ」 is those sheets of that item, not every sheet of it — a new question there dropped the word sought)
            return said if _NARROWING_SAID.match(said) else "そのうち" + said
    return text


def _which_one_it_belongs_to(text: str) -> str:
    """「どの取組のやつ？」 after rows of another kind: 「その取組項目は？」 (the kind of the rows before is
    kept when it is the kind asked)."""
    m = _WHICH_ONE_OF_KIND.match(text)
    if m is None:
        return text
    kind = {"取組": "取組項目", "取り組み": "取組項目"}.get(m.group("kind"), m.group("kind"))
    return f"その{kind}は？"


def _years_said_before(context: Query) -> bool:
    """The turn before named a fiscal year (a condition on it, or its value answered)."""
    return any(compiled(r"[rh]\d+").fullmatch(c.field) or (c.field == "year" and compiled(r"[RH]\d+").fullmatch(str(c.value)))
               for c in context.conditions) or bool(compiled(r"[rh]\d+").fullmatch(context.value_field or ""))


def _year_before_or_after(text: str, context: Query) -> str:
    """「（R5がAのうち）前の年はBだった」: the year before (or after) the one fiscal year the previous
    question was about."""
    said = {c.field.upper() for c in context.conditions if compiled(r"[rh]\d+").fullmatch(c.field)}
    said |= {str(c.value) for c in context.conditions if c.field == "year" and compiled(r"[RH]\d+").fullmatch(str(c.value))}
    if not said and compiled(r"[rh]\d+").fullmatch(context.value_field or ""):
        # 「（基本方針Ⅱの令和6年度の総括評価は？）前年度はどうだった？」: the year whose value was just answered
        said = {context.value_field.upper()}
    if len(said) != 1:
        return text
    year = said.pop()
    before, after = f"{year[0]}{int(year[1:]) - 1}", f"{year[0]}{int(year[1:]) + 1}"
    # 「前年度の令和4年度はB」: the year said again by its number is the same year (one condition, not two).
    for m in reversed(list(compiled(r"(?:その)?(?:(?P<back>前の年度?|前年度?)|次の年度?|翌年度?)(?:の|、|,|\s|である)*").finditer(text))):
        named = next((y for y in find_years(text) if y.start == m.end()), None)
        if named is not None and named.label == (before if m.group("back") else after):
            text = text[:m.start()] + text[m.end():]
    text = compiled(r"(?:その)?(?:前の年度?|前年度?)").sub(before, text)
    return compiled(r"(?:その)?(?:次の年度?|翌年度?)").sub(after, text)





def _this_year_said(text: str, this_years: set[str]) -> str:
    """「H17の予定」「今年度(H17)の実施予定」: the year the joint-project table calls 今年度, said by its
    number before its plan, is that table's 今年度 column."""
    if not this_years or "予定" not in text:
        return text
    from assistant.text.wareki import find_years

    for y in reversed(find_years(text)):
        if y.label not in this_years:
            continue
        after = compiled(r"\s*(?:年度)?\s*[)）]?\s*(?=(?:の|に)(?:実施|やる|行う|おこなう|する)?予定)").match(text, y.end)
        if after is None:
            continue
        before = compiled(r"今年度\s*[(（]\s*$").search(text[:y.start])
        start = before.start() if before else y.start
        text = text[:start] + "今年度" + text[after.end():]
    return text


# 「初年度」「直近」「ここ2年」: years counted from the first or the last year the reports grade.
# (「一番新しい年度」「最も古い年度」: the last or first said by its age)
_FIRST_YEAR = compiled(r"(?:初年度|最初の年度?|1年目|(?:一番|いちばん|最も|もっとも)\s*古い年度)(?!\s*[(（])")
_LAST_YEAR = compiled(r"(?:直近(?:の年度?)?|最新(?:の)?年度|最終年度|最後の年度?|(?:一番|いちばん|最も|もっとも)\s*新しい年度)(?!\s*[(（]|\s*\d)")
_LAST_YEARS = compiled(r"(?:ここ|直近|最近|過去)\s*(\d)\s*(?:年間|年度|か年|ヶ年|カ年|年)(?:間)?")
# 「最初の2年」「はじめの3年間」: the first n years graded, as a span.
_FIRST_YEARS = compiled(r"(?:最初|初め|はじめ|当初)\s*の\s*([2-9])\s*(?:年間|年度|か年|ヶ年|カ年|年)(?:間)?")
# 「2年目」「3年目の評価」: the n-th of the years graded (1年目 is the first, above).
_NTH_YEAR = compiled(r"(?<![\d.])([2-9])\s*年目(?!\s*[(（])")
# 「ことしの評価」「きょねんは何評価」: this year said in speech is the last year graded, last year the one before
# (今年度, 昨年度 are left as said: a table may print columns so).
_THIS_YEAR_SPOKEN = compiled(r"(?:ことし|今年)(?!度)(?:\s*[(（][^()（）]{1,12}[)）])?")
_YEAR_BEFORE_SPOKEN = compiled(r"(?:きょねん|去年|昨年)(?!度)(?:\s*[(（][^()（）]{1,12}[)）])?")
# 「計画の途中から始まった」: begun after the first year graded, that is in the second or later.
_MIDWAY = compiled(r"(?:計画期間|計画|プラン|期間)\s*の?\s*途中\s*(?:から|で|より)(?=\s*(?:新たに|新しく)?\s*(?:始ま|開始|スタート|始め))")


def _relative_years(text: str, graded: dict[str, tuple[tuple[str, ...], str]], notes: list[str],
                    held: frozenset[str] = frozenset(), pinned: bool = False,
                    places: dict[str, str] | None = None) -> str:
    """The years said by where they stand (初年度 = the first graded, 直近 = the last, ここ2年 = the last
    two), read from the reports' own graded years: those of the one report the question names by a
    place of its title, or of every report when they all grade the same years; else left as said.
    A field the index holds named by such words (最終年度の評価: each item's own last year, as a summary
    list prints it, `held`) is that field, not the reports' last year. Each year so read is put in `places`
    with the words said for it (R5 → 最終年度), for the understood line to say which year was meant."""
    from assistant.query.grammar.years import (next_year_after, relative_to_latest, said_relative_to_now, year_before_said,
                                               year_next_to_said)

    if not (_FIRST_YEAR.search(text) or _LAST_YEAR.search(text) or _LAST_YEARS.search(text) or _MIDWAY.search(text)
            or _NTH_YEAR.search(text) or _FIRST_YEARS.search(text) or year_next_to_said(text)
            or _THIS_YEAR_SPOKEN.search(text) or _YEAR_BEFORE_SPOKEN.search(text) or said_relative_to_now(text)):
        return text
    if any(w in text and (_FIRST_YEAR.search(w) or _LAST_YEAR.search(w)) for w in held):
        return text
    ranges = {years for years, _ in graded.values()}
    if len(ranges) > 1:
        named = {years for years, title in graded.values() if any(p in text for p in place_names(title))}
        # (a city no gazetteer knows, 「藤見沢市」, named as the title opens with it)
        named = named or {years for years, title in graded.values()
                          if (head := re.match(r"[一-龥々ぁ-んァ-ヶー]{1,8}?[市町村区]", title)) and head.group(0) in text}
        ranges = named if len(named) == 1 else set()
    if not ranges:
        return text
    years = ranges.pop()
    said: list[str] = []
    places = {} if places is None else places
    of_years = next((t for ys, t in graded.values() if ys == years), "")

    def last(m: re.Match) -> str:
        n = int(m.group(1))
        if not 2 <= n <= len(years):
            return m.group(0)
        said.append(f"「{m.group(0)}」は{years[-n]}〜{years[-1]}")
        for y in years[-n:]:
            places.setdefault(y, m.group(0))
        return f"{years[-n]}から{years[-1]}まで"

    # (今年度 / 昨年度 / 一昨年度: the last years held, said before 最初の年度 is written as its number)
    relative: list[str] = []
    text = relative_to_latest(text, years, relative, pinned=pinned, title=of_years)
    text = _LAST_YEARS.sub(last, text)

    def first(m: re.Match) -> str:
        n = int(m.group(1))
        if n > len(years):
            return m.group(0)
        said.append(f"「{m.group(0)}」は{years[0]}〜{years[n - 1]}")
        for y in years[:n]:
            places.setdefault(y, m.group(0))
        return f"{years[0]}から{years[n - 1]}まで"
    text = _FIRST_YEARS.sub(first, text)
    if len(years) >= 2:
        text = _MIDWAY.sub(lambda m: said.append(f"「{m.group(0)}」は{years[1]}以降") or f"{years[1]}以降に", text)
    def put(m: re.Match, year: str) -> str:
        said.append(f"「{m.group(0)}」は{year}")
        places.setdefault(year, m.group(0))
        return year

    def nth(m: re.Match) -> str:
        n = int(m.group(1))
        return put(m, years[n - 1]) if n <= len(years) else m.group(0)

    text = _FIRST_YEAR.sub(lambda m: put(m, years[0]), text)
    text = _NTH_YEAR.sub(nth, text)
    text = _LAST_YEAR.sub(lambda m: put(m, years[-1]), text)
    text = _THIS_YEAR_SPOKEN.sub(lambda m: said.append(f"「{m.group(0)}」は{years[-1]}") or years[-1], text)
    if len(years) >= 2:
        text = _YEAR_BEFORE_SPOKEN.sub(lambda m: said.append(f"「{m.group(0)}」は{years[-2]}") or years[-2], text)
    if relative or said:
        text = next_year_after(text, years, relative)  # 「最初の年度から翌年度にかけて」
    if said:
        # 「初年度はBで、翌年度にA」: 翌年度 after a year now written by its number, as after one said so
        # (grammar/phrasings.py's next_year_of_year_said, run on the question before its relative years were read)
        # (the year so read is named in the understood line by the word said: 「翌年度（R3）」)
        nxt = named_phrasing("next_year_of_year_said")

        def after(m: re.Match) -> str:
            out = nxt.to(m)
            if out != m.group(0) and (said_as := re.search(r"(?:その)?(?:翌年度|翌年|次の年度|次の年)$", m.group(0))):
                year = out[len(m.group("said")) + len(m.group("mid")):]
                places.setdefault(year, said_as.group(0))
            return out
        text = nxt.regex.sub(after, text)
    text = year_before_said(text, years, relative, places)  # 「最終年度にAで、その前の年はB」
    if said:
        notes.append("、".join(said) + f"（評価のある年度 {years[0]}〜{years[-1]} から）と読みました")
    notes.extend(n for n in relative if n not in notes)
    return text


def _alias_dropped(text: str) -> str:
    """「自己評価(総合評価)がB」: a field word said again in parentheses after another is the same field."""
    words = _field_words()

    def drop(m: re.Match) -> str:
        before, inner = text[:m.start()], m.group(1)
        # (two names of one grade; 「人員（フルタイム）」 names a part of its field, kept)
        same = inner in words and inner.endswith("評価") and any(before.endswith(w) for w in words if w.endswith("評価"))
        # 「合計点（総括自己評価）」: a scored field glossed by the heading it is printed under
        same = same or (inner.endswith(("評価", "点", "点数")) and not re.search(r"[\dA-DＡ-Ｄ]", inner)
                        and any(before.endswith(w) for w in words if w.endswith(("点", "評価", "点数"))))
        return "" if same else m.group(0)
    return compiled(r"[(（]([^()（）]{2,8})[)）]").sub(drop, text)


# 「R2から評価がある」「評価ついてる」「当初から評価のある」「R2からある」「4年度すべてに評価が付いている」: the items are said to
# have a grade (from a year on), not only the years a grade is sought in (「一度もA評価が付いていない」 is no such saying).
_SAID_GRADED = compiled(r"(?<![A-DＡ-Ｄ])評価(?:が|の|は|も)?\s*(?:ずっと)?\s*(?:ある|あり|あった|(?:つい|付い|入っ)て(?!(?:い)?な)|つく|付く)"
                        r"|(?:から|より)\s*(?:ずっと)?\s*(?:ある|あった|存在する|続いて(?:い)?る)|当初から|最初の年度から|初年度から")


# 「進み具合（進捗度）の点数」「最後のまとめの評価（総合評価）でC」: everyday words (kanji and hiragana, with の
# between them, no particle of a clause) said first and the field's own name after them in brackets.
_PLAIN_GLOSS = compiled(r"(?:(?<=^)|(?<=[、。，,\s!?！？がはをでにもと「『]))(?P<gloss>(?:[一-龥々ぁ-んー]{1,6}の){0,2}[一-龥々ぁ-んー]{1,6})"
                        r"\s*[(（](?P<field>[^()（）]{2,10})[)）]")
_GLOSS_PARTICLES = compiled(r"[がはをでに]")
_PLACE_OR_SECTION = ("課", "室", "部", "局", "係", "所", "市", "町", "村", "県", "区", "センター")


_FIELD_EXPLAINED = compiled(r"(?P<field>[一-龥々ァ-ヶー]{2,8})\s*[(（](?P<gloss>[^()（）\x1f]{2,16})[)）]")


_MADE_OF = {"平均", "平均値", "平均点", "合計", "合算", "総和", "和", "各委員", "委員", "各年度", "各観点", "観点", "評点", "点数",
            "4項目", "四項目", "各項目", "項目"}


def _field_explained(text: str, notes: list[str]) -> str:
    """「合計点（平均値の合計）」: a field followed by words in brackets that end in the same field explain how
    it is made; the words are no condition nor another field asked (平均値 is not the committee's score), so the
    field alone is read and a note says so."""
    def explained(m: re.Match) -> str:
        fields, longest_first = _explained_fields()
        field, gloss = m.group("field"), m.group("gloss").strip()
        head = next((w for w in longest_first if field.endswith(w)), "")
        last = next((w for w in longest_first if gloss.endswith(w)), "")
        parts = gloss.split("の")
        # (the words before the field say how it is made: 平均値の合計; 「部会（納税部会）」 names one, kept)
        if not head or not last or len(parts) < 2 or parts[-1] != last or fields[head] != fields[last] \
                or not all(p in fields or p in _MADE_OF for p in parts[:-1]):
            return m.group(0)
        notes.append(f"「{field}（{gloss}）」の括弧内は{head}の説明として読みました")
        return field
    return _FIELD_EXPLAINED.sub(explained, text)


@lru_cache(maxsize=1)
def _explained_fields() -> tuple[dict[str, str], tuple[str, ...]]:
    """({field word: field}, the words longest first) of the grammar's vocabulary: worked out once, and only
    for a question with a field glossed in brackets (it was built at every question)."""
    from assistant.query.grammar.values import _VOCAB

    fields: dict[str, str] = {}
    for word, name in _VOCAB:
        fields.setdefault(word, name)
    return fields, tuple(sorted(fields, key=len, reverse=True))


def _plain_gloss_named(text: str, held: frozenset[str], notes: list[str], names: Iterable[str] = ()) -> str:
    """The field named in brackets after everyday words for it stands for them (the words are no condition of
    their own: 「まとめ」 is not a word to find in the records), and a note says so; the field must be one the
    index has a column for, the words before it no field word alone (read by _alias_dropped) and none of them a
    name the records hold or one of a section or place (「納税課の評価（総合評価）」 keeps its department)."""
    words: set[str] | None = None  # (made at the first gloss: most questions have none)

    def named(m: re.Match) -> str:
        nonlocal words, names
        if words is None:
            words, names = set(_field_words()) | set(held), set(names)
        gloss, field = m.group("gloss"), m.group("field").strip()
        if field not in words or gloss in words or gloss.startswith("の") or _GLOSS_PARTICLES.search(gloss) \
                or any(p in names or p.endswith(_PLACE_OR_SECTION) for p in gloss.split("の")[:-1] if p):
            return m.group(0)
        notes.append(f"「{gloss}（{field}）」を{field}と読みました")
        return field
    return _PLAIN_GLOSS.sub(named, text)


@lru_cache(maxsize=1)
def _kind_words_alternation() -> str:
    """The kind words as a pattern's alternation, longest first (the code's own words: made once, not at every question)."""
    return "|".join(re.escape(word) for word, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0])))


def _key_map(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    origin: list[int] = []
    keys = _CHAR_KEYS
    for i, ch in enumerate(text):
        form = keys.get(ch)
        if form is None:
            form = keys[ch] = _GAP if ch == _GAP else notation_key(ch).translate(UNQUOTED)  # (the titles' keys have none)
        out.append(form)
        origin.extend([i] * len(form))
    return "".join(out), origin


# Each character's key (a function of the character alone), kept: a question's text is mapped several
# times by one answer, a function call per character each time.
_CHAR_KEYS: dict[str, str] = {}


def _kind_ja(kind: str) -> str:
    from assistant.labels import kind_label

    return kind_label(kind)


def _code_sort(code: str):
    return (code.startswith("N"), int(compiled(r"\D").sub("", code) or 0))


def _not_in_compounds(word: str, field_words: frozenset[str]) -> str:
    """A lookahead keeping `word` from the longer kind or field words it opens (取組 → 取組項目, 取組終了)."""
    from assistant.kinds import registry

    words = {w for rk in registry.record_kinds().values() for w in (rk.label, *rk.words)} | field_words
    tails = sorted({w[len(word):] for w in words if w.startswith(word) and len(w) > len(word)}, key=len, reverse=True)
    return "(?!" + "|".join(re.escape(t) for t in tails) + ")" if tails else ""
