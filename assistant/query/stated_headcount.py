"""「推進会議の委員は何人？」 answered by counting a table's rows (one section per member who gave an opinion)
while the documents state the body's size (「委員12名で構成する」「委員定数12名」): the rows are those who spoke
or attended, not the members. Where the documents print the count of the very word asked (委員, no 出席委員 or
公募委員: a word joined before it names a part) and it differs from the rows counted, the answer is that stated
figure, shown as a search (to be checked in the passage), the rows' count said beside it."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「…の委員は何人？」「委員って全部で何名」: the word counted, right before the particle and 何人/何名
_ASKED = compiled(r"([一-龥ァ-ヶー]{2,6})(?:の数|の人数|数)?\s*(?:は|って|が)?\s*(?:全部で|全員で|合わせて|合計)?\s*何\s*(?:人|名)")
# words that are no persons counted (「何人」 after them asks of something else)
_NOT_PERSONS = {"参加", "出席", "利用", "移住", "来場"}
# a verb's form right before the word asked: a relative clause (「出席した」「発言している」「来なかった」)
_QUALIFIED = compiled(r"(?:た|だ|ている|てる|ていた|てた|する|しない|ない|なかった)\s*$")


def _stated(text: str, word: str) -> list[tuple[int, int, str, str]]:
    """(figure, the line) where the text prints the count of `word` itself (「委員12名」「委員定数12名」
    「委員数：12人」); a kanji joined before the word (出席委員) names a part of them, not the whole."""
    found = []
    pattern = re.compile(r"(?<![一-龥ァ-ヶー])" + re.escape(word)
                         + r"(?:定数|総数|数)?\s*(?:は|が|[:：])?\s*(\d{1,4})\s*(?:名|人)")
    for at, line in enumerate(nfkc(text).split("\n")):
        for m in pattern.finditer(line):
            found.append((int(m.group(1)), at + 1, line.strip(), m.group(0)))
    return found


def stated_instead(db, question: str, answer: Answer) -> None:
    """Replaces (in place) an exact count of rows by the headcount the documents state of the word asked,
    where they state one figure only and it is not the rows' count."""
    if not isinstance(question, str) or answer.status != "exact" or not answer.rows:
        return
    if not isinstance(answer.value, int) or answer.value != answer.count:
        return
    if not any(u.get("op") == "count" for u in answer.understood if isinstance(u, dict)):
        return
    m = _ASKED.search(nfkc(question))
    if m is None:
        return
    asked = m.group(1)
    # (「出席した委員は何人」「意見を述べた委員」: a clause before the word names some of them, not the body)
    if _QUALIFIED.search(nfkc(question)[:m.start(1)]) or any(p in nfkc(question)[:m.start(1)][-6:] for p in _NOT_PERSONS):
        return
    # (the noun is the word's tail: 「推進会議の委員」 → 委員; 「会議委員」 too)
    word = next((w for w in ("委員", "職員", "構成員", "会員", "議員", "メンバー") if asked.endswith(w)), "")
    if not word or any(p in asked for p in _NOT_PERSONS):
        return
    sources = {str(r.get("source") or "") for r in answer.rows} - {""}
    if not sources:
        return
    marks = ",".join("?" * len(sources))
    stated: list[tuple[int, int, str, str, str]] = []
    for source, text in db.execute(f"SELECT source, text FROM document_texts WHERE source IN ({marks})",
                                   sorted(sources)):
        stated += [(n, at, line, said, source) for n, at, line, said in _stated(text or "", word)]
    figures = {s[0] for s in stated}
    if len(figures) != 1 or answer.value in figures:
        return
    n, at, line, said, source = stated[0]
    counted = answer.value
    answer.value = n
    answer.count = n
    answer.status = "search"
    answer.caveat = (f"資料に「{said}」とあります（表の行は{counted}件で、{word}全員ではありません）。"
                     "該当箇所で確かめてください。")
    answer.summary = answer.caveat + f"{word}は {n}名 です。"
    answer.excerpts = [{"key": f"passage:{source}:{at}", "source": source, "line": at, "field": "text",
                        "text": line, "highlights": []}, *answer.excerpts]
