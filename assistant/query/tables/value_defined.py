"""A note defining a value of the table (「備考欄の「再指摘」は前年度の同一事項を再度指摘したもの」): a question
saying the value with the words of its definition before it (「前の年度の指摘がまた再指摘されている」) says the
value once; those words are its meaning restated, no further condition (指摘 no value of 指摘区分)."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「「再指摘」は前年度の同一事項を再度指摘したもの」: a quoted word and what it is
_DEFINED = re.compile(r"[「『](?P<val>[^」』]{2,8})[」』](?:と|は|とは)(?P<meaning>[^。※]{4,60}?)(?:もの|こと|をいう|を指す|を示す)")
_PARTICLES = re.compile(r"(?:の|が|は|を|も|また|再び|もう一度|で|に|と)+")


@lru_cache(maxsize=256)
def _definitions(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((_key(m.group("val")), _key(m.group("meaning"))) for m in _DEFINED.finditer(nfkc(text)))


def _text_of(db, source: str) -> str:
    from assistant.query.tables.per_table import document_text

    return document_text(db, source)


def restated_before(db, t, qn: str, values: dict, free, take) -> None:
    """Take the words before a defined value that restate its definition as filler."""
    for val, meaning in _definitions(_text_of(db, t.source)):
        if val not in values:
            continue
        for m in re.finditer(re.escape(val), qn):
            tokens = re.findall(r"[一-龥ァ-ヶー]+|[ぁ-ん]+|.", qn[:m.start()])
            start, kanji, at = m.start(), 0, m.start()
            for tok in reversed(tokens):
                at -= len(tok)
                if re.fullmatch(r"[ぁ-ん]+", tok) and _PARTICLES.fullmatch(tok):
                    continue
                # 「前の年度」 of 前年度: a kanji word of the definition, its parts said apart
                if re.fullmatch(r"[一-龥ァ-ヶー]+", tok) and (tok in meaning or _key(tok) in meaning):
                    start, kanji = at, kanji + len(tok)
                    continue
                break
            if kanji >= 3 and start < m.start() and free(start, m.start()):
                take(start, m.start(), "filler")
