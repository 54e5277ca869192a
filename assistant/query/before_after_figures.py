"""「揖川水道企業団の取組後の有収率は何％？」 answered by a search whose best passage says the figure's change in one
sentence (「有収率は取組前の81.2％から85.0％に向上し、…」): the figure after (取組後・導入後・改善後) or before (取組前・
導入前) the change, of the term asked, where the passage says exactly one such change of it. The answer stays a
search (the value is read from the text the excerpt shows)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「取組後の」「導入後は」「改善後」: which end of the change is asked
_SIDE = compiled(r"(?:取組|取り組み|導入|実施|改善|更新|整備|事業)?(?P<side>後|前)(?:の|は|に)")
_NUMBER_ASKED = compiled(r"何\s*(?:%|％|パーセント|ポイント)|いくつ|いくら|どれくらい|どのくらい")
_CHANGE = r"(?:取組|取り組み|導入|実施|改善|更新|整備|事業)?前の?\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<u>%|％|ポイント|円|件|人)?\s*から\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<v>%|％|ポイント|円|件|人)?"


def read_before_after(question: str, words: list[str], answer) -> None:
    if answer.error or answer.value is not None or answer.status != "search" or not answer.excerpts:
        return
    if not isinstance(question, str):
        return
    qn = nfkc(question)
    side = _SIDE.search(qn)
    if side is None or not _NUMBER_ASKED.search(qn):
        return
    terms = [nfkc(w) for w in words if len(nfkc(w)) >= 2 and nfkc(w) in qn[side.end():]]
    text = nfkc(str(answer.excerpts[0].get("text") or ""))
    found = next((ms for t in sorted(terms, key=len, reverse=True)
                  if (ms := list(re.finditer(re.escape(t) + r"[^。]{0,6}?" + _CHANGE, text)))), [])
    if len({(m.group("a"), m.group("b")) for m in found}) != 1:
        return
    m = found[0]
    fig = m.group("b") if side.group("side") == "後" else m.group("a")
    number = float(fig)
    answer.value = int(number) if number.is_integer() and "." not in fig else number
    answer.summary = (f"本文に「{m.group(0)}」とあり、{'後' if side.group('side') == '後' else '前'}の値は {fig} です"
                      "（本文から読んだ値です）。" + answer.summary)
