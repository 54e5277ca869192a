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


def is_survey(t) -> bool:
    """A table of percentages (its numbers' unit ％) that the caption or the document calls a survey."""
    shares = [c for c in t.columns if c.numeric]
    return bool(shares) and all(c.unit in ("%", "％") for c in shares) \
        and bool(_SURVEY.search(nfkc(t.caption or "")) or _SURVEY.search(nfkc(t.doc_title or "")))


def read_survey_verbs(t, qn: str, free, take) -> None:
    """Take each verb of choosing or answering as read (a filler): the figure already counts it."""
    if not is_survey(t):
        return
    for m in _CHOSE.finditer(qn):
        if free(*m.span()):
            take(*m.span(), "filler")


# 「問２ 今後、特に見直しを進めるべきだと思う分野は何ですか（３つまで）」: the thing the survey's question asks for
_CAPTION_ASKS = compiled(r"([一-龥ァ-ヶー]{1,6})(?:は|が)(?:何|なに|どれ|どこ)(?:です|でした)?か")


def caption_asks(t) -> str:
    """The noun a survey table's caption asks for (分野 of 「…思う分野は何ですか」): what its rows, the choices,
    are called; "" when the caption asks nothing so."""
    if not is_survey(t):
        return ""
    m = _CAPTION_ASKS.search(nfkc(t.caption or ""))
    return m.group(1) if m else ""
