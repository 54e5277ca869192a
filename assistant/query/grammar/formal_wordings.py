"""Formal council wordings and plain speech that say what the grammar's own forms say: a year glossed in the
other era (「2020年度、すなわち令和2年度」「2021年度（令和3年度）」), the grade said after a comma (「自己評価で、
C評価とされた」), 「一度も欠けることなく」 for ずっと, 「最低の1点」 for the score itself, 「前年度より」 beside the two
years compared. Each is rewritten to the form the rules read (grammar/phrasings.py runs them)."""
from __future__ import annotations

# A fiscal year as a phrasing sees it (NFKC, kanji numerals made digits, before canon.py).
_YEAR = r"(?:(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?|(?:19|20)\d{2}\s*年度)"
_GRADE = r"[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ])"


def _gist_of_quote(m) -> str:
    """「「減点にはならない」みたいなこと」: a quote said to be the gist, not the words: its one noun (kanji or
    katakana, two characters or more) is what a record says, however it words the rest; a quote of several
    nouns, or of its noun alone, is left as said."""
    import re

    nouns = re.findall(r"[A-Za-z0-9一-龥々ァ-ヶー]{2,}", m.group(1))  # (「PDCAサイクル」: letters are of the noun)
    if len(nouns) != 1 or nouns[0] == m.group(1):
        return m.group(0)
    if re.match(r"(?:という|との|といった)", m.group(2)):
        return nouns[0]  # (「…という趣旨の指摘」: the noun's 指摘)
    return nouns[0] + m.group(2)


def _same_year_glossed(m) -> str:
    """The second year, when it is the first said again (「令和3年度（令和4年度実施）」 or two years are no gloss)."""
    from assistant.text.wareki import find_years

    years = [y.fiscal_year for y in find_years(m.group(0))]
    if len(years) != 2 or years[0] != years[1]:
        return m.group(0)
    return m.group(2) or m.group(3)


def _years_listed_as_span(m) -> str:
    """「R2、R3、R4と」 before ずっと: the span from the first year to the last, when the years follow one
    another (years with gaps are left as said)."""
    from assistant.text.wareki import find_years

    said = [y.fiscal_year for y in find_years(m.group(1) + m.group(2))]
    if len(said) < 2 or any(b != a + 1 for a, b in zip(said, said[1:])):
        return m.group(0)
    import re

    last = re.split(r"\s*[、,・]\s*", m.group(2).strip(" 、,・"))[-1]
    return f"{m.group(1)}から{last}まで"


def _years_compared_as_change(m) -> str:
    """「R3よりR7の方が多い」 → 「R3からR7で増えた」; 「R7よりR3の方が多い」 (the later year first) → 「R3からR7で減った」:
    the earlier year is always the one changed from; one year twice or a year unread is left as said."""
    from assistant.text.wareki import find_years

    first, second = (find_years(m.group(i)) for i in (1, 2))
    if not first or not second or first[0].fiscal_year == second[0].fiscal_year:
        return m.group(0)
    more = m.group("w") == "多"
    if first[0].fiscal_year < second[0].fiscal_year:
        return f"{m.group(1)}から{m.group(2)}で{'増えた' if more else '減った'}"
    return f"{m.group(2)}から{m.group(1)}で{'減った' if more else '増えた'}"


def formal_wordings():
    """Phrasings of formal or plain speech, run after the asker's context (grammar/asker_context.py)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        # 「令和4年度における実績値」: における of a year is の.
        Phrasing("year_niokeru", rf"({_YEAR})\s*における(?=\s*[一-龥ァ-ヶー])", r"\1の",
                 examples=(("同指標の令和4年度における実績値", "同指標の令和4年度の実績値"),)),
        # 「同指標の…」「同事業について」: the record just answered, said formally (その).
        Phrasing("same_record_formal",
                 r"^(\s*(?:また|次に|では)?[、,]?\s*)同(指標|事業|事務事業|連携事業|項目|実践項目|取組項目|事例|記事|会議|研修|団体)(?=\s*(?:の|は|に|で|について|において))",
                 r"\1その\2",
                 examples=(("同指標の令和4年度の実績値", "その指標の令和4年度の実績値"),
                           ("次に、同事業の担当課は", "次に、その事業の担当課は"))),
        # 「「減点にはならない」みたいなこと書いてある」: the gist of a quote, not its words.
        Phrasing("gist_of_quote",
                 r"[「『]([^」』]{2,30})[」』]\s*((?:みたいな|のような|ような|といった|っぽい|的な|に近い|に類する)\s*"
                 r"(?:こと|内容|趣旨|意見|話|記述|文言|表現|指摘|もの)|(?:という|との|といった)\s*(?:趣旨|旨|ニュアンス|意味合い))",
                 _gist_of_quote,
                 examples=(("委員意見で「減点にはならない」みたいなこと書いてある取組", "委員意見で減点みたいなこと書いてある取組"),
                           ("「コストメリットが薄い」のような指摘", "コストメリットのような指摘"),
                           ("委員から『PDCAサイクルを回すように』という趣旨の指摘があった取組項目", "委員からPDCAサイクルの指摘があった取組項目"))),
        # 「高齢化の問題に触れている」「外国人住民への対応について意見を述べている」: the topic said with a word
        # for a topic (問題, 話題, 対応); what the comment touches is the topic's own word. (The topic may end in a
        # gloss in brackets: 「お年寄り（高齢者）への対応について」.)
        Phrasing("topic_wrapped_in_a_word",
                 r"(?:(?<=[一-龥々ァ-ヶー])|(?<=[一-龥々ァ-ヶー][)）]))(?:の|という|への|に対する)\s*(?:問題|話題|テーマ|観点|事柄|対応|配慮)"
                 r"(?=\s*(?:に|について|には|に関して|に関する)\s*(?:は|も)?\s*(?:触れ|ふれ|言及|委員|意見|述べ|指摘|コメント|[、,]))",
                 "",
                 examples=(("高齢者や高齢化の問題に触れている取組項目", "高齢者や高齢化に触れている取組項目"),
                           ("外国人住民への対応について委員が意見を述べている", "外国人住民について委員が意見を述べている"),
                           ("お年寄り（高齢者）への対応について委員が意見を書いてる", "お年寄り（高齢者）について委員が意見を書いてる"))),
        # 「外国人住民」「高齢者市民」: the people a group word names, said with 住民: the group word is what a text says.
        Phrasing("group_of_residents",
                 r"((?:外国|在留外国|高齢|障害|障がい|若|女性|子育て)(?:人|者))(?:住民|市民)(?![一-龥々ァ-ヶー])",
                 r"\1",
                 examples=(("外国人住民について委員が意見を述べている", "外国人について委員が意見を述べている"),)),
        # 「連携事業の6番以降で」: numbered from (up to) a number, said with 番 as with No.
        Phrasing("numbered_from_said_with_ban",
                 r"(?<![\dA-Za-z.位])(?<!上位)(?<!下位)(\d{1,3})\s*番目?\s*(?=以降|以後|まで|以前|より後|から後)",
                 r"No.\1",
                 examples=(("連携事業の6番以降で", "連携事業のNo.6以降で"), ("3番目までの実践項目", "No.3までの実践項目"))),
        # 「…はどれか伺います」「…の合計点を伺います。」: the council's way of asking (伺う is 聞く, humbly said).
        Phrasing("asked_humbly",
                 r"((?:どれ|何|なに|どこ|いくつ|何件|誰|どの[^。？?、,]{1,6})(?:か|であるか|なのか))\s*(?:を)?\s*(?:お)?(?:伺います|うかがいます|伺う|お尋ねします|尋ねます|お聞きします)"
                 r"|\s*(?:を|について)\s*(?:お)?(?:伺います|うかがいます|伺う|うかがう|お尋ねします|お聞きします|問う|問います)(?=\s*[。．]?\s*$)",
                 lambda m: m.group(1) or "", keep_whole=True,
                 examples=(("取組を終了した実践項目はどれか伺います。", "取組を終了した実践項目はどれか。"),
                           ("各実践項目の合計点を伺います。", "各実践項目の合計点。"),
                           ("いずれも2点であったものについて伺う。", "いずれも2点であったもの。"))),
        # 「…の担当部署如何。」「…の差は如何」: a written question's 如何 (いかが) asks what the thing named is.
        Phrasing("asked_ikan",
                 r"\s*(?:は)?\s*(?:如何|いかん)(?:か|ですか|でしょうか)?(?=\s*[。．?？]?\s*$)",
                 "は?", keep_whole=True,
                 examples=(("当該項目のうち、総合評価がBとされたものの担当部署如何。", "当該項目のうち、総合評価がBとされたものの担当部署は?。"),
                           ("最も高い値と最も低い値の差は如何", "最も高い値と最も低い値の差は?"))),
        # 「効率性及び創造性がいずれも2点」: 及び / 並びに between two scores lists them as と does.
        Phrasing("scores_listed_oyobi", r"({NUMERIC})\s*(?:及び|並びに|および|ならびに)\s*(?={NUMERIC})", r"\1と",
                 examples=(("進捗度、連携度、効率性及び創造性がいずれも2点", "進捗度、連携度、効率性と創造性がいずれも2点"),)),
        # 「取組項目ごとの審議会評価平均について、最も高い値と最も低い値の差」: a score named as the topic, then
        # its highest and lowest (the values of each record, ごとの said of them, are what is compared).
        Phrasing("score_topic_then_extremes",
                 r"(?:(?<=[一-龥ァ-ヶー])(?:ごと|毎|別)の\s*)?({NUMERIC})\s*(?:について|に関して|については|に係る)\s*[、,]\s*"
                 r"(?=(?:その|各)?\s*(?:最も|一番|いちばん)?\s*(?:高い|大きい|低い|小さい|最高|最低|最大|最小))",
                 lambda m: ("の" if m.group(0)[:1] in "ごと毎別" else "") + m.group(1) + "の",
                 examples=(("取組項目ごとの審議会評価平均について、最も高い値と最も低い値の差", "取組項目の審議会評価平均の最も高い値と最も低い値の差"),
                           ("委員評価について、最高と最低の差", "委員評価の最高と最低の差"))),
        # 「未だ空欄である」「未だに終了していない」: 未だ (いまだ) is the written まだ.
        Phrasing("imada_written", r"未だ(?:に)?", "まだ",
                 examples=(("取組終了の欄が未だ空欄であるもの", "取組終了の欄がまだ空欄であるもの"),)),
        # 「…の件数を問う。」: a written question asking a count (問う is 尋ねる).
        Phrasing("count_asked_tou",
                 r"(?:の)?\s*(?:件数|数)\s*(?:を|について)\s*(?:問う|問います|問いたい)(?=\s*[。．]?\s*$)",
                 "は何件?", keep_whole=True,
                 examples=(("行政監理室が所管する実践項目の件数を問う。", "行政監理室が所管する実践項目は何件?。"),)),
        # 「2020年度、すなわち令和2年度」「2021年度（令和3年度）」: one year said in both eras; the second says it again.
        Phrasing("year_glossed_in_other_era",
                 rf"({_YEAR})\s*(?:[、,]?\s*(?:すなわち|即ち|つまり|言い換えれば)[、,]?\s*({_YEAR})|[(（]\s*({_YEAR})\s*[)）])",
                 _same_year_glossed,
                 examples=(("2020年度、すなわち令和2年度の自己評価", "令和2年度の自己評価"),
                           ("2021年度（令和3年度）までに取組を終了した", "令和3年度までに取組を終了した"),
                           ("令和4年度(2022年度)にAだった", "2022年度にAだった"),
                           ("R3年度(2021年度)に終わった", "2021年度に終わった"))),
        # 「担当部署による自己評価」: who makes the self-evaluation, said beside it (every self-evaluation is theirs).
        Phrasing("self_evaluation_by_departments",
                 r"(?:担当部署|担当課|所管課|各課|担当部局|各部署)\s*(?:による|が行った|が行う|が実施した)\s*(?=自己評価)",
                 "",
                 examples=(("令和2年度の担当部署による自己評価において", "令和2年度の自己評価において"),)),
        # 「自己評価において、C評価とされた」: the grade said after a comma is the grade of the evaluation named.
        Phrasing("grade_after_evaluation_comma",
                 rf"((?:自己評価|総合評価|評価)\s*(?:において|における|で|では|に関して|については))\s*[、,]\s*(?={_GRADE}\s*(?:評価|判定)?\s*(?:と|に|が|の|だ|で))",
                 r"\1",
                 examples=(("令和2年度の自己評価において、C評価とされた実践項目", "令和2年度の自己評価においてC評価とされた実践項目"),
                           ("R3の評価で、Aだった項目", "R3の評価でAだった項目"))),
        # 「一度も欠けることなくA評価を維持し続けた」「途切れることなく」: every year of the span, as ずっと says.
        Phrasing("never_missing_a_year",
                 r"(?:一度も|1度も|一回も|1回も)?\s*(?:欠ける|欠け|途切れる|途切れ|途絶える|途絶え)\s*(?:こと)?\s*(?:なく|ずに|ず)[、,]?\s*"
                 r"|(?:一度も|1度も)?\s*欠かさず[、,]?\s*",
                 "ずっと",
                 examples=(("4年間、一度も欠けることなくA評価を維持し続けた", "4年間、ずっとA評価を維持し続けた"),
                           ("途切れることなくAだった", "ずっとAだった"))),
        # 「R5・R6ともに評価が○以上を維持している」: a level kept over years said together (ともに, どちらも) is that level
        # in each of them; 維持 adds nothing (read alone, 維持 is a grade unchanged, which ○ then ◎ is not).
        Phrasing("level_kept_over_years",
                 r"((?:ともに|とも|どちらも|両方とも|いずれも|ずっと)[^。?？]{0,30}?(?:以上|以下))\s*を\s*"
                 r"(?:維持|キープ|保持)\s*(?:し続けて(?:い)?る|し続けた|して(?:い)?る|した|できて(?:い)?る|できた)"
                 r"(?P<noun>(?=\s*[一-龥ァ-ヶー])|の)?",
                 lambda m: m.group(1) + ("の" if m.group("noun") is not None else ""),
                 tables=True,
                 examples=(("R5・R6ともに評価が○以上を維持している取組", "R5・R6ともに評価が○以上の取組"),
                           ("R5・R6ともに○以上を維持しているのは？", "R5・R6ともに○以上のは？"))),
        # 「２年度から５年度まで、いっつもAだった」: いつも (常に, 毎回) after a span of years is ずっと, every year of it.
        Phrasing("always_over_span",
                 r"(まで|(?:〜|~|～)\s*(?:(?:令和|平成|R|H)\s*)?\d{1,4}\s*(?:年度?)?)\s*([、,]?)\s*(?:いっつも|いつも|常に|毎回|毎度)(?=\s*[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ]))",
                 r"\1\2ずっと",
                 examples=(("２年度から５年度まで、いっつもAだった実践項目", "２年度から５年度まで、ずっとAだった実践項目"),
                           ("R2〜R5いつもAの項目", "R2〜R5ずっとAの項目"))),
        # 「R2〜R5の4年度、ずっとA」: the number of years the span holds, said with 年度 as with 年間.
        Phrasing("years_counted_after_span",
                 rf"({_YEAR}\s*(?:〜|~|～|から)\s*{_YEAR}\s*(?:まで)?\s*の\s*\d+)\s*(?:か|ヵ|カ|ケ|ヶ)?年度(?=\s*[、,]|\s*(?:ずっと|すべて|全て|とも))",
                 r"\1年間",
                 examples=(("R2〜R5の4年度、ずっとA", "R2〜R5の4年間、ずっとA"),)),
        # 「4年度ずっとB評価のまま」: a count of years said with 年度 (not a year: no era or R before it) is
        # the years' length, as 「4年間ずっと」 says it.
        # (the last of years listed, 「令和2年度、3年度、4年度すべてB」, is a year: left as said)
        Phrasing("years_counted_with_nendo",
                 r"(?<![0-9A-Za-zＡ-Ｚａ-ｚ和成元])(?<!年度、)(?<!年度,)(?<!年度・)(?<!年度と)(?<!年度や)"
                 r"(\d)\s*(?:か|ヵ|カ|ケ|ヶ)?年度(?=\s*[、,]?\s*ずっと)",
                 r"\1年間",
                 examples=(("4年度ずっとB評価のまま", "4年間ずっとB評価のまま"),
                           ("3か年度、ずっとA", "3年間、ずっとA"))),
        # 「R2、R3、R4とずっとB」: consecutive years listed before ずっと are the span from the first to the last.
        Phrasing("years_listed_all_along",
                 rf"({_YEAR})((?:\s*[、,・]\s*{_YEAR})+)\s*(?:と|は|の間|が|で)?\s*[、,]?\s*(?=ずっと)",
                 _years_listed_as_span,
                 examples=(("R2、R3、R4とずっとBで", "R2からR4までずっとBで"),
                           ("令和2年度・令和3年度はずっとA", "令和2年度から令和3年度までずっとA"))),
        # 「ずっとBで足踏みしていて」「Bのまま停滞し」: staying at the grade, as ずっと…で already says.
        Phrasing("grade_stalled",
                 r"([A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ])(?:評価)?)\s*(で|のまま)\s*(?:足踏み|停滞|横ばい|据え置き)\s*(?:を)?\s*"
                 r"(?:していて|しており|していた|している|してて|したまま|した|状態で|状態が続き|が続き|が続いて(?:いて)?|し)?",
                 r"\1\2",
                 examples=(("ずっとBで足踏みしていて、R5で", "ずっとBで、R5で"),
                           ("Cのまま停滞しており", "Cのまま"))),
        # 「R5年度になってAに上がった」: the year the grade came, said with になって, is that year's grade.
        # (「になってから」 says from then on, and is left as said)
        Phrasing("year_became",
                 rf"({_YEAR})\s*(?:に)?なって(?!から)\s*[、,]?\s*(?=(?:ようやく|やっと|ついに|とうとう)?\s*{_GRADE})",
                 r"\1に",
                 examples=(("R5年度になってようやくAに上がった", "R5年度にようやくAに上がった"),)),
        # 「ずっとBで、R5にようやくAに上がった」: after the years before are said, ようやく adds nothing to the
        # year's grade (alone, it says the grade never came before, and is left unread).
        Phrasing("finally_after_years_said",
                 rf"(ずっと[^。？?]{{0,40}}?[、,]\s*{_YEAR}\s*(?:で|に|には)\s*)(?:ようやく|やっと|ついに|とうとう)\s*(?={_GRADE})",
                 r"\1",
                 examples=(("R2からR4までずっとBで、R5年度にようやくAに上がった", "R2からR4までずっとBで、R5年度にAに上がった"),)),
        # 「AにもCにもならなかった」: none of the grades said came in any year, as 「一度もAもCもついたことがない」.
        Phrasing("neither_grade_became",
                 rf"(?:一度も|1度も|一回も|1回も)?\s*({_GRADE})(?:評価)?にも\s*({_GRADE})(?:評価)?にも\s*"
                 r"(?:ならなかった|ならない|なっていない|なってない|なりませんでした|なっていません|なったことがない)",
                 r"一度も\1も\2もついたことがない",
                 examples=(("AにもCにもならなかった実践項目", "一度もAもCもついたことがない実践項目"),)),
        # 「目標値を現状値より小さく（減らす方向に）設定している取組」: a figure set below or above another is one
        # compared with it (目標値が現状値より小さい); the bracketed words after the comparison gloss it.
        Phrasing("set_compared_to_another",
                 r"([一-龥ァ-ヶー()（）0-9A-Za-z]{1,12})を\s*([一-龥ァ-ヶー()（）0-9A-Za-z]{1,12})より\s*"
                 r"(小さ|大き|低|高|多|少な)く\s*(?:[(（][^()（）]{1,20}[)）])?\s*"
                 r"(?:設定し|定め|見込ん|計画し|置い)\s*(?:て)?\s*(?:い)?\s*(?:る|た)(?=\s*[一-龥ァ-ヶー])",
                 r"\1が\2より\3い", tables=True,
                 examples=(("目標値を現状値より小さく（減らす方向に）設定している取組は", "目標値が現状値より小さい取組は"),
                           ("目標値を現状値より高く設定した指標", "目標値が現状値より高い指標"))),
        # 「R5の現状値が0になってる指標の取組」: a clause on an item's indicator, then 「指標の取組」, asks for the items
        # whose indicator is so; the indicator said again names no other thing.
        Phrasing("items_of_the_indicator_said",
                 r"(?<=[るたい])\s*(?:成果)?指標\s*の\s*(?=取組|事業|施策|項目)",
                 "", tables=True,
                 examples=(("現状値が0になってる指標の取組", "現状値が0になってる取組"),)),
        # 「目標値は現状値から何百万円増やす計画？」: how much one figure is planned to move from another is their
        # difference, asked in the unit said (目標値と現状値の差は何百万円). Only a plan's move (計画, 予定): 「R7見込は
        # R6当初から何千円減る」 of a group is its total change, read by the tables themselves.
        Phrasing("moved_from_another_figure",
                 r"(?<![一-龥ァ-ヶー])([一-龥ァ-ヶー()（）0-9A-Za-z]{1,12}?)\s*(?:は|が|を)\s*([一-龥ァ-ヶー()（）0-9A-Za-z]{1,12}?)\s*"
                 r"(?:から|より)\s*(何\s*(?:[十百千万億]*円|件|人|%|％|ポイント)?|いくら)\s*"
                 r"(?:増やす|増える|増加する|増加させる|伸ばす|伸びる|引き上げる|上げる|減らす|減る|減少する|削減する|引き下げる|下げる)"
                 r"(?:計画|予定|目標|見込み|見込|つもり)",
                 r"\1と\2の差は\3", tables=True,
                 examples=(("寄附額、目標値は現状値から何百万円増やす計画？", "寄附額、目標値と現状値の差は何百万円？"),
                           ("目標値は現状値からいくら減らす予定", "目標値と現状値の差はいくら"))),
        # 「対象外扱いになった意見」「今後の参考扱いの意見」「参考扱いのもの」: a class an answer was treated as (扱い) is
        # the class it has (対象外になった); 取扱い is another word.
        Phrasing("treated_as_class",
                 r"(?<=[一-龥ァ-ヶー])(?<!取)(?<!取り)扱い\s*(?=(?:に|と)\s*(?:なっ|なる|され|した)|された|の(?=[一-龥ァ-ヶー]|もの))",
                 "", tables=True,
                 examples=(("対象外扱いになった意見は", "対象外になった意見は"),
                           ("そのうち今後の参考扱いになったのは", "そのうち今後の参考になったのは"),
                           ("参考扱いの意見", "参考の意見"),
                           ("そのうち参考扱いのものは？", "そのうち参考のものは？"))),
        # 「提出者番号10の人の意見」: the person a number stands for, said after it, is the number's rows (提出者番号10の意見).
        Phrasing("person_of_a_number",
                 r"(番号\s*\d+)\s*(?:番)?\s*の\s*(?:人|方|かた|ひと)\s*(?=の|が|から|は)",
                 r"\1", tables=True,
                 examples=(("提出者番号10の人の意見を見せて", "提出者番号10の意見を見せて"),
                           ("提出者番号3の方から出た意見", "提出者番号3から出た意見"))),
        # 「取組を一番多く受け持ってる担当課」: the most of the rows held by one value, said by what the value does with
        # them, is 「取組が一番多い担当課」 (the value most rows hold), as the tables read it.
        Phrasing("most_held_by_verb",
                 r"([一-龥ァ-ヶー]{1,8})を\s*(いちばん|一番|最も|もっとも)\s*多く\s*"
                 r"(?:受け持っ|担当し|持っ|抱え|所管し|担っ|受け持ち|抱えて)\s*(?:て)?\s*(?:い)?\s*(?:る|た)(?=\s*[一-龥ァ-ヶー])",
                 r"\1が\2多い", tables_only=True,
                 examples=(("取組を一番多く受け持ってる担当課はどこ", "取組が一番多い担当課はどこ"),
                           ("事業を最も多く所管している課は", "事業が最も多い課は"))),
        # 「大綱案の取組」「計画案では」: a plan's draft said run together is the draft as its papers print it,
        # 「大綱（案）」, so the name is read as the document's (a draft's title and file name bracket its 案).
        Phrasing("draft_said_run_together",
                 r"(大綱|計画|プラン|方針|指針|戦略|構想)案(?=\s*(?:の|で|に|は|では|には|を|って))",
                 r"\1（案）", tables=True,
                 examples=(("大綱案の取組を担当してる課は", "大綱（案）の取組を担当してる課は"),
                           ("計画案では何年間", "計画（案）では何年間"),)),
        # 「担当してる課・室」「課や室はいくつ」: the kinds of office said together are offices, as 課 alone says
        # (the column of 担当課 holds 企画政策課 and デジタル推進室 alike); a named office 「総務課・企画室」 is two.
        Phrasing("office_kinds_together",
                 r"(?<![一-龥ァ-ヶー])課\s*(?:・|や|と|、|／|/)?\s*室(?![一-龥ァ-ヶー])",
                 "課", tables=True,
                 examples=(("取組を担当してる課・室は全部でいくつ", "取組を担当してる課は全部でいくつ"),
                           ("担当の課や室はどこ", "担当の課はどこ"),)),
        # 「当初（R2年度）から評価のある」: the first year glossed in brackets is that year.
        Phrasing("first_year_glossed",
                 rf"(?:計画)?(?:当初|最初|初年度|開始時|開始当初)\s*[(（]\s*({_YEAR})\s*[)）]",
                 r"\1",
                 examples=(("当初（R2年度）から評価のある実践項目", "R2年度から評価のある実践項目"),)),
        # 「望ましい方向と逆に動いた指標」: a figure moving against the way the document says is better (↑ / ↓)
        # got worse; 「望ましい方向に動いた」 better.
        Phrasing("against_desired_direction",
                 r"(?:望ましい|目指す|目指すべき|目標とする|あるべき)\s*方向\s*(?:と|とは|に)\s*(?:逆|反対)\s*(?:の方向)?\s*に\s*"
                 r"(?:動い|推移し|変化し|進ん|振れ)(?=た|て)",
                 "悪化し", tables=True,
                 examples=(("R3からR6にかけて、望ましい方向と逆に動いた経営指標", "R3からR6にかけて、悪化した経営指標"),
                           ("望ましい方向とは反対に推移した指標", "悪化した指標"))),
        # 「経営基盤の強化（B）以外」「経営基盤の強化（Ｂ区分）の取組」: a group named, its code glossed in brackets
        # after the name (not a grade: 「総合評価（B）」, nor the code of a word of codes, 「大区分（B）」) says it again.
        Phrasing("code_glossed_after_name",
                 r"(?<=[一-龥ァ-ヶー])(?<!評価)(?<!判定)(?<!ランク)(?<!区分)(?<!記号)(?<!番号)"
                 r"\s*[(（]\s*[A-ZＡ-Ｚ]\s*(?:区分)?\s*[)）](?=\s*(?:以外|の|で|に|は|を|が))",
                 "", aside=True, tables=True,
                 examples=(("経営基盤の強化（B）以外で「やや遅れ」の取組", "経営基盤の強化以外で「やや遅れ」の取組"),
                           ("経営基盤の強化（Ｂ区分）の取組", "経営基盤の強化の取組"))),
        # 「計画も実績も「－」だった」: one value quoted for two columns said with も is each column's.
        Phrasing("both_columns_one_quoted_value",
                 r"([一-龥ァ-ヶー]{1,8})\s*も\s*([一-龥ァ-ヶー]{1,8})\s*も\s*(「[^「」]{1,8}」)",
                 r"\1が\3、\2が\3", tables=True,
                 examples=(("令和５年度は計画も実績も「－」だった取組", "令和５年度は計画が「－」、実績が「－」だった取組"),)),
        # 「◎でも○でもなかった」: neither mark, said of a table's columns of marks (a legend's ◎○△×), is every
        # other mark, as 「◎と○以外」 says it (the records' grammar reads grades so itself: grades.py)
        Phrasing("neither_mark",
                 r"([◎○〇◯△▲×●])\s*でも\s*([◎○〇◯△▲×●])\s*でも\s*(?:な(?P<t>かった|い|く)|ありません(?:でした)?)",
                 lambda m: f"{m.group(1)}と{m.group(2)}以外" + ("で" if m.group("t") == "く" else "だった"),
                 tables_only=True,
                 examples=(("R5もR6も◎でも○でもなかった連携事業", "R5もR6も◎と○以外だった連携事業"),
                           ("令和6年度が△でも×でもない事業", "令和6年度が△と×以外だった事業"))),
        # 「書かない窓口の対象手続」「オンライン申請の対象となる手続」: the rows a category covers, said with 対象, are
        # that category's rows (the tables' reader: a list's heading is the category, 対象 no column of it)
        Phrasing("category_covers_rows",
                 r"の\s*対象(?:と\s*なる|と\s*なっている|になっている|の)?\s*(?=[一-龥ァ-ヶー]{1,4}(?:は|を|って|が|の|[?？、]|$))",
                 "の", tables_only=True,
                 examples=(("書かない窓口の対象手続は？", "書かない窓口の手続は？"),
                           ("オンライン申請の対象となる手続を教えて", "オンライン申請の手続を教えて"))),
        # 「令和７年４月以降に委託を開始した、または開始予定の業務」: begun or to begin, both by the date bound said;
        # 「または…予定」 adds no condition (the tables' reader: a column of start months holds the planned ones too)
        Phrasing("done_or_planned",
                 r"(?P<v>開始|実施|着手|導入|委託)(?P<t>した|している)\s*[、,]?\s*(?:または|もしくは|あるいは|か)\s*"
                 r"(?:(?P=v)\s*(?:する)?\s*)?予定(?:の|である|が(?:ある|あります))?",
                 lambda m: f"{m.group('v')}{m.group('t')}", tables_only=True,
                 examples=(("令和７年４月以降に委託を開始した、または開始予定の業務", "令和７年４月以降に委託を開始した業務"),
                           ("令和６年度以降に導入した、あるいは導入する予定の施設", "令和６年度以降に導入した施設"))),
        # 「委託開始の時期がまだ決まっていない」: the time of a start is the start said (a column 委託開始 of months)
        Phrasing("time_of_start",
                 r"(?P<v>開始|終了|着手|完了)の\s*(?:時期|年月|月)(?=\s*(?:が|は|も|って))",
                 lambda m: m.group("v"), tables_only=True,
                 examples=(("委託開始の時期がまだ決まっていない業務は？", "委託開始がまだ決まっていない業務は？"),
                           ("工事完了の年月は？", "工事完了は？"))),
        Phrasing("along_desired_direction",
                 r"(?:望ましい|目指す|目指すべき|目標とする|あるべき)\s*方向\s*(?:に|へ)\s*(?:動い|推移し|変化し|進ん)(?=た|て)",
                 "改善し", tables=True,
                 examples=(("望ましい方向に動いた指標", "改善した指標"),)),
        # 「フルタイムが一人もいない職種」「申請が1件もなかった月」: none at all of what the figure counts, its figure 0
        # (the records' 「意見が一つもない」 is scores.py's; this is the tables' figure said in its own counter)
        Phrasing("none_at_all_counted",
                 r"(?:一|[1１]|ひと)\s*(人|名|件|か所|箇所|台|校|回)\s*も\s*(?:いない|いなかった|いません|おらず|ない|なかった|ありません|なく)"
                 r"(?=[一-龥ァ-ヶー]|\s*(?:の|[?？、。]|$))",
                 r"0\1の", tables_only=True,
                 examples=(("R7にフルタイムが一人もいない職種は？", "R7にフルタイムが0人の職種は？"),
                           ("申請が1件もなかった月", "申請が0件の月"),
                           # (the tables' reader reads the question as typed: a digit in full width too)
                           ("令和５年度に提案が１件もなかった部局", "令和５年度に提案が0件の部局"))),
        # 「R3よりR7の方が多い職種」「R7がR3より少ない」: one year's figure against another's is the change between them
        # (the earlier year first), as 「R3からR7で増えた」 reads it
        Phrasing("years_compared_as_change",
                 rf"({_YEAR})\s*より\s*({_YEAR})\s*(?:の方|のほう)?\s*が\s*(?P<w>多|少な)(?:い|かった)",
                 _years_compared_as_change, tables=True,
                 examples=(("職種別の表で、R3よりR7の方が多い職種は？", "職種別の表で、R3からR7で増えた職種は？"),
                           ("令和5年度より令和6年度が少なかった施設", "令和5年度から令和6年度で減った施設"),
                           ("R7よりR3の方が多い職種", "R3からR7で減った職種"))),
        # 「一番人数が減った課」「一番職員が減った部門」: the superlative said before the changing figure's word is the
        # verb's (the most fallen), as 「人数が一番減った」 says it
        Phrasing("most_before_changed_word",
                 r"(いちばん|一番|最も|もっとも)([一-龥ァ-ヶー]{1,6})(が|の)(?=減っ|減少し|減り|増え|増加し|伸び|下がっ|上がっ)",
                 r"\2\3\1", tables=True,
                 examples=(("R2からR7で一番人数が減った課は？", "R2からR7で人数が一番減った課は？"),
                           ("一番職員が減った部門", "職員が一番減った部門"),
                           ("最も利用者が増えた施設", "利用者が最も増えた施設"))),
        # 「▲3以上、つまり3人以上減った課」: the mark's bound (a fall of 3 or more, the document's minus) restated as the
        # fall it means, the same number: said once, as the mark's bound (a different number is no restatement)
        Phrasing("fall_mark_restated",
                 r"([▲△]\s*(\d+)\s*(?:人|件|円|千円|万円|百万円|億円|%|ポイント)?\s*以上)\s*[、,]?\s*"
                 r"(?:つまり|すなわち|要するに|言い換えると|言い換えれば)\s*[、,]?\s*\2\s*(?:人|件|円|千円|万円|百万円|億円|%|ポイント)?\s*"
                 r"以上\s*(?:減っ|減少し|少なくなっ)(?:た|ている|てる|ています)",
                 r"\1の", tables=True,
                 examples=(("増減の欄で▲3以上、つまり3人以上減った課を教えて", "増減の欄で▲3以上の課を教えて"),
                           ("増減が△5以上、すなわち5件以上減少した業務", "増減が△5以上の業務"))),
        # 「令和3年度までに（つまりR2かR3で）」: a bracketed restatement of what was just said says it again.
        Phrasing("restated_in_brackets",
                 r"\s*[(（]\s*(?:つまり|すなわち|即ち|要するに|言い換えると|言い換えれば)[、,]?[^()（）]{1,30}[)）]",
                 "",
                 examples=(("令和3年度までに（つまりR2かR3で）取組終了となった", "令和3年度までに取組終了となった"),)),
        # 「自己評価ずっとA」: the particle left out between the evaluation and ずっと.
        Phrasing("evaluation_then_all_along",
                 rf"((?:自己評価|総合評価|評価))(?=\s*(?:ずっと|毎年|一貫して|常に|いつも)\s*{_GRADE})",
                 r"\1が",
                 examples=(("自己評価ずっとAの実践項目", "自己評価がずっとAの実践項目"),)),
        # 「R3からR4にかけて、自己評価が前年度より下がった」: the year before is the first of the two years said.
        Phrasing("previous_year_of_two_said",
                 rf"(から\s*{_YEAR}\s*(?:に|で|にかけて|の間で?)[、,]?\s*(?:(?:自己|総合)?評価)?\s*(?:が|は)?\s*)"
                 r"(?:前年度?|前の年度?|前年)\s*(?:より|と比べて|に比べて|と比較して)\s*(?=下が|上が|悪く|良く|悪化|改善)",
                 r"\1",
                 examples=(("R3からR4に自己評価が前年度より下がった", "R3からR4に自己評価が下がった"),)),
        # 「総括自己評価において進捗度が」: the heading the score is printed under, said before the score.
        # (「N16の総括の自己評価で」: the 総括 row of the sheet of one record named by its number, left as said)
        Phrasing("summary_heading_before_score",
                 r"(?<!\dの)総括\s*(?:の)?\s*自己評価\s*(?:において|における|で|では|の中で|のうち)[、,]?\s*(?=(?:{SCORES})\s*(?:が|は)\s*(?:最低|最高|満点|最も|\d))",
                 "",
                 examples=(("総括自己評価において進捗度が1点", "進捗度が1点"),
                           ("総括の自己評価で、効率性が3点", "効率性が3点"))),
        # 「総括合計点」: the total of the summary self-evaluation, the only total the items have (「総括の合計」 is
        # read as said).
        Phrasing("summary_total",
                 r"(?<!\dの)総括\s*(?=合計)",
                 "",
                 examples=(("各実践項目の総括合計点", "各実践項目の合計点"),)),
        # 「最も合計点が高いのは」: the superlative said before the score, as 「合計点が最も高い」 says it.
        Phrasing("most_before_score",
                 r"(最も|もっとも|一番|いちばん)\s*((?:{SCORES})|合計点|合計|総合点|点数|得点|評価点|平均点|委員評価|委員会評価|審議会評価)\s*(?:が|の)\s*"
                 r"(?=高い|低い|高かった|低かった|良い|悪い|大きい|小さい)",
                 r"\2が\1",
                 examples=(("その中で最も合計点が高いのはどの項目か", "その中で合計点が最も高いのはどの項目か"),
                           ("いちばん進捗度の低い実践項目", "進捗度がいちばん低い実践項目"))),
        # 「進捗度が最低の1点とされた」: the score said with what it is on the scale; the figure is what is compared.
        Phrasing("score_said_as_lowest",
                 # (the total too: 「合計が満点12点」)
                 r"((?:{SCORES}|合計点|合計|総合点)\s*(?:が|は))\s*(?:最低|最高|最も低い|最も高い|一番低い|一番高い|満点)\s*(?:の|点の|点である|である)?\s*(\d+\s*点)",
                 r"\1\2",
                 examples=(("進捗度が最低の1点とされた", "進捗度が1点とされた"),
                           ("効率性が満点の3点", "効率性が3点"),
                           ("総括の合計が満点12点の実践項目", "総括の合計が12点の実践項目"))),
        # 「進捗度が1点と最低だった」: the same gloss said after the figure; the figure is the condition, not an
        # extreme asked of the rows.
        Phrasing("score_glossed_as_lowest_after",
                 r"((?:{SCORES})\s*(?:が|は)\s*\d+\s*点)\s*(?:と|で)[、,]?\s*(?:最低|最高|満点|最も低|最も高|一番低|一番高|いちばん低|いちばん高)"
                 r"(?=\s*(?:だった|であった|とされた|の|な|[?？。、]|$))",
                 r"\1",
                 examples=(("進捗度が1点と最低だった実践項目", "進捗度が1点だった実践項目"),
                           ("効率性が3点と満点の実践項目", "効率性が3点の実践項目"))),
        # 「交付額が上限額いっぱいまで出た」: an amount that reached its ceiling is one equal to it (上限額と同じ);
        # the column of the ceiling is then compared with the amount's, year by year where it is printed so.
        Phrasing("amount_up_to_its_ceiling",
                 r"((?:上限|限度|最高)(?:金額|額))\s*(?:いっぱい|一杯|ぎりぎり|ギリギリ|満額)\s*(?:まで)?\s*"
                 r"(?:出た|出て(?:い)?る|出ていた|出てた|使った|使って(?:い)?る|交付された|支給された|もらった|受けた|だった|になった)",
                 r"\1と同じだった", tables=True,
                 examples=(("交付額が上限額いっぱいまで出た年度がある事業", "交付額が上限額と同じだった年度がある事業"),
                           ("補助金が限度額いっぱいまで交付された団体", "補助金が限度額と同じだった団体"))),
    )
