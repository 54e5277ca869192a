"""What a table's 計画 and 実績 columns measure, where the document's title line says it (「改善項目別　削減時間の
計画と実績」「処理件数の目標と実績」): the columns are said by that measure too (削減時間の実績, 削減実績, 削減した
時間), so a question naming the measure asks those columns and no other record's figures."""
from __future__ import annotations

from dataclasses import replace

from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# 「削減時間の計画と実績」「処理件数の目標及び実績」: a measure, then the pair of what is planned and what was done.
_PAIR = compiled(r"(?:^|[\s―\-－別])([一-龥ァ-ヶー]{2,8}?)の(計画|目標|予定)(?:と|及び|および|・)(実績)")
# the counter closing a measure (削減時間 → 削減, 処理件数 → 処理): the verb-noun before it
_COUNTER = compiled(r"^([一-龥]{2,4}?)(時間|件数|人数|回数|日数|額|金額|数|量)$")


def measured_by(text: str) -> tuple[str, str, str] | None:
    """(measure, planned word, done word) of the one 「Xの計画と実績」 line of a document; None without one or with two."""
    said = {(m.group(1), m.group(2), m.group(3)) for line in nfkc(text or "").splitlines()[:40]
            for m in [_PAIR.search(line.strip())] if m}
    return said.pop() if len(said) == 1 else None


def with_measure_forms(columns: list, text: str) -> list:
    """The columns whose bare word is the planned or done word, with forms naming the measure: 削減時間実績,
    削減時間の実績, 削減実績 (the verb-noun of the measure before 実績), and for the done column the verb said
    (削減できた, 時間を削減した)."""
    said = measured_by(text)
    if said is None:
        return columns
    measure, planned, done = said
    counter = _COUNTER.match(measure)
    out = []
    for c in columns:
        base = c.base if c.numeric and c.base in (planned, done) else ""
        if not base:
            out.append(c)
            continue
        added = []
        for f in c.forms:
            if f.endswith(base):
                head = f[:-len(base)]
                added += [f"{head}{measure}{base}", f"{head}{measure}の{base}"]
                if counter:
                    added.append(f"{head}{counter.group(1)}{base}")
        if base == done and counter:
            verb, noun = counter.group(1), counter.group(2)
            added += [f"{noun}を{verb}", f"{verb}でき", f"{verb}した", f"{verb}された"]
        out.append(replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *added)), key=len, reverse=True))))
    return out
