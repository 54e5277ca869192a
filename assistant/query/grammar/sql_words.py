"""Phrasings of a question typed in a database's words (「委員評価 >= 4.4」「取組終了 != R6」「count して」「list」「avg」
「distinct な担当課の数」「group by」「NOT 含まれる」「AND」): each is rewritten to the Japanese the grammar's rules read
(以上, 以外, 何件, 一覧, 平均, 種類の数, 別, 含まれない, かつ). They run on the normalised question (NFKC: ≧ stays ≧,
＞ is >), before the other wordings."""
from __future__ import annotations

import re

# What a comparison is made against: a number, a grade letter, a fiscal year.
_VALUE = (r"(\d+(?:\.\d+)?(?![\d.])|[A-D](?![A-Za-z])|(?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:\s*年度)?(?!\d)"
          r"|(?:19|20)\d{2}\s*年度?)")
# The field compared: a word written before the operator (not a number: 「R3 > R4」 is a year's arrow).
_FIELD_END = r"(?<=[一-龥ァ-ヶーA-Za-z)）」』])"
_BOUNDS = {">=": "以上", "=>": "以上", "≧": "以上", "≥": "以上", "<=": "以下", "=<": "以下", "≦": "以下", "≤": "以下",
           "<": "未満", "!=": "以外", "<>": "以外", "≠": "以外"}


def _compared(m: re.Match) -> str:
    op = m.group("op")
    value = m.group("value")
    particle = "" if m.group("particle") else "が"
    if op == ">":
        return f"{m.group('particle') or ''}{particle}{value}を超える"
    return f"{m.group('particle') or ''}{particle}{value}{_BOUNDS[op]}"


def _compound_gloss(m: re.Match) -> str:
    """The bracket dropped when its word holds a word of two characters or more said before it."""
    before = m.string[:m.start()]
    said = re.findall(r"[ァ-ヶー]{2,}|[一-龥]{2,}|[A-Za-z]{2,}", before)
    return "" if any(word in m.group("w") for word in said) else m.group(0)


def sql_word_phrasings():
    """The phrasings (a function: phrasings.py imports this module while it defines Phrasing)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        # 「委員評価 >= 4.4」「取組終了 != R6」「総括の総合評価 != A」: a field compared by an operator is said as the
        # grammar reads a bound (以上, 以下, 未満, を超える) or an exclusion (以外).
        Phrasing("operator_compared",
                 _FIELD_END + r"(?P<particle>\s*(?:が|は))?\s*(?P<op>>=|=>|<=|=<|!=|<>|[≧≥≦≤≠<>])\s*"
                 r"[\"'「]?" + _VALUE.replace("(", "(?P<value>", 1) + r"[\"'」]?",
                 _compared,
                 examples=(("委員評価 >= 4.4 の取組項目", "委員評価が4.4以上 の取組項目"),
                           ("総括の合計 >= 12 の実践項目", "総括の合計が12以上 の実践項目"),
                           ("その中で 取組終了 != R6 のは？", "その中で 取組終了がR6以外 のは？"),
                           ("総合評価 != A のやつは？", "総合評価がA以外 のやつは？"),
                           ("委員評価 < 3.8", "委員評価が3.8未満"),
                           ("合計が <= 9", "合計が9以下"),
                           ("委員評価 > 4", "委員評価が4を超える"))),
        # 「総合評価が C の」: a grade letter typed apart from its particle, as a value in a query is.
        Phrasing("grade_spaced_from_particle", r"(?<=[がは])\s+(?=[A-D](?![A-Za-z]))", "",
                 examples=(("総括の総合評価が C になってる実践項目", "総括の総合評価がC になってる実践項目"),
                           ("担当部署の自己評価が B のもの", "担当部署の自己評価がB のもの"))),
        # 「実践項目数が ７件以上」「合計が 11 点以上」: a figure typed apart from its particle, as a value is.
        Phrasing("figure_spaced_from_particle", r"(?<=[一-龥ァ-ヶー][がは])\s+(?=\d)", "",
                 examples=(("実践項目数が 7件以上 ある取組項目", "実践項目数が7件以上 ある取組項目"),)),
        # 「合計 11 点以上」: a bound typed apart from its field word and its unit, as values in a query are.
        Phrasing("bound_spaced_from_field",
                 r"(?<=[一-龥ァ-ヶー])\s+(?=\d+(?:\.\d+)?\s*(?:点|件)?\s*(?:以上|以下|未満|を超え|超))"
                 r"|(?<=\d)\s+(?=(?:点|件)?\s*(?:以上|以下|未満|を超え|超))", "",
                 examples=(("合計 11 点以上 のだけ", "合計11点以上 のだけ"),
                           ("委員評価 4.2 以上", "委員評価4.2以上"))),
        # 「既に実施 が空欄」「欄が空っぽの」: a column's name typed apart from が before a blank, and a blank said as
        # empty (空っぽ): the blank cell the grammar reads (が空欄).
        Phrasing("blank_said_empty", r"(?<=[がは])\s*(?:空っぽ|からっぽ|カラッポ|空っぽう)(?=\s*(?:の|な|で|だ|に|[?？]|$))", "空欄",
                 examples=(("今年度に実施予定 の欄が空っぽの連携事業", "今年度に実施予定 の欄が空欄の連携事業"),)),
        # 「「既に実施」がまだ何もない事業」: nothing written in a column yet is its blank cell (が空欄), not a value
        # there with ない dropped.
        Phrasing("nothing_written_yet",
                 r"(?<=[がは」])\s*(?:まだ\s*)?(?:何も|なにも)\s*(?:書かれて(?:い)?ない|書いて(?:い)?ない|入って(?:い)?ない|ない|無い)"
                 r"(?P<noun>(?=[一-龥ァ-ヶー]))?",
                 lambda m: "空欄" + ("の" if m.group("noun") is not None else ""),
                 examples=(("「既に実施」がまだ何もない事業はどれ", "「既に実施」が空欄の事業はどれ"),
                           ("備考欄は何も書かれていない？", "備考欄は空欄？"))),
        Phrasing("column_spaced_before_blank", r"(?<=[一-龥ァ-ヶー])\s+(?=(?:の欄)?(?:が|は)\s*(?:空欄|空白|未記入|ブランク))", "",
                 examples=(("そのうち 既に実施 が空欄なのは？", "そのうち 既に実施が空欄なのは？"),
                           ("今年度に実施予定 の欄が空欄の連携事業", "今年度に実施予定の欄が空欄の連携事業"))),
        # 「R2, R3, R4 が全部 B」: years listed with a comma as in a query's IN list are listed with 、.
        Phrasing("years_comma_listed", r"(?:(?<=[RH]\d)|(?<=[RH]\d\d)|(?<=年度))\s*,\s*(?=(?:令和|平成|[RH])\s*(?:元|\d)|(?:19|20)\d{2}\s*年度)",
                 "、",
                 examples=(("R2, R3, R4 が全部 B の実践項目", "R2、R3、R4 が全部 B の実践項目"),
                           ("2021年度,2022年度", "2021年度、2022年度"))),
        # 「意見に「期待」という語が NOT 含まれる」: NOT before the verb negates it.
        Phrasing("not_before_verb", r"\s*(?<![A-Za-z])(?:NOT|not|Not)\s*(含まれる|含む|入っている|入ってる)",
                 lambda m: {"含まれる": "含まれない", "含む": "含まない"}.get(m.group(1), "入っていない"),
                 examples=(("意見に「期待」という語が NOT 含まれる取組項目", "意見に「期待」という語が含まれない取組項目"),
                           ("ICT を NOT 含む", "ICT を含まない"))),
        # 「委員評価 >= 4.0 AND 意見に…」: AND between two conditions is かつ (between two values, and).
        Phrasing("and_between", r"\s*(?<![A-Za-z])(?:AND|and|And|&&)(?![A-Za-z])\s*", "かつ",
                 examples=(("委員評価が4.0以上 AND 意見に", "委員評価が4.0以上かつ意見に"),
                           ("テーマが 民活 AND ICT", "テーマが 民活かつICT"))),
        # 「R4 ended の実践項目」: ended after a year is 取組終了した in it.
        Phrasing("year_ended", r"((?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:\s*年度)?|(?:19|20)\d{2}\s*年度)\s*(?:に)?\s*"
                 r"(?<![A-Za-z])(?:ended|finished|completed)(?![A-Za-z])\s*(?:の|した)?",
                 r"\1に取組終了した",
                 examples=(("R4 ended の実践項目", "R4に取組終了した実践項目"),)),
        # 「…の実践項目 count して」「count は？」: count asked is 何件.
        Phrasing("count_asked", r"\s*(?:を)?\s*(?<![A-Za-z])(?:count|COUNT|Count)(?![A-Za-z])(?:\s*\(\s*\*?\s*\))?\s*(?:して|で|は|を)?",
                 " 何件",
                 examples=(("R4に取組終了した実践項目 count して", "R4に取組終了した実践項目 何件"),
                           ("担当部署に(総)行政監理室を含む実践項目 count", "担当部署に(総)行政監理室を含む実践項目 何件"))),
        # 「…のやつ list で」「initiative を list」: a list asked is 一覧.
        Phrasing("list_asked", r"\s*(?:を)?\s*(?<![A-Za-z])(?:list|List|LIST)(?![A-Za-z])\s*(?:で|して|アップ|にして)?",
                 "の一覧",
                 examples=(("そのうち R2 が A のやつ list で", "そのうち R2 が A のやつの一覧"),
                           ("取組終了が空欄の実践項目 list", "取組終了が空欄の実践項目の一覧"))),
        # 「合計、avg は？」「実践項目数が max の」: an aggregate's English name is its Japanese one.
        Phrasing("aggregate_word",
                 r"(?<![A-Za-z])(avg|AVG|average|Average|max|MAX|Max|min|MIN|Min|sum|SUM|Sum)(?![A-Za-z])",
                 lambda m: {"avg": "平均", "average": "平均", "max": "最大", "min": "最小", "sum": "合計"}[m.group(1).lower()],
                 examples=(("No.13 の実践項目の合計、avg は？", "No.13 の実践項目の合計、平均 は？"),
                           ("実践項目数が max の取組項目は？", "実践項目数が 最大 の取組項目は？"))),
        # 「distinct な担当課の数」: the number of different values is the number of kinds (種類の数).
        Phrasing("distinct_count", r"(?<![A-Za-z])(?:distinct|DISTINCT|Distinct)(?![A-Za-z])\s*(?:な|の)?\s*"
                 r"([一-龥ァ-ヶー]{1,8})\s*(?:の)?\s*(?:数|count|件数)",
                 r"\1の種類の数",
                 examples=(("No.21 の実践項目、distinct な担当課の数", "No.21 の実践項目、担当課の種類の数"),)),
        # 「担当部署で group by したら件数トップ」: grouped by a field is 別; top in count is the most.
        Phrasing("group_by", r"\s*(?:で|を)?\s*(?<![A-Za-z])(?:group|GROUP|Group)\s*(?:by|BY|By)(?![A-Za-z])\s*"
                 r"(?:したら|して|すると|した|で)?\s*[、,]?\s*",
                 "別で",
                 examples=(("担当部署で group by したら件数トップはどこ？", "担当部署別で件数トップはどこ？"),)),
        Phrasing("count_top", r"件数\s*(?:が|の)?\s*(?:トップ|top|TOP|Top|1位|一位)(?:の|な)?(?=の|は|って)",
                 lambda m: "件数がいちばん多い" + ("の" if not m.string[m.end():].startswith("の") else ""),
                 examples=(("担当部署別で件数トップはどこ？", "担当部署別で件数がいちばん多いのはどこ？"),)),
        # 「2022年度まで（2022年度含む）」: the bound's own year said to be in, as まで/以前/以降 already take it.
        Phrasing("bound_year_included",
                 r"(まで|以前|以降|以後|から|以上|以下)\s*[(（]\s*" + _VALUE + r"\s*(?:も|を)?\s*(?:含む|含める|含めて|込み|を含む)\s*[)）]",
                 r"\1",
                 examples=(("取組終了が2022年度まで（2022年度含む）の実践項目", "取組終了が2022年度までの実践項目"),
                           ("R4以降(R4も含む)", "R4以降"))),
        # 「デジタル を含む (デジタルサイネージ とかも含めて)」: a compound of the word said, glossed as included; a
        # word searched in the text is found inside its compounds anyway (a bracket naming another word is kept).
        Phrasing("compound_included_gloss",
                 r"\s*[(（]\s*(?P<w>[^()（）\s]{3,24})\s*(?:とか|など|なんか|等)?\s*も?\s*(?:含めて|含む|含めた|込みで|込み)\s*[)）]",
                 _compound_gloss,
                 examples=(("意見に デジタル を含む取組項目 (デジタルサイネージ とかも含めて)", "意見に デジタル を含む取組項目"),)),
        # 「R6 のバケットは何件？」: a bucket of a breakdown is the value it counts.
        Phrasing("bucket_of_value", r"\s*の\s*(?:バケット|bucket|ビン)(?=\s*(?:は|が|って|の件数))", "",
                 examples=(("取組終了の内訳出して。R6 のバケットは何件？", "取組終了の内訳出して。R6は何件？"),)),
        # 「A の件数から B の件数を引くと？」: one count less another is their difference.
        Phrasing("count_minus_count",
                 r"([A-D])\s*の\s*件数\s*から\s*([A-D])\s*の\s*件数\s*を\s*(?:引くと|引いたら|引いた(?:値|数)?は|マイナスすると)",
                 r"\1と\2で件数の差は",
                 examples=(("総括の総合評価、A の件数から B の件数を引くと？", "総括の総合評価、AとBで件数の差は？"),)),
        # 「theme に ICT を含まない initiative」: the English names of a record kind's field and kind.
        Phrasing("english_kind_words", r"(?<![A-Za-z])(themes?|initiatives?|practices?|departments?)(?![A-Za-z])",
                 lambda m: {"theme": "テーマ", "initiative": "取組項目", "practice": "実践項目",
                            "department": "担当部署"}[m.group(1).lower().rstrip("s")],
                 flags=re.I,
                 examples=(("theme に ICT を含まない initiative を list", "テーマ に ICT を含まない 取組項目 を list"),)),
    )
