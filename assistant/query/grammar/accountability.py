"""Query.unused: the question's meaningful words that shaped nothing, as written in the question."""
from __future__ import annotations

import re

from assistant.query.grammar.canon import Canon
from assistant.query.vocabulary import STOP_NOUNS

# Verbs and adjectives that carry no condition of their own: being, doing, asking, showing, and the
# verbs that only connect a keyword to the records (「…に触れた意見」).
_LIGHT = {
    "為る", "有る", "居る", "成る", "出来る", "見る", "見せる", "教える", "知る", "示す", "出す", "挙げる",
    "言う", "思う", "分かる", "調べる", "探す", "並べる", "下さる", "貰う", "頂く", "願う", "御座る", "行う",
    "触れる", "書く", "載る", "出る", "出て来る", "関する", "関わる", "扱う", "述べる", "含む", "係る", "掛かる",
    "対する", "付く", "持つ", "担当", "記載", "言及", "表示", "良い", "いい", "欲しい", "多い", "少ない", "使う",
    "為さる", "れる", "られる", "せる", "させる", "ござる", "在る", "ある",
    "いる", "する", "なる", "できる", "くださる",
}
_NEGATION_WORDS = ("以外", "除く", "除い", "除き", "除外")
# Question words and politeness: they ask, they do not shape (Sudachi cuts いく|つ, 教え|て).
_ASKING = re.compile(
    r"いくつ|いくら|何[件個つ点人名回年月日種類]*|どれ|どの|どこ|どちら|どっち|どう|だれ|誰|いつ|なぜ|"
    r"教えて(?:ください|下さい|ほしい|欲しい)?|見せて(?:ください|下さい)?|知りたい|ありますか|ある|あります|"
    r"ください|下さい|ですか|でしょうか|ますか|ましたか|でしたか|お願い(?:します)?")


def unused_words(free: str, gap: str, canon: Canon, keywords: list[str]) -> list[str]:
    """Words left in the unconsumed text that are neither keywords nor scaffolding. A negated
    predicate left over is always reported (a negation no rule attached to a condition)."""
    out: list[str] = []
    asking = [m.span() for m in _ASKING.finditer(free)]
    for s, e, written in canon.negations:
        if gap not in free[s:e]:
            out.append(written)
    for m in canon.morphemes:
        if gap in free[m.start:m.end] or m.negated:
            continue
        if any(s < m.end and m.start < e for s, e, _ in canon.negations) or \
                any(s <= m.start and m.end <= e for s, e in asking):
            continue
        word = canon.original(m.start, m.end)
        if m.surface.startswith(_NEGATION_WORDS) or m.lemma in ("以外", "除く", "除外"):
            out.append(word)
        elif m.pos[0] in ("動詞", "形容詞") and m.lemma not in _LIGHT and m.surface not in _LIGHT:
            out.append(word)
        elif m.pos[0] == "名詞" and m.pos[1] != "代名詞" and len(word) > 1 and word not in STOP_NOUNS \
                and not word.isdigit() and not any(word in k for k in keywords):
            out.append(word)
    seen: list[str] = []
    for word in out:
        if word not in seen:
            seen.append(word)
    return seen
