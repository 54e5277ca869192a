"""「うちの町が設置主体になっているもの」: the asker's own municipality, said as 「うちの町」「本市」「当町」. Where no reading
said which municipality that is (grammar/values.py reads it as the documents' publisher where the index names one,
labelling 「…を資料の発行元 X と読みました」), an exact answer would be that of the question without it — every row,
whoever set it up: it is said partial, the words reported unread."""
from __future__ import annotations


from assistant.query.answer import Answer
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

_OWN = compiled(r"(?:うちの|わが|我が|自分たちの|私たちの)(?:市|町|村)|(?:本|当)(?:市|町|村)(?=が|は|の|で|に|も|を|と|\s|$)")


def said_unread(question: str, answer: Answer) -> None:
    if answer.status != "exact" or not isinstance(question, str):
        return
    m = _OWN.search(nfkc(question))
    if m is None:
        return
    labels = " ".join(str(c.get("label") if isinstance(c, dict) else getattr(c, "label", "")) for c in answer.understood or [])
    if "発行元" in labels or m.group(0) in labels:
        return
    answer.status = "partial"
    answer.unused = list(dict.fromkeys([*answer.unused, m.group(0)]))
    answer.summary = f"「{m.group(0)}」がどの自治体かを読み取れなかったため、その条件なしの回答です。" + answer.summary
