"""「その工夫はどの実践項目のこと？」: after a passage was shown (a committee opinion saying 「特にN10では…」),
the records of the kind asked that the passage names by their code."""
from __future__ import annotations

from assistant.query.answer import Answer, Condition, Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS, LINKS
from assistant.text.normalize import nfkc

_ASKS = compiled(r"^\s*(?:じゃあ|で)?[、,]?\s*(?:その|それ|この|これ|そこ)[^、。？?]{0,12}?(?:は|って|が)?\s*どの\s*(?P<kind>"
                 + "|".join(w for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0]))) + r")"
                 r"(?:の(?:こと|話))?(?:を指して(?:い)?る)?(?:ですか|なの|だった|でした)?\s*[？?。]?\s*$")
# A code as a passage writes it: with its letter (N10) or after No. (No.12); a bare number says nothing.
_CODE = compiled(r"(?<![A-Za-z0-9])(?:No\.?\s*(\d{1,3})|([A-Z]\d{1,3}))(?![0-9])")


def records_named(assistant, question: str, excerpt: dict | None, shown_kind: str = "") -> Answer | None:
    """`shown_kind`: the kind of the records the answer before listed; the record they belong to (a
    comment's initiative) is asked of them, not of the codes their text names."""
    m = _ASKS.match(nfkc(question))
    if m is None or not excerpt:
        return None
    kind = dict(KIND_WORDS).get(m["kind"])
    if not kind or kind not in assistant.executor.tables or kind == shown_kind or (kind, shown_kind) in LINKS:
        return None
    said = list(dict.fromkeys(a or b for a, b in _CODE.findall(nfkc(str(excerpt.get("text", ""))))))
    if not said:
        return None
    conditions = [Condition("code", "in", said, f"番号 = {'・'.join(said)}")]
    if excerpt.get("source"):  # (another document numbers its records alike)
        conditions.append(Condition("source", "in", [excerpt["source"]], "前の回答の抜粋と同じ資料"))
    q = Query(question=question, target=kind, conditions=conditions)
    rows = assistant.executor.select(assistant.executor.resolve(q)[0])[0]
    if not rows:
        return None
    where = f"{excerpt.get('source', '')} {excerpt.get('line', '')}行目".strip()
    names = "、".join(f"{r.get('code', '')} {r.get('title', '')}".strip() for r in rows)
    return Answer(question=question, target=kind, status="exact", count=len(rows), rows=rows,
                  value=str(rows[0].get("code")) if len(rows) == 1 else None,
                  summary=f"前の回答の抜粋（{where}）が挙げている{m['kind']}は {names} です。",
                  understood=[{"field": "code", "op": "in", "value": said,
                               "label": f"前の回答の抜粋が挙げる{m['kind']}（{'・'.join(said)}）"}],
                  query=q.to_dict())
