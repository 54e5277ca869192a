"""「取組」 said of a plan whose documents call its groups by a word of their own (「改革の柱」, 「柱」): the groups are
not what 取組 names there, so 取組 is the plan's items (実践項目), as the plan itself says (「柱ごとの取組」).

Only where the question names the place of those documents (their titles print it: 「萩ノ森市の行革プランで…取組」)
or the groups by the documents' own word (「公共施設の最適化の改革項目で、一度もＣがついていない取組」), and only 取組 standing alone (not 取組項目, 取組期間, 取組内容 …, nor the act: 「取組を始めた」)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.names import place_names
from assistant.text.normalize import nfkc

# 取組 (取り組み) alone: no kanji or katakana joined after it (取組項目, 取組期間), none before (重点取組), no verb after.
_TORIKUMI = compiled(r"(?<![一-龥々ァ-ヶー])(?:取組|取り組み)(?![一-龥々ァ-ヶー])(?!\s*(?:を|が)\s*(?:始|開始|進|行|実施|はじ|続け))")


_PLACE_BEFORE = compiled(r"([一-龥ァ-ヶー]{1,8}[都道府県市区町村])\s*の\s*$")


def items_called_torikumi(text: str, lex) -> str:
    """The question with 取組 rewritten 実践項目 where the documents of the place it names call their groups otherwise."""
    if lex is None or not isinstance(text, str) or "取組" not in text and "取り組み" not in text or "取組項目" in text:
        return text
    # (a plan printing its groups with no word of their own, only 「１　…」 rows over its items: 取組 is no name of those
    # groups, so it is the items, as the items' own word 改革項目 is)
    if getattr(lex, "unnamed_group_sources", None):
        return _TORIKUMI.sub("実践項目", text)
    own = {s for word, (table, sources) in lex.item_word_sources.items()
           if table == "initiative" and "取組" not in word for s in sources}
    if not own:
        return text
    # (the groups said by that word, 「公共施設の最適化の改革項目で…取組は」: 取組 is then no group, but their items)
    if any(table == "initiative" and "取組" not in word and len(word) >= 2 and word in text
           for word, (table, _) in lex.item_word_sources.items()):
        return _TORIKUMI.sub("実践項目", text)
    # (the plan's items called by a word ending so, 具体的取組, and no other records: 取組 alone is one of them, but
    # a place's own work, 「萩ノ江市の取組」 of a case study, where the place is no plan's)
    # (not where a plan calls its items 取組 itself: the word names that plan's items as it is)
    if {table for word, (table, _) in lex.item_word_sources.items() if word.endswith(("取組", "取り組み"))} == {"practice"} \
            and not any(word in ("取組", "取り組み") for word in lex.item_word_sources):
        plans = [nfkc(lex.document_titles.get(s, "")) for word, (table, sources) in lex.item_word_sources.items()
                 if table == "practice" for s in sources]

        def item(m: re.Match) -> str:
            place = _PLACE_BEFORE.search(text[:m.start()])
            return m.group(0) if place and not any(place.group(1) in t for t in plans) else "実践項目"

        return _TORIKUMI.sub(item, text)
    # (a place said as the lexicon knows it, 萩ノ森市, or as the text reads names, 大垣市)
    places = [p for p in (*lex.municipality_words(), *lex.places, *place_names(text)) if len(p) >= 2 and p in text]
    titles = [nfkc(lex.document_titles.get(s, "")) for s in own]
    if not places or not any(p in t for p in places for t in titles):
        return text
    return _TORIKUMI.sub("実践項目", text)
