"""Words of record titles and departments typed in hiragana (「ちょうないかいの取組」「のうぜいか」): read as
the kanji word whose reading (Sudachi's) the hiragana spells, said in a note."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

# A run of hiragana from its start, or after one particle (「…のかっせいか」).
_RUN = compiled(r"(?<![ぁ-ゖー])(?:[のとがはをにで])?([ぁ-ゖー]{4,})")
_KANJI_WORD = compiled(r"[一-龥々]{2,}")
# A kana word printed before kanji as one word (ふるさと納税), typed all in hiragana too.
_KANA_KANJI_WORD = compiled(r"(?<![ぁ-ゖ])[ぁ-ゖ]{3,}[一-龥々]{2,}")
_MIN_READING = 4  # shorter readings (かい, ぜい) meet by chance
_MIN_SHORT_READING = 3  # (read only when the title goes on as the question does: _short_reading_in_title)
# Runs that are only particles and the asking words (「ありますか」「どれですか」): no name to read, and the
# titles' readings are not worked out for them.
_ONLY_GRAMMAR = compiled(r"(?:について|における|に関する|ありますか|あります|ある|ですか|でしょうか|ください|ますか|ました|でした|"
                         r"だった|だっけ|かな|もの|こと|やつ|どれ|どこ|いくつ|いつ|なに|なん|だれ|ため|これ|それ|あれ|ここ|そこ|まだ|もう|"
                         r"ずっと|いちばん|すべて|ぜんぶ|ぜんたい|ない|なく|なかった|して|した|する|いる|いた|[のはがをにでともへやかねよ])+")


def title_word_readings(lex) -> dict[str, str]:
    """reading → the kanji word of a title that reads so (町内会, or a kana word printed before kanji as one
    word, ふるさと納税); a reading two words share is left out. The titles are tokenised in one pass, once
    per lexicon (once per open index)."""
    cached = getattr(lex, "_kana_word_readings", None)
    if cached is not None:
        return cached
    from assistant.text.normalize import kata_to_hira
    from assistant.text.tokenize import morphemes

    # (and the departments' names: 「のうぜいかが担当してる」 is 納税課)
    from assistant.query.lexicon import strip_bureau

    titles = "\n".join(dict.fromkeys([*(title or "" for _, _, _, title in lex.title_index()),
                                      *(strip_bureau(d) for d in lex.departments)]))
    found: dict[str, set[str]] = {}
    morphs = [(m.surface(), kata_to_hira(m.reading_form())) for m in morphemes(titles)]
    for i in range(len(morphs)):
        surface, read = "", ""
        for j in range(i, min(i + 4, len(morphs))):  # a word of up to four morphemes (公共+施設+等)
            surface += morphs[j][0]
            read += morphs[j][1]
            if not (_KANJI_WORD.fullmatch(surface) or _KANA_KANJI_WORD.fullmatch(surface)):
                continue
            if len(read) >= _MIN_SHORT_READING and re.fullmatch(r"[ぁ-ゖー]+", read):
                found.setdefault(read, set()).add(surface)
    out = {r: next(iter(ws)) for r, ws in found.items() if len(ws) == 1 and len(r) >= _MIN_READING}
    lex._kana_word_readings = out
    lex._kana_short_readings = {r: ws for r, ws in found.items() if len(r) < _MIN_READING}
    return out


def _short_reading_in_title(lex, question: str, start: int, run: str) -> tuple[str, str] | None:
    """「しぜいのキャッシュレス化」: a word of three letters (市税) meets by chance alone, so it is read only
    where the word and what follows it (four letters or more) lie together in one title."""
    titles = [title or "" for _, _, _, title in lex.title_index()]
    for n in range(min(len(run), _MIN_READING - 1), _MIN_SHORT_READING - 1, -1):
        for word in sorted(getattr(lex, "_kana_short_readings", {}).get(run[:n], ())):
            after = question[start + n:start + n + 8]
            tail = compiled(r"[^。？?、,\s]{4,}").match(after)
            if tail and any(word + tail.group(0)[:4] in t for t in titles):
                return run[:n], word
    return None


_FIELD_SPELLINGS: dict[str, str] | None = None


def field_word_spellings() -> dict[str, str]:
    """「いいん評価」→ 委員評価: a field word whose first kanji word is typed in hiragana (its reading, three
    letters or more), the rest as printed. Worked out once (the field words are the kinds' own)."""
    global _FIELD_SPELLINGS
    if _FIELD_SPELLINGS is None:
        from assistant.query.vocabulary import VALUE_FIELDS
        from assistant.text.normalize import kata_to_hira
        from assistant.text.tokenize import morphemes

        words = sorted({w for w, _ in VALUE_FIELDS if _KANJI_WORD.fullmatch(w) and len(w) >= 3})
        found: dict[str, set[str]] = {}
        for word in words:
            ms = morphemes(word)
            if len(ms) < 2:
                continue
            head = kata_to_hira(ms[0].reading_form())
            if len(head) >= 3 and re.fullmatch(r"[ぁ-ゖー]+", head):
                found.setdefault(head + word[len(ms[0].surface()):], set()).add(word)
        _FIELD_SPELLINGS = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    return _FIELD_SPELLINGS


def respell_title_words(lex, question: str) -> tuple[str, str]:
    """The question with a title word typed in hiragana written as the title prints it, and the note
    saying so; the question as it is when no run of hiragana spells one."""
    if compiled(r"[ぁ-ゖ]{3}[一-龥]").search(question):
        for spelled, word in field_word_spellings().items():
            if spelled in question:
                return question.replace(spelled, word), f"「{spelled}」を「{word}」と読みました"
    runs = [m for m in _RUN.finditer(question) if not _ONLY_GRAMMAR.fullmatch(m.group(1))]
    if not runs:
        return question, ""
    readings = title_word_readings(lex)
    if not readings:
        return question, ""
    said: list[tuple[str, str]] = []  # (「そうむかがたんとうの」: each run that spells a word, from the last)
    for m in reversed(runs):
        # (the longest reading the run begins with: a lookup per length, not a scan of every reading; a
        # particle-like letter it opens with may be the word's own: のうぜいか)
        for start in dict.fromkeys((m.start(0), m.start(1))):
            run = question[start:m.end(1)]
            spelled = next((run[:n] for n in range(len(run), _MIN_READING - 1, -1) if run[:n] in readings), None)
            if spelled is not None:
                break
        if spelled is None:
            short = _short_reading_in_title(lex, question, m.start(1), question[m.start(1):m.end(1)])
            if short is None:
                continue
            (spelled, word), start = short, m.start(1)
        else:
            word = readings[spelled]
        question = question[:start] + word + question[start + len(spelled):]
        said.insert(0, (spelled, word))
    if not said:
        return question, ""
    return question, "、".join(f"「{spelled}」を「{word}」と" for spelled, word in said) + "読みました"


# 「へいわの鐘」: a run of hiragana right before kanji (with の between, or none); the kanji are the text's own.
# (not the kana after a word's kanji, 「終わってない実践項目」: okurigana and endings)
_BEFORE_KANJI = compiled(r"(?<![ぁ-ゖー一-龥々ァ-ヶ])([ぁ-ゖ]{3,6}?)(の?)([一-龥々]{1,4})")
_KANJI_BEFORE = compiled(r"[一-龥々]{1,6}$")
_MAX_HITS = 40  # places of the kanji in the text looked at (a common one, 「の実」「多」, is no name to read)


def respell_text_words(db, lex, question: str) -> tuple[str, str]:
    """「へいわの鐘のプロジェクト」: a word of the documents' text typed in hiragana before kanji the text prints
    after it (平和の鐘): read as the one kanji word that stands before those kanji in the text and reads as the
    hiragana (Sudachi's reading), said in a note; the question as it is when no one word does."""
    for m in _BEFORE_KANJI.finditer(question):
        run = m.group(1)
        if _ONLY_GRAMMAR.fullmatch(run) or run[-1] in "のはがをにでとも":
            continue
        from assistant.text.tokenize import morphemes

        # (one noun as the question reads, 「へいわ」: not words of the sentence, 「そのうち」「つまり」「よくある」)
        if not any(x.begin() == m.start(1) and x.end() == m.end(1) and x.part_of_speech()[0] == "名詞"
                   for x in morphemes(question)):
            continue
        text = getattr(lex, "_document_text", None)
        if text is None:
            text = "\n".join(t or "" for (t,) in db.execute("SELECT text FROM document_texts ORDER BY source"))
            lex._document_text = text
        from assistant.text.normalize import kata_to_hira

        tail = m.group(2) + m.group(3)
        befores: set[str] = set()
        for n, hit in enumerate(re.finditer(re.escape(tail), text)):
            if n >= _MAX_HITS:
                befores = set()
                break
            before = _KANJI_BEFORE.search(text, max(0, hit.start() - 6), hit.start())
            if before is not None:
                befores |= {before.group(0)[-k:] for k in range(max(1, len(run) // 4), min(len(run), len(before.group(0))) + 1)}
        words = {word for word in befores if kata_to_hira("".join(x.reading_form() for x in morphemes(word))) == run}
        if len(words) == 1:
            word = words.pop()
            return question[:m.start(1)] + word + question[m.end(1):], f"「{run}」を「{word}」と読みました"
    return question, ""
