"""A figure a passage lists year by year (「財政効果額（千円）は次のとおりです。令和元年度 41,200千円 令和２年度 58,700千円 …」):

- 「財政効果額の年度別の内訳を教えて」: the years and figures, as the passage prints them;
- then 「前年度からの増え方がいちばん大きかったのはどの年度？」 (減り方, 少なかった): the year whose change from the year
  before is the largest (smallest), computed from those figures.

The figure's word is the question's, sought in the passages; the years and amounts are read after it (a total line,
累計, is not a year). A question of another shape, or a passage listing fewer than three years, is left to the rest of
the engine (None). The answer stays a search: read from a passage, to be checked there.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

# (not 推移: a series is a table's to read, 「任期付職員の推移」)
_BREAKDOWN = compiled(r"年度別|年度ごと|年度毎|各年度|内訳")
# 「前年度からの増え方がいちばん大きかった」「前年度より最も伸びた」「減り方がいちばん大きい」
_CHANGE = compiled(r"前年度?(?:から|より|と比べ|比)")
_UP = compiled(r"増え|伸び|増加|上昇|増")
_DOWN = compiled(r"減り|減っ|減少|下が|減")
_MOST = compiled(r"いちばん|一番|最も|もっとも|最大")
_LEAST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:小さ|少な)|最小")
# The figure's word: the run of letters before の年度別/の内訳.
_WORD = compiled(r"([一-龥ァ-ヶー]{2,12}?)(?:の)?(?:年度別|年度ごと|年度毎|各年度|内訳)")
_AMOUNT = r"\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(千円|百万円|万円|億円|円|件|人|名|%|％)?"


def _pairs(text: str, word: str) -> list[tuple[int, int | float, str, str]]:
    """(fiscal year, figure, unit, as printed) of the years listed right after the word, in order."""
    at = text.find(word)
    if at < 0:
        return []
    body = text[at + len(word):]
    out = []
    for y in find_years(body):
        if y.calendar:
            continue
        after = body[y.end:]
        # (「令和元年度（2019年度）」: the year again in the other calendar, in brackets)
        skip = re.match(r"\s*[（(][^（()）]{1,12}[）)]", after)
        rest = after[skip.end():] if skip else after
        m = re.match(_AMOUNT, rest)
        if not m or any(p[0] == y.fiscal_year for p in out):
            continue
        value = float(m.group(1).replace(",", ""))
        out.append((y.fiscal_year, int(value) if value.is_integer() else value, m.group(2) or "",
                    body[y.start:y.end + (skip.end() if skip else 0) + m.end()].strip()))
    return out


def _records_word(word: str) -> bool:
    """A word of the records' fields or kinds (評価, 事業費): their breakdown is the records' to answer."""
    from assistant.kinds.registry import kind_words, record_kinds

    words = {w for _, k in record_kinds().items() for f in k.fields
             for w in (getattr(f, "label", ""), *getattr(f, "words", ()))}
    return word in words or any(word == w for w, _ in kind_words())


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    said = nfkc(question)
    shown = getattr(assistant, "_breakdown", None)
    if _BREAKDOWN.search(said) and (m := _WORD.search(said)) and not _records_word(m.group(1)):
        word = m.group(1)
        for key, source, line, text in assistant.db.execute(
                # (a passage of prose: a table's rows are the table readers' to answer)
                "SELECT key, source, line, text FROM passages WHERE instr(text, ?) > 0 AND field NOT LIKE 'table%' "
                "AND instr(text, char(9)) = 0 ORDER BY source, line", [word]):
            pairs = _pairs(nfkc(text), word)
            if len(pairs) >= 3:
                assistant._breakdown = (word, pairs, {"key": key, "source": source, "line": line, "text": text}, question)
                listed = "、".join(f"{fy_text(y)} {v:,}{u}" for y, v, u, _ in pairs)
                return Answer(question=question, target="passage", status="search", count=1,
                              summary=f"{word}の年度別の内訳: {listed}（{source} {line}行目から読んだ値です）。",
                              excerpts=[{"key": key, "source": source, "line": line, "text": text, "field": "text",
                                         "highlights": []}], query=q.to_dict(),
                              notes=[f"「{word}」の後に年度ごとに書かれた数値を読みました"])
        return None
    last = getattr(assistant, "_last_excerpt", None) or {}
    if shown is not None and (last.get("source"), last.get("line")) != (shown[2]["source"], shown[2]["line"]):
        shown = None  # (only the question right after the breakdown was shown, its passage the last one read)
    if shown is None or not _CHANGE.search(said) or not (_UP.search(said) or _DOWN.search(said)):
        return None
    if not (_MOST.search(said) or _LEAST.search(said)):
        return None
    word, pairs, excerpt, _ = shown
    up = bool(_UP.search(said)) and not _DOWN.search(said)
    least = bool(_LEAST.search(said))
    changes = [(pairs[i][0], pairs[i][1] - pairs[i - 1][1], pairs[i][2]) for i in range(1, len(pairs))
               if pairs[i][0] == pairs[i - 1][0] + 1]
    if not changes:
        return None
    sign = 1 if up else -1
    pick = (min if least else max)(changes, key=lambda c: sign * c[1])
    best = [c for c in changes if c[1] == pick[1]]
    years = "・".join(fy_text(y) for y, _, _ in best)
    listed = "、".join(f"{fy_text(y)} {d:+,}{u}" for y, d, u in changes)
    how = ("増え方" if up else "減り方") + ("がいちばん小さい" if least else "がいちばん大きい")
    return Answer(question=question, target="passage", status="search", count=1, value=years,
                  summary=f"前年度からの{word}の{how}のは {years}（{pick[1]:+,}{pick[2]}）です（前年度からの増減: {listed}）。",
                  excerpts=[{**excerpt, "field": "text", "highlights": []}], query=q.to_dict(),
                  notes=["前の回答の年度別の数値から計算しました"])
