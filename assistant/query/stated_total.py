"""「町の事務事業って全部でいくつあるの？」 answered by counting the index's records of a kind (or a table's rows):
the records held are those some document lists, while a document's text may state the whole (「本町の全２４８事務事業
のうち…３３事業を重点見直しの対象とした」). A count of records is not the total asked when the text states another:
the stated figure is answered where one is (status search, as other figures read from text), and the count is
not claimed otherwise (partial)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# 「全部で」「全体で」「総数」: the whole asked, not the records that meet a condition
_WHOLE_ASKED = compiled(r"全部で|全体で|全部の数|総数|総計|合わせて|あわせて")
# the word the records are called by, just before 「って／は…全部で」 (「町の事務事業って全部で」 → 事務事業)
_WORD_BEFORE = compiled(r"(?P<word>[一-龥ァ-ヶー]{2,})\s*(?:って|は|が|の数は?)\s*(?:全部で|全体で|総数|合わせて|あわせて)")


def _stated(db, word: str) -> list[tuple[int, str, int]]:
    """(figure, source, line) of each passage saying 「全N<word>」 (NFKC)."""
    found = []
    pattern = compiled(r"全\s*(\d[\d,]*)\s*(?:の)?\s*" + re.escape(word))
    for source, line, text in db.execute("SELECT source, line, text FROM passages WHERE text LIKE ?", [f"%{word}%"]):
        for m in pattern.finditer(nfkc(str(text or ""))):
            found.append((int(m.group(1).replace(",", "")), source, line))
    return found


def whole_stated(db, question, answer) -> None:
    """Replace a count of records claimed exact by the total the text states, when the question asks the whole."""
    if not isinstance(question, str) or answer.status != "exact" or answer.target == "passage":
        return
    if not any(u.get("op") == "count" for u in answer.understood or []) or not isinstance(answer.value, int):
        return
    said = nfkc(question)
    m = _WORD_BEFORE.search(said)
    if not _WHOLE_ASKED.search(said) or m is None:
        return
    word = m.group("word")
    stated = [s for s in _stated(db, word) if s[0] != answer.value]
    if not stated:
        return
    figures = sorted({s[0] for s in stated})
    where = "、".join(f"{src}（{line}行目）" for _, src, line in stated[:3])
    if len(figures) == 1:
        counted = answer.value
        answer.status = "search"
        answer.value = figures[0]
        answer.caveat = (f"資料の本文が全体の数として「全{figures[0]}{word}」と書いています（{where}）。索引の記録を数えると"
                         f"{counted}件ですが、記録は資料が一覧に載せた分だけで、全体の数ではありません。")
    else:
        answer.status = "partial"
        answer.caveat = (f"資料の本文には全体の数として " + "・".join(f"全{n}{word}" for n in figures)
                         + f" があり（{where}）、どれを尋ねているか決められません。数えた件数 {answer.value}件は全体の数とは限りません。")
    answer.summary = answer.caveat + answer.summary
