"""Words of record titles typed in hiragana (「ちょうないかいの取組」): read as the title's kanji word whose
reading (Sudachi's) the hiragana spells, said in a note."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

# A run of hiragana from its start, or after one particle (「…のかっせいか」).
_RUN = compiled(r"(?<![ぁ-ゖー])(?:[のとがはをにで])?([ぁ-ゖー]{4,})")
_KANJI_WORD = compiled(r"[一-龥々]{2,}")
# A kana word printed before kanji as one word (ふるさと納税), typed all in hiragana too.
_KANA_KANJI_WORD = compiled(r"(?<![ぁ-ゖ])[ぁ-ゖ]{3,}[一-龥々]{2,}")
_MIN_READING = 4  # shorter readings (かい, ぜい) meet by chance


def title_word_readings(lex) -> dict[str, str]:
    """reading → the kanji word of a title that reads so; a reading two words share is left out.
    Worked out once per lexicon (once per open index)."""
    cached = getattr(lex, "_kana_word_readings", None)
    if cached is not None:
        return cached
    from assistant.query.tables.readings import reading

    titles = [title or "" for _, _, _, title in lex.title_index()]
    words = {w for t in titles for w in (*_KANJI_WORD.findall(t), *_KANA_KANJI_WORD.findall(t))}
    found: dict[str, set[str]] = {}
    for word in words:
        r = reading(word)
        if len(r) >= _MIN_READING and re.fullmatch(r"[ぁ-ゖー]+", r):
            found.setdefault(r, set()).add(word)
    out = {r: next(iter(ws)) for r, ws in found.items() if len(ws) == 1}
    lex._kana_word_readings = out
    return out


def respell_title_words(lex, question: str) -> tuple[str, str]:
    """The question with a title word typed in hiragana written as the title prints it, and the note
    saying so; the question as it is when no run of hiragana spells one."""
    runs = list(_RUN.finditer(question))
    if not runs:
        return question, ""
    readings = title_word_readings(lex)
    if not readings:
        return question, ""
    longest = sorted(readings, key=len, reverse=True)
    for m in reversed(runs):
        run = m.group(1)
        spelled = next((r for r in longest if run.startswith(r)), None)
        if spelled is None:
            continue
        word = readings[spelled]
        start = m.start(1)
        question = question[:start] + word + question[start + len(spelled):]
        return question, f"「{spelled}」を「{word}」と読みました"
    return question, ""
