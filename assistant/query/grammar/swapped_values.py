"""A follow-up that asks the same again with one value swapped, said as a supposition: 「環境生活課だったら？」
「R3だった場合は？」 are 「環境生活課なら？」 — the swap the follow-up grammar reads (followups.ASKS_AGAIN), every
other condition of the conversation kept. Only at the end of the question: 「Aだったら何件？」's supposition is
read as written elsewhere."""
from __future__ import annotations


def swapped_value_phrasings():
    """The phrasings that say a supposed value as 「…なら」 (grammar/phrasings.py runs them in order)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("supposed_value_asked_again",
                 r"(?<=[^\s、,。？?])\s*(?:だったら|だった場合は?|であれば|だとしたら|だったとしたら|の場合だったら)"
                 r"(?:どう|どうなる|どうなの|どうですか|どうでしょう|どうなります)?(?:か)?\s*(?=[？?。]?\s*$)",
                 "なら",
                 examples=(("環境生活課だったら？", "環境生活課なら？"), ("R3だったら？", "R3なら？"),
                           ("協働のテーマだった場合は？", "協働のテーマなら？"),
                           ("岡山市側だったらどう？", "岡山市側なら？"))),
    )
