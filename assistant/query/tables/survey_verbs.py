"""「70代以上が一番多く選んだ分野」「『知らない』と答えた割合」 over a survey's table in ％ (a column per group of
respondents, a row per choice): choosing or answering is what each percentage counts, so the verb says nothing
more than the figure does. Read only over a table of percentages whose caption or document says it is a survey
(問, アンケート, 調査)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_SURVEY = compiled(r"^\s*(?:問|設問|Q)\s*\d|アンケート|意識調査|満足度調査|世論調査|調査結果")
_CHOSE = compiled(r"(?:が|を|に|と)?(?:選んだ|選ばれた|選んでいる|選んでる|選択した|選択された|回答した|答えた|挙げた|あげた)")

_MOST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:多|少な)|最多")
# 「最も多かった回答」「一番少なかった答え」: the answer most (fewest) gave, the option of the largest (smallest) share
_MOST_ANSWER = compiled(r"(?:いちばん|一番|最も|もっとも)(?:多|少な)(?:い|かった)(?P<answer>回答|答え|選択肢)")


def is_survey(t) -> bool:
    """A table of percentages (its numbers' unit ％) that the caption or the document calls a survey."""
    shares = [c for c in t.columns if c.numeric]
    return bool(shares) and all(c.unit in ("%", "％") for c in shares) \
        and bool(_SURVEY.search(nfkc(t.caption or "")) or _SURVEY.search(nfkc(t.doc_title or "")))


def read_survey_verbs(t, qn: str, free, take) -> None:
    """Take each verb of choosing or answering as read (a filler): the figure already counts it."""
    if not is_survey(t):
        return
    shares = [c for c in t.columns if c.numeric]
    for m in _CHOSE.finditer(qn):
        if free(*m.span()):
            # (a table of one question's options, its one column the share that chose each: 「一番多く選ばれた」
            # says that column as plainly as 「割合が一番高い」 does)
            take(*m.span(), *(("col", shares[0].header) if len(shares) == 1 and _MOST.search(qn) else ("filler",)))
    for m in _MOST_ANSWER.finditer(qn):
        if len(shares) == 1 and free(*m.span("answer")):
            take(*m.span("answer"), "col", shares[0].header)  # 「最も多かった回答は」: the share that gave each answer


# 「問２ 今後、特に見直しを進めるべきだと思う分野は何ですか（３つまで）」: the thing the survey's question asks for
_CAPTION_ASKS = compiled(r"([一-龥ァ-ヶー]{1,6})(?:は|が)(?:何|なに|どれ|どこ)(?:です|でした)?か")


def caption_asks(t) -> str:
    """The noun a survey table's caption asks for (分野 of 「…思う分野は何ですか」): what its rows, the choices,
    are called; "" when the caption asks nothing so."""
    if not is_survey(t):
        return ""
    m = _CAPTION_ASKS.search(nfkc(t.caption or ""))
    return m.group(1) if m else ""


# 「一番多く選ばれたのは？」「最も多かった回答は？」: the question ends on what was chosen (an option), not on its share
_ASKS_CHOICE = compiled(r"(?:選ばれた|選んだ|選択された|選ばれている|挙げられた)(?:の|もの)(?:は|って)\s*(?:何|なに|どれ)?\s*(?:です)?か?\s*[?？。]?\s*$"
                        r"|(?:回答|答え|選択肢)(?:は|って)\s*(?:何|なに|どれ)?\s*(?:です)?か?\s*[?？。]?\s*$")


def asks_choice(t, qn: str) -> bool:
    """Over a survey's table, whether the option is asked (the row), not the share that chose it."""
    return is_survey(t) and bool(_ASKS_CHOICE.search(nfkc(qn)))
