"""The passage that states the act a question asks about, read first.

「借上型市営住宅制度の導入を見送った理由は何て書いてある？」: the answer is the line of the record that says it
was put off and why (「…見込みとなったため、制度導入を当面見送ることとした。」), not its title or a plan that
says it will be. 「決済方法の拡充をしなかった根拠は？」: the line where 拡充 was not done (「拡充は見送った」).
「具体的に何を導入して…」: the line that says what was introduced (「「ふるさとNow」を導入した」).

Only an order of the passages shown: the answer stays a place to read (search/partial), never a claimed fact.
"""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# Why is asked (理由, 根拠, なぜ, 何があったから).
_ASKS_WHY = compiled(r"なぜ|なんで|どうして|何故|理由|根拠|原因|わけ[はを]|何があった|どういう事情")
# 「XをしなかったY」: a thing not done, which the documents say as put off or not done.
_NOT_DONE = compiled(r"(?P<obj>[一-龥ァ-ヶー]{2,8})(?:を|は)?(?:しなかった|行わなかった|やらなかった|実施しなかった|"
                     r"しない(?:こと)?にした|やめた|見送った|見合わせた)")
_NOT_DONE_WORDS = r"見送|見合わせ|行わな|実施しな|しなかった|断念|取りやめ|取り止め|中止"
# 「見送った理由」「中止したのはなぜ」: the act done, right before the why.
_ACT_WHY = compiled(r"(?P<act>[一-龥ァ-ヶー]{2,6})(?:っ|し|され|れ|め)た(?:の)?\s*(?:は|って)?\s*"
                    r"(?:理由|根拠|わけ|原因|なぜ|なんで|どうして|何故|何があった)")
# 「何を導入して」「何を導入した」: what was done is asked.
_WHAT_DONE = compiled(r"何を(?:具体的に)?(?P<act>[一-龥ァ-ヶー]{2,6})(?:して|した|し)")
# A cause said (「…となったため」「…と判断し」).
_CAUSE = compiled(r"ため|ことから|により|によって|と判断|を踏まえ|結果|見込み")


def _past(act: str) -> re.Pattern:
    """The act said as done (「見送った」「見送ることとした」「導入した」「導入し、」)."""
    return compiled(re.escape(act) + r"(?:っ?た|かった|ることとした|ることにした|ることになった|した|し[、,。]|しました|された|ました)")


def reading(question: str) -> tuple[str, str, bool] | None:
    """(object, act, why asked) read from the question; None when it asks of no act."""
    q = nfkc(question)
    why = bool(_ASKS_WHY.search(q))
    m = _NOT_DONE.search(q)
    if m and why:
        return m.group("obj"), _NOT_DONE_WORDS, True
    m = _ACT_WHY.search(q)
    if m and why:
        before = q[:m.start("act")]
        obj = re.search(r"([一-龥ァ-ヶー]{2,8})(?:を|は)\s*$", before)
        return (obj.group(1) if obj else ""), re.escape(m.group("act")), True
    m = _WHAT_DONE.search(q)
    if m:
        return "", re.escape(m.group("act")), why
    return None


def _code(key: str) -> str:
    return key.split(":", 1)[1].split("-", 1)[0] if ":" in key else ""


def put_first(question: str, excerpts: list[dict], rows: list[dict]) -> list[dict]:
    """The excerpts with the one that states the act asked (done, with its cause when why is asked) first;
    unchanged when none does. Only a passage of a record shown is moved, when records are shown."""
    read = reading(question) if isinstance(question, str) else None
    if read is None or not excerpts:
        return excerpts
    obj, act, why = read
    acts = compiled(act)
    codes = {_code(str(r.get("key", ""))) for r in rows} - {""}

    def score(e: dict) -> int:
        text = nfkc(str(e.get("text", "")))
        if not acts.search(text) or (obj and obj not in text and act == _NOT_DONE_WORDS):
            return 0
        if codes and _code(str(e.get("key", ""))) not in codes:
            return 0
        done = any(_past(a).search(text) for a in _alternatives(act))
        return 1 + 2 * done + (1 if why and _CAUSE.search(text) else 0) + (1 if obj and obj in text else 0)

    scored = [score(e) for e in excerpts]
    best = max(scored)
    # (a line that only names the act, a title or a plan, is no answer of it: it must say it done)
    if best < 3 or scored[0] == best:
        return excerpts
    i = scored.index(best)
    return [excerpts[i]] + excerpts[:i] + excerpts[i + 1:]


def _alternatives(act: str) -> list[str]:
    return [re.sub(r"\\(.)", r"\1", a) for a in act.split("|")]


# A thing not done or held up (「募集を見送った」「開始が遅れた」): what a low grade of a year is read in first.
_SETBACK = compiled(r"見送|見合わせ|遅れ|延期|中止|断念|できなかった|行わなかった|至らなかった|進まなかった|実績はなかった")


def why_asked(question: str) -> bool:
    return bool(_ASKS_WHY.search(nfkc(question))) or bool(re.search(r"何が(?:あった|起き)|どうして", nfkc(question)))


def setback(text: str) -> bool:
    return bool(_SETBACK.search(nfkc(text)))


# 「委員は何を問題にしてる？」「委員はどんな指摘をしてる？」: what the members said of an item is asked.
_MEMBERS_ASKED = compiled(r"委員(?:の方々|の皆さん|たち|会)?(?:は|が|から(?:は)?)\s*[^。？?、]{0,6}?(?:何|なに|どんな|どういう|どのような)\s*"
                          r"(?:を|の|こと)?\s*(?:問題|課題|指摘|懸念|心配|注文|意見|言って|述べ|求め|要望)")


def members_asked(question: str) -> bool:
    return bool(_MEMBERS_ASKED.search(nfkc(question)))
