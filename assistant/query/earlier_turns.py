"""「最初の一覧の中で、R5にAだったのは？」「さっきの取組の委員評価は？」: an answer from earlier in the
conversation than the last one, named again. The conversation keeps each turn's query and rows; a
question that names an earlier one is read against it."""
from __future__ import annotations

from assistant.query.answer import Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS

# 「最初の一覧の中で」「はじめの結果のうち」: the first answer's records, narrowed.
_FIRST_LIST = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:一番最初|いちばん最初|最初|はじめ|初め|1つ目|一つ目)の\s*"
                       r"(?:一覧|回答|答え|結果|リスト|質問の答え)\s*(?:の中で|のうち|の中から|から|で|では)\s*[、,]?\s*")
# 「さっきの取組」「前の実践項目」: the one record of that kind an earlier answer gave.
_EARLIER_ONE = compiled(r"(?:さっき|先ほど|先程|前|最初)の\s*(?P<word>" + "|".join(
    w for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0])) if len(w) >= 2) + r"|取組|事業)(?![一-龥ァ-ヶー])")


def first_answer(history: list[tuple[Query, list[dict]]], question: str) -> tuple[str, tuple[Query, list[dict]] | None]:
    """The question to ask of the first answer's records (「そのうち…」) and that answer; or as it is."""
    m = _FIRST_LIST.match(question)
    if m is None or len(history) < 2:
        return question, None
    return "そのうち" + question[m.end():], history[0]


def earlier_one(history: list[tuple[Query, list[dict]]], question: str) -> str:
    """「さっきの取組の委員評価」 with the one record of that kind an earlier turn gave put in (「取組項目13の…」)."""
    m = _EARLIER_ONE.search(question)
    if m is None or len(history) < 2:
        return question
    word = m.group("word")
    # (「さっきの事業で」: 事業 alone, of a joint project an earlier turn gave)
    kind = {"取組": "initiative", "事業": "joint_project"}.get(word) or next((k for w, k in KIND_WORDS if w == word), "")
    label = {"initiative": "取組項目", "practice": "実践項目", "joint_project": "連携事業"}.get(kind)
    if not label:
        return question
    for q, rows in reversed(history[:-1]):  # (the last answer is 「その…」's, not 「さっきの…」's)
        codes = {str(r.get(kind) if q.target != kind else r.get("code")) for r in rows if isinstance(r, dict)}
        codes.discard("None")
        if len(codes) == 1:
            return question[:m.start()] + label + codes.pop() + question[m.end():]
    return question
