"""「国体部会の連携事業にかかった事業費はいくら？」: the records are found, the figure asked is a field their kind
does not have, and no passage of theirs holds it. Passages of other documents that happen to hold the word
(another report's 予算額) are no answer: it is said that these records print no such figure (no_match), with
the records named, rather than pointing at a line about something else."""
from __future__ import annotations

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_MISSING = compiled(r"「(?P<field>.+?)」は.+?にない項目です$")
# A figure asked (いくら, 何円, 何人, 何件 of a field): not a list of records.
_FIGURE_ASKED = compiled(r"いくら|何\s*(?:円|万円|千円|億円|人|名|%|パーセント)|金額は|額は")
_MOST_ROWS = 5


def said_missing(question: str, answer: Answer) -> None:
    if answer.status != "search" or not answer.rows or len(answer.rows) > _MOST_ROWS or answer.value is not None:
        return
    missing = [m.group("field") for n in answer.notes if (m := _MISSING.search(n))]
    if not missing or not _FIGURE_ASKED.search(nfkc(question)):
        return
    codes = {str(r.get("key", "")).split(":", 1)[-1] for r in answer.rows if isinstance(r, dict)}
    own = [e for e in answer.excerpts if str(e.get("key", "")).split(":", 1)[-1] in codes]
    if any(w in nfkc(str(e.get("text", ""))) for e in own for w in missing):
        return  # (a passage of their own states it: the search stands)
    sources = {r.get("source") for r in answer.rows if isinstance(r, dict)}
    if None in sources or any(e.get("source") in sources for e in answer.excerpts if e not in own):
        return  # (their own document says more, beside them: 「財政効果額 … 企業版ふるさと納税の導入 7億7千万円」)
    names = "、".join(f"{r.get('code', '')} {r.get('title') or r.get('name') or ''}".strip()
                     for r in answer.rows if isinstance(r, dict))
    kind = kind_label(answer.target)
    fields = "」「".join(dict.fromkeys(missing))
    answer.status, answer.value, answer.count = "no_match", None, 0
    answer.rows = []
    answer.excerpts = own + [e for e in answer.excerpts if e not in own]
    answer.summary = (f"条件に合う{kind}（{names}）には「{fields}」の記載がありません。"
                      "ほかの資料で語が出てくる箇所は、この記録のものではありません。")
    answer.unused = list(dict.fromkeys([*answer.unused, *missing]))
