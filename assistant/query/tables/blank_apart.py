"""「※ 移行先法人欄の空欄は、法人未選定…を示す。「－」は該当なし。」: a note setting a column's blank cell apart from its
dash. There, 「まだ決まってない」 (the column empty) is the blank cells only: a dash says the column does not apply to
the row, which is nothing still to be decided. Elsewhere a dash is empty as before."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「X欄の空欄は…」 then, in the same note, 「「－」は該当なし」 (or 対象外, 該当しない)
# (「委託開始が空欄のものは、時期未定。「－」は委託を行わないもの。」: said of the rows, the dash a thing not done)
_NOTE = re.compile(r"(?P<col>[^\s、。「」『』:：()（）※]{1,12}?)欄?(?:の|が)(?:空欄|空白)(?:のもの|の行)?(?:は|が)[^※\n]*?"
                   r"[「『]\s*[-－―ー‐−]\s*[」』](?:は|が)\s*(?:該当なし|該当しない|対象外|該当無し"
                   r"|[^。※\n]{0,12}(?:行わない|行なわない|実施しない|しない)(?:もの|こと)?)")


def blank_apart(columns, text: str) -> frozenset[str]:
    """The headers of the columns whose blank a note sets apart from their dash."""
    out = set()
    for m in _NOTE.finditer(nfkc(text or "")):
        col = m.group("col")
        out |= {c.header for c in columns if nfkc(c.header) == col or col in c.forms}
    return frozenset(out)
