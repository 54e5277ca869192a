"""Questions said aloud (voice input): numbers read out in kana, letters of codes and eras read out, and a
value said and then corrected. Each is a phrasing (phrasings.py) run first, so the rest of the grammar
reads the digits and letters it reads when they are typed."""
from __future__ import annotations

import re

from assistant.query.grammar.phrasings import Phrasing

# The kana numerals: せん, ひゃく and じゅう with the digits before them, and a digit after (にせんにじゅうさん, さんびゃく).
_DIGITS = {"いち": 1, "に": 2, "さん": 3, "よん": 4, "ご": 5, "ろく": 6, "なな": 7, "しち": 7, "はち": 8,
           "きゅう": 9, "ぜろ": 0, "れい": 0, "ろっ": 6, "はっ": 8, "いっ": 1}
# (longest first: きゅう before く…, しち before し…)
_DIGIT = "|".join(sorted((d for d in _DIGITS if d not in ("ぜろ", "れい", "ろっ", "はっ", "いっ")), key=len, reverse=True))
# (before 年 and 人, 4 is よ and 9 is く: よねんど, くねん, よにん)
_ONES = rf"(?:{_DIGIT}|よ(?=ねん|にん)|く(?=ねん))"
_UNITS = (("せん|ぜん", 1000), ("ひゃく|びゃく|ぴゃく", 100), ("じゅう", 10))
_SEN = rf"(?:(?:{_DIGIT}|はっ)?(?:せん|ぜん))"
_HYAKU = rf"(?:(?:{_DIGIT}|ろっ|はっ)?(?:ひゃく|びゃく|ぴゃく))"
_JUU = rf"(?:(?:{_DIGIT})?じゅう)"
_NUMBER = rf"(?:{_SEN}{_HYAKU}?{_JUU}?{_ONES}?|{_HYAKU}{_JUU}?{_ONES}?|{_JUU}{_ONES}?|{_ONES}|ぜろ)"
# The native numerals, said of things counted (ひとつ…ここのつ).
_NATIVE = {"ひとつ": 1, "ふたつ": 2, "みっつ": 3, "よっつ": 4, "いつつ": 5, "むっつ": 6, "ななつ": 7, "やっつ": 8, "ここのつ": 9}
# What a number read out is counted by: the counter in kana → as written. A long ご before 年 (ごうねんど) is 5.
_COUNTERS = {"ねんど": "年度", "ねんかん": "年間", "ねん": "年", "ばんめ": "番目", "ばん": "番", "てん": "点",
             "けん": "件", "こ": "個", "かい": "回", "にん": "人", "めい": "名", "しゃ": "社", "こうもく": "項目"}
_COUNTER = "|".join(sorted(_COUNTERS, key=len, reverse=True))
# A number follows an era (れいわよねんど), a code letter (エヌさん), or stands after a particle or on its own
# (no hiragana before it: 「がいち」 has が, 「かいに」 is no number).
_BEFORE = r"(?:(?<=れいわ)|(?<=へいせい)|(?<=令和|平成)|(?<=[RHN])|(?<![ぁ-ゖ])|(?<=[がはもでのをとや])|(?<=から|まで))"
# A counter ends a word: a particle or no hiragana after it (「にんしょう」 is 認証, no 2人).
_AFTER = r"(?=[^ぁ-ゖ]|$|[のはがもでにをやかまよ]|と(?!う)|いじょう|いか|みまん)"


def _value(said: str) -> int:
    said = re.sub(r"^ごう", "ご", said)
    total = 0
    for unit, times in _UNITS:
        m = re.match(rf"(.*?)(?:{unit})", said)
        if m:
            total += (_DIGITS[m.group(1)] if m.group(1) else 1) * times
            said = said[m.end():]
    return total + ({"よ": 4, "く": 9}.get(said) or _DIGITS[said] if said else 0)


def _counted(m: re.Match) -> str:
    number, counter = m.group("n"), m.group("c")
    before = m.string[:m.start()]
    # (に and ご right after a word are its particle and a prefix: 「市民にこの」「本庁舎にかい」, no 2個, 2回)
    if number.startswith(("に", "ご")) and re.search(r"[一-龥々ァ-ヶーA-Za-z0-9]$", before) \
            and not re.search(r"(?:令和|平成|[RHN])\s*$", before):
        return m.group(0)
    # 「いちばん高い」 is the most, not number one: いちばん is 1番 only as one end of a range or list
    # (「いちばんからごばんまで」「いちばんとさんばん」).
    if number == "いち" and counter == "ばん" and not re.match(r"\s*(?:から|まで|〜|~|と(?!か)|や|、)", m.string[m.end():]):
        return m.group(0)
    return str(_value(number)) + _COUNTERS[counter]


def _bare(m: re.Match) -> str:
    return str(_value(m.group("n")))


def _decimal(m: re.Match) -> str:
    return f"{_value(m.group('a'))}.{_value(m.group('b'))}"


def _letter_numbered(m: re.Match) -> str:
    return {"エ": "N", "え": "N", "ア": "R", "あ": "R"}.get(m.group("l")[0], "H") + str(_value(m.group("n")))


SPOKEN: tuple[Phrasing, ...] = (
    # 「よんてんご以上」「さんてんはち未満」: a decimal read out (てん is its point), before a bound or at the end.
    Phrasing("kana_decimal",
             rf"{_BEFORE}(?P<a>{_NUMBER})てん(?P<b>{_DIGIT})(?=\s*(?:以上|以下|未満|より|いじょう|いか|みまん|[?？]|$))",
             _decimal,
             examples=(("委員評価がよんてんご以上", "委員評価が4.5以上"), ("さんてんはちみまん", "3.8みまん"))),
    # 「エヌじゅうご」「あーるよん」: a code's or an era's letter read out with its number.
    Phrasing("code_letter_with_kana_number",
             rf"(?P<l>エヌ|えぬ|アール|あーる|エイチ|えいち|エッチ|えっち)\s*(?P<n>{_NUMBER})(?=[^ぁ-ゖ]|$|[のはがもでとや])",
             _letter_numbered,
             examples=(("エヌじゅうごの担当", "N15の担当"), ("あーるよんで", "R4で"))),
    # 「れいわよねんど」「ごうねんど」「にじゅうにばん」「さんけん」: a number read out before its counter.
    Phrasing("kana_number_with_counter",
             rf"{_BEFORE}(?P<n>ごう(?=ねん)|{_NUMBER})(?P<c>{_COUNTER}){_AFTER}",
             _counted,
             examples=(("れいわよねんどにC評価", "れいわ4年度にC評価"), ("ごうねんどは", "5年度は"),
                       ("にじゅうにばんの取組", "22番の取組"), ("いちばんからごばんまでの取組項目", "1番から5番までの取組項目"),
                       ("R2からじゅうにてん以上", "R2から12点以上"), ("にせんにじゅうさんねんどの", "2023年度の"),
                       ("さんびゃくけん", "300件"))),
    # 「進捗度がいちしかない」「委員評価がよん以上」: a number read out alone after a particle, before a bound.
    Phrasing("kana_number_bare",
             # (after が, は, も, a で that is no まで: 「までに」 holds no 2; before a bound or the end only)
             r"(?:(?<=[がはも=])|(?<=[^ま]で))\s*(?P<n>" + _NUMBER + r")(?=\s*(?:しか|だけ|以上|以下|未満|より|いじょう|みまん|[?？]|$))",
             _bare,
             examples=(("総括の進捗度がいちしかない", "総括の進捗度が1しかない"), ("委員評価がよん以上", "委員評価が4以上"))),
    # 「実践項目がひとつしかない」「テーマがふたつ以上」: a count of things said in the native numerals (ひとつ, ふたつ),
    # after a particle and before a bound, as 1つ, 2つ (「ひとつひとつ」「もうひとつ」 stay words).
    Phrasing("native_count_bare",
             r"(?<=[がはもを])\s*(?P<n>ひとつ|ふたつ|みっつ|よっつ|いつつ|むっつ|ななつ|やっつ|ここのつ)"
             r"(?=\s*(?:しか|だけ|以上|以下|未満|より|ある|あり|いじょう|[?？]|$))",
             lambda m: f"{_NATIVE[m.group('n')]}つ",
             examples=(("実践項目がひとつしかない", "実践項目が1つしかない"), ("テーマがふたつ以上", "テーマが2つ以上"),
                       ("意見がみっつだけの", "意見が3つだけの"))),
    # 「れいわ4年度」「へいせいがんねん」: the era read out, before the number read above (as typed: 令和4年度).
    Phrasing("era_in_kana", r"(?:れいわ|へいせい)(?=\s*(?:\d|元|がんねん))|(?<=令和|平成)がん(?=ねん)",
             lambda m: {"れいわ": "令和", "へいせい": "平成", "がん": "元"}[m.group(0)],
             examples=(("れいわ4年度は", "令和4年度は"), ("へいせい30年", "平成30年"))),
    # 「エヌ3」「あーる4」「エヌのつく」: a code's or an era's letter read out.
    Phrasing("code_letter_in_kana",
             r"(?:エヌ|えぬ)(?=\s*(?:\d|の(?:つく|付く|ついた|付いた)|で始まる|以外|じゃない|じゃなく|から始まる))"
             r"|(?:アール|あーる)(?=\s*\d)|(?:エイチ|えいち|エッチ|えっち)(?=\s*\d)",
             lambda m: {"エ": "N", "え": "N", "ア": "R", "あ": "R"}[m.group(0)[0]] if m.group(0) not in (
                 "エイチ", "えいち", "エッチ", "えっち") else "H",
             examples=(("エヌ3の評価", "N3の評価"), ("あーる4で", "R4で"), ("エヌのつく実践項目", "Nのつく実践項目"))),
    # 「取組終了がR3 いやR4の」「R3、じゃなくてR4」: a value said and corrected at once; the second is meant.
    Phrasing("value_corrected",
             r"(?:(?:令和|平成|[RHN])\s*(?:\d{1,2}|元)(?:年度?)?|\d{4}年度?|\d+(?:\.\d+)?(?:点|件|個|番)?|(?<![A-Za-z])[A-D])"
             r"\s*[、,]?\s*(?:いや|いえ|あ(?:っ)?違う|ちがう)[、,]?\s*"
             r"(?=(?:令和|平成|[RHN])\s*(?:\d|元)|\d|[A-D](?![A-Za-z]))",
             "",
             examples=(("取組終了がR3 いやR4の実践項目", "取組終了がR4の実践項目"),
                       ("R3、いや、R4で", "R4で"), ("評価がB いやCの", "評価がCの"))),
)
