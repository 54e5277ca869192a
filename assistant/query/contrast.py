"""A contrast said between two named things (「ICTテーマだけど財政テーマ入ってない」「施設なのに協働は含まれない」):
a negation at the end of the question negates only what follows the contrast; what precedes it is
asserted."""
from __future__ import annotations

from assistant.query.compiled import compiled

# Conjunctions of contrast: 〜けど, 〜だけど, 〜けれど(も), 〜だが, 〜ですが, 〜のに, 〜ものの, 〜一方, しかし.
# (「ICTをテーマに掲げながら、人材が付いていない」「ICTがあり、人材が付いていない」: the first named with its own
# verb, asserted, before the clause the negation ends)
_CONTRAST = compiled(r"けど|けれど|だが|ですが|のに|ものの|一方|しかし|でも[、,]|が[、,]|ながら|つつ"
                     r"|(?:あり|あって|おり|いて|ついて|付いて|入って|含まれ|掲げ|掲げて)\s*[、,]"
                     # (「ICTと人材のテーマの取組項目のうち、財政テーマのものを除いて」: the records narrowed to, then
                     # the ones left out of them; the negation reaches only what is said after のうち)
                     # (「…取組項目のうち、」 reaches here as the kind word consumed (\x1f, parse._GAP) and で)
                     r"|のうち|の中で|の中から|\x1f\s*で\s*[、,]?")


def negated_from(free: str, spans: list[tuple[int, int]]) -> int:
    """Index of the first of `spans` (the named things, in order) a final negation reaches: the one
    after the last contrast said between two of them; 0 when no contrast separates them."""
    first = 0
    for n in range(1, len(spans)):
        if _CONTRAST.search(free[spans[n - 1][1]:spans[n][0]]):
            first = n
    return first
