"""Related initiatives: 「これに似た他の自治体の取組は？」 after an answer that selected one record.

One rule; the conversation answers it with query/related.py (the closest records of other documents
by their Sudachi terms) instead of turning it into conditions.
"""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule


def _related(m: re.Match, ctx: Context) -> Production:
    return Production(marks={"related"})


# 似た・似ている・類似の・同じような・関連する … + 取組・事例・事業・もの (with or without 他の自治体の …).
# Anchored at the start, after at most a word pointing back (これ, この取組 …): 「ふるさと納税に関連する
#取組」 names its topic and stays a keyword question.
RELATED = Rule(
    "related_elsewhere",
    r"^(?:これ|それ|こちら|(?:この|その)(?:取組項目|取組|取り組み|項目|事業|事例|記録|もの)?)?(?:に|と)?"
    r"(?:(?:似た|似てる|似ている|似通った)|類似(?:の|した|する)|同じような|同様の|関連する|関係する)"
    r"(?:他の|ほかの|別の)?(?:自治体|市町村|市|町|県|団体|資料|文書)?の?"
    r"(?:取組|取り組み|取組み|事例|事業|施策|もの|例|ケース)",
    _related,
    topic="related",
    examples=(("これに似た他の自治体の取組は?", {"marks": ["related"]}),
              ("似た取組は?", {"marks": ["related"]}),
              ("この取組と似ている他の資料の事例", {"marks": ["related"]}),
              ("類似の事例を教えて", {"marks": ["related"]}),
              ("関連する他の自治体の取り組み", {"marks": ["related"]}),
              ("同じような事業は?", {"marks": ["related"]}),
              ("R4に終了した実践項目", None),
              ("ふるさと納税に関連する取組", None),
              ("総合評価がAの取組項目", None)))


# Every spelling the rule accepts has one of these; other questions are not read twice.
_STEMS = ("似", "類似", "同じよう", "同様", "関連", "関係")


def asks_related(question: str) -> bool:
    """Whether the question asks for records like the one the conversation is about."""
    if not any(stem in question for stem in _STEMS):
        return False
    from assistant.query.grammar.canon import canonicalise
    from assistant.query.parse import normalize_question

    return bool(RELATED.regex.search(canonicalise(normalize_question(question)).text))
