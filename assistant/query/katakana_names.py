"""Departments typed as their reading in katakana (「ｿｳﾑｶ」「ﾏﾄﾞｸﾞﾁｻｰﾋﾞｽ課」「ｷﾞｮｳｾｲｶﾝﾘ室」, half-width kana typed
in place of kanji): a katakana run the documents never print, with the kanji typed after it, read as the one
department of the index whose whole name (without its bureau mark) reads so, said in a note. A reading two
departments share is left as typed (the grammar then says it could not use the word)."""
from __future__ import annotations

from typing import Callable

from assistant.query.compiled import compiled

# A katakana run (three letters or more: shorter ones meet by chance), with the kanji of the name typed after it
# (課, 室) and the kanji of a name typed wholly so (ゲスイドウカ).
_TYPED = compiled(r"(?<![ァ-ヶー])([ァ-ヶー]{3,})([一-龥々]{0,3})")


def department_readings(lex) -> dict[tuple[str, str], set[str]]:
    """(reading of the name's first words, the rest as printed) → the department names (bureau mark dropped)
    that read and print so: 総務課 is (そうむか, "") and (そうむ, 課). The kanji typed after the kana are matched
    as printed, not read alone (室 alone reads むろ). Worked out once per lexicon (the departments are the
    index's own)."""
    cached = getattr(lex, "_department_readings", None)
    if cached is not None:
        return cached
    from assistant.query.lexicon import strip_bureau
    from assistant.text.normalize import kata_to_hira
    from assistant.text.tokenize import morphemes

    found: dict[tuple[str, str], set[str]] = {}
    for dept in {strip_bureau(d) for d in lex.departments}:
        if len(dept) < 2:
            continue
        ms = [(m.surface(), kata_to_hira(m.reading_form())) for m in morphemes(dept)]
        for k in range(1, len(ms) + 1):
            said = "".join(r for _, r in ms[:k])
            if compiled(r"[ぁ-ゖー]+").fullmatch(said):
                found.setdefault((said, "".join(s for s, _ in ms[k:])), set()).add(dept)
    lex._department_readings = found
    return found


def respell_katakana_departments(lex, printed: set[str] | Callable[[], set[str]], question: str) -> tuple[str, str]:
    """The question (NFKC, half-width kana made full) with each department typed as its katakana reading
    written as the index prints it, and the note saying so; the question as it is when none is.
    `printed`: the katakana words of the documents (a run they print, サービス, is a word, not a reading), or
    a function reading them: called only for a question with a katakana run (reading every passage for
    them was some 5 ms of a one-question `gyokaku ask` whose question has none)."""
    from assistant.text.normalize import kata_to_hira, nfkc

    text = nfkc(question)
    matches = list(_TYPED.finditer(text))
    if not matches:
        return question, ""
    if callable(printed):
        printed = printed()
    readings = department_readings(lex)
    said: list[tuple[str, str]] = []
    for m in reversed(matches):
        kana, kanji = m.group(1), m.group(2)
        if kana in printed or any(kana in w for w in printed if len(w) > len(kana)):
            continue
        head = kata_to_hira(kana)
        # (the kanji typed after it belong to the name only as far as the name prints them: 「ソウムカ担当」)
        names: set[str] = set()
        for n in range(len(kanji), -1, -1):
            names = readings.get((head, kanji[:n])) or set()
            if names:
                break
        if not names or len(names) != 1:
            continue
        name = next(iter(names))
        typed = kana + kanji[:n]
        text = text[:m.start()] + name + text[m.start() + len(typed):]
        said.insert(0, (typed, name))
    if not said:
        return question, ""
    return text, "、".join(f"「{typed}」を「{name}」と" for typed, name in said) + "読みました"
