"""「図書館についての取組事例が出ている自治体を二つ」: how many the asker wants named, said after what is asked.
The number is taken off before the question is read (「2つ」 is no word of the records' text), and when the
answer finds another number of records it says so first and is not sure (the asker expected that many)."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled

# (「…自治体を2つ」「…事業を3件挙げて」: a noun, を, the number and at most a word of asking; 「高い順に2つ」「最初の
# 2つ」 are an order's first ones, read by the grammar, and have no を before the number)
_NAMED_COUNT = compiled(r"(?<=[一-龥ァ-ヶーA-Za-z])を\s*(?P<n>\d{1,2})\s*(?:つ|個|件|か所|箇所)\s*"
                        r"(?:(?:教えて|挙げて|あげて|答えて|示して|出して)(?:ください|下さい|ほしい|欲しい|ね)?)?\s*[?？。]?\s*$")

EXAMPLES = (
    ("図書館についての取組事例が出ている自治体を2つ", "図書館についての取組事例が出ている自治体は？", 2),
    ("民間委託の事例を3件挙げてください", "民間委託の事例は？", 3),
    ("合計点の高い順に2つ", "合計点の高い順に2つ", None),
    ("上位の2つを教えて", "上位の2つを教えて", None),
)


def named_count(question: str) -> tuple[str, int | None]:
    """The question asked without the number to name (「…は？」) and that number, or the question as it is."""
    m = _NAMED_COUNT.search(question)
    if m is None or int(m.group("n")) < 1:
        return question, None
    return question[:m.start()] + "は？", int(m.group("n"))


def checked_named_count(answer: Answer, wanted: int | None, said: str) -> None:
    """An answer finding another number of records than the asker wants named says so first, and is partial."""
    if wanted is None or answer.error:
        return
    answer.question = said
    if answer.status == "exact" and answer.count == wanted:
        return
    if answer.status not in ("exact", "no_match"):
        answer.summary = f"{wanted}つ挙げられるかは確かめられません（答えが確かではありません）。" + answer.summary
        return
    answer.status = "partial"
    answer.summary = (f"{wanted}つ挙げるよう求められましたが、見つかったのは{answer.count or 0}件です"
                      "（数が合わないため、確かではありません）。") + answer.summary
