"""「審議会に関する意見」「（議題２の意見のあと）その中で審議会に関するものは？」: a word the parser otherwise skips as
saying nothing (審議会, the body whose paper the shipped opinions are), said as what opinions are about
(に関する・について・に触れた・に言及した), is their topic: a word to find in their text, not one to drop silently."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_TOPIC = re.compile(r"([一-龥ァ-ヶー]{2,8})(?:に関する|に関して|について|に触れ|にふれ|に言及|への言及)")
_OPINIONS = re.compile(r"意見|指摘|発言|コメント|要望")
# (「RPAとAIの両方に触れている」: 両方 says how many of the words said before it, no topic of its own)
_NO_TOPIC = frozenset({"両方", "双方", "両者", "全部", "全員", "いずれ", "どちら"})
# (「どの取組についてでしょう」: the word asked which of, no topic)
_ASKED_WHICH = re.compile(r"(?:どの|どんな|何の|なんの|いずれの|どういう)\s*$")


def topical_stop_nouns(question, context, stop_nouns) -> frozenset[str]:
    """The stop nouns the question names as the topic of opinions (asked of them, or after an answer of them)."""
    if not isinstance(question, str):
        return frozenset()
    text = nfkc(question)
    if not _OPINIONS.search(text) and getattr(context, "target", "") != "comment":
        return frozenset()
    return frozenset(m.group(1) for m in _TOPIC.finditer(text)
                     if m.group(1) in stop_nouns and m.group(1) not in _NO_TOPIC
                     and not _ASKED_WHICH.search(text[:m.start(1)]))
