"""The grammar's own function words typed in hiragana by someone typing quickly (「実践項目なんけん」「委員評価が
高いじゅんに」「4てんいじょう」): one table of readings, each read as its kanji only where what stands beside it
says it is that word (何 before a counter, an order adjective before 順, a figure before a bound), since alone
these readings are too often other words (けん of 県, じゅん of 純, いか of いかが). Each place is one phrasing
built from the table; the rest of the grammar then reads the kanji it reads when they are typed."""
from __future__ import annotations

import re


# Counters said after 何 (なんけん → 何件): reading → as written.
COUNTERS: dict[str, str] = {
    "けん": "件", "こ": "個", "にん": "人", "めい": "名", "かい": "回", "しゃ": "社", "てん": "点", "てんぽ": "店舗",
    "こうもく": "項目", "わり": "割", "ぶしょ": "部署", "かしょ": "か所", "しゅるい": "種類", "だんたい": "団体",
    "ねんど": "年度", "ぱーせんと": "パーセント",
}
# Words saying an order, after the adjective that says which way (たかいじゅん, 多いほう is already kanji-free).
ORDERS: dict[str, str] = {"じゅん": "順"}
# The bounds of a figure, after the figure (and its unit).
BOUNDS: dict[str, str] = {"いじょう": "以上", "いか": "以下", "みまん": "未満"}
_WRITTEN_BOUNDS = "|".join(BOUNDS.values())
# The adjectives of an order as typed (kanji or kana stems): 高い, たかい, 多い, おおい, …
_ORDER_ADJECTIVES = r"(?:高|低|多|少な|大き|小さ|早|遅|新し|古|良|よ|たか|ひく|おお|すくな|おおき|ちいさ|はや|おそ|あたらし|ふる)い"

# What follows a function word: a particle, an ending, a question mark or the end (never more hiragana of a word).
_AFTER = r"(?=\s*(?:以上|以下|未満|ある|あり|あっ|です|でした|だっ|だ|く?らい|ぐらい|ほど|[のもでかはにがを]|[?？、。!！]|$))"


def _alternatives(table: dict[str, str]) -> str:
    return "|".join(sorted(map(re.escape, table), key=len, reverse=True))


def kana_function_phrasings() -> tuple[Phrasing, ...]:
    from assistant.query.grammar.phrasings import Phrasing  # (phrasings imports this module at its end)

    return (
        # 「実践項目なんけん」「参加者なんにん」「何こうもく」: a counter after 何 (typed なん or 何).
        Phrasing("counter_after_nan_in_kana",
                 rf"(?:(?<![ぁ-ゖ])|(?<=[はがもをでの]))(?:なん|何)(?P<c>{_alternatives(COUNTERS)}){_AFTER}",
                 lambda m: "何" + COUNTERS[m.group("c")], tables=True,
                 examples=(("取組終了がR4の実践項目なんけん", "取組終了がR4の実践項目何件"),
                           ("研修参加者なんにん？", "研修参加者何人？"),
                           ("販売店はなんてんぽになった", "販売店は何店舗になった"),
                           ("全部でなんこうもくある", "全部で何項目ある"))),
        # 「委員評価が高いじゅんに」「たかいじゅんで」: 順 after the adjective of an order.
        Phrasing("order_word_in_kana",
                 rf"(?P<a>{_ORDER_ADJECTIVES})\s*(?P<w>{_alternatives(ORDERS)})(?=\s*(?:に|で|の|から|、|,|\s|$))",
                 lambda m: m.group("a") + ORDERS[m.group("w")], tables=True,
                 examples=(("委員評価が高いじゅんに上位2つ", "委員評価が高い順に上位2つ"),
                           ("合計点のひくいじゅんで", "合計点のひくい順で"))),
        # 「4てんいじょう」「10けんみまん」: a bound after a figure and its unit typed in kana (8いか after the
        # figure alone is grammar_words_in_kana's; the unit is read before a bound typed in kanji too, 4てん以上).
        Phrasing("bound_after_figure_in_kana",
                 rf"(?<=\d)(?P<u>{_alternatives(COUNTERS)})?(?P<b>{_alternatives(BOUNDS)}|{_WRITTEN_BOUNDS})(?=[のでは、,?？\s]|$)",
                 lambda m: (COUNTERS[m.group("u")] if m.group("u") else "") + BOUNDS.get(m.group("b"), m.group("b")),
                 tables=True,
                 examples=(("委員評価が4てんいじょうの取組", "委員評価が4点以上の取組"),
                           ("実践項目が3こみまんの取組", "実践項目が3個未満の取組"),
                           ("合計8いじょう", "合計8以上"), ("4てん以上の", "4点以上の"))),
    )


def with_counters_written(text: str) -> str:
    """「R4 は なんしゃ から」 → 「R4 は 何社 から」: the counter phrasing alone, for the readers that take the question
    as typed (entry_figures.py reads 何社 of a year's entries before the grammar's rewrites are applied)."""
    global _COUNTER_PHRASING
    if _COUNTER_PHRASING is None:
        _COUNTER_PHRASING = next(p for p in kana_function_phrasings() if p.name == "counter_after_nan_in_kana")
    return _COUNTER_PHRASING.apply(text)


_COUNTER_PHRASING = None
