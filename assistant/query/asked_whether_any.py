"""「岡山と倉敷で図書館の連携事業ってある？」: a word said of the kind asked for, in a question whether any
such record exists, is what the question is about; when no record with the other conditions holds it,
「ない」 is the answer (the word is not dropped to answer about all the records)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS
from assistant.text.normalize import nfkc

_KINDS = "|".join(re.escape(w) for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0])) if len(w) >= 2)
_OF_KIND_EXISTS = compiled(r"\s*(?:の|に関する|関係の|関連の|についての|を扱う|の分野の)\s*(?:" + _KINDS + r")\s*"
                           r"(?:って|は|が|とか|も)?\s*(?:なにか|何か)?\s*(?:ある|あります|あった|ありました|存在する|やって(?:い)?る)"
                           r"(?:の|ん)?(?:です)?(?:か|かな|っけ)?\s*[?？。]?\s*$")


# 「連携事業に、図書館の相互利用ってありますか」: the kind said first, then what is asked whether any of it holds.
_KIND_THEN_EXISTS = compiled(r"(?:" + _KINDS + r")\s*(?:に|で|には|では|の中に|の中で)\s*[、,]?\s*(?P<said>[^、,。？?]{1,30}?)\s*"
                             r"(?:って|は|が|とか|も)?\s*(?:なにか|何か)?\s*(?:ある|あります|あった|ありました|存在する)"
                             r"(?:の|ん)?(?:です)?(?:か|かな|っけ)?\s*[?？。]?\s*$")


def asked_whether_any(question: str, word: str) -> bool:
    """Whether the question asks if any record of a kind the word is said of exists."""
    text = nfkc(question)
    at = text.find(nfkc(word))
    if at >= 0 and _OF_KIND_EXISTS.match(text, at + len(nfkc(word))):
        return True
    after = _KIND_THEN_EXISTS.search(text)
    return bool(after and nfkc(word) in after.group("said"))
