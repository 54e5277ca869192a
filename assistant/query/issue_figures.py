"""「職員提案の応募件数、第9号のときと第11号のときで何件増えた？」: one figure a bulletin of several issues states in two
of them (「今期の職員提案には46件の応募があり」 in 第9号, 「58件の応募」 in 第11号), and how it changed between them.

The issues are the document's own: a short line printing 第N号 starts each (its masthead); the thing asked is the
question's words before the issues (応募件数 → 応募, with 職員提案 beside it), sought in each issue's sentences with
a figure in the unit asked (何件 → 件). Answered as a search (the two sentences shown, the value read from them),
and only when each issue states exactly one such figure; otherwise None (the rest of the engine answers)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_ASKED = compiled(r"^(?P<thing>.*?)第\s*(?P<a>\d{1,4})\s*号.*?第\s*(?P<b>\d{1,4})\s*号.*?"
                  r"何\s*(?P<unit>件|人|名|回|点|団体)\s*(?P<how>増え|減っ|減り|違|差|多|少)")
_UNITS = {"件": "件", "人": "[人名]", "名": "[人名]", "回": "回", "点": "点", "団体": "団体"}
_MASTHEAD = compiled(r"第\s*(\d{1,4})\s*号")
# Words of the thing asked that name no figure: the counter's own nouns (件数 → 応募), particles.
_COUNTER_TAIL = compiled(r"(?:の)?(?:件数|人数|回数|点数|数)$")


def _issues(text: str) -> dict[str, list[tuple[int, str]]]:
    """Issue number → its lines (1-based number, text), each issue from the short line printing 第N号."""
    out: dict[str, list[tuple[int, str]]] = {}
    current = ""
    for n, line in enumerate(text.splitlines(), start=1):
        said = nfkc(line).strip()
        m = _MASTHEAD.search(said)
        if m and len(said) <= 40 and not re.search(r"[。、]", said):
            current = str(int(m.group(1)))
            out.setdefault(current, [])
            continue
        if current:
            out[current].append((n, said))
    return out


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    said = nfkc(question)
    m = _ASKED.search(said)
    if m is None or "document_texts" not in assistant.db.table_names():
        return None
    a, b = str(int(m.group("a"))), str(int(m.group("b")))
    words = [w for w in re.findall(r"[一-龥ァ-ヶー]{2,}", m.group("thing"))]
    words = [_COUNTER_TAIL.sub("", w) for w in words]
    words = [w for w in words if len(w) >= 2]
    if not words:
        return None
    core = words[-1]  # (the noun the counter was of: 応募 of 応募件数)
    unit = _UNITS[m.group("unit")]
    figure = compiled(r"(\d[\d,]*)\s*" + unit)
    found = []
    for r in assistant.db.query("SELECT source, text FROM document_texts WHERE instr(text, ?) > 0", [core]):
        issues = _issues(r["text"] or "")
        if a not in issues or b not in issues:
            continue
        pair = []
        for issue in (a, b):
            hits = []
            for line_no, line in issues[issue]:
                for sentence in re.findall(r"[^。]+。?", line):
                    if core in sentence:
                        numbers = figure.findall(sentence)
                        # (the figure nearest the word: 「46件の応募があり、…9件を採用」 gives 46 for 応募)
                        if numbers:
                            at = sentence.index(core)
                            best = min(figure.finditer(sentence), key=lambda x: abs(x.start() - at))
                            hits.append((int(best.group(1).replace(",", "")), line_no, line))
            # (several sentences of the word: those saying most of the question's other words, 職員提案)
            most = max((sum(w in h[2] for w in words) for h in hits), default=0)
            hits = [h for h in hits if sum(w in h[2] for w in words) == most]
            if len(hits) != 1:
                break
            pair.append(hits[0])
        if len(pair) == 2:
            found.append((r["source"], pair))
    if len(found) != 1:
        return None
    source, ((first, line_a, text_a), (second, line_b, text_b)) = found[0]
    how = m.group("how")
    value = second - first if how.startswith("増") or how.startswith("多") else first - second \
        if how.startswith("減") or how.startswith("少") else abs(second - first)
    counter = m.group("unit")
    summary = (f"第{a}号の「{core}」は {first}{counter}、第{b}号は {second}{counter} で、差は {value}{counter} です"
               f"（{source} {line_a}行目・{line_b}行目の本文から読んだ値です）。")
    excerpts = [{"key": f"doc:{source}", "source": source, "line": line_a, "text": text_a, "field": "text"},
                {"key": f"doc:{source}", "source": source, "line": line_b, "text": text_b, "field": "text"}]
    return Answer(question=q.question, target="passage", status="search", count=2, rows=[], excerpts=excerpts,
                  value=value, summary=summary,
                  understood=[{"field": "text", "op": "figure", "value": core,
                               "label": f"第{a}号と第{b}号の本文の「{core}」の{counter}数"}], query=q.to_dict())
