"""「令和5年度も寄附募集を行ったというのは事実か」 after one record was named: a claim of what was done in a year,
to be checked. It is asked as 「令和5年度は何をした？」 of that record, and its entries of that year are shown with
those bearing on the claim first (a word of the claim in them, a postponement or cancellation before a plain
mention, since that is what contradicts it), quoted in the summary. The engine shows the record's words and
does not judge the claim itself: the answer is a search, never a confident yes or no."""
from __future__ import annotations

import re
import unicodedata

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.grammar import YEAR

_CLAIM = compiled(
    rf"^\s*(?P<year>{YEAR})\s*(?:も|に|には|にも|は|で|でも)?\s*[、,]?\s*(?P<what>[^。？?]{{2,40}}?)\s*(?:を|が)?\s*"
    r"(?:行った|行っていた|おこなった|実施した|実施していた|した|やった|行われた|実施された|あった|始めた|開始した)\s*"
    r"(?:という|って|との)\s*(?:の|こと|話|記述|記載)?\s*(?:は|が|も)?\s*"
    r"(?:事実|本当|正しい|確か|ほんと)\s*(?:か|ですか|でしょうか|なのか|なのですか|なんですか|ですね)?\s*[？?。]?\s*$")
# What says a thing was not done that year: what contradicts a claim that it was.
_NOT_DONE = compiled(r"見送|見合わせ|中止|延期|行わなかった|実施しなかった|しなかった|行っていない|実施していない|休止|取りやめ|取り止め")
_NOUN = compiled(r"[一-龥々ァ-ヶー]{2,}")
_SKIP = {"key", "code", "source", "line", "end_line", "practice_key", "practice", "year", "n", "status"}


def year_claim(question: str) -> tuple[str, tuple[str, str] | None]:
    """The question to ask (「令和5年度は何をした？」) and the claim (year, what was done), or the question as it is."""
    m = _CLAIM.match(unicodedata.normalize("NFKC", question))
    if m is None or not _NOUN.search(m.group("what")):
        return question, None
    year = m.group("year").strip()
    return f"{year}は何をした？", (year, m.group("what").strip())


def _common(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _texts(row: dict) -> list[str]:
    return [v for k, v in row.items() if k not in _SKIP and isinstance(v, str) and len(v) >= 4
            and re.search(r"[一-龥ぁ-んァ-ヶ]", v)]


def checked_year_claim(answer: Answer, claim: tuple[str, str] | None, said: str) -> None:
    """The year's entries bearing on the claim first, quoted; the answer a search (the claim is not judged)."""
    if claim is None or answer.error:
        return
    answer.question = said
    year, what = claim
    words = _NOUN.findall(what)

    def bearing(row) -> tuple[int, int, str]:
        if not isinstance(row, dict):
            return 0, 0, ""
        best = (0, 0, "")
        for text in _texts(row):
            shared = max((_common(w, text) for w in words), default=0)
            if shared < 2:
                continue
            best = max(best, (shared, 1 if _NOT_DONE.search(text) else 0, text), key=lambda t: (t[0] >= 2, t[1], t[0]))
        return best

    scored = [(bearing(r), r) for r in answer.rows]
    relevant = [(b, r) for b, r in scored if b[0] >= 2]
    if not relevant:
        answer.summary = (f"{year}に「{what}」を行ったかどうかは、記載からは確かめられませんでした。" + answer.summary)
        if answer.status == "exact":
            answer.status = "search"
        return
    order = sorted(range(len(scored)), key=lambda i: (-(scored[i][0][0] >= 2), -scored[i][0][1], -scored[i][0][0], i))
    answer.rows = [scored[i][1] for i in order]
    quoted = [b[2] for b, _ in sorted(relevant, key=lambda t: (-t[0][1], -t[0][0]))][:2]
    contradicted = any(_NOT_DONE.search(q) for q in quoted)
    answer.summary = (f"{year}の記載のうち「{what}」に関わるもの: " + "、".join(f"「{q}」" for q in quoted) + "。"
                      + ("見送り・中止などの記載があります。" if contradicted else "")
                      + "事実かどうかはこの記載で確かめてください。" + answer.summary)
    if answer.status == "exact":
        answer.status = "search"
