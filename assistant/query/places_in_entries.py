"""「SMSの徴収業務見直しで、納付状況を照会した先の市は？」: of one record, the municipalities its own text
(progress-sheet entries, its passages) names beside the words the question says (照会, 納付状況). The record
alone is no answer to a place asked: where no such name is found beside those words, the answer says so and is
not exact."""
from __future__ import annotations


from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「…先の市は？」「どこの市」「どの町」「相手の自治体は」: a municipality asked (not a count of them).
_PLACE_ASKED = compiled(r"(?:先|相手|ところ)?の?(?P<k>市町村|自治体|市|町|村)(?:は|って|を|はどこ|ってどこ)\s*(?:どこ|何|なに)?\s*[?？。]?\s*$"
                        r"|(?:どこの|どの)(?P<k2>市町村|自治体|市|町|村)")
_COUNTED = compiled(r"何(?:市|町|村|自治体|団体|か所|箇所)|いくつ|何件")
_PLACE = compiled(r"(?<![一-龥ァ-ヶ])([一-龥ァ-ヶ]{1,5}?(?:市|町|村))(?=[、,。・とにへでのや及並(（)）\s]|$)")


def answer(conv, q, question: str) -> Answer | None:
    said = nfkc(question)
    m = _PLACE_ASKED.search(said)
    if m is None or _COUNTED.search(said) or q.aggregate:
        return None
    codes = [c for c in q.conditions if (c.field == "code" and c.op == "=" or c.field == f"@title:{q.target}" and c.op in ("=", "~="))
             and isinstance(c.value, str) and c.value]
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match" and c.value]
    if len(codes) != 1 or not words or q.target not in ("practice",):
        return None
    kind = m["k"] or m["k2"]
    code = str(codes[0].value)
    rows = list(conv.db.execute(
        "SELECT key, source, line, text, field FROM passages WHERE (key = ? OR key LIKE ?) ORDER BY line",
        [f"{q.target}:{code}", f"sheet_entry:{code}-%"]).fetchall())
    found, names = [], []
    for key, source, line, text, field in rows:
        plain = nfkc(str(text))
        if not all(w in plain for w in words):
            continue
        hits = [p for p in _PLACE.findall(plain) if kind in ("市町村", "自治体") or p.endswith(kind)]
        if hits:
            found.append({"key": key, "source": source, "line": line, "text": text, "field": field, "highlights": []})
            names += [p for p in hits if p not in names]
    record = conv.run(q, question)
    if record.error or len(record.rows) != 1:
        return None
    title = f"{code} {record.rows[0].get('title', '')}".strip()
    if not names:
        record.status = "partial"
        record.caveat = f"{title} の本文に「{'」「'.join(words)}」とともに書かれた{kind}の名前は見つかりませんでした。"
        record.summary = record.caveat + record.summary
        return record
    record.value = "、".join(names)
    record.summary = (f"{title} で「{'」「'.join(words)}」と書かれた箇所の{kind}は {record.value} です"
                      f"（{found[0]['source']} {found[0]['line']}行目: 「{str(found[0]['text'])[:80]}」）。")
    record.excerpts = found[:3] + [e for e in record.excerpts if e.get("key") not in {f["key"] for f in found}][:2]
    record.understood.append({"field": "text", "op": "places", "value": kind, "label": f"本文に書かれた{kind}の名前"})
    return record
