"""「企業版ふるさと納税の効果額は窓口業務委託による総合運用の効果額の何倍？」: two lines of one list of amounts a
passage prints (「・ 企業版ふるさと納税の導入 7億7千万円」「・ 窓口サービス課と保険年金課の窓口業務委託による総合運用
1億1千万円」), each named by words its line holds, the first's amount over the second's, both read as printed (億,
千万, 万, 千円). Only a passage where each name picks exactly one line, two different ones, is read; the answer is
a search (both lines shown with their passage, to be checked there). Questions of another shape are left to the
rest of the engine (None)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.query.listed_amounts import yen
from assistant.query.listed_share import _LISTED_LINE
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# (「…の効果額」「…の金額」「…の分」 after a name: the amount of its line, no word of it)
_AMOUNT_WORD = r"(?:の\s*(?:[一-龥]{0,4}額|分))?"
_RATIO = compiled(r"(?P<a>[^、,。?？はが]{2,40}?)" + _AMOUNT_WORD + r"\s*(?:は|が)[、,]?\s*(?P<b>[^、,。?？はが]{2,40}?)"
                  + _AMOUNT_WORD + r"\s*の\s*(?:何|なん)\s*倍")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    m = _RATIO.search(nfkc(question))
    if m is None:
        return None
    a, b = (re.sub(r"^(?:その|この)", "", m.group(g).strip()) for g in ("a", "b"))
    if len(a) < 2 or len(b) < 2 or a in b or b in a:
        return None
    rows = list(assistant.db.query("SELECT id, key, kind, field, source, line, text FROM passages WHERE text LIKE ? AND text LIKE ?",
                                   [f"%{a}%", f"%{b}%"]))
    read: dict[tuple[float, float], tuple[dict, tuple[str, str], tuple[str, str]]] = {}
    for r in rows:
        lines = [(ln.group("name").strip(), ln.group("amount").strip())
                 for ln in _LISTED_LINE.finditer(nfkc(str(r["text"] or "")))]
        first, second = ([ln for ln in lines if said in ln[0]] for said in (a, b))
        if len(first) != 1 or len(second) != 1 or first[0] == second[0] or not yen(second[0][1]):
            continue
        read.setdefault((yen(first[0][1]), yen(second[0][1])), (dict(r), first[0], second[0]))
    if len(read) != 1:
        return None
    (amount_a, amount_b), (excerpt, (name_a, printed_a), (name_b, printed_b)) = next(iter(read.items()))
    value = amount_a / amount_b
    summary = (f"抜粋に「{name_a} {printed_a}」「{name_b} {printed_b}」とあり、{value:.4g}倍です（{printed_a} ÷ {printed_b}。"
               f"抜粋から読んだ値です: {excerpt.get('source', '')} {excerpt.get('line', '')}行目）。")
    understood = [{"field": "text", "op": "ratio", "value": f"{a} / {b}",
                   "label": f"本文の一覧の「{a}」の額 ÷ 「{b}」の額"}]
    return Answer(question=q.question, target="passage", status="search", count=1, rows=[], excerpts=[excerpt],
                  value=value, summary=summary, understood=understood, query=q.to_dict())
