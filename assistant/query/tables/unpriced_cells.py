"""「夜間は貸してない部屋は？」 over a fee table (部屋 │ 午前 │ 午後 │ 夜間, in 円) whose 夜間 column prints a dash for a
room instead of its fee: a fee column said with a negated verb of lending or using asks the rows that print no fee
there (the dash or a blank), as a room with no fee for the evening is not let then.

Only a column of money beside figures of its own reads so: a dash among counts or grades may say no data as much as
none held, and a negated verb over them is left unread."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_DASHES = {"-", "－", "―", "ー", "—", "–", "‐", "/", "／", "×"}
# The column said, a particle, then a negated verb of lending, using or offering (貸してない, 貸し出していない,
# 使えない, 利用できない, 借りられない, やっていない, 受け付けていない).
_NOT_LET = compiled(
    r"(?:は|に|で|が|も|の)?\s*(?:は|も)?\s*(?:"
    r"貸し出し|貸出し|貸出|貸し|貸さ|かし|使え|つかえ|使わ|つかわ|使用でき|使用さ|利用でき|利用さ|借りられ|借りれ|かりられ|借り"
    r"|やって|やら|提供して|提供され|提供し|受け付けて|受付して|受け付け|開放して|開放され|開放し|予約でき|予約でき"
    r")(?:て|で)?(?:い|お)?(?:ない|なかった|ません|らず|ず)")


def _fee_column(t, c) -> str:
    """The dash the money column `c` prints for rows with no fee there, when it prints fees beside it; else ""."""
    if not c.numeric or "円" not in (c.unit or ""):
        return ""
    printed = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows]
    dashes = sorted({p for p in printed if p in _DASHES})
    figures = [p for p in printed if re.search(r"\d", p)]
    return dashes[0] if len(dashes) == 1 and len(figures) >= 2 else ""


def unpriced_said(t, qn: str) -> list[tuple[int, int, str, str]]:
    """(start, end, header, printed dash) for each fee column said with a negated verb of lending or using."""
    found = []
    for c in t.columns:
        dash = _fee_column(t, c)
        if not dash:
            continue
        for form in sorted({_key(f) for f in c.forms}, key=len, reverse=True):
            lead = r"(?<![一-龥])" if len(form) == 1 else ""
            hits = [(m.start(), verb.end()) for m in re.finditer(lead + re.escape(form), qn)
                    if (verb := _NOT_LET.match(qn, m.end()))]
            if hits:
                found += [(s, e, c.header, dash) for s, e in hits]
                break
    return found
