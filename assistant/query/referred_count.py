"""「（キャッシュレス決済の記事）その記事だと導入から2か月の利用は何件？」: 何件 said of the one record the previous answer
gave (その記事, この事例) asks a figure its text prints (「利用は2,318件」), not how many such records there are (1).
The answer becomes a search with that figure as its value (to be checked in the passage shown)."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「その記事だと」「この事例では」「それの」: the record just answered, referred back to.
_REFERS_BACK = compiled(r"^(?:じゃあ|では)?[、,]?\s*(?:その|この|あの)[一-龥ァ-ヶー]{0,6}(?:だと|では|で|の|は)|^(?:それ|これ)(?:だと|では|で|の)")


def figure_of_the_one_referred(assistant, question, answer: Answer, previous_rows: list) -> None:
    """The answer turned in place when it counted the one record the previous answer gave and its text prints a
    figure under the label asked; left as it is otherwise."""
    if not isinstance(question, str) or answer.error or answer.count != 1 or answer.value not in (1, None):
        return
    if (answer.query or {}).get("aggregate") != "count" or not _REFERS_BACK.search(nfkc(question).strip()):
        return
    keys = {str(r.get("key", "")) for r in previous_rows if isinstance(r, dict) and r.get("key")}
    if len(keys) != 1 or answer.target not in assistant.executor.tables:
        return
    from assistant.query.conversation import WIDER_SCOPE, _LABEL_QUANTITY, _figure_near_label

    asked = _LABEL_QUANTITY.search(nfkc(question))
    if not asked:
        return
    scope = [answer.target] + WIDER_SCOPE.get(answer.target, [])
    found = assistant.executor.excerpts(answer.target, sorted(keys), [asked.group("label")], scope)
    figure = _figure_near_label(question, found)
    if figure is None:
        return
    answer.value, answer.count, answer.status = figure[0], figure[0], "search"
    answer.excerpts = [figure[2]] + [e for e in answer.excerpts if e.get("line") != figure[2].get("line")]
    answer.summary = (f"「何件」は記録の件数ではなく、前の回答の記録の本文の数と読みました。抜粋に「{figure[1]}」とあります"
                      f"（抜粋から読んだ値です。{figure[2].get('source', '')} {figure[2].get('line', '')}行目）。")
