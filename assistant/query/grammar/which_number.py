"""Phrasings of 「which one」 asked by its number (「…柱は第いくつ？」「…の取組項目は何番？」): the record asked, answered
by its number as the document prints it (code), never a figure of it: said as 「どれ」 is."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_BY_NUMBER = r"(?<=[はが])\s*(?:第\s*(?:いくつ|何|なん)(?:番目)?|何番(?:目)?)(?=\s*(?:です|でしょう|だ|なの)?\s*(?:か|っけ)?\s*[?？。]?\s*$)"


def asks_which_by_number(question: str) -> bool:
    """Whether the question as typed asks a record by its number (its いくつ is no quantity asked)."""
    return bool(re.search(_BY_NUMBER, nfkc(question)))

def which_number_phrasings():
    """The phrasings (a function: phrasings.py imports this module while it defines Phrasing)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("which_by_number",
                 _BY_NUMBER,
                 "どれ",
                 examples=(("取組の数がいちばん多い柱は第いくつ？", "取組の数がいちばん多い柱はどれ？"),
                           ("委員評価が最も高い取組項目は何番ですか", "委員評価が最も高い取組項目はどれですか"))),
        # 「…が空欄の事業番号は？」: the records' numbers asked, the kind's word and 番号 said as one word.
        Phrasing("kind_number_asked",
                 r"(?<=の)(事業|項目|取組項目|実践項目|連携事業)番号(?=\s*(?:は|を|って)\s*(?:何|どれ|教えて|[?？。]|$))",
                 r"\1の番号",
                 examples=(("どちらかが空欄の事業番号は？", "どちらかが空欄の事業の番号は？"),)),
    )
