"""Questions typed without kanji conversion, words apart (「れいわ4ねんど に しゅうりょう した じっせんこうもく」):
each word typed in hiragana is read as the word the engine knows that reads so (Sudachi's reading_form),
longest first, and the spaces between Japanese words are closed up; every reading is said in a note, and
a word two known words read alike is said to be unread, never picked.

The known words are the engine's own, in two tiers: what the grammar and the index name (kind and field
words, the words of every rule's examples, departments, themes, titles, era names) and, for a word none of
those reads, the words of the documents' text (ころな → コロナ, ひなんじょ → 避難所). Both tables are worked out
when the index is built and stored in it (stored.py); a question pays a dictionary look-up per word."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from assistant.query.compiled import compiled

# A word of the question as typed between spaces: hiragana, with the figures of a date (れいわ4ねんど).
_KANA_WORD = compiled(r"[ぁ-ゖー0-9０-９・]+")
_HIRAGANA = compiled(r"[ぁ-ゖ]")
# A run of the source texts that may be a word: kanji and katakana (the kana of okurigana and particles cut it).
_WRITTEN_RUN = compiled(r"[一-龥々ァ-ヶー]{2,12}")
_SPAN = 4  # morphemes one written word may be cut into (公共+施設+等)
_MIN_READING = 3  # a reading shorter (かい, いん) meets by chance inside longer words
# After a figure, a counter or unit of a date is read however short (4ねんど, 3がつ, 17ねん).
_AFTER_FIGURE_MIN = 1
# What may follow the words read in one typed word: a particle or an ending (じっせんこうもくで, しゅうりょうした).
_TAIL = compiled(r"(?:[のはがをにでともへやか]|した|して|する|してる|された|だった|です|ですか|の?もの)?")
# Parts of speech of a typed word Sudachi reads whole as a word of the sentence, not a name (おおい, ふれてる,
# いちばん, どれ): left as typed, the grammar reads them.
_INFLECTED = {"動詞", "形容詞"}  # (written as the grammar's examples write them: ふれてる, たかい)
_GRAMMAR_POS = {"形容詞", "動詞", "副詞", "助詞", "助動詞", "代名詞", "連体詞", "接続詞", "感動詞", "形状詞"}


def _hira(text: str) -> str:
    from assistant.text.normalize import kata_to_hira

    return kata_to_hira(text)


def derive_known_readings(sources: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """derive_readings, words of one kanji too (順, 町): the grammar's own, typed alone (たかい じゅん)."""
    return derive_readings(sources, least=1)


def derive_readings(sources: tuple[str, ...], least: int = 2) -> dict[str, tuple[str, ...]]:
    """Reading (hiragana) → the written words that read so, from texts of known words: every run of up to
    _SPAN morphemes written wholly in kanji or katakana, of `least` characters or more."""
    from assistant.text.tokenize import morphemes

    found: dict[str, set[str]] = {}
    for text in sources:
        for run in compiled(r"[一-龥々ァ-ヶー]{%d,12}" % least).findall(text):
            ms = [(m.surface(), _hira(m.reading_form())) for m in morphemes(run)]
            for i in range(len(ms)):
                surface, read = "", ""
                for j in range(i, min(i + _SPAN, len(ms))):
                    surface += ms[j][0]
                    read += ms[j][1]
                    if len(surface) >= least and re.fullmatch(r"[ぁ-ゖー]+", read) and len(read) >= 2:
                        found.setdefault(read, set()).add(surface)
    return {r: tuple(sorted(ws)) for r, ws in found.items()}


def derive_verbs(sources: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A verb's or adjective's inflected form as said (ふれ, たかい: the hiragana of its reading) → the forms the
    texts write it in with kanji (触れ, 高い); a form the texts also write in kana (ある, おわっ) maps to nothing:
    the grammar reads it."""
    from assistant.text.tokenize import morphemes

    found: dict[str, set[str]] = {}
    as_kana: set[str] = set()
    for text in sources:
        for m in morphemes(text):
            if m.part_of_speech()[0] not in _INFLECTED:
                continue
            surface, said = m.surface(), _hira(m.reading_form())
            if re.fullmatch(r"[ぁ-ゖ]+", surface):
                as_kana.add(surface)
            elif re.search(r"[一-龥々]", surface) and re.fullmatch(r"[ぁ-ゖ]{2,}", said):
                found.setdefault(said, set()).add(surface)
    return {said: tuple(sorted(ws)) for said, ws in found.items() if said not in as_kana}


@lru_cache(maxsize=1)
def grammar_examples() -> tuple[str, ...]:
    from assistant.query.grammar import all_rules

    return tuple(e[0] for r in all_rules() for e in r.examples if isinstance(e[0], str))


@lru_cache(maxsize=1)
def known_verbs() -> dict[str, tuple[str, ...]]:
    from assistant.query.stored import derived

    return derived("kana_verbs", derive_verbs, grammar_examples())


def _verbs_written(typed: str) -> tuple[str, list[tuple[str, str]]]:
    """「ふれてる」→ 触れてる: the verbs of a typed word of the sentence written as the grammar's examples write
    them, where they write it one way only."""
    from assistant.text.tokenize import morphemes

    verbs = known_verbs()
    out, made = "", []
    for m in morphemes(typed):
        words = verbs.get(m.surface()) if m.part_of_speech()[0] in _INFLECTED else None
        if words and len(words) == 1:
            out += words[0]
            made.append((m.surface(), words[0]))
        else:
            out += m.surface()
    return out, made


def engine_words(lex) -> tuple[str, ...]:
    """The words the grammar and the index name, as texts to read words from."""
    from assistant.query.same_reading import reading_words
    from assistant.text.wareki import _ERA_BASE

    examples = grammar_examples()
    themes = [w for theme, said in lex.themes.items() for w in (theme, *said)]
    titles = [t or "" for _, _, _, t in lex.title_index()]
    return tuple(dict.fromkeys([*reading_words(), *(w for w in _ERA_BASE if len(w) > 1), *sorted(lex.departments),
                                *sorted(lex.full_departments), *themes, *titles, *examples]))


def text_words(db) -> tuple[str, ...]:
    """The written runs of the documents' text (each once)."""
    text = "\n".join(t or "" for (t,) in db.execute("SELECT text FROM document_texts ORDER BY source"))
    return tuple(sorted(set(_WRITTEN_RUN.findall(text))))


def text_table(db) -> tuple[str, Callable, tuple]:
    """(name, derive, words) of the table of the documents' words: keyed by the documents' digests, which a
    question reads in well under a millisecond (their texts' runs take a tenth of a second to find)."""
    def derive_text_readings(digests: tuple) -> dict[str, tuple[str, ...]]:
        return derive_readings(text_words(db))

    digests = tuple(db.execute("SELECT source, sha256 FROM documents ORDER BY source").fetchall())
    return "kana_text", derive_text_readings, tuple(tuple(d) for d in digests)


def known_readings(lex) -> dict[str, tuple[str, ...]]:
    from assistant.query.stored import derived

    cached = getattr(lex, "_kana_reading_known", None)
    if cached is None:
        cached = lex._kana_reading_known = derived("kana_known", derive_known_readings, engine_words(lex))
    return cached


def text_readings(db, lex) -> dict[str, tuple[str, ...]]:
    from assistant.query.stored import derived

    cached = getattr(lex, "_kana_reading_text", None)
    if cached is None:
        cached = lex._kana_reading_text = derived(*text_table(db))
    return cached


@dataclass
class Reading:
    """A question typed in kana: the words read as written in the documents, and those left unread."""
    question: str
    read: list[tuple[str, str]] = field(default_factory=list)  # (typed, written)
    unread: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (typed, the words it may be)

    def note(self) -> str:
        if not self.read:
            return ""
        return "、".join(f"「{typed}」を「{word}」と" for typed, word in self.read) + "読みました"

    def unread_note(self) -> str:
        return "、".join(f"「{typed}」は「{'」「'.join(words)}」のどれとも読めるため使えませんでした" for typed, words in self.unread)


def _is_sentence_word(typed: str) -> bool:
    """Sudachi reads the typed word whole as one word of the sentence (おおい, ふれてる, どれ)."""
    from assistant.text.tokenize import morphemes

    ms = [m for m in morphemes(typed)]
    return bool(ms) and ms[0].part_of_speech()[0] in _GRAMMAR_POS and (
        len(ms) == 1 or all(m.part_of_speech()[0] in _GRAMMAR_POS for m in ms))


_VOICING = {**dict(zip("がぎぐげござじずぜぞだぢづでどばびぶべぼ", "かきくけこさしすせそたちつてとはひふへほ")),
            **dict(zip("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ"))}


def _voicings(said: str) -> list[str]:
    """The reading with one letter voiced or unvoiced: a compound's second word is voiced when said (避難所 is
    ひなんじょ, read ひなん+しょ word by word)."""
    out = []
    for i, c in enumerate(said):
        other = _VOICING.get(c)
        if other:
            out.append(said[:i] + other + said[i + 1:])
    return out


def _longest(run: str, least: int, tiers: list, alone: bool) -> tuple[str, tuple[str, ...]] | None:
    """The longest start of the run some known word reads as; at one length, exactly before but for voicing
    marks, the grammar's words before the text's. A word of one kanji is read only as a typed word whole
    (じゅん = 順), never as a piece of a longer one."""
    for n in range(len(run), least - 1, -1):
        for loose in (False, True):
            for tier in tiers:
                table = tier()
                if loose:
                    words = tuple(sorted({w for v in _voicings(run[:n]) for w in table.get(v, ())}))
                else:
                    words = table.get(run[:n]) or ()
                if not (alone and n == len(run) and not loose):
                    words = tuple(w for w in words if len(w) > 1)
                if words:
                    return run[:n], words
    return None


def _read_word(typed: str, tiers: list) -> tuple[str, list[tuple[str, str]], tuple[str, ...]] | None:
    """The typed word with its known words written, the readings made, or the words of a reading two
    known words share (unread); None when no known word reads as it begins."""
    out, made, pos = "", [], 0
    while pos < len(typed):
        if typed[pos].isdigit():  # (a figure as it is; a unit after it is read however short)
            end = pos
            while end < len(typed) and typed[end].isdigit():
                end += 1
            out += typed[pos:end]
            pos = end
            continue
        after_figure = pos > 0 and typed[pos - 1].isdigit()
        least = _AFTER_FIGURE_MIN if after_figure else _MIN_READING
        stop = pos
        while stop < len(typed) and not typed[stop].isdigit() and typed[stop] != "・":
            stop += 1
        hit = _longest(typed[pos:stop], least, tiers, alone=pos == 0 and stop == len(typed))
        if hit is None:
            rest = typed[pos:stop]
            if made and _TAIL.fullmatch(rest):  # (a particle or ending after the words read)
                out += rest
                pos = stop
                if pos < len(typed) and typed[pos] == "・":
                    out += "・"
                    pos += 1
                continue
            return None
        spelled, words = hit
        if len(words) > 1:
            return typed, made, words
        out += words[0]
        made.append((spelled, words[0]))
        pos += len(spelled)
        if pos < len(typed) and typed[pos] == "・":
            out += "・"
            pos += 1
    return out, made, ()


def read_spaced_kana(db, lex, question: str) -> Reading:
    """The question with the hiragana words typed between spaces written as the known words they read as,
    and the spaces between Japanese words closed up; the question as it is when it has no such word."""
    from assistant.query.romaji import romaji_as_kana  # (「shuuryou no jissen koumoku」: romaji read as kana)

    question, romaji = romaji_as_kana(question)
    parts = re.split(r"(\s+)", question)
    words = [p for p in parts if p and not p.isspace()]
    if len(words) < 2 or not any(_KANA_WORD.fullmatch(w) and _HIRAGANA.search(w) for w in words):
        return Reading(question)
    tiers = [lambda: known_readings(lex), lambda: text_readings(db, lex)]
    reading = Reading(question)
    typed_as = {i: romaji[p] for i, p in enumerate(parts) if p in romaji}
    for i, part in enumerate(parts):
        if not part or part.isspace() or not _KANA_WORD.fullmatch(part) or not _HIRAGANA.search(part):
            continue
        got = _read_word(part, tiers)
        # (a word of the sentence Sudachi reads, おおい, ふれてる, is left to the grammar unless a known word of two
        # kanji or more reads as the whole of it: みんかつ, read みん+かつ, is 民活; から is no 空)
        if _is_sentence_word(part) and not (got and not got[2] and len(got[1]) == 1 and got[1][0][0] == part
                                            and len(got[1][0][1]) > 1):
            written, made = _verbs_written(part)
            if made:
                parts[i] = written
                reading.read += made
            continue
        if got is None:
            continue
        written, made, shared = got
        if shared:
            reading.unread.append((part, shared))
            continue
        parts[i] = written
        reading.read += made
    # (each romaji word is said as typed, with what it was read as: 「shuuryou」を「終了」と)
    reading.read = [(typed, written) for typed, written in reading.read if typed not in romaji]
    reading.read += [(typed, parts[i]) for i, typed in typed_as.items()]
    reading.unread = [(romaji.get(typed, typed), words) for typed, words in reading.unread]
    if not reading.read and not reading.unread:
        return reading
    joined = "".join(parts)
    # (spaces are word boundaries only: between Japanese words they go; between two figures or letters, R7 3がつ, they stay)
    reading.question = compiled(r"(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])\s+|\s+(?![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])").sub("", joined)
    return reading


def kana_said(reading: Reading, answer) -> None:
    """The readings made, in the answer's notes; a word left unread because known words share its reading
    makes the answer partial, said first (its condition is not in the answer)."""
    if reading.read:
        answer.notes.insert(0, reading.note())
    if reading.unread:
        answer.status = "partial"
        answer.unused = list(dict.fromkeys([*answer.unused, *(typed for typed, _ in reading.unread)]))
        answer.caveat = reading.unread_note() + "。その条件なしの回答です。"
        answer.notes.insert(0, answer.caveat)
        answer.summary = answer.caveat + answer.summary
