"""「意見を出したのは何人？」「意見を提出した人は何人」: the people who did a thing, counted by the document that states
it under a label of the thing and the verb's noun (「意見提出者数　９人（うち団体１）」「意見提出者数：５人（意見数１１件）」):
the label holds the thing said (意見) and, after it, a noun of the verb said (提出 of 出した or of 提出した), and ends in
者数 or 人数; the figure printed right after it in 人 or 名 is the answer.

Only where the documents (those the question names by words of their titles, else all) state one such figure, or
the same figure wherever they state it; otherwise nothing is answered here (the engine's own reading stands)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.stated_period import _names_title
from assistant.text.normalize import nfkc

# 「意見を出したのは何人」「意見を提出した人は何人いた？」: [words naming the documents] the thing, the verb, the people
_ASKED = compiled(r"^(?P<pre>.*?)(?P<thing>[一-龥ァ-ヶー]{2,8})\s*(?:を|に)\s*(?P<verb>[一-龥]{1,2})"
                  r"(?:し|っ|き|い|り|ち|み|ん)?(?:た|だ|ている|てる|ていた)\s*(?:の|人|方|人数|方の数)\s*(?:は|って|が)?\s*"
                  r"(?:全部で|合計で|全体で)?\s*何\s*(?:人|名)\s*(?:いた|いる|いました|だった|でした|です|ですか)?\s*(?:か|の)?"
                  r"\s*[？?。]?\s*$")
_RUN = compiled(r"[一-龥ァ-ヶーA-Za-z0-9]{2,}")
_PARTICLES = compiled(r"^(?:の|で|に|は|って|、|,|\s)*$")


def _stated(text: str, thing: str, verb: str) -> list[tuple[str, int, str, int]]:
    """(label, figure, as printed, line) for each line labelled by the thing and a noun of the verb, counting people."""
    label = compiled(rf"(?P<label>{re.escape(thing)}(?P<noun>[一-龥]{{1,4}}?)(?:者数|人数))\s*[:：\t 　]?\s*"
                     rf"(?P<n>\d[\d,]*)\s*(?:人|名)(?P<note>\s*[(（][^()（）]{{1,20}}[)）])?")
    out = []
    for m in label.finditer(text):
        if any(k in m.group("noun") for k in verb):
            printed = f"{m.group('n')}人{(m.group('note') or '').strip()}"
            out.append((m.group("label"), int(m.group("n").replace(",", "")), printed, text.count("\n", 0, m.start()) + 1))
    return out


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    m = _ASKED.match(nfkc(question).strip())
    if m is None:
        return None
    runs = _RUN.findall(m["pre"])
    if m["pre"] and not _PARTICLES.fullmatch(_RUN.sub("", m["pre"])):
        return None
    try:
        docs = [(str(r["source"]), nfkc(str(r["title"] or ""))) for r in assistant.db.query("SELECT source, title FROM documents")]
    except Exception:
        return None
    named = [(s, t) for s, t in docs if all(_names_title(run, t) for run in runs)]
    found: dict[int, tuple[str, str, str, str, int]] = {}  # figure → (source, title, label, as printed, line)
    for source, title in named:
        row = assistant.db.query("SELECT text FROM document_texts WHERE source = ?", [source])
        text = nfkc(str(next(iter(row), {"text": ""})["text"] or ""))
        for label, n, printed, line in _stated(text, m["thing"], m["verb"]):
            found.setdefault(n, (source, title, label, printed, line))
    if len(found) != 1:
        return None  # (none stated, or differently in two places: which is asked is not known)
    n, (source, title, label, printed, line) = next(iter(found.items()))
    result = Answer(question=question, target="passage", rows=[], count=1, value=n, status="exact",
                    summary=f"{label}は {n}人です（{title}：「{label} {printed}」）。",
                    understood=[{"field": "source", "op": "in", "value": [s for s, _ in named] if runs else [source],
                                 "label": f"文書: {title}"},
                                {"field": label, "op": "stated", "value": n, "label": f"{label}（文書に書かれた人数）"}])
    result.excerpts = [{"key": f"doc:{source}", "source": source, "line": line, "text": f"{label} {printed}"}]
    return result
