"""Query.unused: the question's meaningful words that shaped nothing, as written in the question."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.grammar.canon import Canon, Morph
from assistant.query.vocabulary import STOP_NOUNS

# Verbs and adjectives that carry no condition of their own: being, doing, asking, showing, relating
# (について, による, 担当する), and the verbs that only connect a keyword to the records (「…に触れた意見」).
_LIGHT = {
    "為る", "有る", "居る", "成る", "出来る", "見る", "見せる", "教える", "知る", "示す", "出す", "挙げる",
    "言う", "思う", "分かる", "調べる", "探す", "並べる", "下さる", "貰う", "頂く", "願う", "御座る", "行う",
    "触れる", "書く", "載る", "乗る", "出る", "出て来る", "関する", "関わる", "扱う", "述べる", "含む", "係る", "掛かる",
    "対する", "付く", "就く", "持つ", "担当", "記載", "言及", "表示", "良い", "欲しい", "使う", "因る", "依る",
    "寄る", "通じる", "向ける", "応じる", "関係", "該当", "受け持つ", "確認", "恐れ入る", "絞る", "遣る", "為さる",
    "ござる", "在る", "くださる", "一覧", "致す", "頂ける", "戴く", "つく", "よる", "受ける", "所管", "属する", "入る", "紹介", "掲載",
    "ぶら下がる", "ぶら下げる", "紐付く", "紐付ける", "絡む", "からむ", "噛む", "かむ",
}
# Light verbs whose normalised lemma is another verb's (挙げる is read 上げる, which may say a grade was raised):
# told by how they are written.
_LIGHT_SPELLED = ("挙げ",)
_NEGATION_LEMMAS = {"以外", "除く", "除外"}
# 「同じ…」「他の…」 compare with something (the previous answer's record): left over, they shaped nothing.
_COMPARING = {"同じ", "他", "別"}
# A difference asked for (「…の数の差」) that no aggregate took: one kanji, still never dropped silently.
_DIFFERENCE = {"差", "差分", "違い", "開き"}
# 「寄附の額は？」: a quantity word asked for is a fact too.
_ASKS_FACT = compiled(r"何|いくら|どれくらい|どのくらい|どれだけ|いつ|誰|どこ|どう|どんな|どのような|"
                        r"(?:額|金額|人数|回数|日数|件数|期間|時期)(?:は|って)\s*[?？]?\s*$")
# Verbs that relate a keyword to the records (指定管理を導入した事例), also in a question asking a fact.
_RELATING = {"導入", "実施", "委託", "活用", "採用", "設置", "作成", "開催", "提案", "指摘", "設立", "整備",
             "創設", "検討", "推進", "取り組む", "取り入れる", "進める", "始める", "行う"}
# Question words and politeness: they ask, they do not shape (Sudachi cuts いく|つ, 教え|て).
_ASKING = compiled(
    r"いくつ|いくら|何(?:十|百|千|万|億|十万|百万|千万)?円|第?何(?:か所|箇所|カ所|ヶ所)|第?何[件個つ点人名回年月日種類号]*|どれ|どの|どこ|どちら|どっち|どう|だれ|誰|いつ|なぜ|"
    r"教えて(?:ください|下さい|ほしい|欲しい)?|見せて(?:ください|下さい)?|知りたい|ありますか|ある|あります|"
    r"ください|下さい|ですか|でしょうか|ますか|ましたか|でしたか|お願い(?:します)?|恐れ入ります|すみません|失礼ですが")


# The marks documents grade with besides letters (◎○△×, ●▲, ☆★): each is a grade when a question says it.
_GRADE_MARKS = frozenset("◎○〇◯●△▲▽×✕✖□■☆★")

# Adverbs that only grade, count or ask (少しの, 色々な, どうだった), or say how to answer (ざっくりでいい): said
# as a description they still name nothing a record could hold, and questions say them in passing.
_VAGUE_ADVERBS = {"少し", "一寸", "結構", "元々", "色々", "様々", "沢山", "可成", "ずっと", "極く", "大分", "ざっくり",
                  "どう", "何故", "なぜ", "なんぼ", "どげ", "如何", "いかが", "そう", "こう", "然う", "斯う", "ああ"}
# 形状詞 that say how something is said or how much, never a property a record could have: 「納税部会のように」
# 「…みたいなこと」「大幅に」「完全に同じ」「明らかにされたい」「いかが」「結構です」.
_VAGUE_FORMS = {"よう", "様", "みたい", "そう", "如何", "いかが", "結構", "非常", "大幅", "完全", "明らか", "明確",
                "大丈夫", "そんな", "こんな", "あんな", "どんな", "様々", "色々", "確か", "駄目", "だめ", "無理", "好き",
                "嫌い", "大変", "正確", "詳細", "具体", "簡単", "丁寧"}
# A doubled kana word (ふわふわ, ぐにゃぐにゃ) Sudachi reads as 形状詞 is a mimetic word: it never names a
# field or a value, so one left over is a description no rule read.
_MIMETIC = compiled(r"([ぁ-んァ-ヶー]{2,3})\1")

_SUPERLATIVE = compiled(r"一番|いちばん|最も|もっとも|最多|最少")


def _noun(m: Morph) -> bool:
    return not m.predicate and (m.pos[0] == "名詞" and m.pos[1] != "代名詞" or m.pos[0] in ("接頭辞", "接尾辞"))


def _relating(m: Morph) -> bool:
    # (Sudachi reads 取り組んだ as 取る + 組む: its lemma says too little)
    return m.lemma in _RELATING or m.surface.startswith(("取り組", "取組", "とりく"))


def _describes(morphs: list[Morph], i: int) -> bool:
    """Whether the adverb or 形状詞 at morphs[i] is said as a description of something (ふわふわな,
    ふわふわの, ふわふわで, ふわふわした, ふわふわだ, ふわふわと終了した), not as a bare degree or time of a verb
    (まだ終わっていない, だんだん民間に)."""
    if i + 1 >= len(morphs):
        return False
    n = morphs[i + 1]
    return n.lemma in ("だ", "です") or (n.surface in ("の", "と", "で") and n.pos[0] == "助詞") \
        or (n.predicate and n.lemma == "為る")


def _description_word(m: Morph) -> bool:
    """An adverb or a 形状詞 said as a description (ふわふわな, 順調な, 新規の): never dropped silently. When a
    rule or keyword read it, it is not left over; one left over shaped nothing (「順調な取組項目」 had answered
    every 取組項目, exact). The 形状詞 that only say how something is said (ような, みたいな, 大幅に) are not."""
    if m.lemma in _VAGUE_ADVERBS or m.surface in _VAGUE_ADVERBS or len(m.surface) < 2:
        return False
    if m.pos[0] == "形状詞":
        return bool(_MIMETIC.fullmatch(m.surface)) or not (m.lemma in _VAGUE_FORMS or m.surface in _VAGUE_FORMS)
    return m.pos[0] == "副詞"


_WHICH = ("どの", "どちら")


def unused_words(free: str, gap: str, canon: Canon, keywords: list[str],
                 stop_nouns: set[str] | frozenset[str] = frozenset(STOP_NOUNS)) -> list[str]:
    """Words left in the unconsumed text that are neither keywords nor scaffolding. A negated
    predicate left over is always reported (a negation no rule attached to a condition); a verb right
    after a keyword only says how the keyword relates to the records, and is used with it."""
    out: list[str] = []
    asking = [m.span() for m in _ASKING.finditer(free)]
    # In a question asking for a fact (何人まで増えた), the verb after a keyword is what is asked;
    # finding the keyword does not answer it.
    asks_fact = bool(_ASKS_FACT.search(canon.text))

    def left(m: Morph) -> bool:
        return gap not in free[m.start:m.end] and not any(s <= m.start and m.end <= e for s, e in asking)

    for s, e, written in canon.negations:
        if gap not in free[s:e]:
            out.append(written)
    morphs = canon.morphemes
    after_keyword = after_name = False
    i = 0
    while i < len(morphs):
        m = morphs[i]
        if m.surface in _GRADE_MARKS and left(m):
            # 「H30に◎がついた」: a mark of a document's own grade scale that no rule read is a condition
            # dropped, never mere punctuation.
            out.append(canon.original(m.start, m.end))
            i += 1
            continue
        if _noun(m):  # a compound noun as a whole (自治|体 is 自治体)
            j = i
            while j + 1 < len(morphs) and _noun(morphs[j + 1]):
                j += 1
            run = [x for x in morphs[i:j + 1] if left(x)]
            word = canon.original(run[0].start, run[-1].end) if run else ""
            # (a keyword spelled with の where the question left it out: 自治体クラウド導入 → 自治体クラウドの導入)
            in_keyword = any(word and word in k or k in word or word == re.sub(r"[のを]", "", k) for k in keywords) \
                if word else False
            if word and len(word) > 1 and word not in stop_nouns and not word.isdigit() and not in_keyword \
                    and not re.fullmatch(r"[\d.A-Za-z]+", word):
                out.append(word)
            elif word in _DIFFERENCE:
                out.append(word)
            elif word and re.fullmatch(r"\d+(?:\.\d+)?", word) and i > 0 and morphs[i - 1].surface in ("が", "は", "＝", "=") \
                    and left(morphs[i - 1]):
                # 「評価が4の取組項目」: a value said of something no rule read is a condition dropped
                out.append(word)
            elif word in _NEGATION_LEMMAS:  # 以外 is a stop noun, but one no rule attached negated nothing
                out.append(word)
            elif word and re.fullmatch(r"[A-ZＡ-Ｚ]", word) and word not in stop_nouns:  # a grade (of any letter scale: S, E …) no rule attached to a field or year
                out.append(word)
            elif len(run) == 1 and run[0].lemma in _COMPARING and i == j:
                out.append(word)
            elif word and i > 0 and morphs[i - 1].surface in _WHICH and word not in stop_nouns:
                # 「どの月がいちばん多かった」: what is asked, one character long (月, 柱, 課), that no rule read is
                # a condition dropped: answered without it, the answer is of something else
                out.append(word)
            # A verb after a noun that was used (a keyword, or a name a rule consumed: 住宅課が所管する)
            # only says how that noun relates to the records.
            after_keyword, after_name = in_keyword, not run
            i = j + 1
            continue
        if m.pos[0] in ("助詞", "補助記号", "助動詞"):
            i += 1
            continue
        if _description_word(m) and left(m) and _describes(morphs, i) \
                and not any(k and (k in m.surface or m.surface in k) for k in keywords):
            # 「取組項目のふわふわなのに…」: a description no rule or keyword read shaped nothing.
            out.append(canon.original(m.start, m.end))
            after_keyword = after_name = False  # (a verb after it relates no keyword: ふわふわと終了した)
            i += 1
            continue
        if left(m) and not m.negated:
            word = canon.original(m.start, m.end)
            if m.lemma in _NEGATION_LEMMAS or m.surface.startswith(("以外", "除")) or m.lemma in _COMPARING:
                out.append(word)
            elif m.predicate and m.lemma not in _LIGHT and not m.surface.startswith(_LIGHT_SPELLED) \
                    and not (after_keyword and _relating(m)) \
                    and not any(k and (k in word or len(word) > 1 and word in k) for k in keywords) \
                    and not (after_name and _relating(m)):
                # After a name a rule used (住宅課が所管する), only a relating verb is used with it: 「自己評価と
                # 委員評価が食い違っている」 compares, and no rule read that.
                out.append(word)
        if m.lemma not in _LIGHT:  # について指摘した: the keyword reaches over a light verb
            after_keyword = after_name = False
        i += 1
    # 「一番たくさん担当してる部署」: a superlative no rule read asks for the top of something.
    for m in _SUPERLATIVE.finditer(free):
        if gap not in m.group(0):
            out.append(m.group(0))
    seen: list[str] = []
    for word in out:
        if word not in seen:
            seen.append(word)
    return seen
