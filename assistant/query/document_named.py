"""「行政創革プランの取組項目はいくつ」「そちらのプランの実践項目は全部で」: a word of a document's title said of the
records asked names that document (its 取組項目 are all of them), not a word their own text must hold. Read only when
the records of the asked kind are in the documents so titled and hardly any of them hold the word themselves."""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from assistant.query.answer import Condition, Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS
from assistant.text.names import place_names
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# (a municipality's name, 「藤見沢市」: a place, left to the place rules)
_PLACE_WORD = compiled(r"[一-龥ァ-ヶー]{1,8}[都道府県市区町村]")
_FEW = 10  # the word said is the title's when the records holding it are fewer than one in this many


def scope(assistant: "Assistant", q: Query) -> None:
    ex = assistant.executor
    if q.target not in ex.tables:
        return
    scoped = {str(c.label) for c in q.conditions if c.field == "source"}
    for c in [c for c in q.conditions if c.field == "text" and c.op == "match" and f"「{c.value}」の資料" in scoped]:
        q.conditions.remove(c)  # (a follow-up keeps the word the turn before read as its documents: read so again)
    from assistant.labels import kind_label

    said = nfkc(q.question or "")
    # (the kind's word, or the word a document calls it by: 「答申の…重点項目」)
    own = [w for w, label in (getattr(assistant.lexicon, "item_words", {}) or {}).items() if label == kind_label(q.target)]
    by_kind_word = any(w in said for w, k in KIND_WORDS if k == q.target)
    # (「進捗表に出てくる担当課は何課ある」: the kinds of a field counted are asked of the records holding it, their
    # kind unsaid)
    by_field = q.aggregate == "distinct" and bool(q.group_by)
    if not (by_kind_word or by_field or any(w in said for w in own)) \
            or not (q.aggregate in ("count", "distinct") or any(c.field != "text" for c in q.conditions)):
        return  # (only the records asked by their kind's word, counted or narrowed: 「…プランが挑んだ課題とは」 is a passage sought)
    titles = [(r["source"], r["title"]) for r in assistant.db.query("SELECT source, title FROM documents")]
    for c in [c for c in q.conditions if c.field == "text" and c.op == "match" and len(str(c.value)) >= 2]:
        word = nfkc(str(c.value))
        if not by_kind_word and (place_names(word) or _PLACE_WORD.fullmatch(word)):
            continue  # (a place said with a document's own word: its documents are scoped by the place rules)
        titled = [source for source, title in titles if _in_title(word, title)]
        if not titled and by_field:
            # (the word as the question said it, when the reading gave a field's longer word: 進捗表 → 進捗度)
            form = next((word[:k] for k in range(len(word) - 1, 1, -1) if word[:k] in said), "")
            titled = [source for source, title in titles if form and _in_title(form, title)]
        if not titled:
            continue
        # (the records of the kind in those documents, whatever else the question says of them)
        within = [x for x in q.conditions if x.field != "text"] + [Condition("source", "in", titled, "")]
        every = ex.count(_with(q, within))
        if not every:
            continue  # (no record of the asked kind in those documents: the word is sought as said)
        holding = ex.count(_with(q, within + [c]))
        if holding * _FEW < every:
            scope = Condition("source", "in", titled, f"「{c.value}」の資料")
            q.conditions = [x for x in q.conditions if x is not c]
            # (kept even beside an equal scope said otherwise, 「「重点項目」と呼ぶ資料」: a follow-up then knows the
            # word was read as its documents, above)
            if not any(x.field == "source" and x.value == titled and x.label == scope.label for x in q.conditions):
                q.conditions.append(scope)


# 「第2回DX推進委員会」: a meeting's round said before its body's name, which a title may print apart
# (「第２回 蒜ヶ沢町ＤＸ推進委員会 会議録」: the town's name between)
_ROUND = compiled(r"^(第\d{1,2}回)(.{3,})$")


def _in_title(word: str, title: str | None) -> bool:
    """Whether a title says the word: as said, or (a meeting's round and its body) in two parts in that order."""
    text = "".join(nfkc(title or "").split())
    word = "".join(word.split())
    if word in text:
        return True
    m = _ROUND.match(word)
    return bool(m) and m.group(1) in text and m.group(2) in text[text.index(m.group(1)) + len(m.group(1)):]


def _with(q: Query, conditions: list[Condition]) -> Query:
    out = copy.copy(q)
    out.conditions = conditions
    return out
