"""A mark a document prints with an item's title (【R5工程確定】【R5内容変更】, `tags`) said as printed: 「【R5工程確定】って
付いてる」「【R5内容変更】になってる」. Only the marks the index holds (lexicon.year_marks); one said with its
brackets but held by no record is left to the keywords."""
from __future__ import annotations

from assistant.query.grammar import Rule
from assistant.query.grammar.values import year_mark


RULES: list[Rule] = [
    Rule("bracketed_mark",
         r"(?:(?:実践項目|項目|取組|事業)?(?:名|の名前|の名称|のタイトル)?(?:に|で)\s*)?"
         r"[【\[［〔]\s*(?P<year>{YEAR})\s*(?P<word>[一-龥ァ-ヶー]{2,8})\s*[】\]］〕]\s*"
         r"(?:って|と|が|の)?\s*(?:(?P<neg>付いていない|付いてない|ついていない|ついてない|なっていない|なってない|がない|のない)"
         r"|付いている|付いてる|ついている|ついてる|付いた|ついた|付き|になっている|になってる|になった|となっている|となってる"
         r"|がある|のある|書かれている|書かれてる|書いてある|ある)?",
         year_mark, negatable=True,
         examples=(("実践項目名に【R5工程確定】って付いてる", {"conditions": [("tags", "has", "R5工程確定")]}),
                   ("【R5内容変更】になってる", {"conditions": [("tags", "has", "R5内容変更")]}),
                   ("【R5内容変更】が付いていない", {"conditions": [("tags", "not_has", "R5内容変更")]}),
                   ("【R4新規】", None))),
]
