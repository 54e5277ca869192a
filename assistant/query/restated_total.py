"""「実践項目90件のうち総合評価Aは何％」: the number said beside a kind's word is read as restating all of its records
(the phrasing kind_with_its_count takes it off before the grammar reads the question). A number that is no count of
that kind's records in the documents is a premise the documents do not bear out: an exact answer over all of the
records would hide it, so the answer says first how many there are, and is partial."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS
from assistant.text.normalize import nfkc

# (the words and counters of the phrasing kind_with_its_count: what it takes off, no record's number)
_SAID = compiled(r"(?P<word>取組項目|取り組み項目|実践項目|連携事業)\s*(?:全)?\s*(?P<n>\d{1,4})\s*(?:項目|件|事業)"
                 r"(?!\s*(?:あたり|当たり|につき|ごと|毎))")  # (「取組項目1件あたり」: a unit, no count of them)


def checked_total(answer: Answer, question, kind_counts: dict[str, set[int]], earlier_rows: int | None) -> None:
    """Say first, and make the answer partial, when the count said beside a kind's word is none of its counts."""
    if not isinstance(question, str) or answer.error or answer.status != "exact":
        return
    words = dict(KIND_WORDS)
    for m in _SAID.finditer(nfkc(question)):
        word, n = m.group("word"), int(m.group("n"))
        kind = words.get(word) or words.get(word.replace("取り組み", "取組"))
        counts = kind_counts.get(kind or "", set())
        if any(str(u.get("value")) == str(n) for u in answer.understood if isinstance(u, dict)):
            continue  # (the number read as a condition: 「実践項目9件の取組項目」 is 実践項目数 = 9)
        if not counts or n in counts or n in (earlier_rows, answer.count):
            # (the count of the records, of the rows just shown (「その3件」 said with the kind's word), or of those the
            # answer is over: 「No.12に属する実践項目9件について」)
            continue
        answer.status = "partial"
        answer.unused = [*answer.unused, m.group(0)]
        answer.summary = (f"資料の{word}は{max(counts)}件で、「{m.group(0)}」とは数が合いません。"
                          f"資料のすべての{word}についての回答です。" + answer.summary)
        return
