"""「審議会の会長って誰？」: the person a document's signature names under the body (「柾ノ谷村使用料等審議会」 then
「会長 日下部 正道」, as a 答申 or an 意見書 is signed), the body being the word the question says before the role.

Every signature of that role under a body so called is said; where several documents are signed so (two
審議会 in the index), each is named with its body and none is the value: the question does not say which."""
from __future__ import annotations


from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_ROLES = "副会長|会長|副委員長|委員長|座長|部会長|議長|理事長"
_ASKED = compiled(r"(?P<body>[一-龥ァ-ヶー]{2,20}?)の(?P<role>" + _ROLES + r")(?:って|は|を|の名前|の氏名)?"
                  r"(?:誰|だれ|どなた|何という人|なんという人|名前|氏名)")
# 「会長 日下部 正道」: the role, then a name of two parts (family and given names), alone on its line
_SIGNED = compiled(r"^\s*(?P<role>" + _ROLES + r")\s+(?P<name>[一-龥々ァ-ヶー]{1,6}\s*[一-龥々ぁ-んァ-ヶー]{1,6})\s*$")


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    qn = "".join(nfkc(question).split())
    asked = _ASKED.search(qn)
    if asked is None or "document_texts" not in assistant.db.table_names():
        return None
    body, role = asked.group("body"), asked.group("role")
    signed: list[tuple[str, int, str, str]] = []  # (source, line, body line, name)
    for source, text in assistant.db.execute("SELECT source, text FROM document_texts").fetchall():
        lines = [nfkc(x).strip() for x in str(text or "").splitlines()]
        for i, line in enumerate(lines):
            m = _SIGNED.match(line)
            if not m or m.group("role") != role:
                continue
            above = next((x for x in reversed(lines[max(0, i - 2):i]) if x), "")
            if above.endswith(body) and len(above) <= 40:
                signed.append((source, i + 1, above, " ".join(m.group("name").split())))
    if not signed:
        return None
    excerpts = [{"key": f"doc:{s}", "source": s, "line": line, "field": "text", "text": f"{b} {role} {name}",
                 "highlights": [name]} for s, line, b, name in signed]
    understood = [{"field": "text", "op": "signed", "value": role, "label": f"「{body}」の{role}の署名"}]
    if len(signed) == 1:
        s, line, b, name = signed[0]
        return Answer(question=question, target="passage", status="search", value=name, count=1, excerpts=excerpts,
                      understood=understood, summary=f"{b}の{role}は {name} です（{s} {line}行目の署名）。")
    listed = "、".join(f"{name}（{b}、{s}）" for s, _, b, name in signed)
    return Answer(question=question, target="passage", status="search", count=len(signed), excerpts=excerpts,
                  understood=understood,
                  summary=f"「{body}」の{role}として署名しているのは{len(signed)}人です: {listed}。どの{body}のことかで答えが変わります。")
