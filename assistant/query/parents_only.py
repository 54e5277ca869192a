"""「委員評価4以上の取組だけ」 after a list of committee opinions: only the opinions of such items — the records
just listed, narrowed by a condition of the records they belong to, said as 「…のものだけ」 is (a condition of
the parent, `@parent:`). Read as a new question about the items, it answered them with confidence instead."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS, LINKS
from assistant.text.normalize import nfkc

# 「<conditions>の<parent word>だけ／のみ」, the asking ending after it at most.
_ONLY = compiled(r"^(?P<before>\S.*?)の\s*(?P<word>[一-龥ァ-ヶー]{2,8})\s*(?:だけ|のみ)\s*(?:は|を|に)?\s*"
                 r"(?:絞って|絞り込んで|見せて|教えて)?\s*(?:ください|下さい)?\s*[?？。]?\s*$")


def said_of_children(question: str, context_target: str | None) -> str:
    """The question said of the records listed before when it narrows them by the items they belong to (the
    parent's word replaced by もの); the question as it is otherwise."""
    if not context_target or not isinstance(question, str):
        return question
    m = _ONLY.match(nfkc(question))
    if m is None:
        return question
    word = m.group("word")
    kinds = {kind for w, kind in KIND_WORDS if w == word or (w.endswith("項目") and w[:-2] == word)}
    if not any(LINKS.get((parent, context_target)) == parent for parent in kinds):
        return question
    return f"{m.group('before')}のものだけ"
