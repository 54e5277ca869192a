"""「…に楡ノ台村が当面参加しない理由について、村長は何と言っていましたか」「（ごみ処理の広域化の話が出たのは何回目？）
そのとき鶫原町長は何て言ってた？」 over minutes printing each turn after its speaker, a surname run into the head's
office (「○門脇楡ノ台村長　本村は既存の村営バス路線との調整が必要なため…」): the turns of the head of the place the
question names, the one sharing most of the question's words (and, for a follow-up, the words of the question before)
shown as said. Several turns sharing as many words, or none sharing any, give nothing here. The answer is a search:
the turn is shown to be read, no value is claimed."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_ASKED = compiled(r"(?:何|なん)\s*(?:と|て)\s*(?:言|い|述べ|話|発言)|どう\s*(?:言|い)っ|どんな(?:こと|発言)|どのような(?:こと|発言)"
                  r"|理由|わけ(?:は|を)")
# 「○門脇楡ノ台村長　…」: a turn opened by its speaker, a surname and the place's head (町長・村長・市長)
_TURN = compiled(r"[○◯〇](?P<head>[一-龥ァ-ヶーノヶ々]{2,16}?[町村市]長)\s*")
_FOLLOW = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:その|そのとき|その時|そこで|この|それ)")


def _turns(db) -> list[tuple[str, int, str, str, str]]:
    """(source, line, the head's office with the surname, what was said, the whole passage) of every head's turn
    in the passages."""
    out = []
    for source, line, text in db.execute(
            "SELECT source, line, text FROM passages WHERE field = 'text' AND (instr(text, '町長') > 0 "
            "OR instr(text, '村長') > 0 OR instr(text, '市長') > 0) AND (instr(text, '○') > 0 OR instr(text, '◯') > 0 "
            "OR instr(text, '〇') > 0) ORDER BY source, line").fetchall():
        text = nfkc(str(text))
        found = list(_TURN.finditer(text))
        for i, m in enumerate(found):
            end = found[i + 1].start() if i + 1 < len(found) else len(text)
            out.append((source, line, m.group("head"), text[m.end():end].strip(), text))
    return out


def _place_of(head: str, qn: str) -> str:
    """The longest end of the speaker's office (before 長) that the question says, a place's name."""
    office = head[:-1]
    for n in range(len(office) - 1, 1, -1):
        if office[-n:] in qn and office[-1] in "町村市":
            return office[-n:]
    return ""


def answer(assistant: "Assistant", question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    qn = nfkc(question)
    if not _ASKED.search(qn):
        return None
    turns = [(s, ln, head, said, place, whole) for s, ln, head, said, whole in _turns(assistant.db)
             if (place := _place_of(head, qn))]
    if not turns:
        return None
    places = {t[4] for t in turns}
    if len(places) != 1:
        return None
    place = places.pop()
    words = [w for w in assistant.parser.content_words(question) if place not in w and len(w) >= 2]
    before = getattr(assistant.context, "question", "") if _FOLLOW.search(qn) else ""
    if isinstance(before, str) and before:
        words += [w for w in assistant.parser.content_words(before) if place not in w and len(w) >= 2]
    pieces = {p for w in words for p in _pieces(w)}
    # (the turn's own words first; then those of the turns around it, which say what was being discussed)
    scored = [((sum(1 for p in pieces if p in t[3]), sum(1 for p in pieces if p in t[5])), t) for t in turns]
    best = max(s for s, _ in scored)
    top = [t for s, t in scored if s == best]
    if best[0] == 0 or len(top) != 1:
        return None
    source, line, head, said, _, _ = top[0]
    excerpt = {"key": f"doc:{source}", "source": source, "line": line, "text": f"○{head}　{said}", "field": "text",
               "highlights": []}
    return Answer(question=question, target="passage", status="search", count=1, rows=[], excerpts=[excerpt],
                  summary=f"{head}の発言（{source} {line}行目）: 「{said}」",
                  understood=[{"field": "text", "op": "turn_of", "value": place, "label": f"{place}の首長（{head}）の発言"}],
                  notes=[f"{place}の首長の発言のうち、質問の語を最も多く含むものを示します"])


def _pieces(word: str) -> list[str]:
    """A word and its runs of kanji or katakana of two or more (「境界越え運行」 → 境界, 運行), for a turn that
    says the thing in its own words."""
    return [word] + [p for p in re.findall(r"[一-龥]{2,}|[ァ-ヶー]{2,}", word) if p != word]
