"""「総合評価がBの実践項目は36件で合ってる？」: a count the asker believes, to be checked. The number is
taken off before the question is read (36件 is no condition of the records), and the answer says first
whether it is right."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled

# (「二十件で合ってる 確認したいんだけど」: dictated, the count in kanji and the wish to check said after it)
# (「…は58件と聞きましたが、本当ですか」: the count heard, and whether it is true)
_CLAIMED = compiled(r"(?:は|が|って)?\s*+(?:全部で|合計で|全体で)?\s*+(?P<n>\d+|[〇一二三四五六七八九十]+)\s*件\s*(?:"
                    r"(?:で|って|と|という認識で|の認識で)?\s*"
                    r"(?:合って(?:る|いる|います|ます)|あって(?:る|いる|います|ます)|正しい|間違いない|間違ってない|いい|OK|ok)"
                    r"(?:ですか|でしょうか|よね|か|の)?\s*[？?。]?"
                    r"|(?:と|だと|って)\s*(?:聞きました|聞いた|聞いています|聞いてます|伺いました|伺った|言われました|言われた|"
                    r"聞いたんですが|聞いたんだけど)(?:が|けど|けれど(?:も)?)?\s*[、,。]?\s*(?:それは|これは)?\s*"
                    r"(?:本当|ほんと|事実|正しい|合って(?:る|いる|います|ます))(?:ですか|でしょうか|なの(?:ですか|でしょうか)?|か)?\s*[？?。]?)"
                    r"(?:\s*[、,]?\s*(?:確認|確かめ|チェック)(?:し)?たい(?:んだけど|んですけど|んですが|のですが|です|けど)?\s*[。]?)?\s*[？?。]*\s*$")


def claimed_count(question: str) -> tuple[str, int | None]:
    """The question asked as a count (「…は何件？」) and the count claimed, or the question as it is."""
    m = _CLAIMED.search(question)
    if m is None or m.start() == 0:
        return question, None
    n = m.group("n")
    if not n.isdigit():
        from assistant.query.parse import _kanji_value  # (the parse reads kanji numbers so too)

        try:
            n = str(_kanji_value(n))
        except (KeyError, ValueError):
            return question, None
    return question[:m.start()] + "は何件？", int(n)


def checked_claim(answer: Answer, claimed: int | None, said: str) -> None:
    """The claimed count confirmed or corrected, first; not judged over an answer that is not sure."""
    if claimed is None or answer.error:
        return
    answer.question = said
    if answer.status not in ("exact", "no_match"):
        answer.summary = f"{claimed}件で合っているかは確かめられません（答えが確かではありません）。" + answer.summary
        return
    n = answer.count
    answer.summary = (f"はい、{n}件で合っています。" if n == claimed
                      else f"いいえ、{n}件です（{claimed}件ではありません）。") + answer.summary
